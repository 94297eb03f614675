"""`make bench`: facility reachability, RKSD versus QGIS's own network tools, side by side.

All networks here are SYNTHETIC town-like grids in EPSG:28992 built by this script
(tests/support/network_synthetic.py; seeded): not real places. Sizes from issue 5:

- medium: 50,000 road segments, 200 facilities, 100,000 address points
- large:  500,000 road segments, 2,000 facilities, 100,000 and 1,000,000 address points

Task for every method: for all addresses the network distance to the nearest facility,
which facility, and the number of facilities within 1 km.

Methods (each in its own process, so peak memory is its own):

- ``rksd_processing``: the Processing algorithm rksd:bereikbaarheid inside QGIS, memory
  layer in, memory layer out (reading, snapping, searching, writing all included);
- ``rksd_core``: the same computation on numpy arrays (no layer reading/writing);
- ``rksd_layers_no_output``: RKSD reading the QGIS layers into arrays and computing, without
  writing an output layer (like-for-like with ``qgis_graph_api``, which also ends in arrays);
- ``qgis_graph_api``: the best we could do with QGIS's own graph API: one QgsGraph built
  once (QgsVectorLayerDirector, facilities tied in), one Dijkstra from a virtual source
  linked to all facilities, origins snapped with a QgsSpatialIndex holding geometries,
  counts from one Dijkstra per facility (numpy only combines the cost arrays);
- ``native_per_origin``: native:shortestpathpointtolayer once per origin (it answers
  distance to every facility from one start point). Only a sample of origins is run and
  the time is EXTRAPOLATED to all addresses; the JSON says so.

Parts of qgis_graph_api on the large network are sampled and extrapolated as well (said
per figure). Writes out/bench/reachability.json and prints the figures and ratios.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SIZES = {
    "medium": {"segments": 50000, "facilities": 200, "addresses": [100000]},
    "large": {"segments": 500000, "facilities": 2000, "addresses": [100000, 1000000]},
}
RADIUS = 1000.0
TARGETS = {
    "medium_processing_seconds": 3.0,
    "large_1m_seconds": 30.0,
    "speedup_vs_native_per_origin": 1000.0,
    "speedup_vs_qgis_graph_api": 30.0,
}


# -- memory ------------------------------------------------------------------------------
def _status(key):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0  # MiB
    return None


def reset_peak():
    """Reset the kernel's peak-RSS counter (Linux), so the peak belongs to the method."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


# -- data ----------------------------------------------------------------------------------
def synthetic(size, addresses):
    from tests.support.network_synthetic import points_along, town_grid

    spec = SIZES[size]
    coords, starts = town_grid(spec["segments"], seed=1)
    facilities = points_along(coords, starts, spec["facilities"], seed=3)
    origins = points_along(coords, starts, addresses, seed=4)
    return coords, starts, facilities, origins


def memory_layers(coords, starts, facilities, origins):
    from qgis.core import QgsFeature, QgsGeometry, QgsLineString, QgsPoint, QgsVectorLayer

    roads = QgsVectorLayer("LineString?crs=EPSG:28992&field=id:integer", "roads (synthetic)", "memory")
    features = []
    xs, ys = coords[:, 0].tolist(), coords[:, 1].tolist()
    bounds = starts.tolist()
    for index in range(len(bounds) - 1):
        feature = QgsFeature()
        feature.setAttributes([index])
        feature.setGeometry(QgsGeometry(QgsLineString(xs[bounds[index]:bounds[index + 1]], ys[bounds[index]:bounds[index + 1]])))
        features.append(feature)
        if len(features) == 100000:
            roads.dataProvider().addFeatures(features)
            features = []
    roads.dataProvider().addFeatures(features)

    def points(xy, name):
        layer = QgsVectorLayer("Point?crs=EPSG:28992&field=id:integer", name, "memory")
        batch = []
        for index, (x, y) in enumerate(xy.tolist()):
            feature = QgsFeature()
            feature.setAttributes([index])
            feature.setGeometry(QgsGeometry(QgsPoint(x, y)))
            batch.append(feature)
            if len(batch) == 100000:
                layer.dataProvider().addFeatures(batch)
                batch = []
        layer.dataProvider().addFeatures(batch)
        return layer

    return roads, points(facilities, "facilities (synthetic)"), points(origins, "addresses (synthetic)")


# -- methods -------------------------------------------------------------------------------
def run_core(coords, starts, facilities, origins, **_):
    import numpy as np

    from rksd_plugin.core.network import reachability
    from rksd_plugin.core.network.graph import RoadGraph

    started = time.perf_counter()
    graph = RoadGraph.from_polylines(coords, starts)
    result = reachability.analyse(origins, facilities, None, [RADIUS], np.inf, graph)
    seconds = time.perf_counter() - started
    group = result.groups[None]
    return {"seconds": seconds, "distance": group.network, "count": group.counts[RADIUS],
            "unreachable": int((group.status != 0).sum())}


def run_processing(coords, starts, facilities, origins, layers=None, **_):
    import numpy as np

    import processing
    from qgis.core import NULL, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    roads, fac_layer, addr_layer = layers
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    started = time.perf_counter()
    result = processing.run("rksd:bereikbaarheid", {
        "ORIGINS": addr_layer, "FACILITIES": fac_layer, "NETWORK": roads, "RADII": str(int(RADIUS)),
        "MAX_DISTANCE": 1e9, "OUTPUT": "memory:",
    }, context=context, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - started
    layer = result["OUTPUT"]
    order = np.empty(layer.featureCount(), dtype=np.int64)
    distance = np.empty(layer.featureCount())
    count = np.empty(layer.featureCount(), dtype=np.int64)
    for row, feature in enumerate(layer.getFeatures()):
        order[row] = feature["id"]
        value = feature["afstand_m"]
        distance[row] = np.nan if value is None or value == NULL else value
        count[row] = feature["binnen_1000"]
    out_d, out_c = np.empty_like(distance), np.empty_like(count)
    out_d[order], out_c[order] = distance, count
    return {"seconds": seconds, "distance": out_d, "count": out_c,
            "unreachable": int(result["NO_CONNECTION_COUNT"] + result["BEYOND_MAX_COUNT"])}


def run_layers_no_output(coords, starts, facilities, origins, layers=None, **_):
    """RKSD from QGIS layers to arrays, writing no layer: like-for-like with qgis_graph_api."""
    import numpy as np

    from qgis.core import QgsProcessingContext

    from rksd_plugin.core.network import reachability
    from rksd_plugin.qgis_io import network_io

    roads, fac_layer, addr_layer = layers
    context = QgsProcessingContext().transformContext()
    started = time.perf_counter()
    graph = network_io.read_network(roads, context)
    fac = network_io.read_points(fac_layer, context)
    org = network_io.read_points(addr_layer, context)
    result = reachability.analyse(org.xy, fac.xy, None, [RADIUS], np.inf, graph)
    seconds = time.perf_counter() - started
    group = result.groups[None]
    return {"seconds": seconds, "distance": group.network, "count": group.counts[RADIUS],
            "unreachable": int((group.status != 0).sum())}


def run_qgis_graph(coords, starts, facilities, origins, layers=None, origin_sample=None, facility_sample=None, **_):
    """One QgsGraph, one Dijkstra from a virtual source; per-origin snapping via QgsSpatialIndex."""
    import numpy as np

    from qgis.analysis import (
        QgsGraphAnalyzer,
        QgsGraphBuilder,
        QgsNetworkDistanceStrategy,
        QgsVectorLayerDirector,
    )
    from qgis.core import QgsPointXY, QgsSpatialIndex

    roads, _, _ = layers
    parts = {}
    started = time.perf_counter()
    director = QgsVectorLayerDirector(roads, -1, "", "", "", QgsVectorLayerDirector.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(roads.crs(), False, 0.0, "NONE")  # planar metres, like RKSD
    facility_points = [QgsPointXY(x, y) for x, y in facilities.tolist()]
    tied = director.makeGraph(builder, facility_points)
    graph = builder.graph()
    vertex_of = {}
    for index in range(graph.vertexCount()):
        point = graph.vertex(index).point()
        vertex_of[(point.x(), point.y())] = index
    tied_ids = [vertex_of[(p.x(), p.y())] for p in tied]
    parts["build_graph_and_tie_facilities"] = time.perf_counter() - started

    mark = time.perf_counter()
    source = graph.addVertex(QgsPointXY(0.0, 0.0))
    for vertex in tied_ids:
        graph.addEdge(source, vertex, [0.0])
    tree, costs = QgsGraphAnalyzer.dijkstra(graph, source, 0)
    # which facility: walk the shortest-path tree outwards, in order of cost
    nearest_facility = [-1] * graph.vertexCount()
    for facility, vertex in enumerate(tied_ids):
        if nearest_facility[vertex] < 0:
            nearest_facility[vertex] = facility
    for vertex in sorted(range(graph.vertexCount()), key=costs.__getitem__):
        edge = tree[vertex]
        if edge >= 0 and nearest_facility[vertex] < 0:
            nearest_facility[vertex] = nearest_facility[graph.edge(edge).fromVertex()]
    parts["virtual_source_dijkstra"] = time.perf_counter() - mark

    mark = time.perf_counter()
    index = QgsSpatialIndex(roads.getFeatures(), flags=QgsSpatialIndex.FlagStoreFeatureGeometries)
    parts["spatial_index"] = time.perf_counter() - mark
    n = len(origins)
    sample = np.arange(n) if origin_sample is None else np.linspace(0, n - 1, min(origin_sample, n)).astype(np.int64)
    ends = np.empty((sample.size, 2), dtype=np.int64)
    legs = np.empty((sample.size, 2))
    distance = np.full(sample.size, np.nan)
    mark = time.perf_counter()
    # facilities tied inside a segment: an origin on that segment reaches them directly
    on_segment = {}
    for facility, tied_point in enumerate(tied):
        fid = index.nearestNeighbor(tied_point, 1)[0]
        _, _, after, _ = index.geometry(fid).closestSegmentWithContext(tied_point)
        on_segment.setdefault((fid, after), []).append((facility, tied_point))
    direct_pairs = {}  # facility -> [(row, distance)]
    for row, origin in enumerate(sample.tolist()):
        point = QgsPointXY(*origins[origin])
        fid = index.nearestNeighbor(point, 1)[0]
        geometry = index.geometry(fid)
        _, closest, after, _ = geometry.closestSegmentWithContext(point)
        a, b = geometry.vertexAt(after - 1), geometry.vertexAt(after)
        va, vb = vertex_of[(a.x(), a.y())], vertex_of[(b.x(), b.y())]
        da, db = closest.distance(a.x(), a.y()), closest.distance(b.x(), b.y())
        ends[row] = (va, vb)
        legs[row] = (da, db)
        best = min(da + costs[va], db + costs[vb])
        for facility, tied_point in on_segment.get((fid, after), ()):
            direct = closest.distance(tied_point)
            direct_pairs.setdefault(facility, []).append((row, direct))
            best = min(best, direct)
        distance[row] = best
    loop = time.perf_counter() - mark
    parts["origin_loop_measured"] = loop
    parts["origin_loop_origins"] = int(sample.size)
    parts["origin_loop_extrapolated"] = loop * n / sample.size

    # counts within 1 km: one Dijkstra per facility (QGIS has no bounded search)
    fac_sample = np.arange(len(tied_ids)) if facility_sample is None else np.arange(min(facility_sample, len(tied_ids)))
    count = np.zeros(sample.size, dtype=np.int64)
    search_time = combine_time = 0.0
    for facility in fac_sample.tolist():
        mark = time.perf_counter()
        _, fcosts = QgsGraphAnalyzer.dijkstra(graph, tied_ids[facility], 0)
        search_time += time.perf_counter() - mark
        mark = time.perf_counter()
        fcosts = np.asarray(fcosts)
        via = np.minimum(legs[:, 0] + fcosts[ends[:, 0]], legs[:, 1] + fcosts[ends[:, 1]])
        for row, direct in direct_pairs.get(facility, ()):
            via[row] = min(via[row], direct)
        count += via <= RADIUS
        combine_time += time.perf_counter() - mark
    scale_facilities = len(tied_ids) / max(fac_sample.size, 1)
    parts["counts_dijkstra_measured"] = search_time
    parts["counts_combine_measured"] = combine_time
    parts["counts_facilities"] = int(fac_sample.size)
    # one full Dijkstra per facility; combining scales with facilities x origins
    parts["counts_extrapolated"] = search_time * scale_facilities + combine_time * scale_facilities * (n / sample.size)
    seconds = (parts["build_graph_and_tie_facilities"] + parts["virtual_source_dijkstra"] + parts["spatial_index"]
               + parts["origin_loop_extrapolated"] + parts["counts_extrapolated"])
    extrapolated = origin_sample is not None or facility_sample is not None
    return {"seconds": seconds, "parts": parts, "extrapolated": extrapolated, "sample": sample,
            "distance": distance, "count": count if facility_sample is None else None}


def run_native(coords, starts, facilities, origins, layers=None, origin_sample=3, **_):
    """native:shortestpathpointtolayer once per sampled origin, extrapolated."""
    import numpy as np

    import processing
    from qgis.core import NULL, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    roads, fac_layer, _ = layers
    QgsProject.instance().setCrs(roads.crs())
    n = len(origins)
    sample = np.linspace(0, n - 1, min(origin_sample, n)).astype(np.int64)
    distance = np.full(sample.size, np.nan)
    count = np.zeros(sample.size, dtype=np.int64)
    times = []
    for row, origin in enumerate(sample.tolist()):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        started = time.perf_counter()
        result = processing.run("native:shortestpathpointtolayer", {
            "INPUT": roads, "STRATEGY": 0, "START_POINT": "{},{} [EPSG:28992]".format(*origins[origin]),
            "END_POINTS": fac_layer, "OUTPUT": "memory:",
        }, context=context, feedback=QgsProcessingFeedback())
        costs = [f["cost"] for f in result["OUTPUT"].getFeatures() if f["cost"] is not None and f["cost"] != NULL]
        times.append(time.perf_counter() - started)
        distance[row] = min(costs) if costs else np.nan
        count[row] = sum(1 for c in costs if c <= RADIUS)
    per_origin = float(np.mean(times))
    return {"seconds": per_origin * n, "extrapolated": True, "per_origin_seconds": per_origin,
            "origins_run": int(sample.size), "sample": sample, "distance": distance, "count": count}


_PROVIDER = None
METHODS = {
    "rksd_core": run_core,
    "rksd_processing": run_processing,
    "rksd_layers_no_output": run_layers_no_output,
    "qgis_graph_api": run_qgis_graph,
    "native_per_origin": run_native,
}


def child(method, size, addresses, options, out_path):
    import numpy as np

    needs_qgis = method != "rksd_core"
    if needs_qgis:
        from qgis_headless import start_qgis

        start_qgis()
        from processing.core.Processing import Processing
        from qgis.core import QgsApplication

        Processing.initialize()
        from rksd_plugin.processing.provider import RksdProvider

        global _PROVIDER
        _PROVIDER = RksdProvider()  # keep a reference: the registry does not own Python objects
        QgsApplication.processingRegistry().addProvider(_PROVIDER)
    coords, starts, facilities, origins = synthetic(size, addresses)
    layers = memory_layers(coords, starts, facilities, origins) if needs_qgis else None
    import gc

    gc.collect()
    cold = None
    repeats = int(options.pop("repeats", 1))
    load_before = os.getloadavg()
    if method.startswith("rksd_"):
        # first run in a fresh process: includes importing scipy and compiling modules
        cold = METHODS[method](coords, starts, facilities, origins, layers=layers, **options)["seconds"]
        gc.collect()
    before = _status("VmRSS")
    exact_peak = reset_peak()
    timings = []
    for _ in range(repeats):  # the machine may be shared: the fastest of a few runs is the least disturbed
        result = METHODS[method](coords, starts, facilities, origins, layers=layers, **options)
        timings.append(result["seconds"])
        gc.collect()
    peak = _status("VmHWM")
    record = {k: v for k, v in result.items() if k not in ("distance", "count", "sample")}
    record["seconds"] = min(timings)
    record["seconds_all_runs"] = timings
    record["load_average_1min_before_after"] = [round(load_before[0], 2), round(os.getloadavg()[0], 2)]
    if cold is not None:
        record["first_run_seconds"] = cold
    record.update({"rss_before_mib": before, "peak_rss_mib": peak, "peak_is_method_only": exact_peak})
    # a reference answer for the sampled origins, to check every method gives the same
    np.savez(out_path + ".npz", distance=np.asarray(result["distance"], dtype=np.float64),
             count=np.asarray(result["count"] if result.get("count") is not None else [], dtype=np.int64),
             sample=np.asarray(result["sample"] if result.get("sample") is not None else np.arange(len(origins))))
    with open(out_path, "w") as handle:
        json.dump(record, handle)


def spawn(method, size, addresses, options, timeout):
    with tempfile.TemporaryDirectory() as folder:
        out_path = os.path.join(folder, "result.json")
        command = [sys.executable, os.path.abspath(__file__), "--child", method, size, str(addresses),
                   json.dumps(options), out_path]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
        if done.returncode != 0 or not os.path.exists(out_path):
            raise RuntimeError("{} {} {} failed:\n{}".format(method, size, addresses, done.stderr[-3000:]))
        with open(out_path) as handle:
            record = json.load(handle)
        import numpy as np

        arrays = dict(np.load(out_path + ".npz"))
        record["wall_seconds_incl_setup"] = round(time.perf_counter() - started, 1)
        return record, arrays


def compare(reference, other):
    """Distance differences (and count mismatches) against rksd_core, on the origins both ran.

    Relative differences are taken over distances of at least 10 m: the Processing output
    stores 0.1 m, which makes any relative figure near 0 m meaningless.
    """
    import numpy as np

    index = other["sample"]
    ref_d = reference["distance"][index]
    d = other["distance"]
    both = np.isfinite(ref_d) & np.isfinite(d)
    long = both & (ref_d >= 10.0)
    out = {"origins_compared": int(both.sum()),
           "max_absolute_distance_difference_m": float(np.max(np.abs(d[both] - ref_d[both]))) if both.any() else None,
           "max_relative_distance_difference": float(np.max(np.abs(d[long] - ref_d[long]) / ref_d[long])) if long.any() else None,
           "unreachable_mismatch": int((np.isfinite(ref_d) != np.isfinite(d)).sum())}
    if other["count"].size:
        out["count_mismatches"] = int((reference["count"][index] != other["count"]).sum())
    return out


def plan(args):
    quick = args.quick
    runs = []
    for size in args.sizes:
        for addresses in SIZES[size]["addresses"]:
            large = size == "large"
            repeats = 2 if addresses >= 1000000 else 3
            runs.append(("rksd_core", size, addresses, {"repeats": repeats}))
            runs.append(("rksd_processing", size, addresses, {"repeats": repeats}))
            if addresses == SIZES[size]["addresses"][0]:
                runs.append(("rksd_layers_no_output", size, addresses, {"repeats": repeats}))
                graph_options = {"origin_sample": 20000, "facility_sample": 20} if large else (
                    {"origin_sample": 20000, "facility_sample": 50} if quick else {})
                runs.append(("qgis_graph_api", size, addresses, graph_options))
                runs.append(("native_per_origin", size, addresses, {"origin_sample": 1 if large else (2 if quick else 3)}))
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    parser.add_argument("--sizes", nargs="+", default=["medium", "large"], choices=list(SIZES))
    parser.add_argument("--quick", action="store_true", help="sample the QGIS methods more on medium too")
    parser.add_argument("--timeout", type=float, default=3600.0)
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        method, size, addresses, options, out_path = args.child
        child(method, size, int(addresses), json.loads(options), out_path)
        return
    os.makedirs(args.out, exist_ok=True)
    report = {
        "what": "nearest facility (network distance, which facility) and facilities within 1 km, for every address",
        "data": "SYNTHETIC town-like grid networks in EPSG:28992 built by tests/support/network_synthetic.py (seeded); not real places",
        "sizes": SIZES, "targets": TARGETS,
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "notes": [
            "native_per_origin runs native:shortestpathpointtolayer for a sample of origins and EXTRAPOLATES to all addresses.",
            "qgis_graph_api on the large network samples origins and facilities and EXTRAPOLATES (see parts).",
            "peak_rss_mib is the process's peak resident memory while the method ran (Linux VmHWM after reset);"
            " rss_before_mib is the memory held before (QGIS, input data, layers).",
            "rksd_* 'seconds' is the fastest of 'seconds_all_runs' (warm runs after a first run in the process, which"
            " imports scipy and compiles modules: 'first_run_seconds'). The build machine is shared with other work:"
            " see load_average_1min_before_after.",
        ],
        "runs": [],
    }
    references = {}
    for method, size, addresses, options in plan(args):
        label = "{} {} {:,} addresses".format(method, size, addresses)
        print("running", label, "...", flush=True)
        try:
            record, arrays = spawn(method, size, addresses, options, args.timeout)
        except (RuntimeError, subprocess.TimeoutExpired) as error:  # keep the other figures
            print("  FAILED:", str(error)[-500:], flush=True)
            report["runs"].append({"method": method, "size": size, "addresses": addresses, "options": options,
                                   "error": str(error)[-2000:], "seconds": None, "peak_rss_mib": None})
            continue
        key = (size, addresses)
        if method == "rksd_core":
            references[key] = arrays
        elif key in references:
            record["agreement_with_rksd_core"] = compare(references[key], arrays)
        record.update({"method": method, "size": size, "addresses": addresses, "options": options})
        report["runs"].append(record)
        print("  {:.2f} s{}  peak {:.0f} MiB".format(record["seconds"], " (extrapolated)" if record.get("extrapolated") else "",
                                                    record["peak_rss_mib"] or -1), flush=True)
    report["ratios"] = ratios(report["runs"])
    path = os.path.join(args.out, "reachability.json")
    with open(path, "w") as handle:
        json.dump(report, handle, indent=1)
    print_table(report)
    print("written", os.path.relpath(path, ROOT))


def ratios(runs):
    by = {(r["method"], r["size"], r["addresses"]): r for r in runs}
    out = {}
    for size, spec in SIZES.items():
        addresses = spec["addresses"][0]
        ours = by.get(("rksd_processing", size, addresses))
        core = by.get(("rksd_core", size, addresses))
        layers = by.get(("rksd_layers_no_output", size, addresses))
        for other in ("native_per_origin", "qgis_graph_api"):
            theirs = by.get((other, size, addresses))
            if layers and theirs and layers["seconds"] and theirs["seconds"]:
                out["{}_{}_vs_rksd_layers_no_output".format(size, other)] = round(theirs["seconds"] / layers["seconds"], 1)
            if ours and theirs and ours["seconds"] and theirs["seconds"]:
                out["{}_{}_vs_rksd_processing".format(size, other)] = round(theirs["seconds"] / ours["seconds"], 1)
            if core and theirs and core["seconds"] and theirs["seconds"]:
                out["{}_{}_vs_rksd_core".format(size, other)] = round(theirs["seconds"] / core["seconds"], 1)
    medium = by.get(("rksd_processing", "medium", 100000))
    large = by.get(("rksd_processing", "large", 1000000))
    out["targets_met"] = {
        "medium_processing_under_3_s": bool(medium and medium["seconds"] and medium["seconds"] < TARGETS["medium_processing_seconds"]),
        "large_1m_processing_under_30_s": bool(large and large["seconds"] and large["seconds"] < TARGETS["large_1m_seconds"]),
        "medium_1000x_native": out.get("medium_native_per_origin_vs_rksd_processing", 0) >= TARGETS["speedup_vs_native_per_origin"],
        "medium_30x_qgis_graph_api": out.get("medium_qgis_graph_api_vs_rksd_processing", 0) >= TARGETS["speedup_vs_qgis_graph_api"],
    }
    return out


def print_table(report):
    print()
    print("Facility reachability benchmark ({})".format(report["data"]))
    print("{:<18} {:<7} {:>10} {:>12} {:>11}  {}".format("method", "size", "addresses", "seconds", "peak MiB", "note"))
    for r in report["runs"]:
        if r.get("error"):
            print("{:<18} {:<7} {:>10,} {:>12} {:>11}  {}".format(r["method"], r["size"], r["addresses"], "failed", "", r["error"][-80:]))
            continue
        note = "extrapolated" if r.get("extrapolated") else ""
        agreement = r.get("agreement_with_rksd_core")
        if agreement and agreement.get("max_relative_distance_difference") is not None:
            note += " vs core: max diff {:.2g} m / rel. {:.1e} on {:,} origins".format(
                agreement["max_absolute_distance_difference_m"], agreement["max_relative_distance_difference"],
                agreement["origins_compared"])
        print("{:<18} {:<7} {:>10,} {:>12.2f} {:>11.0f}  {}".format(
            r["method"], r["size"], r["addresses"], r["seconds"], r["peak_rss_mib"] or -1, note.strip()))
    print()
    for key, value in report["ratios"].items():
        if key != "targets_met":
            print("  {:<48} {:>12,.1f}x".format(key, value))
    for key, value in report["ratios"]["targets_met"].items():
        print("  target {:<41} {}".format(key, "met" if value else "NOT met"))


if __name__ == "__main__":
    main()
