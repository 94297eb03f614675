"""`make demo`'s script, run as a user runs it: outputs exist and show what they should."""
import json
import os
import subprocess
import sys

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_demo_writes_geopackage_maps_and_summary(tmp_path):
    out = str(tmp_path / "demo")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    run = subprocess.run(
        [sys.executable, os.path.join(ROOT, "scripts", "demo.py"), "--out", out],
        capture_output=True, text=True, timeout=600, env=env, cwd=ROOT,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "buurten" in run.stdout and "44 features" in run.stdout
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as handle:
        summary = json.load(handle)
    assert summary["layers"]["buurten"]["features"] == 44
    assert summary["layers"]["buurten"]["only_in_cbs"] == [] and summary["seconds"] > 0
    gpkg = os.path.join(out, "maastricht.gpkg")
    for name, count in (("buurten", 44), ("wijken", 7), ("gemeente", 1)):
        assert QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr").featureCount() == count
    png = os.path.join(out, "maps", "aandeel_65plus.png")
    image = QImage(png)
    assert image.width() > 1000
    ramp = {QColor(c).rgb() for c in ("#feebe2", "#fbb4b9", "#f768a1", "#c51b8a", "#7a0177")}
    seen = set()
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            rgb = image.pixel(x, y)
            if rgb in ramp:
                seen.add(rgb)
    assert len(seen) == 5  # every class colour is on the map: the buurten are coloured by 65+ share
