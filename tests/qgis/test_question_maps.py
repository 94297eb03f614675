"""Preset maps per question: one Buurten layer with a style per map, legends, ramps, map themes."""
import pytest
from qgis.core import QgsProject

from rksd_plugin.core import classify
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io.layers import write_result
from rksd_plugin.qgis_io.question_maps import add_run_layers, follow_style, run_from_layers, show_map


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    catalog = Catalog.load()
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    path = str(tmp_path_factory.mktemp("q") / "m.gpkg")
    write_result(result, path, catalog, "nl")
    return catalog, result, path


def build(written, language):
    catalog, result, path = written
    project = QgsProject()
    parent = project.layerTreeRoot().addGroup("RKSD")
    run = add_run_layers(project, parent, path, result, catalog, language, sample=True)
    return project, parent, run


def rule_labels(layer):
    return [rule.label() for rule in layer.renderer().rootRule().children()]


def test_three_layers_one_buurten_layer_carries_every_map(written):
    catalog, result, _ = written
    project, parent, run = build(written, "nl")
    assert [node.layer().name() for node in parent.findLayers()] == [
        "Gemeentegrens", "Wijken", "Buurten \u00b7 1. Kans op kwetsbaarheid"]
    assert len(project.mapLayers()) == 3  # was 36 layers on the same table
    styles = run.buurten.styleManager().styles()
    for question in catalog.questions:
        assert "{}. {}".format(question.number, question.title["nl"]) in styles
    assert "3. Eenzaamheid \u00b7 Eenzaam, 18+ \u2248" in styles  # short: no unit, the model mark
    assert "6. Veiligheid \u00b7 Ernstige geluidhinder door buren \u2248 (ernaast)" in styles
    assert all("(%" not in name and "hoog =" not in name for name in styles)
    assert all(c.style in run.wijken.styleManager().styles() for c in run.maps if c.level == "wijken")
    assert "Wmo-cli\u00ebnten per 1.000 inwoners \u2013 niet beschikbaar in dit pakket" in run.unavailable["zorgvraag"]
    assert run.unavailable["kwetsbaarheid"] == [
        "Eenpersoonshuishoudens \u2013 niet beschikbaar in dit pakket",
        "Huishoudens met een laag inkomen \u2013 niet beschikbaar in dit pakket"]
    assert run.buurten.fields().indexOf("eenzaamheid_index") >= 0 and run.buurten.featureCount() == 44


def test_switching_maps_renames_the_layer_and_keeps_the_data(written):
    project, parent, run = build(written, "nl")
    assert show_map(run, "3. Eenzaamheid \u00b7 Eenzaam, 18+ \u2248")
    assert run.buurten.name() == "Buurten \u00b7 3. Eenzaamheid \u00b7 Eenzaam, 18+ \u2248"
    labels = rule_labels(run.buurten)
    assert labels[0].endswith("%") and "geheim" in labels and "te weinig inwoners" in labels  # unit in the legend
    assert show_map(run, "3. Eenzaamheid")
    assert rule_labels(run.buurten)[0].startswith("0\u201320")
    # the plain style comes back unchanged: only the layer's own (outline) state was saved into it
    plain = run.buurten.customProperty("rksd/plain_style")
    run.buurten.styleManager().setCurrentStyle(plain)
    assert run.buurten.name() == "Buurten" and run.buurten.renderer().type() == "singleSymbol"
    again = run_from_layers([node.layer() for node in parent.findLayers()])
    assert [c.style for c in again.maps] == [c.style for c in run.maps]
    follow_style(run.buurten)  # a second follower is never added
    assert len([c for c in run.buurten.children() if c.objectName() == "rksd_style_follower"]) == 1


def test_a_map_theme_per_question_with_its_style(written):
    project, parent, run = build(written, "nl")
    collection = project.mapThemeCollection()
    assert len([n for n in collection.mapThemes() if n.startswith("RKSD ")]) == 6
    record = collection.mapThemeState("RKSD 3. Eenzaamheid")
    buurten = next(r for r in record.layerRecords() if r.layer() is run.buurten)
    assert buurten.usingCurrentStyle and buurten.currentStyle == "3. Eenzaamheid"
    assert {r.layer() for r in record.layerRecords()} == {run.buurten, run.wijken, run.gemeente}


def test_index_legend_has_classes_no_index_and_too_small(written):
    project, parent, run = build(written, "nl")
    show_map(run, "1. Kans op kwetsbaarheid")
    labels = rule_labels(run.buurten)
    assert labels[0].startswith("0\u201320") and labels[4].startswith("80\u2013100")
    assert "geen index (te weinig componenten)" in labels and "te weinig inwoners" in labels


def test_small_buurten_are_not_in_a_class(written):
    """Beatrixhaven (15 inhabitants) gets "te weinig inwoners" on the 65+ map, not a class."""
    catalog, result, _ = written
    project, parent, run = build(written, "nl")
    show_map(run, "1. Kans op kwetsbaarheid \u00b7 Aandeel 65-plussers")
    renderer = run.buurten.renderer()
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    small = [f for f in run.buurten.getFeatures() if (f["inwoners"] or 0) < 50]
    assert small, "the sample has a buurt under the 65+ threshold"
    context = QgsExpressionContext()
    context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(run.buurten))
    for feature in small:
        context.setFeature(feature)
        matched = [rule.label() for rule in renderer.rootRule().children()
                   if QgsExpression(rule.filterExpression()).evaluate(context)]
        assert matched == ["te weinig inwoners"], (feature["naam"], matched)


def test_distinct_colour_blind_safe_ramps_per_question(written):
    catalog, _, _ = written
    project, parent, run = build(written, "nl")
    firsts = {}
    for question in catalog.questions:
        show_map(run, "{}. {}".format(question.number, question.title["nl"]))
        colours = [r.symbol().color().name() for r in run.buurten.renderer().rootRule().children()[:5]]
        assert colours == classify.ramp(classify.question_ramp(question.number), 5)
        firsts[question.id] = colours[-1]
    assert len(set(firsts.values())) == 6


def test_ramp_direction_follows_the_indicator(written):
    project, parent, run = build(written, "nl")
    show_map(run, "2. Financi\u00eble kwetsbaarheid \u00b7 Gemiddelde WOZ-waarde")
    colours = [r.symbol().color().name() for r in run.buurten.renderer().rootRule().children()[:5]]
    assert colours == list(reversed(classify.ramp(classify.question_ramp(2), 5)))  # low WOZ = more risk = darkest


def test_labels_where_they_fit(written):
    project, parent, run = build(written, "nl")
    settings = run.buurten.labeling().settings()
    assert run.buurten.labelsEnabled() and settings.fitInPolygonOnly


def test_english_names_and_legends(written):
    project, parent, run = build(written, "en")
    names = [node.layer().name() for node in parent.findLayers()]
    assert names == ["Municipal boundary", "Districts", "Neighbourhoods \u00b7 1. Risk of vulnerability"]
    labels = rule_labels(run.buurten)
    assert "no index (too few components)" in labels and "too few inhabitants" in labels
    show_map(run, "2. Financial vulnerability \u00b7 Average WOZ value")
    assert rule_labels(run.buurten)[0].endswith("\u00d7 \u20ac1,000")  # the unit in English, in the legend
