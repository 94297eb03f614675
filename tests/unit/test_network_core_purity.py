"""core.network never imports QGIS or Qt; its parameter modules do not even need numpy."""
import subprocess
import sys


def run(code):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_core_network_imports_no_qgis():
    code = (
        "import sys\n"
        "import rksd_plugin.core.network.reachability, rksd_plugin.core.network.fca\n"
        "import rksd_plugin.core.network.langer_thuis, rksd_plugin.core.network.aggregate\n"
        "import rksd_plugin.core.network.wkb, rksd_plugin.core.network.search\n"
        "print('BAD', [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'processing')])\n"
    )
    out = run(code)
    assert "BAD []" in out.stdout, out.stdout + out.stderr


def test_defaults_and_params_load_without_numpy():
    code = (
        "import sys\n"
        "import rksd_plugin.core.network.defaults, rksd_plugin.core.network.params\n"
        "import rksd_plugin.core.network.backend\n"
        "print('NUMPY', 'numpy' in sys.modules)\n"
    )
    out = run(code)
    assert "NUMPY False" in out.stdout, out.stdout + out.stderr


def test_without_scipy_the_fallback_is_used_and_said():
    code = (
        "import os\n"
        "os.environ['RKSD_NO_SCIPY'] = '1'\n"
        "import sys, numpy as np\n"
        "from rksd_plugin.core.network import backend, reachability\n"
        "from rksd_plugin.core.network.graph import RoadGraph\n"
        "road = RoadGraph.from_polylines(np.array([[0., 0.], [100., 0.]]), np.array([0, 2]))\n"
        "res = reachability.analyse(np.array([[10., 5.]]), np.array([[90., -5.]]), None, [100.], np.inf, road)\n"
        "print('BACKEND', res.backend, res.groups[None].network[0])\n"
        "print('NOTE', 'scipy is not available' in backend.note(None))\n"
        "print('SCIPY_GRAPH', 'scipy.sparse.csgraph' in sys.modules)\n"
    )
    out = run(code)
    assert "BACKEND python 80.0" in out.stdout, out.stdout + out.stderr
    assert "NOTE True" in out.stdout
    assert "SCIPY_GRAPH False" in out.stdout
