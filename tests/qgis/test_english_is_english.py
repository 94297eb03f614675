"""English is English: no Dutch tell-tale words in what an English user reads.

Collected from every English output: the atlas (every label and table cell of its pages),
the layer tree (layer and style names, legend entries, field aliases), the question-map
PNGs (titles, notes, legends), the exported buurt table, and the dock itself after a
sample run (tabs, buttons, labels, tooltips, the Neighbourhood tab's table and legend).
Place names and the titles of CBS tables are names, not words, and are left out.
"""
import re

import pytest
from qgis.core import QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemManualTable, QgsLayoutFrame, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTabWidget, QTableWidget, QWidget

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io import maps, render
from rksd_plugin.qgis_io.layers import write_result
from rksd_plugin.qgis_io.question_maps import add_run_layers, show_map
from rksd_plugin.report import table_export
from rksd_plugin.report.atlas import AtlasOptions, build_atlas
from rksd_plugin.report.gpkg_reader import read_atlas_data
from tests.qgis.test_dock_fixtures import dock, dock_settings, wait_for_run  # noqa: F401 - fixtures
from tests.qgis.test_i18n_dock import locale  # noqa: F401 - fixture

TELLTALE = re.compile(
    r"(?<!\w)(gemeenten?|buurten?|wijken|wijk|inwoners|huishoudens|geheim|onbekend|modelschatting|"
    r"niet beschikbaar|hoger|lager|ongunstig|gunstig|pagina|bron|kaart(?:en)?|vraag|mediaan|maatstaf|"
    r"t\.o\.v\.|gem\.|per 1 000|x 1 000 euro|Nederland)(?!\w)", re.IGNORECASE)


def dutch_words(texts, names):
    """Tell-tale Dutch words in ``texts`` once the proper ``names`` are taken out."""
    found = {}
    for text in texts:
        plain = re.sub(r"https?://\S+", " ", str(text or ""))  # an address is a name
        for name in sorted(names, key=len, reverse=True):
            plain = plain.replace(name, " ")
        for match in TELLTALE.finditer(plain):
            found.setdefault(match.group(0), plain[max(0, match.start() - 40):match.end() + 40])
    return found


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    catalog = Catalog.load()
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    path = str(tmp_path_factory.mktemp("en") / "maastricht_en.gpkg")
    write_result(result, path, catalog, "en")
    data = read_atlas_data(path, catalog, "en")
    names = {r.get("naam") for level in ("buurt", "wijk", "gemeente") for r in data.records(level) if r.get("naam")}
    names |= {s.get("title") for s in result.provenance.get("sources", []) if s.get("title")}
    names |= {"Atlas Sociaal Domein", "code;tekst", "'inleiding'", "inleiding", "Bron: CBS", "JA", "NEE"}
    return catalog, result, path, names


def test_the_english_atlas(english, tmp_path):
    catalog, result, path, names = english
    texts = []

    def collect(kind, layout):
        for item in layout.items():
            if isinstance(item, QgsLayoutItemLabel):
                texts.append(item.currentText())
            elif isinstance(item, QgsLayoutFrame) and isinstance(item.multiFrame(), QgsLayoutItemManualTable):
                table = item.multiFrame()
                texts.extend(column.heading() for column in table.headers())
                texts.extend(cell.content() for row in table.tableContents() for cell in row)
            elif isinstance(item, QgsLayoutItemLegend):
                model = item.model()
                for node in model.rootGroup().findLayers():
                    texts.append(node.customProperty("legend/title-label") or node.name())
                    texts.extend(n.data(Qt.ItemDataRole.DisplayRole) for n in model.layerLegendNodes(node))

    codes = ["BU09350406", "BU09350500", "BU09350104"]  # Amby, Beatrixhaven (too few inhabitants), Wolder
    build_atlas(path, str(tmp_path / "atlas_en.pdf"), AtlasOptions(level="buurt", language="en", areas=codes,
                                                                  page_hook=collect))
    assert len(texts) > 300
    assert "too few inhabitants" in " ".join(texts) and "Neighbourhood" in " ".join(texts)
    assert dutch_words(texts, names) == {}


def test_the_english_layer_tree_and_legends(english):
    catalog, result, path, names = english
    project = QgsProject()
    run = add_run_layers(project, project.layerTreeRoot(), path, result, catalog, "en", sample=True)
    texts = [layer.name() for layer in project.mapLayers().values()]
    for layer in (run.buurten, run.wijken):
        for style in layer.styleManager().styles():
            texts.append(style)
            choice = run.map_choice(style)
            if choice is not None:
                show_map(run, style)
            if hasattr(layer.renderer(), "rootRule"):
                texts.extend(rule.label() for rule in layer.renderer().rootRule().children())
        texts.extend(layer.attributeAlias(i) for i in range(layer.fields().count()))
    texts.extend(name for names_ in run.unavailable.values() for name in names_)
    texts.extend(choice.label for choice in run.maps)
    assert "Neighbourhoods \u00b7 1. Risk of vulnerability" in texts or any(t.startswith("Neighbourhoods") for t in texts)
    assert dutch_words(texts, names) == {}


def test_the_english_png_maps(english, tmp_path, monkeypatch):
    catalog, result, path, names = english
    texts = []

    def record(layers, png, title, subtitle, attribution, note="", **kwargs):
        texts.extend([title, subtitle, attribution, note])
        for layer in kwargs.get("legend_layers") or layers:
            texts.append(layer.name())
            if hasattr(layer.renderer(), "rootRule"):
                texts.extend(rule.label() for rule in layer.renderer().rootRule().children())
        return png

    monkeypatch.setattr(render, "render_layer_png", record)
    maps.render_question_maps(path, result, catalog, str(tmp_path), "en", sample=True)
    maps.render_indicator_maps(path, result, catalog, str(tmp_path), "en", ["aandeel_65plus", "bijstand_per_1000"])
    assert len(texts) > 60
    assert dutch_words(texts, names) == {}


def test_the_english_table_export(english, tmp_path):
    catalog, result, path, names = english
    data = read_atlas_data(path, catalog, "en")
    table = table_export.build_table(data, "en")
    texts = [c.title for c in table.columns] + [v for row in table.rows for v in row if isinstance(v, str)]
    texts += table.legend
    assert dutch_words(texts, names) == {}
    written = table_export.write(table, str(tmp_path / "neighbourhoods.csv"), "en")
    with open(written, encoding="utf-8-sig") as handle:
        header = handle.readline()
    assert header.startswith("Code,Name,District,Inhabitants,")


def widget_texts(root):
    texts = []
    for widget in [root] + root.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
            texts.extend(widget.tabToolTip(i) for i in range(widget.count()))
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                texts.extend([header.text(), header.toolTip()] if header else [])
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        texts.extend([item.text(), item.toolTip()])
    return texts


def test_the_english_dock_after_a_sample_run(locale, dock_settings, iface, english):  # noqa: F811
    from rksd_plugin.gui.dock import RksdDock

    catalog, result, path, names = english
    locale("en_GB")
    widget = RksdDock(iface, iface.mainWindow())
    try:
        assert widget.language == "en"
        widget.load_sample()
        wait_for_run(widget)
        widget.buurt_panel.show_buurt("BU09350500")  # Beatrixhaven: too few inhabitants, secret figures
        texts = widget_texts(widget)
        joined = " ".join(texts)
        assert "Neighbourhood" in joined and "Report" in joined and "too few inhabitants" in joined
        catalog_names = {q.title["en"] for q in catalog.questions}
        assert dutch_words(texts, names | catalog_names | {"Maastricht", "GM0935"}) == {}
    finally:
        widget.shutdown()
        QgsProject.instance().clear()
