"""Key resolution by stem and expected title, on real DataProperties and changed keys."""
import pytest

from rksd_plugin.core.errors import MeasureNotFound
from rksd_plugin.core.keys import resolve, stem_of
from tests.support import dataproperties as dp


def test_every_catalog_measure_resolves_on_the_real_2024_table(catalog):
    properties = dp.kwb_2024()
    resolved = {m.id: resolve(properties, m, "85984NED") for m in catalog.measures.values() if m.source == "kwb"}
    assert resolved["inwoners"] == ("AantalInwoners_5", "stem+title")
    assert resolved["inwoners_65plus"] == ("k_65JaarOfOuder_12", "stem+title")
    assert resolved["afstand_huisarts"][0] == "AfstandTotHuisartsenpraktijk_117"
    assert all(how == "stem+title" for _, how in resolved.values())


def test_same_measures_resolve_to_the_2023_keys(catalog):
    properties = dp.with_keys(dp.kwb_2024(), dp.KWB_2023_KEYS)
    got = {m.id: resolve(properties, m, "85618NED")[0] for m in catalog.measures.values() if m.source == "kwb"}
    assert got["woz_waarde"] == "GemiddeldeWOZWaardeVanWoningen_36"
    assert got["inkomen_per_inwoner"] == "GemiddeldInkomenPerInwoner_81"
    assert got["afstand_huisarts"] == "AfstandTotHuisartsenpraktijk_115"
    assert got["inwoners_65plus"] == "k_65JaarOfOuder_12"


def test_a_later_revision_of_the_same_table_renumbers_and_still_resolves(catalog):
    properties = dp.with_keys(dp.kwb_2024(), dp.KWB_2024_LATER_REVISION_KEYS)
    measure = catalog.measures["afstand_supermarkt"]
    assert resolve(properties, measure, "85984NED") == ("AfstandTotGroteSupermarkt_111", "stem+title")


def test_dropped_measure_names_measure_table_and_candidates(catalog):
    properties = dp.with_keys(dp.kwb_2024(), {}, drop={"AfstandTotHuisartsenpraktijk"})
    with pytest.raises(MeasureNotFound) as info:
        resolve(properties, catalog.measures["afstand_huisarts"], "85984NED")
    text = str(info.value)
    assert "afstand_huisarts" in text and "85984NED" in text
    assert "AfstandTot" in text  # nearest candidates seen in the table


def test_renamed_key_with_the_same_title_resolves_by_title(catalog):
    properties = dp.with_keys(dp.kwb_2024(), {"Bevolkingsdichtheid": "InwonersPerKm2_34"})
    assert resolve(properties, catalog.measures["bevolkingsdichtheid"], "x") == ("InwonersPerKm2_34", "title")


def test_catalog_alternative_handles_the_2019_woz_rename(catalog):
    properties = dp.with_keys(dp.kwb_2024(), {"GemiddeldeWOZWaardeVanWoningen": "GemiddeldeWoningwaarde_35"})
    for entry in properties:
        if entry.get("Key") == "GemiddeldeWoningwaarde_35":
            entry["Title"] = "Gemiddelde woningwaarde"
    assert resolve(properties, catalog.measures["woz_waarde"], "84583NED") == ("GemiddeldeWoningwaarde_35", "alternative")


def test_same_stem_twice_is_disambiguated_by_title_not_guessed():
    from rksd_plugin.core.catalog import Measure

    properties = dp.kwb_2024()
    nederland = [p["Key"] for p in properties if stem_of(p.get("Key", "")) == "Nederland"]
    assert nederland == ["Nederland_17", "Nederland_20"]  # two topics share stem and title
    ambiguous = Measure("herkomst_nl", "kwb", "Nederland", "Nederland", "aantal", {})
    with pytest.raises(MeasureNotFound):
        resolve(properties, ambiguous, "85984NED")
    grouped = Measure("geboren_nl", "kwb", "Nederland", "Nederland", "aantal", {}, group="Geboren in Nederland")
    assert resolve(properties, grouped, "85984NED")[0] == "Nederland_20"


def test_truncated_cbs_titles_still_match():
    from rksd_plugin.core.catalog import Measure

    measure = Measure("tweeondereenkap", "kwb", "PercentageTweeOnderEenKapWoningEe",
                      "Percentage twee-onder-één-kap-woning (eengezins)", "%", {})
    assert resolve(dp.kwb_2024(), measure, "85984NED")[0] == "PercentageTweeOnderEenKapWoningEe_43"
