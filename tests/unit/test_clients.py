"""CBS (through cbsodata) and PDOK clients against the loopback server."""
import json
from urllib.parse import parse_qs

import pytest

from rksd_plugin.core.cbs_client import CbsClient, region_filter
from rksd_plugin.core.errors import BadResponse, EmptyResult, NoGeometryService, UnmanagedRequest
from rksd_plugin.core.geometry_source import GeometrySource
from rksd_plugin.core.pdok_client import OgcApiClient, ServiceMemory
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


PDOK_2024 = "https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1"


def pdok_client(transport, catalog):
    return OgcApiClient(transport, catalog.geometry, PDOK_2024, ServiceMemory())


def test_pdok_requests_one_gemeente_in_rd_and_follows_next(paging_server, transport_for, catalog):
    result = pdok_client(transport_for(paging_server), catalog).features("buurt", "GM0935")
    assert len(result.features) == 44 and result.strategy == "property"
    assert len(result.urls) == 2  # server pages of 30: one next link followed
    queryables, first, second = paging_server.requests
    assert queryables["path"].endswith("/collections/buurten/queryables")
    first = parse_qs(first["raw_query"])
    assert first["gemeentecode"] == ["GM0935"]
    assert first["crs"] == ["http://www.opengis.net/def/crs/EPSG/0/28992"]
    assert first["limit"] == ["1000"]
    assert "cursor" in parse_qs(second["raw_query"])
    x, y = result.features[0]["geometry"]["coordinates"][0][0][0]
    assert 170000 < x < 190000 and 300000 < y < 330000  # RD New, not lon/lat


def test_pdok_year_without_geometry_service_is_a_clear_message(catalog, server, transport_for):
    config = dict(catalog.geometry, years={k: v for k, v in catalog.geometry["years"].items() if k != "2019"})
    with pytest.raises(NoGeometryService) as info:
        GeometrySource(transport_for(server), config).fetch(2019, "GM0935")
    assert "2019" in str(info.value) and "2024" in str(info.value) and "2018" in str(info.value)
    assert server.requests == []


def test_pdok_empty_feature_collection(catalog, server, transport_for):
    empty = json.dumps({"type": "FeatureCollection", "features": [], "links": [], "numberReturned": 0}).encode()
    server.add_fault(Fault(match="collections/buurten/items", status=200, body=empty, times=10))
    with pytest.raises(EmptyResult) as info:
        pdok_client(transport_for(server), catalog).features("buurt", "GM0935")
    assert "GM0935" in str(info.value)
    # an empty answer to the filter is not trusted: the bbox way was tried as well
    assert "bbox" in str(info.value) and "property" in str(info.value)


def test_pdok_not_a_feature_collection(catalog, server, transport_for):
    server.add_fault(Fault(match="collections/wijken/items", status=200, body=b'{"type": "Feature"}'))
    with pytest.raises(BadResponse):
        pdok_client(transport_for(server), catalog).features("wijk", "GM0935")


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
