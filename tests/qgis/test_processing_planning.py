"""The planning algorithms on the real Wageningen road network (issue 16).

Real: the OSM road network of Wageningen, the 33 buurten (CBS/Kadaster 2020) and their
KWB 2024 counts of inwoners 65+ (4 buurten have none: they stay missing). SYNTHETIC: the
candidate and existing sites, placed at real network vertices and named "synthetic".
Every optimum is checked by brute force over all subsets, and every distance against
rksd:bereikbaarheid's own answer.
"""
import itertools
import json

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsProject

from tests.support.network_fixtures import wageningen_edges
from tests.support.network_qgis import RecordingFeedback, rksd_processing, run, values  # noqa: F401 - fixture
from tests.support.planning_fixtures import synthetic_sites, wageningen_buurten

RD = QgsCoordinateReferenceSystem("EPSG:28992")


@pytest.fixture
def layers(rksd_processing):
    """Fresh layers per test, made after the test's project: none outlives a project reset."""
    edges = wageningen_edges()
    return {"edges": edges, "buurten": wageningen_buurten(),
            "candidates": synthetic_sites(edges, 14, 397, 11, "candidates"),
            "existing": synthetic_sites(edges, 5, 1013, 200, "existing",
                                        {"sluit": ["A", "", "A;B", "", ""]})}


def rd_xy(layer):
    transform = QgsCoordinateTransform(layer.crs(), RD, QgsProject.instance())
    return np.array([[p.x(), p.y()] for p in (transform.transform(f.geometry().asPoint()) for f in layer.getFeatures())])


def demand_of(output):
    """Demand points with a known weight (points of buurten without a count carry none)."""
    weight = np.array([np.nan if v is None else v for v in values(output, "gewicht")], dtype=float)
    known = np.isfinite(weight)
    return rd_xy(output)[known], weight[known]


def bare(layer):
    """The layer's points with no attributes but an index (so no output field name can clash)."""
    from qgis.core import QgsFeature, QgsVectorLayer

    copy = QgsVectorLayer("Point?crs={}&field=rij:integer".format(layer.crs().authid()), "origins", "memory")
    features = []
    for row, feature in enumerate(layer.getFeatures()):
        new = QgsFeature(copy.fields())
        new.setAttributes([row])
        new.setGeometry(feature.geometry())
        features.append(new)
    copy.dataProvider().addFeatures(features)
    return copy


def reach_distances(origins, facilities, edges):
    """rksd:bereikbaarheid's network distance from every origin to the nearest facility."""
    result = run("rksd:bereikbaarheid", {"ORIGINS": bare(origins), "FACILITIES": facilities, "NETWORK": edges,
                                         "MAX_DISTANCE": 1e9, "RADII": "", "KEEP_FIELDS": ["rij"],
                                         "OUTPUT": "memory:"})
    output = result["OUTPUT"]
    assert "rij" in output.fields().names() and "afstand_m" in output.fields().names()
    rows = np.array(values(output, "rij"))
    distance = np.array([np.nan if v is None else v for v in values(output, "afstand_m")], dtype=float)
    ordered = np.empty_like(distance)
    ordered[rows] = distance
    return ordered


def subset(layer, expression):
    return layer.materialize(QgsFeatureRequest().setFilterExpression(expression))


def location(layers, **extra):
    parameters = {"DEMAND": layers["buurten"], "DEMAND_FIELD": "inwoners_65plus", "GRID_SPACING": 300,
                  "CANDIDATES": layers["candidates"], "CANDIDATE_NAME_FIELD": "naam", "NETWORK": layers["edges"],
                  "OUTPUT": "memory:", "OUTPUT_AREAS": "memory:", "OUTPUT_TABLE": "memory:",
                  "OUTPUT_DEMAND": "memory:"}
    parameters.update(extra)
    return run("rksd:locatiekeuze", parameters)


def core_distances(layers, demand_xy):
    from rksd_plugin.core.network.planning.costs import SiteDistances
    from rksd_plugin.qgis_io import network_io

    source = layers["edges"]
    graph = network_io.read_network(source, QgsProject.instance().transformContext())
    return SiteDistances(demand_xy, rd_xy(layers["candidates"]), graph)


def test_p_median_is_the_brute_force_optimum_and_its_distances_are_bereikbaarheid(rksd_processing, layers):
    from rksd_plugin.core.network.planning import pmedian

    result = location(layers, PROBLEM=0, SITES=3, METHOD=0)
    assert result["STATUS"] == "optimal" and result["GAP"] == 0.0
    points = result["OUTPUT_DEMAND"]
    xy, weight = demand_of(points)
    kwb = [v for v in values(layers["buurten"], "inwoners_65plus") if v is not None]
    assert weight.sum() == pytest.approx(sum(kwb), abs=0.5)  # the buurt counts, spread and kept whole (3 decimals per point)
    matrix = core_distances(layers, xy).matrix()
    best = min(pmedian.total_cost(matrix, weight, list(c)) for c in itertools.combinations(range(14), 3))
    assert result["OBJECTIVE"] == pytest.approx(best, rel=1e-5)  # output weights carry 3 decimals
    chosen = subset(result["OUTPUT"], '"gekozen" = 1')
    assert chosen.featureCount() == 3
    assert sorted(values(chosen, "volgorde")) == [1, 2, 3]
    expected = reach_distances(points, chosen, layers["edges"])
    found = np.array([np.nan if v is None else v for v in values(points, "afstand_m")], dtype=float)
    known = np.isfinite(found)
    assert known.sum() == weight.size  # every point with a weight got its distance, the others none
    assert np.allclose(found[known], expected[known], atol=0.051)
    expected = expected[known]
    assert float(weight @ expected) == pytest.approx(best, rel=1e-4)
    table = next(result["OUTPUT_TABLE"].getFeatures())
    assert table["status"] == "optimal" and table["probleem"] == "p_median"
    stored = json.loads(table["invoer"])
    assert stored["algorithm"] == "rksd:locatiekeuze" and stored["k"] == 3 and stored["demand_field"] == "inwoners_65plus"
    assert stored["demand"]["name"] == "wageningen_buurten_2020" and stored["network"]["name"] == "wageningen_osm_edges"
    assert stored["demand"]["source"]  # where the layer came from, to repeat the run
    heuristic = location(layers, PROBLEM=0, SITES=3, METHOD=2)
    optimum = result["OBJECTIVE"]  # proven by HiGHS on the same (unrounded) weights
    assert heuristic["OBJECTIVE"] <= optimum * 1.01
    assert heuristic["BOUND"] <= optimum * (1 + 1e-9)
    areas = result["OUTPUT_AREAS"]
    assert areas.featureCount() == 33
    means = [v for v in values(areas, "gem_afstand_m")]
    assert sum(v is None for v in means) == 4  # the buurten without a count have no demand, never 0


def test_covering_problems_are_the_brute_force_optima(rksd_processing, layers):
    from rksd_plugin.core.network.planning.covering import Coverage

    result = location(layers, PROBLEM=1, SITES=2, RADIUS=900, METHOD=1)
    xy, weight = demand_of(result["OUTPUT_DEMAND"])
    o, s, _ = core_distances(layers, xy).pairs_within(900.0)
    coverage = Coverage(o, s, weight, 14)
    best = max(coverage.covered_weight(list(c)) for c in itertools.combinations(range(14), 2))
    assert result["STATUS"] == "optimal" and result["OBJECTIVE"] == pytest.approx(best)
    chosen = subset(result["OUTPUT"], '"gekozen" = 1')
    assert sum(values(chosen, "binnen_afstand")) == pytest.approx(best, abs=0.2)
    share = 0.5
    cover = location(layers, PROBLEM=2, SHARE=share * 100, RADIUS=900, METHOD=0)
    fewest = next(size for size in range(1, 15) if any(
        coverage.covered_weight(list(c)) >= share * weight.sum() * (1 - 1e-12)
        for c in itertools.combinations(range(14), size)))
    assert cover["OBJECTIVE"] == fewest and cover["CHOSEN"] == fewest and cover["STATUS"] == "optimal"
    with pytest.raises(Exception, match="at most"):
        location(layers, PROBLEM=2, SHARE=100, RADIUS=50, METHOD=0)


def test_existing_sites_stay_open_and_the_choice_adds_to_them(rksd_processing, layers):
    result = location(layers, PROBLEM=0, SITES=2, METHOD=0, EXISTING=layers["existing"], EXISTING_NAME_FIELD="naam")
    sites = result["OUTPUT"]
    existing = subset(sites, "\"bron\" = 'bestaand'")
    assert existing.featureCount() == 5 and set(values(existing, "gekozen")) == {1}
    assert len(subset(sites, "\"bron\" = 'kandidaat' AND \"gekozen\" = 1")) if False else \
        subset(sites, "\"bron\" = 'kandidaat' AND \"gekozen\" = 1").featureCount() == 2
    compete = location(layers, PROBLEM=0, SITES=4, METHOD=0, EXISTING=layers["existing"], EXISTING_MODE=1)
    assert subset(compete["OUTPUT"], '"gekozen" = 1').featureCount() == 4


def test_scenario_before_and_after_are_bereikbaarheid_and_the_table_stores_the_inputs(rksd_processing, layers):
    feedback = RecordingFeedback()
    result = run("rksd:scenario", {
        "DEMAND": layers["buurten"], "DEMAND_FIELD": "inwoners_65plus", "GRID_SPACING": 300,
        "FACILITIES": layers["existing"], "FACILITY_NAME_FIELD": "naam", "CLOSE_FIELD": "sluit",
        "CANDIDATES": layers["candidates"], "CANDIDATE_NAME_FIELD": "naam", "NETWORK": layers["edges"],
        "THRESHOLD": 1000, "OUTPUT": "memory:", "OUTPUT_SITES": "memory:", "OUTPUT_TABLE": "memory:",
        "OUTPUT_POINTS": "memory:"}, feedback)
    assert result["SCENARIOS"] == 2
    points = result["OUTPUT_POINTS"]
    before = reach_distances(points, layers["existing"], layers["edges"])
    assert np.allclose(np.array(values(points, "voor_m"), dtype=float), before, atol=0.051)
    kept_a = subset(layers["existing"], "\"sluit\" NOT LIKE '%A%'")
    after_a = reach_distances(points, kept_a, layers["edges"])  # no ADD field: every candidate is added too
    merged = np.minimum(after_a, reach_distances(points, layers["candidates"], layers["edges"]))
    assert np.allclose(np.array(values(points, "na_a_m"), dtype=float), merged, atol=0.051)
    weight = np.array(values(points, "gewicht"), dtype=float)
    crossing = np.array(values(points, "drempel_a"))
    worse = float(weight[(before <= 1000) & (merged > 1000)].sum())
    assert result["WORSE"] == pytest.approx(worse, abs=0.01)
    assert set(crossing[(before > 1000) & (merged <= 1000)]) <= {1}
    rows = {f["scenario"]: f for f in result["OUTPUT_TABLE"].getFeatures()}
    assert set(rows) == {"A", "B"}
    assert rows["A"]["gesloten"] == "synthetic existing 0; synthetic existing 2"
    assert rows["B"]["gesloten"] == "synthetic existing 2"
    stored = json.loads(rows["A"]["invoer"])
    assert stored["threshold_m"] == 1000 and stored["close_field"] == "sluit"
    assert [s["name"] for s in stored["scenarios"]] == ["A", "B"]
    assert rows["A"]["slechter"] == pytest.approx(worse, abs=0.1)
    areas = result["OUTPUT"]
    assert sum(v or 0 for v in values(areas, "slechter_a")) == pytest.approx(worse, abs=0.5)
    statuses = dict(zip(values(result["OUTPUT_SITES"], "naam"), values(result["OUTPUT_SITES"], "a")))
    assert statuses["synthetic existing 0"] == "sluit" and statuses["synthetic existing 1"] == "blijft"
    assert statuses["synthetic candidates 3"] == "nieuw"


def test_closure_impact_equals_rerunning_bereikbaarheid_without_each_site(rksd_processing, layers):
    located = location(layers, PROBLEM=0, SITES=2, METHOD=2)
    points = subset(located["OUTPUT_DEMAND"], '"gewicht" IS NOT NULL')
    weight = np.array(values(points, "gewicht"), dtype=float)
    result = run("rksd:sluiting", {"DEMAND": points, "DEMAND_FIELD": "gewicht", "FACILITIES": layers["existing"],
                                   "FACILITY_NAME_FIELD": "naam", "NETWORK": layers["edges"], "THRESHOLD": 800,
                                   "OUTPUT": "memory:"})
    impact = {f["naam"]: f for f in result["OUTPUT"].getFeatures()}
    base = reach_distances(points, layers["existing"], layers["edges"])
    extras = {}
    for name in impact:
        without = reach_distances(points, subset(layers["existing"], "\"naam\" != '{}'".format(name)), layers["edges"])
        extras[name] = float(weight @ (without - base))
        assert impact[name]["extra_afstand"] == pytest.approx(extras[name], rel=1e-4, abs=60)
        pushed = float(weight[(base <= 800) & (without > 800)].sum())
        assert impact[name]["over_drempel"] == pytest.approx(pushed, abs=0.2)
    ranked = sorted(extras, key=lambda name: -extras[name])
    assert [impact[name]["rang"] for name in ranked] == [1, 2, 3, 4, 5]


def test_straight_line_without_a_network_is_said(rksd_processing, layers):
    result = location(layers, PROBLEM=0, SITES=2, METHOD=0, NETWORK=None)
    assert set(values(result["OUTPUT"], "methode")) == {"hemelsbreed"}
    assert next(result["OUTPUT_TABLE"].getFeatures())["methode"] == "hemelsbreed"


def test_bad_input_is_refused_with_a_clear_message(rksd_processing, layers):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="changes nothing"):
        run("rksd:scenario", {"DEMAND": layers["buurten"], "DEMAND_FIELD": "inwoners_65plus",
                              "FACILITIES": layers["existing"], "OUTPUT": "memory:", "OUTPUT_SITES": "memory:",
                              "OUTPUT_TABLE": "memory:"})
    with pytest.raises(QgsProcessingException, match="cannot choose"):
        location(layers, PROBLEM=0, SITES=20, METHOD=2)


def test_loaded_outputs_of_one_scenario_sit_in_one_group(rksd_processing, layers):
    """A tidy layer tree: a run's outputs load together in one group, none at the top level."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    project = QgsProject.instance()
    root = project.layerTreeRoot()
    before = {node.layerId() for node in root.findLayers()}
    context = QgsProcessingContext()
    context.setProject(project)
    result = processing.runAndLoadResults("rksd:scenario", {
        "DEMAND": layers["buurten"], "DEMAND_FIELD": "inwoners_65plus", "GRID_SPACING": 300,
        "FACILITIES": layers["existing"], "FACILITY_NAME_FIELD": "naam", "CLOSE_FIELD": "sluit",
        "NETWORK": layers["edges"], "THRESHOLD": 1000, "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"},
        context=context, feedback=QgsProcessingFeedback())
    assert result["SCENARIOS"] == 2
    loaded = [node for node in root.findLayers() if node.layerId() not in before]
    try:
        assert len(loaded) == 3
        parents = {node.parent().name() for node in loaded}
        assert len(parents) == 1 and next(iter(parents)).endswith("A, B") and "scenario" in next(iter(parents))
        assert all(node.parent() is not root for node in loaded)
        by_name = {node.layer().name(): node.layer() for node in loaded}
        assert {"Change in distance per buurt", "Scenario sites"} <= set(by_name)
        renderer = by_name["Change in distance per buurt"].renderer()
        assert renderer.type() == "RuleRenderer"
        from rksd_plugin.core import marks
        from rksd_plugin.processing.alg_base import language

        labels = [rule.label() for rule in renderer.rootRule().children()]
        assert labels[-1] == marks.words("no_figure", language())  # the visual language's wording
    finally:
        project.removeMapLayers([node.layerId() for node in loaded])
        for group in list(root.findGroups()):
            if not group.children():
                root.removeChildNode(group)


def test_own_client_counts_after_disclosure_control_are_demand(rksd_processing, tmp_path):
    """Demand from the gemeente's own counts (issue 14): only the published counts weigh, a
    suppressed buurt carries no demand. SYNTHETIC counts on Maastricht's real buurten."""
    import random
    import sqlite3
    from contextlib import closing

    from qgis.core import QgsVectorLayer

    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.qgis_io.layers import write_result
    from tests.support import own_data

    gpkg = str(tmp_path / "rksd_GM0935_2024.gpkg")
    result = own_data.maastricht_result()
    write_result(result, gpkg, Catalog.load(), "nl")
    csv = tmp_path / "wmo_per_buurt_SYNTHETIC.csv"
    rng = random.Random(16)
    with open(str(csv), "w", encoding="utf-8") as handle:
        handle.write("buurtcode;wmo_clienten\n")
        for record in result.layers["buurten"].records:
            handle.write("{};{}\n".format(int(record["code"][2:]), rng.choice([0, 2, 3, 8, 15, 40, 90])))
    run("rksd:eigen_cijfers", {"INPUT": str(csv), "LEVEL": 0, "CODE_FIELD": "buurtcode",
                               "COUNT_FIELDS": ["wmo_clienten"], "GPKG": gpkg, "KEY": "wmo", "SYNTHETIC": True})
    with closing(sqlite3.connect(gpkg)) as db:
        published = {code: count for code, count in db.execute(
            "SELECT code, aantal FROM rksd_eigen_cijfers WHERE dataset = 'wmo' AND niveau = 'buurt'")}
    buurten = QgsVectorLayer(gpkg + "|layername=buurten", "buurten", "ogr")
    field = "eigen_wmo_wmo_clienten_n"
    assert field in buurten.fields().names()
    suppressed = [code for code, count in published.items() if count is None]
    assert suppressed, "the synthetic counts should make disclosure control suppress some buurten"
    centre = buurten.extent().center()
    candidates = QgsVectorLayer("Point?crs=EPSG:28992&field=naam:string", "SYNTHETIC candidates", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    features = []
    for i, (dx, dy) in enumerate([(0, 0), (2000, 0), (-2000, 0), (0, 2000), (0, -2000)]):
        feature = QgsFeature(candidates.fields())
        feature.setAttributes(["synthetic {}".format(i)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(centre.x() + dx, centre.y() + dy)))
        features.append(feature)
    candidates.dataProvider().addFeatures(features)
    chosen = run("rksd:locatiekeuze", {
        "DEMAND": buurten, "DEMAND_FIELD": field, "GRID_SPACING": 250, "CANDIDATES": candidates,
        "CANDIDATE_NAME_FIELD": "naam", "PROBLEM": 0, "SITES": 2, "METHOD": 0, "OUTPUT": "memory:",
        "OUTPUT_AREAS": "memory:", "OUTPUT_TABLE": "memory:"})
    weight = dict(zip(values(chosen["OUTPUT_AREAS"], "code"), values(chosen["OUTPUT_AREAS"], "gewicht")))
    for code, count in published.items():
        if code not in weight:
            continue  # water areas are not in the buurten layer's land set
        if count is None:
            assert not weight[code], code  # suppressed: no demand, never a guessed count
        else:
            assert weight[code] == pytest.approx(count, abs=0.05), code
    assert sum(v or 0 for v in weight.values()) == pytest.approx(
        sum(c for code, c in published.items() if c is not None and code in weight), abs=0.5)


def test_network_nodes_in_an_area_as_candidates_feed_the_choice(rksd_processing, layers):
    """'All network nodes in an area': junctions of the real Wageningen network inside some buurten."""
    from rksd_plugin.qgis_io import network_io

    area = subset(layers["buurten"], '"inwoners_65plus" > 300')
    result = run("rksd:netwerkknopen", {"NETWORK": layers["edges"], "AREA": area, "SPACING": 400,
                                        "OUTPUT": "memory:"})
    nodes = result["OUTPUT"]
    assert result["CANDIDATES"] == nodes.featureCount() > 3
    graph = network_io.read_network(layers["edges"], QgsProject.instance().transformContext())
    xy = rd_xy(nodes)
    index = np.array(values(nodes, "knoop"))
    assert np.allclose(graph.node_xy[index], xy, atol=0.01)  # real network vertices, where they are
    assert min(values(nodes, "takken")) >= 3  # junctions
    transform = QgsCoordinateTransform(RD, area.crs(), QgsProject.instance())
    from qgis.core import QgsGeometry, QgsPointXY

    shapes = [f.geometry() for f in area.getFeatures()]
    for x, y in xy.tolist():
        point = QgsGeometry.fromPointXY(transform.transform(QgsPointXY(x, y)))
        assert any(shape.contains(point) for shape in shapes)
    cells = {tuple(c) for c in np.floor(xy / 400.0).astype(int).tolist()}
    assert len(cells) == len(xy)
    chosen = location(layers, CANDIDATES=nodes, CANDIDATE_NAME_FIELD="naam", PROBLEM=0, SITES=2, METHOD=0)
    assert chosen["STATUS"] == "optimal" and chosen["CHOSEN"] == 2
    assert set(values(subset(chosen["OUTPUT"], '"gekozen" = 1'), "naam")) <= set(values(nodes, "naam"))
