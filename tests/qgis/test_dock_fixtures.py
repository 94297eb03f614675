"""Shared helpers of the dock tests (this module holds no tests itself).

The dock runs for real: its QgsTasks, the QGIS network fetcher, GeoPackage writing and
the layer tree. Where a test needs a "live" CBS/PDOK, the loopback emulator answers; it
holds only the tables of the Maastricht sample, so such runs ask for the sample's
measures (``live_dock``).
"""
import os
import time

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from rksd_plugin.gui import settings
from tests.support import maastricht

SETTINGS = ("cache_dir", "output_dir", "offline", "retries", "packages", "timeout", "catalog_source", "last_year",
            "pdok_background")


@pytest.fixture
def dock_settings(tmp_path):
    """Cache and output in the test's folder, offline (no test reaches the real CBS/PDOK);
    everything restored afterwards."""
    saved = {key: settings.value(key) for key in SETTINGS}
    settings.set_value("cache_dir", str(tmp_path / "cache"))
    settings.set_value("output_dir", str(tmp_path / "out"))
    settings.set_value("offline", True)
    settings.set_value("retries", 0)
    settings.set_value("packages", "[]")
    settings.set_value("catalog_source", "")
    settings.set_value("pdok_background", False)
    yield tmp_path
    for key, value in saved.items():
        settings.set_value(key, value)


@pytest.fixture
def dock(iface, project, dock_settings):
    from rksd_plugin.gui.dock import RksdDock

    widget = RksdDock(iface, iface.mainWindow())
    widget.show()
    wait_until(lambda: widget.list_task is None and widget.offline_panel.cache_task is None, 20)
    yield widget
    widget.shutdown()
    wait_until(lambda: widget.task is None and widget.list_task is None, 10)
    widget.deleteLater()
    QgsProject.instance().clear()
    QCoreApplication.processEvents()


def wait_until(condition, seconds=60):
    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    return condition()


def wait_for_run(dock, seconds=90):
    assert wait_until(lambda: dock.task is None, seconds), "the run did not finish"
    return dock.status.text()


def counted(status, count=44):
    """The run's status names its buurten, in the dock's language."""
    return "{} buurten".format(count) in status or "{} neighbourhoods".format(count) in status


def emulated_transport(monkeypatch, server):
    """Every transport the plugin makes goes to the loopback server instead of CBS/PDOK."""
    from rksd_plugin.core.http.transport import Transport

    settings.set_value("offline", False)  # the emulator stands in for the internet
    def build(*args, **kwargs):
        kwargs["endpoint_overrides"] = server.overrides()
        return Transport(*args, **kwargs)

    monkeypatch.setattr("rksd_plugin.gui.tasks.Transport", build)


def sample_measures_only(monkeypatch):
    """Runs ask only what the emulator (the sample's tables) can answer."""
    from rksd_plugin.gui.dock import RksdDock

    original = RksdDock.request_options
    sample = maastricht.sample_request()

    def options(self, questions):
        result = original(self, questions)
        result.update(available_measures=set(sample.available_measures), source_tables=dict(sample.source_tables),
                      national_sources=set(sample.national_sources), national_reference=False)
        return result

    monkeypatch.setattr(RksdDock, "request_options", options)


def run_groups(project=None):
    from rksd_plugin.gui.results import RUN_PROPERTY

    root = (project or QgsProject.instance()).layerTreeRoot()
    return [g for g in root.findGroups(True) if g.customProperty(RUN_PROPERTY)]


def files_in(folder):
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []
