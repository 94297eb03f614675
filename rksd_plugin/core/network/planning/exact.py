"""The three location problems as mixed-integer programs, solved by HiGHS (scipy's ``milp``).

Exact where the size allows: the result says whether the optimum was proven (``status``
"optimal", within a relative gap of ``GAP``), or the time limit ended the search with the
best solution and HiGHS's proven bound. Formulations:

- p-median (ReVelle & Swain 1970, the strong form): assign every demand point to one
  open site (x), open k free sites (y), x_ij <= y_j. Pairs a point never needs are left
  out: with fixed sites, every site farther than the nearest fixed one. Optional
  capacities: sum_i w_i x_ij <= Q_j y_j (assignment is then no longer to the nearest).
- maximal covering: open k free sites, a demand group counts when some open site covers it.
- set cover for a share: the fewest free sites covering at least the target weight.

scipy is required here; without it the heuristics still run (``available()`` says so).
"""
import time
from collections import namedtuple

import numpy as np

GAP = 1e-6  # relative optimality tolerance asked from HiGHS
MAX_PAIRS = 250_000  # p-median assignment variables above which the exact model is not built

ExactResult = namedtuple("ExactResult", "sites objective bound status seconds variables")
ExactResult.__doc__ = """Chosen free sites, objective, HiGHS's proven bound, status, solve time, model size."""

OPTIMAL, TIME_LIMIT, INFEASIBLE, TOO_LARGE, FAILED = "optimal", "time_limit", "infeasible", "too_large", "failed"


def available():
    try:
        from scipy.optimize import milp  # noqa: F401
    except ImportError:
        return False
    return True


def pmedian_pairs(M, fixed=()):
    """The (demand row, site) pairs the p-median model needs, and the fixed fallback cost.

    A point never goes farther than its nearest fixed (always open) site, so pairs with
    sites at least that far are dropped; the point keeps one 'fixed' assignment instead.
    """
    n, m = M.shape
    fixed = np.asarray(fixed, dtype=np.int64)
    free = np.setdiff1d(np.arange(m), fixed)
    fallback = M[:, fixed].min(axis=1).astype(np.float64) if fixed.size else np.full(n, np.inf)
    rows, cols = [], []
    for start in range(0, n, 8192):
        block = M[start:start + 8192][:, free]
        r, c = np.nonzero(block < fallback[start:start + 8192, None])
        rows.append(r + start)
        cols.append(free[c])
    return np.concatenate(rows), np.concatenate(cols), fallback


def count_pmedian_variables(M, fixed=()):
    rows, _, fallback = pmedian_pairs(M, fixed)
    return int(rows.size + np.isfinite(fallback).sum())


def solve_pmedian(M, w, k, fixed=(), capacity=None, time_limit=60.0, max_pairs=MAX_PAIRS):
    """Optimal ``k`` free sites (plus ``fixed``) for least weighted distance."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_matrix

    began = time.perf_counter()
    n, m = M.shape
    w = np.asarray(w, dtype=np.float64)
    fixed = np.asarray(fixed, dtype=np.int64)
    if capacity is not None:  # with capacities a point may have to go past its nearest fixed site
        rows = np.repeat(np.arange(n), m)
        cols = np.tile(np.arange(m), n)
        fallback = np.full(n, np.inf)
    else:
        rows, cols, fallback = pmedian_pairs(M, fixed)
    has_fallback = np.nonzero(np.isfinite(fallback))[0]
    n_x = rows.size + has_fallback.size
    if n_x > max_pairs:
        return ExactResult([], None, None, TOO_LARGE, 0.0, n_x)
    free = np.setdiff1d(np.arange(m), fixed)
    y_of = np.full(m, -1, dtype=np.int64)
    y_of[free] = n_x + np.arange(free.size)
    is_free_pair = y_of[cols] >= 0
    n_var = n_x + free.size
    cost = np.concatenate([w[rows] * M[rows, cols].astype(np.float64), w[has_fallback] * fallback[has_fallback],
                           np.zeros(free.size)])
    x_rows = np.concatenate([rows, has_fallback])
    assign = csr_matrix((np.ones(n_x), (x_rows, np.arange(n_x))), shape=(n, n_var))
    pair_index = np.nonzero(is_free_pair)[0]
    link = csr_matrix((np.concatenate([np.ones(pair_index.size), -np.ones(pair_index.size)]),
                       (np.concatenate([np.arange(pair_index.size)] * 2),
                        np.concatenate([pair_index, y_of[cols[pair_index]]]))),
                      shape=(pair_index.size, n_var))
    count = csr_matrix((np.ones(free.size), (np.zeros(free.size, dtype=np.int64), n_x + np.arange(free.size))),
                       shape=(1, n_var))
    constraints = [LinearConstraint(assign, 1, 1), LinearConstraint(link, -np.inf, 0), LinearConstraint(count, k, k)]
    if capacity is not None:
        capacity = np.asarray(capacity, dtype=np.float64)
        load_rows = cols
        coefficient = w[rows]
        # sum_i w_i x_ij - Q_j y_j <= 0 (free sites); fixed sites: sum_i w_i x_ij <= Q_j
        cap_matrix = csr_matrix((np.concatenate([coefficient, -capacity[free]]),
                                 (np.concatenate([load_rows, free]), np.concatenate([np.arange(rows.size), y_of[free]]))),
                                shape=(m, n_var))
        upper = np.where(y_of >= 0, 0.0, capacity)
        constraints.append(LinearConstraint(cap_matrix, -np.inf, upper))
    integrality = np.concatenate([np.zeros(n_x), np.ones(free.size)])
    options = {"time_limit": float(time_limit), "mip_rel_gap": GAP}
    result = milp(cost, integrality=integrality, bounds=Bounds(0, 1), constraints=constraints, options=options)
    seconds = time.perf_counter() - began
    if result.x is None:
        status = INFEASIBLE if result.status == 2 else (TIME_LIMIT if result.status == 1 else FAILED)
        return ExactResult([], None, getattr(result, "mip_dual_bound", None), status, seconds, n_var)
    chosen = [int(s) for s in free[np.round(result.x[n_x:]).astype(bool)]]
    status = OPTIMAL if result.status == 0 else TIME_LIMIT
    bound = getattr(result, "mip_dual_bound", None)
    return ExactResult(chosen, float(result.fun), None if bound is None else float(bound), status, seconds, n_var)


def _coverage_model(coverage):
    """(sites as variables, group x site incidence) of the free sites."""
    from scipy.sparse import csr_matrix

    sites = np.unique(coverage.pair_site)
    column = np.full(coverage.n_sites, -1, dtype=np.int64)
    column[sites] = np.arange(sites.size)
    incidence = csr_matrix((np.ones(coverage.pair_site.size), (coverage.pair_group, column[coverage.pair_site])),
                           shape=(coverage.n_groups, sites.size))
    return sites, incidence


def solve_max_cover(coverage, k, time_limit=60.0):
    """Optimal ``k`` free sites covering the most demand (objective: covered weight)."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import hstack, identity, csr_matrix

    began = time.perf_counter()
    sites, incidence = _coverage_model(coverage)
    g, s = coverage.n_groups, sites.size
    if s == 0 or k == 0:
        return ExactResult([], coverage.fixed_weight, coverage.fixed_weight, OPTIMAL, 0.0, 0)
    k = min(k, s)
    # variables: y (s sites) then z (g groups); z_g <= sum_j a_gj y_j
    link = hstack([-incidence, identity(g, format="csr")], format="csr")
    count = csr_matrix(np.concatenate([np.ones(s), np.zeros(g)])[None, :])
    cost = np.concatenate([np.zeros(s), -coverage.group_weight])
    result = milp(cost, integrality=np.concatenate([np.ones(s), np.zeros(g)]), bounds=Bounds(0, 1),
                  constraints=[LinearConstraint(link, -np.inf, 0), LinearConstraint(count, k, k)],
                  options={"time_limit": float(time_limit), "mip_rel_gap": GAP})
    seconds = time.perf_counter() - began
    if result.x is None:
        return ExactResult([], None, None, TIME_LIMIT if result.status == 1 else FAILED, seconds, s + g)
    chosen = [int(v) for v in sites[np.round(result.x[:s]).astype(bool)]]
    covered = coverage.covered_weight(chosen)
    bound = getattr(result, "mip_dual_bound", None)
    bound = None if bound is None else coverage.fixed_weight - float(bound)
    return ExactResult(chosen, covered, bound, OPTIMAL if result.status == 0 else TIME_LIMIT, seconds, s + g)


def solve_set_cover(coverage, target, time_limit=60.0):
    """The fewest free sites covering at least ``target`` weight (objective: number of sites)."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import hstack, identity, csr_matrix

    began = time.perf_counter()
    need = target - coverage.fixed_weight
    if need <= 0:
        return ExactResult([], 0.0, 0.0, OPTIMAL, 0.0, 0)
    sites, incidence = _coverage_model(coverage)
    g, s = coverage.n_groups, sites.size
    link = hstack([-incidence, identity(g, format="csr")], format="csr")
    reach = csr_matrix(np.concatenate([np.zeros(s), coverage.group_weight])[None, :])
    cost = np.concatenate([np.ones(s), np.zeros(g)])
    result = milp(cost, integrality=np.concatenate([np.ones(s), np.zeros(g)]), bounds=Bounds(0, 1),
                  constraints=[LinearConstraint(link, -np.inf, 0), LinearConstraint(reach, need, np.inf)],
                  options={"time_limit": float(time_limit), "mip_rel_gap": GAP})
    seconds = time.perf_counter() - began
    if result.x is None:
        status = INFEASIBLE if result.status == 2 else (TIME_LIMIT if result.status == 1 else FAILED)
        return ExactResult([], None, None, status, seconds, s + g)
    chosen = [int(v) for v in sites[np.round(result.x[:s]).astype(bool)]]
    bound = getattr(result, "mip_dual_bound", None)
    return ExactResult(chosen, float(len(chosen)), None if bound is None else float(np.ceil(bound - 1e-6)),
                       OPTIMAL if result.status == 0 else TIME_LIMIT, seconds, s + g)
