"""Preset maps per question: layer group, legends, ramps, map themes, Dutch and English."""
import pytest
from qgis.core import QgsProject

from rksd_plugin.core import classify
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io.layers import write_result
from rksd_plugin.qgis_io.question_maps import add_question_groups


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
    themes = add_question_groups(project, parent, path, result, catalog, language, sample=True)
    return project, parent, themes


def test_a_group_per_question_with_index_components_and_gaps(written):
    project, parent, themes = build(written, "nl")
    groups = [g.name() for g in parent.children() if g.nodeType() == 0]
    assert groups == ["1. Kans op kwetsbaarheid", "2. Financiële kwetsbaarheid", "3. Eenzaamheid",
                      "4. Langer thuis wonen", "5. Zorgvraag en aanbod", "6. Veiligheid"]
    q1 = parent.findGroup("1. Kans op kwetsbaarheid")
    index_node = q1.findLayers()[0]
    assert index_node.layer().name().startswith("Index kans op kwetsbaarheid")
    assert index_node.isVisible()
    components = q1.findGroup("Componenten").findLayers()
    assert len(components) == 6 and not any(node.isVisible() for node in components)
    assert any("modelschatting" in node.layer().name() for node in components)
    gaps = [g.name() for g in q1.children() if g.nodeType() == 0 and "niet beschikbaar" in g.name()]
    assert gaps == ["Eenpersoonshuishoudens \u2013 niet beschikbaar in dit voorbeeld",
                    "Huishoudens met een laag inkomen \u2013 niet beschikbaar in dit voorbeeld"]
    q6 = parent.findGroup("6. Veiligheid")
    beside = q6.findGroup("Ernaast (niet in de index)").findLayers()
    assert [n.layer().name() for n in beside] == [
        "Ernstige geluidhinder door buren (%) \u2013 modelschatting"]


def test_a_map_theme_per_question(written):
    project, parent, themes = build(written, "nl")
    names = project.mapThemeCollection().mapThemes()
    assert len([n for n in names if n.startswith("RKSD ")]) == 6
    group, index_layer = themes["eenzaamheid"]
    visible = project.mapThemeCollection().mapThemeVisibleLayerIds("RKSD 3. Eenzaamheid")
    assert index_layer.id() in visible and len(visible) == 3


def test_index_legend_has_classes_missing_and_too_small(written):
    project, parent, themes = build(written, "nl")
    _, index_layer = themes["kwetsbaarheid"]
    labels = [rule.label() for rule in index_layer.renderer().rootRule().children()]
    assert labels[0].startswith("0\u201320") and labels[4].startswith("80\u2013100")
    assert "geheim / onbekend" in labels and "te weinig inwoners (niet gerangschikt)" in labels


def test_ramp_direction_follows_the_indicator(written):
    project, parent, themes = build(written, "nl")
    q2 = parent.findGroup("2. Financiële kwetsbaarheid")
    woz = next(n.layer() for n in q2.findLayers() if n.layer().name().startswith("Gemiddelde WOZ"))
    rules = woz.renderer().rootRule().children()
    colours = [r.symbol().color().name() for r in rules[:5]]
    assert colours == list(reversed(classify.ramp("YlOrRd", 5)))  # low WOZ = more risk = darkest


def test_english_labels(written):
    project, parent, themes = build(written, "en")
    groups = [g.name() for g in parent.children() if g.nodeType() == 0]
    assert groups[0] == "1. Risk of vulnerability"
    _, index_layer = themes["kwetsbaarheid"]
    labels = [rule.label() for rule in index_layer.renderer().rootRule().children()]
    assert "secret / unknown" in labels and "too few inhabitants (not ranked)" in labels
