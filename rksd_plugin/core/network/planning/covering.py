"""Coverage problems: most demand within a distance, fewest sites for a share of demand.

A demand point is *covered* by a site within the coverage distance (pairs from one
bounded search per site). Points covered by exactly the same sites are merged into one
group with their summed weight: the problems are unchanged (exact), only smaller.

- maximal covering (MCLP, Church & ReVelle 1974): ``k`` sites covering the most demand.
  Greedy, then best-improvement swaps (an open site for a closed one) priced from three
  running sums as in the p-median interchange, then shake-and-descend rounds (VNS).
- set cover for a share: the fewest sites whose coverage reaches a share of all demand.
  Greedy until the share is met, then repeatedly try one site fewer with the MCLP swap
  search.

Bounds use submodularity (what sites add never grows as more sites are open): with a
solution S of k sites, no k sites cover more than f(S) plus the k largest additions to S.
"""
import numpy as np


class Coverage:
    """Demand groups (identical coverage sets), their weights and the (group, site) pairs.

    ``fixed`` sites are always open: groups they cover are covered from the start and
    left out of the choice.
    """

    def __init__(self, demand_rows, sites, weight, n_sites, fixed=()):
        weight = np.asarray(weight, dtype=np.float64)
        self.n_demand = weight.size
        self.n_sites = int(n_sites)
        self.fixed = np.asarray(fixed, dtype=np.int64)
        self.total_weight = float(weight.sum())
        demand_rows = np.asarray(demand_rows, dtype=np.int64)
        sites = np.asarray(sites, dtype=np.int64)
        by_fixed = np.zeros(self.n_demand, dtype=bool)
        if self.fixed.size:
            by_fixed[demand_rows[np.isin(sites, self.fixed)]] = True
        self.fixed_weight = float(weight[by_fixed].sum())
        keep = ~by_fixed[demand_rows] & ~np.isin(sites, self.fixed)
        demand_rows, sites = demand_rows[keep], sites[keep]
        self.group_of_demand, self.group_weight, self.pair_group, self.pair_site = _groups(
            demand_rows, sites, weight, self.n_demand)
        self.group_of_demand[by_fixed] = -2  # covered by a fixed site
        self.coverable_weight = self.fixed_weight + float(self.group_weight.sum())

    @property
    def n_groups(self):
        return self.group_weight.size

    def counts(self, open_sites):
        """Per group: how many of ``open_sites`` (non-fixed) cover it."""
        mask = np.zeros(self.n_sites, dtype=bool)
        mask[np.asarray(open_sites, dtype=np.int64)] = True
        hit = mask[self.pair_site]
        return np.bincount(self.pair_group[hit], minlength=self.n_groups)

    def covered_weight(self, open_sites):
        """Demand weight within reach of ``open_sites`` or a fixed site."""
        return self.fixed_weight + float(self.group_weight[self.counts(open_sites) > 0].sum())

    def gains(self, open_sites):
        """Per site: the weight it would add to ``open_sites``."""
        uncovered = self.counts(open_sites) == 0
        hit = uncovered[self.pair_group]
        return np.bincount(self.pair_site[hit], weights=self.group_weight[self.pair_group[hit]],
                           minlength=self.n_sites)

    def upper_bound(self, open_sites, k):
        """No ``k`` free sites cover more than this (submodularity)."""
        gains = self.gains(open_sites)
        gains[np.asarray(open_sites, dtype=np.int64)] = 0.0
        gains[self.fixed] = 0.0
        top = np.sort(gains)[::-1][:k]
        return min(self.coverable_weight, self.covered_weight(open_sites) + float(top.sum()))


def _groups(demand_rows, sites, weight, n_demand):
    """Merge demand points with identical site sets (exact); unreachable points get -1."""
    group_of_demand = np.full(n_demand, -1, dtype=np.int64)
    if demand_rows.size == 0:
        return group_of_demand, np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    order = np.lexsort((sites, demand_rows))
    demand_rows, sites = demand_rows[order], sites[order]
    start = np.ones(demand_rows.size, dtype=bool)
    start[1:] = (demand_rows[1:] != demand_rows[:-1]) | (sites[1:] != sites[:-1])
    demand_rows, sites = demand_rows[start], sites[start]  # each pair once
    rows, first, degree = np.unique(demand_rows, return_index=True, return_counts=True)
    width = int(degree.max())
    table = np.full((rows.size, width), -1, dtype=np.int64)
    slot = np.arange(demand_rows.size) - np.repeat(first, degree)
    table[np.repeat(np.arange(rows.size), degree), slot] = sites
    unique, inverse = np.unique(table, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    group_of_demand[rows] = inverse
    group_weight = np.bincount(inverse, weights=weight[rows], minlength=unique.shape[0])
    group_pair, column = np.nonzero(unique >= 0)
    return group_of_demand, group_weight, group_pair.astype(np.int64), unique[group_pair, column]


def greedy_cover(coverage, k=None, target=None, start=()):
    """Add the site adding most weight until ``k`` sites, or until ``target`` weight is covered."""
    chosen = list(start)
    free = np.ones(coverage.n_sites, dtype=bool)
    free[coverage.fixed] = False
    free[np.asarray(chosen, dtype=np.int64)] = False
    while True:
        if k is not None and len(chosen) >= k:
            break
        if target is not None and coverage.covered_weight(chosen) >= target:
            break
        gains = np.where(free, coverage.gains(chosen), -1.0)
        if not free.any():
            break
        best = int(np.argmax(gains))
        if gains[best] <= 0 and k is None:
            break  # nothing adds anything: the target cannot be reached
        chosen.append(best)
        free[best] = False
    return chosen


def swap_cover(coverage, open_sites, max_swaps=10000, cancelled=None):
    """Best-improvement swaps of an open site for a closed one while coverage grows."""
    current = np.asarray(open_sites, dtype=np.int64).copy()
    m = coverage.n_sites
    swaps = 0
    blocked = np.zeros(m, dtype=bool)
    blocked[coverage.fixed] = True
    while current.size and swaps < max_swaps:
        if cancelled is not None and cancelled():
            from ...errors import Cancelled

            raise Cancelled()
        position = np.full(m, -1, dtype=np.int64)
        position[current] = np.arange(current.size)
        is_open = position >= 0
        counts = coverage.counts(current)
        gain = coverage.gains(current)
        # groups covered by exactly one open site: closing that site loses them
        sole_pair = is_open[coverage.pair_site] & (counts[coverage.pair_group] == 1)
        sole_site = np.full(coverage.n_groups, -1, dtype=np.int64)
        sole_site[coverage.pair_group[sole_pair]] = coverage.pair_site[sole_pair]
        single = sole_site >= 0
        loss = np.bincount(position[sole_site[single]], weights=coverage.group_weight[single],
                           minlength=current.size)
        # ... unless the site coming in covers them too
        hit = single[coverage.pair_group] & ~is_open[coverage.pair_site]
        groups = coverage.pair_group[hit]
        extra = np.bincount(position[sole_site[groups]] * m + coverage.pair_site[hit],
                            weights=coverage.group_weight[groups], minlength=current.size * m).reshape(current.size, m)
        change = gain[None, :] - loss[:, None] + extra
        change[:, is_open | blocked] = -np.inf
        out, into = np.unravel_index(int(np.argmax(change)), change.shape)
        if not change[out, into] > 1e-9 * max(1.0, coverage.total_weight):
            break
        current[out] = into
        swaps += 1
    return [int(s) for s in current], swaps


def search_cover(coverage, start, rounds=None, seed=0, cancelled=None):
    """Swaps to a local optimum, then shake-and-descend rounds (an open site for one of the
    ten closed sites adding most) that keep any improvement: a variable neighbourhood search."""
    best, swaps = swap_cover(coverage, start, cancelled=cancelled)
    if not best:
        return best, swaps
    best_value = coverage.covered_weight(best)
    rng = np.random.default_rng(seed)
    blocked = np.zeros(coverage.n_sites, dtype=bool)
    blocked[coverage.fixed] = True
    rounds = 10 * len(best) if rounds is None else rounds
    idle = 0
    while idle < rounds:
        trial = list(best)
        out = int(rng.integers(len(trial)))
        gains = coverage.gains([s for i, s in enumerate(trial) if i != out])
        gains[np.asarray(trial, dtype=np.int64)] = -1.0
        gains[blocked] = -1.0
        ranked = np.argsort(-gains, kind="stable")[:10]
        ranked = ranked[gains[ranked] > 0]
        if ranked.size == 0:
            break
        trial[out] = int(rng.choice(ranked))
        trial, more = swap_cover(coverage, trial, cancelled=cancelled)
        swaps += more + 1
        value = coverage.covered_weight(trial)
        if value > best_value * (1 + 1e-12):
            best, best_value, idle = trial, value, 0
        else:
            idle += 1
    return best, swaps


def fewest_sites(coverage, target, cancelled=None):
    """The fewest free sites reaching ``target`` covered weight (heuristic), or None."""
    if coverage.coverable_weight < target:
        return None
    chosen = greedy_cover(coverage, target=target)
    if coverage.covered_weight(chosen) < target:
        return None
    # drop sites that are not needed, latest added first
    for site in list(reversed(chosen)):
        trial = [s for s in chosen if s != site]
        if coverage.covered_weight(trial) >= target:
            chosen = trial
    while len(chosen) > 1:
        counts = coverage.counts(chosen)
        sole = [float(coverage.group_weight[(counts == 1) & _covers(coverage, s)].sum()) for s in chosen]
        trial = [s for index, s in enumerate(chosen) if index != int(np.argmin(sole))]
        trial, _ = search_cover(coverage, trial, cancelled=cancelled)
        if coverage.covered_weight(trial) >= target:
            chosen = trial
        else:
            break
    return chosen


def _covers(coverage, site):
    mask = np.zeros(coverage.n_groups, dtype=bool)
    mask[coverage.pair_group[coverage.pair_site == site]] = True
    return mask


def fewest_sites_lower_bound(coverage, target):
    """No fewer free sites can reach ``target``: their single coverages must add up to it."""
    need = target - coverage.fixed_weight
    if need <= 0:
        return 0
    alone = np.bincount(coverage.pair_site, weights=coverage.group_weight[coverage.pair_group],
                        minlength=coverage.n_sites)
    alone[coverage.fixed] = 0.0
    running = np.cumsum(np.sort(alone)[::-1])
    reach = np.nonzero(running >= need * (1 - 1e-12))[0]
    return int(reach[0]) + 1 if reach.size else None
