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

    # vars(): pytest-qgis 5's iface answers every unknown attribute with a MagicMock
    menus = vars(qgis_iface).setdefault("_rksd_menus", {})

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


@pytest.fixture(scope="session", autouse=True)
def layer_tree_view(qgis_iface):
    """A real layer tree view for the fake ``iface``: Processing's post-processing hands
    ``iface.layerTreeView()`` to C++ from QGIS 3.40 on, which refuses a mock."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view)
    view.setModel(model)
    qgis_iface.layerTreeView = lambda: view
    yield view


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


# No test reaches the internet, and no task outlives the test that started it. A request to any
# host but loopback (or through a loopback proxy set in QGIS) is sent to a refused loopback port
# instead, so it fails at once whatever the machine's network does, and the test that made it
# fails. A task still running when its test ends would otherwise keep exitQgis waiting.
LOOPBACK = ("127.0.0.1", "localhost", "::1")
TASK_END_SECONDS = 30
_OUTSIDE_REQUESTS = []


def _through_loopback_proxy():
    from qgis.core import QgsSettings

    settings = QgsSettings()
    enabled = str(settings.value("proxy/proxyEnabled", "false")).lower() == "true"
    return enabled and settings.value("proxy/proxyHost", "") in LOOPBACK


def _keep_on_this_machine(request):
    url = request.url()
    if url.host() in LOOPBACK or url.scheme() == "file" or _through_loopback_proxy():
        return
    from qgis.PyQt.QtCore import QUrl

    _OUTSIDE_REQUESTS.append(url.toString())
    request.setUrl(QUrl("http://127.0.0.1:9/refused-by-the-test-network-guard"))


@pytest.fixture(scope="session", autouse=True)
def hermetic_network(qgis_app):
    from qgis.core import QgsNetworkAccessManager

    key = QgsNetworkAccessManager.setRequestPreprocessor(_keep_on_this_machine)
    yield
    QgsNetworkAccessManager.removeRequestPreprocessor(key)


@pytest.fixture(autouse=True)
def nothing_outlives_the_test(hermetic_network):
    import time

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    yield
    manager = QgsApplication.taskManager()
    if manager.countActiveTasks():
        manager.cancelAll()
        deadline = time.time() + TASK_END_SECONDS
        while manager.countActiveTasks() and time.time() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        QCoreApplication.processEvents()
    stuck = [task.description() for task in manager.activeTasks()]
    outside = list(_OUTSIDE_REQUESTS)
    _OUTSIDE_REQUESTS.clear()
    assert not outside, "the test asked hosts outside this machine: {}".format(outside)
    assert not stuck, "tasks still running {} s after cancel: {}".format(TASK_END_SECONDS, stuck)
