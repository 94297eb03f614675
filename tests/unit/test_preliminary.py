"""A preliminary KWB table: what CBS has not filled yet comes from the year before, marked "[2024]".

SYNTHETIC preliminary table: the 2025 table here is the real 85984NED (2024) data with the
income column emptied, the way CBS's first delivery of 86165NED leaves income empty. It is
labelled synthetic in its TableInfos; only the mechanics are tested with it. The values
that must appear are the real 2024 ones.
"""
import copy

import pytest

from rksd_plugin.core.pipeline import Pipeline, RunRequest
from rksd_plugin.core.pdok_client import ServiceMemory
from tests.support import maastricht
from tests.support.cbs_emulator import CbsEmulator, TableSnapshot
from tests.support.loopback import LoopbackServer
from tests.support.pdok_emulator import PdokEmulator

INCOME = "GemiddeldInkomenPerInwoner_83"


def preliminary_2025():
    real = maastricht.kwb_2024_snapshot()
    infos = copy.deepcopy(real.table_infos)
    infos[0].update(Identifier="86165NED", Title="SYNTHETIC preliminary table for a test (85984NED values, income "
                                               "emptied)", Modified="")
    rows = [dict(r, **{INCOME: None}) for r in copy.deepcopy(real.rows)]
    return TableSnapshot("86165NED", infos, real.data_properties, rows)


@pytest.fixture
def server():
    hosts = maastricht.emulator_hosts()
    hosts["opendata.cbs.nl"] = CbsEmulator([maastricht.kwb_2024_snapshot(), preliminary_2025()])
    hosts["api.pdok.nl"] = PdokEmulator({"2025": maastricht.pdok_features()})
    with LoopbackServer(hosts) as running:
        yield running


def test_unfilled_measures_come_from_the_most_recent_earlier_table(server, transport_for, catalog):
    request = RunRequest("GM0935", 2025, questions=[], indicators=["inkomen_per_inwoner", "aandeel_65plus"],
                         extra_measures=["inkomen_per_inwoner", "inwoners_65plus"], national_reference=False)
    result = Pipeline(transport_for(server), catalog, memory=ServiceMemory()).run(request)
    assert result.summary["measure_years"] == {"inkomen_per_inwoner": 2024}
    raw = {b["code"]: b["demografie"] for b in maastricht.woonikveilig()["buurten"]}
    buurten = {r["code"]: r for r in result.layers["buurten"].records}
    for code, demografie in raw.items():
        assert buurten[code]["inkomen_per_inwoner"] == demografie["inkomenPerInwoner"]
    gemeente = result.layers["gemeente"].records[0]
    assert gemeente["inkomen_per_inwoner"] == maastricht.woonikveilig()["demografie"]["inkomenPerInwoner"]
    assert gemeente["inkomen_per_inwoner_jaar"] == 2024
    assert "aandeel_65plus_jaar" not in gemeente  # filled in 2025's own table
    field = result.layers["buurten"].field("inkomen_per_inwoner")
    # the visual language's earlier-year mark (docs/visual_language.md)
    assert field.alias["nl"].endswith(" [2024]") and field.alias["en"].endswith(" [2024]")
    tables = [(r["source"], r["table"], r.get("measures_filled")) for r in result.provenance["sources"]]
    assert ("kwb", "86165NED", None) in tables and ("kwb", "85984NED", ["inkomen_per_inwoner"]) in tables


def test_a_2025_run_without_politie_table_reports_instead_of_failing(server, transport_for, catalog):
    request = RunRequest("GM0935", 2025, questions=[], indicators=["misdrijven_per_1000"],
                         extra_measures=["inwoners"], national_reference=False)
    result = Pipeline(transport_for(server), catalog, memory=ServiceMemory()).run(request)
    assert "politie" in result.unavailable["misdrijven_per_1000"] and "2025" in result.unavailable["misdrijven_per_1000"]


def test_the_atlas_shows_the_year_beside_an_earlier_value(catalog):
    from rksd_plugin.report import content

    class Data:
        def __init__(self, records):
            self.catalog = catalog
            self._records = records

        def records(self, level):
            return self._records

    record = {"code": "BU09350406", "inkomen_per_inwoner": 28.5, "inkomen_per_inwoner_gm": 27.0,
              "inkomen_per_inwoner_nl": None, "inkomen_per_inwoner_jaar": 2024}
    row = content._indicator_row(Data([record]), "inkomen_per_inwoner", record, "beside", "q2", "nl")
    assert row.value.endswith("[2024]") and "earlier_year" in row.missing  # explained in the legend block
    plain = dict(record)
    del plain["inkomen_per_inwoner_jaar"]
    assert "[" not in content._indicator_row(Data([plain]), "inkomen_per_inwoner", plain, "beside", "q2",
                                              "nl").value
