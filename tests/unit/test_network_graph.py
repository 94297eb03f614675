"""The road graph: nodes at shared vertices, one-way arcs, tolerance, components."""
import numpy as np
import pytest

from rksd_plugin.core.network import graph as g


def build(lines, directions=None, tolerance=0.0, speeds=None):
    coords = np.array([p for line in lines for p in line], dtype=float)
    starts = np.concatenate(([0], np.cumsum([len(line) for line in lines])))
    return g.RoadGraph.from_polylines(coords, starts, directions, speeds, tolerance)


def test_lines_connect_only_at_shared_vertices():
    # a T junction sharing (10,0), and a line crossing without a shared vertex
    road = build([[(0, 0), (10, 0), (20, 0)], [(10, 0), (10, 10)], [(5, -5), (5, 5)]])
    assert road.n_nodes == 6
    assert road.n_segments == 4
    labels = road.components()
    assert len(set(labels.tolist())) == 2  # the crossing line is its own part
    assert np.allclose(sorted(road.seg_len), [10, 10, 10, 10])


def test_tolerance_merges_nearly_equal_ends():
    lines = [[(0, 0), (10, 0)], [(10.0004, 0.0003), (20, 0)]]
    assert len(set(build(lines).components().tolist())) == 2
    assert len(set(build(lines, tolerance=0.01).components().tolist())) == 1


def test_zero_length_segments_are_dropped_and_parts_tracked():
    road = build([[(0, 0), (0, 0), (5, 0)], [(5, 0), (5, 3)]])
    assert road.n_segments == 2
    assert road.seg_part.tolist() == [0, 1]


def test_one_way_arcs():
    road = build([[(0, 0), (10, 0)], [(10, 0), (10, 10)]], directions=[g.BOTH, g.BACKWARD])
    src, dst, _ = road.arcs()
    arcs = set(zip(src.tolist(), dst.tolist()))
    u, v = road.seg_u[1], road.seg_v[1]
    assert (v, u) in arcs and (u, v) not in arcs  # backward only
    assert (road.seg_u[0], road.seg_v[0]) in arcs and (road.seg_v[0], road.seg_u[0]) in arcs


def test_parallel_arcs_keep_the_cheapest_not_the_sum():
    # two roads between the same two nodes, 30 and 60 km/h: the faster one counts
    road = build([[(0, 0), (1000, 0)], [(0, 0), (1000, 0)]], speeds=[30.0, 60.0])
    src, dst, w = road.arcs("time")
    assert len(src) == 2  # one arc per direction
    assert w.tolist() == pytest.approx([60.0, 60.0])


def test_travel_time_from_speeds():
    road = build([[(0, 0), (1000, 0)], [(1000, 0), (2000, 0)]], speeds=[50.0, np.nan])
    seconds = road.segment_cost("time", default_speed=30.0)
    assert seconds.tolist() == pytest.approx([72.0, 120.0])


@pytest.mark.parametrize("value, code", [
    ("yes", g.FORWARD), ("1", g.FORWARD), ("True", g.FORWARD), ("-1", g.BACKWARD),
    ("reverse", g.BACKWARD), ("no", g.BOTH), (None, g.BOTH), ("", g.BOTH),
])
def test_direction_codes(value, code):
    assert g.direction_code(value) == code


def test_components_without_scipy_match(monkeypatch):
    rng = np.random.default_rng(5)
    u = rng.integers(0, 300, 250)
    v = rng.integers(0, 300, 250)
    with_scipy = g._components(300, u, v)
    without = g._components_numpy(300, u, v)
    # same partition (labels may differ)
    pairs = set(zip(with_scipy.tolist(), without.tolist()))
    assert len(pairs) == len(set(with_scipy.tolist())) == len(set(without.tolist()))
