"""Per-origin reachability: explicit statuses, categories, counts, both backends."""
import numpy as np
import pytest

from rksd_plugin.core.errors import Cancelled
from rksd_plugin.core.network import reachability as r
from rksd_plugin.core.network.graph import RoadGraph


def two_parts():
    """A 1 km east-west road, and an unconnected 200 m road 500 m north of it."""
    coords = np.array([[0.0, 0.0], [500.0, 0.0], [500.0, 0.0], [1000.0, 0.0], [0.0, 500.0], [200.0, 500.0]])
    return RoadGraph.from_polylines(coords, np.array([0, 2, 4, 6]))


FACILITIES = np.array([[100.0, 5.0], [900.0, -5.0]])
CATEGORIES = ["huisarts", "supermarkt"]
ORIGINS = np.array([[300.0, 10.0], [880.0, 0.0], [100.0, 495.0]])


@pytest.mark.parametrize("backend", ["scipy", "python"])
def test_statuses_and_distances(backend):
    result = r.analyse(ORIGINS, FACILITIES, CATEGORIES, [100.0, 700.0], 650.0, two_parts(), backend=backend)
    assert result.method == r.NETWORK
    overall = result.groups[None]
    assert overall.network[0] == pytest.approx(200.0)
    assert overall.network[1] == pytest.approx(20.0)
    assert np.isinf(overall.network[2])  # never a silent 0
    assert overall.status.tolist() == [r.OK, r.OK, r.NO_CONNECTION]
    assert overall.facility.tolist() == [0, 1, -1]
    # the straight-line distance is still given for the unconnected origin
    assert overall.line[2] == pytest.approx(np.hypot(0, 490.0))
    supermarket = result.groups["supermarkt"]
    assert supermarket.network[0] == pytest.approx(600.0)
    assert np.isinf(supermarket.network[2]) and supermarket.status[2] == r.NO_CONNECTION
    huisarts = result.groups["huisarts"]
    assert huisarts.status[1] == r.BEYOND_MAX  # 780 m > 650 m maximum, but connected
    assert overall.counts[100.0].tolist() == [0, 1, 0]
    assert overall.counts[700.0].tolist() == [2, 1, 0]
    assert result.summary()["all"] == {"ok": 2, "beyond_max": 0, "no_connection": 1}


def test_straight_line_mode():
    result = r.analyse(ORIGINS, FACILITIES, None, [250.0], 10000.0, None)
    assert result.method == r.STRAIGHT_LINE
    overall = result.groups[None]
    assert overall.network is None
    assert overall.distance[0] == pytest.approx(np.hypot(200.0, 5.0))
    assert overall.counts[250.0].tolist() == [1, 1, 0]
    far = r.analyse(ORIGINS, FACILITIES, None, (), 100.0, None).groups[None]
    assert far.status.tolist() == [r.BEYOND_MAX, r.OK, r.BEYOND_MAX]
    assert np.isinf(far.distance[0]) and far.facility[0] == -1


def test_backends_agree_on_a_random_town():
    from tests.support.network_synthetic import points_along, town_grid

    coords, starts = town_grid(3000, seed=9)
    road = RoadGraph.from_polylines(coords, starts)
    facilities = points_along(coords, starts, 25, seed=10)
    origins = points_along(coords, starts, 500, seed=11)
    cats = ["a" if i % 3 else "b" for i in range(25)]
    fast = r.analyse(origins, facilities, cats, [300.0, 1000.0], np.inf, road, backend="scipy")
    slow = r.analyse(origins, facilities, cats, [300.0, 1000.0], np.inf, road, backend="python")
    for key in (None, "a", "b"):
        a, b = fast.groups[key], slow.groups[key]
        assert np.allclose(a.network, b.network, equal_nan=True)
        assert np.allclose(a.line, b.line)
        assert a.status.tolist() == b.status.tolist()
        for radius in (300.0, 1000.0):
            assert a.counts[radius].tolist() == b.counts[radius].tolist()


def test_progress_and_cancel():
    seen = []
    r.analyse(ORIGINS, FACILITIES, None, [500.0], np.inf, two_parts(), progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        r.analyse(ORIGINS, FACILITIES, None, [500.0], np.inf, two_parts(), cancelled=lambda: True)


def test_travel_time_only_where_asked():
    result = r.analyse(ORIGINS[:2], FACILITIES, None, (), np.inf, two_parts(), with_time=True, default_speed=36.0)
    assert result.groups[None].time[0] == pytest.approx(200.0 / 10.0 / 60.0)


@pytest.mark.parametrize("with_graph", [True, False])
def test_spatial_order_inside_changes_nothing_outside(monkeypatch, with_graph):
    """Many origins are computed in the grid's cell order; every figure comes back per origin as given."""
    rng = np.random.default_rng(8)
    xs = np.arange(0.0, 2001.0, 100.0)
    coords, starts = [], []
    for x in xs:  # a 100 m street grid, one polyline per street
        starts.append(len(coords))
        coords += [[x, 0.0], [x, 2000.0]]
        starts.append(len(coords))
        coords += [[0.0, x], [2000.0, x]]
    graph = RoadGraph.from_polylines(np.array(coords), np.array(starts + [len(coords)])) if with_graph else None
    origins = rng.uniform(-50, 2050, (12000, 2))
    origins[7] = np.nan  # no geometry
    facilities = rng.uniform(0, 2000, (25, 2))
    categories = ["a" if i % 3 else "b" for i in range(25)]
    assert len(origins) >= r.SPATIAL_ORDER_FROM  # this run is computed in spatial order
    ordered = r.analyse(origins, facilities, categories, [150.0, 400.0], 900.0, graph, with_time=with_graph)
    monkeypatch.setattr(r, "SPATIAL_ORDER_FROM", 10 ** 9)
    plain = r.analyse(origins, facilities, categories, [150.0, 400.0], 900.0, graph, with_time=with_graph)
    for key in (None, "a", "b"):
        one, other = ordered.groups[key], plain.groups[key]
        for name in ("network", "time", "line"):
            if with_graph or name == "line":
                assert np.array_equal(getattr(one, name), getattr(other, name), equal_nan=True)
            else:
                assert getattr(one, name) is None and getattr(other, name) is None
        assert np.array_equal(one.facility, other.facility) and np.array_equal(one.status, other.status)
        assert all(np.array_equal(one.counts[k], other.counts[k]) for k in (150.0, 400.0))
    assert (ordered.groups[None].status == r.OK).sum() > 3000  # a real answer, not all missing
    assert np.isinf(ordered.groups[None].line[7]) and ordered.groups[None].facility[7] == -1  # no coordinates
    assert all(counts[7] == 0 for counts in ordered.groups[None].counts.values())
    if with_graph:
        assert all(np.array_equal(a, b, equal_nan=True) for a, b in zip(ordered.origin_snap, plain.origin_snap))
