"""Least demand-weighted distance (p-median): a fast heuristic and a proven lower bound.

Input: a demand x sites cost matrix ``M`` (float32, finite; unreachable pairs carry a
penalty set by the caller), demand weights ``w``, sites that stay open whatever happens
(``fixed``) and the number ``k`` of sites to choose among the others.

- ``greedy``: add, one at a time, the site that lowers the total most (vectorised over
  all sites per step).
- ``Interchange``: swap an open site for a closed one while that lowers the total, best
  swap first. The gain of every (in, out) pair comes from three running sums per site
  (Whitaker 1983; Resende & Werneck 2007), so one pass over the matrix prices all
  ``k x m`` swaps; after a swap only the demand points whose nearest or second-nearest
  site changed are re-priced.
- ``lagrangian_bound``: relax "every point is served once" with one multiplier per point
  (Beasley 1993); any multipliers give a valid lower bound, subgradient steps improve it.
  It proves how far a solution can at most be from the optimum on instances too large for
  the exact solver.
"""
import time

import numpy as np

CHUNK = 2048  # demand rows per vectorised pass: the working set stays in cache


def cpu_clock():
    """The process's CPU time: search budgets measured in it give the same answer on a busy
    machine as on an idle one (wall time would cut the search short when others load it)."""
    return time.process_time()


def total_cost(M, w, open_sites):
    """Sum of weight x distance to the nearest open site (float64)."""
    open_sites = np.asarray(open_sites, dtype=np.int64)
    if open_sites.size == 0:
        return float("inf")
    best = np.empty(M.shape[0])
    for start in range(0, M.shape[0], 65536):
        best[start:start + 65536] = M[start:start + 65536][:, open_sites].min(axis=1)
    return float(np.dot(w, best))


def nearest_two(M, open_sites, rows=None):
    """(position, distance) of the nearest and second-nearest open site per demand row.

    Positions index ``open_sites``; with one open site the second is (-1, inf)."""
    open_sites = np.asarray(open_sites, dtype=np.int64)
    sub = M[:, open_sites] if rows is None else M[np.ix_(rows, open_sites)]
    count = sub.shape[0]
    if open_sites.size == 1:
        return (np.zeros(count, dtype=np.int64), sub[:, 0].astype(np.float32),
                np.full(count, -1, dtype=np.int64), np.full(count, np.inf, dtype=np.float32))
    two = np.argsort(sub, axis=1, kind="stable")[:, :2]
    index = np.arange(count)
    return two[:, 0], sub[index, two[:, 0]], two[:, 1], sub[index, two[:, 1]]


def greedy(M, w, k, fixed=(), cancelled=None):
    """``k`` sites added one by one, each lowering the total most given those before."""
    n, m = M.shape
    fixed = [int(f) for f in fixed]
    weights = np.asarray(w, dtype=np.float32)
    chosen = []
    current = M[:, fixed].min(axis=1) if fixed else None
    blocked = np.zeros(m, dtype=bool)
    blocked[fixed] = True
    while len(chosen) < k:
        if cancelled is not None and cancelled():
            from ...errors import Cancelled

            raise Cancelled()
        if current is None:
            score = -np.asarray(weights @ M, dtype=np.float64)
        else:
            score = np.zeros(m)
            for start in range(0, n, CHUNK):
                saving = current[start:start + CHUNK, None] - M[start:start + CHUNK]
                np.maximum(saving, 0.0, out=saving)
                score += weights[start:start + CHUNK] @ saving
        score[blocked] = -np.inf
        best = int(np.argmax(score))
        chosen.append(best)
        blocked[best] = True
        current = M[:, best].copy() if current is None else np.minimum(current, M[:, best])
    return chosen


class Interchange:
    """Best-improvement swap local search from a starting set (fixed sites never leave).

    Running sums, per closed site j and open position r:
      gain[j]     = sum_i w_i max(0, d1_i - d_ij)            (what opening j saves)
      loss[r]     = sum_{i: nearest is r} w_i (d2_i - d1_i)  (what closing r costs)
      extra[r, j] = sum_{i: nearest is r, d_ij < d2_i} w_i (d2_i - max(d_ij, d1_i))
    and the change of swapping r out and j in is loss[r] - gain[j] - extra[r, j].
    """

    def __init__(self, M, w, start, n_fixed=0):
        self.M = M
        self.w = np.asarray(w, dtype=np.float32)
        self.open = np.asarray(start, dtype=np.int64).copy()
        self.n_fixed = int(n_fixed)
        self.swaps = 0
        n, m = M.shape
        p = self.open.size
        # with one open site there is no second to fall back on; any number above every
        # distance keeps the swap prices exact (the fallback cancels out of them)
        self.fallback = np.float32(float(M.max()) * 2.0 + 1.0)
        self.p1, self.d1, self.p2, self.d2 = self._two(None)
        self.gain = np.zeros(m)
        self.loss = np.zeros(p)
        self.extra = np.zeros((p, m))
        for start_row in range(0, n, CHUNK):
            self._add(slice(start_row, min(start_row + CHUNK, n)), 1.0)

    def _two(self, rows):
        p1, d1, p2, d2 = nearest_two(self.M, self.open, rows)
        if self.open.size == 1:
            d2 = np.full(d2.shape, self.fallback, dtype=np.float32)
        return p1, d1, p2, d2

    def _add(self, rows, sign):
        """Add (sign 1) or remove (-1) the contributions of demand ``rows``."""
        C = self.M[rows]
        w, d1, d2, p1 = self.w[rows], self.d1[rows], self.d2[rows], self.p1[rows]
        work = d1[:, None] - C
        np.maximum(work, 0.0, out=work)
        self.gain += sign * (w @ work).astype(np.float64)
        np.maximum(C, d1[:, None], out=work)
        np.minimum(work, d2[:, None], out=work)
        np.subtract(d2[:, None], work, out=work)
        owner = np.zeros((w.size, self.open.size), dtype=np.float32)
        owner[np.arange(w.size), p1] = w
        self.extra += sign * (owner.T @ work).astype(np.float64)
        self.loss += sign * np.bincount(p1, weights=(w * (d2 - d1)).astype(np.float64), minlength=self.open.size)

    def best_swap(self):
        """(position out, site in, change of the total) of the best swap."""
        change = self.loss[:, None] - self.gain[None, :] - self.extra
        change[:self.n_fixed] = np.inf
        change[:, self.open] = np.inf
        out, into = np.unravel_index(int(np.argmin(change)), change.shape)
        return int(out), int(into), float(change[out, into])

    def apply(self, out, into):
        """Swap open position ``out`` for site ``into``, re-pricing only the touched points."""
        M = self.M
        touched = np.nonzero((self.p1 == out) | (self.p2 == out) | (M[:, into] < self.d2))[0]
        for start in range(0, touched.size, CHUNK):
            self._add(touched[start:start + CHUNK], -1.0)
        self.open[out] = into
        p1, d1, p2, d2 = self._two(touched)
        self.p1[touched], self.d1[touched], self.p2[touched], self.d2[touched] = p1, d1, p2, d2
        for start in range(0, touched.size, CHUNK):
            self._add(touched[start:start + CHUNK], 1.0)

    def cost(self):
        return float(np.dot(self.w.astype(np.float64), self.d1.astype(np.float64)))

    def run(self, max_swaps=10000, cancelled=None, deadline=None):
        """Swap while a swap lowers the total by more than rounding; returns the open sites."""
        scale = max(1.0, self.cost())
        while self.swaps < max_swaps and self.open.size > self.n_fixed:
            if cancelled is not None and cancelled():
                from ...errors import Cancelled

                raise Cancelled()
            if deadline is not None and cpu_clock() > deadline:
                break
            out, into, change = self.best_swap()
            if not change < -1e-7 * scale:
                break
            self.apply(out, into)
            self.swaps += 1
        return [int(s) for s in self.open]

    _STATE = ("open", "p1", "d1", "p2", "d2", "gain", "loss", "extra")

    def snapshot(self):
        return {name: getattr(self, name).copy() for name in self._STATE}

    def restore(self, state):
        for name in self._STATE:
            setattr(self, name, state[name].copy())

    def shake(self, rng, count):
        """``count`` random swaps, each to one of the ten best replacements of a random open site."""
        for _ in range(count):
            out = int(rng.integers(self.n_fixed, self.open.size))
            change = self.loss[out] - self.gain - self.extra[out]
            change[self.open] = np.inf
            ranked = np.argsort(change, kind="stable")[:10]
            ranked = ranked[np.isfinite(change[ranked])]
            if ranked.size:
                self.apply(out, int(rng.choice(ranked)))

    def search(self, deadline=None, rounds=None, seed=0, cancelled=None):
        """Variable neighbourhood search (Hansen & Mladenovic 1997): shake k swaps, descend,
        keep the better; k grows while nothing improves. The first descent always runs to a
        local optimum; only the shaking rounds stop at ``deadline`` (``cpu_clock`` seconds).
        Returns the best open sites."""
        self.run(cancelled=cancelled)
        free = self.open.size - self.n_fixed
        if free < 1 or self.M.shape[1] - self.open.size < 1:
            return [int(s) for s in self.open]
        rng = np.random.default_rng(seed)
        best, best_cost = self.snapshot(), self.cost()
        rounds = rounds if rounds is not None else 20 * max(free, 1)
        k_max, k, idle = min(3, free), 1, 0
        while idle < rounds:
            if deadline is not None and cpu_clock() > deadline:
                break
            self.shake(rng, k)
            self.run(cancelled=cancelled, deadline=deadline)
            cost = self.cost()
            if cost < best_cost * (1 - 1e-9):
                best, best_cost, k, idle = self.snapshot(), cost, 1, 0
            else:
                self.restore(best)
                k, idle = (k % k_max) + 1, idle + 1
        self.restore(best)
        return [int(s) for s in self.open]


def lagrangian_bound(M, w, k, fixed=(), start=None, upper=None, max_iterations=300, time_limit=None,
                     cancelled=None):
    """A proven lower bound on the optimal total (float), and the iterations used.

    Relaxing "every point is served once" with multipliers lam (one per point) leaves
    L(lam) = sum(lam) + the k most negative rho_j (plus the fixed sites' rho_j), where
    rho_j = sum_i min(0, w_i d_ij - lam_i). Every lam gives a valid bound; subgradient steps
    towards ``upper`` (the best known total) raise it, each step deflected by half the previous
    direction (Camerini, Fratta & Maffioli 1975) against zigzagging. ``time_limit``: CPU seconds. ``start``: per point w_i x its
    distance in a good solution, where the multipliers begin.
    """
    n, m = M.shape
    w = np.asarray(w, dtype=np.float64)
    w32 = w.astype(np.float32)
    unit = bool(np.all(w == 1.0))
    fixed = np.asarray(fixed, dtype=np.int64)
    free = np.ones(m, dtype=bool)
    free[fixed] = False
    free_sites = np.nonzero(free)[0]
    lam = (np.asarray(start, dtype=np.float64) if start is not None else w * M.min(axis=1)).astype(np.float32)
    upper = float(upper) if upper is not None else float(lam.sum(dtype=np.float64))
    buffer = np.empty((CHUNK * 2, m), dtype=np.float32)
    best, theta, stall, iterations = -np.inf, 2.0, 0, 0
    best_lam = lam.copy()
    previous = np.zeros(n, dtype=np.float32)
    began = cpu_clock()
    for iterations in range(1, max_iterations + 1):
        if cancelled is not None and cancelled():
            from ...errors import Cancelled

            raise Cancelled()
        rho = np.zeros(m)
        for begin in range(0, n, CHUNK * 2):
            block = M[begin:begin + CHUNK * 2]
            work = buffer[:block.shape[0]]
            if unit:
                np.subtract(block, lam[begin:begin + CHUNK * 2, None], out=work)
            else:
                np.multiply(block, w32[begin:begin + CHUNK * 2, None], out=work)
                work -= lam[begin:begin + CHUNK * 2, None]
            np.minimum(work, 0.0, out=work)
            rho += work.sum(axis=0, dtype=np.float64)
        opened = np.concatenate([fixed, free_sites[np.argsort(rho[free_sites], kind="stable")[:k]]])
        value = float(lam.sum(dtype=np.float64) + rho[opened].sum())
        if value > best + 1e-12 * abs(value):
            best, stall, best_lam = value, 0, lam.copy()
        else:
            stall += 1
            if stall >= 20:
                theta, stall = theta / 2.0, 0
        if best >= upper * (1 - 1e-9) or theta < 1e-4:
            break
        if time_limit is not None and cpu_clock() - began > time_limit:
            break
        served = np.zeros(n)
        for site in opened.tolist():
            served += (w32 * M[:, site]) < lam
        gradient = (1.0 - served).astype(np.float32)
        if not gradient.any():
            break
        direction = gradient + np.float32(0.5) * previous
        previous = direction
        norm = float(direction @ direction)
        lam = np.maximum(lam + np.float32(theta * (upper - value) / norm) * direction, 0.0)
    return _lagrangian_value(M, w, k, fixed, free_sites, best_lam.astype(np.float64)), iterations


def _lagrangian_value(M, w, k, fixed, free_sites, lam):
    """L(lam) in double precision: the bound actually claimed (single precision only steers)."""
    rho = np.zeros(M.shape[1])
    for begin in range(0, M.shape[0], CHUNK):
        work = M[begin:begin + CHUNK].astype(np.float64) * w[begin:begin + CHUNK, None] - lam[begin:begin + CHUNK, None]
        np.minimum(work, 0.0, out=work)
        rho += work.sum(axis=0)
    opened = np.concatenate([fixed, free_sites[np.argsort(rho[free_sites], kind="stable")[:k]]])
    return float(lam.sum() + rho[opened].sum())


def grid_groups(xy, target=12000):
    """Group demand points into square cells so that about ``target`` groups remain."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if len(xy) <= target:
        return None
    span = np.ptp(xy, axis=0)
    cell = max(float(np.sqrt(max(span[0], 1.0) * max(span[1], 1.0) / target)), 1.0)
    for _ in range(8):
        key = np.floor((xy - xy.min(axis=0)) / cell).astype(np.int64)
        _, group = np.unique(key[:, 0] * (int(key[:, 1].max()) + 1) + key[:, 1], return_inverse=True)
        if group.max() + 1 <= target * 1.5:
            break
        cell *= 1.3
    return group.reshape(-1)


def aggregate(M, w, group):
    """Rows of ``M`` averaged per group (weighted) and the group weights: a smaller problem
    with nearly the same costs, for searching; the answer is then polished on ``M`` itself."""
    group = np.asarray(group, dtype=np.int64)
    n_groups = int(group.max()) + 1
    weights = np.bincount(group, weights=w, minlength=n_groups)
    share = (np.asarray(w, dtype=np.float64) / np.maximum(weights[group], 1e-300)).astype(np.float32)
    try:
        from scipy.sparse import csr_matrix
    except ImportError:
        rows = np.zeros((n_groups, M.shape[1]), dtype=np.float32)
        for begin in range(0, M.shape[0], CHUNK):
            np.add.at(rows, group[begin:begin + CHUNK], M[begin:begin + CHUNK] * share[begin:begin + CHUNK, None])
        return rows, weights
    mean = csr_matrix((share, (group, np.arange(group.size))), shape=(n_groups, group.size))
    return np.ascontiguousarray(mean @ M, dtype=np.float32), weights
