"""Every CBS table id in the catalog has its evidence in docs/cbs_tables.md; labels follow CBS."""
import json
import os

from rksd_plugin.core.catalog import Catalog
from tests.support.maastricht import SAMPLES

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def evidence_rows():
    with open(os.path.join(ROOT, "docs", "cbs_tables.md"), encoding="utf-8") as handle:
        return [line for line in handle if line.startswith("|")]


def test_every_table_id_has_its_evidence():
    rows = evidence_rows()
    catalog = Catalog.load()
    for source in catalog.sources.values():
        for year, table in source.tables.items():
            assert any(table["id"] in row for row in rows), (source.id, year, table["id"])


def test_nabijheid_for_every_kwb_year():
    catalog = Catalog.load()
    kwb, nabijheid = catalog.sources["kwb"], catalog.sources["nabijheid"]
    assert nabijheid.years() == kwb.years()
    assert nabijheid.table_for_run(2023)["id"] == "85830NED"  # no longer 2022's distances
    assert {y: nabijheid.table_for(y)["id"] for y in (2017, 2020)} == {2017: "84334NED", 2020: "84953NED"}


def test_the_2024_title_and_period_match_the_real_table_infos():
    with open(os.path.join(SAMPLES, "kwb_2024_85984NED", "TableInfos.json"), encoding="utf-8") as handle:
        infos = json.load(handle)[0]
    assert infos["Identifier"] == Catalog.load().sources["kwb"].table_for(2024)["id"]
    assert infos["Title"].endswith("2024")


def test_jeugdzorg_says_tot_23_jaar_as_cbs_does():
    with open(os.path.join(SAMPLES, "kwb_2024_85984NED", "DataProperties.json"), encoding="utf-8") as handle:
        cbs = next(p for p in json.load(handle) if p["Key"].startswith("PercentageJongerenMetJeugdzorg"))
    assert "tot 23 jaar" in cbs["Description"]
    catalog = Catalog.load()
    assert "tot 23 jaar" in catalog.measures["jeugdzorg_pct"].label["nl"]
    assert "under 23" in catalog.measures["jeugdzorg_pct"].label["en"]
    indicator = catalog.indicators["jeugdzorg_pct"]
    assert "tot 23 jaar" in indicator.title["nl"] and "tot 23 jaar" in indicator.explanation["nl"]
    assert "18 jaar met" not in indicator.explanation["nl"]
