"""The plugin's settings: cache folder, output folder, network timeout, catalog source, and
the bounds on every download (largest answer per kind, deadline, allowed redirect hosts)."""
import os

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ..core.http.limits import KINDS
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
        self.output_dir.setToolTip(_translate(
            "RksdSettings", "Where a new project's results are written; each project keeps its own folder (tab Maps)"))
        form.addRow(_translate("RksdSettings", "Default output folder"), self.output_dir)
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
        self.background = QCheckBox(_translate("RksdSettings", "Add PDOK's background map to every run (online only)"))
        self.background.setObjectName("rksdPdokBackground")
        self.background.setToolTip(_translate(
            "RksdSettings", "A grey topographic map under the neighbourhoods, switched off until you tick it; the maps "
                            "themselves never need it"))
        form.addRow("", self.background)
        layout.addLayout(form)
        layout.addWidget(self._limits_box())
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

    def _limits_box(self):
        box = QGroupBox(_translate("RksdSettings", "Limits"))
        box.setToolTip(_translate(
            "RksdSettings", "Bounds on every download: a larger or slower answer ends with a message naming the "
            "address and the limit"))
        form = QFormLayout(box)
        labels = {
            "catalog": _translate("RksdSettings", "Largest catalog"),
            "metadata": _translate("RksdSettings", "Largest metadata answer"),
            "data": _translate("RksdSettings", "Largest data page"),
            "geometry": _translate("RksdSettings", "Largest geometry page"),
        }
        self.max_mb = {}
        for kind in KINDS:
            spin = QSpinBox()
            spin.setObjectName("rksdMaxMb_" + kind)
            spin.setRange(*settings.RANGES["max_mb_" + kind])
            spin.setSuffix(" MB")
            form.addRow(labels[kind], spin)
            self.max_mb[kind] = spin
        self.deadline = QSpinBox()
        self.deadline.setObjectName("rksdDeadline")
        self.deadline.setRange(*settings.RANGES["deadline"])
        self.deadline.setSuffix(" s")
        self.deadline.setToolTip(_translate(
            "RksdSettings", "One download may take at most this long, first to last byte, however slowly the "
            "server keeps sending"))
        form.addRow(_translate("RksdSettings", "Deadline per download"), self.deadline)
        self.redirect_hosts = QLineEdit()
        self.redirect_hosts.setObjectName("rksdRedirectHosts")
        self.redirect_hosts.setPlaceholderText(_translate("RksdSettings", "none (e.g. mirror.gemeente.nl, *.intern.nl)"))
        self.redirect_hosts.setToolTip(_translate(
            "RksdSettings", "A redirect is followed only within the same service (cbs.nl, pdok.nl) or to these hosts"))
        form.addRow(_translate("RksdSettings", "Allowed redirect hosts"), self.redirect_hosts)
        return box

    def load(self):
        self.cache_dir.setFilePath(settings.value("cache_dir"))
        self.output_dir.setFilePath(settings.value("output_dir"))
        self.timeout.setValue(settings.value("timeout"))
        self.catalog.setFilePath(settings.value("catalog_source"))
        for kind, spin in self.max_mb.items():
            spin.setValue(settings.value("max_mb_" + kind))
        self.deadline.setValue(settings.value("deadline"))
        self.redirect_hosts.setText(settings.value("redirect_hosts"))
        self.background.setChecked(settings.value("pdok_background"))

    def defaults(self):
        for widget in (self.cache_dir, self.output_dir, self.catalog):
            widget.setFilePath("")
        self.timeout.setValue(0)
        for kind, spin in self.max_mb.items():
            spin.setValue(settings.DEFAULTS["max_mb_" + kind])
        self.deadline.setValue(settings.DEFAULTS["deadline"])
        self.redirect_hosts.setText("")
        self.background.setChecked(False)

    def values(self):
        result = {
            "cache_dir": os.path.expanduser(self.cache_dir.filePath().strip()),
            "output_dir": os.path.expanduser(self.output_dir.filePath().strip()),
            "timeout": self.timeout.value(),
            "catalog_source": self.catalog.filePath().strip(),
            "deadline": self.deadline.value(),
            "redirect_hosts": ", ".join(settings.parse_host_list(self.redirect_hosts.text())),
            "pdok_background": self.background.isChecked(),
        }
        result.update({"max_mb_" + kind: spin.value() for kind, spin in self.max_mb.items()})
        return result

    def save(self):
        """Store the values; return the keys that changed (a stored value that could not be
        used counts as changed, so saving replaces it)."""
        changed = []
        for key, new in self.values().items():
            if settings.raw_value(key) != new and (settings.value(key) != new or not settings.checked(
                    key, settings.raw_value(key))[1]):
                settings.set_value(key, new)
                changed.append(key)
        return changed
