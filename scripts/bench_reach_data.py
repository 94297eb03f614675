"""Input files for the reachability benchmark, written once into out/bench/data/ (GeoPackage, RD).

- ``wageningen``: the REAL OpenStreetMap road network of Wageningen (OSMnx 2019 sample in
  tests/fixtures/samples, reprojected to EPSG:28992), with SYNTHETIC facilities at real
  network locations and SYNTHETIC address points beside its roads.
- ``medium``, ``large``, ``country``: SYNTHETIC town-like street grids
  (tests/support/network_synthetic.py, seeded) with SYNTHETIC facilities and addresses.
  ``country`` has the size of a national case: 1.5 million road segments and 10 million
  address points (all Dutch addresses are about 9.9 million).

Every file and layer name carries "synthetic" where the content is made up. Needs GDAL's
Python bindings and numpy only (no QGIS): the rows go in with the plugin's bulk writer.
"""
import json
import os
import struct
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

WAGENINGEN_EDGES = os.path.join(ROOT, "tests", "fixtures", "samples", "osm_wageningen_2019_osmnx_network", "edges",
                                "edges.shp")
VERSION = 2
DATASETS = {
    "wageningen": {"network": "real", "facilities": 30, "addresses": 20000,
                   "label": "Wageningen OSM network (real), synthetic facilities and addresses"},
    "medium": {"features": 50000, "facilities": 200, "addresses": 100000,
               "label": "synthetic town-like grid"},
    "large": {"features": 500000, "facilities": 2000, "addresses": 1000000,
              "label": "synthetic town-like grid"},
    "country": {"features": 1154000, "facilities": 6000, "addresses": 10000000,
                "label": "synthetic national-size grid"},
}


def folder(name):
    """Where a dataset's files live (``RKSD_BENCH_DATA`` overrides out/bench/data, for the tests)."""
    base = os.environ.get("RKSD_BENCH_DATA") or os.path.join(ROOT, "out", "bench", "data")
    return os.path.join(base, name)


def line_wkb(coords, starts):
    """One 2D little-endian LineString WKB per polyline (``starts``: P+1 offsets)."""
    counts = np.diff(starts)
    out = []
    raw = np.ascontiguousarray(coords, dtype="<f8")
    heads = {c: b"\x01" + struct.pack("<II", 2, c) for c in np.unique(counts).tolist()}
    for start, count in zip(starts[:-1].tolist(), counts.tolist()):
        out.append(heads[count] + raw[start:start + count].tobytes())
    return out


def line_bounds(coords, starts):
    starts = np.asarray(starts, dtype=np.int64)
    return np.column_stack([np.minimum.reduceat(coords[:, 0], starts[:-1]), np.maximum.reduceat(coords[:, 0], starts[:-1]),
                            np.minimum.reduceat(coords[:, 1], starts[:-1]), np.maximum.reduceat(coords[:, 1], starts[:-1])])


def write_layer(path, name, kind, fields, columns, wkb, bounds):
    """A GeoPackage layer in EPSG:28992: OGR creates it, the bulk writer fills it."""
    from osgeo import ogr, osr

    from rksd_plugin.qgis_io import gpkg_bulk

    ogr.UseExceptions()
    if os.path.exists(path):
        os.remove(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer(name, srs, ogr.wkbPoint if kind == "point" else ogr.wkbLineString)
    types = {"int": ogr.OFTInteger, "long": ogr.OFTInteger64, "string": ogr.OFTString, "double": ogr.OFTReal}
    for field_name, field_kind in fields:
        layer.CreateField(ogr.FieldDefn(field_name, types[field_kind]))
    layer = None
    dataset = None
    gpkg_bulk.fill_table(path, name, [f for f, _ in fields], columns, wkb, bounds, points=kind == "point")


def _wageningen_network():
    """The real OSM edges in RD: (coords, starts)."""
    from osgeo import osr

    from rksd_plugin.core.network.wkb import decode_lines
    from rksd_plugin.qgis_io import ogr_columns

    columns = ogr_columns.read(WAGENINGEN_EDGES)
    coords, starts, _ = decode_lines([bytes(b) for b in columns.wkb])
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(28992)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    moved = osr.CoordinateTransformation(source, target).TransformPoints(coords)
    return np.asarray(moved, dtype=np.float64)[:, :2], starts


def build(name, folder):
    """Write the dataset's three GeoPackages (if not there yet); returns its manifest."""
    from tests.support.network_synthetic import points_along, town_grid

    spec = DATASETS[name]
    os.makedirs(folder, exist_ok=True)
    manifest_path = os.path.join(folder, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path) as handle:
            manifest = json.load(handle)
        if manifest.get("version") == VERSION and all(os.path.exists(p) for p in manifest["paths"].values()):
            return manifest
    started = time.perf_counter()
    if spec.get("network") == "real":
        coords, starts = _wageningen_network()
        roads_name = "wageningen_osm_roads"
    else:
        coords, starts = town_grid(spec["features"], seed=1)
        roads_name = "synthetic_roads"
    facilities = points_along(coords, starts, spec["facilities"], seed=3)
    addresses = points_along(coords, starts, spec["addresses"], seed=4)
    from rksd_plugin.core.network.wkb import point_wkb
    from rksd_plugin.qgis_io.gpkg_bulk import point_bounds

    paths = {"roads": os.path.join(folder, roads_name + ".gpkg"),
             "facilities": os.path.join(folder, "synthetic_facilities.gpkg"),
             "addresses": os.path.join(folder, "synthetic_addresses.gpkg")}
    n_roads = len(starts) - 1
    write_layer(paths["roads"], roads_name, "line", [("id", "int")], [np.arange(n_roads)],
                line_wkb(coords, starts), line_bounds(coords, starts))
    for key, xy, label in (("facilities", facilities, "voorziening"), ("addresses", addresses, "adres")):
        ids = np.arange(len(xy))
        names = ["synthetic {} {}".format(label, i) for i in range(len(xy))] if len(xy) <= 2000000 else None
        fields = [("id", "int")] + ([("naam", "string")] if names else [])
        columns = [ids] + ([names] if names else [])
        write_layer(paths[key], "synthetic_" + key, "point", fields, columns, point_wkb(xy), point_bounds(xy))
    manifest = {"version": VERSION, "name": name, "label": spec["label"], "paths": paths,
                "road_features": int(n_roads), "road_segments": int(len(coords) - n_roads),
                "facilities": int(len(facilities)), "addresses": int(len(addresses)),
                "seconds_to_build": round(time.perf_counter() - started, 1)}
    with open(manifest_path, "w") as handle:
        json.dump(manifest, handle, indent=1)
    return manifest


def read_arrays(manifest):
    """(coords, starts, facility xy, address xy, address ids) from the dataset's files."""
    from rksd_plugin.core.network.wkb import decode_lines, decode_points
    from rksd_plugin.qgis_io import ogr_columns

    roads = ogr_columns.read(manifest["paths"]["roads"])
    coords, starts, _ = decode_lines(list(roads.wkb))
    fac = ogr_columns.read(manifest["paths"]["facilities"])
    org = ogr_columns.read(manifest["paths"]["addresses"], fields=["id"])
    return coords, starts, decode_points(fac.wkb)[0], decode_points(org.wkb)[0], org.values["id"]


if __name__ == "__main__":
    for dataset in sys.argv[1:]:
        print(build(dataset, folder(dataset)))
