"""A series from the bundled Maastricht sample (offline): real figures of 2017 and 2021-2024.

The years come through the one pipeline from the package's cache; every value checked
here is compared with the real sample files it came from (tests/fixtures/samples)."""
import pytest

from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.monitor import change, tables
from rksd_plugin.core.monitor.series import SeriesBuilder, SeriesRequest
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.package_builder import request_for, series_entry
from rksd_plugin.core.paths import resource
from tests.support import maastricht, maastricht_series


@pytest.fixture(scope="module")
def series(catalog):
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    spec = series_entry(package.manifest, "GM0935")
    transport = Transport(cache=package.cache, offline=True)
    request = SeriesRequest(spec["gemeente"], spec["years"], history_tables=spec["history_tables"],
                            history_measures=spec["history_measures"],
                            request_for_year=lambda year: request_for(package.manifest, spec["gemeente"], year))
    result = SeriesBuilder(transport, catalog).run(request)
    result.exchanges = transport.exchanges
    return result


def values(series, level, key):
    return {(r["code"], r["jaar"]): r for r in series.rows[level] if r["kenmerk"] == key}


def test_every_year_runs_from_the_package_alone(series):
    assert series.years == [2017, 2021, 2022, 2023, 2024] and series.target_year == 2024
    assert series.failed == {}
    assert series.exchanges and all(e["from_cache"] for e in series.exchanges)
    # Maastricht's buurten are the same 2017-2024: every year is linked by code and geometry
    for year, by_level in series.crosswalks.items():
        assert {t.method for t in by_level["buurt"].targets.values()} == {"direct"}


def test_kwb_2017_values_are_the_wijk_en_buurtkaart(series):
    inwoners = values(series, "buurt", "inwoners")
    kaart = {f["properties"]["BU_CODE"]: f["properties"] for f in maastricht_series.buurten_2017()}
    assert len([k for k in inwoners if k[1] == 2017]) == 44
    for code, properties in kaart.items():
        row = inwoners[(code, 2017)]
        expected = None if properties["AANT_INW"] <= -99990 else properties["AANT_INW"]
        assert row["waarde"] == expected and row["bron"] == "83765NED" and row["methode"] in ("direct", "missing")
    demografie = {b["code"]: b["demografie"] for b in maastricht.woonikveilig()["buurten"]}
    for code, data in demografie.items():
        assert inwoners[(code, 2024)]["waarde"] == data["inwoners"]
    gemeente = values(series, "gemeente", "inwoners")
    assert gemeente[("GM0935", 2017)]["waarde"] == 122753  # gem_2017.dbf
    assert gemeente[("GM0935", 2024)]["waarde"] == 125285  # KWB 2024
    # the kaart's percentages are not counts: no 65+ count (and no 65+ share) for 2017
    assert not [k for k in values(series, "buurt", "inwoners_65plus") if k[1] == 2017]


def test_politie_2021_to_2024_and_rivm_periods_from_the_newest_table(series):
    crime = values(series, "buurt", "misdrijven_totaal")
    for buurt in maastricht.woonikveilig()["buurten"]:
        trend = buurt["veiligheid"]["trend"]
        for year in (2021, 2022, 2023, 2024):
            assert crime[(buurt["code"], year)]["waarde"] == trend[str(year)]
    health = values(series, "buurt", "rivm_gezondheid_goed_18")
    for buurt in maastricht.woonikveilig()["buurten"]:
        trend = (buurt.get("gezondheid") or {}).get("trend") or {}
        for year in (2020, 2022, 2024):
            if str(year) in trend:
                row = health[(buurt["code"], year)]
                assert row["waarde"] == trend[str(year)] and row["bron"] == "50150NED" and row["indeling"] == 2024
    # 2012 and 2016 lie before the range; the sample has no interval bounds
    assert {k[1] for k in health} == {2020, 2022, 2024}
    assert all(r["ondergrens"] is None for r in health.values())
    # 50150NED's re-estimated 2020 replaces 50090NED's for the same key and year, never mixed
    gemeente = values(series, "gemeente", "rivm_gezondheid_goed_18")
    assert gemeente[("GM0935", 2020)]["waarde"] == 74.2 and gemeente[("GM0935", 2020)]["bron"] == "50150NED"


def test_change_map_values_and_classes(series, catalog):
    changes, cuts = tables.changes_for(series.rows["buurt"], catalog, "inwoners", 2017, 2024)
    kaart = {f["properties"]["BU_CODE"]: f["properties"]["AANT_INW"] for f in maastricht_series.buurten_2017()}
    now = {b["code"]: b["demografie"]["inwoners"] for b in maastricht.woonikveilig()["buurten"]}
    for code, item in changes.items():
        if kaart[code] <= -99990 or now.get(code) is None:
            assert not item.comparable and item.klass == change.NO_VALUE_CLASS
            continue
        assert item.absolute == now[code] - kaart[code]
        assert item.relative == pytest.approx(100.0 * (now[code] - kaart[code]) / kaart[code])
        assert item.test == change.NOT_A_MODEL
        assert (item.klass > 0) == (item.absolute > 0) or item.klass == 0
    assert cuts == sorted(cuts) and all(c > 0 for c in cuts)
    layer, info = tables.change_layer(series.rows["buurt"], series.newest.layers["buurten"], catalog,
                                      keys=["inwoners", "misdrijven_totaal", "aandeel_65plus"])
    assert set(info) == {"inwoners", "misdrijven_totaal"}  # aandeel_65plus has one year only
    assert (info["inwoners"]["first"], info["inwoners"]["last"]) == (2017, 2024)
    assert (info["misdrijven_totaal"]["first"], info["misdrijven_totaal"]["last"]) == (2021, 2024)
    assert len(layer.records) == len(layer.geometries) == 44


def test_peer_groups_and_comparison(series):
    p2017 = series.peers[2017]
    assert p2017.group.rule == "band_urbanity" and p2017.group.band == (100000, 150000)
    assert p2017.group.urbanity == 2 and len(p2017.group.codes) >= 5
    gem = {r["GM_CODE"]: r for r in maastricht_series.gemeenten_2017()}
    for code in p2017.group.codes:
        assert 100000 <= gem[code]["AANT_INW"] < 150000 and gem[code]["STED"] == 2
    stat = next(s for s in p2017.stats if s.key == "inwoners")
    peers = sorted(gem[c]["AANT_INW"] for c in p2017.group.codes)
    assert stat.n == len(peers) and stat.low == peers[0] and stat.high == peers[-1]
    assert stat.gemeente == 122753
    # 2024: urbanity is only in 3 gemeenten's rows of the samples: the band alone, said so
    p2024 = series.peers[2024]
    assert p2024.group.rule == "band" and "urbanity" in p2024.group.note
    density = next(s for s in p2024.stats if s.key == "bevolkingsdichtheid")
    assert density.n == len(p2024.group.codes) and density.gemeente == 2246
    assert next(s for s in p2024.stats if s.key == "woz_waarde").n == 0  # not in the peers' rows: no median


def test_a_series_year_equals_a_single_run_of_that_year(series, catalog):
    """The series shares parsed national distributions between its years: never their values."""
    from rksd_plugin.core.pipeline import Pipeline

    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    single = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    ours = series.runs[2024]
    assert [f.name for f in ours.layers["buurten"].fields] == [f.name for f in single.layers["buurten"].fields]
    assert ours.layers["buurten"].records == single.layers["buurten"].records
    assert ours.questions == single.questions
    national = [r for r in ours.provenance["sources"] if r.get("national_rows")]
    assert national and national[0]["national_rows"] == 27616


def test_a_run_from_the_memo_equals_a_run_without(catalog):
    from rksd_plugin.core.pipeline import Pipeline

    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    memo = {}
    first = Pipeline(Transport(cache=package.cache, offline=True), catalog, memo=memo).run(package.request())
    transport = Transport(cache=package.cache, offline=True)
    second = Pipeline(transport, catalog, memo=memo).run(package.request())
    assert any(k[0] == "national" for k in memo) and any(k[0] == "national_values" for k in memo)
    assert second.layers["buurten"].records == first.layers["buurten"].records
    assert second.questions == first.questions
    # the national request still counts among the run's requests (served from the memo)
    assert any("startswith(WijkenEnBuurten,'BU')" in e["url"] for e in transport.exchanges)
