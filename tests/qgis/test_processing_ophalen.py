"""``rksd:ophalen``: the main job as a Processing algorithm, in process and from qgis_process.

On the bundled sample (offline), the GeoPackage it writes must equal the one ``make demo``
writes, value for value, in every layer.
"""
import json
import os
import sqlite3
import subprocess

import pytest

from tests.qgis.test_processing_qgis_process import ROOT, call, environment  # noqa: F401 - fixture

SAMPLE = os.path.join(ROOT, "resources", "sample", "maastricht_2024")
LAYERS = ("buurten", "wijken", "gemeente")


def rows(gpkg, table):
    """Every feature of ``table`` as {column: value}, keyed by code (fid left out: an order, not a value)."""
    connection = sqlite3.connect(gpkg)
    try:
        cursor = connection.execute('SELECT * FROM "{}"'.format(table))
        names = [d[0] for d in cursor.description]
        found = {}
        for row in cursor:
            record = dict(zip(names, row))
            record.pop("fid", None)
            found[record["code"]] = record
        return found
    finally:
        connection.close()


def assert_equal_in_values(ours, reference):
    for table in LAYERS:
        got, expected = rows(ours, table), rows(reference, table)
        assert set(got) == set(expected), table
        for code, record in expected.items():
            assert set(got[code]) == set(record), (table, code)
            for key, value in record.items():
                if isinstance(value, float):
                    assert got[code][key] == pytest.approx(value, rel=1e-12, abs=1e-12), (table, code, key)
                else:
                    assert got[code][key] == value, (table, code, key)


@pytest.fixture(scope="module")
def demo_gpkg(tmp_path_factory, qgis_app):
    from scripts.demo import demo_geopackage

    path = str(tmp_path_factory.mktemp("demo") / "maastricht.gpkg")
    demo_geopackage(path, "nl")
    return path


def test_in_process_on_the_sample_equals_the_demo(rksd_provider, demo_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    output = str(tmp_path / "ophalen.gpkg")
    feedback = QgsProcessingFeedback()
    progress = []
    feedback.progressChanged.connect(progress.append)
    result = processing.run("rksd:ophalen", {"GEMEENTE": "Maastricht", "YEAR": 2024, "PACKAGE": SAMPLE,
                                             "OUTPUT": output}, feedback=feedback)
    assert result["OUTPUT"] == output and result["BUURTEN"] == 44
    assert json.loads(result["SUMMARY"])["layers"]["buurten"]["matched"] == 44
    assert_equal_in_values(output, demo_gpkg)
    assert progress and max(progress) == 100


def test_cancel_writes_nothing(rksd_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    output = str(tmp_path / "cancelled.gpkg")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException) as info:
        processing.run("rksd:ophalen", {"GEMEENTE": "GM0935", "YEAR": 2024, "PACKAGE": SAMPLE, "OUTPUT": output},
                       feedback=feedback)
    assert "Cancelled" in str(info.value) and not os.path.exists(output)


def test_a_gemeente_the_package_lacks_is_a_clear_error(rksd_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        processing.run("rksd:ophalen", {"GEMEENTE": "GM0289", "YEAR": 2024, "PACKAGE": SAMPLE,
                                        "OUTPUT": str(tmp_path / "x.gpkg")})
    assert "GM0289" in str(info.value)


def test_qgis_process_on_the_sample_equals_the_demo(environment, demo_gpkg):  # noqa: F811
    env, base = environment
    output = str(base / "ophalen.gpkg")
    sample = os.path.join(str(base), "plugins", "rksd_plugin", "resources", "sample", "maastricht_2024")
    out = call(env, "run", "rksd:ophalen", "--json", "--", "GEMEENTE=GM0935", "YEAR=2024", "PACKAGE=" + sample,
               "OUTPUT=" + output)
    assert out.returncode == 0, out.stderr[-3000:]
    results = json.loads(out.stdout[out.stdout.index("{"):])["results"]
    assert results["BUURTEN"] == 44
    assert_equal_in_values(output, demo_gpkg)


def test_qgis_process_lists_and_describes_it(environment):  # noqa: F811
    env, _ = environment
    out = call(env, "help", "rksd:ophalen")
    assert out.returncode == 0, out.stderr
    for name in ("GEMEENTE", "YEAR", "QUESTIONS", "PACKAGE", "OFFLINE", "OUTPUT"):
        assert name in out.stdout
