"""Own figures end to end: SYNTHETIC client records into Maastricht's GeoPackage, then try to break it.

The areas and population are Maastricht's real ones (the bundled sample run through the
pipeline); the client records are SYNTHETIC (core.owndata.synthetic). After the import
every test reads back what was written - the GeoPackage's layers, tables and provenance,
a saved project, the message log, the temp folder - and tries to recover a hidden count,
or to find any trace of a client row. It must fail to.
"""
import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import closing

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProject, QgsVectorLayer

from rksd_plugin.core.owndata import synthetic
from rksd_plugin.core.owndata.disclosure import Rules
from tests.support import own_data
from tests.support.network_qgis import rksd_processing, run  # noqa: F401 - fixture

VOORZIENINGEN = ("jeugdwet", "participatiewet", "wmo")


@pytest.fixture(scope="module")
def base_gpkg(tmp_path_factory):
    """Maastricht's RKSD GeoPackage, made by the real pipeline and writer from the bundled sample."""
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.qgis_io.layers import write_result

    folder = tmp_path_factory.mktemp("base")
    path = str(folder / "rksd_GM0935_2024.gpkg")
    write_result(own_data.maastricht_result(), path, Catalog.load(), "nl")
    return path


@pytest.fixture
def gpkg(base_gpkg, tmp_path):
    path = str(tmp_path / "run" / "rksd_GM0935_2024.gpkg")
    os.makedirs(os.path.dirname(path))
    shutil.copy(base_gpkg, path)
    return path


def write_clients(folder):
    _, buurten, _, _ = own_data.maastricht_areas()
    rows = synthetic.synthetic_clients(buurten, seed=21, stacking=0.2)
    os.makedirs(str(folder), exist_ok=True)
    return synthetic.write_csv(os.path.join(str(folder), "SYNTHETIC_clienten.csv"), rows), rows


@pytest.fixture
def clients(tmp_path):
    """A SYNTHETIC client file (one row per person and voorziening) and its rows."""
    return write_clients(tmp_path / "input")


@pytest.fixture(scope="module")
def imported(base_gpkg, tmp_path_factory):
    """One import with stapeling that the read-only tests share: ``(gpkg, rows)`` - the code path
    of rksd:eigen_clienten without the Processing framework around it."""
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.owndata.model import DatasetInfo
    from rksd_plugin.core.owndata.records import RecordSpec
    from rksd_plugin.qgis_io.own_figures_io import merge_release, release_from_records

    folder = tmp_path_factory.mktemp("imported")
    path = str(folder / "rksd_GM0935_2024.gpkg")
    shutil.copy(base_gpkg, path)
    source, rows = write_clients(folder / "input")
    spec = RecordSpec("buurt", "buurtcode", voorziening_field="voorziening", unit_field="client_id")
    info = DatasetInfo("sd", {"nl": "Sociaal domein", "en": "Social domain"}, synthetic=True)
    release, _ = release_from_records(source, spec, info, path, Rules(), stapeling=True)
    merge_release(path, release, Catalog.load())
    return path, rows


class LogWatcher:
    """Every message QGIS's log receives while it listens."""

    def __init__(self):
        self.messages = []
        QgsApplication.messageLog().messageReceived.connect(self._received)

    def _received(self, message, tag, level):
        self.messages.append("{} {}".format(tag, message))

    def stop(self):
        QgsApplication.messageLog().messageReceived.disconnect(self._received)


def import_records(gpkg, source, **extra):
    parameters = {"INPUT": source, "AREA_KIND": 0, "AREA_FIELD": "buurtcode", "VOORZIENING_FIELD": "voorziening",
                  "UNIT_FIELD": "client_id", "STAPELING": True, "GPKG": gpkg, "KEY": "sd", "TITLE": "Sociaal domein",
                  "SYNTHETIC": True}
    parameters.update(extra)
    return run("rksd:eigen_clienten", parameters)


def published_from_gpkg(gpkg, dataset="sd"):
    """What anyone can read back: the published counts per measure and cell, from the file itself."""
    found = {}
    with closing(sqlite3.connect(gpkg)) as db:
        for measure, level, code, count in db.execute(
                "SELECT maat, niveau, code, aantal FROM rksd_eigen_cijfers WHERE dataset = ?", (dataset,)):
            found.setdefault(measure, {})[(level, code)] = count
    return found


def layer_values(gpkg, layer, field):
    result = {}
    source = QgsVectorLayer("{}|layername={}".format(gpkg, layer), layer, "ogr")
    for feature in source.getFeatures():
        value = feature[field]
        result[feature["code"]] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
    return result


def true_counts(rows, hierarchy):
    """The true counts per measure and cell (for judging the attacker, never published)."""
    persons = {}
    for row in rows:
        if row["buurtcode"].startswith("BU0935"):
            entry = persons.setdefault(row["client_id"], {"buurt": row["buurtcode"], "v": set()})
            entry["v"].add(row["voorziening"].lower())
    atomic = {}
    for entry in persons.values():
        leaf = atomic.setdefault(("buurt", entry["buurt"]), {})
        combo = frozenset(entry["v"])
        leaf[combo] = leaf.get(combo, 0) + 1
    truth = {}
    for measure, test in [(v, lambda c, v=v: v in c) for v in VOORZIENINGEN] + [
            ("een_of_meer", lambda c: True), ("twee_of_meer", lambda c: len(c) >= 2)]:
        leaves = {leaf: sum(n for c, n in combos.items() if test(c)) for leaf, combos in atomic.items()}
        truth[measure] = hierarchy.totals(leaves)
    return truth, atomic


def combos_of_columns():
    import itertools

    every = [frozenset(c) for k in range(1, 4) for c in itertools.combinations(VOORZIENINGEN, k)]
    result = {v: [c for c in every if v in c] for v in VOORZIENINGEN}
    result["een_of_meer"] = every
    result["twee_of_meer"] = [c for c in every if len(c) >= 2]
    return result


def test_client_records_become_protected_own_indicators(imported):
    gpkg, rows = imported
    published = published_from_gpkg(gpkg)
    assert set(published) == set(VOORZIENINGEN) | {"een_of_meer", "twee_of_meer"}
    hierarchy = own_data.hierarchy()
    truth, _ = true_counts(rows, hierarchy)
    for measure, cells in published.items():
        for cell, shown in cells.items():
            assert shown is None or shown == truth[measure][cell]
            assert shown is None or not 1 <= shown <= 4, (measure, cell)
        assert any(v is None for v in cells.values()), "SYNTHETIC data with small buurten: something is hidden"
    rate = layer_values(gpkg, "buurten", "eigen_sd_wmo")
    status = layer_values(gpkg, "buurten", "eigen_sd_wmo_status")
    population = layer_values(gpkg, "buurten", "inwoners")
    for code, value in rate.items():
        count = published["wmo"][("buurt", code)]
        if count is None:
            assert value is None and status[code] == "afgeschermd"
        elif population[code]:
            assert value == pytest.approx(1000.0 * count / population[code])


def test_no_hidden_count_can_be_recovered_from_anything_written(imported):
    """Totals, differences, the wijk and gemeente layers, the rates, the long table: all read back."""
    gpkg, rows = imported
    hierarchy = own_data.hierarchy()
    truth, atomic = true_counts(rows, hierarchy)
    published = published_from_gpkg(gpkg)
    # every number in the area layers agrees with the long table: there is nothing more to learn there
    for layer, level in (("buurten", "buurt"), ("wijken", "wijk"), ("gemeente", "gemeente")):
        for measure in published:
            counts = layer_values(gpkg, layer, "eigen_sd_{}_n".format(measure))
            rates = layer_values(gpkg, layer, "eigen_sd_{}".format(measure))
            for code, count in counts.items():
                assert count == published[measure][(level, code)]
                if count is None:
                    assert rates[code] is None, "a rate of a hidden count would give the count back"
    attacker = own_data.Attacker(hierarchy, Rules(), published, combos_of_columns())
    for measure in published:
        assert attacker.naive_differences(measure) == {}, measure
        assert attacker.recovered(truth, measure) == [], measure
    for cell in hierarchy.cells():
        for combo in attacker.combos:
            value = sum(atomic.get(leaf, {}).get(combo, 0) for leaf in hierarchy.under(cell))
            if 1 <= value <= 4:
                low, high = attacker.bounds(cell, [combo])
                assert high - low >= 3 - 1e-6, (cell, sorted(combo), value, low, high)


def test_rates_and_shares_give_back_only_published_counts(imported):
    gpkg, _ = imported
    published = published_from_gpkg(gpkg)
    population = layer_values(gpkg, "buurten", "inwoners")
    young = layer_values(gpkg, "buurten", "inwoners_0_15")
    jeugd = layer_values(gpkg, "buurten", "eigen_sd_jeugdwet")
    for code, rate in jeugd.items():
        if rate is not None:  # Jeugdwet per 1,000 inhabitants aged 0-14: the right group
            assert round(rate * young[code] / 1000.0) == published["jeugdwet"][("buurt", code)]
    share = layer_values(gpkg, "buurten", "eigen_sd_twee_of_meer")
    for code, value in share.items():
        two = published["twee_of_meer"][("buurt", code)]
        anyone = published["een_of_meer"][("buurt", code)]
        if value is not None:
            assert two is not None and anyone is not None
            assert value == pytest.approx(100.0 * two / anyone)
    assert population


def test_rounding_to_five_end_to_end(rksd_processing, gpkg, clients):
    source, rows = clients
    import_records(gpkg, source, ROUND=1, STAPELING=False)
    published = published_from_gpkg(gpkg)
    assert all(v is None or v % 5 == 0 for cells in published.values() for v in cells.values())
    hierarchy = own_data.hierarchy()
    truth, _ = true_counts(rows, hierarchy)
    attacker = own_data.Attacker(hierarchy, Rules(round_to=5), published)
    for measure in published:
        assert attacker.recovered(truth, measure) == [], measure


def test_no_person_level_row_or_address_in_any_file_written(rksd_processing, gpkg, clients, tmp_path):
    """The GeoPackage, a saved project, the log, the cache and the temp folder hold no trace of a row."""
    source, rows = clients
    before_temp = set(os.listdir(tempfile.gettempdir()))
    watcher = LogWatcher()
    try:
        import_records(gpkg, source, QUESTION=1, WEIGHT=1.0)
        from rksd_plugin.core.catalog import Catalog
        from rksd_plugin.gui.own_panel import add_own_layers
        from rksd_plugin.gui.results import add_run, prepare_run_group, run_key
        from rksd_plugin.report.gpkg_reader import read_atlas_data

        catalog = Catalog.load()
        data = read_atlas_data(gpkg, catalog, "nl")
        project = QgsProject.instance()
        prepare_run_group(project, run_key("GM0935", 2024), "RKSD")
        add_run(project, gpkg, data, catalog, "nl", [q.id for q in catalog.questions], title="RKSD")
        add_own_layers(project, gpkg, data, "nl")
        project_file = str(tmp_path / "project" / "eigen.qgs")
        os.makedirs(os.path.dirname(project_file))
        assert project.write(project_file)
    finally:
        watcher.stop()
        QgsProject.instance().clear()
    secrets = set()
    for row in rows:
        secrets.update({row["client_id"], row["huishouden_id"]})
    assert len(secrets) > 1000
    pattern = re.compile(rb"SYNTH-[PH]\d{6}")
    written = [gpkg, project_file]
    written += [os.path.join(folder, name) for folder, _, names in os.walk(str(tmp_path))
                for name in names if not name.startswith("SYNTHETIC_clienten")]
    for path in written:
        with open(path, "rb") as handle:
            content = handle.read()
        assert not pattern.search(content), path
        # a column name and a value of the records; the value not inside a hexadecimal run, as
        # in a QGIS symbol's uuid "{...c718-64a0...}" (QGIS 3.30+ gives every symbol layer one)
        for needle in (rb"leeftijdsklasse", rb"(?<![0-9a-fA-F])18-64(?![0-9a-fA-F])"):
            found = re.search(needle, content)
            assert found is None, (path, content[max(0, found.start() - 300):found.end() + 100])
    for message in watcher.messages:
        assert "SYNTH-" not in message, message
    new_temp = set(os.listdir(tempfile.gettempdir())) - before_temp
    for name in new_temp:
        full = os.path.join(tempfile.gettempdir(), name)
        if os.path.isfile(full):
            with open(full, "rb") as handle:
                assert not pattern.search(handle.read()), full
    with closing(sqlite3.connect(gpkg)) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"rksd_eigen_cijfers", "rksd_privacy"} <= tables
        privacy = [r[0] for r in db.execute("SELECT tekst_nl FROM rksd_privacy WHERE dataset = 'sd'")]
    assert any("1 tot en met 4" in line for line in privacy)
    assert any("SYNTHETISCH" in line for line in privacy)


def test_a_failure_while_reading_clients_says_nothing_of_the_row(gpkg, clients, monkeypatch, catalog):
    """An unexpected error quoting a value of a row must not reach the log or the user."""
    from qgis.PyQt.QtCore import QCoreApplication

    from rksd_plugin.core.owndata import records
    from rksd_plugin.core.owndata.model import DatasetInfo
    from rksd_plugin.gui.own_data_tasks import OwnFiguresTask

    source, rows = clients

    def broken(*args, **kwargs):
        raise ValueError("invalid literal for int(): {}".format(rows[0]["client_id"]))

    monkeypatch.setattr(records, "aggregate_records", broken)
    job = {"kind": "records", "source": source, "gpkg": gpkg, "rules": Rules(), "stapeling": False,
           "spec": records.RecordSpec("buurt", "buurtcode", voorziening_field="voorziening"),
           "info": DatasetInfo("sd", {"nl": "x", "en": "x"})}
    task = OwnFiguresTask(job, catalog, "nl", gpkg + ".staging")
    watcher = LogWatcher()
    try:
        assert task.run() is False
        QCoreApplication.processEvents()
    finally:
        watcher.stop()
    text = task.error.message()
    assert "SYNTH-" not in text and "ValueError" in text
    assert all("SYNTH-" not in m for m in watcher.messages)
    assert any("ValueError" in m for m in watcher.messages)
    assert "SYNTHETIC_clienten" not in task.description()
    assert not os.path.exists(gpkg + ".staging")


def test_the_own_indicator_joins_the_question_index(rksd_processing, gpkg, clients, catalog):
    from rksd_plugin.qgis_io.gpkg_writer import read_provenance

    source, _ = clients
    before = layer_values(gpkg, "buurten", "kwetsbaarheid_index")
    import_records(gpkg, source, QUESTION=1, WEIGHT=2.0, STAPELING=False)
    after = layer_values(gpkg, "buurten", "kwetsbaarheid_index")
    assert before != after
    provenance = read_provenance(gpkg)
    weights = provenance["questions"]["kwetsbaarheid"]["weights"]
    main = "eigen_sd_jeugdwet"
    assert weights[main] == 2.0 and provenance["questions"]["kwetsbaarheid"]["basis"][main] == "gemeente"
    scores = layer_values(gpkg, "buurten", main + "_score")
    status = layer_values(gpkg, "buurten", main + "_status")
    for code, value in scores.items():
        if status[code] == "afgeschermd":
            assert value is None, "a hidden figure is a missing component, never a score"
    assert any("Eigen cijfers" in a for a in provenance["attributions"])


def test_counts_per_buurt_from_a_table(rksd_processing, gpkg, tmp_path):
    _, buurten, _, _ = own_data.maastricht_areas()
    path = tmp_path / "wmo_per_buurt_SYNTHETIC.csv"
    rng = __import__("random").Random(5)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("buurtcode;wmo_clienten;jeugdhulp\n")
        for record in buurten:
            handle.write("{};{};{}\n".format(int(record["code"][2:]), rng.choice([0, 2, 3, 8, 15, 40]),
                                             rng.choice([0, 1, 6, 20])))
    result = run("rksd:eigen_cijfers", {"INPUT": str(path), "LEVEL": 0, "CODE_FIELD": "buurtcode",
                                        "COUNT_FIELDS": ["wmo_clienten", "jeugdhulp"], "GPKG": gpkg, "KEY": "wmo",
                                        "SYNTHETIC": True})
    published = published_from_gpkg(gpkg, "wmo")
    assert set(published) == {"wmo_clienten", "jeugdhulp"}
    hierarchy = own_data.hierarchy()
    attacker = own_data.Attacker(hierarchy, Rules(), published)
    for measure in published:
        assert attacker.naive_differences(measure) == {}
    assert "1 tot en met 4" in result["REPORT"] or "from 1 to 4" in result["REPORT"]


def test_counts_with_suppression_marks_are_refused(rksd_processing, gpkg, tmp_path):
    path = tmp_path / "counts.csv"
    path.write_text("buurtcode;wmo\nBU09350000;<5\nBU09350001;12\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        run("rksd:eigen_cijfers", {"INPUT": str(path), "LEVEL": 0, "CODE_FIELD": "buurtcode", "COUNT_FIELDS": ["wmo"],
                                   "GPKG": gpkg, "KEY": "wmo"})
    assert "<5" in str(error.value)
    assert "eigen_wmo_wmo" not in QgsVectorLayer("{}|layername=buurten".format(gpkg), "b", "ogr").fields().names()


def test_a_new_run_carries_the_own_figures_over(rksd_processing, gpkg, clients, base_gpkg, tmp_path, catalog):
    from rksd_plugin.qgis_io.own_figures_io import carry_forward, read_releases

    source, _ = clients
    import_records(gpkg, source, STAPELING=False)
    fresh = str(tmp_path / "fresh.gpkg")
    shutil.copy(base_gpkg, fresh)
    merged = carry_forward(gpkg, fresh, catalog)
    assert [m.path for m in merged] == [fresh]
    assert published_from_gpkg(fresh) == published_from_gpkg(gpkg)
    assert [r.info.key for r in read_releases(fresh)] == ["sd"]


def test_a_second_import_of_a_data_set_replaces_it(imported, tmp_path, catalog):
    from rksd_plugin.qgis_io.own_figures_io import merge_release, read_releases

    gpkg, _ = imported
    copy_path = str(tmp_path / "again.gpkg")
    shutil.copy(gpkg, copy_path)
    release = read_releases(copy_path)[0]
    release.info.weight = 3.0
    merge_release(copy_path, release, catalog)
    merge_release(copy_path, release, catalog)
    assert [r.info.key for r in read_releases(copy_path)] == ["sd"]
    names = QgsVectorLayer("{}|layername=buurten".format(copy_path), "b", "ogr").fields().names()
    assert names.count("eigen_sd_wmo") == 1
    with closing(sqlite3.connect(copy_path)) as db:
        styles = [tuple(r) for r in db.execute(
            "SELECT f_table_name, styleName FROM layer_styles WHERE styleName LIKE 'eigen%'")]
        rows = db.execute("SELECT count(*) FROM rksd_eigen_cijfers").fetchone()[0]
        privacy = db.execute("SELECT count(*) FROM rksd_privacy").fetchone()[0]
    assert len(styles) == len(set(styles)) > 0, "a style of the same name is replaced, never asked about"
    assert rows == len(published_from_gpkg(gpkg)) * len(published_from_gpkg(gpkg)["wmo"])
    assert privacy == len(read_releases(copy_path)[0].privacy and __import__(
        "rksd_plugin.core.owndata.report", fromlist=["privacy_lines"]).privacy_lines(release))
