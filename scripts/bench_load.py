"""`make bench` (plugin load): what loading RKSD costs QGIS, against an eager plugin.

Each measurement runs in a fresh process: the time of ``import rksd_plugin`` +
``classFactory(iface).initGui()``, and, as the obvious alternative, the same plus
importing pandas, requests and cbsodata at load (what a plugin that imports its
dependencies at module level pays). Median of 5 runs; written to out/bench/load.json.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CHILD = r"""
import os, sys, time, json
sys.path.insert(0, {root!r}); sys.path.insert(0, os.path.join({root!r}, "scripts"))
from qgis_headless import start_qgis
start_qgis()
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow, QToolBar
window = QMainWindow(); canvas = QgsMapCanvas(window); toolbar = QToolBar(window)
class Iface:  # the part of QgisInterface that initGui uses; QGIS's own is not headless
    def mainWindow(self): return window
    def mapCanvas(self): return canvas
    def addPluginToMenu(self, name, action): window.menuBar().addAction(action)
    def addToolBarIcon(self, action): toolbar.addAction(action)
iface = Iface()
started = time.perf_counter()
if {eager}:
    import pandas, requests, cbsodata  # what an eager plugin imports at load
import rksd_plugin
plugin = rksd_plugin.classFactory(iface)
plugin.initGui()
elapsed = time.perf_counter() - started
heavy = [m for m in ("pandas", "cbsodata", "requests") if m in sys.modules]
print(json.dumps({{"seconds": elapsed, "heavy_modules_loaded": heavy}}))
"""


def measure(eager, runs=5):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    times, heavy = [], None
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD.format(root=ROOT, eager=eager)],
                             capture_output=True, text=True, env=env, timeout=120)
        line = [l for l in out.stdout.splitlines() if l.startswith("{")]
        if out.returncode != 0 or not line:
            raise SystemExit(out.stderr[-2000:])
        data = json.loads(line[-1])
        times.append(data["seconds"])
        heavy = data["heavy_modules_loaded"]
    return statistics.median(times), heavy


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    args = parser.parse_args()
    ours, ours_heavy = measure(False)
    eager, eager_heavy = measure(True)
    report = {
        "rksd_initgui_seconds": round(ours, 4),
        "rksd_heavy_modules_at_load": ours_heavy,
        "eager_alternative_seconds": round(eager, 4),
        "ratio_eager_over_rksd": round(eager / ours, 1),
        "runs": 5,
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "load.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    print("Plugin load: import + initGui {:.1f} ms (heavy modules at load: {}); eager alternative {:.1f} ms "
          "(x{})".format(ours * 1000, ours_heavy or "none", eager * 1000, report["ratio_eager_over_rksd"]))


if __name__ == "__main__":
    main()
