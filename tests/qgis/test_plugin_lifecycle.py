"""The plugin loads cheaply and can be unloaded and loaded again."""
import subprocess
import sys
import time

from qgis.core import QgsApplication

from tests.qgis.test_dock_fixtures import dock_settings  # noqa: F401 - fixture


def test_init_unload_init(iface, dock_settings):  # noqa: F811
    import rksd_plugin

    plugin = rksd_plugin.classFactory(iface)
    started = time.perf_counter()
    plugin.initGui()
    elapsed = time.perf_counter() - started
    try:
        assert plugin.action is not None
        assert plugin.action in iface._rksd_menus["&RKSD"]
        assert QgsApplication.processingRegistry().providerById("rksd") is not None
        plugin.unload()
        assert plugin.action is None
        assert iface._rksd_menus["&RKSD"] == []
        assert QgsApplication.processingRegistry().providerById("rksd") is None
        plugin.initGui()
        assert QgsApplication.processingRegistry().providerById("rksd") is not None
        plugin.action.setChecked(True)  # opens the dock
        assert plugin.dock is not None and not plugin.dock.isHidden()
    finally:  # a failure must not leave the plugin's provider behind for the next tests
        plugin.unload()
    assert plugin.dock is None
    print("initGui took {:.1f} ms".format(elapsed * 1000))


def test_loading_imports_no_pandas_no_cbsodata_no_network():
    code = (
        "import sys, socket\n"
        "def refuse(*a, **k):\n"
        "    raise SystemExit('network at load')\n"
        "socket.socket.connect = refuse\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "from qgis.gui import QgisInterface\n"
        "import rksd_plugin, rksd_plugin.plugin\n"
        "bad = [m for m in ('pandas', 'cbsodata', 'requests', 'numpy.random') if m in sys.modules]\n"
        "print('HEAVY', bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr
