"""The three location problems against brute force on small cases with known optima.

Every subset of candidates is priced by enumeration (the known optimum); the exact
model (HiGHS) must find it, the heuristic must come within its own proven bound, and the
bound must never exceed (p-median, set cover) or undercut (max cover) the optimum.
"""
import itertools

import numpy as np
import pytest

from rksd_plugin.core.network.planning import choose, covering, exact, pmedian

needs_milp = pytest.mark.skipif(not exact.available(), reason="scipy's milp (HiGHS) is not installed")


def instance(seed):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(12, 40)), int(rng.integers(5, 11))
    points = rng.uniform(0, 1000, (n, 2))
    sites = rng.uniform(0, 1000, (m, 2))
    M = np.hypot(points[:, None, 0] - sites[None, :, 0], points[:, None, 1] - sites[None, :, 1]).astype(np.float32)
    w = rng.integers(1, 6, n).astype(float)
    fixed = [0] if seed % 3 == 0 else []
    k = min(int(rng.integers(1, 4)), m - len(fixed))
    return M, w, fixed, k


def free_sites(M, fixed):
    return [j for j in range(M.shape[1]) if j not in fixed]


def brute_pmedian(M, w, fixed, k):
    return min(pmedian.total_cost(M, w, fixed + list(c)) for c in itertools.combinations(free_sites(M, fixed), k))


@needs_milp
@pytest.mark.parametrize("seed", range(12))
def test_pmedian_exact_equals_brute_force_and_bounds_hold(seed):
    M, w, fixed, k = instance(seed)
    optimum = brute_pmedian(M, w, fixed, k)
    solved = exact.solve_pmedian(M, w, k, fixed)
    assert solved.status == exact.OPTIMAL
    assert solved.objective == pytest.approx(optimum, rel=1e-6)
    assert pmedian.total_cost(M, w, fixed + solved.sites) == pytest.approx(optimum, rel=1e-6)
    heuristic = choose.choose_pmedian(M.copy(), w, k, fixed, method=choose.HEURISTIC)
    assert heuristic.bound <= optimum * (1 + 1e-9)  # a proven lower bound never exceeds the optimum
    assert heuristic.objective >= optimum * (1 - 1e-9)
    assert heuristic.objective <= optimum * 1.01  # within 1 %
    assert len(heuristic.sites) == k and not set(heuristic.sites) & set(fixed)


@needs_milp
@pytest.mark.parametrize("seed", range(12))
def test_max_cover_exact_equals_brute_force_and_bound_holds(seed):
    M, w, fixed, k = instance(seed)
    o, s = np.nonzero(M <= 300.0)
    coverage = covering.Coverage(o, s, w, M.shape[1], fixed)
    optimum = max(coverage.covered_weight(list(c)) for c in itertools.combinations(free_sites(M, fixed), k))
    solved = exact.solve_max_cover(coverage, k)
    assert solved.status == exact.OPTIMAL
    assert solved.objective == pytest.approx(optimum)
    heuristic = choose.choose_max_cover(coverage, k, method=choose.HEURISTIC)
    assert heuristic.bound >= optimum - 1e-9
    assert heuristic.objective <= optimum + 1e-9
    automatic = choose.choose_max_cover(coverage, k)
    assert automatic.objective == pytest.approx(optimum) and automatic.status == exact.OPTIMAL


@needs_milp
@pytest.mark.parametrize("seed", range(12))
def test_set_cover_exact_equals_brute_force_and_bound_holds(seed):
    M, w, fixed, _ = instance(seed)
    o, s = np.nonzero(M <= 350.0)
    coverage = covering.Coverage(o, s, w, M.shape[1], fixed)
    share = 0.6
    target = share * w.sum() * (1 - 1e-12)
    if coverage.coverable_weight < target:
        with pytest.raises(choose.ProblemError):
            choose.choose_set_cover(coverage, share)
        return
    free = free_sites(M, fixed)
    optimum = next(size for size in range(len(free) + 1)
                   if any(coverage.covered_weight(list(c)) >= target for c in itertools.combinations(free, size)))
    solved = choose.choose_set_cover(coverage, share, method=choose.EXACT)
    assert solved.objective == optimum and solved.status == exact.OPTIMAL
    assert coverage.covered_weight(solved.sites) >= target
    heuristic = choose.choose_set_cover(coverage, share, method=choose.HEURISTIC)
    assert heuristic.bound <= optimum <= heuristic.objective
    assert coverage.covered_weight(heuristic.sites) >= target


def test_coverage_groups_merge_only_identical_site_sets():
    # points 0 and 2 are covered by exactly {1, 3}; point 1 by {1}; point 3 by nothing
    o = np.array([0, 0, 1, 2, 2])
    s = np.array([3, 1, 1, 1, 3])
    w = np.array([2.0, 5.0, 7.0, 11.0])
    coverage = covering.Coverage(o, s, w, 4)
    assert coverage.n_groups == 2
    assert sorted(coverage.group_weight.tolist()) == [5.0, 9.0]
    assert coverage.group_of_demand[0] == coverage.group_of_demand[2] != coverage.group_of_demand[1]
    assert coverage.group_of_demand[3] == -1
    assert coverage.covered_weight([3]) == 9.0 and coverage.covered_weight([1]) == 14.0


def test_interchange_running_sums_equal_a_fresh_pricing_after_swaps():
    rng = np.random.default_rng(5)
    M = rng.uniform(0, 1000, (300, 25)).astype(np.float32)
    w = rng.integers(1, 4, 300).astype(float)
    search = pmedian.Interchange(M, w, [0, 1, 2, 3], n_fixed=1)
    for out, into in ((1, 10), (3, 17), (2, 4)):
        search.apply(out, into)
        fresh = pmedian.Interchange(M, w, search.open.copy(), n_fixed=1)
        assert np.allclose(search.gain, fresh.gain, rtol=1e-5, atol=1e-2)
        assert np.allclose(search.loss, fresh.loss, rtol=1e-5, atol=1e-2)
        assert np.allclose(search.extra, fresh.extra, rtol=1e-5, atol=1e-2)
        # every swap price equals the change of the total when actually swapped
        out_pos, site, change = search.best_swap()
        trial = search.open.copy()
        trial[out_pos] = site
        assert pmedian.total_cost(M, w, trial) - search.cost() == pytest.approx(change, rel=1e-4, abs=1e-2)


def test_lagrangian_bound_is_valid_and_close_on_a_larger_case():
    rng = np.random.default_rng(11)
    points = rng.uniform(0, 5000, (400, 2))
    sites = rng.uniform(0, 5000, (40, 2))
    M = np.hypot(points[:, None, 0] - sites[None, :, 0], points[:, None, 1] - sites[None, :, 1]).astype(np.float32)
    w = np.ones(400)
    result = choose.choose_pmedian(M.copy(), w, 4, method=choose.HEURISTIC)
    if exact.available():
        optimum = exact.solve_pmedian(M, w, 4, time_limit=120).objective
        assert result.bound <= optimum * (1 + 1e-9)
        assert result.objective <= optimum * 1.01
    assert 0.0 <= result.gap < 0.02


def test_aggregated_search_then_polish_matches_the_plain_search():
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 3000, (3000, 2))
    sites = rng.uniform(0, 3000, (30, 2))
    M = np.hypot(xy[:, None, 0] - sites[None, :, 0], xy[:, None, 1] - sites[None, :, 1]).astype(np.float32)
    w = rng.integers(1, 3, 3000).astype(float)
    groups = pmedian.grid_groups(xy, target=300)
    assert groups is not None and groups.max() + 1 <= 450
    cells = choose.choose_pmedian(M.copy(), w, 4, method=choose.HEURISTIC, groups=groups)
    plain = choose.choose_pmedian(M.copy(), w, 4, method=choose.HEURISTIC)
    assert cells.objective <= plain.objective * 1.005
    assert cells.objective == pytest.approx(pmedian.total_cost(M, w, cells.sites))


def test_penalty_replaces_unreachable_pairs_and_is_reported():
    M = np.array([[1.0, np.inf], [np.inf, 2.0]], dtype=np.float32)
    penalty = choose.penalised(M)
    assert penalty == pytest.approx(5.0) and np.isfinite(M).all()
    assert choose.penalised(np.ones((2, 2), dtype=np.float32)) is None


def test_impossible_requests_are_refused_with_a_reason():
    M = np.ones((3, 2), dtype=np.float32)
    with pytest.raises(choose.ProblemError):
        choose.choose_pmedian(M, np.ones(3), 3)
    coverage = covering.Coverage(np.array([0]), np.array([0]), np.ones(3), 2)
    with pytest.raises(choose.ProblemError, match="33.3"):
        choose.choose_set_cover(coverage, 0.9)


@needs_milp
def test_capacities_move_demand_past_its_nearest_site():
    # two sites; site 0 is nearest for everyone but can take only 2 of the 4 units
    M = np.array([[1.0, 10.0], [1.0, 10.0], [2.0, 10.0], [2.0, 10.0]], dtype=np.float32)
    w = np.ones(4)
    solved = exact.solve_pmedian(M, w, 2, capacity=np.array([2.0, 10.0]))
    assert solved.status == exact.OPTIMAL and sorted(solved.sites) == [0, 1]
    assert solved.objective == pytest.approx(1 + 1 + 10 + 10)
    uncapacitated = exact.solve_pmedian(M, w, 2)
    assert uncapacitated.objective == pytest.approx(6.0)
    too_small = exact.solve_pmedian(M, w, 2, capacity=np.array([1.0, 1.0]))
    assert too_small.status == exact.INFEASIBLE
