"""Tasks for the gemeente's own data: facilities geocoded, own figures protected and joined.

Descriptions never name a file or a value. The client-records task never lets the text
of an unexpected error reach the log: such a message could quote a value of a row.
"""
import traceback

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import QT_TRANSLATE_NOOP, Cancelled, RksdError
from .tasks import RksdTask, log

_translate = QCoreApplication.translate


class ClientRecordsFailed(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "Reading the client records failed at {stage} ({kind}).")
    hint = QT_TRANSLATE_NOOP("RksdErrors", "For privacy no value of a row is shown; check the chosen columns.")


class OwnFacilitiesTask(RksdTask):
    def __init__(self, job, catalog, language):
        super().__init__(_translate("RksdOwnData", "RKSD: own facilities"))
        self.job = job
        self.catalog = catalog
        self.language = language

    def work(self):
        from ..qgis_io.own_facilities_io import import_from_source, write_facilities

        spec = self.job["spec"]
        transport = self.transport() if (spec.postcode_field or spec.street_field) else None
        result = import_from_source(self.job["source"], spec, self.catalog, transport,
                                    progress=lambda fraction: self.setProgress(90 * fraction),
                                    is_cancelled=self.isCanceled)
        if self.isCanceled():
            raise Cancelled()
        write_facilities(result, self.job["output"], self.catalog, self.language,
                         lambda text: _translate("RksdOwnData", text))
        return result


class OwnFiguresTask(RksdTask):
    """Counts per area or client records -> protected release -> a new GeoPackage (staging)."""

    def __init__(self, job, catalog, language, staging):
        super().__init__(_translate("RksdOwnData", "RKSD: own figures with disclosure control"))
        self.job = job
        self.catalog = catalog
        self.language = language
        self.staging = staging
        self.stage = "reading"
        self.summary = None
        self.release = None

    def work(self):
        from ..qgis_io.own_figures_io import merge_release, release_from_counts, release_from_records

        job = self.job
        progress = lambda fraction: self.setProgress(90 * fraction)  # noqa: E731
        self.stage = "reading"
        if job["kind"] == "records":
            release, summary = release_from_records(job["source"], job["spec"], job["info"], job["gpkg"],
                                                    job["rules"], job.get("stapeling", False), job.get("lookup"),
                                                    progress=progress, is_cancelled=self.isCanceled)
        else:
            release, summary = release_from_counts(job["source"], job["spec"], job["info"], job["gpkg"],
                                                   job["rules"], job.get("lookup"), progress=progress,
                                                   is_cancelled=self.isCanceled)
        self.summary, self.release = summary, release
        if self.isCanceled():
            raise Cancelled()
        self.stage = "writing"
        return merge_release(job["gpkg"], release, self.catalog, output_path=self.staging, language=self.language)

    def run(self):
        if self.job.get("kind") != "records":
            return super().run()
        try:
            self.result = self.work()
            if self.isCanceled():
                raise Cancelled()
            self.setProgress(100)
            return True
        except RksdError as exc:
            self.error = Cancelled() if self.isCanceled() else exc
            return False
        except Exception as exc:  # noqa: BLE001 - reported without its text, which could quote a row
            self.error = Cancelled() if self.isCanceled() else ClientRecordsFailed(stage=self.stage,
                                                                                    kind=type(exc).__name__)
            if not self.isCanceled():
                frames = traceback.extract_tb(exc.__traceback__)
                where = "; ".join("{}:{}".format(f.filename.rsplit("/", 1)[-1], f.lineno) for f in frames[-3:])
                log("own client records failed: {} at {}".format(type(exc).__name__, where),
                    Qgis.MessageLevel.Critical)
            return False
