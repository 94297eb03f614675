"""Finding a gemeente: the CBS code list, merged gemeenten, name search (no QGIS)."""
import json
import os

import pytest

from rksd_plugin.core import gemeenten
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.errors import OfflineMiss
from rksd_plugin.core.gemeenten import (
    Gemeente,
    GemeenteAmbiguous,
    GemeenteDivided,
    GemeenteIndex,
    GemeenteNotFound,
)
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.transport import Transport
from tests.support import maastricht


def code_list_rows():
    """The 2024 gemeenten as CBS's ``WijkenEnBuurten`` code list sends them (keys padded).

    Codes are the 342 gemeenten of 85984NED; names as documented in
    resources/gemeenten/README.md, Maastricht's from the woonikveilig KWB 2024 export."""
    _, found, _ = gemeenten.load_fallback()
    names = {maastricht.GEMEENTE: maastricht.woonikveilig()["name"]}
    return [{"Key": g.code.ljust(10), "Title": names.get(g.code, g.name)} for g in found]


def add_code_list(hosts):
    """Give the emulated 85984NED its ``WijkenEnBuurten`` code list."""
    hosts["opendata.cbs.nl"].tables["85984NED"].code_lists["WijkenEnBuurten"] = code_list_rows()
    return hosts


@pytest.fixture
def index():
    _, found, aliases = gemeenten.load_fallback()
    return GemeenteIndex(found, gemeenten.load_mergers(), 2024, aliases)


def test_fetches_the_code_list_through_the_transport_and_cache(tmp_path):
    from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
    from tests.support.loopback import LoopbackServer

    catalog = Catalog.load()
    with LoopbackServer(add_code_list(maastricht.emulator_hosts(cbs_page_size=100))) as server:
        transport = Transport(fetcher=RequestsFetcher(), cache=ResponseCache(str(tmp_path)),
                              endpoint_overrides=server.overrides(), retries=0, timeout=5)
        found = gemeenten.fetch_gemeenten(transport, catalog, 2024)
        asked = [r["url"] for r in server.requests]
    assert len(found) == 342  # four pages of 100: odata.nextLink was followed
    assert len(asked) == 4
    assert "85984NED/WijkenEnBuurten" in asked[0]
    assert "startswith(Key,'GM')" in asked[0] and "$select=Key,Title" in asked[0]
    assert Gemeente("GM0935", "Maastricht") in found
    assert all(g.code == g.code.strip() for g in found)  # padding removed
    # offline now: the same list comes from the cache
    offline = Transport(cache=ResponseCache(str(tmp_path)), offline=True)
    assert gemeenten.fetch_gemeenten(offline, catalog, 2024) == found


def test_offline_without_cache_names_the_request(tmp_path):
    offline = Transport(cache=ResponseCache(str(tmp_path)), offline=True)
    with pytest.raises(OfflineMiss) as caught:
        gemeenten.fetch_gemeenten(offline, Catalog.load(), 2024)
    assert "WijkenEnBuurten" in str(caught.value)


def test_code_list_url_per_year():
    catalog = Catalog.load()
    assert "/85984NED/" in gemeenten.code_list_url(catalog, 2024)
    assert "/86165NED/" in gemeenten.code_list_url(catalog, 2025)


def test_parse_code_list_skips_wijken_buurten_and_rubbish():
    rows = [{"Key": "GM0935    ", "Title": "Maastricht "}, {"Key": "WK093500  ", "Title": "Binnenstad"},
            {"Key": "NL00      ", "Title": "Nederland"}, {"Key": None}, "x"]
    assert gemeenten.parse_code_list(rows) == [Gemeente("GM0935", "Maastricht")]


def test_uden_finds_maashorst(index):
    found = index.resolve("Uden")
    assert found.gemeente == Gemeente("GM1991", "Maashorst")
    assert found.merger.old_code == "GM0856" and found.merger.year == 2022
    assert index.resolve("uden").gemeente.code == "GM1991"
    assert index.resolve("GM0856").gemeente.code == "GM1991"  # the old code too
    assert ("Uden \u2192 Maashorst (GM1991)", "GM1991") in index.entries()


def test_names_codes_and_completer_entries(index):
    assert index.resolve("maastricht").gemeente.code == "GM0935"
    assert index.resolve("935").gemeente.code == "GM0935"
    assert index.resolve("gm0935").gemeente.code == "GM0935"
    assert index.resolve("Maastricht (GM0935)").gemeente.code == "GM0935"
    assert index.resolve("Sudwest-Fryslan").gemeente.code == "GM1900"  # without accents
    assert index.resolve("Den Haag").gemeente.code == "GM0518"  # alias
    assert index.resolve("Hertogenbosch").gemeente.code == "GM0796"


def test_ambiguous_unknown_and_divided(index):
    with pytest.raises(GemeenteAmbiguous) as caught:
        index.resolve("Bergen")
    assert "Bergen op Zoom" in str(caught.value)
    with pytest.raises(GemeenteNotFound):
        index.resolve("Atlantis")
    with pytest.raises(GemeenteNotFound):
        index.resolve("")
    with pytest.raises(GemeenteDivided) as divided:
        index.resolve("Haaren")
    assert "Boxtel (GM0757)" in str(divided.value) and "Vught (GM0865)" in str(divided.value)


def test_a_merger_counts_only_from_its_year():
    mergers = gemeenten.load_mergers()
    before = GemeenteIndex([Gemeente("GM0457", "Weesp"), Gemeente("GM0363", "Amsterdam")], mergers, 2022)
    assert before.resolve("Weesp").gemeente.code == "GM0457"
    after = GemeenteIndex([Gemeente("GM0363", "Amsterdam")], mergers, 2023)
    assert after.resolve("Weesp").gemeente.code == "GM0363"


def test_the_merger_file_is_consistent():
    path = os.path.join(os.path.dirname(gemeenten.__file__), os.pardir, os.pardir, "resources", "gemeenten",
                        "samenvoegingen.json")
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    _, current, _ = gemeenten.load_fallback()
    current_codes = {g.code for g in current}
    assert len(current_codes) == 342
    for item in document["mergers"]:
        assert item["evidence"], item["old_code"]
        assert item["old_code"] not in current_codes, item  # gone in 2024
        assert item["new_code"] in current_codes, item  # its successor exists in 2024
        for part in item.get("split_over", []):
            assert part["code"] in current_codes
        assert 2018 <= item["year"] <= 2024
    old = {m["old_code"]: m for m in document["mergers"]}
    assert old["GM0856"]["old_name"] == "Uden" and old["GM0856"]["new_name"] == "Maashorst"
    assert len(old) == len(document["mergers"])  # one entry per old gemeente


def test_gemeenten_of_a_package_manifest():
    sample = {"gemeente": "GM0935", "year": 2024, "title": "Maastricht (GM0935) 2024 - voorbeeld / sample"}
    assert gemeenten.gemeenten_from_manifest(sample) == [(Gemeente("GM0935", "Maastricht"), 2024)]
    built = {"gemeente": "GM0935", "year": 2024, "contents": [
        {"gemeente": "GM0935", "year": 2024, "name": "Maastricht"},
        {"gemeente": "GM0289", "year": 2023, "name": "Wageningen"}]}
    assert [g.code for g, _ in gemeenten.gemeenten_from_manifest(built)] == ["GM0935", "GM0289"]
