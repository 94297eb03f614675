"""The RKSD dock: choose a gemeente and a year, fetch, and get a styled buurt map."""
import os

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import paths, regions
from ..core.errors import Cancelled, RksdError
from . import settings
from .tasks import LOG_TAG, PipelineTask, log
from .translation import current_language, translate_error

SAMPLE = ("sample", "maastricht_2024")


def tr(text):
    return QCoreApplication.translate("RksdDock", text)


class RksdDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("RKSD - Sociaal Domein"), parent)
        self.setObjectName("RksdDock")
        self.iface = iface
        self.task = None
        self._catalog = None
        self._build()

    # -- layout --------------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        intro = QLabel(tr("CBS figures per buurt for one gemeente, on the map."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.gemeente_edit = QLineEdit(settings.value("last_gemeente"))
        self.gemeente_edit.setPlaceholderText(tr("e.g. GM0935 or 935"))
        self.gemeente_edit.setToolTip(tr("Gemeente code: GM followed by four digits"))
        form.addRow(tr("Gemeente"), self.gemeente_edit)
        self.year_combo = QComboBox()
        for year in self.available_years():
            self.year_combo.addItem(str(year), year)
        last = self.year_combo.findData(settings.value("last_year"))
        self.year_combo.setCurrentIndex(last if last >= 0 else self.year_combo.count() - 1)
        form.addRow(tr("Year"), self.year_combo)
        layout.addLayout(form)
        self.offline_check = QCheckBox(tr("Offline: use only the cache"))
        self.offline_check.setChecked(settings.value("offline"))
        self.offline_check.toggled.connect(lambda on: settings.set_value("offline", on))
        layout.addWidget(self.offline_check)
        self.run_button = QPushButton(tr("Fetch and map"))
        self.run_button.setObjectName("rksdRunButton")
        self.run_button.clicked.connect(self.run_clicked)
        layout.addWidget(self.run_button)
        self.sample_button = QPushButton(tr("Load the Maastricht sample (offline)"))
        self.sample_button.setObjectName("rksdSampleButton")
        self.sample_button.clicked.connect(self.load_sample)
        layout.addWidget(self.sample_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.cancel_button)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setWidget(body)

    # -- data ----------------------------------------------------------------------
    @property
    def catalog(self):
        if self._catalog is None:
            from ..core.catalog import Catalog

            self._catalog = Catalog.load()
        return self._catalog

    def available_years(self):
        catalog = self.catalog
        kwb_years = set(catalog.sources["kwb"].years())
        return sorted(kwb_years & set(catalog.geometry["ogc_years"]))

    # -- actions -------------------------------------------------------------------
    def run_clicked(self):
        try:
            gemeente = regions.parse_gemeente(self.gemeente_edit.text())
        except RksdError as exc:
            self.show_error(exc)
            return
        year = self.year_combo.currentData()
        settings.set_value("last_gemeente", gemeente)
        settings.set_value("last_year", year)
        self.start(gemeente, year)

    def load_sample(self):
        from ..core.package import OfflinePackage

        package = OfflinePackage.open(paths.resource(*SAMPLE))
        self.gemeente_edit.setText(package.gemeente)
        index = self.year_combo.findData(package.year)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)
        self.start(package.gemeente, package.year, package=package)

    def start(self, gemeente, year, package=None):
        from ..core.pipeline import RunRequest

        if self.task is not None:
            return
        catalog = self.catalog
        request = RunRequest(gemeente=gemeente, year=year, indicators=list(catalog.indicators))
        if package is not None:
            request.available_measures = package.available_measures
            request.source_tables = package.source_tables
        out_dir = settings.output_dir()
        os.makedirs(out_dir, exist_ok=True)
        output = os.path.join(out_dir, "rksd_{}_{}.gpkg".format(gemeente, year))
        self.task = PipelineTask(
            tr("RKSD: {} {}").format(gemeente, year),
            request,
            catalog,
            output,
            current_language(),
            package=package,
            offline=True if package is not None else None,
        )
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.taskCompleted.connect(self._completed)
        self.task.taskTerminated.connect(self._terminated)
        self._busy(True)
        self.status.setText(tr("Working on {} {}...").format(gemeente, year))
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def _busy(self, busy):
        self.run_button.setEnabled(not busy)
        self.sample_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _completed(self):
        task, self.task = self.task, None
        self._busy(False)
        self.add_layers(task.output_path, task.result)
        summary = task.result.summary["layers"]["buurten"]
        self.status.setText(
            tr("{features} buurten, {matched} with CBS figures; saved in {path}").format(
                features=summary["features"], matched=summary["matched"], path=task.output_path
            )
        )
        self.iface.messageBar().pushMessage("RKSD", tr("Map ready: {}").format(task.output_path), Qgis.Success, 5)

    def _terminated(self):
        task, self.task = self.task, None
        self._busy(False)
        self.progress.setValue(0)
        error = task.error if task is not None else None
        if error is None or isinstance(error, Cancelled):
            self.status.setText(tr("Cancelled; nothing was written."))
            return
        self.show_error(error)

    def show_error(self, error):
        text = translate_error(error) if isinstance(error, RksdError) else str(error)
        self.status.setText(text)
        self.iface.messageBar().pushMessage("RKSD", text, Qgis.Critical, 10)
        log(text, Qgis.Critical)

    def add_layers(self, gpkg_path, result):
        from ..qgis_io.layers import add_group, open_layer, outline_renderer

        project = QgsProject.instance()
        names = {"buurten": tr("Buurten"), "wijken": tr("Wijken"), "gemeente": tr("Gemeente")}
        layers = []
        for name in ("gemeente", "wijken", "buurten"):
            layer = open_layer(gpkg_path, name, names[name])
            if name != "buurten":
                layer.setRenderer(outline_renderer("#303030", 0.8 if name == "gemeente" else 0.4))
            layers.append(layer)
        gemeente_name = result.layers["gemeente"].records[0]["naam"] if result.layers["gemeente"].records else result.gemeente
        group = add_group(project, "RKSD \u2013 {} {}".format(gemeente_name, result.year), layers)
        if self.iface.mapCanvas() is not None:
            extent = layers[-1].extent()
            self.iface.mapCanvas().setDestinationCrs(layers[-1].crs())
            extent.scale(1.05)
            self.iface.mapCanvas().setExtent(extent)
            self.iface.mapCanvas().refresh()
        return group

    def shutdown(self):
        if self.task is not None:
            self.task.cancel()
            self.task = None


__all__ = ["RksdDock", "LOG_TAG"]
