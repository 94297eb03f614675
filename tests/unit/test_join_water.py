"""Land and water parts under one code: the land part carries the figures, never the first by chance.

On the real structure of CBS's wijk- en buurtkaart 2017 (gem_2017.dbf: 477 records, 389
codes, 88 gemeenten with a land and a ``WATER = 'JA'`` record) and on the 2021 Ermelo
gemeente as the MapServer WFS serves it (water part first).
"""
import os
import struct

import pytest

from rksd_plugin.core import wkb
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.join import choose_parts, join_level
from tests.support.maastricht import SAMPLES

GEM_2017 = os.path.join(SAMPLES, "cbs_wijkbuurtkaart_2017", "gem_2017.dbf")


def gem_2017_features(water_first):
    """The 477 records as features (no geometry in the .dbf), water parts first or last."""
    from osgeo import ogr

    source = ogr.Open(GEM_2017)  # kept alive while its layer is read
    layer = source.GetLayer(0)
    rows = [{"gemeentecode": f["GM_CODE"], "gemeentenaam": f["GM_NAAM"], "water": f["WATER"],
             "aant_inw": f["AANT_INW"]} for f in layer]
    rows.sort(key=lambda r: (r["water"] != "JA") if water_first else (r["water"] == "JA"))
    return [{"type": "Feature", "properties": r, "geometry": None} for r in rows]


@pytest.mark.parametrize("water_first", [True, False])
def test_the_land_part_is_chosen_on_the_real_2017_structure(water_first):
    features = gem_2017_features(water_first)
    assert len(features) == 477
    chosen, water_parts = choose_parts(features, "gemeentecode", "water", "GM")
    assert len(chosen) == 389 and len(water_parts) == 88
    assert all(f["properties"]["water"] != "JA" for f in chosen)
    amsterdam = next(f for f in chosen if f["properties"]["gemeentecode"] == "GM0363")
    assert amsterdam["properties"]["aant_inw"] == 844947  # the land record, not the water record's -99999999
    assert "GM0363" in water_parts and "GM0935" not in water_parts  # Maastricht has no water record
    belgium = next(f for f in chosen if f["properties"]["gemeentecode"] == "GM9999")
    assert belgium["properties"]["water"] == "B"


def test_join_level_flags_and_reports(catalog):
    features = gem_2017_features(water_first=True)
    values = {"GM0363": {}, "GM0233": {}}
    layer = join_level("gemeente", features, values, [], catalog.geometry, table_codes={"GM0363", "GM0233"})
    records = {r["code"]: r for r in layer.records}
    assert records["GM0363"]["water"] == "NEE" and records["GM9999"]["water"] == "B"
    assert "GM0233" in layer.water_parts and len(layer.water_parts) == 88


def square(x, y, size=10.0):
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "Polygon", "coordinates": [ring]}


def test_several_land_parts_of_one_code_are_merged_into_one_multipolygon():
    parts = [
        {"properties": {"wijkcode": "WK093500", "water": "NEE"}, "geometry": wkb.from_geojson(square(0, 0))},
        {"properties": {"wijkcode": "WK093500", "water": "NEE"}, "geometry": wkb.from_geojson(square(20, 0))},
        {"properties": {"wijkcode": "WK093500", "water": "JA"}, "geometry": wkb.from_geojson(square(40, 0))},
    ]
    chosen, water_parts = choose_parts(parts, "wijkcode", "water", "WK")
    assert len(chosen) == 1 and water_parts == ["WK093500"]
    merged = chosen[0]["geometry"]
    assert struct.unpack_from("<I", merged, 5)[0] == 2  # two polygons: the land parts, not the water


def test_ermelo_2021_from_the_wfs_keeps_land_for_the_gemeente(tmp_path):
    from tests.support.mapserver_wfs import build_gpkg
    from osgeo import ogr
    import json

    source = ogr.Open(build_gpkg(str(tmp_path / "e.gpkg")))
    layer = source.GetLayerByName("cbs_gemeente_2021")
    features = [{"properties": {"gemeentecode": f["gemeentecode"], "gemeentenaam": f["gemeentenaam"],
                                "water": f["water"]},
                 "geometry": wkb.from_geojson(json.loads(f.GetGeometryRef().ExportToJson()))} for f in layer]
    assert [f["properties"]["water"] for f in features] == ["JA", "NEE"]  # water first, as served
    layer_out = join_level("gemeente", features, {"GM0233": {}}, [], Catalog.load().geometry)
    assert len(layer_out.records) == 1 and layer_out.records[0]["water"] == "NEE"
    assert layer_out.geometries[0] == features[1]["geometry"] and layer_out.water_parts == ["GM0233"]
