"""Snapping onto the nearest road segment is exact (scipy and the grid fallback)."""
import numpy as np
import pytest

from rksd_plugin.core.network.snap import SegmentIndex, project


def brute_force(points, a, b):
    best = []
    for px, py in points:
        _, d, _, _ = project(px, py, a[:, 0], a[:, 1], b[:, 0], b[:, 1])
        best.append(d.min())
    return np.array(best)


@pytest.fixture(scope="module")
def segments():
    rng = np.random.default_rng(3)
    a = rng.uniform(0, 2000, (300, 2))
    # mostly short streets, a few very long roads (which defeat naive midpoint searches)
    length = np.where(rng.random(300) < 0.05, rng.uniform(800, 1500, 300), rng.uniform(10, 120, 300))
    angle = rng.uniform(0, 2 * np.pi, 300)
    b = a + np.column_stack([np.cos(angle), np.sin(angle)]) * length[:, None]
    return a, b


@pytest.mark.parametrize("backend", ["scipy", "python"])
def test_snap_matches_brute_force(segments, backend):
    a, b = segments
    rng = np.random.default_rng(4)
    points = rng.uniform(-300, 2300, (500, 2))
    index = SegmentIndex(a[:, 0], a[:, 1], b[:, 0], b[:, 1], backend=backend)
    snapped = index.snap(points)
    assert np.allclose(snapped.dist, brute_force(points, a, b), atol=1e-9)
    # the snapped point lies on the chosen segment at fraction t, at the reported distance
    sa, sb = a[snapped.seg], b[snapped.seg]
    on_segment = sa + snapped.t[:, None] * (sb - sa)
    assert np.allclose(on_segment[:, 0], snapped.x) and np.allclose(on_segment[:, 1], snapped.y)
    assert np.allclose(np.hypot(points[:, 0] - snapped.x, points[:, 1] - snapped.y), snapped.dist)
    assert ((snapped.t >= 0) & (snapped.t <= 1)).all()


def test_snaps_to_segment_interior_not_to_the_nearest_node():
    # a 1 km road; the point is 10 m beside its middle: the nearest node is 500 m away
    index = SegmentIndex(np.array([0.0]), np.array([0.0]), np.array([1000.0]), np.array([0.0]))
    snapped = index.snap(np.array([[500.0, 10.0]]))
    assert snapped.dist[0] == pytest.approx(10.0)
    assert snapped.t[0] == pytest.approx(0.5)


def brute_force_segments(points, a, b):
    """Per point the lowest-index segment at the smallest distance (computed as the index does)."""
    best = []
    for px, py in points:
        d = a_to_b_squared(px, py, a, b)
        best.append(int(np.flatnonzero(d == d.min())[0]))
    return np.array(best)


def a_to_b_squared(px, py, a, b):
    dx, dy = b[:, 0] - a[:, 0], b[:, 1] - a[:, 1]
    length2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.clip(np.where(length2 > 0, ((px - a[:, 0]) * dx + (py - a[:, 1]) * dy) / length2, 0.0), 0.0, 1.0)
    rx, ry = px - a[:, 0] - t * dx, py - a[:, 1] - t * dy
    return rx * rx + ry * ry


@pytest.mark.parametrize("cell", [None, 3.0, 40.0, 5000.0])
def test_grid_of_any_cell_size_is_exact_and_breaks_ties_by_lowest_index(segments, cell):
    a, b = segments
    # duplicates (exact ties), a zero-length segment, and a copy reversed
    a = np.vstack([a, a[:20], [[1000.0, 1000.0]], b[20:25]])
    b = np.vstack([b, b[:20], [[1000.0, 1000.0]], a[20:25]])
    rng = np.random.default_rng(5)
    points = np.vstack([
        rng.uniform(-3000, 5000, (300, 2)),  # many far outside the grid
        np.round(rng.uniform(0, 2000, (300, 2)) / 40.0) * 40.0,  # on cell borders
        a[:50], (a[:50] + b[:50]) / 2.0,  # on segments and their nodes
        [[1000.0, 1000.0]],
    ])
    index = SegmentIndex(a[:, 0], a[:, 1], b[:, 0], b[:, 1], cell=cell)
    snapped = index.snap(points)
    assert np.allclose(snapped.dist, brute_force(points, a, b), atol=1e-9)
    assert (snapped.seg == brute_force_segments(points, a, b)).all()


def test_points_without_coordinates_and_empty_networks_snap_to_nothing():
    index = SegmentIndex(np.array([0.0]), np.array([0.0]), np.array([10.0]), np.array([0.0]))
    snapped = index.snap(np.array([[np.nan, 1.0], [5.0, 1.0], [np.inf, 0.0]]))
    assert snapped.seg.tolist() == [-1, 0, -1]
    assert np.isinf(snapped.dist[[0, 2]]).all() and snapped.dist[1] == pytest.approx(1.0)
    empty = SegmentIndex(np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0)).snap(np.array([[1.0, 2.0]]))
    assert empty.seg.tolist() == [-1] and np.isnan(empty.x[0])
