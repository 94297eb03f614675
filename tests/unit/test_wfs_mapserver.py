"""An earlier year's boundaries from a real MapServer WFS 2.0 on loopback (Debian's ``mapserv``).

2021 has no OGC API at PDOK; the catalog sends it to the per-year WFS, which PDOK runs on
MapServer. Here MapServer itself answers, serving the real PDOK 2021 buurt polygons of
Ermelo (see tests/support/mapserver_wfs.py).
"""
import copy
from urllib.parse import parse_qs

import pytest

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.geometry_source import GeometrySource
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.pdok_client import BBOX, ServiceMemory
from rksd_plugin.core.wfs_client import FILTER
from tests.support import mapserver_wfs
from tests.support.loopback import LoopbackServer

BUURTEN_2021 = {
    "BU02330000", "BU02330001", "BU02330002", "BU02330003", "BU02330004", "BU02330005", "BU02330006",
    "BU02330007", "BU02330008", "BU02330009", "BU02339997", "BU02330100", "BU02330105", "BU02330106",
    "BU02330107", "BU02330108", "BU02330109",
}


def test_mapserver_is_installed():
    assert mapserver_wfs.available(), "Debian's cgi-mapserver is missing: run scripts/ensure_system.sh"


@pytest.fixture
def wfs(tmp_path):
    def start(geojson=True):
        host = mapserver_wfs.MapServerWfs(str(tmp_path / ("json" if geojson else "gml")), geojson=geojson)
        return LoopbackServer({"service.pdok.nl": host})
    return start


def fetch(server, tmp_path, config=None, memory=None):
    transport = Transport(fetcher=RequestsFetcher(), cache=ResponseCache(str(tmp_path / "cache")),
                          endpoint_overrides=server.overrides(), retries=0, timeout=60)
    source = GeometrySource(transport, config or Catalog.load().geometry, memory or ServiceMemory())
    return source.fetch(2021, "GM0233")


def first_ring(geometry):
    return geometry["coordinates"][0] if geometry["type"] == "Polygon" else geometry["coordinates"][0][0]


def getfeatures(server):
    return [parse_qs(r["raw_query"]) for r in server.requests if "GetFeature" in r["raw_query"]]


def test_2021_from_mapserver_with_an_xml_filter(wfs, tmp_path):
    with wfs() as server:
        result = fetch(server, tmp_path)
        queries = getfeatures(server)
    assert result.service == {"name": "wfs_cbs", "kind": "wfs",
                              "url": "https://service.pdok.nl/cbs/wijkenbuurten/2021/wfs/v1_0"}
    assert {f["properties"]["buurtcode"] for f in result.features["buurt"]} == BUURTEN_2021
    assert len(result.features["wijk"]) == 3  # WK023300, WK023301 and the water wijk WK023399
    assert [f["properties"]["water"] for f in result.features["gemeente"]] == ["JA", "NEE"]
    assert set(result.strategies.values()) == {FILTER}
    first = queries[0]
    assert first["typeNames"] == ["wijkenbuurten:cbs_gemeente_2021"]  # the catalog's name, as GetCapabilities offers it
    assert "<fes:PropertyIsEqualTo><fes:ValueReference>gemeentecode</fes:ValueReference>" in first["filter"][0]
    assert first["srsName"] == ["urn:ogc:def:crs:EPSG::28992"] and first["outputFormat"] == ["application/json"]
    x, y = first_ring(result.features["buurt"][0]["geometry"])[0]
    assert 160000 < x < 180000 and 470000 < y < 490000  # RD New


def test_gml_when_the_server_cannot_write_geojson(wfs, tmp_path):
    with wfs(geojson=True) as server:
        as_json = fetch(server, tmp_path / "a")
    memory = ServiceMemory()
    with wfs(geojson=False) as server:
        as_gml = fetch(server, tmp_path / "b", memory=memory)
        queries = getfeatures(server)
    assert memory.get("https://service.pdok.nl/cbs/wijkenbuurten/2021/wfs/v1_0", "outputFormat") == "gml"
    assert "outputFormat" in queries[0] and "outputFormat" not in queries[-1]
    by_code = {f["properties"]["buurtcode"]: f for f in as_json.features["buurt"]}
    assert {f["properties"]["buurtcode"] for f in as_gml.features["buurt"]} == BUURTEN_2021
    for feature in as_gml.features["buurt"]:
        other = by_code[feature["properties"]["buurtcode"]]
        assert feature["properties"]["buurtnaam"] == other["properties"]["buurtnaam"]
        gml_ring, json_ring = first_ring(feature["geometry"]), first_ring(other["geometry"])
        assert len(gml_ring) == len(json_ring)
        assert gml_ring[0] == pytest.approx(json_ring[0], abs=1e-3)


def test_pages_with_start_index(wfs, tmp_path):
    config = copy.deepcopy(Catalog.load().geometry)
    config["services"]["wfs_cbs"]["page_size"] = 5
    with wfs() as server:
        result = fetch(server, tmp_path, config)
        starts = [q["startIndex"][0] for q in getfeatures(server) if "cbs_buurten" in q["typeNames"][0]]
    assert {f["properties"]["buurtcode"] for f in result.features["buurt"]} == BUURTEN_2021
    assert starts == ["0", "5", "10", "15"]


def test_bbox_when_the_filter_property_is_refused(wfs, tmp_path):
    config = copy.deepcopy(Catalog.load().geometry)
    config["gemeente_property"] = "gemeente_code"  # not a property of these layers: MapServer refuses
    with wfs() as server:
        result = fetch(server, tmp_path, config)
    assert set(result.strategies.values()) == {BBOX}
    assert result.refused["gemeente"][0].startswith("filter:")
    assert {f["properties"]["buurtcode"] for f in result.features["buurt"]} == BUURTEN_2021


def test_a_feature_type_name_the_server_does_not_offer_is_matched_by_level(wfs, tmp_path):
    config = copy.deepcopy(Catalog.load().geometry)
    config["services"]["wfs_cbs"]["typenames"]["buurt"] = "wijkenbuurten:buurten"  # the 2022+ name
    with wfs() as server:
        result = fetch(server, tmp_path, config)
        names = {q["typeNames"][0] for q in getfeatures(server)}
    assert "wijkenbuurten:cbs_buurten_2021" in names
    assert len(result.features["buurt"]) == 17
