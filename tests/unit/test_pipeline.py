"""The main job end to end on the loopback server, checked against the raw sample files."""
import json
import os

import pytest

from rksd_plugin.core.errors import (
    BadResponse,
    HttpStatusError,
    MeasureNotFound,
    NoGeometryService,
    NoTableForYear,
    RequestTimeout,
    UnknownGemeente,
)
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.pipeline import Pipeline
from tests.conftest import make_server
from tests.support import maastricht
from tests.support.cbs_emulator import CbsEmulator
from tests.support.loopback import Fault, LoopbackServer
from tests.support.pdok_emulator import PdokEmulator



def raw_buurten():
    path = os.path.join(maastricht.SAMPLES, "kwb2024_politie_rivm_per_buurt_woonikveilig", "GM0935.json")
    with open(path, encoding="utf-8") as handle:
        return {b["code"]: b["demografie"] for b in json.load(handle)["buurten"]}


def run(server, transport_for, catalog, **kwargs):
    return Pipeline(transport_for(server), catalog).run(maastricht.sample_request(**kwargs))


def test_values_equal_the_sample_files(paging_server, transport_for, catalog):
    result = run(paging_server, transport_for, catalog)
    buurten = {r["code"]: r for r in result.layers["buurten"].records}
    raw = raw_buurten()
    assert set(buurten) == set(raw) and len(buurten) == 44
    for code, demografie in raw.items():
        for measure_id, field in maastricht.SAMPLE_KWB_MEASURES.items():
            assert buurten[code][measure_id] == demografie[field], (code, measure_id)
    amby = buurten["BU09350406"]
    assert amby["naam"] == "Amby" and amby["wijkcode"] == "WK093504"
    assert amby["aandeel_65plus"] == pytest.approx(1745 / 6505 * 100, abs=1e-6)


def test_missing_is_never_zero(server, transport_for, catalog):
    result = run(server, transport_for, catalog)
    raw = raw_buurten()
    nulls = [code for code, d in raw.items() if d["inwoners65plus"] is None]
    assert nulls, "the sample has a buurt with a secret 65+ count"
    records = {r["code"]: r for r in result.layers["buurten"].records}
    for code in nulls:
        assert records[code]["inwoners_65plus"] is None
        assert records[code]["aandeel_65plus"] is None
        assert "inwoners_65plus: null" in records[code]["ontbrekend"]
    missing = result.summary["layers"]["buurten"]["missing"]
    assert missing["inwoners_65plus"] == len(nulls)
    assert missing["inkomen_per_inwoner"] == sum(1 for d in raw.values() if d["inkomenPerInwoner"] is None)


def test_join_report_and_gemeente_comparison(server, transport_for, catalog):
    result = run(server, transport_for, catalog)
    layers = result.summary["layers"]
    assert layers["buurten"]["matched"] == 44 and layers["buurten"]["only_in_cbs"] == []
    assert layers["wijken"]["features"] == 7 and layers["gemeente"]["features"] == 1
    record = result.layers["buurten"].records[0]
    assert record["aandeel_65plus_gm"] == pytest.approx(27643 / 125285 * 100, abs=1e-6)
    assert record["aandeel_65plus_nl"] is None  # the sample holds no Nederland row: absent, not invented


def test_provenance_names_table_modified_keys_and_urls(server, transport_for, catalog):
    result = run(server, transport_for, catalog)
    kwb = result.provenance["sources"][0]
    assert kwb["table"] == "85984NED" and kwb["modified"] == "2025-03-27T02:00:00"
    assert kwb["keys"]["inwoners_65plus"] == "k_65JaarOfOuder_12"
    urls = [r["url"] for r in kwb["requests"]]
    assert any("TypedDataSet" in u and u.startswith("https://opendata.cbs.nl/ODataFeed/odata/85984NED") for u in urls)
    assert result.provenance["attribution"] == "Bron: CBS (CC BY 4.0); geometrie: CBS/Kadaster via PDOK"
    geometry_urls = [r["url"] for r in result.provenance["geometry"]["requests"]["buurt"]]
    assert geometry_urls[0].startswith("https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten/items")
    assert result.provenance["downloaded_first"]


def test_codes_on_one_side_only_are_reported(transport_for, catalog):
    snapshot = maastricht.kwb_2024_snapshot()
    snapshot.rows = [r for r in snapshot.rows if r["WijkenEnBuurten"].strip() != "BU09350406"]
    features = maastricht.pdok_features()
    trimmed = dict(features, buurten=[f for f in features["buurten"] if f["properties"]["buurtcode"] != "BU09350000"])
    hosts = maastricht.emulator_hosts()
    hosts.update({"opendata.cbs.nl": CbsEmulator([snapshot]), "api.pdok.nl": PdokEmulator({"2024": trimmed})})
    with LoopbackServer(hosts) as server:
        result = run(server, transport_for, catalog)
    layer = result.layers["buurten"]
    assert layer.only_in_cbs == ["BU09350000"]
    assert layer.only_in_pdok == ["BU09350406"]
    amby = next(r for r in layer.records if r["code"] == "BU09350406")
    assert amby["inwoners"] is None and "no CBS row" in amby["ontbrekend"]


def test_unknown_gemeente(server, transport_for, catalog):
    with pytest.raises(UnknownGemeente) as info:
        Pipeline(transport_for(server), catalog).run(maastricht.sample_request("GM9999"))
    assert "GM9999" in str(info.value) and "85984NED" in str(info.value)


def test_year_without_table(server, transport_for, catalog):
    with pytest.raises(NoTableForYear) as info:
        Pipeline(transport_for(server), catalog).run(maastricht.sample_request(year=2016))
    assert "2016" in str(info.value) and "2017" in str(info.value)


def test_year_without_geometry_service_fails_before_downloading_statistics(server, transport_for, catalog):
    document = json.loads(json.dumps(catalog.document))
    del document["geometry"]["years"]["2020"]  # a catalog that names no boundaries for 2020
    with pytest.raises(NoGeometryService) as info:
        Pipeline(transport_for(server), Catalog(document)).run(maastricht.sample_request(year=2020))
    assert "2020" in str(info.value) and "2019" in str(info.value)
    assert server.requests == []


def test_measure_missing_from_data_properties(transport_for, catalog):
    snapshot = maastricht.kwb_2024_snapshot()
    snapshot.data_properties = [p for p in snapshot.data_properties if p.get("Key") != "k_65JaarOfOuder_12"]
    hosts = maastricht.emulator_hosts()
    hosts["opendata.cbs.nl"] = CbsEmulator([snapshot])
    with LoopbackServer(hosts) as server:
        result = run(server, transport_for, catalog)  # by default the run goes on without it
        with pytest.raises(MeasureNotFound) as info:
            run(server, transport_for, catalog, strict=True)
    message = result.unavailable["aandeel_65plus"]
    for text in ("inwoners_65plus", "aandeel_65plus", "85984NED", "k_45Tot65Jaar_11"):
        assert text in message  # names the indicator, the table and candidates it saw
    assert "aandeel_65plus" not in result.layers["buurten"].records[0]
    assert "aandeel_65plus" in str(info.value)


@pytest.mark.parametrize(
    "fault, error",
    [
        (Fault(match="TypedDataSet", status=500, times=99), HttpStatusError),
        (Fault(match="collections/gemeenten", status=200, body=b"<html>", times=99), BadResponse),
        (Fault(match="DataProperties", status=200, delay=1.2, times=99), RequestTimeout),
    ],
)
def test_failures_are_clear_errors(fault, error, transport_for, catalog):
    with make_server() as server:
        server.add_fault(fault)
        transport = transport_for(server, retries=1, sleep=lambda s: None, timeout=0.4)
        with pytest.raises(error):
            Pipeline(transport, catalog).run(maastricht.sample_request())
