"""rksd:langer_thuis on real Maastricht data (CBS KWB 2024 distances, OSM facilities, GTFS stops)."""
import pytest
from qgis.core import NULL, QgsFeature, QgsProcessingException, QgsProject, QgsRuleBasedRenderer, QgsVectorLayer

from tests.support.network_fixtures import maastricht_buurten, maastricht_facilities, maastricht_stops
from tests.support.network_qgis import RecordingFeedback, rksd_processing, run, values  # noqa: F401 - fixture


def points(distance_km):
    """Expected points for a CBS distance in km with the default classes."""
    if distance_km is None or distance_km == NULL:
        return None
    metres = distance_km * 1000
    return 100.0 if metres <= 500 else 200 / 3 if metres <= 1000 else 100 / 3 if metres <= 3000 else 0.0


def all_facilities():
    """OSM facilities and GTFS stops in one layer (real data; field categorie)."""
    merged = QgsVectorLayer("Point?crs=EPSG:4326&field=categorie:string&field=naam:string", "facilities", "memory")
    features = []
    for layer in (maastricht_facilities(), maastricht_stops()):
        for feature in layer.getFeatures():
            copy = QgsFeature(merged.fields())
            copy.setAttributes([feature["categorie"], feature["naam"]])
            copy.setGeometry(feature.geometry())
            features.append(copy)
    merged.dataProvider().addFeatures(features)
    return merged


def test_cbs_fields_score_by_hand(rksd_processing):
    buurten = maastricht_buurten()
    feedback = RecordingFeedback()
    layer = run("rksd:langer_thuis", {
        "AREAS": buurten, "FIELD_SUPERMARKT": "afstand_supermarkt", "FIELD_HUISARTS": "afstand_huisarts",
        "FIELD_65PLUS": "aandeel_65plus", "OUTPUT": "memory:",
    }, feedback)["OUTPUT"]
    assert layer.featureCount() == 44
    checked = 0
    for feature in layer.getFeatures():
        s, h = points(feature["afstand_supermarkt"]), points(feature["afstand_huisarts"])
        if s is None:
            assert feature["score"] == NULL
            assert feature["klasse"] == 0 and "supermarkt" in feature["ontbrekende_componenten"]
            continue
        expected = (52 * s + 12 * h) / 64
        assert feature["score"] == pytest.approx(expected, abs=0.051)
        assert feature["afstand_supermarkt_m"] == pytest.approx(feature["afstand_supermarkt"] * 1000)
        assert feature["bron_supermarkt"] == "cbs_veld" and feature["bron_apotheek"] == "ontbreekt"
        assert feature["ontbrekende_componenten"] == "apotheek;ontmoeting;fysio;ov"
        checked += 1
    assert checked == 43
    assert any("'apotheek' has no data" in e for e in feedback.errors)
    scores = [v for v in values(layer, "score") if v is not None]
    shares = values(layer, "ouderen_65plus_pct")
    flags = values(layer, "aandacht")
    median = sorted(s for s in shares if s is not None)[21]
    for score, share, flag in zip(values(layer, "score"), shares, flags):
        if score is not None and share is not None:
            assert flag == int(share >= median and score < 50)
    assert min(scores) >= 0 and max(scores) <= 100


def test_weights_and_thresholds_are_parameters(rksd_processing):
    base = {"AREAS": maastricht_buurten(), "FIELD_SUPERMARKT": "afstand_supermarkt",
            "FIELD_HUISARTS": "afstand_huisarts", "OUTPUT": "memory:"}
    only_gp = run("rksd:langer_thuis", dict(base, WEIGHT_SUPERMARKT=0))["OUTPUT"]
    for feature in only_gp.getFeatures():
        if feature["afstand_huisarts"] != NULL:
            assert feature["score"] == pytest.approx(points(feature["afstand_huisarts"]), abs=0.051)
    strict = run("rksd:langer_thuis", dict(base, THRESHOLDS="300;600;900"))["OUTPUT"]
    default = run("rksd:langer_thuis", base)["OUTPUT"]
    pairs = [(a, b) for a, b in zip(values(strict, "score"), values(default, "score")) if a is not None]
    assert all(a <= b for a, b in pairs) and any(a < b for a, b in pairs)


def test_own_facilities_fill_the_missing_components(rksd_processing):
    layer = run("rksd:langer_thuis", {
        "AREAS": maastricht_buurten(), "FIELD_SUPERMARKT": "afstand_supermarkt", "FIELD_HUISARTS": "afstand_huisarts",
        "FACILITIES": all_facilities(), "CATEGORY_FIELD": "categorie", "GRID_SPACING": 200,
        "OUTPUT": "memory:", "OUTPUT_POINTS": "memory:",
    })
    areas = layer["OUTPUT"]
    assert set(values(areas, "bron_apotheek")) == {"hemelsbreed"}
    assert set(values(areas, "bron_ov")) == {"hemelsbreed"}
    assert set(values(areas, "bron_fysio")) == {"ontbreekt"}  # no physiotherapy in the OSM sample
    assert all(v is not None and v > 0 for v in values(areas, "afstand_apotheek_m"))
    point_layer = layer["OUTPUT_POINTS"]
    assert point_layer.featureCount() > 44
    for feature in list(point_layer.getFeatures())[:200]:
        assert feature["bron_supermarkt"] == "cbs_veld" and 0 <= feature["score"] <= 100


def test_style_and_clear_errors(rksd_processing):
    from qgis import processing

    result = processing.runAndLoadResults("rksd:langer_thuis", {
        "AREAS": maastricht_buurten(), "FIELD_SUPERMARKT": "afstand_supermarkt", "OUTPUT": "TEMPORARY_OUTPUT"})
    renderer = QgsProject.instance().mapLayer(result["OUTPUT"]).renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer) and len(renderer.rootRule().children()) == 5
    with pytest.raises(QgsProcessingException, match="nothing to score"):
        run("rksd:langer_thuis", {"AREAS": maastricht_buurten(), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="not a list of positive numbers"):
        run("rksd:langer_thuis", {"AREAS": maastricht_buurten(), "FIELD_SUPERMARKT": "afstand_supermarkt",
                                  "THRESHOLDS": "veel", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="category field"):
        run("rksd:langer_thuis", {"AREAS": maastricht_buurten(), "FACILITIES": maastricht_facilities(),
                                  "OUTPUT": "memory:"})
