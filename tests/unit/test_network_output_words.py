"""Readable names of the reachability output fields, in Dutch and English."""
from rksd_plugin.core.network import output_words as w

CATEGORIES = {"huisarts": "Huisarts", "super_markt": "Super markt"}


def test_every_field_the_analysis_makes_has_a_name_in_both_languages():
    own = ["methode", "aansluiting_m", "punten", "gewicht", "gebied_fid", "afstand_m", "rechtlijn_huisarts_m",
           "reistijd_super_markt_min", "voorziening", "status_huisarts", "binnen_1500_5", "binnen_500_huisarts",
           "gem_afstand_m", "gem_rechtlijn_super_markt_m", "aandeel_2000", "aandeel_400_huisarts",
           "aandeel_onbekend", "aandeel_onbekend_huisarts"]
    for language in ("nl", "en"):
        names = w.aliases(own, own, CATEGORIES, language)
        assert set(names) == set(own) and len(set(names.values())) == len(own)  # all there, none alike
    nl = w.aliases(own, own, CATEGORIES, "nl")
    en = w.aliases(own, own, CATEGORIES, "en")
    assert nl["rechtlijn_huisarts_m"] == "Hemelsbrede afstand tot Huisarts (m)"
    assert en["reistijd_super_markt_min"] == "Travel time to Super markt (min)"
    assert nl["binnen_1500_5"] == "Voorzieningen binnen 1,5005 km" and en["aandeel_2000"] == "Share with a facility within 2 km (%)"
    assert en["aandeel_400_huisarts"] == "Share with Huisarts within 400 m (%)"
    assert nl["aandeel_400_huisarts"] == "Aandeel met Huisarts binnen 400 m (%)"
    assert nl["aandeel_onbekend"] == "Aandeel onbekend (%)"


def test_kept_fields_keep_their_names_and_renamed_own_fields_keep_their_alias():
    output = ["id", "status", "afstand_m", "status_2", "afstand_pinda_m"]
    names = w.aliases(["afstand_m", "status", "afstand_pinda_m"], output, CATEGORIES, "en")
    assert names == {"afstand_m": "Road distance (m)", "status_2": "Status"}  # pinda: no such category
    assert w.alias("naam", CATEGORIES) is None
    assert w.style_name(None, "nl") == "alle voorzieningen" and w.style_name("Huisarts", "en") == "Huisarts"


def test_without_a_network_the_distance_says_it_is_a_straight_line():
    assert w.alias("afstand_huisarts_m", CATEGORIES, "nl", network=False) == "Afstand tot Huisarts (m, hemelsbreed)"
    assert w.alias("gem_afstand_m", CATEGORIES, "en", network=False) == "Mean distance (m, straight line)"
    assert w.alias("afstand_m", CATEGORIES, "en") == "Road distance (m)"
