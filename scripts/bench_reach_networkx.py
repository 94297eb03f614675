"""The networkx peer of the reachability benchmark: a plain Python script, as an analyst writes it.

Runs in its own virtual environment (networkx from PyPI; numpy, scipy and GDAL's Python
bindings from the system), never in the project's. Reads the same GeoPackages (GDAL's
Arrow reader, the fastest plain way), builds the graph (every vertex a node, lengths in
metres), snaps facilities and addresses to the nearest graph *node* (scipy cKDTree: the
usual shortcut; RKSD snaps to the nearest segment), and runs one multi-source Dijkstra
from all facility nodes. It writes no layer. Prints one JSON line with the timings.

usage: bench_reach_networkx.py ROADS.gpkg FACILITIES.gpkg ADDRESSES.gpkg OUT.npz
"""
import json
import sys
import time


def status(key):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return None


def read_wkb(path, fields=()):
    from osgeo import ogr

    ogr.UseExceptions()
    dataset = ogr.Open(path)
    layer = dataset.GetLayer(0)
    batches = list(layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO", "MAX_FEATURES_IN_BATCH=1048576"]))
    import numpy as np

    geometry = layer.GetGeometryColumn()
    out = {"wkb": np.concatenate([b[geometry] for b in batches])}
    for name in fields:
        out[name] = np.concatenate([b[name] for b in batches])
    return out


def points(wkb):
    import numpy as np

    raw = np.ascontiguousarray(wkb).view(np.uint8).reshape(len(wkb), -1)
    return raw[:, 5:21].copy().view("<f8").reshape(-1, 2)


def main():
    import networkx as nx
    import numpy as np
    from osgeo import gdal_array  # noqa: F401 - imported before the clock starts, as a script would
    from scipy.spatial import cKDTree

    roads_path, facilities_path, addresses_path, out_path = sys.argv[1:5]
    parts = {}
    started = time.perf_counter()
    cpu_started = time.process_time()
    roads = read_wkb(roads_path)
    facilities = points(read_wkb(facilities_path)["wkb"])
    addresses = read_wkb(addresses_path, ["id"])
    origins = points(addresses["wkb"])
    parts["read"] = time.perf_counter() - started

    mark = time.perf_counter()
    segments = []
    for blob in roads["wkb"]:
        count = int.from_bytes(blob[5:9], "little")
        line = np.frombuffer(blob, dtype="<f8", count=2 * count, offset=9).reshape(-1, 2)
        segments.append(line)
    coords = np.concatenate(segments)
    lengths = np.array([len(s) for s in segments])
    _, first, node_of = np.unique(coords, axis=0, return_index=True, return_inverse=True)
    node_of = node_of.reshape(-1)
    node_xy = coords[first]
    starts = np.concatenate(([0], np.cumsum(lengths)))
    is_start = np.ones(len(coords), dtype=bool)
    is_start[starts[1:] - 1] = False
    a = np.nonzero(is_start)[0]
    u, v = node_of[a], node_of[a + 1]
    weight = np.hypot(*(coords[a + 1] - coords[a]).T)
    graph = nx.Graph()
    graph.add_weighted_edges_from(zip(u.tolist(), v.tolist(), weight.tolist()))
    parts["build_graph"] = time.perf_counter() - mark

    mark = time.perf_counter()
    tree = cKDTree(node_xy)
    _, facility_node = tree.query(facilities)
    _, origin_node = tree.query(origins)
    parts["snap_to_nodes"] = time.perf_counter() - mark

    mark = time.perf_counter()
    distance = nx.multi_source_dijkstra_path_length(graph, set(facility_node.tolist()))
    parts["multi_source_dijkstra"] = time.perf_counter() - mark

    mark = time.perf_counter()
    result = np.array([distance.get(n, np.nan) for n in origin_node.tolist()])
    parts["gather"] = time.perf_counter() - mark
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    order = np.argsort(addresses["id"])
    np.savez(out_path, distance=result[order])
    print(json.dumps({"seconds": total, "cpu_seconds": cpu, "parts": parts, "peak_rss_mib": status("VmHWM"),
                      "networkx": nx.__version__, "nodes": int(len(node_xy)), "edges": int(graph.number_of_edges())}))


if __name__ == "__main__":
    main()
