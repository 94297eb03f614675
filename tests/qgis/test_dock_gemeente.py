"""Choosing a gemeente in the dock: CBS's list (cached), former gemeenten, clear errors."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from rksd_plugin.gui import settings
from tests.qgis.test_dock_fixtures import dock, dock_settings, emulated_transport, wait_until  # noqa: F401
from tests.support import maastricht
from tests.support.loopback import LoopbackServer
from tests.unit.test_gemeenten import add_code_list


def completer_entries(dock):
    return dock.picker.model.stringList()


def test_the_list_comes_from_cbs_and_then_from_the_cache(iface, project, dock_settings, monkeypatch):  # noqa: F811
    from rksd_plugin.gui.dock import RksdDock

    with LoopbackServer(add_code_list(maastricht.emulator_hosts())) as server:
        emulated_transport(monkeypatch, server)
        online = RksdDock(iface, iface.mainWindow())
        assert wait_until(lambda: online.list_task is None, 20)
        asked = [r["url"] for r in server.requests]
        assert any("85984NED/WijkenEnBuurten" in url for url in asked)
        assert online.picker.list_source == "cbs"
        assert 2024 in online.gemeente_lists and len(online.gemeente_lists[2024]) == 342
        online.shutdown()
    settings.set_value("offline", True)  # no server any more: the cache answers
    offline = RksdDock(iface, iface.mainWindow())
    try:
        assert wait_until(lambda: offline.list_task is None, 20)
        assert offline.picker.list_source == "cbs"
        assert "Maastricht (GM0935)" in completer_entries(offline)
    finally:
        offline.shutdown()


def test_former_gemeente_leads_to_its_successor(dock):
    assert "Uden \u2192 Maashorst (GM1991)" in completer_entries(dock)
    dock.picker.edit.setText("Uden")
    dock.picker.edit.editingFinished.emit()
    assert "Maashorst (GM1991)" in dock.picker.note.text() and "Uden" in dock.picker.note.text()
    assert dock.picker.resolve().gemeente.code == "GM1991"


def test_the_completer_finds_part_of_a_name(dock):
    dock.picker.completer.setCompletionPrefix("stricht")
    found = [dock.picker.completer.completionModel().index(i, 0).data()
             for i in range(dock.picker.completer.completionCount())]
    assert "Maastricht (GM0935)" in found


def test_an_unknown_name_is_a_plain_message(dock, iface):
    dock.picker.edit.setText("Atlantis")
    QTest.mouseClick(dock.run_button, Qt.LeftButton)
    assert dock.task is None  # nothing started
    assert "Atlantis" in dock.status.text()
    message = iface.messageBar().get_messages(2)[-1]  # Qgis.Critical
    assert "Atlantis" in message and "log" in message.lower()


def test_years_are_only_those_with_figures_and_boundaries(dock, catalog):
    years = [dock.year_combo.itemData(i) for i in range(dock.year_combo.count())]
    kwb = set(catalog.sources["kwb"].years())
    assert years == sorted(kwb & set(catalog.geometry_years())) == catalog.run_years()
    assert years == list(range(2017, 2026))  # every KWB year: the OGC API where PDOK has one, else the WFS
