"""A damaged cache entry is a miss, on every read path, and never poisons later runs.

Each case damages a real entry on disk the way a crash, a full disk, a bad copy or a
hostile package would, then reads it the ways the plugin does: the transport, its JSON
path, cbsodata's path, offline, through an offline package, and the cache statistics.
"""
import gzip
import json
import os
import zlib

import pytest

from rksd_plugin.core.cbs_client import CbsClient
from rksd_plugin.core.errors import DamagedCacheEntry, OfflineMiss
from rksd_plugin.core.http.cache import LayeredCache, ResponseCache, cache_key
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.pdok_client import SHARED_MEMORY
from rksd_plugin.core.pipeline import Pipeline
from tests.support import maastricht

TABLE_INFOS = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json"
DATA_PROPERTIES = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/DataProperties?$format=json"
DEEP = b"[" * 100000


def entry_paths(root, url):
    key = cache_key(url)
    base = os.path.join(str(root), key[:2], key)
    return base + ".json", base + ".body", base + ".body.gz"


def fill(server, transport_for, tmp_path, *urls):
    transport = transport_for(server)
    for url in urls:
        transport.get(url)
    return tmp_path / "cache"


def rewrite_meta(root, url, change):
    meta_path = entry_paths(root, url)[0]
    with open(meta_path, encoding="utf-8") as handle:
        meta = json.load(handle)
    change(meta)
    with open(meta_path, "w", encoding="utf-8") as handle:
        json.dump(meta, handle)


def read_bytes(path):
    with open(path, "rb") as handle:
        return handle.read()


def write(path, data):
    with open(path, "wb") as handle:
        handle.write(data)


def gz_entry(root, url):
    """An entry stored gzip'ed (bodies of 32 kB and more are): DataProperties is 114 kB."""
    meta, _, gz = entry_paths(root, url)
    assert os.path.exists(gz) and os.path.exists(meta)
    return gz


def deflate_damaged(data):
    """A gzip file with a valid header whose deflate stream is broken in the middle."""
    packed = bytearray(gzip.compress(data, mtime=0))
    middle = len(packed) // 2
    packed[middle:middle + 64] = b"\xff" * 64
    return bytes(packed)


DAMAGES = {
    "bad gzip header": lambda root: write(gz_entry(root, DATA_PROPERTIES), b"not gzip at all" * 100),
    "bad deflate stream": lambda root: write(
        gz_entry(root, DATA_PROPERTIES), deflate_damaged(read_bytes(gz_entry(root, DATA_PROPERTIES)))),
    "truncated gzip": lambda root: write(
        gz_entry(root, DATA_PROPERTIES), read_bytes(gz_entry(root, DATA_PROPERTIES))[:500]),
    "gzip body missing": lambda root: os.unlink(gz_entry(root, DATA_PROPERTIES)),
    "gzip bomb under the recorded size": lambda root: write(
        gz_entry(root, DATA_PROPERTIES), gzip.compress(b"0" * (200 * 1024 * 1024), compresslevel=1)),
    "metadata not JSON": lambda root: write(entry_paths(root, DATA_PROPERTIES)[0], b"{nope"),
    "metadata a list": lambda root: write(entry_paths(root, DATA_PROPERTIES)[0], b"[1, 2]"),
    "metadata 100,000 [": lambda root: write(entry_paths(root, DATA_PROPERTIES)[0], DEEP),
    "metadata not UTF-8": lambda root: write(entry_paths(root, DATA_PROPERTIES)[0], b'{"status": "\xff\xfe"}'),
    "status is text": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(status="abc")),
    "status out of range": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(status=9999)),
    "status true": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(status=True)),
    "headers a list": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(headers=["a"])),
    "header value a number": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(headers={"a": 1})),
    "url a number": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(url=5)),
    "size negative": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(size=-1)),
    "size wrong": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(size=m["size"] + 1)),
    "compressed is text": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(compressed="yes")),
    "compressed flag lies": lambda root: rewrite_meta(root, DATA_PROPERTIES, lambda m: m.update(compressed=False)),
    "metadata huge": lambda root: write(entry_paths(root, DATA_PROPERTIES)[0], b" " * (1024 * 1024) + b"{}"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_entry_is_a_miss_and_is_dropped(damage, server, transport_for, tmp_path):
    root = fill(server, transport_for, tmp_path, DATA_PROPERTIES)
    DAMAGES[damage](root)
    cache = ResponseCache(str(root))
    assert cache.get(DATA_PROPERTIES, max_bytes=16 * 1024 * 1024) is None
    assert cache.damaged and cache.damaged[0][0] == DATA_PROPERTIES
    assert not any(os.path.exists(p) for p in entry_paths(root, DATA_PROPERTIES))  # dropped
    # and a run needing it downloads it again instead of failing
    before = len(server.requests)
    assert len(transport_for(server).get_json(DATA_PROPERTIES)["value"]) > 100
    assert len(server.requests) == before + 1


@pytest.mark.parametrize("damage", ["bad deflate stream", "metadata 100,000 [", "status is text"])
def test_offline_a_damaged_entry_is_a_clear_miss(damage, server, transport_for, tmp_path):
    root = fill(server, transport_for, tmp_path, DATA_PROPERTIES)
    DAMAGES[damage](root)
    offline = Transport(cache=ResponseCache(str(root)), offline=True)
    with pytest.raises(OfflineMiss) as info:
        offline.get(DATA_PROPERTIES)
    assert DATA_PROPERTIES in str(info.value)


def test_a_body_of_100000_brackets_is_dropped_and_downloaded_again(server, transport_for, tmp_path):
    root = fill(server, transport_for, tmp_path, TABLE_INFOS)
    _, body, _ = entry_paths(root, TABLE_INFOS)
    write(body, DEEP)
    rewrite_meta(root, TABLE_INFOS, lambda m: m.update(size=len(DEEP), compressed=False))
    transport = transport_for(server)
    assert transport.get_json(TABLE_INFOS)["value"][0]["Identifier"] == "85984NED"
    assert json.loads(ResponseCache(str(root)).get(TABLE_INFOS).body)["value"]  # the good answer replaced it


def test_offline_a_body_of_100000_brackets_says_the_stored_answer_is_damaged(server, transport_for, tmp_path):
    root = fill(server, transport_for, tmp_path, TABLE_INFOS)
    write(entry_paths(root, TABLE_INFOS)[1], DEEP)
    rewrite_meta(root, TABLE_INFOS, lambda m: m.update(size=len(DEEP), compressed=False))
    offline = Transport(cache=ResponseCache(str(root)), offline=True)
    with pytest.raises(DamagedCacheEntry) as info:
        offline.get_json(TABLE_INFOS)
    text = str(info.value)
    assert TABLE_INFOS in text and "damaged" in text and "nested too deeply" in text
    assert not os.path.exists(entry_paths(root, TABLE_INFOS)[0])  # dropped: the next online run downloads it


def test_cbsodata_reading_a_poisoned_page_drops_it_and_downloads_again(server, transport_for, tmp_path):
    transport = transport_for(server)
    CbsClient(transport).table_infos("85984NED", "opendata.cbs.nl")
    root = tmp_path / "cache"
    url = [e["url"] for e in transport.exchanges][-1]
    write(entry_paths(root, url)[1], DEEP)
    rewrite_meta(root, url, lambda m: m.update(size=len(DEEP), compressed=False))
    again = transport_for(server)
    before = len(server.requests)
    assert CbsClient(again).table_infos("85984NED", "opendata.cbs.nl")["Identifier"] == "85984NED"
    assert len(server.requests) == before + 1


def test_cbsodata_offline_on_a_poisoned_page_names_the_damaged_answer(server, transport_for, tmp_path):
    transport = transport_for(server)
    CbsClient(transport).table_infos("85984NED", "opendata.cbs.nl")
    root = tmp_path / "cache"
    url = transport.exchanges[-1]["url"]
    write(entry_paths(root, url)[1], b'{"value": [' + b"{" * 5000)
    rewrite_meta(root, url, lambda m: m.update(size=11 + 5000, compressed=False))
    with pytest.raises(DamagedCacheEntry) as info:
        CbsClient(Transport(cache=ResponseCache(str(root)), offline=True)).table_infos("85984NED", "opendata.cbs.nl")
    assert url in str(info.value)


def test_a_damaged_entry_in_a_read_only_package_is_set_aside_and_the_next_layer_serves(server, transport_for,
                                                                                        tmp_path):
    package_root = fill(server, transport_for, tmp_path, DATA_PROPERTIES)
    DAMAGES["bad deflate stream"](package_root)
    package = ResponseCache(str(package_root), readonly=True)
    user = ResponseCache(str(tmp_path / "user"))
    Transport(cache=user, fetcher=transport_for(server).fetcher, endpoint_overrides=server.overrides()).get(
        DATA_PROPERTIES)
    layered = LayeredCache(ResponseCache(str(tmp_path / "empty")), package, user)
    found = layered.get(DATA_PROPERTIES)
    assert found is not None and len(json.loads(found.body)["value"]) > 100
    assert os.path.exists(entry_paths(package_root, DATA_PROPERTIES)[2])  # a package is never changed
    assert package.get(DATA_PROPERTIES) is None and package.damaged


def test_the_cache_statistics_survive_damaged_entries(server, transport_for, tmp_path):
    root = fill(server, transport_for, tmp_path, DATA_PROPERTIES, TABLE_INFOS)
    write(entry_paths(root, TABLE_INFOS)[0], DEEP)
    stats = ResponseCache(str(root)).stats()
    assert stats["entries"] == 1 and stats["bytes"] > 0


def test_a_run_over_a_damaged_cache_downloads_what_is_damaged_and_reuses_the_rest(server, transport_for, catalog,
                                                                                   tmp_path):
    Pipeline(transport_for(server), catalog).run(maastricht.sample_request())
    root = tmp_path / "cache"
    metas = [os.path.join(folder, name) for folder, _, files in os.walk(str(root)) for name in files
             if name.endswith(".json")]
    poisoned = metas[::3]
    for path in poisoned:
        write(path, DEEP)
    before = len(server.requests)
    SHARED_MEMORY.forget()  # a new session: it needs every answer again, the PDOK queryables too
    result = Pipeline(transport_for(server), catalog).run(maastricht.sample_request())
    assert len(result.layers["buurten"].records) == 44
    assert len(server.requests) - before == len(poisoned)


def test_a_body_that_is_not_gzip_inside_a_compressed_entry_is_not_a_crash(server, transport_for, tmp_path):
    root = fill(server, transport_for, tmp_path, DATA_PROPERTIES)
    write(gz_entry(root, DATA_PROPERTIES), zlib.compress(b"{}"))  # raw zlib, not gzip
    assert ResponseCache(str(root)).get(DATA_PROPERTIES) is None
