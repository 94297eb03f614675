"""QGIS's fetcher: a cancel at any moment ends the wait (QgsBlockingNetworkRequest could hang)."""
import random
import time

from qgis.core import QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from rksd_plugin.core.errors import Cancelled
from rksd_plugin.qgis_io.network import QgisFetcher
from tests.support.loopback import Fault

TABLE_INFOS = "/opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json"


class FetchTask(QgsTask):
    def __init__(self, url):
        super().__init__("fetch", QgsTask.CanCancel)
        self.url = url
        self.feedback = QgsFeedback()
        self.outcome = None

    def run(self):
        try:
            QgisFetcher(self.feedback).fetch(self.url, 30)
            self.outcome = "answered"
        except Cancelled:
            self.outcome = "cancelled"
        except Exception as exc:  # noqa: BLE001 - the test reports it
            self.outcome = repr(exc)
        return True


def test_a_cancel_at_any_moment_ends_the_fetch(server):
    server.add_fault(Fault(match="TableInfos", status=200, delay=10.0, times=99))
    url = server.url + TABLE_INFOS
    chooser = random.Random(7)
    tasks = [FetchTask(url) for _ in range(12)]
    for task in tasks:
        QgsApplication.taskManager().addTask(task)
        pause = time.time() + chooser.uniform(0.0, 0.08)  # before, while and after the request leaves
        while time.time() < pause:
            QCoreApplication.processEvents()
        task.feedback.cancel()
    deadline = time.time() + 5
    while any(task.outcome is None for task in tasks) and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert [task.outcome for task in tasks] == ["cancelled"] * len(tasks)


def test_a_stalled_answer_ends_as_a_timeout(server):
    from qgis.core import QgsNetworkAccessManager

    from rksd_plugin.core.errors import RequestTimeout

    server.add_fault(Fault(match="TableInfos", status=200, delay=3.0, times=1))
    url = server.url + TABLE_INFOS
    saved = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1000)
    try:
        started = time.perf_counter()
        try:
            QgisFetcher().fetch(url, 1)
            outcome = "answered"
        except RequestTimeout:
            outcome = "timeout"
        elapsed = time.perf_counter() - started
    finally:
        QgsNetworkAccessManager.setTimeout(saved)
    assert outcome == "timeout"
    assert elapsed < 2.5


class ManyFetchesTask(QgsTask):
    def __init__(self, url, count):
        super().__init__("many fetches")
        self.url = url
        self.count = count
        self.statuses = []
        self.error = None

    def run(self):
        fetcher = QgisFetcher(QgsFeedback())
        try:
            for _ in range(self.count):
                self.statuses.append(fetcher.fetch(self.url, 5).status)
        except Exception as exc:  # noqa: BLE001 - the test reports it
            self.error = repr(exc)
        return True


def test_many_fast_answers_in_one_worker_thread(server):
    """Deleting each reply let PyQt declare a later reply at the same address deleted
    (RuntimeError within ~200 fast requests); every answer must arrive."""
    url = server.url + TABLE_INFOS
    task = ManyFetchesTask(url, 600)
    QgsApplication.taskManager().addTask(task)
    deadline = time.time() + 60
    while (task.error is None and len(task.statuses) < 600) and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert task.error is None
    assert task.statuses == [200] * 600
