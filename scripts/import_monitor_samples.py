"""Copy the real sample data the monitor (issue 13) needs from ../shared into tests/fixtures/samples.

Developer tool, run once; its output is committed, so a clone never needs ../shared.
Small files are copied verbatim; large ones are reduced to the rows the project uses,
keeping every value exactly as published (see PROVENANCE.md there).
"""
import csv
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("RKSD_SHARED_SAMPLES", os.path.join(os.path.dirname(ROOT), "shared", "data", "samples"))
OUT = os.path.join(ROOT, "tests", "fixtures", "samples")

VERBATIM = [
    "cbs_gebiedsindelingen_ermelo_2021_2024/buurt_2021_GM0233_gegeneraliseerd_rd.geojson",
    "cbs_gebiedsindelingen_ermelo_2021_2024/buurt_2022_GM0233_gegeneraliseerd_rd.geojson",
    "cbs_gebiedsindelingen_ermelo_2021_2024/buurt_2024_GM0233_gegeneraliseerd_rd.geojson",
    "cbs_gebiedsindelingen_ermelo_2021_2024/wijk_2021_GM0233_gegeneraliseerd_rd.geojson",
    "cbs_gebiedsindelingen_ermelo_2021_2024/wijk_2022_GM0233_gegeneraliseerd_rd.geojson",
]
SQUARE_COLUMNS = ["c28992r100", "aantal_inwoners", "aantal_inwoners_65_jaar_en_ouder", "aantal_part_huishoudens",
                  "aantal_eenpersoonshuishoudens", "buurtcode", "wijkcode", "gemeentecode"]
WIJK_2017_FIELDS = ["WK_CODE", "WK_NAAM", "GM_CODE", "WATER", "OAD", "STED", "AANT_INW", "BEV_DICHTH", "AANTAL_HH",
                    "GEM_HH_GR", "OPP_LAND", "P_65_EO_JR"]


def copy_verbatim():
    for relative in VERBATIM:
        target = os.path.join(OUT, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(SHARED, relative), target)
        print("copied", relative)


def extract_ermelo_squares():
    """Ermelo's 100 m squares: the columns the monitor uses, values unchanged; every
    square's geometry is checked to be the 100 x 100 m square its id names."""
    from osgeo import ogr

    folder = "cbs_vierkant100m_ermelo_harderwijk_zeewolde"
    dataset = ogr.Open(os.path.join(SHARED, folder, "CBS_Statistiek_vierkant100m.gpkg"))
    layer = dataset.GetLayer(0)
    target = os.path.join(OUT, folder, "ermelo_squares.csv")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    count = 0
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(SQUARE_COLUMNS)
        for feature in layer:
            if feature.GetField("gemeentecode") != "GM0233":
                continue
            code = feature.GetField("c28992r100")
            east, north = code[1:].split("N")
            xmin, xmax, ymin, ymax = feature.GetGeometryRef().GetEnvelope()
            if abs(xmin - int(east) * 100) > 0.01 or abs(ymin - int(north) * 100) > 0.01 or abs(
                    xmax - xmin - 100) > 0.01 or abs(ymax - ymin - 100) > 0.01:
                raise SystemExit("square {} is not where its id says".format(code))
            writer.writerow([feature.GetField(c) for c in SQUARE_COLUMNS])
            count += 1
    dataset = None
    print("extracted", count, "Ermelo squares")


def extract_kwb_gemeenten():
    """Every gemeente row of the stripped 85984NED file (342 gemeenten, 8 topics)."""
    with open(os.path.join(SHARED, "kwb_2024_85984NED/stripped_filtered_data_2024_GM_WK.json"), encoding="utf-8") as f:
        data = json.load(f)
    subset = {k: v for k, v in data.items() if k.startswith("GM")}
    target = os.path.join(OUT, "kwb_2024_85984NED/stripped_GM_all.json")
    with open(target, "w", encoding="utf-8") as f:
        json.dump(subset, f, indent=1, sort_keys=True)
    print("extracted", len(subset), "GM rows")


def extract_maastricht_wijken_2017():
    """Maastricht's wijk rows of the wijk- en buurtkaart 2017 (values unchanged)."""
    from osgeo import ogr

    dataset = ogr.Open(os.path.join(SHARED, "cbs_wijkbuurtkaart_2017", "wijk_2017.dbf"))
    rows = []
    for feature in dataset.GetLayer(0):
        if feature.GetField("GM_CODE") == "GM0935":
            rows.append({f: feature.GetField(f) for f in WIJK_2017_FIELDS})
    dataset = None
    target = os.path.join(OUT, "cbs_wijkbuurtkaart_2017", "wijk_2017_GM0935.json")
    with open(target, "w", encoding="utf-8") as f:
        json.dump(sorted(rows, key=lambda r: (r["WK_CODE"], r["WATER"])), f, indent=1, ensure_ascii=False)
    print("extracted", len(rows), "Maastricht wijk rows of 2017")


def main():
    if not os.path.isdir(SHARED):
        sys.exit("samples not found at {}".format(SHARED))
    copy_verbatim()
    extract_ermelo_squares()
    extract_kwb_gemeenten()
    extract_maastricht_wijken_2017()


if __name__ == "__main__":
    main()
