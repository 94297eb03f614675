"""Build resources/sample/maastricht_osm/eigen_voorzieningen_voorbeeld.csv from the OSM samples.

An example of a gemeente's own facility list for the demo and for training: the selected
OpenStreetMap facilities of Maastricht (tests/fixtures/samples/osm_maastricht_2023_pois,
nodes of 2023) in the columns a gemeente's list typically has - name, the gemeente's own
wording of the category, street, house number, postcode, place, and longitude/latitude.
Values are OSM's as they are (house numbers such as "4-Feb" included); only the category
wording is translated (see OWN_WORDING). Every tenth row without an address lacks its
coordinates too, and every seventh row with an address has its coordinates left empty, so
the import shows both ways of placing a row and lists what it cannot place.

    python3 scripts/build_own_sample.py
"""
import csv
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OSM = os.path.join(ROOT, "tests", "fixtures", "samples", "osm_maastricht_2023_pois")
OUT = os.path.join(ROOT, "resources", "sample", "maastricht_osm", "eigen_voorzieningen_voorbeeld.csv")
OWN_WORDING = {
    "supermarket": "Supermarkt", "doctors": "Huisartsenpraktijk", "pharmacy": "Apotheek",
    "community_centre": "Buurthuis", "social_facility": "Welzijnswerk", "nursing_home": "Verpleeghuis",
    "clinic": "Polikliniek", "school": "Basisschool",
}
COLUMNS = ("naam", "categorie", "straat", "huisnummer", "postcode", "plaats", "lon", "lat", "osm_id")


def main():
    rows = []
    for name in ("shop_selected.geojson", "amenity_selected.geojson"):
        with open(os.path.join(OSM, name), encoding="utf-8") as handle:
            for feature in json.load(handle)["features"]:
                p = feature["properties"]
                tag = p.get("shop") or p.get("amenity")
                lon, lat = feature["geometry"]["coordinates"]
                rows.append({"naam": p.get("name", ""), "categorie": OWN_WORDING[tag],
                             "straat": p.get("addr:street", ""), "huisnummer": p.get("addr:housenumber", ""),
                             "postcode": p.get("addr:postcode", ""), "plaats": p.get("addr:city", ""),
                             "lon": "{:.7f}".format(lon), "lat": "{:.7f}".format(lat), "osm_id": p["@id"]})
    with_address = without = 0
    for row in rows:
        if row["postcode"] or row["straat"]:
            with_address += 1
            if with_address % 7 == 0:
                row["lon"] = row["lat"] = ""
        else:
            without += 1
            if without % 10 == 0:
                row["lon"] = row["lat"] = ""
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    print("{} rows -> {}".format(len(rows), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
