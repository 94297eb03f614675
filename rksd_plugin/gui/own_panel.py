"""The dock's "Own data" tab: import own facilities, own figures and client records.

It starts the import dialog and the tasks, shows what happened (rows not placed, rows
not counted - on screen only, never written), lists the own data sets of the current
run with their privacy summary, and puts the results on the map: own facilities as a
layer, own indicators as a group in the run's layer tree.
"""
import os

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import Cancelled
from ..core.owndata import marks
from . import results, settings
from .own_data_dialog import COUNTS, FACILITIES, RECORDS, OwnDataDialog
from .tasks import let_go, log
from .translation import error_text
from .widgets import step_label

_translate = QCoreApplication.translate
OWN_GROUP = "rksd/own_group"


def tr(text):
    return QCoreApplication.translate("RksdOwnPanel", text)


class OwnDataPanel(QWidget):
    message = pyqtSignal(str, int)
    run_rewritten = pyqtSignal(str)

    def __init__(self, catalog, language, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.run = None
        self.task = None
        layout = QVBoxLayout(self)
        layout.addWidget(step_label(tr("The municipality's own data")))
        intro = QLabel(tr(
            "Put the municipality's own facility list and own figures (Wmo, jeugdhulp, bijstand, ...) on the map beside "
            "CBS. Own figures are protected before anything is shown or stored: small counts read '{word}', and "
            "nothing hidden can be calculated back.").format(word=marks.words("suppressed", language)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.facilities_button = QPushButton(tr("Own facilities") + "\u2026")
        self.facilities_button.setObjectName("rksdOwnFacilities")
        self.facilities_button.setToolTip(tr("A list with categories, by coordinates or address"))
        self.counts_button = QPushButton(tr("Own figures per area") + "\u2026")
        self.counts_button.setObjectName("rksdOwnCountsButton")
        self.counts_button.setToolTip(tr("Counts already per neighbourhood, district, PC6 or PC4"))
        self.records_button = QPushButton(tr("Client records") + "\u2026")
        self.records_button.setObjectName("rksdOwnRecordsButton")
        self.records_button.setToolTip(tr("One row per client: counted here, never stored"))
        for button, kind in ((self.facilities_button, FACILITIES), (self.counts_button, COUNTS),
                             (self.records_button, RECORDS)):
            button.clicked.connect(lambda checked=False, kind=kind: self.start(kind))
            button.setProperty("rksdTip", button.toolTip())
            layout.addWidget(button)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("rksdOwnProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("rksdOwnCancel")
        self.cancel_button.setToolTip(tr("Stop the import; nothing is written"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.status = QLabel("")
        self.status.setObjectName("rksdOwnStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.details = QTableWidget(0, 4)
        self.details.setObjectName("rksdOwnDetails")
        self.details.setHorizontalHeaderLabels([tr("Row"), tr("Name"), tr("Address"), tr("Why")])
        self.details.verticalHeader().setVisible(False)
        self.details.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        layout.addWidget(step_label(tr("Own data in these maps")))
        self.datasets = QListWidget()
        self.datasets.setObjectName("rksdOwnDatasets")
        self.datasets.setWordWrap(True)
        self.datasets.setMaximumHeight(160)
        layout.addWidget(self.datasets)
        layout.addStretch(1)
        self._enable()

    # -- the run ---------------------------------------------------------------------------------
    def set_run(self, run):
        """``run``: the dock's run info (gpkg, gemeente, year, questions) or None."""
        self.run = dict(run) if run else None
        self._list_datasets()
        self._enable()

    def clear(self):
        self.set_run(None)

    def _enable(self):
        busy = self.task is not None
        self.facilities_button.setEnabled(not busy)
        has_run = bool(self.run and self.run.get("gpkg") and os.path.exists(self.run["gpkg"]))
        for button in (self.counts_button, self.records_button):
            button.setEnabled(not busy and has_run)
            button.setToolTip(button.property("rksdTip") if has_run else tr("Make the maps of a gemeente first"))
        self.cancel_button.setEnabled(busy)

    def _list_datasets(self):
        self.datasets.clear()
        if not self.run or not os.path.exists(self.run.get("gpkg") or ""):
            return
        from ..qgis_io.own_figures_io import read_releases

        try:
            releases = read_releases(self.run["gpkg"])
        except Exception as exc:  # noqa: BLE001 - an old GeoPackage without own data lists nothing
            log("own data list: {}".format(exc))
            return
        for release in releases:
            hidden = release.privacy.get("measures", {})
            buurten = sum(m.get("hidden", {}).get("buurt", 0) for m in hidden.values())
            text = "{} {}{} \u2013 {}".format(
                marks.symbol("own_source"), release.info.label(self.language),
                " ({})".format(marks.words("synthetic", self.language)) if release.info.synthetic else "",
                tr("{measures} measures, minimum count {min}, {hidden} buurt figures afgeschermd").format(
                    measures=len(release.measures), min=release.rules.min_count, hidden=buurten))
            self.datasets.addItem(text)

    # -- importing -------------------------------------------------------------------------------
    def start(self, kind):
        if self.task is not None:
            return
        run = self.run or {}
        dialog = OwnDataDialog(kind, self.catalog, self.language, run.get("gpkg"), run.get("gemeente", ""),
                               settings.output_dir(), self)
        if not dialog.exec():
            return
        job = dialog.job()
        dialog.layer = None
        self.details.setVisible(False)
        if kind == FACILITIES:
            from .own_data_tasks import OwnFacilitiesTask

            self.task = OwnFacilitiesTask(job, self.catalog, self.language)
            self.task.taskCompleted.connect(self._facilities_done)
            self.task.taskTerminated.connect(self._failed)
        else:
            from .own_data_tasks import OwnFiguresTask

            staging = results.staging_path(run["gpkg"])
            self.task = OwnFiguresTask(job, self.catalog, self.language, staging)
            self.task.taskCompleted.connect(self._figures_done)
            self.task.taskTerminated.connect(self._failed)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.status.setText(tr("Working") + "\u2026")
        self._enable()
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def _failed(self):
        task, self.task = self.task, None
        self._enable()
        self.progress.setValue(0)
        if task is not None and getattr(task, "staging", None):
            results.discard(task.staging)
        error = task.error if task is not None else None
        if error is None or isinstance(error, Cancelled):
            self.status.setText(tr("Cancelled; nothing was written."))
            return
        text = error_text(error)
        self.status.setText(text)
        self.message.emit(text, int(Qgis.MessageLevel.Critical))

    def _facilities_done(self):
        task, self.task = self.task, None
        self._enable()
        result = task.result
        path = task.job["output"]
        from ..qgis_io.own_facilities_io import open_facilities, open_unplaced

        project = QgsProject.instance()
        root = project.layerTreeRoot()
        group = next((g for g in root.findGroups(True) if g.customProperty(OWN_GROUP) == path), None)
        if group is None:
            group = root.insertGroup(0, marks.own_name(tr("Own facilities"), self.language))
            group.setCustomProperty(OWN_GROUP, path)
        else:
            project.removeMapLayers([node.layerId() for node in group.findLayers()])
            group.removeAllChildren()
        points = open_facilities(path, self.language)
        project.addMapLayer(points, False)
        group.addLayer(points)
        if result.unplaced:
            table = open_unplaced(path, self.language)
            project.addMapLayer(table, False)
            group.addLayer(table)
        self.progress.setValue(100)
        self.status.setText(tr("{placed} facilities placed, {unplaced} not placed ({requests} addresses asked). "
                               "Saved in {path}. Use the layer in the analyses with category field 'categorie'.")
                            .format(placed=len(result.placed), unplaced=len(result.unplaced),
                                    requests=result.requests, path=os.path.basename(path)))
        self._show_unplaced(result.unplaced)
        self.message.emit(tr("Own facilities ready: {count} points").format(count=len(result.placed)),
                          int(Qgis.MessageLevel.Success))

    def _show_unplaced(self, unplaced):
        self.details.setRowCount(0)
        for item in unplaced:
            row = self.details.rowCount()
            self.details.insertRow(row)
            for column, text in enumerate((str(item.row), item.name, item.address,
                                           item.text(lambda t: _translate("RksdOwnData", t)))):
                self.details.setItem(row, column, QTableWidgetItem(text))
        self.details.setVisible(bool(unplaced))
        self.details.resizeColumnsToContents()

    def _figures_done(self):
        task, self.task = self.task, None
        self._enable()
        merged, summary, release = task.result, task.summary, task.release
        try:
            self.replace_run(task.staging, merged.indicators)
        except Exception as exc:  # noqa: BLE001 - tell the user, keep the old maps
            results.discard(task.staging)
            self.status.setText(error_text(exc))
            self.message.emit(error_text(exc), int(Qgis.MessageLevel.Critical))
            return
        self.progress.setValue(100)
        lines = [tr("{title}: {counted} counted from {rows} rows; {indicators} own indicators on the map.").format(
            title=release.info.label(self.language), counted=summary.counted, rows=summary.rows,
            indicators=len(merged.indicators))]
        from ..core.owndata.records import REASONS

        for reason, count in sorted(summary.reasons.items()):
            rows = ", ".join(str(n) for n in summary.examples.get(reason, []))
            lines.append(tr("Not counted: {count} rows - {why} (rows {rows}{more})").format(
                count=count, why=_translate("RksdOwnData", REASONS.get(reason, reason)), rows=rows,
                more=", \u2026" if count > len(summary.examples.get(reason, [])) else ""))
        if merged.question:
            lines.append(tr("Added to the index of question '{question}' with weight {weight}.").format(
                question=merged.question.get("question"), weight=release.info.weight))
        self.status.setText("\n".join(lines))
        self._list_datasets()
        self.message.emit(tr("Own figures on the map: {title}").format(title=release.info.label(self.language)),
                          int(Qgis.MessageLevel.Success))

    def replace_run(self, staging, indicators):
        """Put the GeoPackage with own figures in place of the run's and show its layers again."""
        from ..report.gpkg_reader import read_atlas_data

        run = self.run
        project = QgsProject.instance()
        key = results.run_key(run["gemeente"], run["year"])
        group = results.find_run_group(project.layerTreeRoot(), key)
        title = group.name() if group is not None else "RKSD \u2013 {} {}".format(run["gemeente"], run["year"])
        results.prepare_run_group(project, key, title)
        path = results.move_into_place(staging, run["gpkg"])
        data = read_atlas_data(path, self.catalog, self.language)
        results.add_run(project, path, data, self.catalog, self.language, run.get("questions") or [],
                        sample=bool(run.get("sample")), title=title)
        add_own_layers(project, path, data, self.language)
        self.run["gpkg"] = path
        self.run_rewritten.emit(path)
        return path

    def carry_forward(self, old_path, new_path):
        """A new run replaces the GeoPackage: the own figures of the old one go onto the new one."""
        from ..qgis_io.own_figures_io import carry_forward

        try:
            return carry_forward(old_path, new_path, self.catalog, self.language)
        except Exception as exc:  # noqa: BLE001 - the run itself must not fail for this
            self.message.emit(tr("The own figures could not be carried over: {}").format(error_text(exc)),
                              int(Qgis.MessageLevel.Warning))
            return []

    def show_own_layers(self, path):
        from ..report.gpkg_reader import read_atlas_data

        add_own_layers(QgsProject.instance(), path, read_atlas_data(path, self.catalog, self.language),
                       self.language, show=False)

    def shutdown(self):
        task, self.task = self.task, None
        let_go(task, self._facilities_done, self._figures_done, self._failed)
        if task is not None and getattr(task, "staging", None):
            staging = task.staging
            task.taskCompleted.connect(lambda: results.discard(staging))
            task.taskTerminated.connect(lambda: results.discard(staging))


def add_own_layers(project, gpkg_path, data, language, visible=None, show=True):
    """A "⌂ Eigen cijfers" subgroup in the run's group: one styled buurten layer per own indicator."""
    from ..core.owndata import own_indicators
    from ..qgis_io.layers import open_layer
    from ..qgis_io.own_styles import style_own_layer

    stored = (data.provenance.get("own_data") or {}).get("indicators") or {}
    if not stored:
        return None
    key = results.run_key(data.gemeente, data.year)
    run_group = results.find_run_group(project.layerTreeRoot(), key)
    if run_group is None:
        return None
    if show:
        for child in run_group.children():  # one map at a time: the own figures now
            child.setItemVisibilityChecked(False)
    group = run_group.insertGroup(0, marks.own_name(tr("Own figures"), language))
    group.setItemVisibilityChecked(show)
    first = True
    for indicator_id, document in stored.items():
        indicator = own_indicators.OwnIndicator(**{k: v for k, v in document.items() if k != "levels"})
        level = "buurten" if data.records("buurt") and indicator_id in data.records("buurt")[0] else "wijken"
        records = data.records("buurt" if level == "buurten" else "wijk")
        if not records or indicator_id not in records[0]:
            continue
        layer = open_layer(gpkg_path, level, indicator.name(language))
        style_own_layer(layer, indicator, records, language)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(first if visible is None else indicator_id == visible)
        first = False
    return group
