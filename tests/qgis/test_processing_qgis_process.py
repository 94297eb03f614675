"""The algorithms are visible to, and run from, the `qgis_process` command line.

qgis_process loads Python plugins from QGIS_PLUGINPATH when they are enabled in the
profile; QGIS_CUSTOM_CONFIG_PATH points it at a throw-away profile with RKSD enabled. On
Debian, /usr/bin/qgis_process is a wrapper that adds an option qgis_process 3.22 does not
know (--noversioncheck), so the binary qgis_process.bin is called directly when present.
"""
import json
import os
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FACILITIES = os.path.join(ROOT, "resources", "sample", "maastricht_osm", "maastricht_voorzieningen.geojson")
BUURTEN = os.path.join(ROOT, "tests", "fixtures", "samples", "maastricht_wijkbuurtkaart_2017",
                       "maastricht_buurten_2017_wgs84.geojson")


def qgis_process():
    for name in ("qgis_process.bin", "qgis_process"):
        path = shutil.which(name)
        if path:
            return path
    raise AssertionError("qgis_process is not installed")


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    """A plugin folder like `make plugin` builds, and a profile that enables it."""
    base = tmp_path_factory.mktemp("qgis_process")
    plugin = base / "plugins" / "rksd_plugin"
    shutil.copytree(os.path.join(ROOT, "rksd_plugin"), plugin, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(os.path.join(ROOT, "metadata.txt"), plugin / "metadata.txt")
    shutil.copytree(os.path.join(ROOT, "resources"), plugin / "resources")
    import cbsodata  # bundled as `make plugin` does: a user's QGIS has no cbsodata

    shutil.copytree(os.path.dirname(cbsodata.__file__), plugin / "ext_libs" / "cbsodata",
                    ignore=shutil.ignore_patterns("__pycache__"))
    config = base / "config"
    profile = config / "profiles" / "default" / "QGIS"
    profile.mkdir(parents=True)
    (profile / "QGIS3.ini").write_text("[PythonPlugins]\nrksd_plugin=true\n")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QGIS_PLUGINPATH=str(base / "plugins"),
               QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)  # the plugin must load from the plugin folder, not the checkout
    return env, base


def call(env, *arguments):
    return subprocess.run([qgis_process()] + list(arguments), capture_output=True, text=True, env=env, timeout=300)


def test_listed(environment):
    env, _ = environment
    out = call(env, "list")
    assert out.returncode == 0, out.stderr
    for algorithm in ("rksd:bereikbaarheid", "rksd:langer_thuis", "rksd:zorgvraag_aanbod"):
        assert algorithm in out.stdout


def test_help_shows_parameters(environment):
    env, _ = environment
    out = call(env, "help", "rksd:langer_thuis")
    assert out.returncode == 0, out.stderr
    assert "WEIGHT_SUPERMARKT" in out.stdout and "THRESHOLDS" in out.stdout


def test_runs_reachability_and_langer_thuis(environment):
    env, base = environment
    output = str(base / "bereikbaarheid.gpkg")
    out = call(env, "run", "rksd:bereikbaarheid", "--json", "--", "ORIGINS=" + BUURTEN, "FACILITIES=" + FACILITIES,
               "CATEGORY_FIELD=categorie", "RADII=500;1000", "OUTPUT=" + output)
    assert out.returncode == 0, out.stderr[-2000:]
    results = json.loads(out.stdout[out.stdout.index("{"):])["results"]
    assert results["METHOD"] == "hemelsbreed" and results["ORIGIN_COUNT"] > 1000
    from qgis.core import QgsVectorLayer

    from tests.support.network_fixtures import dispose

    layer = QgsVectorLayer(output, "out", "ogr")
    assert layer.featureCount() == 44 and layer.fields().lookupField("aandeel_500_supermarkt") >= 0
    dispose(layer)
    output = str(base / "langer_thuis.gpkg")
    out = call(env, "run", "rksd:langer_thuis", "--", "AREAS=" + BUURTEN, "FACILITIES=" + FACILITIES,
               "CATEGORY_FIELD=categorie", "OUTPUT=" + output)
    assert out.returncode == 0, out.stderr[-2000:]
    layer = QgsVectorLayer(output, "out", "ogr")
    assert layer.featureCount() == 44 and layer.fields().lookupField("score") >= 0
    dispose(layer)


def test_bad_input_fails_with_message(environment):
    env, base = environment
    out = call(env, "run", "rksd:bereikbaarheid", "--", "ORIGINS=" + BUURTEN, "FACILITIES=" + FACILITIES,
               "RADII=veel", "OUTPUT=" + str(base / "x.gpkg"))
    assert out.returncode != 0
    assert "not a list of positive numbers" in out.stdout + out.stderr
