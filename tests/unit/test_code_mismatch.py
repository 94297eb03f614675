"""Codes that differ across sources are reported with what is lost - on Ermelo's real codes.

Ermelo re-divided its buurten in 2022 (16 -> 20). The RIVM Gezondheidsmonitor 2020
(50090NED, indeling 2020) has the old codes; KWB 2024 and PDOK 2024 the new ones.
"""
import csv
import gzip
import os

from rksd_plugin.core import code_mismatch
from rksd_plugin.core.areas import AreaLayer
from tests.support import maastricht

RIVM_NATIONAL = os.path.join(maastricht.SAMPLES, "rivm_gezondheid_wijk_buurt_2020_50090NED",
                             "50090NED_2020_buurten_NL_catalog_columns.csv.gz")


def rivm_rows(gemeente_digits):
    with gzip.open(RIVM_NATIONAL, "rt", encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle) if r["WijkenEnBuurten"].strip()[2:6] == gemeente_digits]


def buurten_2024(gemeente):
    data = maastricht.woonikveilig(gemeente)
    records = [{"code": b["code"], "water": "NEE", "inwoners": b["demografie"]["inwoners"]} for b in data["buurten"]]
    return {"buurten": AreaLayer("buurt", [], records, [None] * len(records))}


def test_ermelo_rivm_2020_against_the_2024_indeling():
    codes = code_mismatch.source_codes(rivm_rows("0233"), "WijkenEnBuurten", "GM0233")
    assert len(codes) == 16
    report = code_mismatch.compare("rivm", "50090NED", codes, buurten_2024("GM0233"),
                                   ["eenzaamheid_18", "gezondheid_goed_18"])
    found = report["levels"]["buurt"]
    assert found["codes_not_in_indeling"] == ["BU02330000", "BU02330006", "BU02330007", "BU02330008",
                                              "BU02330009", "BU02330100", "BU02330105", "BU02330106",
                                              "BU02330107", "BU02330108", "BU02330109"]
    assert len(found["areas_without_values"]) == 15  # every new code; 0001-0005 exist in both years
    assert "BU02330101" in found["areas_without_values"] and "BU02330001" not in found["areas_without_values"]
    expected = sum(b["demografie"]["inwoners"] for b in maastricht.woonikveilig("GM0233")["buurten"]
                   if b["code"] in found["areas_without_values"])
    assert found["inhabitants_without_values"] == expected == 8935
    line = code_mismatch.lines([report])[0]
    assert line.startswith("rivm (50090NED): 11 buurt code(s) not in this year's indeling; 15 populated buurt(s)")
    assert "eenzaamheid_18, gezondheid_goed_18" in line


def test_maastricht_matches_everywhere():
    codes = code_mismatch.source_codes(rivm_rows("0935"), "WijkenEnBuurten", "GM0935")
    assert len(codes) == 44
    assert code_mismatch.compare("rivm", "50090NED", codes, buurten_2024("GM0935"), ["x"]) is None
