"""Offline mode, the cache (size, age, clear) and offline packages (load, prepare, sample)."""
import os

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import settings
from .packages import describe
from .tasks import CacheTask, LoadPackageTask, let_go, log
from .translation import error_text

_translate = QCoreApplication.translate


def human_size(size):
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return "{:.0f} {}".format(size, unit) if unit in ("B", "kB") else "{:.1f} {}".format(size, unit)
        size /= 1024.0
    return str(size)


def short_path(path, keep=48):
    """A long folder as '/home/.../rksd/cache': an unbreakable path must not widen the dock."""
    return path if len(path) <= keep else path[:keep // 3] + "\u2026" + path[-(2 * keep // 3):]


def _date(text):
    stamp = QDateTime.fromString(text or "", Qt.DateFormat.ISODate)
    return stamp.toLocalTime().toString("yyyy-MM-dd HH:mm") if stamp.isValid() else (text or "")


class OfflinePanel(QWidget):
    sample_requested = pyqtSignal()
    prepare_requested = pyqtSignal()
    settings_requested = pyqtSignal()
    offline_changed = pyqtSignal(bool)
    packages_changed = pyqtSignal()
    message = pyqtSignal(str, int)

    def __init__(self, registry, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.cache_task = None
        self.load_task = None
        layout = QVBoxLayout(self)
        self.offline = QCheckBox(_translate("RksdOffline", "Work offline (cache and packages only)"))
        self.offline.setObjectName("rksdOfflineCheck")
        self.offline.setToolTip(_translate(
            "RksdOffline", "Never go on the internet: every answer comes from the cache or a loaded package"))
        self.offline.setChecked(settings.value("offline"))
        self.offline.toggled.connect(self._offline_toggled)
        layout.addWidget(self.offline)

        cache_box = QGroupBox(_translate("RksdOffline", "Cache"))
        cache_layout = QVBoxLayout(cache_box)
        self.cache_label = QLabel(_translate("RksdOffline", "Measuring the cache..."))
        self.cache_label.setObjectName("rksdCacheLabel")
        self.cache_label.setWordWrap(True)
        self.cache_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cache_layout.addWidget(self.cache_label)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(_translate("RksdOffline", "Refresh"))
        self.refresh_button.setToolTip(_translate("RksdOffline", "Measure the cache again"))
        self.refresh_button.clicked.connect(lambda: self.refresh_cache())
        self.clear_button = QPushButton(_translate("RksdOffline", "Clear cache..."))
        self.clear_button.setObjectName("rksdClearCache")
        self.clear_button.setToolTip(_translate(
            "RksdOffline", "Delete every stored download; loaded packages and GeoPackages stay"))
        self.clear_button.clicked.connect(self.clear_cache)
        row.addWidget(self.refresh_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        cache_layout.addLayout(row)
        layout.addWidget(cache_box)

        package_box = QGroupBox(_translate("RksdOffline", "Offline packages"))
        package_layout = QVBoxLayout(package_box)
        self.sample_button = QPushButton(_translate("RksdOffline", "Load the Maastricht sample (offline)"))
        self.sample_button.setObjectName("rksdOfflineSampleButton")
        self.sample_button.setToolTip(_translate(
            "RksdOffline", "Maastricht 2024 from the sample shipped with the plugin: real CBS, RIVM and Politie "
            "figures, no internet needed"))
        self.sample_button.clicked.connect(self.sample_requested)
        package_layout.addWidget(self.sample_button)
        self.packages = QListWidget()
        self.packages.setObjectName("rksdPackageList")
        self.packages.setToolTip(_translate("RksdOffline", "Loaded packages: runs for what they hold read from them"))
        self.packages.setMaximumHeight(self.fontMetrics().height() * 6)
        package_layout.addWidget(self.packages)
        self.no_packages = QLabel(_translate("RksdOffline", "No offline package loaded."))
        self.no_packages.setWordWrap(True)
        package_layout.addWidget(self.no_packages)
        row = QHBoxLayout()
        self.load_button = QPushButton(_translate("RksdOffline", "Load package..."))
        self.load_button.setObjectName("rksdLoadPackage")
        self.load_button.setToolTip(_translate("RksdOffline", "Load an offline package (.zip) a trainer prepared"))
        self.load_button.clicked.connect(self.choose_package)
        self.remove_button = QPushButton(_translate("RksdOffline", "Remove"))
        self.remove_button.setToolTip(_translate("RksdOffline", "Forget the selected package"))
        self.remove_button.clicked.connect(self.remove_package)
        self.prepare_button = QPushButton(_translate("RksdOffline", "Prepare package..."))
        self.prepare_button.setObjectName("rksdPreparePackage")
        self.prepare_button.setToolTip(_translate(
            "RksdOffline", "Download municipalities, years and questions into one file for computers without internet"))
        self.prepare_button.clicked.connect(self.prepare_requested)
        for button in (self.load_button, self.remove_button, self.prepare_button):
            row.addWidget(button)
        row.addStretch(1)
        package_layout.addLayout(row)
        layout.addWidget(package_box)

        self.settings_button = QPushButton(_translate("RksdOffline", "Settings..."))
        self.settings_button.setObjectName("rksdSettingsButton")
        self.settings_button.setToolTip(_translate("RksdOffline", "Cache folder, output folder, timeout, catalog"))
        self.settings_button.clicked.connect(self.settings_requested)
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.settings_button)
        settings_row.addStretch(1)
        layout.addLayout(settings_row)
        layout.addStretch(1)
        self.fill_packages()

    # -- offline switch ----------------------------------------------------------------
    def _offline_toggled(self, on):
        settings.set_value("offline", on)
        self.offline_changed.emit(on)

    # -- cache -------------------------------------------------------------------------
    def refresh_cache(self, clear=False):
        if self.cache_task is not None:
            return
        description = (_translate("RksdOffline", "RKSD: clearing the cache") if clear
                       else _translate("RksdOffline", "RKSD: measuring the cache"))
        self.cache_task = CacheTask(description, clear=clear)
        self.cache_task.taskCompleted.connect(self._cache_done)
        self.cache_task.taskTerminated.connect(self._cache_done)
        self.clear_button.setEnabled(False)
        QgsApplication.taskManager().addTask(self.cache_task)

    def _cache_done(self):
        task, self.cache_task = self.cache_task, None
        self.clear_button.setEnabled(True)
        if task is None:
            return
        if task.result is None:
            self.cache_label.setText(_translate("RksdOffline", "The cache could not be read: {}").format(error_text(task.error)))
            return
        self.show_stats(task.result)
        if task.clear:
            self.message.emit(_translate("RksdOffline", "The cache is empty."), Qgis.MessageLevel.Info)

    def show_stats(self, stats):
        folder = short_path(settings.cache_dir())
        self.cache_label.setToolTip(settings.cache_dir())
        if not stats["entries"]:
            text = _translate("RksdOffline", "Empty. Folder: {folder}").format(folder=folder)
        else:
            text = _translate(
                "RksdOffline", "{entries} answers, {size}; oldest {oldest}, newest {newest}. Folder: {folder}"
            ).format(entries=stats["entries"], size=human_size(stats["bytes"]), oldest=_date(stats["oldest"]),
                     newest=_date(stats["newest"]), folder=folder)
        self.cache_label.setText(text)
        self.stats = stats

    def clear_cache(self):
        answer = QMessageBox.question(
            self, _translate("RksdOffline", "Clear cache"),
            _translate("RksdOffline", "Delete every stored download? Without internet, only loaded packages "
                       "and the sample will still work."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.refresh_cache(clear=True)

    # -- packages ----------------------------------------------------------------------
    def fill_packages(self):
        self.packages.clear()
        for package in self.registry.packages():
            item = QListWidgetItem("{} \u2013 {}".format(package.title, describe(package)))
            item.setData(Qt.ItemDataRole.UserRole, package.root)
            item.setToolTip(package.root)
            self.packages.addItem(item)
        for folder, error in sorted(self.registry.broken.items()):  # quarantined: listed so they can be removed
            item = QListWidgetItem(QgsApplication.getThemeIcon("/mIconWarning.svg"), _translate(
                "RksdOffline", "{name} - cannot be used; select it and press Remove").format(
                    name=os.path.basename(folder.rstrip("/\\")) or folder))
            item.setData(Qt.ItemDataRole.UserRole, folder)
            item.setToolTip("{}\n{}".format(folder, error_text(error)))
            self.packages.addItem(item)
        self.remove_button.setEnabled(self.packages.count() > 0)
        self.packages.setVisible(self.packages.count() > 0)
        self.no_packages.setVisible(self.packages.count() == 0)

    def choose_package(self):
        path, _ = QFileDialog.getOpenFileName(
            self, _translate("RksdOffline", "Load offline package"), os.path.expanduser("~"),
            _translate("RksdOffline", "RKSD offline package (*.zip)"))
        if path:
            self.load_package(path)

    def load_package(self, path):
        if self.load_task is not None:
            return
        self.load_task = LoadPackageTask(_translate("RksdOffline", "RKSD: loading an offline package"), path,
                                         settings.packages_dir())
        self.load_task.taskCompleted.connect(self._package_loaded)
        self.load_task.taskTerminated.connect(self._package_loaded)
        self.load_button.setEnabled(False)
        QgsApplication.taskManager().addTask(self.load_task)

    def _package_loaded(self):
        task, self.load_task = self.load_task, None
        self.load_button.setEnabled(True)
        if task is None:
            return
        if task.result is None:
            text = _translate("RksdOffline", "The package could not be loaded: {}").format(error_text(task.error))
            log(text, Qgis.MessageLevel.Critical)
            self.message.emit(text, Qgis.MessageLevel.Critical)
            return
        self.registry.add(task.result)
        self.fill_packages()
        self.packages_changed.emit()
        self.message.emit(_translate("RksdOffline", "Package loaded: {}").format(describe(task.result)), Qgis.MessageLevel.Success)

    def remove_package(self):
        item = self.packages.currentItem() or (self.packages.item(0) if self.packages.count() else None)
        if item is not None:
            self.registry.remove(item.data(Qt.ItemDataRole.UserRole))
            self.fill_packages()
            self.packages_changed.emit()

    def shutdown(self):
        """Cancel the panel's tasks and let go of them (see ``let_go``)."""
        let_go(self.cache_task, self._cache_done)
        let_go(self.load_task, self._package_loaded)
        self.cache_task = self.load_task = None
