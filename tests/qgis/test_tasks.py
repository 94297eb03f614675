"""The pipeline in a QgsTask: finishes from the sample; a cancel leaves nothing behind."""
import os
import time
import traceback

import pytest
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.gui import settings
from rksd_plugin.gui.tasks import PipelineTask
from tests.support import maastricht
from tests.support.loopback import Fault


@pytest.fixture
def plugin_settings(tmp_path):
    saved = {key: settings.value(key) for key in ("cache_dir", "offline", "retries")}
    settings.set_value("cache_dir", str(tmp_path / "cache"))
    settings.set_value("offline", False)
    settings.set_value("retries", 0)
    yield
    for key, value in saved.items():
        settings.set_value(key, value)


def start(task):
    """Add ``task`` and record how it ends (the task manager deletes finished tasks)."""
    outcome = {}
    task.taskCompleted.connect(lambda: outcome.setdefault("status", QgsTask.Complete))
    task.taskTerminated.connect(lambda: outcome.setdefault("status", QgsTask.Terminated))
    QgsApplication.taskManager().addTask(task)
    return outcome


def wait_for(outcome, seconds=60):
    deadline = time.time() + seconds
    while "status" not in outcome and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    return outcome.get("status")


def test_task_from_the_sample_package(plugin_settings, catalog, tmp_path):
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    request = package.request()
    output = str(tmp_path / "out" / "m.gpkg")
    os.makedirs(os.path.dirname(output))
    task = PipelineTask("test", request, catalog, output, "nl", package=package, offline=True)
    assert wait_for(start(task)) == QgsTask.Complete, task.error
    assert os.path.exists(output)
    assert task.result.summary["layers"]["buurten"]["features"] == 44


def test_cancel_leaves_nothing_half_written(plugin_settings, catalog, tmp_path, monkeypatch):
    from tests.conftest import make_server

    with make_server() as server:
        server.add_fault(Fault(match="collections/gemeenten", status=200, delay=3.0, times=1))
        monkeypatch.setattr(
            "rksd_plugin.gui.tasks.Transport",
            _with_overrides(server.overrides()),
        )
        request = maastricht.sample_request()
        out_dir = tmp_path / "out"
        out_dir.mkdir()
        output = str(out_dir / "cancelled.gpkg")
        task = PipelineTask("cancel me", request, catalog, output, "nl")
        outcome = start(task)
        deadline = time.time() + 20
        while not any("collections/gemeenten" in r["url"] for r in server.requests) and time.time() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        cancelled_at = time.time()
        task.cancel()
        assert wait_for(outcome) == QgsTask.Terminated
        assert time.time() - cancelled_at < 2.0  # the 3 s request under way was aborted
        assert type(task.error).__name__ == "Cancelled"
    assert os.listdir(str(out_dir)) == []


def _with_overrides(overrides, timeout=None):
    from rksd_plugin.core.http.transport import Transport

    def build(*args, **kwargs):
        kwargs["endpoint_overrides"] = overrides
        if timeout is not None:
            kwargs["timeout"] = timeout
        return Transport(*args, **kwargs)

    return build


@pytest.mark.parametrize(
    "fault, gemeente, error",
    [
        (None, "GM9999", "UnknownGemeente"),
        (Fault(match="TypedDataSet", status=500, times=99), "GM0935", "HttpStatusError"),
        (Fault(match="collections/buurten", status=200, body=b'{"type": "FeatureCollection", "features": []}',
               times=99), "GM0935", "EmptyResult"),
        (Fault(match="DataProperties", status=200, body=b'{"value": [', times=99), "GM0935", "BadResponse"),
        (Fault(match="TableInfos", status=200, delay=3.0, times=99), "GM0935", "RequestTimeout"),
    ],
)
def test_bad_input_is_a_clear_error_and_leaves_no_geopackage(fault, gemeente, error, plugin_settings, catalog,
                                                               tmp_path, monkeypatch):
    from tests.conftest import make_server

    with make_server() as server:
        if fault is not None:
            server.add_fault(fault)
        monkeypatch.setattr("rksd_plugin.gui.tasks.Transport", _with_overrides(server.overrides(), timeout=1.0))
        out_dir = tmp_path / "out"
        out_dir.mkdir()
        task = PipelineTask("bad", maastricht.sample_request(gemeente), catalog, str(out_dir / "x.gpkg"), "nl")
        assert wait_for(start(task)) == QgsTask.Terminated
    assert type(task.error).__name__ == error, "".join(
        traceback.format_exception(type(task.error), task.error, task.error.__traceback__))
    assert os.listdir(str(out_dir)) == []
    text = str(task.error)
    assert "http" in text or gemeente in text
