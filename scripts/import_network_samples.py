"""Copy the real network and facility samples the analyses need from ../shared (run once).

Developer tool like ``import_samples.py``: its output is committed, so a clone never
needs ../shared. It writes

- ``tests/fixtures/samples/osm_wageningen_2019_osmnx_network/edges/`` - the Wageningen
  OSMnx road network, verbatim (WGS84 shapefile without .dbf: lengths are computed by the
  code that reads it, after reprojection to EPSG:28992);
- ``tests/fixtures/samples/osm_maastricht_2023_pois/{amenity,shop}_selected.geojson`` -
  the OSM nodes of the categories the analyses use, each feature verbatim;
- ``tests/fixtures/samples/gtfs_nl_maastricht_stops/maastricht_stops_location_type0.csv`` -
  the GTFS stop rows with valid coordinates (location_type 0), verbatim;
- ``resources/sample/maastricht_osm/maastricht_voorzieningen.geojson`` - the small derived
  facility layer shipped with the plugin for ``make demo`` (see its README).

Plain Python (json, csv, shutil); no QGIS needed.
"""
import csv
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("RKSD_SHARED_SAMPLES", os.path.join(os.path.dirname(ROOT), "shared", "data", "samples"))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "samples")
RESOURCE = os.path.join(ROOT, "resources", "sample", "maastricht_osm")

NETWORK = "osm_wageningen_2019_osmnx_network/edges"
NETWORK_FILES = ("edges.shp", "edges.shx", "edges.prj", "edges.cpg")
AMENITY_USED = ("doctors", "clinic", "pharmacy", "community_centre", "social_facility", "nursing_home", "school")
SHOP_USED = ("supermarket",)
# Maastricht bounding box of the OSM export (lon 5.64-5.76, lat 50.81-50.90), a little wider
BBOX = (5.60, 50.78, 5.80, 50.92)


def copy_network():
    target = os.path.join(FIXTURES, NETWORK)
    os.makedirs(target, exist_ok=True)
    for name in NETWORK_FILES:
        shutil.copyfile(os.path.join(SHARED, NETWORK, name), os.path.join(target, name))
    print("copied", NETWORK, "({} files)".format(len(NETWORK_FILES)))


def _load(name):
    with open(os.path.join(SHARED, "osm_maastricht_2023_pois", name), encoding="utf-8") as handle:
        return json.load(handle)


def _subset(collection, key, values):
    subset = dict(collection)
    subset["features"] = [f for f in collection["features"] if f["properties"].get(key) in values]
    return subset


def copy_pois():
    target = os.path.join(FIXTURES, "osm_maastricht_2023_pois")
    os.makedirs(target, exist_ok=True)
    for source, key, values in (("amenity.geojson", "amenity", AMENITY_USED), ("shop.geojson", "shop", SHOP_USED)):
        subset = _subset(_load(source), key, values)
        out = os.path.join(target, source.replace(".geojson", "_selected.geojson"))
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(subset, handle, indent=1, ensure_ascii=False)
        print("extracted", len(subset["features"]), key, "features")


def stop_rows():
    with open(os.path.join(SHARED, "gtfs_nl_maastricht_stops", "maastricht_stops.csv"), newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [row for row in reader]
    column = {name: index for index, name in enumerate(header)}
    kept = [row for row in rows if row[column["location_type"]] == "0"]
    return header, kept, column


def copy_stops():
    header, rows, _ = stop_rows()
    target = os.path.join(FIXTURES, "gtfs_nl_maastricht_stops")
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "maastricht_stops_location_type0.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    print("kept", len(rows), "GTFS stop rows with location_type 0")


def facility_category(properties):
    """The demo category of an OSM node, or None (rules documented in the README)."""
    amenity = properties.get("amenity")
    name = (properties.get("name") or "").lower()
    if properties.get("shop") == "supermarket":
        return "supermarkt"
    if amenity == "doctors" or (amenity == "clinic" and "huisarts" in name):
        return "huisarts"
    if amenity == "pharmacy":
        return "apotheek"
    if amenity in ("community_centre", "social_facility", "nursing_home"):
        return "ontmoeting"
    return None


def _inside(lon, lat):
    return BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]


def build_resource():
    features = []
    for source, key in (("shop.geojson", "shop"), ("amenity.geojson", "amenity")):
        for feature in _load(source)["features"]:
            properties = feature["properties"]
            category = facility_category(properties)
            if category is None:
                continue
            features.append({
                "type": "Feature",
                "properties": {
                    "categorie": category,
                    "naam": properties.get("name"),
                    "osm_tag": "{}={}".format(key, properties.get(key)),
                    "bron_id": properties.get("@id"),
                    "bron": "OpenStreetMap 2023-07-03 (ODbL)",
                },
                "geometry": feature["geometry"],
            })
    header, rows, column = stop_rows()
    for row in rows:
        lon, lat = float(row[column["stop_lon"]]), float(row[column["stop_lat"]])
        if not _inside(lon, lat):
            continue
        features.append({
            "type": "Feature",
            "properties": {
                "categorie": "ov_halte",
                "naam": row[column["stop_name"]],
                "osm_tag": None,
                "bron_id": "gtfs:" + row[column["stop_id"]],
                "bron": "GTFS NL (OVapi), via a public repository; licence not stated",
            },
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
        })
    os.makedirs(RESOURCE, exist_ok=True)
    collection = {
        "type": "FeatureCollection",
        "name": "maastricht_voorzieningen",
        "attribution": "\u00a9 OpenStreetMap-bijdragers (ODbL 1.0); OV-haltes: GTFS NL (OVapi)",
        "features": features,
    }
    with open(os.path.join(RESOURCE, "maastricht_voorzieningen.geojson"), "w", encoding="utf-8") as handle:
        json.dump(collection, handle, indent=0, ensure_ascii=False)
    counts = {}
    for feature in features:
        counts[feature["properties"]["categorie"]] = counts.get(feature["properties"]["categorie"], 0) + 1
    print("resource:", ", ".join("{} {}".format(k, v) for k, v in sorted(counts.items())))


def main():
    if not os.path.isdir(SHARED):
        sys.exit("samples not found at {}".format(SHARED))
    copy_network()
    copy_pois()
    copy_stops()
    build_resource()


if __name__ == "__main__":
    main()
