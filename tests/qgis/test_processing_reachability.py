"""rksd:bereikbaarheid as a Processing algorithm: results, messages, progress, styles, models.

Real data: Maastricht buurten (CBS/Kadaster 2017 polygons, KWB 2024 figures) and OSM
facilities (2023 nodes). Small hand-made layers are SYNTHETIC and named so.
"""
import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from tests.support.network_fixtures import maastricht_buurten, maastricht_facilities
from tests.support.network_qgis import RecordingFeedback, rksd_processing, run, town_roads, values  # noqa: F401 - fixture
from tests.support.network_synthetic import points_along, town_grid

RD = QgsCoordinateReferenceSystem("EPSG:28992")


def rd_points(layer):
    transform = QgsCoordinateTransform(layer.crs(), RD, QgsProject.instance())
    return [transform.transform(f.geometry().asPoint()) for f in layer.getFeatures()]


def memory_points(points, name, crs="EPSG:28992", fields="&field=inwoners:double", attributes=None):
    layer = QgsVectorLayer("Point?crs={}{}".format(crs, fields), name, "memory")
    features = []
    for index, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        if attributes is not None:
            feature.setAttributes(attributes[index])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def squares(name="synthetic squares"):
    """Two SYNTHETIC 1 km squares side by side in RD."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string&field=water:string", name, "memory")
    features = []
    for code, x0 in (("A", 100000.0), ("B", 101000.0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, "NEE"])
        feature.setGeometry(QgsGeometry.fromRect(__import__("qgis.core", fromlist=["QgsRectangle"]).QgsRectangle(
            x0, 400000.0, x0 + 1000.0, 401000.0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_provider_offers_the_three_algorithms(rksd_processing):
    ids = set(a.id() for a in rksd_processing.providerById("rksd").algorithms())
    ours = ("rksd:bereikbaarheid", "rksd:langer_thuis", "rksd:zorgvraag_aanbod")
    assert ids >= set(ours)
    for algorithm in (rksd_processing.algorithmById(name) for name in ours):
        help_text = algorithm.shortHelpString()
        assert len(help_text) > 400 and algorithm.displayName() and algorithm.group()
        assert algorithm.createInstance().name() == algorithm.name()
    reach = rksd_processing.algorithmById("rksd:bereikbaarheid").shortHelpString()
    assert "segment" in reach and "not walking routes" in reach and "geen_verbinding" in reach


def test_straight_line_on_maastricht_osm_equals_brute_force(rksd_processing):
    buurten, facilities = maastricht_buurten(), maastricht_facilities()
    result = run("rksd:bereikbaarheid", {
        "ORIGINS": buurten, "FACILITIES": facilities, "CATEGORY_FIELD": "categorie", "GRID_SPACING": 250,
        "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:",
    })
    assert result["METHOD"] == "hemelsbreed"
    points = result["OUTPUT_POINTS"]
    sample_points = [f for i, f in enumerate(points.getFeatures()) if i % 25 == 0]
    supermarkets = [p for p, f in zip(rd_points(facilities), facilities.getFeatures()) if f["categorie"] == "supermarket"]
    everything = rd_points(facilities)
    for feature in sample_points:
        p = feature.geometry().asPoint()  # written in EPSG:28992
        nearest_all = min(math.hypot(p.x() - q.x(), p.y() - q.y()) for q in everything)
        nearest_super = min(math.hypot(p.x() - q.x(), p.y() - q.y()) for q in supermarkets)
        assert feature["rechtlijn_m"] == pytest.approx(nearest_all, abs=0.051)
        assert feature["afstand_supermarket_m"] == pytest.approx(nearest_super, abs=0.051)
        assert feature["methode"] == "hemelsbreed" and feature["status"] == "ok"
    areas = result["OUTPUT"]
    assert areas.featureCount() == 44
    assert all(v is not None and v > 0 for v in values(areas, "punten"))
    shares = values(areas, "aandeel_1000")
    assert all(0 <= s <= 100 for s in shares)


def test_compare_with_cbs_nabijheid(rksd_processing):
    """OSM straight-line (area-weighted sample points) versus CBS road distances (KWB 2024).

    Not the same thing (CBS: road distance from all addresses to CBS's registers, averaged
    over inhabitants; here: straight line from 100 m sample points to OSM nodes), so only a
    loose sanity check; the figures are printed for the record.
    """
    from scipy.stats import spearmanr

    result = run("rksd:bereikbaarheid", {
        "ORIGINS": maastricht_buurten(), "FACILITIES": maastricht_facilities(), "CATEGORY_FIELD": "categorie",
        "KEEP_FIELDS": ["code", "afstand_supermarkt", "afstand_school", "afstand_huisarts"], "OUTPUT": "memory:",
    })
    layer = result["OUTPUT"]
    figures = {}
    for category, cbs_field in (("supermarket", "afstand_supermarkt"), ("school", "afstand_school"),
                                ("doctors", "afstand_huisarts")):
        pairs = [(cbs * 1000.0, osm) for cbs, osm in zip(values(layer, cbs_field),
                                                        values(layer, "gem_rechtlijn_{}_m".format(category)))
                 if cbs is not None and osm is not None]
        cbs, osm = zip(*pairs)
        ratios = sorted(c / o for c, o in pairs)
        figures[category] = (len(pairs), spearmanr(cbs, osm).correlation, ratios[len(ratios) // 2])
        print("{}: {} buurten, Spearman {:.2f}, median CBS/OSM {:.2f}".format(category, *figures[category]))
    assert figures["supermarket"][0] == 43  # one buurt has no CBS figure (missing, not 0)
    assert figures["supermarket"][1] > 0.4 and 0.8 < figures["supermarket"][2] < 2.0
    assert figures["school"][1] > 0.3 and 0.8 < figures["school"][2] < 2.0
    # the OSM sample holds only 3 'doctors' nodes: CBS's register is much denser
    assert figures["doctors"][2] < 1.0


def test_polygons_weighted_by_population_points(rksd_processing):
    facility = memory_points([(100500.0, 400500.0)], "synthetic facility", fields="")
    population = memory_points(
        [(100500.0, 400700.0), (100500.0, 400100.0), (101500.0, 400500.0), (105000.0, 405000.0)],
        "synthetic population", attributes=[[30.0], [10.0], [None], [99.0]])
    feedback = RecordingFeedback()
    result = run("rksd:bereikbaarheid", {
        "ORIGINS": squares(), "WEIGHTS": population, "WEIGHT_FIELD": "inwoners", "FACILITIES": facility,
        "RADII": "250;1200", "OUTPUT": "memory:",
    }, feedback)
    areas = {f["code"]: f for f in result["OUTPUT"].getFeatures()}
    assert areas["A"]["gem_afstand_m"] == pytest.approx((30 * 200 + 10 * 400) / 40)
    assert areas["A"]["aandeel_250"] == pytest.approx(75.0)
    assert areas["A"]["gewicht"] == 40 and areas["A"]["punten"] == 2
    assert areas["B"]["gewicht"] == 0  # its one point has no (secret) weight: counted as 0, said so
    assert any("no (or a secret) weight" in e for e in feedback.errors)
    assert any("outside every polygon" in i for i in feedback.infos)


def test_bad_input_gives_clear_messages(rksd_processing):
    facilities = memory_points([(100500.0, 400500.0)], "synthetic facility", fields="&field=soort:string",
                               attributes=[["x"]])
    empty = QgsVectorLayer("Point?crs=EPSG:28992", "empty", "memory")
    origins = memory_points([(100000.0, 400000.0)], "synthetic origin", fields="")
    cases = [
        ({"FACILITIES": empty}, "empty"),
        ({"ORIGINS": empty}, "empty"),
        ({"CATEGORY_FIELD": "nope"}, "'nope' does not exist"),
        ({"RADII": "500;abc"}, "not a list of positive numbers"),
        ({"NETWORK": QgsVectorLayer("LineString?crs=EPSG:28992", "no roads", "memory")}, "empty"),
    ]
    for change, expected in cases:
        parameters = {"ORIGINS": origins, "FACILITIES": facilities, "OUTPUT": "memory:"}
        parameters.update(change)
        with pytest.raises(QgsProcessingException) as caught:
            run("rksd:bereikbaarheid", parameters)
        assert expected in str(caught.value), (change, str(caught.value))


def synthetic_town(segments=20000, facilities=60, addresses=30000):
    coords, starts = town_grid(segments, seed=21)
    roads = town_roads(coords, starts)
    fac = memory_points(points_along(coords, starts, facilities, seed=22).tolist(), "synthetic facilities", fields="")
    org = memory_points(points_along(coords, starts, addresses, seed=23).tolist(), "synthetic addresses", fields="")
    return roads, fac, org


def test_progress_reported_and_cancel_honoured(rksd_processing):
    roads, fac, org = synthetic_town()
    feedback = RecordingFeedback()
    result = run("rksd:bereikbaarheid", {"ORIGINS": org, "FACILITIES": fac, "NETWORK": roads, "OUTPUT": "memory:"}, feedback)
    assert result["OUTPUT"].featureCount() == 30000
    assert feedback.values[-1] == 100 and len(feedback.values) > 5
    assert feedback.values == sorted(feedback.values)
    cancelling = RecordingFeedback(cancel_after=10)
    try:
        cancelled = run("rksd:bereikbaarheid", {"ORIGINS": org, "FACILITIES": fac, "NETWORK": roads,
                                                "OUTPUT": "memory:"}, cancelling)
    except QgsProcessingException:
        cancelled = {}
    assert cancelling.isCanceled()
    assert "OUTPUT" not in cancelled or cancelled["OUTPUT"].featureCount() < 30000
    assert max(cancelling.values) < 100


def test_output_is_styled_when_loaded(rksd_processing):
    from qgis import processing

    facility = memory_points([(100500.0, 400500.0)], "synthetic facility", fields="")
    result = processing.runAndLoadResults("rksd:bereikbaarheid", {
        "ORIGINS": squares(), "FACILITIES": facility, "RADII": "500;1000;3000", "OUTPUT": "TEMPORARY_OUTPUT",
    })
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    labels = [rule.label() for rule in renderer.rootRule().children()]
    assert len(labels) == 5  # four distance classes and "no result"
    assert "gem_afstand_m" in renderer.rootRule().children()[0].filterExpression()


def test_output_has_a_style_per_category_and_readable_field_names(rksd_processing, monkeypatch):
    from qgis import processing

    from rksd_plugin.processing import alg_reachability

    facilities = memory_points([(100200.0, 400500.0), (101800.0, 400500.0)], "synthetic facilities",
                               fields="&field=soort:string", attributes=[["Huisarts"], ["Super markt"]])
    origins = memory_points([(100100.0, 400400.0), (101900.0, 400600.0)], "synthetic origins",
                            fields="&field=id:integer&field=status:string&field=afstand_m:double",
                            attributes=[[1, "kept", -1.0], [2, "kept", -1.0]])
    for lang, expected in (("nl", ("alle voorzieningen", "Hemelsbrede afstand tot Super markt (m)",
                                   "Voorzieningen (Huisarts) binnen 1 km", "Status")),
                           ("en", ("all facilities", "Straight-line distance to Super markt (m)",
                                   "Facilities (Huisarts) within 1 km", "Status"))):
        monkeypatch.setattr(alg_reachability, "language", lambda lang=lang: lang)
        result = processing.runAndLoadResults("rksd:bereikbaarheid", {
            "ORIGINS": origins, "FACILITIES": facilities, "CATEGORY_FIELD": "soort", "RADII": "500;1000",
            "KEEP_FIELDS": ["id", "status", "afstand_m"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        })
        layer = QgsProject.instance().mapLayer(result["OUTPUT"])
        manager = layer.styleManager()
        assert manager.currentStyle() == expected[0]
        assert sorted(manager.styles()) == sorted([expected[0], "Huisarts", "Super markt"])
        assert "afstand_m" in layer.renderer().rootRule().children()[0].filterExpression()
        manager.setCurrentStyle("Super markt")
        assert "afstand_super_markt_m" in layer.renderer().rootRule().children()[0].filterExpression()
        fields = layer.fields()
        alias = {fields.at(i).name(): layer.attributeAlias(i) for i in range(fields.count())}
        assert alias["rechtlijn_super_markt_m"] == expected[1]
        assert alias["binnen_1000_huisarts"] == expected[2]
        # input fields named like a result are carried over as <name>_invoer: the results keep the
        # names their styles and aliases use
        assert alias["status"] == expected[3] and alias["status_invoer"] == ""
        assert values(layer, "afstand_m_invoer") == [-1.0, -1.0]
        assert all(v > 0 for v in values(layer, "afstand_m"))
        assert all(alias[name] for name in ("afstand_m", "voorziening", "status_huisarts", "methode"))
        QgsProject.instance().removeMapLayer(layer.id())


def test_usable_in_a_model(rksd_processing):
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
    )

    model = QgsProcessingModelAlgorithm("reachability model", "tests")
    for name in ("origins", "facilities"):
        model.addModelParameter(QgsProcessingParameterFeatureSource(name, name), QgsProcessingModelParameter(name))
    child = QgsProcessingModelChildAlgorithm("rksd:bereikbaarheid")
    child.setChildId("reach")
    child.addParameterSources("ORIGINS", [QgsProcessingModelChildParameterSource.fromModelParameter("origins")])
    child.addParameterSources("FACILITIES", [QgsProcessingModelChildParameterSource.fromModelParameter("facilities")])
    child.addParameterSources("RADII", [QgsProcessingModelChildParameterSource.fromStaticValue("750")])
    # like the modeler dialog: every other parameter starts at its default value
    for definition in rksd_processing.algorithmById("rksd:bereikbaarheid").parameterDefinitions():
        if definition.name() not in child.parameterSources() and not definition.isDestination():
            child.addParameterSources(definition.name(), [
                QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])
    output = QgsProcessingModelOutput("result")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"result": output})
    model.addChildAlgorithm(child)
    facility = memory_points([(100500.0, 400500.0)], "synthetic facility", fields="")
    origins = memory_points([(100500.0, 400900.0), (102000.0, 400500.0)], "synthetic origins", fields="")
    assert model.validate()[0], model.validate()[1]
    result = run(model, {"origins": origins, "facilities": facility, "reach:result": "memory:"})
    layer = next(v for k, v in result.items() if k.endswith("result"))
    if isinstance(layer, str):
        layer = QgsProject.instance().mapLayer(layer) or __import__("qgis.core", fromlist=["QgsProcessingUtils"]).QgsProcessingUtils.mapLayerFromString(layer, __import__("qgis.core", fromlist=["QgsProcessingContext"]).QgsProcessingContext())
    assert values(layer, "binnen_750") == [1, 0]


def test_travel_time_with_a_speed_field(rksd_processing):
    roads = QgsVectorLayer("LineString?crs=EPSG:28992&field=kmh:double", "synthetic road with speeds", "memory")
    features = []
    for (x0, x1), speed in (((0.0, 1000.0), 36.0), ((1000.0, 2000.0), None)):
        feature = QgsFeature(roads.fields())
        feature.setAttributes([speed])
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(100000 + x0, 400000), QgsPointXY(100000 + x1, 400000)]))
        features.append(feature)
    roads.dataProvider().addFeatures(features)
    facility = memory_points([(102000.0, 400000.0)], "synthetic facility", fields="")
    origin = memory_points([(100000.0, 400010.0)], "synthetic origin", fields="")
    layer = run("rksd:bereikbaarheid", {"ORIGINS": origin, "FACILITIES": facility, "NETWORK": roads,
                                         "SPEED_FIELD": "kmh", "DEFAULT_SPEED": 72, "OUTPUT": "memory:"})["OUTPUT"]
    assert values(layer, "afstand_m") == [pytest.approx(2000.0)]
    assert values(layer, "reistijd_min") == [pytest.approx((100 + 50) / 60.0, abs=0.006)]
    assert values(layer, "aansluiting_m") == [pytest.approx(10.0)]


def test_loading_the_algorithms_imports_no_numpy_or_scipy():
    """The plugin's promise: registering the algorithms loads none of the heavy modules.

    From QGIS 3.40 on, ``qgis.core`` itself imports numpy, so what counts is what the
    plugin adds to what QGIS already loaded: no numpy/scipy/pandas imported for it, and
    none of its own modules that bind them (the network search) until an algorithm runs."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "before = set(sys.modules)\n"
        "from rksd_plugin.processing.provider import RksdProvider\n"
        "provider = RksdProvider(); QgsApplication.processingRegistry().addProvider(provider)\n"
        "print('ALGORITHMS', sorted(a.name() for a in provider.algorithms()))\n"
        "import types\n"
        "added = sorted(set(sys.modules) - before)\n"
        "HEAVY = ('numpy', 'scipy', 'pandas')\n"
        "def binds_heavy(name):\n"
        "    module = sys.modules[name]\n"
        "    return name.startswith('rksd_plugin') and module is not None and any(\n"
        "        isinstance(v, types.ModuleType) and v.__name__.split('.')[0] in HEAVY for v in vars(module).values())\n"
        "heavy = [m for m in added if m.split('.')[0] in HEAVY or binds_heavy(m)]\n"
        "print('HEAVY', heavy)\n"
        "print('PLUGIN', len([m for m in added if m.startswith('rksd_plugin')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    for name in ("bereikbaarheid", "langer_thuis", "zorgvraag_aanbod", "eigen_voorzieningen", "eigen_cijfers",
                 "eigen_clienten"):
        assert "'{}'".format(name) in out.stdout, out.stdout + out.stderr
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr
    assert "PLUGIN 0" not in out.stdout  # the check saw the plugin's own modules being loaded


def test_without_scipy_same_results_and_said_so(rksd_processing, monkeypatch):
    roads, fac, org = synthetic_town(segments=1500, facilities=8, addresses=400)
    parameters = {"ORIGINS": org, "FACILITIES": fac, "NETWORK": roads, "RADII": "400;900", "OUTPUT": "memory:"}
    with_scipy = run("rksd:bereikbaarheid", parameters)["OUTPUT"]
    monkeypatch.setenv("RKSD_NO_SCIPY", "1")
    feedback = RecordingFeedback()
    fallback = run("rksd:bereikbaarheid", parameters, feedback)["OUTPUT"]
    assert any("scipy is not available" in e for e in feedback.errors)
    for name in ("afstand_m", "rechtlijn_m", "binnen_400", "binnen_900", "status"):
        a, b = values(with_scipy, name), values(fallback, name)
        assert a == b or all(x == pytest.approx(y) for x, y in zip(a, b)), name
