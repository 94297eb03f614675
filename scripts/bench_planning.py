"""`make bench`: location choice (p-median, k sites), RKSD versus the obvious QGIS way, side by side.

Everything here is SYNTHETIC (tests/support/network_synthetic.py, seeded): a town-like grid
of 50,000 road segments in EPSG:28992, 100,000 demand points beside the streets, 500
candidate sites, k = 10 (issue 16). Not a real place.

Methods, each in its own process:

- ``rksd``: graph, snapping, the demand x candidate distances (one search per candidate
  on the folded graph) and the heuristic (greedy, swaps and a variable neighbourhood search
  on demand cells, polished on every point) - the whole run, timed;
- ``rksd_bound``: a proven lower bound for the same instance (Lagrangian relaxation, given
  a few minutes): the gap the heuristic can at most have at full size, where the exact
  model (50 million assignment variables) cannot be built;
- ``qgis_od_greedy``: the obvious alternative - an OD matrix through QGIS's own network
  tools (one QgsGraph with every demand point and candidate tied in, one
  QgsGraphAnalyzer.dijkstra per candidate) and a greedy pick on it. The Dijkstra runs are
  sampled and EXTRAPOLATED to all candidates (said in the JSON);
- ``exact_ladder``: smaller instances drawn from the same data (demand and candidate
  samples) where HiGHS proves the optimum: the heuristic's gap to it, and the exact time.

Writes out/bench/planning.json and prints the figures and the ratios.
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

SPECS = {
    "medium": {"segments": 50000, "demand": 100000, "candidates": 500, "k": 10},
    "small": {"segments": 3000, "demand": 4000, "candidates": 40, "k": 4},  # the smoke test's case
}
SPEC = SPECS[os.environ.get("RKSD_BENCH_SPEC", "medium")]
LADDERS = {"medium": [(300, 60, 5), (500, 100, 10), (800, 100, 10), (1200, 150, 10)], "small": [(200, 30, 4)]}
LADDER = LADDERS[os.environ.get("RKSD_BENCH_SPEC", "medium")]  # demand, candidates, k
TARGETS = {"heuristic_seconds": 10.0, "heuristic_gap_to_exact": 0.01}


def synthetic(spec=SPEC):
    from tests.support.network_synthetic import points_along, town_grid

    coords, starts = town_grid(spec["segments"], seed=1)
    demand = points_along(coords, starts, spec["demand"], seed=4)
    candidates = points_along(coords, starts, spec["candidates"], seed=5)
    return coords, starts, demand, candidates


def _status(key):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return None


# -- methods -------------------------------------------------------------------------------
def run_rksd(search_seconds=2.0, **_):
    import numpy as np

    from rksd_plugin.core.network.graph import RoadGraph
    from rksd_plugin.core.network.planning import choose, pmedian
    from rksd_plugin.core.network.planning.costs import SiteDistances

    coords, starts, demand, candidates = synthetic()
    # in x, then y order - as the Processing algorithm hands its (merged) demand points over
    demand = demand[np.lexsort((demand[:, 1], demand[:, 0]))]
    weight = np.ones(len(demand))
    parts = {}
    cpu = time.process_time()
    began = time.perf_counter()
    graph = RoadGraph.from_polylines(coords, starts)
    distances = SiteDistances(demand, candidates, graph)
    parts["graph_and_snapping"] = time.perf_counter() - began
    mark = time.perf_counter()
    matrix = distances.matrix()
    parts["distances_one_search_per_candidate"] = time.perf_counter() - mark
    mark, mark_cpu = time.perf_counter(), time.process_time()
    choose.penalised(matrix)
    groups = pmedian.grid_groups(demand)
    result = choose.choose_pmedian(matrix, weight, SPEC["k"], method=choose.HEURISTIC, search_seconds=search_seconds,
                                   bound_seconds=0.3, groups=groups)
    parts["heuristic"] = time.perf_counter() - mark
    parts["heuristic_cpu"] = time.process_time() - mark_cpu
    seconds = time.perf_counter() - began
    parts["heuristic_search_budget"] = search_seconds
    np.save(os.environ["RKSD_BENCH_SITES"], np.asarray(result.sites))
    return {"seconds": seconds, "cpu_seconds": time.process_time() - cpu, "parts": parts,
            "objective": result.objective, "sites": result.sites,
            "folded_nodes": int(distances.chains.n_nodes), "graph_nodes": int(graph.n_nodes),
            "solver_seconds": result.seconds, "notes": result.notes,
            "exact_variables_full_size": int(len(demand) * len(candidates))}


def run_bound(bound_seconds=240.0, **_):
    import numpy as np

    from rksd_plugin.core.network.graph import RoadGraph
    from rksd_plugin.core.network.planning import choose, pmedian
    from rksd_plugin.core.network.planning.costs import SiteDistances

    coords, starts, demand, candidates = synthetic()
    demand = demand[np.lexsort((demand[:, 1], demand[:, 0]))]
    weight = np.ones(len(demand))
    matrix = SiteDistances(demand, candidates, RoadGraph.from_polylines(coords, starts)).matrix()
    choose.penalised(matrix)
    sites = [int(s) for s in np.load(os.environ["RKSD_BENCH_SITES"])]
    objective = pmedian.total_cost(matrix, weight, sites)
    d1 = matrix[:, sites].min(axis=1).astype(float)
    began = time.perf_counter()
    bound, iterations = pmedian.lagrangian_bound(matrix, weight, SPEC["k"], start=weight * d1, upper=objective,
                                                 time_limit=bound_seconds, max_iterations=100000)
    return {"seconds": time.perf_counter() - began, "bound": bound, "objective": objective,
            "proven_gap": (objective - bound) / objective, "iterations": iterations}


def run_qgis(dijkstra_sample=10, tie_sample=10000, **_):
    """One QgsGraph with the points tied in, QGIS's Dijkstra per candidate (sampled), greedy pick.

    This is how an OD matrix is made with QGIS's network API (as the QNEAT3 plugin does). QGIS
    ties every extra point by testing it against every road segment (time linear in the number
    of points), so the graph is built with all candidates and a sample of ``tie_sample`` demand
    points and that time is scaled to all 100,000; the Dijkstra runs are sampled likewise."""
    import numpy as np

    from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkDistanceStrategy, QgsVectorLayerDirector
    from qgis.core import QgsFeature, QgsGeometry, QgsLineString, QgsPointXY, QgsVectorLayer

    coords, starts, demand, candidates = synthetic()
    roads = QgsVectorLayer("LineString?crs=EPSG:28992", "roads (synthetic)", "memory")
    features = []
    xs, ys, bounds = coords[:, 0].tolist(), coords[:, 1].tolist(), starts.tolist()
    for index in range(len(bounds) - 1):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry(QgsLineString(xs[bounds[index]:bounds[index + 1]],
                                                      ys[bounds[index]:bounds[index + 1]])))
        features.append(feature)
    roads.dataProvider().addFeatures(features)
    parts, cpu_parts = {}, {}
    cpu = time.process_time()
    began = time.perf_counter()
    director = QgsVectorLayerDirector(roads, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(roads.crs(), False, 0.0, "NONE")
    demand_sample = demand[np.linspace(0, len(demand) - 1, min(tie_sample, len(demand))).astype(np.int64)]
    points = [QgsPointXY(x, y) for x, y in np.vstack([candidates, demand_sample]).tolist()]
    tied = director.makeGraph(builder, points)
    graph = builder.graph()
    scale = (len(candidates) + len(demand)) / len(points)
    parts["build_graph_and_tie_points_measured"] = time.perf_counter() - began
    cpu_parts["build_graph_and_tie_points_measured"] = time.process_time() - cpu
    parts["tied_points_measured"] = len(points)
    mark, mark_cpu = time.perf_counter(), time.process_time()
    vertex_of = {}
    for index in range(graph.vertexCount()):
        point = graph.vertex(index).point()
        vertex_of[(point.x(), point.y())] = index
    vertex = np.array([vertex_of[(p.x(), p.y())] for p in tied], dtype=np.int64)
    parts["find_tied_vertices"] = time.perf_counter() - mark
    cpu_parts["find_tied_vertices"] = time.process_time() - mark_cpu
    n_cand = len(candidates)
    demand_vertex = vertex[n_cand:]
    sample = np.linspace(0, n_cand - 1, min(dijkstra_sample, n_cand)).astype(np.int64)
    mark, mark_cpu = time.perf_counter(), time.process_time()
    columns = []
    for candidate in sample.tolist():
        _, costs = QgsGraphAnalyzer.dijkstra(graph, int(vertex[candidate]), 0)
        columns.append(np.asarray(costs)[demand_vertex])
    parts["od_matrix_dijkstra_measured"] = time.perf_counter() - mark
    cpu_parts["od_matrix_dijkstra_measured"] = time.process_time() - mark_cpu
    parts["od_matrix_dijkstra_candidates_run"] = int(sample.size)
    # the greedy pick on a full matrix (timed on a matrix of the same shape: the sampled
    # columns repeated - a greedy's time does not depend on the values)
    od = np.tile(np.column_stack(columns).astype(np.float32), (len(demand) // len(demand_vertex) + 1,
                                                              n_cand // sample.size + 1))[:len(demand), :n_cand]
    od[~np.isfinite(od)] = 1e7
    from rksd_plugin.core.network.planning import pmedian

    mark, mark_cpu = time.perf_counter(), time.process_time()
    pmedian.greedy(np.ascontiguousarray(od), np.ones(len(demand)), SPEC["k"])
    parts["greedy_pick"] = time.perf_counter() - mark
    cpu_parts["greedy_pick"] = time.process_time() - mark_cpu

    def total(measured):
        # the tie-in grows with the number of points, the OD matrix with the candidates
        return (measured["build_graph_and_tie_points_measured"] * scale + measured["find_tied_vertices"] * scale
                + measured["od_matrix_dijkstra_measured"] * n_cand / sample.size + measured["greedy_pick"])

    seconds = total(parts)
    cpu_seconds = total(cpu_parts)
    parts["extrapolation_factor_points"] = scale
    parts["extrapolation_factor_candidates"] = n_cand / sample.size
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "parts": parts, "cpu_parts": cpu_parts,
            "extrapolated": True,
            "note": "QGIS ties each point to the nearest point on a segment like RKSD snaps; the tie-in is measured "
                    "with {} of the points and scaled to all (its time is linear in the number of points), the "
                    "Dijkstra per candidate is sampled and scaled to all {} candidates".format(len(points), n_cand)}


def run_ladder(time_limit=300.0, **_):
    import numpy as np

    from rksd_plugin.core.network.graph import RoadGraph
    from rksd_plugin.core.network.planning import choose, exact
    from rksd_plugin.core.network.planning.costs import SiteDistances

    coords, starts, demand, candidates = synthetic()
    graph = RoadGraph.from_polylines(coords, starts)
    rng = np.random.default_rng(7)
    out = []
    for n, m, k in LADDER:
        rows = np.sort(rng.choice(len(demand), n, replace=False))
        cols = np.sort(rng.choice(len(candidates), m, replace=False))
        matrix = SiteDistances(demand[rows], candidates[cols], graph).matrix()
        choose.penalised(matrix)
        weight = rng.integers(1, 20, n).astype(float)  # SYNTHETIC weights (people per address)
        began = time.perf_counter()
        heuristic = choose.choose_pmedian(matrix.copy(), weight, k, method=choose.HEURISTIC, search_seconds=2.0)
        heuristic_seconds = time.perf_counter() - began
        solved = exact.solve_pmedian(matrix, weight, k, time_limit=time_limit)
        record = {"demand": n, "candidates": m, "k": k, "heuristic_objective": heuristic.objective,
                  "heuristic_seconds": heuristic_seconds, "heuristic_proven_gap": heuristic.gap,
                  "exact_status": solved.status, "exact_objective": solved.objective, "exact_bound": solved.bound,
                  "exact_seconds": solved.seconds, "exact_variables": solved.variables}
        if solved.objective is not None:
            record["heuristic_gap_to_exact"] = (heuristic.objective - solved.objective) / solved.objective
        out.append(record)
        print("    ladder {} x {} k={}: heuristic {:.0f} ({:.1f} s), exact {} {} ({:.0f} s)".format(
            n, m, k, heuristic.objective, heuristic_seconds, solved.status, solved.objective, solved.seconds),
            flush=True)
    return {"seconds": sum(r["exact_seconds"] for r in out), "instances": out}


METHODS = {"rksd": run_rksd, "rksd_bound": run_bound, "qgis_od_greedy": run_qgis, "exact_ladder": run_ladder}


def child(method, options, out_path):
    if method == "qgis_od_greedy":
        from qgis_headless import start_qgis

        start_qgis()
    load_before = os.getloadavg()
    record = METHODS[method](**options)
    record["peak_rss_mib"] = _status("VmHWM")
    record["load_average_1min_before_after"] = [round(load_before[0], 2), round(os.getloadavg()[0], 2)]
    with open(out_path, "w") as handle:
        json.dump(record, handle, default=float)


def spawn(method, options, timeout, sites_path):
    with tempfile.TemporaryDirectory() as folder:
        out_path = os.path.join(folder, "result.json")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT, RKSD_BENCH_SITES=sites_path)
        command = [sys.executable, os.path.abspath(__file__), "--child", method, json.dumps(options), out_path]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
        if done.returncode != 0 or not os.path.exists(out_path):
            raise RuntimeError("{} failed:\n{}".format(method, done.stderr[-3000:]))
        with open(out_path) as handle:
            return json.load(handle)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    parser.add_argument("--quick", action="store_true", help="shorter bound, smaller exact ladder, fewer QGIS runs")
    parser.add_argument("--timeout", type=float, default=3600.0)
    parser.add_argument("--size", default="medium", choices=list(SPECS), help="small: a quick case (smoke test)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        method, options, out_path = args.child
        child(method, json.loads(options), out_path)
        return
    os.makedirs(args.out, exist_ok=True)
    os.environ["RKSD_BENCH_SPEC"] = args.size
    report = {
        "what": "choose k = {k} of {candidates} candidate sites for {demand:,} demand points, least total network "
                "distance (p-median)".format(**SPECS[args.size]),
        "data": "SYNTHETIC town-like grid network ({segments:,} segments, EPSG:28992) with synthetic demand points and "
                "candidates, built by tests/support/network_synthetic.py (seeded); not a real place".format(
                    **SPECS[args.size]),
        "spec": SPECS[args.size], "size": args.size, "targets": TARGETS,
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "notes": [
            "rksd 'seconds' is the whole run: graph, snapping, all demand x candidate distances and the heuristic.",
            "qgis_od_greedy ties a sample of the demand points into the QgsGraph and samples QgsGraphAnalyzer.dijkstra "
            "for a few candidates, and EXTRAPOLATES both to the full size (see its parts).",
            "cpu_seconds (rksd) is the process's CPU time: what the run costs whatever else the shared machine does "
            "(numpy may use both cores, so it can exceed the wall time).",
            "rksd_bound proves a lower bound at full size (the exact model would have 50 million assignment "
            "variables); exact_ladder gives HiGHS's proven optima on smaller samples of the same data.",
            "The build machine is shared with other work: see load_average_1min_before_after.",
        ],
        "runs": {},
    }
    plan = [("rksd", {}), ("rksd_bound", {"bound_seconds": 20.0 if args.quick else 120.0}),
            ("qgis_od_greedy", {"dijkstra_sample": 4 if args.quick else 10, "tie_sample": 2000 if args.quick else 10000}),
            ("exact_ladder", {"time_limit": 60.0 if args.quick else 180.0})]
    handle, sites_path = tempfile.mkstemp(suffix=".npy")
    os.close(handle)
    try:
        for method, options in plan:
            print("running", method, "...", flush=True)
            try:
                record = spawn(method, options, args.timeout, sites_path)
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                print("  FAILED:", str(error)[-500:], flush=True)
                report["runs"][method] = {"error": str(error)[-2000:], "seconds": None}
                continue
            record["options"] = options
            report["runs"][method] = record
            print("  {:.2f} s{}".format(record["seconds"], " (extrapolated)" if record.get("extrapolated") else ""),
                  flush=True)
    finally:
        os.unlink(sites_path)
    report["ratios"] = ratios(report["runs"])
    path = os.path.join(args.out, "planning.json")
    with open(path, "w") as handle:
        json.dump(report, handle, indent=1, default=float)
    print_table(report)
    print("written", os.path.relpath(path, ROOT))


def ratios(runs):
    out = {}
    ours, theirs = runs.get("rksd", {}), runs.get("qgis_od_greedy", {})
    if ours.get("seconds") and theirs.get("seconds"):
        out["qgis_od_greedy_vs_rksd_wall"] = round(theirs["seconds"] / ours["seconds"], 1)
    if ours.get("cpu_seconds") and theirs.get("cpu_seconds"):
        out["qgis_od_greedy_vs_rksd_cpu"] = round(theirs["cpu_seconds"] / ours["cpu_seconds"], 1)
    bound = runs.get("rksd_bound", {})
    if bound.get("proven_gap") is not None:
        out["full_size_proven_gap_pct"] = round(100.0 * bound["proven_gap"], 3)
    gaps = [r.get("heuristic_gap_to_exact") for r in runs.get("exact_ladder", {}).get("instances", [])
            if r.get("exact_status") == "optimal"]
    if gaps:
        out["ladder_worst_gap_to_exact_pct"] = round(100.0 * max(gaps), 4)
    out["targets_met"] = {
        "heuristic_under_10_s_wall": bool(ours.get("parts") and ours["parts"]["heuristic"] < TARGETS["heuristic_seconds"]),
        "whole_run_incl_all_distances_under_10_s_wall": bool(ours.get("seconds") and
                                                             ours["seconds"] < TARGETS["heuristic_seconds"]),
        "whole_run_incl_all_distances_under_10_s_cpu": bool(ours.get("cpu_seconds") and
                                                            ours["cpu_seconds"] < TARGETS["heuristic_seconds"]),
        "within_1_pct_of_exact_where_exact_finishes": bool(gaps) and max(gaps) <= TARGETS["heuristic_gap_to_exact"],
    }
    return out


def print_table(report):
    runs = report["runs"]
    print()
    print("Location choice benchmark ({})".format(report["data"]))
    rksd = runs.get("rksd", {})
    if rksd.get("seconds"):
        print("  rksd (whole run)        {:>9.2f} s  (CPU {:.2f} s, load {})  objective {:,.0f}  parts: {}".format(
            rksd["seconds"], rksd.get("cpu_seconds", 0.0), rksd.get("load_average_1min_before_after"),
            rksd["objective"], ", ".join("{} {:.2f}".format(k, v) for k, v in rksd["parts"].items())))
    bound = runs.get("rksd_bound", {})
    if bound.get("seconds"):
        print("  rksd proven bound       {:>9.2f} s  bound {:,.0f}  gap <= {:.3f} %".format(
            bound["seconds"], bound["bound"], 100.0 * bound["proven_gap"]))
    qgis = runs.get("qgis_od_greedy", {})
    if qgis.get("seconds"):
        print("  QGIS OD matrix + greedy {:>9.2f} s  (CPU {:.2f} s; extrapolated)  parts: {}".format(
            qgis["seconds"], qgis.get("cpu_seconds", 0.0),
            ", ".join("{} {:.2f}".format(k, v) for k, v in qgis["parts"].items())))
    for row in runs.get("exact_ladder", {}).get("instances", []):
        print("  exact {:>5} x {:>3} k={:<2} HiGHS {:<10} {:>8.1f} s  heuristic gap to it: {}".format(
            row["demand"], row["candidates"], row["k"], row["exact_status"], row["exact_seconds"],
            "{:.4f} %".format(100.0 * row["heuristic_gap_to_exact"]) if "heuristic_gap_to_exact" in row else "-"))
    for key, value in report["ratios"].items():
        if key != "targets_met":
            print("  {:<45} {}".format(key, value))
    for key, value in report["ratios"]["targets_met"].items():
        print("  target {:<38} {}".format(key, "met" if value else "NOT met"))


if __name__ == "__main__":
    main()
