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

    def run(self, max_swaps=10000, cancelled=None, deadline=None):
        """Swap while a swap lowers the total by more than rounding; returns the open sites."""
        M = self.M
        scale = max(1.0, float(np.dot(self.w.astype(np.float64), self.d1.astype(np.float64))))
        while self.swaps < max_swaps and self.open.size > self.n_fixed:
            if cancelled is not None and cancelled():
                from ...errors import Cancelled

                raise Cancelled()
            if deadline is not None and time.perf_counter() > deadline:
                break
            out, into, change = self.best_swap()
            if not change < -1e-7 * scale:
                break
            touched = np.nonzero((self.p1 == out) | (self.p2 == out) | (M[:, into] < self.d2))[0]
            for start in range(0, touched.size, CHUNK):
                self._add(touched[start:start + CHUNK], -1.0)
            self.open[out] = into
            p1, d1, p2, d2 = self._two(touched)
            self.p1[touched], self.d1[touched], self.p2[touched], self.d2[touched] = p1, d1, p2, d2
            for start in range(0, touched.size, CHUNK):
                self._add(touched[start:start + CHUNK], 1.0)
            self.swaps += 1
        return [int(s) for s in self.open]


def lagrangian_bound(M, w, k, fixed=(), start=None, upper=None, max_iterations=300, time_limit=None,
                     cap=None, cancelled=None):
    """A proven lower bound on the optimal total (float), and the iterations used.

    ``start``: demand-weighted distances of a good solution (multipliers start there);
    ``upper``: its total (steers the step size). ``cap``: per demand point a distance the
    multiplier may not exceed; only pairs closer than it are kept (any multipliers give a
    valid bound, so capping never makes the bound wrong, only possibly weaker).
    """
    n, m = M.shape
    w = np.asarray(w, dtype=np.float64)
    fixed = np.asarray(fixed, dtype=np.int64)
    free = np.ones(m, dtype=bool)
    free[fixed] = False
    cap = np.full(n, np.inf) if cap is None else np.asarray(cap, dtype=np.float64)
    rows, cols, vals = [], [], []
    for begin in range(0, n, CHUNK * 4):
        block = M[begin:begin + CHUNK * 4]
        r, c = np.nonzero(block < cap[begin:begin + CHUNK * 4, None])
        rows.append(r + begin)
        cols.append(c)
        vals.append(block[r, c])
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    weighted = w[r] * np.concatenate(vals).astype(np.float64)
    ceiling = w * np.where(np.isfinite(cap), cap, M.max(axis=1).astype(np.float64))
    lam = np.minimum(np.asarray(start, dtype=np.float64), ceiling) if start is not None else ceiling * 0.5
    upper = float(upper) if upper is not None else float(lam.sum())
    best = -np.inf
    theta, stall, iterations = 2.0, 0, 0
    began = time.perf_counter()
    for iterations in range(1, max_iterations + 1):
        if cancelled is not None and cancelled():
            from ...errors import Cancelled

            raise Cancelled()
        reduced = weighted - lam[r]
        negative = reduced < 0
        rho = np.bincount(c[negative], weights=reduced[negative], minlength=m)
        open_mask = np.zeros(m, dtype=bool)
        open_mask[fixed] = True
        if k > 0:
            pick = np.nonzero(free)[0]
            pick = pick[np.argsort(rho[pick], kind="stable")[:k]]
            open_mask[pick] = True
        value = float(lam.sum() + rho[open_mask].sum())
        if value > best + 1e-12 * abs(value):
            best, stall = value, 0
        else:
            stall += 1
            if stall >= 15:
                theta, stall = theta / 2.0, 0
        if best >= upper * (1 - 1e-9) or theta < 1e-5:
            break
        if time_limit is not None and time.perf_counter() - began > time_limit:
            break
        served = np.bincount(r[negative & open_mask[c]], minlength=n)
        direction = 1.0 - served
        direction[(lam >= ceiling) & (direction > 0)] = 0.0
        norm = float(direction @ direction)
        if norm == 0.0:
            break
        lam = np.clip(lam + theta * (upper - value) / norm * direction, 0.0, ceiling)
    return best, iterations
