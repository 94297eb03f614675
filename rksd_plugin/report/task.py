"""The atlas as a ``QgsTask``: progress in QGIS's task bar, cancel at any page.

For the dock's "Rapport" step::

    task = AtlasTask(gpkg_path, pdf_path, level="buurt", language="nl",
                     template=None, texts=csv_path_or_dict, intro=None, png_dir=None)
    task.taskCompleted.connect(lambda: show(task.result.path))      # AtlasResult
    task.taskTerminated.connect(lambda: report(task.error))         # Cancelled or another error
    QgsApplication.taskManager().addTask(task)

Everything the task draws lives on its own objects (a private ``QgsProject``, layouts
loaded from templates) and is released inside ``run``: nothing of the user's project is
touched from the worker thread. A cancel stops before the next page and leaves no PDF.
"""
from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import Cancelled, RksdError
from .atlas import AtlasOptions, build_atlas

LOG_TAG = "RKSD"


def tr(text):
    return QCoreApplication.translate("RksdAtlas", text)


class AtlasTask(QgsTask):
    """Build the atlas PDF (and, with ``png_dir``, the presentation PNGs) in the background.

    After ``taskCompleted``: ``result`` is an ``atlas.AtlasResult`` (path, pages, seconds,
    warnings) and ``pngs`` the PNG paths. After ``taskTerminated``: ``error`` holds the
    reason (``Cancelled`` after a cancel)."""

    def __init__(self, gpkg_path, output_path, level="buurt", language="nl", template=None, texts=None,
                 intro=None, png_dir=None, catalog=None, options=None, description=None):
        super().__init__(description or tr("RKSD atlas ({level})").format(level=level), QgsTask.Flag.CanCancel)
        self.gpkg_path = gpkg_path
        self.output_path = output_path
        self.options = options or AtlasOptions(level=level, language=language, template=template, texts=texts,
                                               intro=intro)
        self.png_dir = png_dir
        self.catalog = catalog
        self.result = None
        self.pngs = []
        self.error = None

    def run(self):
        share = 85.0 if self.png_dir else 100.0
        try:
            self.result = build_atlas(
                self.gpkg_path, self.output_path, self.options, self.catalog,
                progress=lambda percent, message: self.setProgress(percent * share / 100.0),
                is_cancelled=self.isCanceled,
            )
            if self.png_dir:
                from .presentation import export_question_pngs

                self.pngs = export_question_pngs(
                    self.gpkg_path, self.png_dir, self.options.language, self.catalog, note=self.options.note,
                    progress=lambda percent, message: self.setProgress(share + percent * (100.0 - share) / 100.0),
                    is_cancelled=self.isCanceled,
                )
            self.setProgress(100.0)
            return True
        except Cancelled as exc:
            self.error = _detached(exc)
            return False
        except RksdError as exc:
            self.error = Cancelled() if self.isCanceled() else _detached(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
            self.error = _detached(exc)
            QgsMessageLog.logMessage("RKSD atlas failed: {!r}".format(exc), LOG_TAG, Qgis.MessageLevel.Critical)
            return False

    def finished(self, result):  # noqa: D401 - QgsTask API, runs on the GUI thread
        if result and self.result is not None:
            QgsMessageLog.logMessage(
                tr("Atlas written: {path} ({pages} pages, {seconds:.1f} s)").format(
                    path=self.result.path, pages=self.result.pages, seconds=self.result.seconds),
                LOG_TAG, Qgis.MessageLevel.Info)
            for warning in self.result.warnings:
                QgsMessageLog.logMessage(warning, LOG_TAG, Qgis.MessageLevel.Warning)


def _detached(error):
    """``error`` without its traceback: the traceback's frames would keep the worker
    thread's layouts alive until the GUI thread frees them."""
    error.__traceback__ = None
    error.__context__ = None
    return error
