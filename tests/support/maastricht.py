"""Emulator snapshots for Maastricht (GM0935), reconstructed from the real sample files.

Nothing here invents a figure: every value comes from tests/fixtures/samples (copies of
../shared/data/samples, see PROVENANCE.md there). What is reconstructed is only the
*envelope*: the rows are laid out as CBS's OData ``TypedDataSet`` and PDOK's OGC API
would send them. Measures that are not in the samples are simply not in the rows.
"""
import csv
import functools
import json
import os

from .cbs_emulator import TableSnapshot

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(HERE), "fixtures")
SAMPLES = os.path.join(FIXTURES, "samples")
DERIVED = os.path.join(FIXTURES, "derived")
GEOMETRY_FILE = os.path.join(DERIVED, "maastricht_pdok_features_2024.json")

GEMEENTE = "GM0935"
KWB_2024 = "85984NED"

# woonikveilig ``demografie`` field -> 85984NED key (revision of 2025-03-27, the
# DataProperties in the samples). Units agree: wozWaarde and inkomen x 1 000 euro,
# distances km, oppervlakte ha, shares %.
WOONIKVEILIG_TO_KWB = {
    "inwoners": "AantalInwoners_5",
    "inwoners0tot15": "k_0Tot15Jaar_8",
    "inwoners65plus": "k_65JaarOfOuder_12",
    "huishoudens": "HuishoudensTotaal_29",
    "huishoudensgrootte": "GemiddeldeHuishoudensgrootte_33",
    "dichtheid": "Bevolkingsdichtheid_34",
    "wozWaarde": "GemiddeldeWOZWaardeVanWoningen_39",
    "eengezinswoning": "PercentageEengezinswoning_40",
    "koopwoningen": "Koopwoningen_47",
    "inkomenPerInwoner": "GemiddeldInkomenPerInwoner_83",
    "afstandHuisarts": "AfstandTotHuisartsenpraktijk_117",
    "afstandSupermarkt": "AfstandTotGroteSupermarkt_118",
    "afstandSchool": "AfstandTotSchool_120",
    "scholenBinnen3km": "ScholenBinnen3Km_121",
    "oppervlakteLandHa": "OppervlakteLand_123",
    "stedelijkheid": "MateVanStedelijkheid_127",
    "adressendichtheid": "Omgevingsadressendichtheid_128",
}
# catalog measure id -> woonikveilig field: the KWB measures the bundled sample can answer
SAMPLE_KWB_MEASURES = {
    "inwoners": "inwoners",
    "inwoners_0_15": "inwoners0tot15",
    "inwoners_65plus": "inwoners65plus",
    "huishoudens": "huishoudens",
    "huishoudensgrootte": "huishoudensgrootte",
    "bevolkingsdichtheid": "dichtheid",
    "woz_waarde": "wozWaarde",
    "koopwoningen_pct": "koopwoningen",
    "eengezinswoning_pct": "eengezinswoning",
    "inkomen_per_inwoner": "inkomenPerInwoner",
    "stedelijkheid": "stedelijkheid",
    "omgevingsadressendichtheid": "adressendichtheid",
    "oppervlakte_land": "oppervlakteLandHa",
    "afstand_huisarts": "afstandHuisarts",
    "afstand_supermarkt": "afstandSupermarkt",
    "afstand_school": "afstandSchool",
    "scholen_binnen_3km": "scholenBinnen3km",
}


# RIVM 50090NED (2020) measures: every rivm_* measure of the catalog is in the export
SAMPLE_RIVM_MEASURES = [
    "rivm_gezondheid_goed_18", "rivm_gezondheid_goed_65", "rivm_langdurige_aandoening_65", "rivm_beperkt_65",
    "rivm_ernstig_beperkt_65", "rivm_beperking_bewegen_65", "rivm_angst_depressie_18", "rivm_regie_18",
    "rivm_eenzaam_18", "rivm_ernstig_eenzaam_18", "rivm_eenzaam_65", "rivm_ernstig_eenzaam_65",
    "rivm_emotioneel_eenzaam_18", "rivm_sociaal_eenzaam_18", "rivm_mantelzorger_18", "rivm_moeite_rondkomen_18",
    "rivm_geluidhinder_buren_18",
]
SAMPLE_POLITIE_MEASURES = ["misdrijven_totaal"]
SAMPLE_MEASURES = sorted(set(SAMPLE_KWB_MEASURES) | set(SAMPLE_RIVM_MEASURES) | set(SAMPLE_POLITIE_MEASURES))
SAMPLE_SOURCE_TABLES = {
    "rivm": {"id": "50090NED", "period": "2020JJ00", "year": 2020},
    "politie": {"id": "47018NED", "period": "2024JJ00", "year": 2024},
}
SAMPLE_NATIONAL_SOURCES = ["rivm"]


def sample_request(gemeente=GEMEENTE, year=2024, **overrides):
    """A RunRequest shaped like a run from the bundled sample package."""
    from rksd_plugin.core.pipeline import RunRequest

    options = dict(
        available_measures=set(SAMPLE_MEASURES),
        source_tables={k: dict(v) for k, v in SAMPLE_SOURCE_TABLES.items()},
        national_sources=set(SAMPLE_NATIONAL_SOURCES),
        national_reference=False,  # the 28 000-row national download only where a test needs it
    )
    options.update(overrides)
    return RunRequest(gemeente, year, **options)


def emulator_hosts(cbs_page_size=10000):
    """Host name -> emulator for everything the Maastricht sample answers."""
    from .cbs_emulator import CbsEmulator
    from .pdok_emulator import PdokEmulator

    return {
        "opendata.cbs.nl": CbsEmulator([kwb_2024_snapshot()], page_size=cbs_page_size),
        "dataderden.cbs.nl": CbsEmulator([rivm_2020_snapshot(), politie_snapshot()], page_size=cbs_page_size),
        "api.pdok.nl": PdokEmulator(pdok_datasets("2024")),
    }


def load_json(*parts):
    with open(os.path.join(SAMPLES, *parts), encoding="utf-8") as handle:
        return json.load(handle)


@functools.lru_cache(maxsize=None)
def woonikveilig(gemeente=GEMEENTE):
    return load_json("kwb2024_politie_rivm_per_buurt_woonikveilig", gemeente + ".json")


def woonikveilig_areas(gemeente=GEMEENTE):
    """``[(code, level, name, demografie)]`` for the gemeente, its wijken and buurten."""
    data = woonikveilig(gemeente)
    areas = [(data["code"], "gemeente", data["name"], data["demografie"])]
    areas += [(w["code"], "wijk", w["name"], w["demografie"]) for w in data["wijken"]]
    areas += [(b["code"], "buurt", b["name"], b["demografie"]) for b in data["buurten"]]
    return areas


def _check_against_stripped(areas):
    """The woonikveilig GM/WK values must equal the independent stripped 85984NED file."""
    stripped = load_json("kwb_2024_85984NED", "stripped_GM_WK_0935_0289.json")
    for code, _, _, demografie in areas:
        row = stripped.get(code)
        if not row:
            continue
        for field, key in WOONIKVEILIG_TO_KWB.items():
            if key in row and demografie.get(field) is not None and row[key] != demografie[field]:
                raise ValueError("{} {}: {} != {}".format(code, key, demografie[field], row[key]))


def kwb_2024_snapshot(gemeente=GEMEENTE):
    """85984NED with its real TableInfos and DataProperties and reconstructed rows."""
    areas = woonikveilig_areas(gemeente)
    _check_against_stripped(areas)
    rows = []
    for index, (code, _, _, demografie) in enumerate(areas):
        row = {"ID": index, "WijkenEnBuurten": code.ljust(10)}
        for field, key in WOONIKVEILIG_TO_KWB.items():
            row[key] = demografie.get(field)
        rows.append(row)
    return TableSnapshot(
        KWB_2024,
        load_json("kwb_2024_85984NED", "TableInfos.json"),
        load_json("kwb_2024_85984NED", "DataProperties.json"),
        rows,
    )


@functools.lru_cache(maxsize=None)
def pdok_features():
    """Derived PDOK-style features (buurten, wijken, gemeenten), see build_geometry()."""
    with open(GEOMETRY_FILE, encoding="utf-8") as handle:
        return json.load(handle)


def pdok_datasets(year="2024"):
    return {year: pdok_features()}


def build_geometry():
    """Derive PDOK-style features from the 2017 wijk- en buurtkaart of Maastricht.

    Buurt polygons are the real 2017 polygons (buurt codes of Maastricht are the same
    2017-2024); names are the 2024 names from KWB 2024. Wijk and gemeente polygons are
    dissolved from the buurten (the samples hold no wijk polygons). RD coordinates come
    from a PROJ transformation of the WGS84 originals, rounded to millimetres."""
    from osgeo import ogr, osr

    source = load_json("maastricht_wijkbuurtkaart_2017", "maastricht_buurten_2017_wgs84.geojson")
    data = woonikveilig()
    names = {b["code"]: b["name"] for b in data["buurten"]}
    wijk_names = {w["code"]: w["name"] for w in data["wijken"]}
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    rd = osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    rd.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_rd = osr.CoordinateTransformation(wgs, rd)
    to_wgs = osr.CoordinateTransformation(rd, wgs)

    def as_json(geometry, decimals):
        payload = json.loads(geometry.ExportToJson())
        return _round_coordinates(payload, decimals)

    buurten, by_wijk = [], {}
    for index, feature in enumerate(sorted(source["features"], key=lambda f: f["properties"]["BU_CODE"])):
        props = feature["properties"]
        geometry = ogr.CreateGeometryFromJson(json.dumps(feature["geometry"]))
        rd_geometry = geometry.Clone()
        rd_geometry.Transform(to_rd)
        code = props["BU_CODE"]
        buurten.append(
            {
                "id": index + 1,
                "properties": {
                    "buurtcode": code,
                    "buurtnaam": names.get(code, props["BU_NAAM"]),
                    "wijkcode": props["WK_CODE"],
                    "wijknaam": wijk_names.get(props["WK_CODE"], ""),
                    "gemeentecode": props["GM_CODE"],
                    "gemeentenaam": props["GM_NAAM"],
                    "water": props["WATER"],
                },
                "wgs84": feature["geometry"],
                "rd": as_json(rd_geometry, 3),
            }
        )
        by_wijk.setdefault(props["WK_CODE"], []).append(rd_geometry.Buffer(0))

    def dissolve(parts):
        collection = ogr.Geometry(ogr.wkbMultiPolygon)
        for part in parts:
            if part.GetGeometryType() == ogr.wkbPolygon:
                collection.AddGeometry(part)
            else:
                for i in range(part.GetGeometryCount()):
                    collection.AddGeometry(part.GetGeometryRef(i))
        return collection.UnionCascaded()

    wijken, all_parts = [], []
    for index, (code, parts) in enumerate(sorted(by_wijk.items())):
        union = dissolve(parts)
        all_parts.append(union)
        back = union.Clone()
        back.Transform(to_wgs)
        wijken.append(
            {
                "id": index + 1,
                "properties": {
                    "wijkcode": code,
                    "wijknaam": wijk_names.get(code, ""),
                    "gemeentecode": GEMEENTE,
                    "gemeentenaam": data["name"],
                    "water": "NEE",
                },
                "wgs84": as_json(back, 7),
                "rd": as_json(union, 3),
            }
        )
    gemeente = dissolve(all_parts)
    back = gemeente.Clone()
    back.Transform(to_wgs)
    gemeenten = [
        {
            "id": 1,
            "properties": {"gemeentecode": GEMEENTE, "gemeentenaam": data["name"], "water": "NEE"},
            "wgs84": as_json(back, 7),
            "rd": as_json(gemeente, 3),
        }
    ]
    os.makedirs(DERIVED, exist_ok=True)
    with open(GEOMETRY_FILE, "w", encoding="utf-8") as handle:
        json.dump({"buurten": buurten, "wijken": wijken, "gemeenten": gemeenten}, handle)
    return GEOMETRY_FILE


def _round_coordinates(geometry, decimals):
    def walk(value):
        if isinstance(value, list):
            if value and isinstance(value[0], (int, float)):
                return [round(v, decimals) for v in value[:2]]
            return [walk(v) for v in value]
        return value

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


RIVM_FOLDER = "rivm_gezondheid_wijk_buurt_2020_50090NED"
# StatLine labels of the 50090NED topics (the export gives the keys, not the titles)
RIVM_TITLES = {
    "ErvarenGezondheidGoedZeerGoed_4": "Ervaren gezondheid goed/zeer goed",
    "VoldoetAanBeweegrichtlijn_5": "Voldoet aan beweegrichtlijn",
    "WekelijkseSporters_6": "Wekelijkse sporters",
    "Ondergewicht_7": "Ondergewicht",
    "NormaalGewicht_8": "Normaal gewicht",
    "Overgewicht_9": "Overgewicht",
    "ErnstigOvergewicht_10": "Ernstig overgewicht",
    "Roker_11": "Roker",
    "VoldoetAanAlcoholRichtlijn_12": "Voldoet aan alcoholrichtlijn",
    "Drinker_13": "Drinker",
    "ZwareDrinker_14": "Zware drinker",
    "OvermatigeDrinker_15": "Overmatige drinker",
    "EenOfMeerLangdurigeAandoeningen_16": "Eén of meer langdurige aandoeningen",
    "BeperktVanwegeGezondheid_17": "Beperkt vanwege gezondheid",
    "ErnstigBeperktVanwegeGezondheid_18": "Ernstig beperkt vanwege gezondheid",
    "LangdurigeZiekteEnBeperkt_19": "Langdurige ziekte en beperkt",
    "EenOfMeerLichamelijkeBeperkingen_20": "Eén of meer lichamelijke beperkingen",
    "BeperkingInHoren_21": "Beperking in horen",
    "BeperkingInZien_22": "Beperking in zien",
    "BeperkingInBewegen_23": "Beperking in bewegen",
    "MatigHoogRisicoOpAngstOfDepressie_24": "Matig hoog risico op angst of depressie",
    "HoogRisicoOpAngstOfDepressie_25": "Hoog risico op angst of depressie",
    "HeelVeelStressInAfgelopen4Weken_26": "Heel veel stress in afgelopen 4 weken",
    "MatigVeelRegieOverEigenLeven_27": "Matig veel regie over eigen leven",
    "Eenzaam_28": "Eenzaam",
    "ErnstigZeerErnstigEenzaam_29": "Ernstig/zeer ernstig eenzaam",
    "EmotioneelEenzaam_30": "Emotioneel eenzaam",
    "SociaalEenzaam_31": "Sociaal eenzaam",
    "Mantelzorger_32": "Mantelzorger",
    "Vrijwilligerswerk_33": "Vrijwilligerswerk",
    "LopenEnOfFietsenNaarSchoolOfWerk_34": "Lopen en/of fietsen naar school of werk",
    "LopenNaarSchoolOfWerk_35": "Lopen naar school of werk",
    "FietsenNaarSchoolOfWerk_36": "Fietsen naar school of werk",
    "ErnstigeGeluidhinderDoorBuren_37": "Ernstige geluidhinder door buren",
    "MoeiteMetRondkomen_38": "Moeite met rondkomen",
}
RIVM_TEXT_COLUMNS = ("Gemeentenaam_1", "SoortRegio_2", "Codering_3")


def rivm_rows():
    """The 50090NED 2020 rows (Nederland, GM0935, GM0289 and their wijken/buurten)."""
    path = os.path.join(SAMPLES, RIVM_FOLDER, "50090NED_2020_NL_GM0935_GM0289.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def rivm_national_rows():
    """Every buurt row of 50090NED 2020, the catalog's columns only."""
    import gzip

    path = os.path.join(SAMPLES, RIVM_FOLDER, "50090NED_2020_buurten_NL_catalog_columns.csv.gz")
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _typed_rivm(row):
    """An export row as the TypedDataSet types it: numbers as numbers, '' as null."""
    typed = {}
    for key, text in row.items():
        if key == "ID":
            typed[key] = int(text)
        elif key in ("Leeftijd", "Marges", "WijkenEnBuurten", "Perioden") or key in RIVM_TEXT_COLUMNS:
            typed[key] = text
        else:
            stripped = text.strip()
            typed[key] = None if stripped in ("", ".") else float(stripped)  # "." = secret: null when typed
    return typed


def rivm_dimensions():
    """The four dimensions of RIVM's Gezondheid per wijk en buurt tables (50090NED, 50150NED)."""
    return [
        {"odata.type": "Cbs.OData.Dimension", "ID": 0, "Position": 0, "ParentID": None, "Type": "Dimension",
         "Key": "Leeftijd", "Title": "Leeftijd"},
        {"odata.type": "Cbs.OData.Dimension", "ID": 1, "Position": 1, "ParentID": None, "Type": "Dimension",
         "Key": "Marges", "Title": "Marges"},
        {"odata.type": "Cbs.OData.GeoDimension", "ID": 2, "Position": 2, "ParentID": None, "Type": "GeoDimension",
         "Key": "WijkenEnBuurten", "Title": "Wijken en buurten"},
        {"odata.type": "Cbs.OData.TimeDimension", "ID": 3, "Position": 3, "ParentID": None, "Type": "TimeDimension",
         "Key": "Perioden", "Title": "Perioden"},
    ]


@functools.lru_cache(maxsize=None)
def rivm_2020_snapshot():
    """50090NED: real values (export of the table); TableInfos and DataProperties rebuilt.

    Cached: callers must not change it (copy it first)."""
    rows = {}
    for row in rivm_national_rows():
        rows[(row["WijkenEnBuurten"], row["Leeftijd"])] = _typed_rivm(row)
    for row in rivm_rows():  # the full rows of NL, GM0935/GM0289 and their wijken and buurten
        rows[(row["WijkenEnBuurten"], row["Leeftijd"])] = _typed_rivm(row)
    infos = [{
        "ID": 0, "Title": "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)",
        "ShortTitle": "Gezondheid per wijk en buurt", "Identifier": "50090NED", "Modified": None,
        "Language": "nl", "Catalog": "RIVM",
        "Summary": "Reconstructed by RKSD around real values exported from this table; see resources/sample/README.md",
    }]
    properties = rivm_dimensions()
    for index, key in enumerate(("Gemeentenaam_1", "SoortRegio_2", "Codering_3")):
        properties.append({"odata.type": "Cbs.OData.Topic", "ID": 4 + index, "Position": 4 + index, "ParentID": None,
                           "Type": "Topic", "Key": key, "Title": key.rsplit("_", 1)[0], "Datatype": "String",
                           "Unit": "", "Decimals": 0})
    for index, (key, title) in enumerate(RIVM_TITLES.items()):
        properties.append({"odata.type": "Cbs.OData.Topic", "ID": 7 + index, "Position": 7 + index, "ParentID": None,
                           "Type": "Topic", "Key": key, "Title": title, "Datatype": "Double", "Unit": "%",
                           "Decimals": 1})
    ordered = sorted(rows.values(), key=lambda r: r["ID"])
    return TableSnapshot("50090NED", infos, properties, ordered)


def politie_snapshot(gemeente=GEMEENTE):
    """47018NED around the yearly registered-crime totals of the buurten and the gemeente.

    The totals are the calendar-year sums woonikveilig.nl compiled from the monthly
    table 47022NED ('Totaal misdrijven', code '0.0.0 ')."""
    data = woonikveilig(gemeente)
    areas = [(data["code"], data.get("veiligheid"))] + [(b["code"], b.get("veiligheid")) for b in data["buurten"]]
    rows = []
    for code, veiligheid in areas:
        for year, count in sorted(((veiligheid or {}).get("trend") or {}).items()):
            rows.append({"ID": len(rows), "SoortMisdrijf": "0.0.0 ", "WijkenEnBuurten": code.ljust(10),
                         "Perioden": "{}JJ00".format(year), "GeregistreerdeMisdrijven_1": count})
    infos = [{
        "ID": 0, "Title": "Geregistreerde misdrijven; soort misdrijf, wijk, buurt, jaarcijfers",
        "ShortTitle": "Geregistreerde misdrijven; wijk, buurt", "Identifier": "47018NED", "Modified": None,
        "Language": "nl", "Catalog": "Politie",
        "Summary": "Reconstructed by RKSD around real yearly totals; see resources/sample/README.md",
    }]
    properties = [
        {"odata.type": "Cbs.OData.Dimension", "ID": 0, "Position": 0, "ParentID": None, "Type": "Dimension",
         "Key": "SoortMisdrijf", "Title": "Soort misdrijf"},
        {"odata.type": "Cbs.OData.GeoDimension", "ID": 1, "Position": 1, "ParentID": None, "Type": "GeoDimension",
         "Key": "WijkenEnBuurten", "Title": "Wijken en buurten"},
        {"odata.type": "Cbs.OData.TimeDimension", "ID": 2, "Position": 2, "ParentID": None, "Type": "TimeDimension",
         "Key": "Perioden", "Title": "Perioden"},
        {"odata.type": "Cbs.OData.Topic", "ID": 3, "Position": 3, "ParentID": None, "Type": "Topic",
         "Key": "GeregistreerdeMisdrijven_1", "Title": "Geregistreerde misdrijven", "Datatype": "Long",
         "Unit": "aantal", "Decimals": 0},
    ]
    return TableSnapshot("47018NED", infos, properties, rows)
