"""CBS (through cbsodata) and PDOK clients against the loopback server."""
import json
from urllib.parse import parse_qs

import pytest

from rksd_plugin.core.cbs_client import CbsClient, region_filter
from rksd_plugin.core.errors import BadResponse, EmptyResult, NoGeometryService, UnmanagedRequest
from rksd_plugin.core.pdok_client import PdokClient
from tests.support.loopback import Fault

HOST = "opendata.cbs.nl"


def test_region_filter_uses_prefixes_and_padded_keys():
    text = region_filter("WijkenEnBuurten", "GM0935", ["buurt", "wijk", "gemeente", "land"])
    assert "startswith(WijkenEnBuurten,'BU0935')" in text
    assert "startswith(WijkenEnBuurten,'WK0935')" in text
    assert "WijkenEnBuurten eq 'GM0935    '" in text
    assert "startswith(WijkenEnBuurten,'NL')" in text


def test_typed_dataset_request_filters_selects_and_follows_next_links(paging_server, transport_for):
    client = CbsClient(transport_for(paging_server))
    select = ["WijkenEnBuurten", "AantalInwoners_5", "k_65JaarOfOuder_12"]
    filters = region_filter("WijkenEnBuurten", "GM0935", ["buurt", "wijk", "gemeente", "land"])
    rows = client.typed_rows("85984NED", HOST, select, filters)
    assert len(rows) == 52  # 44 buurten + 7 wijken + the gemeente; the sample has no NL row
    assert all(set(r) == set(select) for r in rows)
    pages = [r for r in paging_server.requests if r["path"].endswith("TypedDataSet")]
    assert len(pages) == 3  # 20 + 20 + 12 rows: two next links followed
    first = parse_qs(pages[0]["raw_query"])
    assert first["$select"] == [",".join(select)]
    assert first["$filter"] == [filters]
    assert first["$format"] == ["json"]
    assert "$skip" not in first
    assert parse_qs(pages[1]["raw_query"])["$skip"] == ["20"]
    assert parse_qs(pages[2]["raw_query"])["$skip"] == ["40"]
    amby = next(r for r in rows if r["WijkenEnBuurten"] == "BU09350406")
    assert amby["AantalInwoners_5"] == 6505


def test_table_infos_and_data_properties(server, transport_for):
    client = CbsClient(transport_for(server))
    assert client.table_infos("85984NED", HOST)["Modified"] == "2025-03-27T02:00:00"
    keys = [p["Key"] for p in client.data_properties("85984NED", HOST)]
    assert "AantalInwoners_5" in keys and len(keys) == 172


def test_cbsodata_cannot_reach_the_network_outside_the_transport():
    from rksd_plugin.core.http.cbsodata_bridge import cbsodata_module

    module = cbsodata_module()
    with pytest.raises(UnmanagedRequest):
        module.get_info("85984NED")


def test_pdok_requests_one_gemeente_in_rd_and_follows_next(paging_server, transport_for, catalog):
    client = PdokClient(transport_for(paging_server), catalog.geometry)
    features, urls = client.features(2024, "buurt", "GM0935")
    assert len(features) == 44
    assert len(urls) == 2  # server pages of 30: one next link followed
    first = parse_qs(paging_server.requests[0]["raw_query"])
    assert first["gemeentecode"] == ["GM0935"]
    assert first["crs"] == ["http://www.opengis.net/def/crs/EPSG/0/28992"]
    assert first["limit"] == ["1000"]
    assert "cursor" in parse_qs(paging_server.requests[1]["raw_query"])
    x, y = features[0]["geometry"]["coordinates"][0][0][0]
    assert 170000 < x < 190000 and 300000 < y < 330000  # RD New, not lon/lat


def test_pdok_year_without_ogc_api_is_a_clear_message(catalog, server, transport_for):
    client = PdokClient(transport_for(server), catalog.geometry)
    with pytest.raises(NoGeometryService) as info:
        client.features(2019, "buurt", "GM0935")
    assert "2019" in str(info.value) and "2024" in str(info.value) and "wfs" in str(info.value).lower()
    assert server.requests == []


def test_pdok_empty_feature_collection(catalog, server, transport_for):
    empty = json.dumps({"type": "FeatureCollection", "features": [], "links": [], "numberReturned": 0}).encode()
    server.add_fault(Fault(match="collections/buurten", status=200, body=empty))
    client = PdokClient(transport_for(server), catalog.geometry)
    with pytest.raises(EmptyResult) as info:
        client.features(2024, "buurt", "GM0935")
    assert "GM0935" in str(info.value)


def test_pdok_not_a_feature_collection(catalog, server, transport_for):
    server.add_fault(Fault(match="collections/wijken", status=200, body=b'{"type": "Feature"}'))
    client = PdokClient(transport_for(server), catalog.geometry)
    with pytest.raises(BadResponse):
        client.features(2024, "wijk", "GM0935")


def test_malformed_odata_page_is_a_bad_response_naming_the_url(server, transport_for):
    server.add_fault(Fault(match="DataProperties", status=200, body=b'{"value": [', times=1))
    with pytest.raises(BadResponse) as info:
        CbsClient(transport_for(server)).data_properties("85984NED", HOST)
    assert "85984NED/DataProperties" in str(info.value)
    server.add_fault(Fault(match="TableInfos", status=200, body=b'{"no value": 1}', times=1))
    with pytest.raises(BadResponse):
        CbsClient(transport_for(server)).table_infos("85984NED", HOST)


def test_a_malformed_odata_page_is_dropped_from_the_cache(server, transport_for):
    server.add_fault(Fault(match="DataProperties", status=200, body=b'{"value": [', times=1))
    transport = transport_for(server)
    with pytest.raises(BadResponse):
        CbsClient(transport).data_properties("85984NED", HOST)
    assert len(CbsClient(transport).data_properties("85984NED", HOST)) == 172
