"""The OGC API client against a server as strict as PDOK's GoKoala, in every configuration.

Whether PDOK configured ``gemeentecode`` as a filter for wijken-en-buurten is not known,
so each way of selecting a gemeente is run here: property filter, CQL2 filter, bbox plus
selection on the client, learnt from the queryables or from the 400s, and remembered.
"""
import copy
import json
from urllib.parse import parse_qs

import pytest

from rksd_plugin.core.errors import EmptyResult
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.pdok_client import BBOX, CQL2, PROPERTY, OgcApiClient, ServiceMemory
from tests.support import maastricht
from tests.support.loopback import LoopbackServer
from tests.support.pdok_emulator import RD, PdokEmulator

SERVICE = "https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1"
NO_FILTERS = {}
LEVELS = ("gemeente", "wijk", "buurt")


def datasets_with_a_neighbour():
    """The Maastricht features plus, inside Maastricht's bbox, one buurt of another gemeente.

    SYNTHETIC: the neighbour is a copy of a Maastricht polygon under the code of gemeente
    GM0888 (no figures): only the client-side selection of the bbox way is tested with it."""
    features = copy.deepcopy(maastricht.pdok_features())
    neighbour = copy.deepcopy(features["buurten"][0])
    neighbour["id"] = 9999
    neighbour["properties"].update(buurtcode="BU08880000", buurtnaam="synthetic neighbour", wijkcode="WK088800",
                                   gemeentecode="GM0888", gemeentenaam="synthetic")
    features["buurten"].append(neighbour)
    return {"2024": features}


def serve(**options):
    hosts = maastricht.emulator_hosts()
    hosts["api.pdok.nl"] = PdokEmulator(datasets_with_a_neighbour(), **options)
    return LoopbackServer(hosts)


def transport(server, cache_dir, offline=False):
    return Transport(fetcher=None if offline else RequestsFetcher(), cache=ResponseCache(str(cache_dir)),
                     endpoint_overrides=server.overrides(), retries=0, timeout=5, offline=offline)


def items_requests(server):
    return [parse_qs(r["raw_query"]) for r in server.requests if r["path"].endswith("/items")]


def fetch_all(client):
    results, extent = {}, None
    for level in LEVELS:
        results[level] = client.features(level, "GM0935", extent=extent)
        extent = extent or results[level].extent
    return results


def assert_maastricht(results):
    assert len(results["buurt"].features) == 44
    assert len(results["wijk"].features) == 7
    assert len(results["gemeente"].features) == 1
    codes = {f["properties"]["buurtcode"] for f in results["buurt"].features}
    assert "BU08880000" not in codes and all(c.startswith("BU0935") for c in codes)


def test_property_filter_when_configured(tmp_path):
    with serve() as server:
        client = OgcApiClient(transport(server, tmp_path), maastricht_config(), SERVICE, ServiceMemory())
        results = fetch_all(client)
    assert_maastricht(results)
    assert {r.strategy for r in results.values()} == {PROPERTY}
    assert all(q["gemeentecode"] == ["GM0935"] for q in items_requests(server))
    assert not [r for r in server.requests if r["status"] == 400]


def test_cql2_filter_when_only_cql_names_the_property(tmp_path):
    queryable = {c: ["gemeentecode"] for c in ("buurten", "wijken", "gemeenten")}
    with serve(property_filters=NO_FILTERS, cql=True, queryable_names=queryable) as server:
        client = OgcApiClient(transport(server, tmp_path), maastricht_config(), SERVICE, ServiceMemory())
        results = fetch_all(client)
        refused = [r for r in server.requests if r["status"] == 400]
        queries = items_requests(server)
        body = json.loads(refused_body(server, refused[0]))
    assert_maastricht(results)
    assert {r.strategy for r in results.values()} == {CQL2}
    assert len(refused) == 3  # one property filter per collection, answered as GoKoala does
    assert body["detail"] == "unknown query parameter(s) found: gemeentecode" and body["status"] == 400
    assert results["buurt"].refused[0].startswith("property: HTTP 400 unknown query parameter(s) found")
    assert queries[-1]["filter"] == ["gemeentecode='GM0935'"]


def test_bbox_straight_away_when_the_queryables_cannot_name_the_gemeente(tmp_path):
    with serve(property_filters=NO_FILTERS) as server:
        client = OgcApiClient(transport(server, tmp_path), maastricht_config(), SERVICE, ServiceMemory())
        results = fetch_all(client)
    assert_maastricht(results)
    assert {r.strategy for r in results.values()} == {BBOX}
    assert not [r for r in server.requests if r["status"] == 400]  # learnt from the queryables, nothing refused
    first_box = items_requests(server)[0]
    assert first_box["bbox-crs"] == [RD] and "gemeentecode" not in first_box
    # the gemeente's own polygon then narrows the box for wijken and buurten
    box = [float(v) for v in items_requests(server)[-1]["bbox"][0].split(",")]
    extent = results["gemeente"].extent
    assert box == pytest.approx([extent[0] - 1, extent[1] - 1, extent[2] + 1, extent[3] + 1], abs=0.01)


def test_trial_and_memory_without_queryables(tmp_path):
    """No queryables, no filter, CQL unsupported: learnt from the 400s, remembered per service."""
    memory = ServiceMemory()
    with serve(property_filters=NO_FILTERS, queryables=False) as server:
        client = OgcApiClient(transport(server, tmp_path / "a"), maastricht_config(), SERVICE, memory)
        assert_maastricht(fetch_all(client))
        refused = [refused_body(server, r) for r in list(server.requests) if r["status"] == 400]
        assert len(refused) == 6  # property and CQL2, for each of the three collections
        assert any(b"CQL filter param is currently not supported" in b for b in refused)
        before = len(server.requests)
        client = OgcApiClient(transport(server, tmp_path / "b"), maastricht_config(), SERVICE, memory)
        results = fetch_all(client)
        later = server.requests[before:]
    assert_maastricht(results)
    assert {r.strategy for r in results.values()} == {BBOX}
    assert [r["status"] for r in later] == [200] * len(later)  # no refused request the second time
    assert not [r for r in later if r["path"].endswith("/queryables")]


def test_a_server_that_ignores_the_filter_is_not_paged_through(tmp_path):
    """A lenient server ignores ``gemeentecode``: the first page betrays it, the bbox way takes over."""
    with serve(property_filters=NO_FILTERS, queryables=False, strict=False) as server:
        client = OgcApiClient(transport(server, tmp_path), maastricht_config(), SERVICE, ServiceMemory())
        result = client.features("buurt", "GM0935")
    assert result.strategy == BBOX and len(result.features) == 44
    assert "the server ignored the filter" in result.refused[0]
    unfiltered = [q for q in items_requests(server) if "gemeentecode" in q]
    assert len(unfiltered) == 1  # one page, not every page of the Netherlands


def test_limit_above_the_maximum_is_clamped_and_paged(tmp_path):
    with serve(max_limit=10) as server:
        client = OgcApiClient(transport(server, tmp_path), maastricht_config(), SERVICE, ServiceMemory())
        result = client.features("buurt", "GM0935")
    assert len(result.features) == 44 and len(result.urls) == 5  # 10 per page, limit=1000 asked
    assert all(q["limit"] == ["1000"] for q in items_requests(server)[:1])


def test_offline_replay_takes_the_same_way_from_the_cache(tmp_path):
    with serve(property_filters=NO_FILTERS, queryables=False) as server:
        online = OgcApiClient(transport(server, tmp_path), maastricht_config(), SERVICE, ServiceMemory())
        assert_maastricht(fetch_all(online))
        offline = OgcApiClient(transport(server, tmp_path, offline=True), maastricht_config(), SERVICE,
                               ServiceMemory())
        before = len(server.requests)
        results = fetch_all(offline)
        assert len(server.requests) == before  # nothing reached the server
    assert_maastricht(results)
    assert {r.strategy for r in results.values()} == {BBOX}


def test_no_feature_anywhere_is_an_empty_result_naming_each_way(tmp_path):
    with serve() as server:
        client = OgcApiClient(transport(server, tmp_path), maastricht_config(), SERVICE, ServiceMemory())
        with pytest.raises(EmptyResult) as info:
            client.features("buurt", "GM0889")
    assert "GM0889" in str(info.value) and "property: no features" in str(info.value)


def test_the_emulator_refuses_like_gokoala(tmp_path):
    with serve() as server:
        fetch = RequestsFetcher()
        base = "{}/api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten".format(server.url)
        answer = fetch.fetch(base + "/items?gemeentenaam=Maastricht", 5)
        assert answer.status == 400
        assert json.loads(answer.body)["detail"] == "unknown query parameter(s) found: gemeentenaam"
        assert fetch.fetch(base + "/items?limit=abc", 5).status == 400
        assert fetch.fetch(base + "/items?gemeentecode=GM09*", 5).status == 400
        assert fetch.fetch(base + "/items?datetime=2024-01-01T00:00:00Z", 5).status == 400
        clamped = json.loads(fetch.fetch(base + "/items?limit=5000", 5).body)
        assert clamped["numberReturned"] == 45  # clamped to 1000, not refused (44 + the synthetic neighbour)
        schema = json.loads(fetch.fetch(base + "/queryables?f=json", 5).body)
        assert schema["additionalProperties"] is False and "gemeentecode" in schema["properties"]


def refused_body(server, record):
    fetch = RequestsFetcher()
    return fetch.fetch("{}/{}{}?{}".format(server.url, record["host"], record["path"], record["raw_query"]), 5).body


def maastricht_config():
    from rksd_plugin.core.catalog import Catalog

    return Catalog.load().geometry
