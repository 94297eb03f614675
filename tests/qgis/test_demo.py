"""`make demo`'s script, run as a user runs it: outputs exist and show what they should."""
import json
import os
import subprocess
import sys

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from rksd_plugin.core import classify

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
    assert colours_on(os.path.join(out, "maps", "aandeel_65plus.png"), classify.ramp("YlOrRd", 5)) == 5
    # the six question maps: every quintile colour of the index ramp shows up
    for number, key in enumerate(["kwetsbaarheid", "financieel", "eenzaamheid", "langer_thuis", "zorgvraag",
                                  "veiligheid"], start=1):
        png = os.path.join(out, "maps", "vraag{}_{}.png".format(number, key))
        assert colours_on(png, classify.ramp(classify.question_ramp(number), 5)) >= 4, png  # its own ramp
        question = summary["questions"][key]
        assert question["index_field"] == key + "_index"
        assert question["component_fields"] and question["buurten_with_index"] >= 30
    # the gemeente's own data: own facilities feed reachability, SYNTHETIC own figures are protected
    own = summary["own_data"]
    assert own["facilities"]["placed"] >= 60 and own["facilities"]["not_placed"] > 0
    assert own["facilities"]["placed_by"].get("coordinaten") == own["facilities"]["placed"]
    reach = os.path.join(out, "maps", "bereikbaarheid_eigen_voorzieningen.png")
    assert colours_on(reach, classify.ramp("YlOrRd", 4)) >= 3
    figures = own["figures"]
    assert figures["synthetic"] and figures["suppressed_buurten_wmo"] > 0
    own_map = os.path.join(out, "maps", "eigen_cijfers_synthetisch_wmo.png")
    assert colours_on(own_map, ["#c00000"]) == 1, "SYNTHETISCH on the map's page"
    from rksd_plugin.qgis_io.render import side_column

    column_left = side_column()[0] / 297.0  # the A4 page's share left of the legend column
    red = columns_with(own_map, "#c00000")
    assert red and min(red) > column_left * QImage(own_map).width(), "the stamp hides no buurt: right of the map"
    assert colours_on(own_map, classify.ramp("Purples", 5)) >= 4
    with open(gpkg, "rb") as handle:
        assert b"SYNTH-P" not in handle.read(), "no client id in the GeoPackage"
    buurten = QgsVectorLayer("{}|layername=buurten".format(gpkg), "b", "ogr")
    statuses = {f["eigen_sd_wmo_status"] for f in buurten.getFeatures()}
    assert "afgeschermd" in statuses and "gepubliceerd" in statuses


def columns_with(png, colour):
    """The x of every (5th) pixel column where ``colour`` appears."""
    image = QImage(png)
    wanted = QColor(colour).rgb()
    return [x for x in range(0, image.width(), 5)
            if any(image.pixel(x, y) == wanted for y in range(0, image.height(), 5))]


def colours_on(png, colours):
    """How many of ``colours`` appear on the rendered map."""
    image = QImage(png)
    assert image.width() > 1000
    wanted = {QColor(c).rgb() for c in colours}
    seen = set()
    for x in range(0, image.width(), 5):
        for y in range(0, image.height(), 5):
            rgb = image.pixel(x, y)
            if rgb in wanted:
                seen.add(rgb)
    return len(seen)
