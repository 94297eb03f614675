"""The dock's series, driven as a user would: the Maastricht series sample, the layer tree
with every year on its own boundaries (temporal controller), the Buurt panel's trends,
the Monitor tab's change map and peers, and a series chosen on the Maps tab."""
import os
import shutil

from qgis.core import QgsLayerTree, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from rksd_plugin.gui import settings
from rksd_plugin.gui.results import RUN_PROPERTY
from rksd_plugin.gui.series_results import YEARS_GROUP_PROPERTY
from tests.qgis.test_dock_fixtures import dock, dock_settings, run_groups, wait_for_run  # noqa: F401
from tests.support import maastricht


def test_the_maastricht_series_sample(dock):
    QTest.mouseClick(dock.monitor_panel.sample_button, Qt.LeftButton)
    assert dock.task is not None and not dock.run_button.isEnabled()
    status = wait_for_run(dock, 180)
    assert "5 years" in status or "5 jaar" in status, status
    groups = run_groups()
    assert [g.customProperty(RUN_PROPERTY) for g in groups] == ["GM0935/2017-2024"]
    gpkg = os.path.join(settings.output_dir(), "rksd_GM0935_2017-2024.gpkg")
    assert os.path.exists(gpkg)
    # the tidy layer tree: the newest year's three layers (question maps are styles of Buurten),
    # then two collapsed groups: the change map (one layer, a style per indicator) and the years
    top = [child for child in groups[0].children() if QgsLayerTree.isLayer(child)]
    assert len(top) == 3 and dock.run_layers is not None and dock.run_layers.buurten in [n.layer() for n in top]
    assert len(dock.run_layers.buurten.styleManager().styles()) > 10  # the question maps, as styles
    subgroups = groups[0].findGroups()
    assert len(subgroups) == 2 and not any(g.isExpanded() for g in subgroups)
    change = subgroups[0].findLayers()
    assert len(change) == 1 and len(change[0].layer().styleManager().styles()) > 5
    assert len(groups[0].findLayers()) == 3 + 1 + 5
    years = next(g for g in groups[0].findGroups() if g.customProperty(YEARS_GROUP_PROPERTY))
    layers = [node.layer() for node in years.findLayers()]
    assert len(layers) == 5
    for layer, year in zip(layers, [2017, 2021, 2022, 2023, 2024]):
        properties = layer.temporalProperties()
        assert properties.isActive() and properties.fixedTemporalRange().begin().date().year() == year
        assert "layername=buurten_{}".format(year) in layer.source()
    assert QgsProject.instance().timeSettings().temporalRange().begin().date().year() == 2017
    assert QgsProject.instance().timeSettings().temporalRange().end().date().year() == 2024

    # the Buurt panel: trends of the buurt, with what the samples hold for it
    dock.buurt_panel.show_buurt("BU09350406")
    rows = {row.key: row for row in dock.buurt_panel.trends.chart.rows}
    assert dock.buurt_panel.trends.chart.isVisibleTo(dock.buurt_panel)
    crime = rows["misdrijven_totaal"]
    trend = next(b for b in maastricht.woonikveilig()["buurten"] if b["code"] == "BU09350406")["veiligheid"]["trend"]
    assert [(p[0], p[1]) for p in crime.points] == [(y, trend[str(y)]) for y in (2021, 2022, 2023, 2024)]
    health = rows["rivm_gezondheid_goed_18"]
    assert [p[0] for p in health.points] == [2020, 2022, 2024] and health.gemeente  # the gemeente's line too
    assert "2020" in health.tooltip and "50150NED" in health.tooltip

    # the Monitor tab: a change map between two chosen years, and the peers
    monitor = dock.monitor_panel
    monitor.key_combo.setCurrentIndex(monitor.key_combo.findData("inwoners"))
    layer = monitor.make_change_map()
    assert layer is not None and layer.featureCount() == 44 and layer.renderer().type() == "RuleRenderer"
    first_id = layer.id()
    assert first_id in [n.layerId() for n in subgroups[0].findLayers()]  # in the change group, not on top
    again = monitor.make_change_map()  # the same map again replaces it: no flood of layers
    assert len(subgroups[0].findLayers()) == 2 and QgsProject.instance().mapLayer(first_id) is None
    assert again.id() in [n.layerId() for n in subgroups[0].findLayers()]
    shown = [n.layer() for n in subgroups[0].findLayers() if n.isVisible()]
    assert shown == [again] and subgroups[0].isVisible()  # one change map on screen, the one just made
    assert monitor.peer_year.count() == 2 and monitor.peer_table.rowCount() >= 2
    assert "Leeuwarden" in monitor.peer_group_label.text() or "Zwolle" in monitor.peer_group_label.text()

    # the change map is kept in a file beside the series: a saved project opened again still shows it
    assert again.providerType() == "ogr" and again.isValid()
    kept = again.source().split("|")[0]
    assert os.path.dirname(kept) == gpkg[:-len(".gpkg")] + "_wijzigingen" and os.path.isfile(kept)
    values = sorted(f["inwoners_abs"] for f in again.getFeatures() if f["inwoners_abs"] is not None)
    name, project_file = again.name(), os.path.join(settings.output_dir(), "monitor_test.qgz")
    assert QgsProject.instance().write(project_file)
    QgsProject.instance().clear()
    assert QgsProject.instance().read(project_file)
    reopened = QgsProject.instance().mapLayersByName(name)
    assert len(reopened) == 1 and reopened[0].isValid() and reopened[0].featureCount() == 44
    assert sorted(f["inwoners_abs"] for f in reopened[0].getFeatures()
                  if f["inwoners_abs"] is not None) == values and values
    # where nothing can be written the map still comes, as a temporary layer, and the tab says so
    QgsProject.instance().removeMapLayers([reopened[0].id()])
    shutil.rmtree(os.path.dirname(kept))
    open(os.path.dirname(kept), "w").close()  # a file where the folder should be: even root cannot write there
    monitor.key_combo.setCurrentIndex(monitor.key_combo.findData("inwoners"))
    temporary = monitor.make_change_map()
    assert temporary.providerType() == "memory" and temporary.featureCount() == 44
    assert "temporary layer" in monitor.change_note.text() or "tijdelijke laag" in monitor.change_note.text()


def test_a_series_chosen_on_the_maps_tab_from_the_sample_offline(dock):
    settings.set_value("offline", True)  # the sample answers in offline mode
    dock.picker.edit.setText("Maastricht")
    dock.set_year(2024)
    index = dock.maps.first_year_combo.findData(2021)
    assert index > 0 and dock.maps.first_year_combo.itemText(0) == "\u2013"
    dock.maps.first_year_combo.setCurrentIndex(index)
    QTest.mouseClick(dock.run_button, Qt.LeftButton)
    wait_for_run(dock, 180)
    assert [g.customProperty(RUN_PROPERTY) for g in run_groups()] == ["GM0935/2021-2024"]
    assert dock.run_info["series"] == [2021, 2024]
    assert dock.monitor_panel.key_combo.findData("misdrijven_totaal") >= 0


def test_trend_summaries_keep_the_number_style():
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.gui.buurt_panel import format_number
    from rksd_plugin.gui.trend_rows import rows_for

    rows = [{"kenmerk": "bevolkingsdichtheid", "jaar": 2017, "waarde": 1441, "methode": "direct", "gemeente": 2179,
             "nederland": None},
            {"kenmerk": "bevolkingsdichtheid", "jaar": 2024, "waarde": 1429, "methode": "direct", "gemeente": 2246,
             "nederland": None}]
    row = rows_for(Catalog.load(), rows, "nl", lambda v, d: format_number(v, d, "nl"))[0]
    assert row.summary == "2017 1.441 \u2192 2024 1.429 (-0,8 %)"
    english = rows_for(Catalog.load(), rows, "en", lambda v, d: format_number(v, d, "en"))[0]
    assert english.summary == "2017 1,441 \u2192 2024 1,429 (-0.8 %)"


def test_a_model_estimate_shows_its_bounds_and_the_verdict():
    """RIVM's 95 % bounds in the tooltip and a whisker per year; the rule decides the words.
    (The bundled sample has no bounds: these rows are SYNTHETIC.)"""
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.gui.buurt_panel import format_number
    from rksd_plugin.gui.trend_rows import rows_for

    def row(year, value, low, high, method="direct"):
        return {"kenmerk": "rivm_eenzaam_18", "jaar": year, "waarde": value, "methode": method, "ondergrens": low,
                "bovengrens": high, "gemeente": None, "nederland": None, "bron": "50150NED"}

    catalog = Catalog.load()
    number = lambda v, d: format_number(v, d, "en")  # noqa: E731
    within = rows_for(catalog, [row(2020, 40.0, 37.0, 43.0), row(2024, 42.0, 39.0, 45.0)], "en", number)[0]
    assert within.summary.endswith("(within the margin)")
    assert "2020: 40 (95%: 37 \u2013 43)" in within.tooltip and "1.96" in within.tooltip
    assert [(p[2], p[3]) for p in within.points] == [(37.0, 43.0), (39.0, 45.0)]  # the whiskers
    beyond = rows_for(catalog, [row(2020, 40.0, 39.0, 41.0), row(2024, 46.0, 45.0, 47.0, "reallocated")], "en",
                      number)[0]
    assert beyond.summary == "2020 40 \u2192 2024 46 \u25ca (a change beyond the margin)"
    assert "\u25ca re-allocated" in beyond.tooltip
