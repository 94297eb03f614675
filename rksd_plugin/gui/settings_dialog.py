"""The plugin's settings: cache folder, output folder, network timeout, catalog source."""
import os

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from . import settings

_translate = QCoreApplication.translate


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("RksdSettingsDialog")
        self.setWindowTitle(_translate("RksdSettings", "RKSD settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.cache_dir = QgsFileWidget()
        self.cache_dir.setObjectName("rksdCacheDir")
        self.cache_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.cache_dir.lineEdit().setPlaceholderText(settings.default_cache_dir())
        self.cache_dir.setToolTip(_translate("RksdSettings", "Every download is kept here; empty = the default folder"))
        form.addRow(_translate("RksdSettings", "Cache folder"), self.cache_dir)
        self.output_dir = QgsFileWidget()
        self.output_dir.setObjectName("rksdOutputDir")
        self.output_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_dir.lineEdit().setPlaceholderText(settings.default_output_dir())
        self.output_dir.setToolTip(_translate("RksdSettings", "Where the GeoPackages are written"))
        form.addRow(_translate("RksdSettings", "Output folder"), self.output_dir)
        self.timeout = QSpinBox()
        self.timeout.setObjectName("rksdTimeout")
        self.timeout.setRange(0, 600)
        self.timeout.setSuffix(" s")
        self.timeout.setSpecialValueText(_translate("RksdSettings", "QGIS network setting"))
        self.timeout.setToolTip(_translate(
            "RksdSettings", "Maximum wait for one answer; 0 uses the timeout of Settings > Options > Network"))
        form.addRow(_translate("RksdSettings", "Timeout"), self.timeout)
        self.catalog = QgsFileWidget()
        self.catalog.setObjectName("rksdCatalogSource")
        self.catalog.setFilter(_translate("RksdSettings", "Catalog (*.json)"))
        self.catalog.lineEdit().setPlaceholderText(_translate("RksdSettings", "built-in catalog"))
        self.catalog.setToolTip(_translate(
            "RksdSettings", "A newer catalog: a JSON file or an https:// address. Empty = the catalog shipped "
            "with the plugin. A catalog that does not validate is refused."))
        form.addRow(_translate("RksdSettings", "Catalog"), self.catalog)
        layout.addLayout(form)
        note = QLabel(_translate(
            "RksdSettings", "Proxy and certificates are those of QGIS (Settings > Options > Network)."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.defaults)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setToolTip(
            _translate("RksdSettings", "Empty every field: the plugin's defaults apply"))
        layout.addWidget(buttons)
        self.load()

    def load(self):
        self.cache_dir.setFilePath(settings.value("cache_dir"))
        self.output_dir.setFilePath(settings.value("output_dir"))
        self.timeout.setValue(settings.value("timeout"))
        self.catalog.setFilePath(settings.value("catalog_source"))

    def defaults(self):
        for widget in (self.cache_dir, self.output_dir, self.catalog):
            widget.setFilePath("")
        self.timeout.setValue(0)

    def values(self):
        return {
            "cache_dir": os.path.expanduser(self.cache_dir.filePath().strip()),
            "output_dir": os.path.expanduser(self.output_dir.filePath().strip()),
            "timeout": self.timeout.value(),
            "catalog_source": self.catalog.filePath().strip(),
        }

    def save(self):
        """Store the values; return the keys that changed."""
        changed = []
        for key, new in self.values().items():
            if settings.value(key) != new:
                settings.set_value(key, new)
                changed.append(key)
        return changed
