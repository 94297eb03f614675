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
# catalog measure id -> woonikveilig field: what the bundled sample can answer
SAMPLE_MEASURES = {
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


def rivm_rows():
    """The 50090NED 2020 rows (Nederland, GM0935, GM0289 and their wijken/buurten)."""
    path = os.path.join(
        SAMPLES, "rivm_gezondheid_wijk_buurt_2020_50090NED", "50090NED_2020_NL_GM0935_GM0289.csv"
    )
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
