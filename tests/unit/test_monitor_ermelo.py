"""The real Ermelo case: 2021's 16 land buurten (and a water buurt) became 20 buurten in 2022.

Population from CBS's 100 m squares (joined to the 2021 buurtcodes by the BuurtKaart
project) is carried from the 2021 indeling (PDOK, full resolution) to the 2024 buurten
(CBS's generalised polygons), with the squares as weights. Codes BU02330001-0005 exist
in both years but name other areas: none of their values may follow the code.

All inputs are real (tests/fixtures/samples, see PROVENANCE.md there). The 2024 polygons
are heavily generalised (Ermelo - Oost keeps 12 ha), so the re-allocated 2021 figures
are compared with an exact vector computation on the same polygons, not with KWB 2024.
"""
import csv
import json
import os

import pytest

from rksd_plugin.core import missing
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.monitor import carry, crosswalk, weights

FIXTURES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "samples")
REUSED = ["BU02330001", "BU02330002", "BU02330003", "BU02330004", "BU02330005"]


def _squares():
    path = os.path.join(FIXTURES, "cbs_vierkant100m_ermelo_harderwijk_zeewolde", "ermelo_squares.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _old_polygons():
    from osgeo import ogr

    dataset = ogr.Open(os.path.join(FIXTURES, "pdok_wijkenbuurten_2021_ermelo", "CBS_buurten_ermelo_2021.gpkg"))
    result = {}
    for feature in dataset.GetLayer(0):
        geometry = ogr.ForceToMultiPolygon(feature.GetGeometryRef().Clone())
        result[feature.GetField("buurtcode")] = bytes(geometry.ExportToWkb(ogr.wkbNDR))
    return result


def _new_polygons():
    path = os.path.join(FIXTURES, "cbs_gebiedsindelingen_ermelo_2021_2024", "buurt_2024_GM0233_gegeneraliseerd_rd.geojson")
    with open(path, encoding="utf-8") as handle:
        return {f["properties"]["statcode"]: f["geometry"] for f in json.load(handle)["features"]}


def _old_values(rows):
    """Inhabitants and 65+ per 2021 buurt: the sum of its squares' published counts."""
    values = {}
    for row in rows:
        target = values.setdefault(row["buurtcode"], {"inwoners": 0, "inwoners_65plus": 0})
        for key, column in (("inwoners", "aantal_inwoners"), ("inwoners_65plus", "aantal_inwoners_65_jaar_en_ouder")):
            value = missing.value(int(row[column]))
            if value is not None:
                target[key] += value
    return values


@pytest.fixture(scope="module")
def ermelo():
    rows = _squares()
    surface = weights.squares_from_rows(rows, "aantal_inwoners", provenance={"file": "ermelo_squares.csv"})
    old, new = _old_polygons(), _new_polygons()
    walk = crosswalk.build("buurt", 2021, 2024, old, new, surface)
    catalog = Catalog.load()
    additive = {m for m, spec in catalog.measures.items() if spec.additive}
    values = _old_values(rows)
    carried = carry.carry(walk, values, ["inwoners", "inwoners_65plus", "aandeel_65plus"], additive,
                          {k: i.formula for k, i in catalog.indicators.items()})
    return {"rows": rows, "walk": walk, "values": values, "carried": carried, "old": old, "new": new}


def test_the_fixture_is_the_real_change(ermelo):
    assert len(ermelo["old"]) == 17 and len(ermelo["new"]) == 20
    assert sum(v["inwoners"] for v in ermelo["values"].values()) == 25935
    assert sum(1 for r in ermelo["rows"] if int(r["aantal_inwoners"]) == -99997) == 7


def test_totals_are_preserved(ermelo):
    assert ermelo["walk"].unmatched_old == {}
    for key in ("inwoners", "inwoners_65plus"):
        total_old = sum(v[key] for v in ermelo["values"].values())
        total_new = sum(c[key].value for c in ermelo["carried"].values())
        assert total_new == pytest.approx(total_old, abs=1e-6)


def test_no_value_follows_a_reused_code_to_another_area(ermelo):
    walk = ermelo["walk"]
    for code in REUSED:
        target = walk.targets[code]
        assert target.method == crosswalk.REALLOCATED, code
        own = next((s for s in target.sources if s.code == code), None)
        # what the 2021 area of that code contributes is only what lies in the 2024 area
        assert own is None or own.share < 0.25, (code, target.describe())
    # the 2021 "Ermelo-West" (BU02330002) now lies in 2024's BU02330004 "Ermelo - West"
    assert walk.targets["BU02330004"].sources[0].code == "BU02330002"
    assert walk.targets["BU02330004"].sources[0].share > 0.9
    for code in REUSED[1:]:
        assert walk.targets[code].share_other > 0.95, code


def test_every_2024_buurt_gets_a_value_with_its_quality_flag(ermelo):
    for code, by_key in ermelo["carried"].items():
        item = by_key["inwoners"]
        assert item.value is not None, code
        assert item.method == crosswalk.REALLOCATED
        assert item.weight_source in (weights.POPULATION_SQUARES, weights.AREA)
        assert item.share_other is not None and 0.0 <= item.share_other <= 1.0
        assert item.sources or item.note
    rate = ermelo["carried"]["BU02330003"]["aandeel_65plus"]
    assert rate.method == crosswalk.REALLOCATED and rate.note == "recomputed from re-allocated counts"
    expected = 100 * ermelo["carried"]["BU02330003"]["inwoners_65plus"].value / ermelo["carried"]["BU02330003"][
        "inwoners"].value
    assert rate.value == pytest.approx(expected)


def test_the_grid_agrees_with_an_exact_vector_computation(ermelo):
    """Independent check with OGR: each old buurt's inhabitants spread over the new buurten
    in proportion to the square population in each intersection (squares uniform inside,
    secret squares weighing 1 as in the method)."""
    from osgeo import ogr

    def geometry(value):
        if isinstance(value, bytes):
            return ogr.CreateGeometryFromWkb(value)
        return ogr.CreateGeometryFromJson(json.dumps(value))

    old = {c: geometry(g).Buffer(0) for c, g in ermelo["old"].items()}
    new = {c: geometry(g).Buffer(0) for c, g in ermelo["new"].items()}
    squares = []
    for row in ermelo["rows"]:
        x, y = weights.square_corner(row["c28992r100"])
        ring = ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            x, y, x + 100, y + 100))
        count = missing.value(int(row["aantal_inwoners"]))
        squares.append((ring, weights.SECRET_WEIGHT if count is None else count))
    weight, area_of = {}, {}
    for old_code, old_geometry in old.items():
        for new_code, new_geometry in new.items():
            if old_geometry.Intersects(new_geometry):
                area_of[(old_code, new_code)] = old_geometry.Intersection(new_geometry).GetArea()
        for square, count in squares:
            piece = square.Intersection(old_geometry)
            if piece is None or piece.IsEmpty():
                continue
            for new_code, new_geometry in new.items():
                area = piece.Intersection(new_geometry).GetArea() if piece.Intersects(new_geometry) else 0.0
                if area:
                    weight[(old_code, new_code)] = weight.get((old_code, new_code), 0.0) + count * area / 10000.0
    expected = {c: 0.0 for c in new}
    for old_code, value in ermelo["values"].items():
        # an old area without weight inside the new areas (the water buurt) goes by area
        basis = weight if sum(w for (o, _), w in weight.items() if o == old_code) > 0 else area_of
        total = sum(w for (o, _), w in basis.items() if o == old_code)
        for (o, n), w in basis.items():
            if o == old_code and total > 0:
                expected[n] += value["inwoners"] * w / total
    for code, item in ermelo["carried"].items():
        got = item["inwoners"].value
        # the grid counts 10 m cells and ignores slivers: within 1.5 % (or 10 people)
        assert got == pytest.approx(expected[code], abs=max(10.0, 0.015 * expected[code])), code
