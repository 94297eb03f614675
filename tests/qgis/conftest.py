"""QGIS test fixtures (pytest-qgis 2.1.0 starts a headless QgsApplication)."""
import pytest


@pytest.fixture
def project(qgis_new_project):
    from qgis.core import QgsProject

    return QgsProject.instance()


@pytest.fixture
def iface(qgis_iface):
    """pytest-qgis's QgisInterface plus the few methods it lacks (menu and dock removal)."""
    from qgis.PyQt.QtCore import Qt

    menus = getattr(qgis_iface, "_rksd_menus", {})
    qgis_iface._rksd_menus = menus

    def add_plugin_to_menu(name, action):
        menus.setdefault(name, []).append(action)

    def remove_plugin_menu(name, action):
        menus.get(name, []).remove(action)

    def add_dock_widget(area, dock):
        qgis_iface.mainWindow().addDockWidget(area or Qt.RightDockWidgetArea, dock)

    def remove_dock_widget(dock):
        qgis_iface.mainWindow().removeDockWidget(dock)

    qgis_iface.addPluginToMenu = add_plugin_to_menu
    qgis_iface.removePluginMenu = remove_plugin_menu
    qgis_iface.addDockWidget = add_dock_widget
    qgis_iface.removeDockWidget = remove_dock_widget
    return qgis_iface


_PROVIDER = []


@pytest.fixture
def rksd_provider(qgis_processing):
    """The rksd Processing provider registered for the test, removed again afterwards."""
    from qgis.core import QgsApplication

    from rksd_plugin.processing.provider import RksdProvider

    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("rksd") is None:
        added = RksdProvider()
        _PROVIDER[:] = [added]  # the registry does not keep the Python object alive
        registry.addProvider(added)
    yield registry
    if added is not None:  # leave the registry as we found it (the lifecycle test checks it)
        registry.removeProvider(added)
        _PROVIDER[:] = []
