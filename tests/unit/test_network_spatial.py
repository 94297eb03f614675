"""Spatial indexes (cKDTree and the numpy grid) against brute force."""
import numpy as np
import pytest

from rksd_plugin.core.network.spatial import GridIndex, KDIndex, expand_ranges


@pytest.fixture(scope="module")
def points():
    rng = np.random.default_rng(11)
    indexed = rng.uniform(0, 1000, (400, 2))
    queries = np.vstack([rng.uniform(-200, 1200, (300, 2)), indexed[:5]])  # some exactly on a point
    return indexed, queries


def brute_pairs(queries, indexed, radius):
    d = np.hypot(*(queries[:, None, :] - indexed[None, :, :]).transpose(2, 0, 1))
    q, p = np.nonzero(d <= radius)
    return set(zip(q.tolist(), p.tolist())), d


@pytest.mark.parametrize("index_class", [KDIndex, GridIndex])
@pytest.mark.parametrize("radius", [0.5, 35.0, 400.0])
def test_pairs_within(points, index_class, radius):
    indexed, queries = points
    expected, d = brute_pairs(queries, indexed, radius)
    q, p, dist = index_class(indexed).pairs_within(queries, radius)
    assert set(zip(q.tolist(), p.tolist())) == expected
    assert np.allclose(dist, d[q, p])


@pytest.mark.parametrize("index_class", [KDIndex, GridIndex])
def test_nearest(points, index_class):
    indexed, queries = points
    _, d = brute_pairs(queries, indexed, 0)
    distance, index = index_class(indexed).nearest(queries)
    assert np.allclose(distance, d.min(axis=1))
    assert np.allclose(d[np.arange(len(queries)), index], d.min(axis=1))


def test_empty_index_answers_nothing():
    for index in (KDIndex(np.zeros((0, 2))), GridIndex(np.zeros((0, 2)))):
        distance, found = index.nearest(np.array([[1.0, 2.0]]))
        assert np.isinf(distance[0]) and found[0] == -1
        assert index.pairs_within(np.array([[1.0, 2.0]]), 10)[0].size == 0


def test_expand_ranges():
    positions, rows = expand_ranges([5, 0, 9], [2, 0, 3])
    assert positions.tolist() == [5, 6, 9, 10, 11]
    assert rows.tolist() == [0, 0, 2, 2, 2]
