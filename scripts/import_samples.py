"""Copy the real sample data the project needs from ../shared into tests/fixtures/samples.

Developer tool, run once when the samples change; its output is committed, so a clone
never needs ../shared. Small files are copied verbatim; large ones are reduced to the
rows the project uses, keeping every value exactly as published (see PROVENANCE.md).
Run with the system Python of QGIS (openpyxl comes from Debian's python3-openpyxl).
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
    "kwb_2024_85984NED/DataProperties.json",
    "kwb_2024_85984NED/TableInfos.json",
    "kwb2024_politie_rivm_per_buurt_woonikveilig/GM0935.json",
    "kwb2024_politie_rivm_per_buurt_woonikveilig/GM0289.json",
    "maastricht_wijkbuurtkaart_2017/maastricht_buurten_2017_wgs84.geojson",
    "pdok_wijkenbuurten_2021_ermelo/CBS_buurten_ermelo_2021.gpkg",
]
GEMEENTEN = ("0935", "0289")


def copy_verbatim():
    for relative in VERBATIM:
        target = os.path.join(OUT, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(SHARED, relative), target)
        print("copied", relative)


def extract_kwb_gm_wk():
    """GM/WK rows of the pilot gemeenten from the stripped 85984NED file (values unchanged)."""
    with open(os.path.join(SHARED, "kwb_2024_85984NED/stripped_filtered_data_2024_GM_WK.json"), encoding="utf-8") as f:
        data = json.load(f)
    subset = {k: v for k, v in data.items() if k[2:6] in GEMEENTEN}
    target = os.path.join(OUT, "kwb_2024_85984NED/stripped_GM_WK_0935_0289.json")
    with open(target, "w", encoding="utf-8") as f:
        json.dump(subset, f, indent=1, sort_keys=True)
    print("extracted", len(subset), "GM/WK rows")


def extract_rivm():
    """Rows of Nederland and the pilot gemeenten from both 50090NED sheets, as strings."""
    import openpyxl

    folder = "rivm_gezondheid_wijk_buurt_2020_50090NED"
    target = os.path.join(OUT, folder, "50090NED_2020_NL_GM0935_GM0289.csv")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    rows_out = 0
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = None
        for sheet in ("RIVM_gezondheid2020_18plus.xlsx", "RIVM_gezondheid2020_65plus.xlsx"):
            book = openpyxl.load_workbook(os.path.join(SHARED, folder, sheet), read_only=True)
            rows = book.active.iter_rows(values_only=True)
            header = next(rows)
            if writer is None:
                writer = csv.writer(out)
                writer.writerow(header)
            for row in rows:
                code = str(row[3] or "")
                if code.startswith("NL") or code[2:6] in GEMEENTEN:
                    writer.writerow(["" if v is None else v for v in row])
                    rows_out += 1
    print("extracted", rows_out, "RIVM rows")


# 50090NED keys the catalog uses; the national buurt rows of these columns are the
# reference distribution for percentile ranks (real, all 13 808 buurten of 2020)
RIVM_NATIONAL_COLUMNS = [
    "ID", "Leeftijd", "Marges", "WijkenEnBuurten", "Perioden",
    "ErvarenGezondheidGoedZeerGoed_4", "EenOfMeerLangdurigeAandoeningen_16", "BeperktVanwegeGezondheid_17",
    "ErnstigBeperktVanwegeGezondheid_18", "BeperkingInBewegen_23", "HoogRisicoOpAngstOfDepressie_25",
    "MatigVeelRegieOverEigenLeven_27", "Eenzaam_28", "ErnstigZeerErnstigEenzaam_29", "EmotioneelEenzaam_30",
    "SociaalEenzaam_31", "Mantelzorger_32", "ErnstigeGeluidhinderDoorBuren_37", "MoeiteMetRondkomen_38",
]


def extract_rivm_national():
    """Every buurt row of both 50090NED sheets, the catalog's columns only (gzip CSV)."""
    import gzip

    import openpyxl

    folder = "rivm_gezondheid_wijk_buurt_2020_50090NED"
    target = os.path.join(OUT, folder, "50090NED_2020_buurten_NL_catalog_columns.csv.gz")
    rows_out = 0
    with gzip.open(target, "wt", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(RIVM_NATIONAL_COLUMNS)
        for sheet in ("RIVM_gezondheid2020_18plus.xlsx", "RIVM_gezondheid2020_65plus.xlsx"):
            book = openpyxl.load_workbook(os.path.join(SHARED, folder, sheet), read_only=True)
            rows = book.active.iter_rows(values_only=True)
            header = next(rows)
            index = [header.index(c) for c in RIVM_NATIONAL_COLUMNS]
            for row in rows:
                if str(row[3] or "").startswith("BU"):
                    writer.writerow(["" if row[i] is None else row[i] for i in index])
                    rows_out += 1
    print("extracted", rows_out, "national RIVM buurt rows")


def main():
    if not os.path.isdir(SHARED):
        sys.exit("samples not found at {}".format(SHARED))
    copy_verbatim()
    extract_kwb_gm_wk()
    extract_rivm()
    extract_rivm_national()


if __name__ == "__main__":
    main()
