"""The dock's series run: several years of a gemeente as one series, in a QgsTask.

The dock hands over when a first year is chosen (or the Maastricht series sample is
asked for); this runs the ``SeriesBuilder`` and writes the series GeoPackage in a task,
then puts the result in the layer tree (``series_results``), tells the Buurt panel and
the Monitor tab, and reports what happened in the dock's status line.
"""
import os
import time

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QObject

from ..core.errors import Cancelled
from . import results, settings
from .tasks import PipelineTask, log

_translate = QCoreApplication.translate


class SeriesTask(PipelineTask):
    """Every year through the pipeline, the series on the newest boundaries, one GeoPackage."""

    def __init__(self, description, request, catalog, output_path, language, package=None, offline=None,
                 names=None):
        super().__init__(description, request, catalog, output_path, language, package, offline)
        self.names = names or {}

    def build(self, transport, progress):
        from ..core.monitor.series import SeriesBuilder

        return SeriesBuilder(transport, self.catalog, progress=progress).run(self.request)

    def write(self, series):
        from ..qgis_io.series_writer import write_series

        write_series(series, self.output_path, self.catalog, self.language, is_cancelled=self.isCanceled,
                     names=self.names)


def series_key(gemeente, first, last):
    return "{}/{}-{}".format(gemeente, int(first), int(last))


class SeriesRunner(QObject):
    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.task = None
        self.started_at = None

    def start(self, gemeente, name, first, last, questions, package=None, sample=False):
        from ..core.monitor.series import SeriesRequest
        from ..core.package_builder import contents, request_for, series_entry
        from ..core.monitor.peers import gemeente_names

        dock = self.dock
        if self.task is not None or dock.task is not None:
            return False
        options = dock.request_options(questions)
        years = list(range(int(first), int(last) + 1))
        history_tables, history_measures = {}, {}
        if package is not None:
            held = {y for g, y in contents(package.manifest) if g == gemeente}
            years = [y for y in years if y in held] or years
            entry = series_entry(package.manifest, gemeente) or {}
            history_tables = entry.get("history_tables", {})
            history_measures = entry.get("history_measures", {})

            def request_for_year(year):
                return request_for(package.manifest, gemeente, year, **options)
        else:
            request_for_year = None
        request = SeriesRequest(gemeente, years, run_options=options, request_for_year=request_for_year,
                                history_tables=history_tables, history_measures=history_measures)
        out_dir = settings.output_dir()
        try:
            os.makedirs(out_dir, exist_ok=True)
        except OSError as exc:
            dock.show_error(exc)
            return False
        final = os.path.join(out_dir, "rksd_{}_{}-{}.gpkg".format(gemeente, years[0], years[-1]))
        label = "{} ({}) {}-{}".format(name or gemeente, gemeente, years[0], years[-1])
        self.task = SeriesTask(_translate("RksdDock", "RKSD: {}").format(label), request, dock.catalog,
                               results.staging_path(final), dock.language, package=package,
                               offline=True if package is not None else None, names=gemeente_names())
        self.task.run_context = {"final": final, "gemeente": gemeente, "name": name, "first": years[0],
                                 "last": years[-1], "questions": list(questions), "sample": sample, "label": label,
                                 "normalisation": {q: dock.questions.normalisation_for(q) for q in questions}}
        self.task.progressChanged.connect(dock._progress)
        self.task.taskCompleted.connect(self._completed)
        self.task.taskTerminated.connect(self._terminated)
        dock.task = self.task  # the dock's cancel and busy state cover the series too
        dock._busy(True)
        dock.status.setText(_translate("RksdDock", "Working on the series {label}...").format(label=label))
        self.started_at = time.perf_counter()
        log("series {} started".format(label))
        QgsApplication.taskManager().addTask(self.task)
        return True

    def _completed(self):
        from .series_results import add_series

        task, self.task = self.task, None
        dock = self.dock
        dock.task = None
        dock._busy(False)
        if task is None:
            return
        context = task.run_context
        series = task.result
        project = QgsProject.instance()
        try:
            path = results.move_into_place(task.output_path, context["final"])
            _, dock.run_layers = add_series(project, path, series, dock.catalog, dock.language, context["questions"],
                                            canvas=dock.iface.mapCanvas(), sample=context["sample"])
        except Exception as exc:  # noqa: BLE001 - tell the user what failed, keep the details in the log
            results.discard(task.output_path)
            dock.show_error(exc)
            return
        seconds = time.perf_counter() - self.started_at if self.started_at else 0.0
        dock.show_finished_run(path, context, {"gpkg": path, "gemeente": context["gemeente"],
                                               "year": series.target_year, "questions": context["questions"],
                                               "normalisation": context["normalisation"],
                                               "series": [series.years[0], series.years[-1]]})
        counts = series.summary.get("crosswalks", {})
        reallocated = sum(v.get("buurt", {}).get("counts", {}).get("reallocated", 0) for v in counts.values())
        dock.status.setText(_translate(
            "RksdDock", "{label}: {years} years on the neighbourhood boundaries of {target}, {reallocated} neighbourhood values "
            "re-allocated across boundary changes, in {seconds:.1f} s. Saved in {path}").format(
                label=context["label"], years=len(series.years), target=series.target_year, reallocated=reallocated,
                seconds=seconds, path=os.path.basename(path)))
        failed = series.summary.get("failed_years", {})
        if failed:
            lines = [_translate("RksdDock", "{year}: not in the series ({reason})").format(year=y, reason=r)
                     for y, r in sorted(failed.items())]
            dock.status.setText(dock.status.text() + "\n" + "\n".join(lines))
            log("\n".join(lines), Qgis.MessageLevel.Warning)
        dock.status.setToolTip(path)
        log("series {} ready in {:.2f} s: {}".format(context["label"], seconds, path))
        dock.push(_translate("RksdDock", "Series ready: {}").format(context["label"]), Qgis.MessageLevel.Success, 5)
        dock.save_state()

    def _terminated(self):
        task, self.task = self.task, None
        dock = self.dock
        dock.task = None
        dock._busy(False)
        dock.progress.setValue(0)
        error = task.error if task is not None else None
        if task is not None:
            results.discard(task.output_path)
        if error is None or isinstance(error, Cancelled):
            dock.status.setText(_translate("RksdDock", "Cancelled; nothing was written."))
            return
        dock.show_error(error)

    def shutdown(self):
        from .tasks import let_go

        task = self.task
        let_go(task, self.dock._progress, self._completed, self._terminated)
        if task is not None:
            staging = task.output_path
            task.taskCompleted.connect(lambda: results.discard(staging))
            task.taskTerminated.connect(lambda: results.discard(staging))
        self.task = None
