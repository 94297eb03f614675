"""RksdPlugin: wiring only - menu, toolbar, dock, Processing provider, translations.

Nothing heavy happens here: no pandas or cbsodata import and no network access at load;
the dock builds its contents when it is first shown, the rest is imported on use.
"""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

from .compat import QAction
from .gui.translation import install_translator

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
MENU = "&RKSD"


_translate = QCoreApplication.translate  # a literal context in every call: pylupdate5 needs it


def icon_path():
    for candidate in (
        os.path.join(PLUGIN_DIR, "resources", "icons", "rksd.svg"),
        os.path.join(os.path.dirname(PLUGIN_DIR), "resources", "icons", "rksd.svg"),
    ):
        if os.path.exists(candidate):
            return candidate
    return ""


class RksdPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.action = None
        self.dock = None
        self.provider = None

    # -- Processing ------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API
        from .processing.provider import RksdProvider

        provider = RksdProvider()
        # a refused provider (its id is registered already) is deleted by the registry
        self.provider = provider if QgsApplication.processingRegistry().addProvider(provider) else None

    # -- GUI -------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 - QGIS API
        self.action = QAction(QIcon(icon_path()), _translate("RksdPlugin", "Ruimtelijke Kijk Sociaal Domein"), self.iface.mainWindow())
        self.action.setObjectName("rksdShowDock")
        self.action.setCheckable(True)
        self.action.setToolTip(_translate("RksdPlugin", "Open the RKSD panel: CBS figures per neighbourhood for one municipality"))
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addPluginToMenu(MENU, self.action)
        self.iface.addToolBarIcon(self.action)
        self.initProcessing()

    def unload(self):
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    def _toggle_dock(self, checked):
        if self.dock is None:
            from .gui.dock import RksdDock

            self.dock = RksdDock(self.iface, self.iface.mainWindow())
            self.dock.visibilityChanged.connect(self._sync_action)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.setVisible(checked)

    def _sync_action(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.setChecked(visible)
