"""The one transport: cache, offline mode, retries with backoff, timeouts, clear errors."""
import json
import os

import pytest

from rksd_plugin.core.errors import BadResponse, HttpStatusError, NetworkError, OfflineMiss, RequestTimeout
from rksd_plugin.core.http.cache import ResponseCache, canonical_url
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
from rksd_plugin.core.http.transport import Transport
from tests.support.loopback import Fault

TABLE_INFOS = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json"


def test_downloads_once_then_serves_from_cache(server, transport_for):
    transport = transport_for(server)
    first = transport.get(TABLE_INFOS)
    second = transport.get(TABLE_INFOS)
    assert first.status == 200 and not first.from_cache
    assert second.from_cache and second.body == first.body
    assert len([r for r in server.requests if r["path"].endswith("TableInfos")]) == 1
    assert first.json()["value"][0]["Identifier"] == "85984NED"


def test_offline_serves_cache_and_names_the_missing_request(server, transport_for, tmp_path):
    online = transport_for(server)
    online.get(TABLE_INFOS)
    offline = Transport(cache=ResponseCache(str(tmp_path / "cache")), offline=True)
    assert offline.get(TABLE_INFOS).from_cache
    missing = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/DataProperties?$format=json"
    with pytest.raises(OfflineMiss) as info:
        offline.get(missing)
    assert missing in str(info.value)
    assert "offline" in str(info.value).lower()


def test_cache_key_ignores_spelling_of_the_query():
    a = "https://x.nl/t?%24format=json&%24select=A%2CB"
    b = "https://x.nl/t?$select=A,B&$format=json"
    assert canonical_url(a) == canonical_url(b)
    assert canonical_url(a) != canonical_url("https://x.nl/t?$select=A&$format=json")


def test_retries_5xx_with_backoff_then_succeeds(server, transport_for):
    server.add_fault(Fault(match="TableInfos", status=503, times=2))
    sleeps = []
    transport = transport_for(server, sleep=sleeps.append, backoff=0.5, retries=3)
    assert transport.get(TABLE_INFOS).status == 200
    assert sleeps == [0.5, 1.0]  # exponential backoff
    assert [r.get("fault") for r in server.requests] == [503, 503, None]


def test_429_honours_retry_after(server, transport_for):
    server.add_fault(Fault(match="TableInfos", status=429, times=1, headers={"Retry-After": "2"}))
    sleeps = []
    transport = transport_for(server, sleep=sleeps.append)
    assert transport.get(TABLE_INFOS).status == 200
    assert sleeps == [2.0]


def test_http_500_after_retries_names_url_and_what_to_do(server, transport_for, tmp_path):
    server.add_fault(Fault(match="TableInfos", status=500, times=10))
    transport = transport_for(server, sleep=lambda s: None, retries=2)
    with pytest.raises(HttpStatusError) as info:
        transport.get(TABLE_INFOS)
    text = str(info.value)
    assert "500" in text and TABLE_INFOS in text and "try again later" in text
    assert len(server.requests) == 3
    assert not os.path.exists(str(tmp_path / "cache")) or ResponseCache(str(tmp_path / "cache")).get(TABLE_INFOS) is None


def test_404_is_not_retried(server, transport_for):
    transport = transport_for(server, sleep=lambda s: None)
    with pytest.raises(HttpStatusError) as info:
        transport.get("https://opendata.cbs.nl/ODataFeed/odata/99999NED/TableInfos?$format=json")
    assert info.value.params["status"] == 404
    assert len(server.requests) == 1


def test_timeout_is_a_clear_error(server, transport_for):
    server.add_fault(Fault(match="TableInfos", status=200, delay=1.5, times=5))
    transport = transport_for(server, timeout=0.3, retries=1, sleep=lambda s: None)
    with pytest.raises(RequestTimeout) as info:
        transport.get(TABLE_INFOS)
    assert TABLE_INFOS in str(info.value)


def test_connection_refused_is_a_network_error():
    transport = Transport(
        fetcher=RequestsFetcher(),
        endpoint_overrides={"https://opendata.cbs.nl": "http://127.0.0.1:9"},
        retries=1,
        sleep=lambda s: None,
        timeout=2,
    )
    with pytest.raises(NetworkError) as info:
        transport.get(TABLE_INFOS)
    assert TABLE_INFOS in str(info.value)


def test_malformed_json_is_a_bad_response(server, transport_for):
    server.add_fault(Fault(match="TableInfos", status=200, body=b'{"value": [', times=1))
    transport = transport_for(server)
    with pytest.raises(BadResponse) as info:
        transport.get_json(TABLE_INFOS)
    assert TABLE_INFOS in str(info.value)


def test_cache_writes_are_complete_entries(server, transport_for, tmp_path):
    transport = transport_for(server)
    transport.get(TABLE_INFOS)
    cache = ResponseCache(str(tmp_path / "cache"))
    entries = cache.entries()
    assert len(entries) == 1 and entries[0]["status"] == 200
    leftovers = [f for _, _, files in os.walk(str(tmp_path / "cache")) for f in files if f.startswith(".tmp-")]
    assert leftovers == []
    stats = cache.stats()
    assert stats["entries"] == 1 and stats["bytes"] > 1000 and stats["oldest"]
    body = json.loads(cache.get(TABLE_INFOS).body)
    assert body["value"][0]["Modified"] == "2025-03-27T02:00:00"


def test_a_malformed_answer_is_not_served_from_the_cache_again(server, transport_for):
    server.add_fault(Fault(match="TableInfos", status=200, body=b'{"value": [', times=1))
    transport = transport_for(server)
    with pytest.raises(BadResponse):
        transport.get_json(TABLE_INFOS)
    assert transport.get_json(TABLE_INFOS)["value"][0]["Identifier"] == "85984NED"  # fetched again, now fine
    assert len([r for r in server.requests if r["path"].endswith("TableInfos")]) == 2
