"""Write resources/gemeenten/extents_2017.json: the bounding box of every gemeente of 2017.

Developer tool, run once: reads the generalised gemeente polygons of 2017 (CBS/PDOK
``cbs_gemeente_2017_gegeneraliseerd``, see resources/gemeenten/README.md for the file and
its provenance) and writes ``{code: [minx, miny, maxx, maxy]}`` in EPSG:28992, rounded
outwards to whole metres. The plugin widens them at run time (generalisation moves edges
by tens of metres) and unites the boxes of merged gemeenten (samenvoegingen.json).
"""
import argparse
import json
import math
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "gemeenten", "extents_2017.json")


def extent(coordinates):
    xs, ys = [], []

    def walk(value):
        if value and isinstance(value[0], (int, float)):
            xs.append(value[0])
            ys.append(value[1])
        else:
            for item in value:
                walk(item)

    walk(coordinates)
    return [math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys))]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("geojson", help="gemeenten2017_gegeneraliseerd.geojson")
    args = parser.parse_args()
    with open(args.geojson, encoding="utf-8") as handle:
        source = json.load(handle)
    boxes = {}
    for feature in source["features"]:
        code = feature["properties"]["statcode"].strip()
        box = extent(feature["geometry"]["coordinates"])
        if code in boxes:  # a gemeente in several features: unite
            old = boxes[code]
            box = [min(old[0], box[0]), min(old[1], box[1]), max(old[2], box[2]), max(old[3], box[3])]
        boxes[code] = box
    document = {
        "description": "Bounding box per gemeente of the CBS indeling 2017 in EPSG:28992 (whole metres, rounded "
                       "outwards), from the generalised polygons cbs_gemeente_2017_gegeneraliseerd. Used to select "
                       "a gemeente by bbox where a geometry service offers no attribute filter.",
        "crs": "EPSG:28992",
        "source": "CBS/Kadaster via PDOK, cbs_gemeente_2017_gegeneraliseerd (github.com/statistiekcbs/CBS-Open-Data-v4 "
                  "GeoJSON/gemeenten2017.geojson, commit ce4c9bbf7ba7030706752c2c9fe08b6ecc0bffc3), CC BY 4.0",
        "extents": dict(sorted(boxes.items())),
    }
    lines = ['  "{}": {}'.format(code, json.dumps(box)) for code, box in document.pop("extents").items()]
    head = json.dumps(document, indent=1, ensure_ascii=False)[:-2]
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(head + ',\n "extents": {\n' + ",\n".join(lines) + "\n }\n}\n")
    print("{} gemeenten -> {}".format(len(boxes), OUT))


if __name__ == "__main__":
    main()
