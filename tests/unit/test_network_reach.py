"""Network distances against an independent plain Dijkstra written here.

The reference splits every road segment at the points snapped onto it (as QGIS's graph
builder does), then runs a textbook heapq Dijkstra from each origin over the directed
graph. It shares no code with rksd_plugin.core.network except the brute-force-checked
snapping result (which segment, where on it).
"""
import heapq

import numpy as np
import pytest

from rksd_plugin.core.network import graph as g
from rksd_plugin.core.network.network_reach import NetworkReach
from rksd_plugin.core.network.snap import SegmentIndex


def random_town(seed, n=12, drop=0.15, oneway=0.2):
    """A jittered n×n street grid with missing streets and some one-way streets."""
    rng = np.random.default_rng(seed)
    xy = np.array([(i * 100.0, j * 100.0) for i in range(n) for j in range(n)]) + rng.uniform(-15, 15, (n * n, 2))
    lines, directions = [], []
    for i in range(n):
        for j in range(n):
            for di, dj in ((1, 0), (0, 1)):
                if i + di < n and j + dj < n and rng.random() > drop:
                    a, b = xy[i * n + j], xy[(i + di) * n + j + dj]
                    middle = (a + b) / 2 + rng.uniform(-10, 10, 2)
                    lines.append([tuple(a), tuple(middle), tuple(b)])
                    r = rng.random()
                    directions.append(g.FORWARD if r < oneway / 2 else (g.BACKWARD if r < oneway else g.BOTH))
    coords = np.array([p for line in lines for p in line])
    starts = np.concatenate(([0], np.cumsum([len(line) for line in lines])))
    return g.RoadGraph.from_polylines(coords, starts, np.array(directions)), rng


def reference_distances(road, origin, facilities):
    """Plain Dijkstra from one snapped origin to every snapped facility (inf: unreachable)."""
    a = road.node_xy[road.seg_u]
    b = road.node_xy[road.seg_v]
    on_segment = {}
    points = [("o", origin)] + [(k, f) for k, f in enumerate(facilities)]
    for key, (seg, t) in points:
        on_segment.setdefault(seg, []).append((t, key))
    adjacency = {}

    def add(u, v, w):
        adjacency.setdefault(u, []).append((v, w))

    for seg in range(road.n_segments):
        length = float(np.hypot(*(b[seg] - a[seg])))
        chain = [(0.0, ("n", int(road.seg_u[seg])))]
        chain += sorted(((t, ("p", key)) for t, key in on_segment.get(seg, [])), key=lambda item: item[0])
        chain += [(1.0, ("n", int(road.seg_v[seg])))]
        for (t0, n0), (t1, n1) in zip(chain, chain[1:]):
            w = (t1 - t0) * length
            if road.seg_dir[seg] != g.BACKWARD:
                add(n0, n1, w)
            if road.seg_dir[seg] != g.FORWARD:
                add(n1, n0, w)
    dist = {("p", "o"): 0.0}
    heap = [(0.0, ("p", "o"))]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in adjacency.get(node, []):
            if d + w < dist.get(nxt, np.inf):
                dist[nxt] = d + w
                heapq.heappush(heap, (d + w, nxt))
    return np.array([dist.get(("p", k), np.inf) for k in range(len(facilities))])


@pytest.fixture(scope="module", params=[7, 8])
def town(request):
    road, rng = random_town(request.param)
    origins = rng.uniform(-50, 1150, (40, 2))
    facilities = rng.uniform(-50, 1150, (12, 2))
    index = SegmentIndex.for_graph(road)
    org, fac = index.snap(origins), index.snap(facilities)
    # two origins on a facility's own segment, on either side of it
    for k, shift in ((0, 0.2), (1, -0.2)):
        org.seg[k], org.t[k] = fac.seg[k], min(max(fac.t[k] + shift, 0.0), 1.0)
    reference = np.array([
        reference_distances(road, (org.seg[i], org.t[i]), list(zip(fac.seg, fac.t))) for i in range(len(origins))
    ])
    return road, org, fac, reference


@pytest.mark.parametrize("backend", ["scipy", "python"])
def test_nearest_equals_reference(town, backend):
    road, org, fac, reference = town
    dist, which = NetworkReach(road, backend=backend).nearest(org, fac)
    expected = reference.min(axis=1)
    assert np.array_equal(np.isfinite(dist), np.isfinite(expected))
    finite = np.isfinite(expected)
    assert np.allclose(dist[finite], expected[finite], rtol=1e-12, atol=1e-9)
    assert np.allclose(reference[np.arange(len(dist))[finite], which[finite]], expected[finite])
    assert (which[~finite] == -1).all()


@pytest.mark.parametrize("backend", ["scipy", "python"])
@pytest.mark.parametrize("radius", [150.0, 600.0])
def test_pairs_within_equal_reference(town, backend, radius):
    road, org, fac, reference = town
    o, f, d = NetworkReach(road, backend=backend).pairs_within(org, fac, radius)
    expected = {(i, k): reference[i, k] for i in range(reference.shape[0]) for k in range(reference.shape[1])
                if reference[i, k] <= radius}
    got = {(i, k): v for i, k, v in zip(o.tolist(), f.tolist(), d.tolist())}
    assert set(got) == set(expected)
    assert all(abs(got[key] - expected[key]) < 1e-9 for key in got)


def test_nearest_by_subset_and_limit(town):
    road, org, fac, reference = town
    which = np.array([3, 5, 7])
    dist, found = NetworkReach(road).nearest(org, fac, which, limit=400.0)
    expected = reference[:, which].min(axis=1)
    within = expected <= 400.0
    assert np.allclose(dist[within], expected[within])
    assert np.isinf(dist[~within]).all() and (found[~within] == -1).all()
    assert set(found[within].tolist()) <= set(which.tolist())


def test_same_segment_respects_one_way():
    # one straight one-way road 0 -> 100; facility at 60 m; origins at 20 m and 80 m
    road = g.RoadGraph.from_polylines(np.array([[0.0, 0.0], [100.0, 0.0]]), np.array([0, 2]), np.array([g.FORWARD]))
    index = SegmentIndex.for_graph(road)
    fac = index.snap(np.array([[60.0, 5.0]]))
    org = index.snap(np.array([[20.0, -3.0], [80.0, 1.0]]))
    dist, _ = NetworkReach(road).nearest(org, fac)
    assert dist[0] == pytest.approx(40.0)  # drives ahead to it
    assert np.isinf(dist[1])  # it lies behind, against the one-way direction


def test_time_cost_with_speeds():
    coords = np.array([[0.0, 0.0], [1000.0, 0.0], [1000.0, 0.0], [2000.0, 0.0]])
    road = g.RoadGraph.from_polylines(coords, np.array([0, 2, 4]), None, np.array([36.0, 72.0]))
    index = SegmentIndex.for_graph(road)
    org, fac = index.snap(np.array([[0.0, 0.0]])), index.snap(np.array([[2000.0, 0.0]]))
    seconds, _ = NetworkReach(road, "time").nearest(org, fac)
    assert seconds[0] == pytest.approx(100.0 + 50.0)
