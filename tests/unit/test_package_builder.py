"""Prepare an offline package from a (loopback) CBS/PDOK, then run from it offline."""
import os
import zipfile

import pytest

from rksd_plugin.core import package_builder
from rksd_plugin.core.errors import Cancelled
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.package_builder import PackageSpec, build_package, request_for
from rksd_plugin.core.pipeline import Pipeline
from tests.support import maastricht
from tests.support.loopback import LoopbackServer
from tests.unit.test_gemeenten import add_code_list


@pytest.fixture
def server():
    with LoopbackServer(add_code_list(maastricht.emulator_hosts())) as running:
        yield running


def sample_spec(**kwargs):
    """What the emulated CBS/PDOK can answer: the measures and tables of the Maastricht sample."""
    request = maastricht.sample_request()
    options = dict(gemeenten=["GM0935"], years=[2024], national_reference=False, request_options=dict(available_measures=request.available_measures,
                                        source_tables=request.source_tables,
                                        national_sources=request.national_sources))
    options.update(kwargs)
    return PackageSpec(**options)


def factory(server, **kwargs):
    def make(cache):
        options = dict(fetcher=RequestsFetcher(), cache=cache, endpoint_overrides=server.overrides(),
                       retries=0, timeout=5)
        options.update(kwargs)
        return Transport(**options)

    return make


def offline_run(zip_path, tmp_path, catalog, gemeente="GM0935", year=2024, **overrides):
    package = OfflinePackage.open(zip_path, str(tmp_path / "unpacked"))
    transport = Transport(cache=package.cache, offline=True)  # no fetcher: cannot go out
    request = request_for(package.manifest, gemeente, year, **overrides)
    return Pipeline(transport, catalog).run(request), package


def test_package_holds_everything_a_run_needs(server, catalog, tmp_path):
    out = str(tmp_path / "pkg" / "maastricht.zip")
    user_cache = ResponseCache(str(tmp_path / "user"))
    manifest = build_package(sample_spec(national_reference=True), catalog, factory(server), out,
                             user_cache=user_cache)
    assert zipfile.is_zipfile(out)
    assert os.listdir(str(tmp_path / "pkg")) == ["maastricht.zip"]  # no staging left behind
    entry = manifest["contents"][0]
    assert entry["gemeente"] == "GM0935" and entry["year"] == 2024 and entry["name"] == "Maastricht"
    assert entry["source_tables"]["kwb"]["id"] == "85984NED"
    assert entry["buurten"] == 44
    assert entry["national_sources"] == ["rivm"]
    assert {"code": "GM0935", "name": "Maastricht"} in manifest["gemeenten"]["2024"]
    assert user_cache.stats()["entries"] > 0  # the user's cache learned the downloads too

    live = Pipeline(factory(server)(ResponseCache(str(tmp_path / "other"))), catalog).run(
        request_for(manifest, "GM0935", 2024))
    result, package = offline_run(out, tmp_path, catalog)
    assert package.manifest["title"] == "Maastricht 2024"
    assert len(result.layers["buurten"].records) == 44
    by_code = {r["code"]: r for r in live.layers["buurten"].records}
    for record in result.layers["buurten"].records:  # the offline run equals the live one
        assert record["kwetsbaarheid_index"] == by_code[record["code"]]["kwetsbaarheid_index"]
        assert record["aandeel_65plus"] == by_code[record["code"]]["aandeel_65plus"]
    assert result.questions["veiligheid"]["buurten_with_index"] > 0
    assert result.questions["eenzaamheid"]["basis"]["eenzaam_18"] == "nederland"  # national reference inside


def test_a_package_of_two_questions_answers_a_run_of_all_six_without_going_out(server, catalog, tmp_path):
    out = str(tmp_path / "two.zip")
    manifest = build_package(sample_spec(questions=["eenzaamheid", "veiligheid"], national_reference=False), catalog, factory(server), out)
    assert "rivm_eenzaam_18" in manifest["available_measures"]
    assert manifest["national_sources"] == []
    result, _ = offline_run(out, tmp_path, catalog)  # all six questions asked
    assert result.questions["eenzaamheid"]["buurten_with_index"] > 0
    assert "mantelzorger_18" in result.unavailable  # only question 5 needs it: not fetched, not invented


def test_built_from_the_user_cache_alone(server, catalog, tmp_path):
    user_cache = ResponseCache(str(tmp_path / "user"))
    build_package(sample_spec(), catalog, factory(server), str(tmp_path / "a.zip"),
                  user_cache=user_cache)
    before = len(server.requests)
    offline = lambda cache: Transport(cache=cache, offline=True)  # noqa: E731 - a trainer without internet
    build_package(sample_spec(), catalog, offline, str(tmp_path / "b.zip"), user_cache=user_cache)
    assert len(server.requests) == before
    result, _ = offline_run(str(tmp_path / "b.zip"), tmp_path, catalog)
    assert len(result.layers["buurten"].records) == 44


def test_cancel_leaves_no_file(server, catalog, tmp_path):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        build_package(sample_spec(), catalog, factory(server, is_cancelled=cancelled),
                      str(out / "x.zip"), is_cancelled=cancelled)
    assert os.listdir(str(out)) == []


def test_unknown_gemeente_fails_cleanly(server, catalog, tmp_path):
    from rksd_plugin.core.errors import UnknownGemeente

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UnknownGemeente):
        build_package(sample_spec(gemeenten=["GM0289"]), catalog, factory(server), str(out / "x.zip"))
    assert os.listdir(str(out)) == []


def test_reading_contents_of_old_and_new_manifests():
    sample = package_builder.read_manifest(os.path.join(os.path.dirname(package_builder.__file__), os.pardir,
                                                        os.pardir, "resources", "sample", "maastricht_2024"))
    assert package_builder.contents(sample) == [("GM0935", y) for y in (2024, 2023, 2022, 2021, 2017)]
    request = request_for(sample, "GM0935", 2024)
    assert request.source_tables["rivm"]["id"] == "50090NED"
    assert request.national_sources == {"rivm"}
    assert not request.kwb_optional
    partial = request_for(sample, "GM0935", 2022)  # a year with Politie figures only
    assert partial.kwb_optional and partial.available_measures == {"misdrijven_totaal"}
    assert partial.extra_measures == ["misdrijven_totaal"]
    assert package_builder.entry_for(sample, "GM0935", 2019) is None
    with pytest.raises(KeyError):
        request_for(sample, "GM0289", 2024)


def test_a_package_of_several_years_holds_the_series(catalog, tmp_path):
    """Maastricht 2017 and 2024 (the real sample figures, WFS of 2017 from a real MapServer):
    the package also records what a series asks, so a series runs from it offline."""
    from rksd_plugin.core.monitor.series import SeriesBuilder, SeriesRequest
    from tests.support import maastricht_series

    hosts = add_code_list(maastricht_series.emulator_hosts(str(tmp_path / "ms"), catalog))
    with LoopbackServer(hosts) as running:
        spec = sample_spec(years=[2017, 2024])
        out = str(tmp_path / "pkg" / "reeks.zip")
        manifest = build_package(spec, catalog, factory(running, timeout=60), out)
    entry = package_builder.series_entry(manifest, "GM0935")
    assert entry["years"] == [2017, 2024] and entry["peers"]
    assert entry["history_tables"]["rivm"]["id"] == "50150NED"
    package = OfflinePackage.open(out, str(tmp_path / "unpacked"))
    transport = Transport(cache=package.cache, offline=True)
    assert "rivm_gezondheid_goed_18" in entry["history_measures"]["rivm"]
    request = SeriesRequest("GM0935", entry["years"], history_tables=entry["history_tables"],
                            history_measures=entry["history_measures"],
                            request_for_year=lambda year: request_for(package.manifest, "GM0935", year))
    series = SeriesBuilder(transport, catalog).run(request)
    assert series.failed == {} and sorted(series.peers) == [2017, 2024] and series.histories
    assert all(e["from_cache"] for e in transport.exchanges)
    inwoners = {r["jaar"]: r["waarde"] for r in series.rows["gemeente"] if r["kenmerk"] == "inwoners"}
    assert inwoners == {2017: 122753, 2024: 125285}
