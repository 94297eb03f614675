"""QgsTask wrappers: the pipeline runs in a worker thread, never on the GUI thread."""
from qgis.core import Qgis, QgsFeedback, QgsMessageLog, QgsTask

from ..core.errors import Cancelled, RksdError
from ..core.http.cache import LayeredCache, ResponseCache
from ..core.http.transport import Transport
from . import settings

LOG_TAG = "RKSD"


def log(message, level=Qgis.Info):
    QgsMessageLog.logMessage(message, LOG_TAG, level)


def make_transport(is_cancelled=None, package=None, offline=None, feedback=None):
    """The one transport inside QGIS: QGIS's network stack, the user's cache, a package.

    ``feedback`` (a QgsFeedback) lets a cancel abort a request that is under way."""
    from ..qgis_io.network import QgisFetcher, qgis_timeout_seconds

    offline = settings.value("offline") if offline is None else offline
    timeout = settings.value("timeout") or qgis_timeout_seconds()
    user_cache = ResponseCache(settings.cache_dir())
    cache = LayeredCache(user_cache, package.cache) if package is not None else user_cache
    return Transport(
        fetcher=QgisFetcher(feedback),
        cache=cache,
        offline=offline,
        timeout=timeout,
        retries=settings.value("retries"),
        is_cancelled=is_cancelled,
        log=lambda message: log(message, Qgis.Warning),
    )


class PipelineTask(QgsTask):
    """Download (or read from cache/package), join and write the GeoPackage."""

    def __init__(self, description, request, catalog, output_path, language, package=None, offline=None):
        super().__init__(description, QgsTask.CanCancel)
        self.request = request
        self.catalog = catalog
        self.output_path = output_path
        self.language = language
        self.package = package
        self.offline = offline
        self.result = None
        self.error = None
        self.feedback = QgsFeedback()

    def cancel(self):
        self.feedback.cancel()  # aborts a download under way
        super().cancel()

    def run(self):
        from ..core.pipeline import Pipeline
        from ..qgis_io.layers import write_result

        try:
            transport = make_transport(self.isCanceled, self.package, self.offline, self.feedback)
            pipeline = Pipeline(transport, self.catalog, progress=lambda pct, msg: self.setProgress(pct * 0.9))
            self.result = pipeline.run(self.request)
            if self.isCanceled():
                raise Cancelled()
            write_result(self.result, self.output_path, self.catalog, self.language, is_cancelled=self.isCanceled)
            self.setProgress(100)
            return True
        except RksdError as exc:
            self.error = Cancelled() if self.isCanceled() else exc
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
            self.error = exc
            log("RKSD task failed: {!r}".format(exc), Qgis.Critical)
            return False
