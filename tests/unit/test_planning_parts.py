"""Distances, scenarios, closures and demand spreading of the planning core."""
import numpy as np
import pytest

from rksd_plugin.core.network.graph import RoadGraph
from rksd_plugin.core.network.planning import closure, demand, scenario
from rksd_plugin.core.network.planning.chains import ChainGraph
from rksd_plugin.core.network.planning.costs import SiteDistances
from tests.support.network_synthetic import points_along, town_grid


def oneway_town(seed=2):
    """A SYNTHETIC grid with bends and some one-way streets."""
    coords, starts = town_grid(2500, seed=seed)
    rng = np.random.default_rng(seed)
    directions = rng.choice([0, 0, 0, 1, 2], len(starts) - 1)
    return coords, starts, RoadGraph.from_polylines(coords, starts, part_dir=directions)


@pytest.mark.parametrize("backend", ["scipy", "python"])
def test_matrix_equals_one_nearest_search_per_site_with_one_way_streets(backend):
    coords, starts, graph = oneway_town()
    points = np.vstack([points_along(coords, starts, 600, seed=4), coords[:40]])  # some exactly on nodes
    sites = points_along(coords, starts, 12, seed=5)
    distances = SiteDistances(points, sites, graph, backend=backend)
    matrix = distances.matrix()
    for site in range(len(sites)):
        expected, _ = distances.nearest([site])  # the reachability analysis's own search
        reached = np.isfinite(expected)
        assert (np.isfinite(matrix[:, site]) == reached).all()
        assert np.allclose(matrix[reached, site], expected[reached], rtol=1e-6, atol=2e-3)


def test_best_two_and_nearest_agree_with_the_matrix():
    coords, starts, graph = oneway_town(3)
    points = points_along(coords, starts, 500, seed=6)
    sites = points_along(coords, starts, 9, seed=7)
    distances = SiteDistances(points, sites, graph)
    matrix = distances.matrix().astype(np.float64)
    d1, s1, d2, _ = distances.best_two()
    ordered = np.sort(matrix, axis=1)
    assert np.allclose(np.where(np.isfinite(d1), d1, -1), np.where(np.isfinite(ordered[:, 0]), ordered[:, 0], -1))
    assert np.allclose(np.where(np.isfinite(d2), d2, -1), np.where(np.isfinite(ordered[:, 1]), ordered[:, 1], -1))
    near, which = distances.nearest()
    ok = np.isfinite(near)
    assert np.allclose(near[ok], d1[ok], atol=2e-3)
    assert (matrix[ok, which[ok]] == pytest.approx(near[ok], abs=2e-3))


def test_chains_fold_pass_through_nodes_and_keep_one_way_segments():
    # a bent two-way street 0-1-2-3 (1 and 2 pass through), then a one-way street 3->4
    node_xy = np.array([[0, 0], [10, 0], [20, 0], [30, 0], [40, 0]], dtype=float)
    graph = RoadGraph(node_xy, [0, 1, 2, 3], [1, 2, 3, 4], seg_dir=[0, 0, 0, 1])
    chains = ChainGraph(graph)
    assert chains.n_nodes == 3  # nodes 0, 3 and 4 remain
    assert sorted(chains.chain_len.tolist()) == [10.0, 30.0]
    far = SiteDistances(np.array([[15.0, 1.0]]), np.array([[40.0, 1.0], [0.0, 1.0]]), graph)
    matrix = far.matrix()
    assert matrix[0, 0] == pytest.approx(25.0)  # along the chain, then with the one-way street
    assert matrix[0, 1] == pytest.approx(15.0)
    back = SiteDistances(np.array([[40.0, 1.0]]), np.array([[15.0, 1.0]]), graph)
    assert not np.isfinite(back.matrix()[0, 0])  # against the one-way street: no way back


def test_straight_line_distances_without_a_network():
    distances = SiteDistances(np.array([[0.0, 0.0], [3.0, 4.0]]), np.array([[0.0, 0.0], [6.0, 8.0]]))
    assert distances.method == "straight_line"
    assert np.allclose(distances.matrix(), [[0, 10], [5, 5]])
    assert np.allclose(distances.nearest()[0], [0, 5])


def test_scenario_change_and_threshold_crossings():
    before = np.array([400.0, 900.0, 1200.0, np.inf, 500.0])
    after = np.array([1100.0, 800.0, 700.0, 300.0, np.inf])
    weight = np.array([10.0, 20.0, 30.0, 40.0, 50.0])
    area = np.array([0, 0, 1, 1, -1])
    result = scenario.compare(before, np.zeros(5, dtype=int), {"s": (after, np.zeros(5, dtype=int))}, weight, 1000.0,
                              area, 2)
    change = result.scenarios["s"]
    assert change.crossing.tolist() == [-1, 0, 1, 1, -1]
    assert np.allclose(change.change[:3], [700, -100, -500]) and np.isnan(change.change[3:]).all()
    summary = result.summary["s"]
    assert summary["worse"] == 60.0 and summary["better"] == 70.0
    assert summary["unreached_before"] == 40.0 and summary["unreached_after"] == 50.0
    figures = result.areas["s"]
    assert figures["worse"].tolist() == [10.0, 0.0] and figures["better"].tolist() == [0.0, 70.0]
    assert figures["mean_before"][0] == pytest.approx((10 * 400 + 20 * 900) / 30)
    assert figures["mean_after"][1] == pytest.approx((30 * 700 + 40 * 300) / 70)
    assert figures["share_within_before"][1] == pytest.approx(0.0)
    assert figures["share_within_after"][1] == pytest.approx(100.0)


def test_scenario_membership_from_field_values():
    assert scenario.parse_membership(["A; B", None, 1, 0, "true", "", True], "S") == [
        ["A", "B"], [], ["S"], [], ["S"], [], ["S"]]
    specs = scenario.specs_from_membership([["A"], [], ["A", "B"]], [["B"], []], 2, "S")
    assert [(s.name, s.closed, s.added) for s in specs] == [("A", [0, 2], []), ("B", [2], [0])]
    everything = scenario.specs_from_membership([[], []], None, 3, "S")
    assert [(s.name, s.closed, s.added) for s in everything] == [("S", [], [0, 1, 2])]
    base, sets = scenario.site_sets(3, specs)
    assert base.tolist() == [0, 1, 2] and sets["A"].tolist() == [1] and sets["B"].tolist() == [0, 1, 3]


def test_closure_impact_equals_recomputing_without_each_site():
    rng = np.random.default_rng(9)
    points = rng.uniform(0, 2000, (400, 2))
    sites = rng.uniform(0, 2000, (6, 2))
    weight = rng.integers(1, 5, 400).astype(float)
    matrix = np.hypot(points[:, None, 0] - sites[None, :, 0], points[:, None, 1] - sites[None, :, 1])
    distances = SiteDistances(points, sites)
    d1, s1, d2, _ = distances.best_two()
    impact = closure.closure_impact(d1, s1, d2, weight, 6, 500.0)
    base = matrix.min(axis=1)
    extras = []
    for site in range(6):
        without = np.delete(matrix, site, axis=1).min(axis=1)
        extra = float(weight @ (without - base))
        pushed = float(weight[(base <= 500) & (without > 500)].sum())
        assert impact.extra_total[site] == pytest.approx(extra, rel=1e-6)  # distances are held in float32
        assert impact.pushed_over[site] == pytest.approx(pushed)
        extras.append(extra)
    assert impact.rank.tolist() == (np.argsort(np.argsort(-np.asarray(extras))) + 1).tolist()
    by_threshold = closure.closure_impact(d1, s1, d2, weight, 6, 500.0, by=closure.BY_THRESHOLD)
    assert by_threshold.rank[int(np.argmax(impact.pushed_over))] == 1


def test_closure_counts_demand_without_any_alternative_first():
    d1 = np.array([100.0, 200.0, 50.0])
    s1 = np.array([0, 1, 1])
    d2 = np.array([np.inf, 300.0, 400.0])
    impact = closure.closure_impact(d1, s1, d2, np.array([1.0, 5.0, 5.0]), 2, 250.0)
    assert impact.no_alternative.tolist() == [1.0, 0.0]
    assert impact.rank.tolist() == [1, 2]  # losing all access outranks any extra distance
    assert impact.extra_total[1] == pytest.approx(5 * 100 + 5 * 350)
    assert impact.pushed_over.tolist() == [1.0, 10.0]


def test_spreading_keeps_every_area_total_and_leaves_missing_counts_missing():
    counts = np.array([100.0, np.nan, 30.0, 12.0])
    area = np.array([0, 0, 0, 1, 2, 2, -1])
    own = np.array([1.0, 3.0, 0.0, 5.0, 0.0, 0.0, 9.0])
    spread = demand.spread_counts(counts, area, own)
    assert spread.weight[:3].tolist() == [25.0, 75.0, 0.0]
    assert np.isnan(spread.weight[3])
    assert spread.weight[4:6].tolist() == [15.0, 15.0]  # no own weight: equal shares
    assert spread.weight[6] == 0.0
    assert spread.missing_areas.tolist() == [1] and spread.empty_areas.tolist() == [3]


def test_identical_points_merge_into_one_with_the_summed_weight():
    xy = np.array([[1.0, 2.0], [3.0, 4.0], [1.0, 2.0]])
    unique, weight, inverse = demand.merge_duplicates(xy, np.array([1.0, 2.0, 3.0]))
    assert len(unique) == 2 and weight[inverse[0]] == 4.0 and inverse[0] == inverse[2]


def test_network_candidates_are_junctions_of_the_main_part_one_per_cell():
    from rksd_plugin.core.network.planning.candidates import junction_candidates

    # a plus at (0,0), a T at (100,0) joined to it, a bend at (0,100); and a separate plus far away
    node_xy = [(0, 0), (-50, 0), (0, -50), (0, 100), (100, 0), (100, 50), (100, -50), (50, 150),
               (5000, 5000), (4950, 5000), (5050, 5000), (5000, 5050)]
    u = [0, 0, 0, 0, 4, 4, 3, 8, 8, 8]
    v = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11]
    graph = RoadGraph(node_xy, u, v)
    assert junction_candidates(graph, 0).tolist() == [0, 4]  # the far plus is a part of its own
    assert junction_candidates(graph, 1000).tolist() == [4]  # one cell: the junction nearest its centre (500, 500)
    assert junction_candidates(graph, 1000, lambda xy: xy[:, 0] < 50).tolist() == [0]  # only inside the area
    assert junction_candidates(graph, 30).tolist() == [0, 4]
    coords, starts, town = oneway_town()
    chosen = junction_candidates(town, 200.0)
    cells = {tuple(c) for c in np.floor(town.node_xy[chosen] / 200.0).astype(int).tolist()}
    assert len(cells) == len(chosen) > 10  # one per cell
    degree = np.bincount(town.seg_u, minlength=town.n_nodes) + np.bincount(town.seg_v, minlength=town.n_nodes)
    every = junction_candidates(town, 0)
    assert (degree[every] >= 3).all() and set(chosen) <= set(every)
    all_cells = {tuple(c) for c in np.floor(town.node_xy[every] / 200.0).astype(int).tolist()}
    assert cells == all_cells  # no cell with a junction is left without a candidate
