"""Maastricht (GM0935) over the years: emulator snapshots from the real sample files.

Nothing here invents a figure. The years the project has real figures for:

- **2017**, KWB 83765NED: the CBS Wijk- en buurtkaart 2017 (buurten: the 44 land buurten
  of Maastricht; wijken: ``wijk_2017.dbf``; gemeenten: ``gem_2017.dbf``, all 388, for the
  peer comparison). Only measures the kaart gives with the meaning of the catalog's
  measure: inhabitants, households, household size, density, urbanity, address density,
  land area. The kaart's *percentages* (65+, single-person households) are not turned
  into counts: that would be a figure CBS never published.
- **2021-2024**, Politie 47018NED: the yearly registered-crime totals of every buurt and
  the gemeente (woonikveilig.nl's sums of 47022NED, see ``maastricht.politie_snapshot``).
- **2024**, KWB 85984NED: the existing sample, plus the gemeente rows of all 342
  gemeenten (8 topics, the stripped 85984NED file; Ermelo and Wageningen with their
  woonikveilig figures) for the peer comparison.
- **2012-2024**, RIVM 50150NED: "goed ervaren gezondheid" (18+) of the gemeente and 39
  buurten in the periods 2012, 2016, 2020, 2022, 2024, as woonikveilig.nl took them from
  50150NED (their 2020 figures are within 0.4 points of 50090NED's 18+ figures and far
  from its 65+ ones, so the age group is 18+). No interval bounds are in the samples.

What is reconstructed is the envelope: the OData layout of 83765NED and 50150NED (their
``DataProperties`` built from the 2024 KWB table's and from public client code's keys),
and the boundaries of 2017-2023 (Maastricht's buurt codes are the same 2017-2024; the
real 2017 polygons stand for every year, as they already do for the 2024 sample).
"""
import copy
import functools
import json
import os

from .cbs_emulator import TableSnapshot
from .dataproperties import RIVM_2024_KEYS, from_keys
from .maastricht import (
    GEMEENTE, SAMPLES, kwb_2024_snapshot, load_json, pdok_features, rivm_dimensions, woonikveilig,
)

SERIES_YEARS = [2017, 2021, 2022, 2023, 2024]
KWB_2017 = "83765NED"
RIVM_2024 = "50150NED"
# catalog measure -> field of the wijk- en buurtkaart 2017 (same meaning and unit)
KWB_2017_FIELDS = {
    "inwoners": "AANT_INW",
    "huishoudens": "AANTAL_HH",
    "huishoudensgrootte": "GEM_HH_GR",
    "bevolkingsdichtheid": "BEV_DICHTH",
    "stedelijkheid": "STED",
    "omgevingsadressendichtheid": "OAD",
    "oppervlakte_land": "OPP_LAND",
}
POLITIE_YEARS = [2021, 2022, 2023, 2024]
RIVM_2024_TABLE = {"id": RIVM_2024, "period": "2024JJ00", "year": 2024}
PEER_GEMEENTEN_WITH_FULL_ROWS = ("GM0233", "GM0289")


def _kaart_value(value):
    """A value of the wijk- en buurtkaart as OData types it: its no-data codes are null."""
    return None if value is None or value <= -99990 else value


def _repair(text):
    """The kaart's mojibake (``BelvÃ©dÃ¨re``): UTF-8 read as Latin-1, read back."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


@functools.lru_cache(maxsize=None)
def kwb_2024_keys():
    """catalog measure -> 85984NED key (the real DataProperties, resolved by the plugin)."""
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.errors import MeasureNotFound
    from rksd_plugin.core.keys import resolve

    catalog = Catalog.load()
    properties = load_json("kwb_2024_85984NED", "DataProperties.json")
    keys = {}
    for measure in catalog.measures.values():
        if measure.source == "kwb":
            try:
                keys[measure.id] = resolve(properties, measure, "85984NED")[0]
            except MeasureNotFound:
                pass
    return keys


def buurten_2017():
    return load_json("maastricht_wijkbuurtkaart_2017", "maastricht_buurten_2017_wgs84.geojson")["features"]


def wijken_2017():
    return [r for r in load_json("cbs_wijkbuurtkaart_2017", "wijk_2017_GM0935.json") if r["WATER"] != "JA"]


def gemeenten_2017():
    """The land part of every gemeente of 2017 (``gem_2017.dbf``), as dicts."""
    from osgeo import ogr

    dataset = ogr.Open(os.path.join(SAMPLES, "cbs_wijkbuurtkaart_2017", "gem_2017.dbf"))
    rows = {}
    for feature in dataset.GetLayer(0):
        if feature.GetField("WATER") != "NEE":
            continue
        rows.setdefault(feature.GetField("GM_CODE"), feature.items())
    dataset = None
    return [rows[code] for code in sorted(rows)]


def kwb_2017_snapshot():
    keys = kwb_2024_keys()
    rows = []

    def add(code, source):
        row = {"ID": len(rows), "WijkenEnBuurten": code.ljust(10)}
        for measure, field in KWB_2017_FIELDS.items():
            row[keys[measure]] = _kaart_value(source.get(field))
        rows.append(row)

    for row in gemeenten_2017():
        add(row["GM_CODE"], row)
    for row in wijken_2017():
        add(row["WK_CODE"], row)
    for feature in sorted(buurten_2017(), key=lambda f: f["properties"]["BU_CODE"]):
        add(feature["properties"]["BU_CODE"], feature["properties"])
    infos = [{
        "ID": 0, "Title": "Kerncijfers wijken en buurten 2017", "ShortTitle": "Kerncijfers wijken en buurten 2017",
        "Identifier": KWB_2017, "Modified": None, "Language": "nl", "Catalog": "CBS",
        "Summary": "Reconstructed by RKSD around real values of the CBS Wijk- en buurtkaart 2017; "
                   "see resources/sample/README.md",
    }]
    properties = load_json("kwb_2024_85984NED", "DataProperties.json")
    return TableSnapshot(KWB_2017, infos, properties, rows)


def kwb_2024_series_snapshot():
    """85984NED: the sample's rows plus the gemeente rows of every gemeente (peers)."""
    base = kwb_2024_snapshot()
    rows = list(base.rows)
    present = {r["WijkenEnBuurten"].strip() for r in rows}
    keys = kwb_2024_keys()
    stripped = load_json("kwb_2024_85984NED", "stripped_GM_all.json")
    known_keys = {p.get("Key") for p in base.data_properties}
    for code in sorted(stripped):
        if code in present:
            continue
        row = {"ID": len(rows), "WijkenEnBuurten": code.ljust(10)}
        row.update({k: v for k, v in stripped[code].items() if k in known_keys})
        if code in PEER_GEMEENTEN_WITH_FULL_ROWS:
            demografie = woonikveilig(code)["demografie"]
            from .maastricht import SAMPLE_KWB_MEASURES, WOONIKVEILIG_TO_KWB

            for measure, field in SAMPLE_KWB_MEASURES.items():
                key = WOONIKVEILIG_TO_KWB[field]
                if key in row and row[key] != demografie.get(field) and demografie.get(field) is not None:
                    raise ValueError("{} {}: {} != {}".format(code, key, row[key], demografie.get(field)))
                row[key] = demografie.get(field)
        rows.append(row)
    assert keys["inwoners"] == "AantalInwoners_5"
    return TableSnapshot(base.table_id, base.table_infos, base.data_properties, rows)


def rivm_2024_snapshot():
    """50150NED around woonikveilig's 'goed ervaren gezondheid' trend (18+, MW00000)."""
    data = woonikveilig()
    rows = []
    areas = [(data["code"], data.get("gezondheid"))] + [(b["code"], b.get("gezondheid")) for b in data["buurten"]]
    for code, health in areas:
        for year, value in sorted(((health or {}).get("trend") or {}).items()):
            rows.append({"ID": len(rows), "Leeftijd": "20300", "Marges": "MW00000",
                         "WijkenEnBuurten": code.ljust(10), "Perioden": "{}JJ00".format(year),
                         "GoedErvarenGezondheid_4": value})
    infos = [{
        "ID": 0, "Title": "Gezondheid per wijk en buurt; 2012/2016/2020/2022/2024 (indeling 2024)",
        "ShortTitle": "Gezondheid per wijk en buurt", "Identifier": RIVM_2024, "Modified": None,
        "Language": "nl", "Catalog": "RIVM",
        "Summary": "Reconstructed by RKSD around real values (woonikveilig.nl, from 50150NED); "
                   "see resources/sample/README.md",
    }]
    properties = rivm_dimensions()
    for index, entry in enumerate(from_keys(RIVM_2024_KEYS)):
        properties.append(dict(entry, ID=4 + index, Position=4 + index, Unit="%", Datatype="Double",
                               **{"odata.type": "Cbs.OData.Topic"}))
    return TableSnapshot(RIVM_2024, infos, properties, rows)


# -- boundaries --------------------------------------------------------------------------
def _features(year):
    """PDOK-style features of ``year`` (the 2017 polygons; 2017 names for 2017)."""
    features = copy.deepcopy(pdok_features())
    if year == 2017:
        names = {f["properties"]["BU_CODE"]: _repair(f["properties"]["BU_NAAM"]) for f in buurten_2017()}
        wijk_names = {r["WK_CODE"]: r["WK_NAAM"] for r in wijken_2017()}
        for feature in features["buurten"]:
            feature["properties"]["buurtnaam"] = names[feature["properties"]["buurtcode"]]
            feature["properties"]["wijknaam"] = wijk_names.get(feature["properties"]["wijkcode"], "")
        for feature in features["wijken"]:
            feature["properties"]["wijknaam"] = wijk_names.get(feature["properties"]["wijkcode"], "")
    return features


def ogc_api_years(catalog):
    return [y for y in SERIES_YEARS if catalog.geometry["years"][str(y)][0] == "ogc_api"]


def wfs_years(catalog):
    return [y for y in SERIES_YEARS if catalog.geometry["services"][catalog.geometry["years"][str(y)][0]]["kind"]
            == "wfs"]


def mapserver_host(folder, catalog):
    from .mapserver_years import MapServerYears

    areas, typenames = {}, {}
    for year in wfs_years(catalog):
        service = catalog.geometry["services"][catalog.geometry["years"][str(year)][0]]
        features = _features(year)
        areas[year] = {level: [(f["properties"], f["rd"]) for f in features[name]]
                       for level, name in (("buurt", "buurten"), ("wijk", "wijken"), ("gemeente", "gemeenten"))}
        typenames[year] = {level: name.format(year=year) for level, name in service["typenames"].items()}
    return MapServerYears(folder, areas, typenames)


def emulator_hosts(folder, catalog, cbs_page_size=10000):
    """Host name -> emulator (or real MapServer) for everything the series sample answers."""
    from .cbs_emulator import CbsEmulator
    from .maastricht import politie_snapshot, rivm_2020_snapshot
    from .pdok_emulator import PdokEmulator

    return {
        "opendata.cbs.nl": CbsEmulator([kwb_2017_snapshot(), kwb_2024_series_snapshot()], page_size=cbs_page_size),
        "dataderden.cbs.nl": CbsEmulator([rivm_2020_snapshot(), politie_snapshot(), rivm_2024_snapshot()],
                                         page_size=cbs_page_size),
        "api.pdok.nl": PdokEmulator({str(y): _features(y) for y in ogc_api_years(catalog)}),
        "service.pdok.nl": mapserver_host(folder, catalog),
    }


# -- what the package can answer per year ---------------------------------------------------
def year_entry(year):
    """The manifest entry of one year: measures, pinned tables, national sources."""
    from .maastricht import SAMPLE_MEASURES, SAMPLE_NATIONAL_SOURCES, SAMPLE_SOURCE_TABLES

    if year == 2024:
        return {"available_measures": sorted(SAMPLE_MEASURES), "source_tables": copy.deepcopy(SAMPLE_SOURCE_TABLES),
                "national_sources": list(SAMPLE_NATIONAL_SOURCES)}
    if year == 2017:
        return {"available_measures": sorted(KWB_2017_FIELDS), "source_tables": {}, "national_sources": []}
    return {"available_measures": ["misdrijven_totaal"],
            "source_tables": {"politie": {"id": "47018NED", "period": "{}JJ00".format(year), "year": year}},
            "national_sources": [], "kwb_optional": True, "extra_measures": ["misdrijven_totaal"]}


def request_for_year(year, gemeente=GEMEENTE, **overrides):
    from rksd_plugin.core.pipeline import RunRequest

    entry = year_entry(year)
    options = dict(available_measures=set(entry["available_measures"]),
                   source_tables={k: dict(v) for k, v in entry["source_tables"].items()},
                   national_sources=set(entry["national_sources"]), kwb_optional=entry.get("kwb_optional", False),
                   extra_measures=entry.get("extra_measures"))
    options.update(overrides)
    return RunRequest(gemeente, year, **options)


def series_request(**overrides):
    from rksd_plugin.core.monitor.series import SeriesRequest

    options = dict(request_for_year=request_for_year, history_tables={"rivm": dict(RIVM_2024_TABLE)},
                   fetch_squares=True)
    options.update(overrides)
    return SeriesRequest(GEMEENTE, list(SERIES_YEARS), **options)


def write_json(path, payload):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, indent=1, ensure_ascii=False)
