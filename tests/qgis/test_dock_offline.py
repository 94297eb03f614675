"""The Offline tab: the switch, cache size and age, clearing, packages in and out."""
import os
import shutil
import zipfile

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QMessageBox

from rksd_plugin.core import paths
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.gui import settings
from tests.qgis.test_dock_fixtures import (  # noqa: F401 - fixtures
    counted,
    dock,
    dock_settings,
    emulated_transport,
    run_groups,
    sample_measures_only,
    wait_for_run,
    wait_until,
)
from tests.support import maastricht
from tests.support.loopback import Fault, LoopbackServer
from tests.unit.test_gemeenten import add_code_list


def test_offline_switch_is_a_setting(dock, monkeypatch):
    with LoopbackServer(maastricht.emulator_hosts()) as server:  # online, the dock asks CBS for its list
        emulated_transport(monkeypatch, server)
        dock.offline_panel.offline.setChecked(False)
        assert settings.value("offline") is False
        assert wait_until(lambda: dock.list_task is None, 20)
        QTest.mouseClick(dock.offline_panel.offline, Qt.LeftButton)
        assert settings.value("offline") is True


def test_cache_size_age_and_clear(dock, monkeypatch):
    sample_measures_only(monkeypatch)
    with LoopbackServer(maastricht.emulator_hosts()) as server:
        emulated_transport(monkeypatch, server)
        dock.picker.edit.setText("GM0935")
        QTest.mouseClick(dock.run_button, Qt.LeftButton)
        assert counted(wait_for_run(dock))
    assert wait_until(lambda: dock.offline_panel.cache_task is None, 20)
    stats = ResponseCache(settings.cache_dir()).stats()
    assert stats["entries"] > 5
    label = dock.offline_panel.cache_label.text()
    assert str(stats["entries"]) in label and ("kB" in label or "MB" in label)
    assert stats["newest"][:10] in label  # the age: date of the newest answer

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)
    QTest.mouseClick(dock.offline_panel.clear_button, Qt.LeftButton)
    assert wait_until(lambda: dock.offline_panel.cache_task is None, 20)
    assert ResponseCache(settings.cache_dir()).stats()["entries"] == 0
    assert dock.offline_panel.cache_label.text().startswith(("Empty", "Leeg"))


def sample_zip(folder):
    """The bundled sample as a trainer's zip (same format as a prepared package)."""
    base = os.path.join(str(folder), "maastricht_pakket")
    return shutil.make_archive(base, "zip", paths.resource("sample", "maastricht_2024"))


def test_load_a_package_and_run_from_it_offline(dock, dock_settings):  # noqa: F811
    path = sample_zip(dock_settings)
    assert zipfile.is_zipfile(path)
    dock.offline_panel.load_package(path)
    assert wait_until(lambda: dock.offline_panel.load_task is None, 30)
    assert dock.offline_panel.packages.count() == 1
    assert "Maastricht" in dock.offline_panel.packages.item(0).text()
    folder = settings.package_folders()[0]
    assert folder.startswith(settings.packages_dir()) and os.path.isfile(os.path.join(folder, "manifest.json"))
    dock.picker.edit.setText("Maastricht")
    QTest.mouseClick(dock.run_button, Qt.LeftButton)
    assert dock.task is not None and dock.task.package is not None and dock.task.package.root == folder
    assert counted(wait_for_run(dock))
    assert len(run_groups()) == 1

    dock.offline_panel.packages.setCurrentRow(0)
    QTest.mouseClick(dock.offline_panel.remove_button, Qt.LeftButton)
    assert settings.package_folders() == []
    assert dock.offline_panel.packages.count() == 0


def test_prepare_a_package_from_the_dock(dock, dock_settings, monkeypatch):  # noqa: F811
    from rksd_plugin.gui import package_dialog

    sample = maastricht.sample_request()
    out = str(dock_settings / "bootcamp.zip")

    def accept(self):
        self.file.setFilePath(out)
        self.national.setChecked(False)
        return True

    monkeypatch.setattr(package_dialog.PackageDialog, "exec", accept)
    original_spec = package_dialog.PackageDialog.spec

    def spec(self):  # the emulator answers the sample's tables only
        result = original_spec(self)
        result.request_options = dict(available_measures=set(sample.available_measures),
                                      source_tables=dict(sample.source_tables))
        return result

    monkeypatch.setattr(package_dialog.PackageDialog, "spec", spec)
    with LoopbackServer(add_code_list(maastricht.emulator_hosts())) as server:
        emulated_transport(monkeypatch, server)
        dock.picker.edit.setText("Maastricht")
        QTest.mouseClick(dock.offline_panel.prepare_button, Qt.LeftButton)
        assert dock.package_task is not None
        assert wait_until(lambda: dock.package_task is None, 60)
    assert zipfile.is_zipfile(out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert "manifest.json" in names and any(n.startswith("cache/") for n in names)
    assert dock.offline_panel.prepare_button.isEnabled()

    settings.set_value("offline", True)  # a laptop without internet loads it and runs
    dock.offline_panel.load_package(out)
    assert wait_until(lambda: dock.offline_panel.load_task is None, 30)
    dock.picker.edit.setText("GM0935")
    QTest.mouseClick(dock.run_button, Qt.LeftButton)
    assert counted(wait_for_run(dock))


def test_no_task_is_left_running(dock):
    dock.offline_panel.refresh_cache()
    dock.shutdown()
    assert wait_until(lambda: all(t.description().find("RKSD") < 0 for t in QgsApplication.taskManager().activeTasks()), 20)


def test_a_run_ending_after_the_dock_closed_touches_nothing_of_it(dock, monkeypatch, tmp_path):
    """Plugin unloaded mid-run: the task ends later, calls no slot of the deleted dock and leaves
    no GeoPackage (staged or final) behind."""
    import sys

    raised = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: raised.append(info))
    sample_measures_only(monkeypatch)
    with LoopbackServer(maastricht.emulator_hosts()) as server:
        server.add_fault(Fault(match="TableInfos", status=200, delay=2.0, times=1,
                               body=b'{"value": []}'))
        emulated_transport(monkeypatch, server)
        dock.picker.edit.setText("GM0935")
        QTest.mouseClick(dock.run_button, Qt.LeftButton)
        task = dock.task
        assert task is not None
        assert wait_until(lambda: any("TableInfos" in r["url"] for r in server.requests), 20)
        dock.shutdown()
        dock.deleteLater()
        outcome = []
        task.taskTerminated.connect(lambda: outcome.append("terminated"))
        task.taskCompleted.connect(lambda: outcome.append("completed"))
        assert wait_until(lambda: outcome, 30)
    assert raised == []
    out_dir = tmp_path / "out"
    assert not out_dir.exists() or not [name for name in os.listdir(str(out_dir)) if name.endswith(".gpkg")]
