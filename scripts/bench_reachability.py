"""`make bench`: facility reachability, rksd:bereikbaarheid beside its peers, side by side in one run.

Task for every method: for every address, the network distance to the nearest facility.
Datasets (scripts/bench_reach_data.py; GeoPackages in EPSG:28992, built once into
out/bench/data/):

- ``wageningen``: the REAL Wageningen OSM road network (5,712 roads, 12,965 segments) with 30
  SYNTHETIC facilities and 20,000 SYNTHETIC addresses beside its roads;
- ``medium``: SYNTHETIC town grid, 64,930 segments, 200 facilities, 100,000 addresses;
- ``large``: SYNTHETIC town grid, about 650,000 segments, 2,000 facilities, 1,000,000 addresses;
- ``country`` (``--country``, scripts/bench_reach_country.py): SYNTHETIC, 1.5 million segments
  and 10 million addresses, files to file through the core.

Methods, each in its own process (so its peak memory is its own):

- ``rksd_processing``: rksd:bereikbaarheid in QGIS, the GeoPackage files given by path, a
  GeoPackage layer out (reading, snapping, searching and writing all included; QGIS first
  opens each path as a layer to check it, about 4 ms a file);
- ``rksd_processing_project``: the same with the three GeoPackages as layers of the project,
  as a QGIS user runs it from the toolbox ("layer to layer"; the data are still read from the
  files by the algorithm, only QGIS's opening of the layers is not in the time);
- ``rksd_processing_memory``: the same with memory layers in and out (QGIS's iterator path);
- ``rksd_core``: the computation alone on numpy arrays (no layers);
- ``networkx``: a plain script with networkx (PyPI, in its own virtual environment
  out/bench/venv-networkx): the same files read, graph built, node snapping, one
  multi-source Dijkstra; no layer written (scripts/bench_reach_networkx.py);
- ``pgrouting``: PostgreSQL + PostGIS + pgRouting from Debian, whole run: load, index, snap,
  one virtual-source query, a result table (scripts/bench_reach_pgrouting.py);
- ``qgis_graph_api``: QGIS's own graph API at its best (one graph, one Dijkstra from a
  virtual source, origins snapped via QgsSpatialIndex); sampled and EXTRAPOLATED on medium;
- ``native_per_origin``: native:shortestpathpointtolayer once per origin, a few origins
  run and EXTRAPOLATED to all.

Seconds are the MEDIAN of the warm runs (a first run in a fresh process imports scipy and is
reported apart); the machine is shared, so the load average is recorded with every figure.
Writes out/bench/reachability.json and prints a table with ratios.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_reach_data  # noqa: E402 - after the path set-up

PEER_DATASETS = ("wageningen", "medium")
TARGETS = {
    "medium_processing_seconds": 0.5,
    "large_processing_seconds": 6.0,
    "country_seconds": 60.0,
    "country_peak_mib": 8192.0,
}
NETWORKX_VENV = os.path.join(ROOT, "out", "bench", "venv-networkx")


# -- memory and load -----------------------------------------------------------------------
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


def load():
    return round(os.getloadavg()[0], 2)


# -- methods (run in a child process) ------------------------------------------------------------
_PROVIDER = None
CPU = []  # CPU seconds of the process (all its threads) per warm run


def start_processing():
    from qgis_headless import start_qgis

    start_qgis()
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    Processing.initialize()
    from rksd_plugin.processing.provider import RksdProvider

    global _PROVIDER
    _PROVIDER = RksdProvider()  # keep a reference: the registry does not own Python objects
    QgsApplication.processingRegistry().addProvider(_PROVIDER)


def timed_runs(run_once, repeats):
    """(first run, warm runs, peak MiB of the warm runs, load averages) of ``run_once``."""
    import gc

    first = run_once()
    gc.collect()
    exact = reset_peak()
    warm, loads, cpu = [], [], []
    for _ in range(repeats):
        loads.append(load())
        mark = time.process_time()
        warm.append(run_once())
        cpu.append(time.process_time() - mark)
        gc.collect()
    CPU[:] = cpu
    return first, warm, _status("VmHWM"), exact, loads


def run_rksd_processing(manifest, repeats, memory=False, profile=False, project=False):
    import numpy as np

    start_processing()
    from qgis import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    paths = manifest["paths"]
    inputs = {"ORIGINS": paths["addresses"], "FACILITIES": paths["facilities"], "NETWORK": paths["roads"]}
    if project:  # layers of the project, as the toolbox hands them over
        layers = {}
        for key, path in inputs.items():
            layers[key] = QgsVectorLayer(path, key, "ogr")
            QgsProject.instance().addMapLayer(layers[key])
        inputs = layers
    if memory:  # memory layers in and out: QGIS's feature iterator path
        layers = {}
        for key, path in inputs.items():
            source = QgsVectorLayer(path, key, "ogr")
            layers[key] = source.materialize(QgsFeatureRequest())
        inputs = layers
    folder = tempfile.mkdtemp(prefix="rksd_bench_")
    outputs = []

    def once():
        output = "memory:" if memory else os.path.join(folder, "result_{}.gpkg".format(len(outputs)))
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        parameters = dict(inputs, RADII="", MAX_DISTANCE=1e12, OUTPUT=output)
        started = time.perf_counter()
        result = processing.run("rksd:bereikbaarheid", parameters, context=context, feedback=QgsProcessingFeedback())
        seconds = time.perf_counter() - started
        outputs.append(result["OUTPUT"])
        return seconds

    first, warm, peak, exact, loads = timed_runs(once, repeats)
    record = {"first_run_seconds": first, "runs": warm, "peak_rss_mib": peak, "peak_is_method_only": exact,
              "load_average_1min": loads}
    last = outputs[-1]
    if memory:
        ids, distance = [], []
        for feature in last.getFeatures():
            ids.append(feature["id"])
            value = feature["afstand_m"]
            distance.append(np.nan if value is None or value != value or str(value) == "NULL" else float(value))
    else:
        from rksd_plugin.qgis_io import ogr_columns

        columns = ogr_columns.read(last, fields=["id", "afstand_m"], geometry=False)
        ids, distance = columns.values["id"], columns.as_float("afstand_m")
    order = np.argsort(np.asarray(ids))
    record["distance"] = np.asarray(distance, dtype=np.float64)[order]
    if profile:
        record["profile"] = profile_once(inputs, folder)
    del last  # the layers QGIS holds on the files, before they go
    outputs.clear()
    shutil.rmtree(folder, ignore_errors=True)  # hundreds of MiB on the large case, every run
    return record


PHASES = (  # (module, class or None, function, label): the steps of one Processing run, by wall clock
    ("rksd_plugin.processing.alg_base", "AnalysisAlgorithm", "read_network", "read the network (GDAL) and build the graph"),
    ("rksd_plugin.qgis_io.network_io", None, "read_point_columns", "read facilities and addresses"),
    ("rksd_plugin.processing.alg_reachability", None, "compute_beside", "computation beside opening the output"),
    ("rksd_plugin.core.network.reachability", None, "analyse", "  computation (second thread)"),
    ("rksd_plugin.qgis_io.layer_output", "Destination", "__init__", "  QGIS creates the output GeoPackage"),
    ("rksd_plugin.qgis_io.layer_output", "Destination", "index_first", "  its packed spatial index"),
    ("rksd_plugin.qgis_io.layer_output", "Destination", "fill", "write the rows and commit"),
    ("rksd_plugin.qgis_io.gpkg_bulk", "TableFill", "commit", "  of which the commit"),
)


def profile_once(inputs, folder, runs=5):
    """Where the wall time of a Processing run goes (median of ``runs`` warm runs, seconds per phase).

    A profiler of function calls sees only the algorithm's own thread; the computation runs
    in a second one beside QGIS creating the output, so the phases are timed by wrapping them.
    """
    import functools
    import importlib

    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    spent = {}

    def timed(function, label):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - started
        return wrapper

    originals = []
    for module_name, class_name, name, label in PHASES:
        owner = importlib.import_module(module_name)
        owner = getattr(owner, class_name) if class_name else owner
        originals.append((owner, name, getattr(owner, name)))
        setattr(owner, name, timed(getattr(owner, name), label))
    per_run = []
    try:
        for run in range(runs + 1):
            spent.clear()
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
            parameters = dict(inputs, RADII="", MAX_DISTANCE=1e12,
                              OUTPUT=os.path.join(folder, "profiled_{}.gpkg".format(run)))
            started = time.perf_counter()
            processing.run("rksd:bereikbaarheid", parameters, context=context, feedback=QgsProcessingFeedback())
            spent["whole run"] = time.perf_counter() - started
            if run:  # the first run warms up
                per_run.append(dict(spent))
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)
    labels = ["whole run"] + [label for _, _, _, label in PHASES]
    return {label: round(statistics.median(r.get(label, 0.0) for r in per_run), 4) for label in labels}


def run_rksd_core(manifest, repeats):
    import numpy as np

    from rksd_plugin.core.network import reachability
    from rksd_plugin.core.network.graph import RoadGraph

    coords, starts, facilities, origins, ids = bench_reach_data.read_arrays(manifest)
    holder = {}

    def once():
        started = time.perf_counter()
        graph = RoadGraph.from_polylines(coords, starts)
        holder["result"] = reachability.analyse(origins, facilities, None, [], np.inf, graph)
        return time.perf_counter() - started

    first, warm, peak, exact, loads = timed_runs(once, repeats)
    order = np.argsort(ids)
    return {"first_run_seconds": first, "runs": warm, "peak_rss_mib": peak, "peak_is_method_only": exact,
            "load_average_1min": loads, "distance": holder["result"].groups[None].network[order]}


def run_qgis_graph(manifest, repeats, origin_sample=None):
    """One QgsGraph, one Dijkstra from a virtual source; per-origin snapping via QgsSpatialIndex."""
    import numpy as np

    from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkDistanceStrategy, QgsVectorLayerDirector
    from qgis.core import QgsPointXY, QgsSpatialIndex, QgsVectorLayer

    start_processing()
    coords, starts, facilities, origins, ids = bench_reach_data.read_arrays(manifest)
    roads = QgsVectorLayer(manifest["paths"]["roads"], "roads", "ogr")
    n = len(origins)
    sample = np.arange(n) if origin_sample is None else np.linspace(0, n - 1, min(origin_sample, n)).astype(np.int64)
    parts = {}
    started = time.perf_counter()
    director = QgsVectorLayerDirector(roads, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(roads.crs(), False, 0.0, "NONE")  # planar metres, like RKSD
    tied = director.makeGraph(builder, [QgsPointXY(x, y) for x, y in facilities.tolist()])
    graph = builder.graph()
    vertex_of = {}
    for index in range(graph.vertexCount()):
        point = graph.vertex(index).point()
        vertex_of[(point.x(), point.y())] = index
    tied_ids = [vertex_of[(p.x(), p.y())] for p in tied]
    source = graph.addVertex(QgsPointXY(0.0, 0.0))
    for vertex in tied_ids:
        graph.addEdge(source, vertex, [0.0])
    _, costs = QgsGraphAnalyzer.dijkstra(graph, source, 0)
    index = QgsSpatialIndex(roads.getFeatures(), flags=QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
    parts["graph_dijkstra_index"] = time.perf_counter() - started
    mark = time.perf_counter()
    distance = np.full(sample.size, np.nan)
    for row, origin in enumerate(sample.tolist()):
        point = QgsPointXY(*origins[origin])
        fid = index.nearestNeighbor(point, 1)[0]
        geometry = index.geometry(fid)
        _, closest, after, _ = geometry.closestSegmentWithContext(point)
        a, b = geometry.vertexAt(after - 1), geometry.vertexAt(after)
        va, vb = vertex_of[(a.x(), a.y())], vertex_of[(b.x(), b.y())]
        distance[row] = min(closest.distance(a.x(), a.y()) + costs[va], closest.distance(b.x(), b.y()) + costs[vb])
    loop = time.perf_counter() - mark
    parts["origin_loop_measured"] = loop
    parts["origin_loop_origins"] = int(sample.size)
    seconds = parts["graph_dijkstra_index"] + loop * n / sample.size
    out = np.full(n, np.nan)
    out[sample] = distance
    order = np.argsort(ids)
    return {"runs": [seconds], "parts": parts, "extrapolated": origin_sample is not None and sample.size < n,
            "peak_rss_mib": _status("VmHWM"), "load_average_1min": [load()], "distance": out[order]}


def run_native(manifest, repeats, origin_sample=3):
    """native:shortestpathpointtolayer once per sampled origin, extrapolated."""
    import numpy as np

    start_processing()
    from qgis import processing
    from qgis.core import NULL, QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    _, _, _, origins, ids = bench_reach_data.read_arrays(manifest)
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    n = len(origins)
    sample = np.linspace(0, n - 1, min(origin_sample, n)).astype(np.int64)
    distance = np.full(n, np.nan)
    times = []
    for origin in sample.tolist():
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        started = time.perf_counter()
        result = processing.run("native:shortestpathpointtolayer", {
            "INPUT": manifest["paths"]["roads"], "STRATEGY": 0,
            "START_POINT": "{!r},{!r} [EPSG:28992]".format(*origins[origin]),
            "END_POINTS": manifest["paths"]["facilities"], "OUTPUT": "memory:",
        }, context=context, feedback=QgsProcessingFeedback())
        costs = [f["cost"] for f in result["OUTPUT"].getFeatures() if f["cost"] is not None and f["cost"] != NULL]
        times.append(time.perf_counter() - started)
        distance[origin] = min(costs) if costs else np.nan
    per_origin = float(np.mean(times))
    order = np.argsort(ids)
    return {"runs": [per_origin * n], "extrapolated": True, "per_origin_seconds": per_origin,
            "origins_run": int(sample.size), "peak_rss_mib": _status("VmHWM"), "load_average_1min": [load()],
            "distance": distance[order]}


METHODS = {
    "rksd_processing": lambda m, r, **o: run_rksd_processing(m, r, profile=o.get("profile", False)),
    "rksd_processing_project": lambda m, r, **o: run_rksd_processing(m, r, project=True, profile=o.get("profile", False)),
    "rksd_processing_memory": lambda m, r, **o: run_rksd_processing(m, r, memory=True),
    "rksd_core": lambda m, r, **o: run_rksd_core(m, r),
    "qgis_graph_api": lambda m, r, **o: run_qgis_graph(m, r, o.get("origin_sample")),
    "native_per_origin": lambda m, r, **o: run_native(m, r, o.get("origin_sample", 3)),
}


def child(method, dataset, options, out_path):
    import numpy as np

    manifest = bench_reach_data.build(dataset, bench_reach_data.folder(dataset))
    options = json.loads(options)
    repeats = int(options.pop("repeats", 3))
    record = METHODS[method](manifest, repeats, **options)
    if CPU:
        record["cpu_seconds_runs"] = list(CPU)
    np.save(out_path + ".npy", np.asarray(record.pop("distance"), dtype=np.float64))
    with open(out_path, "w") as handle:
        json.dump(record, handle)


# -- peers in their own processes ---------------------------------------------------------------
def ensure_networkx():
    """The separate virtual environment with networkx from PyPI (never the project's)."""
    python = os.path.join(NETWORKX_VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", NETWORKX_VENV], check=True)
    check = subprocess.run([python, "-c", "import networkx"], capture_output=True)
    if check.returncode != 0:
        subprocess.run([python, "-m", "pip", "install", "--quiet", "networkx"], check=True)
    return python


def ensure_pgrouting():
    """Debian's PostgreSQL with PostGIS and pgRouting (installed when missing and root); None or a reason."""
    import bench_reach_pgrouting

    if bench_reach_pgrouting.server_binaries():
        return None
    versions = sorted(os.listdir("/usr/lib/postgresql")) if os.path.isdir("/usr/lib/postgresql") else []
    if os.geteuid() != 0:
        return "PostgreSQL with PostGIS and pgRouting is not installed (and not root to install it)"
    major = versions[-1] if versions else "15"
    packages = ["postgresql-{}".format(major), "postgresql-{}-postgis-3".format(major),
                "postgresql-{}-pgrouting".format(major)]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    done = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + packages,
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:  # a fresh machine may not know the packages yet
        subprocess.run(["apt-get", "update", "-qq"], capture_output=True, env=env)
        done = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + packages,
                              capture_output=True, text=True, env=env)
    if done.returncode != 0 or not bench_reach_pgrouting.server_binaries():
        return "could not install {}: {}".format(" ".join(packages), done.stderr[-300:])
    return None


def run_peer(script, python, manifest, repeats, timeout):
    import numpy as np

    paths = manifest["paths"]
    runs, records, cpu = [], [], []
    distance = None
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "result.npz")
            loaded = load()
            done = subprocess.run([python, os.path.join(ROOT, "scripts", script), paths["roads"], paths["facilities"],
                                   paths["addresses"], out], capture_output=True, text=True, timeout=timeout,
                                  env=dict(os.environ, PYTHONPATH=ROOT))
            if done.returncode != 0:
                raise RuntimeError(done.stderr[-2000:])
            record = json.loads(done.stdout.strip().splitlines()[-1])
            if "unavailable" in record:
                return record, None
            record["load_average_1min"] = [loaded]
            records.append(record)
            runs.append(record["seconds"])
            if "cpu_seconds" in record:
                cpu.append(record["cpu_seconds"])
            distance = np.load(out)["distance"]
    merged = records[runs.index(sorted(runs)[len(runs) // 2])]
    merged["runs"] = runs
    if cpu:
        merged["cpu_seconds_runs"] = cpu
    merged["load_average_1min"] = [r["load_average_1min"][0] for r in records]
    return merged, distance


def spawn(method, dataset, options, timeout):
    import numpy as np

    with tempfile.TemporaryDirectory() as folder:
        out_path = os.path.join(folder, "result.json")
        command = [sys.executable, os.path.abspath(__file__), "--child", method, dataset, json.dumps(options), out_path]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
        if done.returncode != 0 or not os.path.exists(out_path):
            raise RuntimeError("{} {} failed:\n{}".format(method, dataset, done.stderr[-3000:]))
        with open(out_path) as handle:
            record = json.load(handle)
        return record, np.load(out_path + ".npy")


def agreement(reference, distance):
    """How far a method's distances are from rksd_core's (same addresses, by id)."""
    import numpy as np

    both = np.isfinite(reference) & np.isfinite(distance)
    if not both.any():
        return {"compared": 0}
    diff = np.abs(distance[both] - reference[both])
    return {"compared": int(both.sum()), "within_0_1_m": round(float((diff <= 0.1).mean()), 4),
            "median_abs_diff_m": round(float(np.median(diff)), 3), "max_abs_diff_m": round(float(diff.max()), 2),
            "reachable_mismatch": int((np.isfinite(reference) != np.isfinite(distance)).sum())}


# -- the run -------------------------------------------------------------------------------------
def plan(datasets, quick):
    runs = []
    for dataset in datasets:
        peers = dataset in PEER_DATASETS
        big = dataset == "large"
        repeats = 3 if big or quick else 5
        fast = 9 if dataset == "wageningen" and not quick else repeats  # a tenth of a second: more runs, steadier median
        runs.append(("rksd_core", dataset, {"repeats": repeats}))
        runs.append(("rksd_processing", dataset, {"repeats": fast}))
        if peers:
            runs.append(("rksd_processing_project", dataset, {"repeats": fast, "profile": True}))
            runs.append(("rksd_processing_memory", dataset, {"repeats": 3}))
            runs.append(("networkx", dataset, {"repeats": fast if dataset == "wageningen" else 3}))
            runs.append(("pgrouting", dataset, {"repeats": 1 if quick else 2}))
            runs.append(("qgis_graph_api", dataset, {"origin_sample": 20000 if dataset == "medium" else None}))
            runs.append(("native_per_origin", dataset, {"origin_sample": 2 if quick else 3}))
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    parser.add_argument("--datasets", nargs="+", default=["wageningen", "medium", "large"],
                        choices=["wageningen", "medium", "large"])
    parser.add_argument("--country", action="store_true", help="also the national-size case (scripts/bench_reach_country.py)")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--timeout", type=float, default=3600.0)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    import numpy as np

    os.makedirs(args.out, exist_ok=True)
    manifests = {d: bench_reach_data.build(d, bench_reach_data.folder(d)) for d in args.datasets}
    os.sync()  # the data just built (hundreds of MiB) is not written back to disk during the timed runs
    report = {
        "what": "network distance from every address to the nearest facility (rksd: also which facility)",
        "datasets": {d: {k: v for k, v in m.items() if k != "paths"} for d, m in manifests.items()},
        "targets": TARGETS,
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30, 1)},
        "notes": [
            "seconds: median of the warm runs ('runs'); rksd_* also give 'first_run_seconds' (a fresh process,"
            " importing scipy). The machine is shared with other work: see load_average_1min per run;"
            " cpu_seconds (median, all threads of the process) is less disturbed by that load than the wall time.",
            "peak_rss_mib: the process's peak resident memory while the method ran (Linux VmHWM after a reset),"
            " QGIS itself included for the QGIS methods; pgrouting's server memory is not in it.",
            "networkx snaps to the nearest graph node, rksd and pgrouting to the nearest point on a road:"
            " see agreement_with_rksd_core. networkx and pgrouting compute the topology with numpy.",
            "native_per_origin and qgis_graph_api on medium run a sample of origins and EXTRAPOLATE.",
        ],
        "runs": [],
    }
    references = {}
    for method, dataset, options in plan(args.datasets, args.quick):
        manifest = manifests[dataset]
        label = "{} {}".format(method, dataset)
        print("running", label, "...", flush=True)
        os.sync()  # nor what the method before wrote
        try:
            if method == "networkx":
                record, distance = run_peer("bench_reach_networkx.py", ensure_networkx(), manifest,
                                            options["repeats"], args.timeout)
            elif method == "pgrouting":
                reason = ensure_pgrouting()
                if reason:
                    record, distance = {"unavailable": reason}, None
                else:
                    record, distance = run_peer("bench_reach_pgrouting.py", sys.executable, manifest,
                                                options["repeats"], args.timeout)
            else:
                record, distance = spawn(method, dataset, options, args.timeout)
        except (RuntimeError, subprocess.TimeoutExpired, subprocess.CalledProcessError) as error:
            print("  FAILED:", str(error)[-600:], flush=True)
            report["runs"].append({"method": method, "dataset": dataset, "error": str(error)[-2000:], "seconds": None})
            continue
        record.update({"method": method, "dataset": dataset, "options": options})
        if "unavailable" in record:
            record["seconds"] = None
            print("  unavailable:", record["unavailable"], flush=True)
            report["runs"].append(record)
            continue
        record["seconds"] = statistics.median(record["runs"])
        if record.get("cpu_seconds_runs"):
            record["cpu_seconds"] = statistics.median(record["cpu_seconds_runs"])
        if method == "rksd_core":
            references[dataset] = distance
        elif dataset in references and distance is not None:
            record["agreement_with_rksd_core"] = agreement(references[dataset], distance)
        report["runs"].append(record)
        print("  {:.3f} s (median of {}){}, peak {} MiB, load {}".format(
            record["seconds"], len(record["runs"]), " EXTRAPOLATED" if record.get("extrapolated") else "",
            round(record["peak_rss_mib"]) if record.get("peak_rss_mib") else "?", record.get("load_average_1min")),
            flush=True)
    if args.country:
        print("running the national-size case ...", flush=True)
        done = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench_reach_country.py"), "--json"],
                              capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=ROOT))
        if done.returncode == 0:
            report["country"] = json.loads(done.stdout.strip().splitlines()[-1])
        else:
            report["country"] = {"error": done.stderr[-2000:]}
    report["ratios"], report["targets_met"] = ratios(report)
    path = os.path.join(args.out, "reachability.json")
    with open(path, "w") as handle:
        json.dump(report, handle, indent=1, default=lambda o: o.tolist() if isinstance(o, np.ndarray) else str(o))
    print_table(report)
    print("written", os.path.relpath(path, ROOT))


def ratios(report):
    by = {(r["method"], r["dataset"]): r for r in report["runs"] if r.get("seconds")}
    out = {}
    for (method, dataset), record in by.items():
        ours = by.get(("rksd_processing", dataset))
        if ours and method != "rksd_processing":
            out["{}_{}_over_rksd_processing".format(dataset, method)] = round(record["seconds"] / ours["seconds"], 2)
    met = {}
    for dataset in PEER_DATASETS:
        for method, words in (("rksd_processing_project", "project_layers_to_layer"),
                              ("rksd_processing", "files_to_layer")):
            ours = by.get((method, dataset))
            for peer in ("networkx", "pgrouting"):
                theirs = by.get((peer, dataset))
                if ours and theirs:
                    met["{}_{}_{}_{}".format(
                        dataset, words, "at_least_as_fast_as" if peer == "networkx" else "faster_than", peer)] = \
                        ours["seconds"] <= theirs["seconds"] if peer == "networkx" else ours["seconds"] < theirs["seconds"]
    medium = by.get(("rksd_processing", "medium"))
    large = by.get(("rksd_processing", "large"))
    if medium:
        met["medium_under_0_5_s"] = medium["seconds"] < TARGETS["medium_processing_seconds"]
    if large:
        met["large_1m_under_6_s"] = large["seconds"] < TARGETS["large_processing_seconds"]
    country = report.get("country") or {}
    if country.get("seconds"):
        met["country_under_60_s"] = country["seconds"] < TARGETS["country_seconds"]
        met["country_under_8_gb"] = country["peak_rss_mib"] < TARGETS["country_peak_mib"]
    return out, met


def print_table(report):
    by = {(r["method"], r["dataset"]): r for r in report["runs"]}
    datasets = []
    for r in report["runs"]:
        if r["dataset"] not in datasets:
            datasets.append(r["dataset"])
    methods = []
    for r in report["runs"]:
        if r["method"] not in methods:
            methods.append(r["method"])
    print()
    print("Reachability: network distance to the nearest facility for every address (seconds, median; peak MiB; "
          "ratio = method / rksd_processing)")
    head = "{:<24}".format("method") + "".join("{:>44}".format(d) for d in datasets)
    print(head)
    for method in methods:
        line = "{:<24}".format(method)
        for dataset in datasets:
            r = by.get((method, dataset))
            ours = by.get(("rksd_processing", dataset))
            if r is None:
                cell = ""
            elif r.get("unavailable"):
                cell = "unavailable"
            elif not r.get("seconds"):
                cell = "failed"
            else:
                ratio = r["seconds"] / ours["seconds"] if ours and ours.get("seconds") else None
                cpu = " cpu {:.2f}".format(r["cpu_seconds"]) if r.get("cpu_seconds") else ""
                cell = "{:.3f} s{}{} {:>5} MiB {}".format(
                    r["seconds"], "*" if r.get("extrapolated") else "", cpu, round(r.get("peak_rss_mib") or 0),
                    "x{:.2f}".format(ratio) if ratio else "")
            line += "{:>44}".format(cell)
        print(line)
    print("(* extrapolated from a sample of origins)")
    for name, size in report["datasets"].items():
        print("  {}: {} ({:,} road segments, {:,} facilities, {:,} addresses)".format(
            name, size["label"], size["road_segments"], size["facilities"], size["addresses"]))
    country = report.get("country")
    if country and country.get("seconds"):
        print("  country (synthetic, files to file through the core): {:.1f} s, peak {:,.0f} MiB; parts {}".format(
            country["seconds"], country["peak_rss_mib"], {k: round(v, 1) for k, v in country["parts"].items()}))
    profiled = [(r["dataset"], r["profile"]) for r in report["runs"]
                if r["method"] == "rksd_processing_project" and isinstance(r.get("profile"), dict)]
    if profiled:
        print("Where the time goes, project layers to a GeoPackage (seconds, median of 5 runs; indented: part of"
              " the line above, the computation in a second thread beside QGIS creating the output):")
        print("  {:<46}".format("") + "".join("{:>12}".format(d) for d, _ in profiled))
        for label in profiled[0][1]:
            print("  {:<46}".format(label) + "".join("{:>12.4f}".format(p.get(label, 0.0)) for _, p in profiled))
    for key, value in report["targets_met"].items():
        print("  target {:<72} {}".format(key, "met" if value else "NOT met"))


if __name__ == "__main__":
    main()
