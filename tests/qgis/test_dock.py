"""The real dock, driven as a user would: sample, runs, cancel, buurt panel, project state."""
import os
import time

from osgeo import ogr
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

from rksd_plugin.core import paths
from rksd_plugin.gui import settings
from rksd_plugin.gui.results import RUN_PROPERTY
from rksd_plugin.gui.translation import current_language
from tests.conftest import make_server
from tests.qgis.test_dock_fixtures import (  # noqa: F401 - fixtures
    counted,
    dock,
    dock_settings,
    emulated_transport,
    files_in,
    run_groups,
    sample_measures_only,
    wait_for_run,
    wait_until,
)
from tests.support.loopback import Fault


def gpkg_records(path, layer="buurten"):
    """The GeoPackage read with OGR, not through QGIS: the reference for the panel."""
    dataset = ogr.Open(path)
    table = dataset.GetLayerByName(layer)
    names = [table.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(table.GetLayerDefn().GetFieldCount())]
    records = {}
    for feature in table:
        records[feature.GetField("code")] = {name: feature.GetField(name) for name in names}
        del feature
    del table, dataset  # the layer first: GDAL frees it with its dataset
    return records


def test_sample_in_one_click_gives_one_buurten_layer_with_every_map(dock, catalog, iface):
    started = time.perf_counter()
    QTest.mouseClick(dock.sample_button, Qt.LeftButton)
    assert dock.task is not None and not dock.run_button.isEnabled() and dock.cancel_button.isEnabled()
    status = wait_for_run(dock)
    seconds = time.perf_counter() - started
    assert counted(status), status
    groups = run_groups()
    assert len(groups) == 1
    group = groups[0]
    assert group.customProperty(RUN_PROPERTY) == "GM0935/2024"
    assert "Maastricht 2024" in group.name()
    language = current_language()
    titles = ["{}. {}".format(q.number, q.title[language]) for q in catalog.questions]
    layers = [node.layer() for node in group.findLayers()]
    assert len(layers) == 3  # the gemeente outline, the wijken and one Buurten layer with every map
    buurten = layers[-1]
    gpkg = os.path.join(settings.output_dir(), "rksd_GM0935_2024.gpkg")
    assert os.path.exists(gpkg)
    assert buurten.source().startswith(gpkg) and "layername=buurten" in buurten.source()
    assert buurten.featureCount() == 44
    assert buurten.name().endswith(titles[0])  # the first question's map is on screen
    for title in titles:
        assert title in buurten.styleManager().styles()
    chooser = dock.maps.map_chooser
    assert chooser.isEnabled() and chooser.currentText().startswith(titles[0])
    entries = [chooser.itemText(i) for i in range(chooser.count())]
    assert sum(1 for e in entries if not e.startswith("\u2003")) == 6  # a question, its components indented
    chooser.setCurrentIndex(entries.index(next(e for e in entries if e.startswith("3."))))
    chooser.activated.emit(chooser.currentIndex())
    assert buurten.styleManager().currentStyle() == titles[2]
    themes = QgsProject.instance().mapThemeCollection().mapThemes()
    assert "RKSD {}".format(titles[0]) in themes
    assert iface.activeLayer() is buurten  # so Processing dialogs propose it
    assert dock.report.gpkg.filePath() == gpkg  # the Report tab is ready for this run
    assert dock.buurt_panel.combo.count() == 45  # a prompt and the 44 buurten
    print("sample: click to maps {:.1f} s".format(seconds))
    assert seconds < 60


def test_second_run_reuses_the_cache_and_replaces_the_group(dock, monkeypatch):
    sample_measures_only(monkeypatch)
    with make_server() as server:
        emulated_transport(monkeypatch, server)
        dock.picker.edit.setText("Maastricht")
        QTest.mouseClick(dock.run_button, Qt.LeftButton)
        assert counted(wait_for_run(dock))
        first_requests = len(server.requests)
        group = run_groups()[0]
        layers_before = len(QgsProject.instance().mapLayers())
        ids_before = set(QgsProject.instance().mapLayers())
        QTest.mouseClick(dock.run_button, Qt.LeftButton)
        assert counted(wait_for_run(dock))
        assert len(server.requests) == first_requests  # everything came from the cache
    assert first_requests > 5
    groups = run_groups()
    assert len(groups) == 1 and groups[0] is group  # the same group, updated in place
    assert len(QgsProject.instance().mapLayers()) == layers_before
    assert not ids_before & set(QgsProject.instance().mapLayers())  # new layers, old ones gone
    files = [f for f in files_in(settings.output_dir()) if not f.endswith(("-wal", "-shm"))]
    assert files == ["rksd_GM0935_2024.gpkg"]  # one GeoPackage, no staging copy left


def test_cancel_leaves_nothing_behind(dock, monkeypatch):
    sample_measures_only(monkeypatch)
    with make_server() as server:
        server.add_fault(Fault(match="collections/gemeenten", status=200, delay=4.0, times=1))
        emulated_transport(monkeypatch, server)
        dock.picker.edit.setText("GM0935")
        QTest.mouseClick(dock.run_button, Qt.LeftButton)
        assert wait_until(lambda: any("collections/gemeenten" in r["url"] for r in server.requests), 30)
        assert dock.progress.value() > 0  # progress reached the dock
        cancelled_at = time.time()
        QTest.mouseClick(dock.cancel_button, Qt.LeftButton)
        wait_for_run(dock, 20)
        assert time.time() - cancelled_at < 3.0
    assert "nothing was written" in dock.status.text() or "niets weggeschreven" in dock.status.text()
    assert files_in(settings.output_dir()) == []  # no GeoPackage, no temporary file
    assert run_groups() == []
    assert QgsProject.instance().mapLayers() == {}
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()
    assert dock.progress.value() == 0


def test_picking_a_buurt_on_the_map_shows_its_figures(dock, iface, catalog):
    QTest.mouseClick(dock.sample_button, Qt.LeftButton)
    wait_for_run(dock)
    gpkg = os.path.join(settings.output_dir(), "rksd_GM0935_2024.gpkg")
    code = "BU09350000"  # Binnenstad: its income per inhabitant is secret
    dataset = ogr.Open(gpkg)
    table = dataset.GetLayerByName("buurten")
    table.SetAttributeFilter("code = '{}'".format(code))
    feature = table.GetNextFeature()
    inside = feature.GetGeometryRef().PointOnSurface()
    point = (inside.GetX(), inside.GetY())
    del inside, feature, table, dataset

    canvas = iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.show()
    QTest.mouseClick(dock.buurt_panel.pick_button, Qt.LeftButton)
    assert canvas.mapTool() is dock.pick_tool
    from qgis.core import QgsPointXY

    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(*point))
    QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(int(pixel.x()), int(pixel.y())))
    assert wait_until(lambda: dock.buurt_panel.current == code, 5)
    assert dock.tabs.currentIndex() == 1

    panel = dock.buurt_panel
    reference = gpkg_records(gpkg)[code]
    wijken = gpkg_records(gpkg, "wijken")
    shown = {(row["question"], row["indicator"]): row for row in panel.shown_rows}
    expected = {(q.id, key) for q in catalog.questions for key in q.indicators}
    assert set(shown) == expected  # every indicator of the ticked questions
    checked = 0
    for (_, key), row in shown.items():
        source = reference if row["level"] == "buurt" else wijken.get(reference["wijkcode"], {})
        if key not in source:
            assert not row["available"] and row["value"] is None
            continue
        assert row["value"] == source[key], key
        assert row["gemeente"] == source.get(key + "_gm"), key
        assert row["nederland"] == source.get(key + "_nl"), key
        assert row["model_estimate"] == catalog.indicators[key].model_estimate
        assert row["direction"] == catalog.indicators[key].direction
        checked += 1
    assert checked >= 20
    share = shown[("kwetsbaarheid", "aandeel_65plus")]
    decimal = "," if current_language() == "nl" else "."
    # named as in the atlas: the unit in the name, plain numbers in the cells
    assert share["cells"][0] == "{:.1f}".format(reference["aandeel_65plus"]).replace(".", decimal)
    assert share["items"][0].text().endswith("(%)")
    income = shown[("financieel", "inkomen_per_inwoner")]
    assert income["value"] is None and income["cells"][0] in ("confidential", "geheim")
    lonely = shown[("eenzaamheid", "eenzaam_18")]
    reference = dock.buurt_panel.references["eenzaamheid"]["eenzaam_18"]
    assert lonely["cells"][3].startswith("{:.1f}".format(reference["value"]).replace(".", decimal))
    score = gpkg_records(gpkg)[code]["eenzaam_18_score"]
    assert lonely["cells"][4].split(" ")[1] == "{:.0f}".format(score)  # the score the index used
    assert "\u2248" in dock.buurt_panel.legend.text()  # the marks of the panel, explained once
    assert any(row["model_estimate"] for row in shown.values())
    assert len(panel.chart.rows) > 10
    assert any(r.value is None for r in panel.chart.rows)  # the secret income has no bar
    image = panel.chart.grab().toImage()
    assert image.width() > 100 and image.height() > 100

    panel.combo.setCurrentIndex(panel.combo.findData("BU09350406"))  # the list works as well
    assert panel.current == "BU09350406"
    assert "Amby" in panel.header.text()


def test_weights_change_the_index(dock, catalog):
    question = catalog.question("kwetsbaarheid")
    dock.questions.set_question_settings(question.id, {"aandeel_65plus": 0.0}, "percentile")
    options = dock.request_options(["kwetsbaarheid"])
    assert options["weights"] == {"kwetsbaarheid": {"aandeel_65plus": 0.0}}
    dock.questions.set_selected(["kwetsbaarheid"])
    QTest.mouseClick(dock.sample_button, Qt.LeftButton)
    wait_for_run(dock)
    gpkg = os.path.join(settings.output_dir(), "rksd_GM0935_2024.gpkg")
    assert os.path.exists(gpkg), dock.status.text()
    weighted = {c: r["kwetsbaarheid_index"] for c, r in gpkg_records(gpkg).items()}
    maps = [c.question for c in dock.run_layers.maps]
    assert set(maps) == {"kwetsbaarheid"}  # only the ticked question is offered
    dock.questions.set_question_settings(question.id, {}, None)  # reset to the catalog default
    assert dock.request_options(["kwetsbaarheid"])["weights"] == {}
    QTest.mouseClick(dock.sample_button, Qt.LeftButton)
    wait_for_run(dock)
    default = {c: r["kwetsbaarheid_index"] for c, r in gpkg_records(gpkg).items()}
    differing = [c for c in default if default[c] is not None and weighted[c] != default[c]]
    assert len(differing) > 10


def test_state_survives_saving_and_reopening_the_project(dock, iface, dock_settings):
    from rksd_plugin.gui.dock import RksdDock

    dock.questions.set_selected(["kwetsbaarheid", "eenzaamheid", "veiligheid"])
    dock.questions.set_question_settings("eenzaamheid", {"eenzaam_65": 2.5}, "zscore")
    QTest.mouseClick(dock.sample_button, Qt.LeftButton)
    wait_for_run(dock)
    dock.buurt_panel.show_buurt("BU09350406")
    path = str(dock_settings / "project.qgz")
    assert QgsProject.instance().write(path)

    QgsProject.instance().clear()
    assert dock.buurt_panel.current is None and not dock.buurt_panel.combo.isEnabled()
    dock.questions.set_selected([])
    dock.picker.edit.setText("")

    assert QgsProject.instance().read(path)
    for widget in (dock, RksdDock(iface, iface.mainWindow())):  # the open dock and a fresh QGIS session
        assert widget.questions.selected() == ["kwetsbaarheid", "eenzaamheid", "veiligheid"]
        assert widget.questions.weights == {"eenzaamheid": {"eenzaam_65": 2.5}}
        assert widget.questions.normalisation == {"eenzaamheid": "zscore"}
        assert widget.picker.resolve().gemeente.code == "GM0935"
        assert widget.year() == 2024
        assert widget.buurt_panel.current == "BU09350406"
        assert widget.buurt_panel.gpkg == os.path.join(settings.output_dir(), "rksd_GM0935_2024.gpkg")
        assert widget.maps.map_chooser.isEnabled() and widget.maps.map_chooser.count() > 6  # the maps are back
        assert widget.run_layers.buurten.name().startswith(widget.run_layers.buurten.customProperty("rksd/base_name"))
        if widget is not dock:
            widget.shutdown()


def test_offline_without_data_says_what_to_do(dock, iface, monkeypatch):
    settings.set_value("offline", True)
    dock.picker.edit.setText("GM0289")  # Wageningen: in no package, not in the cache
    QTest.mouseClick(dock.run_button, Qt.LeftButton)
    wait_for_run(dock, 30)
    text = dock.status.text()
    assert "Offline" in text or "offline" in text, text
    messages = iface.messageBar().get_messages(2)  # Qgis.Critical
    assert messages and "RKSD:" in messages[-1]
    assert run_groups() == []


def test_sample_package_resource_exists():
    assert os.path.isdir(paths.resource("sample", "maastricht_2024"))


def test_normalisation_per_question(dock, catalog):
    dock.questions.set_question_settings("eenzaamheid", {}, "zscore")
    QTest.mouseClick(dock.sample_button, Qt.LeftButton)
    assert counted(wait_for_run(dock))
    gpkg = os.path.join(settings.output_dir(), "rksd_GM0935_2024.gpkg")
    records = gpkg_records(gpkg).values()
    lonely = [r["eenzaamheid_index"] for r in records if r["eenzaamheid_index"] is not None]
    vulnerable = [r["kwetsbaarheid_index"] for r in records if r["kwetsbaarheid_index"] is not None]
    assert min(lonely) < 0 <= min(vulnerable)  # z-scores around 0, percentile ranks 0-100
    assert all(-3 <= v <= 3 for v in lonely) and max(vulnerable) > 3
    from rksd_plugin.qgis_io.question_maps import show_map

    run = dock.run_layers
    labels = {}
    for question in ("eenzaamheid", "kwetsbaarheid"):
        title = next(c.style for c in run.maps if c.question == question and c.kind == "index")
        show_map(run, title)
        labels[question] = [r.label() for r in run.buurten.renderer().rootRule().children()]
    assert labels["eenzaamheid"][0].startswith("-3") and labels["kwetsbaarheid"][0].startswith("0\u201320")
