"""Every indicator's measures resolve on more than one year's (or revision's) keys."""
import pytest

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.errors import MeasureNotFound
from rksd_plugin.core.keys import resolve
from tests.support import dataproperties as dp
from tests.support import maastricht


def measures_of(catalog, source):
    return [m for m in catalog.measures.values() if m.source == source]


def test_kwb_measures_on_2024_and_2023():
    catalog = Catalog.load()
    real_2024 = dp.kwb_2024()
    keys_2023 = dp.with_keys(real_2024, dp.KWB_2023_KEYS)
    for measure in measures_of(catalog, "kwb"):
        key_2024, _ = resolve(real_2024, measure, "85984NED")
        key_2023, _ = resolve(keys_2023, measure, "85618NED")
        assert key_2024.split("_")[0] == key_2023.split("_")[0] or measure.alternatives


def test_rivm_measures_on_the_2020_export_and_2024_keys():
    catalog = Catalog.load()
    properties_2020 = maastricht.rivm_2020_snapshot().data_properties
    properties_2024 = dp.from_keys(dp.RIVM_2024_KEYS)
    resolved_2024 = {}
    for measure in measures_of(catalog, "rivm"):
        key, _ = resolve(properties_2020, measure, "50090NED")
        assert key in maastricht.RIVM_TITLES
        try:
            resolved_2024[measure.id] = resolve(properties_2024, measure, "50150NED")
        except MeasureNotFound as exc:
            resolved_2024[measure.id] = str(exc)
    assert resolved_2024["rivm_ernstig_eenzaam_18"] == ("SterkEenzaam_26", "alternative")
    assert resolved_2024["rivm_gezondheid_goed_65"] == ("GoedErvarenGezondheid_4", "alternative")
    assert resolved_2024["rivm_eenzaam_18"] == ("Eenzaam_25", "stem+title")
    assert resolved_2024["rivm_moeite_rondkomen_18"][0] == "MoeiteMetRondkomen_32"
    # a measure the newer table does not have is named with the candidates it saw
    assert "50150NED" in resolved_2024["rivm_beperking_bewegen_65"]
    assert "Nearest candidates" in resolved_2024["rivm_beperking_bewegen_65"]


@pytest.mark.parametrize("table", ["86134NED", "85560NED"])
def test_nabijheid_measures_on_2024_and_2022_keys(table):
    catalog = Catalog.load()
    properties = dp.from_keys(dp.NABIJHEID_KEYS)
    got = {m.id: resolve(properties, m, table)[0] for m in measures_of(catalog, "nabijheid")}
    assert got == {"afstand_apotheek": "AfstandTotApotheek_10", "afstand_fysiotherapeut": "AfstandTotFysiotherapeut_20"}


@pytest.mark.parametrize("table", ["47018NED", "47022NED"])
def test_politie_measures_on_year_and_month_tables(table):
    catalog = Catalog.load()
    properties = dp.from_keys(dp.POLITIE_KEYS)
    for measure in measures_of(catalog, "politie"):
        assert resolve(properties, measure, table)[0] == "GeregistreerdeMisdrijven_1"


def test_every_indicator_is_covered_by_a_tested_source():
    catalog = Catalog.load()
    tested = {"kwb", "rivm", "nabijheid", "politie", "ses_woa"}
    for indicator in catalog.indicators.values():
        for measure in indicator.measures:
            assert catalog.measures[measure].source in tested


def test_ses_woa_score_is_found_by_title_within_its_group():
    """The SES-WOA keys are not verified anywhere public; its StatLine labels are (CSV in
    the samples: 'SES-WOA/Totaalscore/Gemiddelde score'). Keys below are placeholders."""
    catalog = Catalog.load()
    properties = [
        {"ID": 1, "ParentID": None, "Type": "TopicGroup", "Key": "", "Title": "SES-WOA"},
        {"ID": 2, "ParentID": 1, "Type": "TopicGroup", "Key": "", "Title": "Totaalscore"},
        {"ID": 3, "ParentID": 2, "Type": "Topic", "Key": "KEY_A_7", "Title": "Gemiddelde score"},
        {"ID": 4, "ParentID": 1, "Type": "TopicGroup", "Key": "", "Title": "Financiële welvaart"},
        {"ID": 5, "ParentID": 4, "Type": "Topic", "Key": "KEY_B_9", "Title": "Gemiddelde score"},
    ]
    assert resolve(properties, catalog.measures["ses_woa_score"], "85163NED") == ("KEY_A_7", "title")
