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
