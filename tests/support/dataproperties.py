"""DataProperties of other years and revisions, for key-resolution tests.

CBS renumbers key suffixes between years and even between revisions of one table. The
samples hold the real 85984NED DataProperties (revision 2025-03-27). Other key sets
below are the keys that public client code uses against those tables (recorded in
docs/research/cbs_keys.md); their titles are taken from the 2024 table and marked so.
Only keys change here, never a figure.
"""
import copy
import json
import os

from .maastricht import SAMPLES

# 85618NED (KWB 2023), keys as used against the live table by several public clients
KWB_2023_KEYS = {
    "HuishoudensTotaal": "HuishoudensTotaal_29",
    "GemiddeldeHuishoudensgrootte": "GemiddeldeHuishoudensgrootte_33",
    "Bevolkingsdichtheid": "Bevolkingsdichtheid_34",
    "GemiddeldeWOZWaardeVanWoningen": "GemiddeldeWOZWaardeVanWoningen_36",
    "Koopwoningen": "Koopwoningen_41",
    "GemiddeldInkomenPerInwoner": "GemiddeldInkomenPerInwoner_81",
    "AfstandTotHuisartsenpraktijk": "AfstandTotHuisartsenpraktijk_115",
    "AfstandTotGroteSupermarkt": "AfstandTotGroteSupermarkt_116",
    "AfstandTotSchool": "AfstandTotSchool_118",
    "ScholenBinnen3Km": "ScholenBinnen3Km_119",
    "OppervlakteLand": "OppervlakteLand_121",
    "MateVanStedelijkheid": "MateVanStedelijkheid_125",
    "Omgevingsadressendichtheid": "Omgevingsadressendichtheid_126",
}
# a later revision of 85984NED itself, as used by a public builder script
KWB_2024_LATER_REVISION_KEYS = {
    "GemiddeldInkomenPerInwoner": "GemiddeldInkomenPerInwoner_78",
    "AfstandTotHuisartsenpraktijk": "AfstandTotHuisartsenpraktijk_110",
    "AfstandTotGroteSupermarkt": "AfstandTotGroteSupermarkt_111",
    "AfstandTotSchool": "AfstandTotSchool_113",
    "ScholenBinnen3Km": "ScholenBinnen3Km_114",
    "OppervlakteLand": "OppervlakteLand_116",
    "MateVanStedelijkheid": "MateVanStedelijkheid_120",
    "Omgevingsadressendichtheid": "Omgevingsadressendichtheid_121",
}


def kwb_2024():
    with open(os.path.join(SAMPLES, "kwb_2024_85984NED", "DataProperties.json"), encoding="utf-8") as handle:
        return json.load(handle)


def with_keys(properties, stem_to_key, drop=()):
    """A copy of ``properties`` with the given stems renumbered and ``drop`` stems removed."""
    from rksd_plugin.core.keys import stem_of

    result = []
    for entry in copy.deepcopy(properties):
        stem = stem_of(entry.get("Key", ""))
        if entry.get("Type") == "Topic" and stem in drop:
            continue
        if entry.get("Type") == "Topic" and stem in stem_to_key:
            entry["Key"] = stem_to_key[stem]
        result.append(entry)
    return result


def from_keys(keys, table_title=""):
    """Minimal DataProperties for a list of keys whose titles are unknown here.

    The title is made from the key (``SterkEenzaam_26`` -> 'Sterk eenzaam'): these key
    sets come from public client code (docs/research/cbs_pdok_formats.md), which names
    keys but not titles."""
    import re

    result = []
    for index, key in enumerate(keys):
        stem = re.sub(r"_\d+$", "", key)
        words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", stem).strip().lower()
        result.append({"ID": index, "Position": index, "ParentID": None, "Type": "Topic", "Key": key,
                       "Title": words[:1].upper() + words[1:], "Unit": ""})
    return result


# 50150NED (Gezondheid per wijk en buurt 2024, indeling 2024): keys used by public client code
RIVM_2024_KEYS = [
    "GoedErvarenGezondheid_4", "EenOfMeerLangdurigeAandoeningen_5", "LangdurigBeperkt_6",
    "HoogRisicoAngststoornisOfDepressie_14", "HeelVeelStressAfg4Weken_17", "LageVeerkracht_22",
    "MatigVeelRegieOverHetEigenLeven_24", "Eenzaam_25", "SterkEenzaam_26", "EmotioneelEenzaam_27",
    "SociaalEenzaam_28", "KrijgtSteunVanAnderen_29", "Mantelzorger_30", "Vrijwilligerswerk_31",
    "MoeiteMetRondkomen_32",
]
# 86134NED / 85560NED (Nabijheid voorzieningen 2024 / 2022): the same keys in both years
NABIJHEID_KEYS = [
    "AfstandTotHuisartsenpraktijk_5", "AfstandTotHuisartsenpost_9", "AfstandTotApotheek_10",
    "AfstandTotZiekenhuis_11", "AfstandTotFysiotherapeut_20", "AfstandTotGroteSupermarkt_24",
]
POLITIE_KEYS = ["GeregistreerdeMisdrijven_1"]
