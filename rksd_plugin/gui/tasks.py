"""QgsTask wrappers: everything slow runs in a worker thread, never on the GUI thread.

Each task keeps its outcome in ``result``/``error``; the dock reads them in the
``taskCompleted``/``taskTerminated`` handlers, on the GUI thread.
"""
import traceback

from qgis.core import Qgis, QgsFeedback, QgsMessageLog, QgsTask

from ..core.errors import Cancelled, RksdError
from ..core.http.cache import LayeredCache, ResponseCache
from ..core.http.transport import Transport
from . import settings

LOG_TAG = "RKSD"


def log(message, level=Qgis.MessageLevel.Info):
    QgsMessageLog.logMessage(message, LOG_TAG, level)


def make_transport(is_cancelled=None, package=None, offline=None, feedback=None, cache=None):
    """The one transport inside QGIS: QGIS's network stack, the user's cache, a package.

    ``feedback`` (a QgsFeedback) lets a cancel abort a request that is under way."""
    from ..qgis_io.network import QgisFetcher, qgis_timeout_seconds

    offline = settings.value("offline") if offline is None else offline
    timeout = settings.value("timeout") or qgis_timeout_seconds()
    if cache is None:
        user_cache = ResponseCache(settings.cache_dir())
        cache = LayeredCache(user_cache, package.cache) if package is not None else user_cache
    return Transport(
        fetcher=QgisFetcher(feedback),
        cache=cache,
        offline=offline,
        timeout=timeout,
        retries=settings.value("retries"),
        is_cancelled=is_cancelled,
        log=lambda message: log(message, Qgis.MessageLevel.Warning),
        limits=settings.limits(),
    )


def let_go(task, *slots):
    """Cancel ``task`` and disconnect ``slots`` from it: a task may end after the panel that
    started it is closed (plugin unloaded), and must then call nothing of that panel."""
    if task is None:
        return
    for signal in (task.taskCompleted, task.taskTerminated, task.progressChanged):
        for slot in slots:
            try:
                signal.disconnect(slot)
            except TypeError:  # not connected to this signal
                pass
    task.cancel()


class RksdTask(QgsTask):
    """A cancellable task that records its result or error instead of raising."""

    def __init__(self, description):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.result = None
        self.error = None
        self.feedback = QgsFeedback()

    def cancel(self):
        self.feedback.cancel()  # aborts a download under way
        super().cancel()

    def run(self):
        try:
            self.result = self.work()
            if self.isCanceled():
                raise Cancelled()
            self.setProgress(100)
            return True
        except RksdError as exc:
            self.error = Cancelled() if self.isCanceled() else exc
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
            self.error = Cancelled() if self.isCanceled() else exc
            if not self.isCanceled():
                log("{} failed:\n{}".format(self.description(), traceback.format_exc()), Qgis.MessageLevel.Critical)
            return False

    def work(self):  # pragma: no cover - interface
        raise NotImplementedError

    def transport(self, **kwargs):
        return make_transport(self.isCanceled, feedback=self.feedback, **kwargs)


class PipelineTask(RksdTask):
    """Download (or read from cache/package), join and write the GeoPackage."""

    def __init__(self, description, request, catalog, output_path, language, package=None, offline=None):
        super().__init__(description)
        self.request = request
        self.catalog = catalog
        self.output_path = output_path
        self.language = language
        self.package = package
        self.offline = offline

    def work(self):
        transport = self.transport(package=self.package, offline=self.offline)
        result = self.build(transport, lambda pct, msg: self.setProgress(pct * 0.9))
        if self.isCanceled():
            raise Cancelled()
        self.write(result)
        return result

    def build(self, transport, progress):
        from ..core.pipeline import Pipeline

        return Pipeline(transport, self.catalog, progress=progress).run(self.request)

    def write(self, result):
        from ..qgis_io.layers import write_result

        write_result(result, self.output_path, self.catalog, self.language, is_cancelled=self.isCanceled)


class QuietTask(RksdTask):
    """A background task whose failure is no news: QGIS must not announce "Task failed"."""

    def run(self):
        super().run()
        return True


class GemeenteListTask(QuietTask):
    """The gemeenten of one year from CBS's code list (or the cache); offline it may fail."""

    def __init__(self, description, catalog, year):
        super().__init__(description)
        self.catalog = catalog
        self.year = year

    def work(self):
        from ..core.gemeenten import fetch_gemeenten

        transport = self.transport()
        transport.retries = 0  # a convenience: without network the bundled list serves, fast
        transport.timeout = min(transport.timeout, 20.0)
        return fetch_gemeenten(transport, self.catalog, self.year)


class PackageTask(RksdTask):
    """Prepare an offline package (one zip) for chosen gemeenten, years and questions."""

    def __init__(self, description, spec, catalog, output_path):
        super().__init__(description)
        self.spec = spec
        self.catalog = catalog
        self.output_path = output_path

    def work(self):
        from ..core.package_builder import build_package

        return build_package(
            self.spec, self.catalog, lambda cache: self.transport(cache=cache), self.output_path,
            user_cache=ResponseCache(settings.cache_dir()), progress=lambda pct, msg: self.setProgress(pct),
            is_cancelled=self.isCanceled, log=lambda message: log(message, Qgis.MessageLevel.Warning),
        )


class LoadPackageTask(RksdTask):
    """Unpack an offline package zip (or check a folder) so runs can read it."""

    def __init__(self, description, path, unpack_dir):
        super().__init__(description)
        self.path = path
        self.unpack_dir = unpack_dir

    def work(self):
        from ..core.package import OfflinePackage

        return OfflinePackage.open(self.path, self.unpack_dir)


class CatalogTask(RksdTask):
    """Download a newer catalog from a URL into the cache, validating it."""

    def __init__(self, description, url):
        super().__init__(description)
        self.url = url

    def work(self):
        from ..core.catalog import Catalog

        transport = self.transport(offline=False)
        transport.refresh = True  # a newer catalog is the point: never the cached copy
        return Catalog.from_url(self.url, transport)


class CacheTask(QuietTask):
    """Measure (or clear, then measure) the download cache: both walk many files."""

    def __init__(self, description, clear=False):
        super().__init__(description)
        self.clear = clear

    def work(self):
        cache = ResponseCache(settings.cache_dir())
        if self.clear:
            cache.clear()
        return cache.stats()
