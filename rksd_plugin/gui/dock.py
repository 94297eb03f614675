"""The RKSD dock: from a gemeente to the question maps and the atlas, one step after the other.

Four tabs: *Maps* (gemeente, year, questions, output folder, one button, the map on
screen), *Buurt* (the information panel), *Report* (atlas, presentation maps, the buurt
table) and *Offline* (offline mode, cache, packages, settings). The dock orchestrates
only: downloads, computations and the atlas run in QgsTasks, layers are made by ``qgis_io``.
"""
import os
import time

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..core.errors import Cancelled, RksdError
from . import project_state, quarantine, results, settings
from .buurt_panel import BuurtPanel
from .maps_page import MapsPage
from .offline_panel import OfflinePanel
from .own_panel import OwnDataPanel
from .packages import PackageRegistry, sample_package
from .questions import QuestionList
from .report_page import ReportPage
from .tasks import LOG_TAG, CatalogTask, GemeenteListTask, PackageTask, PipelineTask, let_go, log
from .translation import current_language, error_text
from .widgets import scrolled, set_path

_translate = QCoreApplication.translate
MAPS_TAB, BUURT_TAB, REPORT_TAB, OFFLINE_TAB, OWN_TAB, MONITOR_TAB = range(6)


def load_catalog():
    """``(catalog, problem)``: the configured catalog, or the built-in one and why."""
    from ..core.catalog import Catalog

    source = settings.value("catalog_source")
    if not source:
        return Catalog.load(), None
    try:
        if source.startswith(("http://", "https://")):
            from .tasks import make_transport

            return Catalog.from_source(source, make_transport(offline=True)), None  # the cached copy
        return Catalog.from_source(source), None
    except Exception as exc:  # noqa: BLE001 - whatever is wrong with it, the dock opens on the built-in one
        return Catalog.load(), exc


class RksdDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__("RKSD \u2013 " + _translate("RksdDock", "Social domain per neighbourhood"), parent)
        self.setObjectName("RksdDock")
        self.iface = iface
        self.language = current_language()
        self.task = None
        self.list_task = None
        self.package_task = None
        self.catalog_task = None
        self.started_at = None
        self.run_info = None
        self.restoring = False
        self.gemeente_lists = {}
        self.quarantined, self._told = [], set()  # items set aside (see quarantine) and those announced
        self.registry = PackageRegistry()
        self.catalog, problem = load_catalog()
        self.pick_tool = None
        self.run_layers = None
        self._build()
        self._connect_project()
        self.refresh_gemeenten()
        self.offline_panel.refresh_cache()
        self.quarantined = quarantine.setting_problems()
        if problem is not None:
            source = settings.value("catalog_source")
            if source.startswith(("http://", "https://")) and not settings.value("offline"):
                self.change_catalog(source)  # not downloaded yet: fetch it in the background
            else:
                self._catalog_problem(problem)
        self._project_read()
        self.show_problems()

    # -- layout --------------------------------------------------------------------
    def _build(self):
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rksdTabs")
        self.maps = MapsPage(self.catalog, self.language)
        for name in ("picker", "year_combo", "run_button", "sample_button", "progress", "cancel_button", "status"):
            setattr(self, name, getattr(self.maps, name))  # the dock's working parts, by name
        self._fill_years()
        self.picker.changed.connect(self.save_state)
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.questions.changed.connect(self.save_state)
        self.run_button.clicked.connect(self.run_clicked)
        self.sample_button.clicked.connect(self.load_sample)
        self.cancel_button.clicked.connect(self.cancel)
        self.tabs.addTab(self.maps, _translate("RksdDock", "Maps"))
        self.tabs.setTabToolTip(MAPS_TAB, _translate("RksdDock", "Choose a municipality, a year and questions"))
        self.buurt_panel = BuurtPanel(self.catalog, self.language)
        self.buurt_panel.pick_toggled.connect(self._pick_toggled)
        self.buurt_panel.buurt_shown.connect(lambda code: self.save_state())
        self.tabs.addTab(scrolled(self.buurt_panel), _translate("RksdDock", "Neighbourhood"))
        self.tabs.setTabToolTip(BUURT_TAB, _translate("RksdDock", "Every indicator of one neighbourhood"))
        self.report = ReportPage(self.language)
        self.report.message.connect(lambda text, level: self.push(text, level))
        self.report.changed.connect(self.save_state)
        self.report.output_dir_changed.connect(self._report_output_dir)
        self.tabs.addTab(self.report, _translate("RksdDock", "Report"))
        self.tabs.setTabToolTip(REPORT_TAB, _translate("RksdDock", "Atlas, presentation maps and the neighbourhood table"))
        self.maps.output_dir.fileChanged.connect(self._maps_output_dir)
        self.maps.map_chooser.map_chosen.connect(lambda style: self.save_state())
        self._show_output_dir(settings.output_dir())
        self.offline_panel = OfflinePanel(self.registry)
        self.offline_panel.sample_requested.connect(self.load_sample)
        self.offline_panel.prepare_requested.connect(self.prepare_package)
        self.offline_panel.settings_requested.connect(self.edit_settings)
        self.offline_panel.packages_changed.connect(self.refresh_gemeenten)
        self.offline_panel.offline_changed.connect(lambda on: self.refresh_gemeenten())
        self.offline_panel.message.connect(lambda text, level: self.push(text, level))
        self.tabs.addTab(scrolled(self.offline_panel), _translate("RksdDock", "Offline"))
        self.tabs.setTabToolTip(OFFLINE_TAB, _translate("RksdDock", "Offline mode, cache, packages and settings"))
        self.own_panel = OwnDataPanel(self.catalog, self.language)
        self.own_panel.message.connect(lambda text, level: self.push(text, level))
        self.own_panel.run_rewritten.connect(self._own_data_written)
        self.tabs.addTab(scrolled(self.own_panel), _translate("RksdDock", "Own data"))
        self.tabs.setTabToolTip(OWN_TAB, _translate("RksdDock", "The municipality's own facilities and figures, safely"))
        self._build_monitor()
        self.offline_panel.packages_changed.connect(self.show_problems)
        self.problem_banner = quarantine.ProblemBanner()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.tabs)
        self.setWidget(body)

    def _build_monitor(self):
        """The series (monitor): its runner and its tab (gui/series_runner.py, gui/monitor_panel.py)."""
        from .monitor_panel import MonitorPanel
        from .series_runner import SeriesRunner

        self.series_runner = SeriesRunner(self)
        self.monitor_panel = MonitorPanel(self.catalog, self.language, self.iface)
        self.monitor_panel.sample_requested.connect(self.load_series_sample)
        self.tabs.addTab(scrolled(self.monitor_panel), _translate("RksdDock", "Monitor"))
        self.tabs.setTabToolTip(MONITOR_TAB, _translate(
            "RksdDock", "The years of a series: change maps and the comparison with similar municipalities"))

    @property
    def questions(self):
        return self.maps.questions

    def _fill_years(self):
        self.maps.set_years(self.available_years(), settings.value("last_year"))
        self.maps.set_first_years(self.available_years(), self.year())

    def available_years(self):
        """Years with both a Kerncijfers table and a PDOK service for the boundaries (OGC API or WFS)."""
        return self.catalog.run_years()

    def year(self):
        return self.year_combo.currentData()

    def set_year(self, year):
        index = self.year_combo.findData(int(year))
        if index >= 0:
            self.year_combo.setCurrentIndex(index)

    # -- gemeente list ---------------------------------------------------------------
    def _year_changed(self, index):
        settings.set_value("last_year", self.year())
        self.maps.set_first_years(self.available_years(), self.year())
        self.refresh_gemeenten()
        self.save_state()

    def refresh_gemeenten(self):
        """The completer's list for the year: CBS's list when known, meanwhile the best at hand."""
        year = self.year()
        if year is None:
            return
        extra = [g for g, _ in self.registry.gemeenten()]
        known = self.gemeente_lists.get(year)
        if known:
            self.picker.set_gemeenten(known, year, "cbs", extra)
            return
        from_package = self.registry.code_list(year)
        if from_package:
            self.picker.set_gemeenten(from_package, year, "package", extra)
        else:
            self.picker.set_gemeenten(self.picker.fallback, year, "fallback", extra)
        if self.list_task is None:
            self.list_task = GemeenteListTask(_translate("RksdDock", "RKSD: list of municipalities {}").format(year),
                                              self.catalog, year)
            self.list_task.taskCompleted.connect(self._list_done)
            self.list_task.taskTerminated.connect(self._list_done)
            QgsApplication.taskManager().addTask(self.list_task)

    def _list_done(self):
        task, self.list_task = self.list_task, None
        if task is None:
            return
        if task.result:
            self.gemeente_lists[task.year] = task.result
        else:
            log("gemeente list {}: {}".format(task.year, error_text(task.error)), Qgis.MessageLevel.Info)
        if task.year != self.year() and self.year() not in self.gemeente_lists:
            self.refresh_gemeenten()  # the year changed meanwhile
        elif task.result:
            self.refresh_gemeenten()

    # -- running -----------------------------------------------------------------------
    def run_clicked(self):
        try:
            resolution = self.picker.resolve()
        except RksdError as exc:
            self.show_error(exc)
            return
        questions = self.questions.selected()
        if not questions:
            self.status.setText(_translate("RksdDock", "Tick at least one question."))
            return
        gemeente = resolution.gemeente
        year = self.year()
        settings.set_value("last_gemeente", gemeente.code)
        package = self.registry.find(gemeente.code, year, include_sample=settings.value("offline"))
        first = self.maps.first_year()
        if first is not None and first < year:  # a series: every year up to this one
            self.series_runner.start(gemeente.code, gemeente.name, first, year, questions, package)
            return
        self.start(gemeente.code, gemeente.name, year, questions, package)

    def load_sample(self):
        package = sample_package()
        self.picker.set_code(package.gemeente)
        self.set_year(package.year)
        questions = self.questions.selected()
        if not questions:
            self.questions.set_selected([q.id for q in self.catalog.questions])
            questions = self.questions.selected()
        self.tabs.setCurrentIndex(MAPS_TAB)
        self.start(package.gemeente, self.picker.index.name_of(package.gemeente), package.year, questions,
                   package, sample=True)

    def load_series_sample(self):
        """The Maastricht sample as a series: every year it holds (2017-2024)."""
        from ..core.package_builder import series_entry

        package = sample_package()
        series = series_entry(package.manifest, package.gemeente) or {}
        years = series.get("years") or [package.year]
        questions = self.questions.selected() or [q.id for q in self.catalog.questions]
        self.series_runner.start(package.gemeente, self.picker.index.name_of(package.gemeente), years[0], years[-1],
                                 questions, package, sample=True)

    def request_options(self, questions):
        """Weights and normalisation as the dock shows them, for a run of every question.

        A run always fetches and computes all questions (the ticked ones are shown): the
        requests are then the same whatever is ticked, so the cache and offline packages
        answer every later run."""
        methods = {q: self.questions.normalisation_for(q) for q in questions}
        options = {"questions": None,
                   "weights": {q: dict(w) for q, w in self.questions.weights.items() if q in questions}}
        distinct = set(methods.values())
        options["normalisation"] = distinct.pop() if len(distinct) == 1 else self.questions.default_normalisation
        options["question_normalisation"] = methods
        return options

    def start(self, gemeente, name, year, questions, package=None, sample=False):
        from ..core.package_builder import request_for
        from ..core.pipeline import RunRequest

        if self.task is not None:
            return
        options = self.request_options(questions)
        if package is not None:
            request = request_for(package.manifest, gemeente, year, **options)
        else:
            request = RunRequest(gemeente=gemeente, year=year, **options)
        out_dir = self.output_dir()
        try:
            os.makedirs(out_dir, exist_ok=True)
        except OSError as exc:
            self.show_error(exc)
            return
        final = os.path.join(out_dir, "rksd_{}_{}.gpkg".format(gemeente, year))
        output = results.staging_path(final)
        label = "{} ({}) {}".format(name, gemeente, year) if name and name != gemeente else "{} {}".format(
            gemeente, year)
        self.task = PipelineTask(_translate("RksdDock", "RKSD: {}").format(label), request, self.catalog, output,
                                 self.language, package=package, offline=True if package is not None else None)
        self.task.run_context = {"final": final, "gemeente": gemeente, "name": name, "year": int(year), "questions": list(questions),
                                 "sample": sample, "label": label,
                                 "normalisation": {q: self.questions.normalisation_for(q) for q in questions}}
        self.task.progressChanged.connect(self._progress)
        self.task.taskCompleted.connect(self._completed)
        self.task.taskTerminated.connect(self._terminated)
        self._busy(True)
        source = (_translate("RksdDock", "from the offline package \"{}\"").format(package.title)
                  if package is not None else _translate("RksdDock", "from CBS and PDOK (or the cache)"))
        self.status.setText(_translate("RksdDock", "Working on {label}, {source}...").format(
            label=label, source=source))
        self.started_at = time.perf_counter()
        log("run {} started ({})".format(label, source))
        QgsApplication.taskManager().addTask(self.task)

    def _progress(self, value):
        self.progress.setValue(int(value))

    def cancel(self):
        if self.task is not None:
            self.status.setText(_translate("RksdDock", "Cancelling..."))
            self.task.cancel()

    def _busy(self, busy):
        self.run_button.setEnabled(not busy)
        self.sample_button.setEnabled(not busy)
        self.offline_panel.sample_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if not busy:
            self.progress.setValue(0 if self.task is None else self.progress.value())

    def _completed(self):
        task, self.task = self.task, None
        self._busy(False)
        context = task.run_context
        result = task.result
        project = QgsProject.instance()
        try:
            records = result.layers["gemeente"].records
            title = "RKSD \u2013 {} {}".format(records[0].get("naam") if records else result.gemeente, result.year)
            results.prepare_run_group(project, results.run_key(result.gemeente, result.year), title)
            carried = self.own_panel.carry_forward(context["final"], task.output_path)
            path = results.move_into_place(task.output_path, context["final"])
            _, self.run_layers = results.add_run(project, path, result, self.catalog, self.language,
                                                 context["questions"], sample=context["sample"], title=title,
                                                 background=settings.value("pdok_background")
                                                 and not settings.value("offline"))
            if carried:
                self.own_panel.show_own_layers(path)
        except Exception as exc:  # noqa: BLE001 - tell the user what failed, keep the details in the log
            results.discard(task.output_path)
            self.show_error(exc)
            return
        seconds = time.perf_counter() - self.started_at if self.started_at else 0.0
        self.show_finished_run(path, context, {"gpkg": path, "gemeente": context["gemeente"], "year": context["year"],
                                               "questions": context["questions"],
                                               "normalisation": context["normalisation"]})
        summary = result.summary["layers"]["buurten"]
        self.status.setText(_translate(
            "RksdDock", "{label}: {features} neighbourhoods, {matched} with CBS figures, {questions} question maps in "
            "{seconds:.1f} s. Saved in {path}").format(
                label=context["label"], features=summary["features"], matched=summary["matched"],
                questions=len(context["questions"]), seconds=seconds, path=os.path.basename(path)))
        notes = run_notes(result.summary)
        if notes:
            self.status.setText(self.status.text() + "\n" + "\n".join(notes))
            log("\n".join(notes), Qgis.MessageLevel.Warning)
        self.status.setToolTip(path)
        log("run {} ready in {:.2f} s: {}".format(context["label"], seconds, path))
        self.push(_translate("RksdDock", "Maps ready: {}").format(context["label"]), Qgis.MessageLevel.Success, 5)
        self.offline_panel.refresh_cache()
        self.save_state()

    def show_finished_run(self, path, context, run_info):
        """A finished run (one year or a series) zoomed to, remembered, and in every tab."""
        self._zoom_to(path)
        self.progress.setValue(100)
        self.run_info = run_info
        self.buurt_panel.set_run(path, context["questions"], context["normalisation"])
        self.own_panel.set_run(dict(run_info, sample=context["sample"]))
        self._show_run_layers()
        self.report.set_gpkg(path)
        self.monitor_panel.set_run(path)

    def _zoom_to(self, gpkg_path):
        canvas = self.iface.mapCanvas()
        layers = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.source().startswith(gpkg_path) and "layername=gemeente" in layer.source()]
        if canvas is None or not layers:
            return
        canvas.setDestinationCrs(layers[0].crs())
        extent = layers[0].extent()
        extent.scale(1.05)
        canvas.setExtent(extent)
        canvas.refresh()

    def _terminated(self):
        task, self.task = self.task, None
        self._busy(False)
        self.progress.setValue(0)
        error = task.error if task is not None else None
        if task is not None:
            results.discard(task.output_path)
        if error is None or isinstance(error, Cancelled):
            self.status.setText(_translate("RksdDock", "Cancelled; nothing was written."))
            log("run cancelled")
            return
        self.show_error(error)

    # -- output folder and the run's layers ----------------------------------------------
    def output_dir(self):
        """This project's output folder (kept in the project); the settings' default before one is chosen."""
        return self.maps.output_dir.filePath().strip() or settings.output_dir()

    def _show_output_dir(self, path):
        if self.maps.output_dir.filePath() != path:
            set_path(self.maps.output_dir, path)
        self.report.set_output_dir(path)

    def _maps_output_dir(self, path):
        self.report.set_output_dir(path)
        self.save_state()

    def _report_output_dir(self, path):
        self._show_output_dir(path)
        self.save_state()

    def _show_run_layers(self, activate=True):
        """The map chooser lists the run's maps; Buurten becomes the active layer, so a
        Processing dialog opened now proposes it."""
        self.maps.map_chooser.set_run(self.run_layers, self.catalog, self.language)
        if activate and self.run_layers is not None and hasattr(self.iface, "setActiveLayer"):
            self.iface.setActiveLayer(self.run_layers.buurten)

    # -- messages ----------------------------------------------------------------------
    def push(self, text, level=Qgis.MessageLevel.Info, duration=6):
        self.iface.messageBar().pushMessage("RKSD", text, level, duration)

    def show_error(self, error):
        text = error_text(error)
        self.status.setText(text)
        self.push(text + " " + _translate("RksdDock", "(Details: log panel, tab RKSD.)"), Qgis.MessageLevel.Critical, 10)
        log("{}: {}".format(type(error).__name__, text), Qgis.MessageLevel.Critical)

    # -- offline packages, catalog and settings ----------------------------------------
    def prepare_package(self):
        from .package_dialog import PackageDialog

        if self.package_task is not None:
            self.push(_translate("RksdDock", "A package is being prepared already."), Qgis.MessageLevel.Info)
            return
        gemeenten = []
        try:
            gemeenten.append(self.picker.resolve().gemeente)
        except RksdError:
            pass
        dialog = PackageDialog(self.catalog, self.language, self.available_years(), gemeenten, self.year(),
                               self.questions.selected(), self.picker.index, settings.output_dir(), self)
        if not dialog.exec():
            return
        spec = dialog.spec()
        spec.weights = {q: dict(w) for q, w in self.questions.weights.items()}
        self.package_task = PackageTask(_translate("RksdDock", "RKSD: preparing an offline package"), spec,
                                        self.catalog, dialog.output_path())
        self.package_task.taskCompleted.connect(self._package_done)
        self.package_task.taskTerminated.connect(self._package_done)
        self.offline_panel.prepare_button.setEnabled(False)
        QgsApplication.taskManager().addTask(self.package_task)
        self.push(_translate("RksdDock", "Preparing the offline package; follow it in the task manager."), Qgis.MessageLevel.Info)

    def _package_done(self):
        task, self.package_task = self.package_task, None
        self.offline_panel.prepare_button.setEnabled(True)
        if task is None:
            return
        if task.result is None:
            if not isinstance(task.error, Cancelled):
                self.show_error(task.error)
            return
        size = os.path.getsize(task.output_path) / 1e6
        self.push(_translate("RksdDock", "Offline package ready ({size:.1f} MB): {path}").format(
            size=size, path=task.output_path), Qgis.MessageLevel.Success, 10)
        self.offline_panel.refresh_cache()

    def edit_settings(self):
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if not dialog.exec():
            return
        changed = dialog.save()
        if "cache_dir" in changed:
            self.offline_panel.refresh_cache()
            self.gemeente_lists.clear()
            self.refresh_gemeenten()
        if "catalog_source" in changed:
            self.change_catalog(settings.value("catalog_source"))

    def change_catalog(self, source):
        self._set_problem("catalog")
        if source.startswith(("http://", "https://")) and not settings.value("offline"):
            self.catalog_task = CatalogTask(_translate("RksdDock", "RKSD: downloading the catalog"), source)
            self.catalog_task.taskCompleted.connect(self._catalog_downloaded)
            self.catalog_task.taskTerminated.connect(self._catalog_downloaded)
            QgsApplication.taskManager().addTask(self.catalog_task)
            return
        catalog, problem = load_catalog()
        if problem is not None:
            self._catalog_problem(problem)
        self.apply_catalog(catalog)

    def _catalog_downloaded(self):
        task, self.catalog_task = self.catalog_task, None
        if task is None:
            return
        if task.result is None:
            self._catalog_problem(task.error)
            return
        self.apply_catalog(task.result)

    def _catalog_problem(self, error):
        self.push(_translate("RksdDock", "The configured catalog is not used: {}").format(error_text(error)),
                  Qgis.MessageLevel.Warning, 10)
        log(error_text(error), Qgis.MessageLevel.Warning)
        self._set_problem("catalog", quarantine.catalog_problem(error, settings.value("catalog_source")))

    def _set_problem(self, kind, problem=None):
        """Replace the quarantined item of ``kind`` (catalog, state) by ``problem`` or by none."""
        self.quarantined = [p for p in self.quarantined if p.kind != kind] + ([problem] if problem else [])
        self.show_problems()

    def show_problems(self):
        """Name every quarantined item in the banner and, once each, in the message bar."""
        problems = quarantine.package_problems(self.registry) + self.quarantined
        for problem in problems:
            if problem.text() not in self._told:
                self._told.add(problem.text())
                self.push(problem.text(), Qgis.MessageLevel.Warning, 15)
                log(problem.text(), Qgis.MessageLevel.Warning)
        self.problem_banner.set_problems(problems)

    def apply_catalog(self, catalog):
        """Use another catalog: the question list is rebuilt, the choices kept."""
        state = self.questions.state()
        self.catalog = catalog
        self.buurt_panel.catalog = catalog
        self.monitor_panel.catalog = catalog
        self.maps.replace_questions(QuestionList(self.catalog, self.language))
        self.questions.changed.connect(self.save_state)
        self.questions.set_state(state)
        self._fill_years()
        self.push(_translate("RksdDock", "Catalog {version} ({date}) in use.").format(
            version=catalog.version, date=catalog.date), Qgis.MessageLevel.Info)

    # -- map tool ----------------------------------------------------------------------
    def _pick_toggled(self, on):
        canvas = self.iface.mapCanvas()
        if canvas is None:
            return
        if on:
            if self.pick_tool is None:
                from .map_tool import BuurtPickTool

                self.pick_tool = BuurtPickTool(canvas)
                self.pick_tool.picked.connect(self._picked)
                self.pick_tool.deactivated.connect(lambda: self.buurt_panel.pick_button.setChecked(False))
            canvas.setMapTool(self.pick_tool)
        elif self.pick_tool is not None and canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)

    def _picked(self, point, crs):
        if self.buurt_panel.pick(point, crs) is None:
            self.push(_translate("RksdDock", "No neighbourhood of {} at this spot.").format(
                self.run_info.get("gemeente") if self.run_info else "-"), Qgis.MessageLevel.Info, 3)
        self.tabs.setCurrentIndex(BUURT_TAB)

    # -- project state -----------------------------------------------------------------
    def _connect_project(self):
        project = QgsProject.instance()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)

    def _disconnect_project(self):
        project = QgsProject.instance()
        for signal, slot in ((project.readProject, self._project_read), (project.cleared, self._project_cleared)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _project_read(self, *args):
        try:
            self.restore_state(project_state.load())
        except Exception as exc:  # noqa: BLE001 - a broken stored state must not keep the dock shut
            self.restoring = False
            self._set_problem("state", quarantine.state_problem(exc))

    def _project_cleared(self):
        self.run_info = None
        self.run_layers = None
        self.maps.map_chooser.set_run(None, self.catalog, self.language)
        self.buurt_panel.clear()
        self.own_panel.clear()
        self.monitor_panel.clear()

    def _own_data_written(self, path):
        """Own figures were added to the run's GeoPackage: the panels read it again."""
        if self.run_info:
            self.run_info["gpkg"] = path
            self.buurt_panel.set_run(path, self.run_info.get("questions", []), self.run_info.get("normalisation"))
        self.save_state()

    def state(self):
        state = {"gemeente_text": self.picker.text(), "year": self.year(), "tab": self.tabs.currentIndex()}
        state.update(self.questions.state())
        if self.run_info:
            state["run"] = dict(self.run_info)
        if self.buurt_panel.current:
            state["buurt"] = self.buurt_panel.current
        state["output_dir"] = self.output_dir()
        state["report"] = self.report.state()
        return state

    def save_state(self):
        if not self.restoring:
            project_state.save(self.state())

    def restore_state(self, state):
        if not state:
            return
        self.restoring = True
        try:
            if state.get("year"):
                self.set_year(state["year"])
            if state.get("gemeente_text"):
                self.picker.edit.setText(state["gemeente_text"])
                self.picker._update()
            self.questions.set_state(state)
            self._show_output_dir(state.get("output_dir") or settings.output_dir())
            self.report.set_state(state.get("report"))
            run = state.get("run")
            if run and run.get("gpkg") and os.path.exists(run["gpkg"]):
                key = results.run_key(run["gemeente"], run["year"])
                if run.get("series"):
                    from .series_runner import series_key

                    key = series_key(run["gemeente"], *run["series"])
                layers = results.run_layers(QgsProject.instance(), key)
                if layers:
                    from ..qgis_io.question_maps import follow_style, run_from_layers

                    self.run_info = run
                    self.run_layers = run_from_layers(layers)
                    for layer in layers:
                        follow_style(layer)
                    self._show_run_layers(activate=False)
                    self.buurt_panel.set_run(run["gpkg"], run.get("questions", []), run.get("normalisation"))
                    self.own_panel.set_run(run)
                    self.monitor_panel.set_run(run["gpkg"])
                    if state.get("buurt"):
                        self.buurt_panel.show_buurt(state["buurt"])
            if isinstance(state.get("tab"), int) and 0 <= state["tab"] < self.tabs.count():
                self.tabs.setCurrentIndex(state["tab"])
        finally:
            self.restoring = False

    # -- closing -----------------------------------------------------------------------
    def shutdown(self):
        """Cancel every task and let go of it; an unfinished run's GeoPackage is discarded."""
        self.series_runner.shutdown()
        run = self.task
        let_go(run, self._progress, self._completed, self._terminated)
        if run is not None:
            staging = run.output_path
            run.taskCompleted.connect(lambda: results.discard(staging))
            run.taskTerminated.connect(lambda: results.discard(staging))
        let_go(self.list_task, self._list_done)
        let_go(self.package_task, self._package_done)
        let_go(self.catalog_task, self._catalog_downloaded)
        self.report.shutdown()
        self.task = self.list_task = self.package_task = self.catalog_task = None
        self.buurt_panel.clear()  # closes its GeoPackage: no GDAL handle may outlive QGIS
        self.monitor_panel.clear()
        self.offline_panel.shutdown()
        self.own_panel.shutdown()
        self._disconnect_project()
        canvas = self.iface.mapCanvas()
        if self.pick_tool is not None and canvas is not None and canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)
        self.pick_tool = None


__all__ = ["RksdDock", "LOG_TAG"]


def run_notes(summary):
    """What a run could not do as asked, one line each: codes that differ across sources,
    older tables used, measures taken from an earlier table (translated)."""
    from ..core import code_mismatch

    translate = lambda text: _translate("RksdErrors", text)  # noqa: E731 - the core templates' context
    notes = code_mismatch.lines(summary.get("code_mismatch", []), translate)
    for source, table in sorted(summary.get("older_tables", {}).items()):
        notes.append(_translate("RksdDock", "{source}: no table of {year}; {table} of {older} used.").format(
            source=source, year=summary.get("year"), table=table["table"], older=table["year"]))
    by_year = {}
    for measure, year in sorted(summary.get("measure_years", {}).items()):
        by_year.setdefault(year, []).append(measure)
    for year, measures in sorted(by_year.items()):
        notes.append(_translate("RksdDock", "Not yet filled in by CBS for {year}: {measures}; figures of {older} "
                                "used, shown as {older}*.").format(year=summary.get("year"),
                                                                   measures=", ".join(measures), older=year))
    return notes
