"""Snap points onto the nearest road *segment* (the closest point on a line, not a node).

Snapping to the nearest node overstates distances on long segments and can pick the
wrong street; QGIS ties points to the closest point on any segment, and so do we.

The spatial index holds short "pieces" of every segment (at most ``step`` long). The
true nearest segment of a point lies within (best distance found so far + half a
piece) of one of its pieces' midpoints, so the search widens until that bound is covered:
the result is exact, not a heuristic.
"""
from collections import namedtuple

import numpy as np

from . import backend as _backend
from .spatial import GridIndex, KDIndex

QUERY_BLOCK = 1 << 18

Snapped = namedtuple("Snapped", "seg t dist x y")
Snapped.__doc__ = """Per point: segment index, position along it (0 at u, 1 at v), distance to the road, snapped x/y."""


def _pieces(ax, ay, bx, by, step):
    length = np.hypot(bx - ax, by - ay)
    count = np.maximum(np.ceil(length / step).astype(np.int64), 1)
    seg = np.repeat(np.arange(length.size), count)
    offsets = np.cumsum(count) - count
    k = np.arange(seg.size) - np.repeat(offsets, count)
    frac = (k + 0.5) / count[seg]
    mid = np.column_stack([ax[seg] + frac * (bx[seg] - ax[seg]), ay[seg] + frac * (by[seg] - ay[seg])])
    half = float((length / count).max()) / 2.0 if length.size else 0.0
    return mid, seg, half


def spatial_order(xy, cell):
    """Indices of ``xy`` ordered cell by cell in serpentine rows (nearby points together)."""
    if len(xy) == 0:
        return np.zeros(0, dtype=np.int64)
    cells = np.floor((xy - xy.min(axis=0)) / cell).astype(np.int64)
    width = int(cells[:, 0].max()) + 1
    column = np.where(cells[:, 1] % 2 == 0, cells[:, 0], width - 1 - cells[:, 0])
    return np.argsort(cells[:, 1] * width + column, kind="stable")


def project(px, py, ax, ay, bx, by):
    """Closest point on segments a-b to points p (element-wise): (t, distance, x, y)."""
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = ((px - ax) * dx + (py - ay) * dy) / length2
    t = np.where(length2 > 0, np.clip(t, 0.0, 1.0), 0.0)
    x, y = ax + t * dx, ay + t * dy
    return t, np.hypot(px - x, py - y), x, y


class SegmentIndex:
    """Spatial index over the segments of a ``RoadGraph`` (or any a-b segment arrays)."""

    def __init__(self, ax, ay, bx, by, backend=None, step=None):
        self.ax, self.ay, self.bx, self.by = (np.asarray(a, dtype=np.float64) for a in (ax, ay, bx, by))
        self.backend = _backend.resolve(backend)
        length = np.hypot(self.bx - self.ax, self.by - self.ay)
        self.dx, self.dy = self.bx - self.ax, self.by - self.ay
        with np.errstate(divide="ignore"):
            self.inv_len2 = np.where(length > 0, 1.0 / (length * length), 0.0)
        if step is None:  # pieces of a third of a typical segment: most points are settled in one pass
            step = float(np.clip(np.median(length) / 3.0, 5.0, 100.0)) if length.size else 10.0
        self.mid, self.piece_seg, self.half = _pieces(self.ax, self.ay, self.bx, self.by, step)
        if self.backend == _backend.SCIPY:
            self.index = KDIndex(self.mid)
        else:
            self.index = GridIndex(self.mid, cell=max(step * 2.0, 1.0))

    @classmethod
    def for_graph(cls, graph, backend=None):
        a = graph.node_xy[graph.seg_u]
        b = graph.node_xy[graph.seg_v]
        return cls(a[:, 0], a[:, 1], b[:, 0], b[:, 1], backend)

    def _exact(self, px, py, seg):
        return project(px, py, self.ax[seg], self.ay[seg], self.bx[seg], self.by[seg])

    def _squared_distances(self, px, py, seg):
        """Squared distance from points to segments, with few temporaries (the hot loop)."""
        rx = px - self.ax[seg]
        ry = py - self.ay[seg]
        dx, dy = self.dx[seg], self.dy[seg]
        t = rx * dx
        t += ry * dy
        t *= self.inv_len2[seg]
        np.clip(t, 0.0, 1.0, out=t)
        dx *= t
        dy *= t
        rx -= dx
        ry -= dy
        rx *= rx
        ry *= ry
        rx += ry
        return rx

    def _best_of_candidates(self, rows, segs, qxy, best_d, best_s):
        """Keep, per query row, the closest of the candidate segments (ties: lowest index)."""
        if rows.size == 0:
            return
        _, d, _, _ = self._exact(qxy[rows, 0], qxy[rows, 1], segs)
        order = np.lexsort((segs, d, rows))
        rows, segs, d = rows[order], segs[order], d[order]
        first = np.ones(rows.size, dtype=bool)
        first[1:] = rows[1:] != rows[:-1]
        rows, segs, d = rows[first], segs[first], d[first]
        better = (d < best_d[rows]) | ((d == best_d[rows]) & (segs < best_s[rows]))
        best_d[rows[better]] = d[better]
        best_s[rows[better]] = segs[better]

    def snap(self, qxy):
        """``Snapped`` for every point of ``qxy`` (N×2)."""
        qxy = np.asarray(qxy, dtype=np.float64).reshape(-1, 2)
        n = len(qxy)
        best_d = np.full(n, np.inf)
        best_s = np.full(n, -1, dtype=np.int64)
        if n and self.piece_seg.size:
            # nearby queries one after another: far fewer cache misses in the tree and gathers
            order = spatial_order(qxy, max(self.half * 8.0, 50.0))
            sorted_xy = qxy[order]
            sorted_d = np.full(n, np.inf)
            sorted_s = np.full(n, -1, dtype=np.int64)
            if self.backend == _backend.SCIPY:
                # in blocks: the k-nearest arrays stay small (cache, and memory for millions of points)
                for start in range(0, n, QUERY_BLOCK):
                    block = slice(start, min(start + QUERY_BLOCK, n))
                    block_d, block_s = sorted_d[block], sorted_s[block]
                    self._snap_kd(sorted_xy[block], block_d, block_s)
            else:
                self._snap_grid(sorted_xy, sorted_d, sorted_s)
            best_d[order], best_s[order] = sorted_d, sorted_s
        ok = best_s >= 0
        t = np.zeros(n)
        x = np.full(n, np.nan)
        y = np.full(n, np.nan)
        if ok.any():
            tt, dd, xx, yy = self._exact(qxy[ok, 0], qxy[ok, 1], best_s[ok])
            t[ok], best_d[ok], x[ok], y[ok] = tt, dd, xx, yy
        return Snapped(best_s, t, best_d, x, y)

    def _snap_kd(self, qxy, best_d, best_s):
        todo = np.arange(len(qxy))
        total = self.piece_seg.size
        for k in (6, 24, 96):
            k = min(k, total)
            dist, idx = self.index.nearest(qxy[todo], k=k)
            dist, idx = dist.reshape(len(todo), -1), idx.reshape(len(todo), -1)
            segs = self.piece_seg[idx]
            px, py = qxy[todo, 0][:, None], qxy[todo, 1][:, None]
            d2 = self._squared_distances(px, py, segs)
            pick = np.argmin(d2, axis=1)
            rows = np.arange(len(todo))
            found_d, found_s = np.sqrt(d2[rows, pick]), segs[rows, pick]
            better = found_d < best_d[todo]
            best_d[todo[better]] = found_d[better]
            best_s[todo[better]] = found_s[better]
            # exact once every piece within (best + half a piece) was among the k found
            covered = (dist[:, -1] >= best_d[todo] + self.half) | (k >= total)
            todo = todo[~covered]
            if todo.size == 0:
                return
        for row in todo:  # rare: very dense pieces around a far point
            radius = best_d[row] + self.half
            idx = np.asarray(self.index.tree.query_ball_point(qxy[row], radius), dtype=np.int64)
            self._best_of_candidates(np.full(idx.size, row), self.piece_seg[idx], qxy, best_d, best_s)

    def _snap_grid(self, qxy, best_d, best_s):
        todo = np.arange(len(qxy))
        radius = max(self.index.cell, self.half * 2.0, 1.0)
        span = np.ptp(np.vstack([self.mid, qxy]), axis=0)
        limit = float(np.hypot(*span)) + self.half * 2 + 1.0
        while todo.size:
            q, p, _ = self.index.pairs_within(qxy[todo], radius)
            self._best_of_candidates(todo[q], self.piece_seg[p], qxy, best_d, best_s)
            covered = best_d[todo] + self.half <= radius
            todo = todo[~covered]
            if radius > limit:
                break
            radius *= 2.0
