"""``rksd:ophalen``: the main job as a Processing algorithm, in process and from qgis_process.

On the bundled sample (offline), the GeoPackage it writes must equal the one ``make demo``
writes, value for value, in every layer.
"""
import json
import os
import sqlite3

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
    from qgis import processing
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


def test_a_series_from_the_sample(rksd_provider, demo_gpkg, tmp_path):
    """FIRST_YEAR makes a series: the newest year equals a single run, and the GeoPackage
    holds every year's layers, the series tables, the change map and the peers."""
    from qgis import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    output = str(tmp_path / "reeks.gpkg")
    feedback = QgsProcessingFeedback()
    result = processing.run("rksd:ophalen", {"GEMEENTE": "GM0935", "FIRST_YEAR": 2017, "YEAR": 2024,
                                             "PACKAGE": SAMPLE, "OUTPUT": output}, feedback=feedback)
    summary = json.loads(result["SUMMARY"])
    # 2018-2020 are not in the package: left out, said so; the rest comes through
    assert summary["years"] == [2017, 2021, 2022, 2023, 2024] and summary["target_year"] == 2024
    assert_equal_in_values(output, demo_gpkg)
    connection = sqlite3.connect(output)
    try:
        tables = {r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents")}
        series = connection.execute(
            "SELECT jaar, waarde, methode, bron FROM reeks_buurten WHERE code = 'BU09350406' "
            "AND kenmerk = 'misdrijven_totaal' ORDER BY jaar").fetchall()
        peers = connection.execute("SELECT count(*) FROM vergelijkingsgroep WHERE jaar = 2017").fetchone()[0]
    finally:
        connection.close()
    assert {"buurten_2017", "buurten_2021", "buurten_2024", "reeks_buurten", "reeks_wijken", "reeks_gemeente",
            "verandering_buurten", "vergelijking_gemeenten", "vergelijkingsgroep"} <= tables
    assert series == [(2021, 149, "direct", "47018NED"), (2022, 132, "direct", "47018NED"),
                      (2023, 149, "direct", "47018NED"), (2024, 169, "direct", "47018NED")]
    assert peers >= 6  # the gemeente itself and its peers
    change = QgsVectorLayer("{}|layername=verandering_buurten".format(output), "change", "ogr")
    assert change.isValid() and change.renderer().type() == "RuleRenderer"


def test_cancel_writes_nothing(rksd_provider, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    output = str(tmp_path / "cancelled.gpkg")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException) as info:
        processing.run("rksd:ophalen", {"GEMEENTE": "GM0935", "YEAR": 2024, "PACKAGE": SAMPLE, "OUTPUT": output},
                       feedback=feedback)
    assert "Cancelled" in str(info.value) and not os.path.exists(output)


def test_a_gemeente_the_package_lacks_is_a_clear_error(rksd_provider, tmp_path):
    from qgis import processing
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


def test_a_series_with_peers_named_by_hand(rksd_provider, tmp_path):
    from qgis import processing

    output = str(tmp_path / "reeks_peers.gpkg")
    result = processing.run("rksd:ophalen", {"GEMEENTE": "GM0935", "FIRST_YEAR": 2023, "YEAR": 2024,
                                             "PACKAGE": SAMPLE, "PEERS": "Zwolle, GM0034", "OUTPUT": output})
    summary = json.loads(result["SUMMARY"])
    assert summary["peers"]["2024"]["rule"] == "by_hand"
    assert summary["peers"]["2024"]["codes"] == ["GM0034", "GM0193"]  # Almere by code, Zwolle by name
