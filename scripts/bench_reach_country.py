"""The national-size reachability case: SYNTHETIC, from files to a file through the core.

1.5 million road segments (1,154,000 synthetic street pieces) and 10 million address points
(all Dutch addresses are about 9.9 million), 6,000 facilities: read from GeoPackages with
GDAL's Arrow reader, the nearest facility over the roads for every address with the core
(rksd_plugin.core.network), written to a GeoPackage with the bulk writer (id, distance,
which facility, status, distance to the road; the address's own point). No QGIS. Prints
the parts, the total and the peak memory; with ``--json`` one JSON line.

The data are built once into out/bench/data/country/ (about 1.5 GB, a few minutes).
"""
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_reach_data  # noqa: E402


def status(key):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return None


def run(manifest, out_path):
    import numpy as np
    from osgeo import gdal_array  # noqa: F401 - the numpy bridge, imported before the clock starts
    from osgeo import ogr, osr

    from rksd_plugin.core.network import reachability
    from rksd_plugin.core.network.graph import RoadGraph
    from rksd_plugin.core.network.wkb import decode_lines, decode_points
    from rksd_plugin.qgis_io import gpkg_bulk, ogr_columns

    parts = {}
    started = time.perf_counter()
    cpu_started = time.process_time()
    roads = ogr_columns.read(manifest["paths"]["roads"])
    coords, starts, _ = decode_lines(roads.wkb.tolist())
    del roads
    facilities = decode_points(ogr_columns.read(manifest["paths"]["facilities"]).wkb)[0]
    addresses = ogr_columns.read(manifest["paths"]["addresses"], fields=["id"])
    origin_xy, _ = decode_points(addresses.wkb)
    parts["read_files"] = time.perf_counter() - started

    mark = time.perf_counter()
    graph = RoadGraph.from_polylines(coords, starts)
    del coords, starts
    parts["build_graph"] = time.perf_counter() - mark
    mark = time.perf_counter()
    result = reachability.analyse(origin_xy, facilities, None, [], np.inf, graph)
    group = result.groups[None]
    parts["snap_and_search"] = time.perf_counter() - mark

    mark = time.perf_counter()
    if os.path.exists(out_path):
        os.remove(out_path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(out_path)
    layer = dataset.CreateLayer("synthetic_reachability", srs, ogr.wkbPoint)
    names = [("id", ogr.OFTInteger), ("afstand_m", ogr.OFTReal), ("voorziening", ogr.OFTInteger),
             ("status", ogr.OFTInteger), ("aansluiting_m", ogr.OFTReal)]
    for name, kind in names:
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer = dataset = None
    distance = np.round(group.network, 1)
    facility = group.facility.astype(np.int64)
    columns = [addresses.values["id"], distance, np.where(facility >= 0, facility, -1), group.status.astype(np.int64),
               np.round(result.origin_snap.dist, 1)]
    gpkg_bulk.fill_table(out_path, "synthetic_reachability", [n for n, _ in names], columns, addresses.wkb,
                         gpkg_bulk.point_bounds(origin_xy), points=True)
    parts["write_file"] = time.perf_counter() - mark
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "parts": parts, "peak_rss_mib": status("VmHWM"),
            "addresses": int(len(origin_xy)), "road_segments": int(graph.n_segments), "facilities": int(len(facilities)),
            "reached": int((group.status == 0).sum()), "output_mib": round(os.path.getsize(out_path) / 2 ** 20),
            "load_average_1min_after": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
            "cpu_seconds": round(time.process_time() - cpu_started, 1)}


def main():
    folder = bench_reach_data.folder("country")
    manifest = bench_reach_data.build("country", folder)
    out_path = os.path.join(ROOT, "out", "bench", "country_reachability_synthetic.gpkg")
    load_before = round(os.getloadavg()[0], 2)
    record = run(manifest, out_path)
    record["load_average_1min_before"] = load_before
    record["label"] = manifest["label"]
    if "--json" in sys.argv:
        print(json.dumps(record))
    else:
        print(json.dumps(record, indent=1))


if __name__ == "__main__":
    main()
