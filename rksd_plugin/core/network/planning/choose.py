"""Where best: choose sites for one of three objectives, exactly where the size allows.

``method``: ``"auto"`` runs the fast heuristic, then the exact model when it is small
enough (and scipy is there) and keeps the better of the two; ``"heuristic"`` runs only
the heuristic; ``"exact"`` insists on the exact model. Every result carries a proven
bound, so the gap says how far from the optimum the answer can at most be: 0 when the
exact solver proved it optimal.
"""
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from ...errors import QT_TRANSLATE_NOOP, RksdError
from . import covering, exact, pmedian

PMEDIAN, MAX_COVER, SET_COVER = "p_median", "max_cover", "set_cover"
AUTO, HEURISTIC, EXACT = "auto", "heuristic", "exact"
METHOD_EXACT, METHOD_HEURISTIC = "exact", "heuristic"


@dataclass
class LocationResult:
    problem: str
    sites: List[int]  # chosen free sites (heuristic: in the order they were added)
    fixed: List[int]
    objective: float  # p-median: weighted distance; max cover: covered weight; set cover: sites
    bound: Optional[float]  # proven: lower (p-median, set cover) or upper (max cover) bound
    method: str  # which solver's answer this is: exact or heuristic
    status: str  # optimal (proven), time_limit, heuristic, too_large, infeasible
    seconds: Dict[str, float] = field(default_factory=dict)
    heuristic_objective: Optional[float] = None
    exact_objective: Optional[float] = None
    exact_status: Optional[str] = None
    exact_variables: Optional[int] = None
    notes: List[str] = field(default_factory=list)

    @property
    def gap(self):
        """Relative distance to the proven bound (0: proven optimal); None without a bound."""
        if self.bound is None or self.objective is None:
            return None
        if self.problem == MAX_COVER:
            return max(0.0, (self.bound - self.objective) / self.bound) if self.bound > 0 else 0.0
        return max(0.0, (self.objective - self.bound) / self.objective) if self.objective > 0 else 0.0

    @property
    def heuristic_gap_to_exact(self):
        """How much worse the heuristic was than the proven optimum (relative), when both ran."""
        if self.heuristic_objective is None or self.exact_objective is None or self.exact_status != exact.OPTIMAL:
            return None
        h, e = self.heuristic_objective, self.exact_objective
        if self.problem == MAX_COVER:
            return (e - h) / e if e > 0 else 0.0
        return (h - e) / e if e > 0 else 0.0


class ProblemError(RksdError):
    """The problem as asked has no answer (too few candidates, a share no sites can reach)."""

    TOO_FEW = QT_TRANSLATE_NOOP("RksdPlanning", "cannot choose {k} sites from {n} candidates")
    NOTHING = QT_TRANSLATE_NOOP("RksdPlanning", "choose at least one site (or keep existing sites open)")
    NO_SOLVER = QT_TRANSLATE_NOOP("RksdPlanning", "the exact solver needs scipy (with HiGHS), which is not available")
    TOO_LARGE = QT_TRANSLATE_NOOP(
        "RksdPlanning", "the exact model would have {variables} assignment variables (limit {limit})")
    CAPACITATED = QT_TRANSLATE_NOOP("RksdPlanning", "the model with capacities: {status} ({variables} variables)")
    SHARE = QT_TRANSLATE_NOOP("RksdPlanning", "at most {share:.1f} % of the demand is within reach of the candidates")


def _clock():
    return time.perf_counter()


def _cpu():
    return pmedian.cpu_clock()


def _exact_wanted(method):
    if method == HEURISTIC:
        return False
    if not exact.available():
        if method == EXACT:
            raise ProblemError(ProblemError.NO_SOLVER)
        return False
    return True


def penalised(M):
    """Unreachable pairs (inf) as a large finite distance, in place; returns the penalty.

    A point that no open site can reach then counts as if it were twice the longest
    reachable distance away: the optimisation avoids leaving demand unreached, and the
    result reports such demand separately."""
    finite = np.isfinite(M)
    if finite.all():
        return None
    longest = float(M[finite].max()) if finite.any() else 1.0
    penalty = np.float32(2.0 * longest + 1.0)
    M[~finite] = penalty
    return float(penalty)


def choose_pmedian(M, w, k, fixed=(), method=AUTO, time_limit=60.0, max_pairs=exact.MAX_PAIRS,
                   search_seconds=5.0, bound_seconds=None, capacity=None, groups=None, seed=0, cancelled=None):
    """``k`` free sites (besides ``fixed``) with the least total of weight x distance.

    ``M`` is demand x sites (float32, finite: see ``penalised``). With ``capacity`` (one
    value per site) only the exact model applies. ``groups`` (a cell per demand row, from
    ``pmedian.grid_groups``) lets the search run on cells of nearby demand first when the
    demand is large; the answer is then polished on every point."""
    n, m = M.shape
    fixed = [int(f) for f in fixed]
    n_free = m - len(set(fixed))
    if k < 0 or k > n_free:
        raise ProblemError(ProblemError.TOO_FEW, k=k, n=n_free)
    if k == 0 and not fixed:
        raise ProblemError(ProblemError.NOTHING)
    w = np.asarray(w, dtype=np.float64)
    seconds = {}
    result = LocationResult(PMEDIAN, [], fixed, None, None, METHOD_HEURISTIC, "heuristic", seconds)
    if capacity is not None:
        _exact_wanted(EXACT)
        began = _clock()
        solved = exact.solve_pmedian(M, w, k, fixed, capacity, time_limit, max_pairs)
        seconds["exact"] = _clock() - began
        _take_exact(result, solved, minimise=True)
        if solved.status in (exact.TOO_LARGE, exact.INFEASIBLE, exact.FAILED) or not solved.sites and k:
            raise ProblemError(ProblemError.CAPACITATED, status=solved.status, variables=solved.variables)
        return result
    began = _clock()
    searched = M, w
    if groups is not None and k and len(fixed) + k > 1:
        searched = pmedian.aggregate(M, w, groups)
        result.notes.append("search on {} demand cells".format(searched[0].shape[0]))
    start = pmedian.greedy(searched[0], searched[1], k, fixed, cancelled)
    seconds["greedy"] = _clock() - began
    order = list(start)
    began = _clock()
    deadline = None if search_seconds is None else _cpu() + search_seconds  # CPU seconds: load-independent
    if k and (len(fixed) + k) > 1:
        if searched[0] is not M:
            coarse = pmedian.Interchange(searched[0], searched[1], fixed + start, n_fixed=len(fixed))
            share = None if deadline is None else _cpu() + 0.7 * max(deadline - _cpu(), 0.0)
            start = coarse.search(deadline=share, seed=seed, cancelled=cancelled)[len(fixed):]
        search = pmedian.Interchange(M, w, fixed + start, n_fixed=len(fixed))
        opened = search.search(deadline=deadline, seed=seed, cancelled=cancelled)[len(fixed):]
        result.notes.append("swaps: {}".format(search.swaps))
        d1 = search.d1.astype(np.float64)
    else:
        opened = start  # one site: the greedy priced every site, so it is optimal
        d1 = M[:, fixed + opened].min(axis=1).astype(np.float64)
    seconds["search"] = _clock() - began
    # keep the greedy order for sites that stayed, swapped-in sites after them
    result.sites = [s for s in order if s in opened] + [s for s in opened if s not in order]
    result.objective = result.heuristic_objective = pmedian.total_cost(M, w, fixed + result.sites)
    began = _clock()
    result.bound = _pmedian_submodular_bound(M, w, fixed + result.sites, d1, k)
    if k and len(fixed) + k == 1:
        result.bound = result.objective  # every single site was priced: proven
    elif k:
        upper = result.objective
        lagrange, iterations = pmedian.lagrangian_bound(
            M, w, k, fixed, start=w * d1, upper=upper, time_limit=bound_seconds,
            max_iterations=300 if bound_seconds is None else 100000, cancelled=cancelled)
        result.notes.append("lagrangian iterations: {}".format(iterations))
        result.bound = max(result.bound, lagrange)
    else:
        result.bound = result.objective
    seconds["bound"] = _clock() - began
    if result.bound >= result.objective * (1 - exact.GAP):
        result.status = exact.OPTIMAL
    if _exact_wanted(method) and result.status != exact.OPTIMAL:
        variables = exact.count_pmedian_variables(M, fixed)
        if variables > max_pairs:
            result.exact_status, result.exact_variables = exact.TOO_LARGE, variables
            if method == EXACT:
                raise ProblemError(ProblemError.TOO_LARGE, variables=variables, limit=max_pairs)
        else:
            began = _clock()
            solved = exact.solve_pmedian(M, w, k, fixed, None, time_limit, max_pairs)
            seconds["exact"] = _clock() - began
            _take_exact(result, solved, minimise=True)
    return result


def _pmedian_submodular_bound(M, w, open_sites, d1, k):
    """Optimum >= cost(S) - the k largest savings one more site could add to S."""
    savings = np.zeros(M.shape[1])
    weights = w.astype(np.float32)
    current = d1.astype(np.float32)
    for start in range(0, M.shape[0], pmedian.CHUNK):
        gain = current[start:start + pmedian.CHUNK, None] - M[start:start + pmedian.CHUNK]
        np.maximum(gain, 0.0, out=gain)
        savings += weights[start:start + pmedian.CHUNK] @ gain
    savings[np.asarray(open_sites, dtype=np.int64)] = 0.0
    return float(np.dot(w, d1)) - float(np.sort(savings)[::-1][:k].sum())


def _take_exact(result, solved, minimise):
    """Record the exact solver's answer and keep it when it is at least as good."""
    result.exact_status, result.exact_variables = solved.status, solved.variables
    if solved.objective is None:
        if solved.bound is not None and result.bound is not None:
            result.bound = max(result.bound, solved.bound) if minimise else min(result.bound, solved.bound)
        return
    result.exact_objective = solved.objective
    better = result.objective is None or (solved.objective <= result.objective * (1 + 1e-12) if minimise
                                          else solved.objective >= result.objective * (1 - 1e-12))
    if solved.bound is not None:
        if result.bound is None:
            result.bound = solved.bound
        else:
            result.bound = max(result.bound, solved.bound) if minimise else min(result.bound, solved.bound)
    if better:
        result.sites, result.objective, result.method = list(solved.sites), solved.objective, METHOD_EXACT
    if solved.status == exact.OPTIMAL:
        result.bound = solved.objective if result.bound is None else (
            max(result.bound, solved.objective) if minimise else min(result.bound, solved.objective))
        result.status = exact.OPTIMAL
    else:
        result.status = exact.TIME_LIMIT if better else result.status


def choose_max_cover(coverage, k, method=AUTO, time_limit=60.0, cancelled=None):
    """``k`` free sites covering the most demand weight."""
    n_free = int(np.unique(coverage.pair_site).size) if coverage.pair_site.size else 0
    if k < 1:
        raise ProblemError(ProblemError.NOTHING)
    seconds = {}
    result = LocationResult(MAX_COVER, [], [int(f) for f in coverage.fixed], None, None, METHOD_HEURISTIC,
                            "heuristic", seconds)
    began = _clock()
    start = covering.greedy_cover(coverage, k=min(k, max(n_free, 0)))
    opened, swaps = covering.search_cover(coverage, start, cancelled=cancelled)
    seconds["heuristic"] = _clock() - began
    result.notes.append("swaps: {}".format(swaps))
    result.sites = [s for s in start if s in opened] + [s for s in opened if s not in start]
    result.objective = result.heuristic_objective = coverage.covered_weight(result.sites)
    result.bound = coverage.upper_bound(result.sites, k)
    if result.objective >= result.bound * (1 - exact.GAP):
        result.status = exact.OPTIMAL
    if _exact_wanted(method) and result.status != exact.OPTIMAL:
        began = _clock()
        solved = exact.solve_max_cover(coverage, k, time_limit)
        seconds["exact"] = _clock() - began
        _take_exact(result, solved, minimise=False)
    if n_free < k:
        result.notes.append("only {} candidate sites can cover any demand".format(n_free))
    return result


def choose_set_cover(coverage, share, method=AUTO, time_limit=60.0, cancelled=None):
    """The fewest free sites so that ``share`` (0-1) of all demand weight is covered."""
    target = share * coverage.total_weight
    if coverage.coverable_weight < target * (1 - 1e-12):
        raise ProblemError(ProblemError.SHARE, share=100.0 * coverage.coverable_weight / coverage.total_weight
                           if coverage.total_weight else 0.0)
    seconds = {}
    result = LocationResult(SET_COVER, [], [int(f) for f in coverage.fixed], None, None, METHOD_HEURISTIC,
                            "heuristic", seconds)
    began = _clock()
    chosen = covering.fewest_sites(coverage, target * (1 - 1e-12), cancelled)
    seconds["heuristic"] = _clock() - began
    result.sites = list(chosen or [])
    result.objective = result.heuristic_objective = float(len(result.sites))
    result.bound = float(covering.fewest_sites_lower_bound(coverage, target * (1 - 1e-12)) or 0)
    if result.objective <= result.bound:
        result.status = exact.OPTIMAL
    if _exact_wanted(method) and result.status != exact.OPTIMAL:
        began = _clock()
        solved = exact.solve_set_cover(coverage, target * (1 - 1e-12), time_limit)
        seconds["exact"] = _clock() - began
        _take_exact(result, solved, minimise=True)
    return result
