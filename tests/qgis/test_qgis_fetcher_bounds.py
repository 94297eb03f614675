"""QGIS's fetcher under hostile answers: bounded size, a deadline, flat memory, redirects
only within a service - through QgsNetworkAccessManager, so QGIS's proxy and certificate
settings still apply (see test_network_proxy.py and test_qgis_fetcher.py)."""
import threading
import time

import pytest
from qgis.core import QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from rksd_plugin.core.errors import (
    Cancelled,
    DeadlineExceeded,
    NetworkError,
    RedirectRefused,
    ResponseTooLarge,
)
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.limits import Limits
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.qgis_io.network import QgisFetcher
from tests.support.loopback import Fault
from tests.support.memory import PeakRss

TABLE_INFOS = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json"
TYPED = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TypedDataSet?$format=json&$top=1"
CBS_STATUS = "https://www.cbs.nl/nl-nl/onze-diensten/open-data/statline-als-open-data"
MB = 1024 * 1024


def qgis_transport(server, tmp_path, feedback=None, **kwargs):
    options = dict(fetcher=QgisFetcher(feedback), cache=ResponseCache(str(tmp_path / "cache")),
                   endpoint_overrides=server.overrides(), retries=0, timeout=10)
    options.update(kwargs)
    return Transport(**options)


def test_an_endless_answer_stops_at_the_limit_with_flat_memory(server, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="endless"))
    transport = qgis_transport(server, tmp_path)
    with PeakRss() as peak:
        with pytest.raises(ResponseTooLarge) as info:
            transport.get(TABLE_INFOS)
    assert TABLE_INFOS in str(info.value) and "16 MB" in str(info.value)
    print("endless answer: peak memory growth {:.1f} MB".format(peak.growth / MB))
    assert peak.growth < 80 * MB, "memory grew by {:.0f} MB".format(peak.growth / MB)
    assert ResponseCache(str(tmp_path / "cache")).get(TABLE_INFOS) is None


def test_a_10_gb_content_length_is_refused_at_once(server, tmp_path):
    server.add_fault(Fault(match="TypedDataSet", mode="huge_length"))
    started = time.perf_counter()
    with PeakRss() as peak:
        with pytest.raises(ResponseTooLarge) as info:
            qgis_transport(server, tmp_path).get(TYPED)
    assert "data page" in str(info.value) and "64 MB" in str(info.value) and TYPED in str(info.value)
    assert time.perf_counter() - started < 5
    assert peak.growth < 80 * MB


def test_one_byte_a_second_ends_at_the_deadline(server, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="trickle", interval=0.3))
    transport = qgis_transport(server, tmp_path, limits=Limits(deadline=2))
    started = time.perf_counter()
    with pytest.raises(DeadlineExceeded) as info:
        transport.get(TABLE_INFOS)
    assert 1.8 < time.perf_counter() - started < 3.5
    assert TABLE_INFOS in str(info.value) and "2 s" in str(info.value)


def test_headers_one_byte_at_a_time_end_at_the_deadline(server, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="slow_headers", interval=0.2))
    started = time.perf_counter()
    with pytest.raises(DeadlineExceeded):
        qgis_transport(server, tmp_path, limits=Limits(deadline=1.5)).get(TABLE_INFOS)
    assert time.perf_counter() - started < 3


def test_a_cancel_ends_a_trickling_download_at_once(server, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="trickle", interval=0.3))
    feedback = QgsFeedback()
    threading.Timer(0.5, feedback.cancel).start()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        qgis_transport(server, tmp_path, feedback=feedback, timeout=30).get(TABLE_INFOS)
    assert time.perf_counter() - started < 1.5


def test_a_redirect_to_another_host_is_not_followed_by_qt(server, tmp_path):
    server.add_fault(Fault(match="TableInfos", status=302, headers={"Location": "http://127.0.0.1:9/evil"}, body=b""))
    with pytest.raises(RedirectRefused) as info:
        qgis_transport(server, tmp_path).get(TABLE_INFOS)
    assert "http://127.0.0.1:9/evil" in str(info.value)
    assert ResponseCache(str(tmp_path / "cache")).get(TABLE_INFOS) is None


def test_a_redirect_within_the_service_is_followed(server, tmp_path):
    server.add_fault(Fault(match="85984NED/TableInfos", status=307, body=b"",
                           headers={"Location": "/dataderden.cbs.nl/ODataFeed/odata/50090NED/TableInfos?$format=json"}))
    response = qgis_transport(server, tmp_path).get(TABLE_INFOS)
    assert response.status == 200 and response.json()["value"][0]["Identifier"] == "50090NED"


def test_a_truncated_answer_is_not_taken_for_data(server, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="truncated", times=1))
    transport = qgis_transport(server, tmp_path, retries=1, sleep=lambda s: None)
    assert transport.get_json(TABLE_INFOS)["value"][0]["Identifier"] == "85984NED"
    assert len([r for r in server.requests if "TableInfos" in r["url"]]) == 2


def test_a_cbs_outage_through_qgis_names_the_service(server, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="reset", times=99))
    with pytest.raises(NetworkError) as info:
        qgis_transport(server, tmp_path, retries=2, sleep=lambda s: None).get(TABLE_INFOS)
    text = str(info.value)
    assert "CBS open data" in text and CBS_STATUS in text and "3 attempts" in text and TABLE_INFOS in text, text


class BoundedFetchTask(QgsTask):
    def __init__(self, server, tmp_path):
        super().__init__("bounded fetch", QgsTask.Flag.CanCancel)
        self.transport = qgis_transport(server, tmp_path)
        self.outcome = None

    def run(self):
        try:
            self.transport.get(TABLE_INFOS)
            self.outcome = "answered"
        except ResponseTooLarge:
            self.outcome = "too large"
        except Exception as exc:  # noqa: BLE001 - the test reports it
            self.outcome = repr(exc)
        return True


def test_in_a_worker_thread_an_endless_answer_stops_at_the_limit(server, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="endless"))
    task = BoundedFetchTask(server, tmp_path)
    with PeakRss() as peak:
        QgsApplication.taskManager().addTask(task)
        deadline = time.time() + 30
        while task.outcome is None and time.time() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
    assert task.outcome == "too large"
    assert peak.growth < 80 * MB
