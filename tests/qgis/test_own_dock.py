"""The dock's "Own data" tab, the import dialog and the buurt panel with own figures.

Runs the real dock on the bundled Maastricht sample; the client file is SYNTHETIC.
"""
import os

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QDialog

from rksd_plugin.core.owndata import marks, synthetic
from tests.qgis.test_dock_fixtures import dock, dock_settings, wait_for_run, wait_until  # noqa: F401 - fixtures
from tests.support import own_data


def make_run(dock):
    dock.load_sample()
    wait_for_run(dock)
    assert dock.run_info and os.path.exists(dock.run_info["gpkg"])
    return dock.run_info["gpkg"]


def client_file(folder):
    _, buurten, _, _ = own_data.maastricht_areas()
    rows = synthetic.synthetic_clients(buurten, seed=8, stacking=0.1)
    return synthetic.write_csv(os.path.join(str(folder), "SYNTHETIC_clienten.csv"), rows)


def test_the_tab_waits_for_a_run_before_own_figures(dock):
    from rksd_plugin.gui.dock import OWN_TAB

    assert dock.tabs.tabText(OWN_TAB)
    panel = dock.own_panel
    assert panel.facilities_button.isEnabled()
    assert not panel.counts_button.isEnabled() and not panel.records_button.isEnabled()
    make_run(dock)
    assert panel.counts_button.isEnabled() and panel.records_button.isEnabled()


def test_the_dialog_guesses_columns_and_checks_the_choices(dock, catalog, tmp_path):
    from rksd_plugin.gui.own_data_dialog import RECORDS, OwnDataDialog

    gpkg = make_run(dock)
    dialog = OwnDataDialog(RECORDS, catalog, "nl", gpkg, "GM0935", str(tmp_path))
    dialog.file.setFilePath(client_file(tmp_path))
    assert dialog.field("area") == "buurtcode" and dialog.field("voorziening") == "voorziening"
    assert dialog.field("unit") == "client_id"
    assert dialog.min_count.value() == 5
    job = dialog.job()
    assert job["spec"].area_kind == "buurt" and job["stapeling"] and job["rules"].min_count == 5
    dialog.level.setCurrentIndex(dialog.level.findData("address"))
    try:
        dialog.job()
        raise AssertionError("postcodes without the local table must be refused")
    except ValueError as problem:
        assert "local" in str(problem) or "lokale" in str(problem)


def test_client_records_through_the_panel_reach_the_map_and_the_buurt_panel(dock, catalog, tmp_path, monkeypatch):
    from rksd_plugin.gui import own_panel
    from rksd_plugin.gui.own_data_dialog import OwnDataDialog

    gpkg = make_run(dock)
    source = client_file(tmp_path)

    def accept(self):
        self.file.setFilePath(source)
        self.key.setText("sd")
        self.title.setText("Sociaal domein")
        self.synthetic.setChecked(True)
        self.stapeling.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OwnDataDialog, "exec", accept)
    panel = dock.own_panel
    panel.start("records")
    assert panel.task is not None and "SYNTHETIC" not in panel.task.description()
    assert wait_until(lambda: panel.task is None, 120), "the import did not finish"
    assert "Sociaal domein" in panel.status.text(), panel.status.text()
    assert panel.datasets.count() == 1 and marks.symbol("own_source") in panel.datasets.item(0).text()
    assert dock.run_info["gpkg"] == gpkg
    root = QgsProject.instance().layerTreeRoot()
    groups = [g for g in root.findGroups(True) if g.name().startswith(marks.symbol("own_source"))]
    assert groups and len(groups[0].findLayers()) == 3
    layer = groups[0].findLayers()[0].layer()
    labels = [item.label() for item in layer.renderer().legendSymbolItems()]
    assert marks.words("suppressed", "nl") in labels or marks.words("suppressed", "en") in labels
    # the buurt panel shows the own figures, with "afgeschermd" where the count is hidden
    buurten = dock.buurt_panel.buurten
    hidden = [code for code, record in buurten.items() if record.get("eigen_sd_wmo_status") == "afgeschermd"]
    shown = [code for code, record in buurten.items() if record.get("eigen_sd_wmo_status") == "gepubliceerd"]
    assert hidden and shown
    dock.buurt_panel.show_buurt(hidden[0])
    own_rows = [row for row in dock.buurt_panel.shown_rows if row.get("own")]
    wmo = next(row for row in own_rows if row["indicator"] == "eigen_sd_wmo")
    assert wmo["cells"][0] in (marks.words("suppressed", "nl"), marks.words("suppressed", "en"))
    dock.buurt_panel.show_buurt(shown[0])
    wmo = next(row for row in dock.buurt_panel.shown_rows if row.get("indicator") == "eigen_sd_wmo")
    assert wmo["value"] is not None and wmo["cells"][1] != "\u2013"
    assert own_panel.OWN_GROUP  # the facilities group property exists for a later import


def test_a_second_run_keeps_the_own_figures(dock, catalog, tmp_path, monkeypatch):
    from rksd_plugin.gui.own_data_dialog import OwnDataDialog
    from rksd_plugin.qgis_io.own_figures_io import read_releases

    make_run(dock)
    source = client_file(tmp_path)

    def accept(self):
        self.file.setFilePath(source)
        self.stapeling.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OwnDataDialog, "exec", accept)
    dock.own_panel.start("records")
    assert wait_until(lambda: dock.own_panel.task is None, 120)
    make_run(dock)  # the sample again: a new GeoPackage replaces the old one
    assert [r.info.key for r in read_releases(dock.run_info["gpkg"])] == ["clienten"]
    assert "eigen_clienten_wmo" in next(iter(dock.buurt_panel.buurten.values()))
