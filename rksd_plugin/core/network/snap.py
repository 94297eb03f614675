"""Snap points onto the nearest road *segment* (the closest point on a line, not a node).

Snapping to the nearest node overstates distances on long segments and can pick the
wrong street; QGIS ties points to the closest point on any segment, and so do we.

The index is a uniform grid: every segment is listed in each cell its pieces (at most one
cell long) touch, stored cell by cell with the segment's coordinates copied alongside, so a
point's candidates are a few contiguous runs of memory. A point first looks at the cells
within half a cell of it; when the closest segment found there is nearer than the border of
those cells, nothing outside can be nearer and the answer is exact. The others look again
in a square as large as the best distance found (or growing until something is found),
which holds the whole circle of that distance: exact again, never a heuristic. Plain numpy,
the same with or without scipy; ties go to the lowest segment index.
"""
from collections import namedtuple

import numpy as np

from .spatial import expand_ranges

QUERY_BLOCK = 1 << 18

Snapped = namedtuple("Snapped", "seg t dist x y")
Snapped.__doc__ = """Per point: segment index, position along it (0 at u, 1 at v), distance to the road, snapped x/y."""


def spatial_order(xy, cell):
    """Indices of ``xy`` ordered cell by cell in serpentine rows (nearby points together)."""
    finite = np.isfinite(xy).all(axis=1)
    if not finite.any():
        return np.arange(len(xy), dtype=np.int64)
    low = xy[finite].min(axis=0)
    xy = np.where(finite[:, None], xy, low)  # points without coordinates: anywhere will do
    cells = np.floor((xy - low) / cell).astype(np.int64)
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
    """Grid index over the segments of a ``RoadGraph`` (or any a-b segment arrays).

    ``cell``: grid cell size; by default 0.6 × the median segment length (within 5–250 m),
    enlarged where the grid would get more cells than a few per listed segment.
    ``backend`` is accepted for symmetry with the other indexes; the grid is plain numpy.
    """

    def __init__(self, ax, ay, bx, by, backend=None, cell=None):
        self.ax, self.ay, self.bx, self.by = (np.asarray(a, dtype=np.float64) for a in (ax, ay, bx, by))
        self.backend = backend
        dx, dy = self.bx - self.ax, self.by - self.ay
        length = np.hypot(dx, dy)
        n = length.size
        if n == 0:
            self.cell, self.width, self.height, self.x0, self.y0 = 1.0, 1, 1, 0.0, 0.0
            self.offsets = np.zeros(2, dtype=np.int64)
            self.entry_seg = np.zeros(0, dtype=np.int64)
            self.entry = np.zeros((5, 0))
            return
        low = np.array([np.minimum(self.ax, self.bx).min(), np.minimum(self.ay, self.by).min()])
        span = np.array([np.maximum(self.ax, self.bx).max(), np.maximum(self.ay, self.by).max()]) - low
        if cell is None:
            cell = float(np.clip(np.median(length) * 0.6, 5.0, 250.0))
            cell = max(cell, float(np.sqrt(span[0] * span[1] / (4.0 * n + 1e6))))  # memory: cells <= 4/segment + 1M
        self.cell = c = float(cell)
        self.x0, self.y0 = float(low[0]), float(low[1])
        self.width = int(span[0] // c) + 1
        self.height = int(span[1] // c) + 1
        # pieces no longer than a cell, so a piece's box touches at most 2 x 2 cells
        count = np.maximum(np.ceil(length / c).astype(np.int64), 1)
        seg = np.repeat(np.arange(n, dtype=np.int64), count)
        k = np.arange(seg.size, dtype=np.int64) - np.repeat(np.cumsum(count) - count, count)
        f0, f1 = k / count[seg], (k + 1) / count[seg]
        x0, x1 = self.ax[seg] + f0 * dx[seg], self.ax[seg] + f1 * dx[seg]
        y0, y1 = self.ay[seg] + f0 * dy[seg], self.ay[seg] + f1 * dy[seg]
        cx0, cx1 = self._column(np.minimum(x0, x1)), self._column(np.maximum(x0, x1))
        cy0, cy1 = self._row(np.minimum(y0, y1)), self._row(np.maximum(y0, y1))
        keys = []
        for i in (0, 1):
            for j in (0, 1):
                ok = (cx0 + i <= cx1) & (cy0 + j <= cy1)
                keys.append(((cy0[ok] + j) * self.width + cx0[ok] + i) * np.int64(n) + seg[ok])
        key = np.unique(np.concatenate(keys))  # one entry per (cell, segment), cell by cell
        cell_of = key // n
        self.entry_seg = key - cell_of * n
        self.offsets = np.zeros(self.width * self.height + 1, dtype=np.int64)
        np.cumsum(np.bincount(cell_of, minlength=self.width * self.height), out=self.offsets[1:])
        with np.errstate(divide="ignore"):
            inv_len2 = np.where(length > 0, 1.0 / (length * length), 0.0)
        e = self.entry_seg
        self.entry = np.stack([self.ax[e], self.ay[e], dx[e], dy[e], inv_len2[e]])  # contiguous per cell

    @classmethod
    def for_graph(cls, graph, backend=None):
        a = graph.node_xy[graph.seg_u]
        b = graph.node_xy[graph.seg_v]
        return cls(a[:, 0], a[:, 1], b[:, 0], b[:, 1], backend)

    def _column(self, x):
        return np.clip(np.floor((x - self.x0) / self.cell).astype(np.int64), 0, self.width - 1)

    def _row(self, y):
        return np.clip(np.floor((y - self.y0) / self.cell).astype(np.int64), 0, self.height - 1)

    def _cell_key(self, qxy):
        return self._row(qxy[:, 1]) * self.width + self._column(qxy[:, 0])

    def cell_order(self, qxy):
        """Indices of ``qxy`` (N×2) cell by cell: the order in which ``snap`` visits them.

        Callers that keep their points in this order let every later step (snapping,
        searches, lookups per point) touch memory in runs instead of at random.
        """
        qxy = np.asarray(qxy, dtype=np.float64).reshape(-1, 2)
        return np.argsort(self._cell_key(np.where(np.isfinite(qxy), qxy, 0.0)))

    def _exact(self, px, py, seg):
        return project(px, py, self.ax[seg], self.ay[seg], self.bx[seg], self.by[seg])

    def _square(self, px, py, radius):
        """Candidates in every cell meeting the square p ± radius: (row, entry) pairs grouped by
        row, and per point the distance to the border of the cells covered (inf: all of them)."""
        c = self.cell
        fx0 = np.floor((px - radius - self.x0) / c).astype(np.int64)
        fx1 = np.floor((px + radius - self.x0) / c).astype(np.int64)
        fy0 = np.floor((py - radius - self.y0) / c).astype(np.int64)
        fy1 = np.floor((py + radius - self.y0) / c).astype(np.int64)
        # beyond the grid's edge there is nothing: the border there is infinitely far
        reach = np.minimum(
            np.minimum(px - np.where(fx0 <= 0, -np.inf, self.x0 + fx0 * c),
                       np.where(fx1 >= self.width - 1, np.inf, self.x0 + (fx1 + 1) * c) - px),
            np.minimum(py - np.where(fy0 <= 0, -np.inf, self.y0 + fy0 * c),
                       np.where(fy1 >= self.height - 1, np.inf, self.y0 + (fy1 + 1) * c) - py))
        outside = (fx1 < 0) | (fx0 >= self.width) | (fy1 < 0) | (fy0 >= self.height)
        cx0, cx1 = np.clip(fx0, 0, self.width - 1), np.clip(fx1, 0, self.width - 1)
        cy0, cy1 = np.clip(fy0, 0, self.height - 1), np.clip(fy1, 0, self.height - 1)
        bands = np.where(outside, 0, cy1 - cy0 + 1)
        band, owner = expand_ranges(cy0, bands)  # one run of cells (and entries) per grid row
        start = self.offsets[band * self.width + cx0[owner]]
        stop = self.offsets[band * self.width + cx1[owner] + 1]
        entries, run = expand_ranges(start, stop - start)
        return owner[run], entries, reach

    def _closest(self, px, py, rows, entries, n):
        """Per point: (distance, segment) of its closest candidate; ties: the lowest segment."""
        best_d = np.full(n, np.inf)
        best_s = np.full(n, -1, dtype=np.int64)
        if rows.size == 0:
            return best_d, best_s
        ax, ay, dx, dy, inv = (self.entry[k][entries] for k in range(5))
        rx = px[rows] - ax
        ry = py[rows] - ay
        t = rx * dx
        t += ry * dy
        t *= inv
        np.clip(t, 0.0, 1.0, out=t)
        dx *= t
        dy *= t
        rx -= dx
        ry -= dy
        rx *= rx
        ry *= ry
        rx += ry  # squared distance
        first = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
        low = np.minimum.reduceat(rx, first)
        segs = self.entry_seg[entries]
        tied = rx == np.repeat(low, np.diff(np.append(first, rows.size)))
        lowest = np.minimum.reduceat(np.where(tied, segs, np.iinfo(np.int64).max), first)
        best_d[rows[first]] = np.sqrt(low)
        best_s[rows[first]] = lowest
        return best_d, best_s

    def _snap_block(self, px, py):
        m = px.size
        rows, entries, reach = self._square(px, py, np.full(m, self.cell / 2.0))
        best_d, best_s = self._closest(px, py, rows, entries, m)
        todo = np.flatnonzero(~(best_d < reach))
        radius = np.where(np.isfinite(best_d[todo]), best_d[todo], self.cell)
        while todo.size:  # rare: far from every road, or near the border of its cells
            rows, entries, reach = self._square(px[todo], py[todo], radius)
            d, s = self._closest(px[todo], py[todo], rows, entries, todo.size)
            better = (d < best_d[todo]) | ((d == best_d[todo]) & (s >= 0) & (s < best_s[todo]))
            best_d[todo[better]] = d[better]
            best_s[todo[better]] = s[better]
            # exact once the square held the whole circle of the best distance (or every cell)
            done = (np.isfinite(d) & (d <= radius)) | (reach == np.inf)
            radius = np.where(np.isfinite(d), d, radius * 2.0)[~done]
            todo = todo[~done]
        return best_d, best_s

    def snap(self, qxy):
        """``Snapped`` for every point of ``qxy`` (N×2)."""
        qxy = np.asarray(qxy, dtype=np.float64).reshape(-1, 2)
        n = len(qxy)
        best_s = np.full(n, -1, dtype=np.int64)
        finite = np.isfinite(qxy).all(axis=1)
        if n and self.entry_seg.size:
            # cell by cell: a point's candidates are next to its neighbour's (far fewer cache misses)
            usable = np.flatnonzero(finite)
            key = self._cell_key(qxy[usable])
            order = usable if (key[1:] >= key[:-1]).all() else usable[np.argsort(key)]
            for start in range(0, order.size, QUERY_BLOCK):  # in blocks: the candidate arrays stay small
                block = order[start:start + QUERY_BLOCK]
                best_s[block] = self._snap_block(qxy[block, 0], qxy[block, 1])[1]
        ok = best_s >= 0
        t = np.zeros(n)
        dist = np.full(n, np.inf)
        x = np.full(n, np.nan)
        y = np.full(n, np.nan)
        if ok.any():
            t[ok], dist[ok], x[ok], y[ok] = self._exact(qxy[ok, 0], qxy[ok, 1], best_s[ok])
        return Snapped(best_s, t, dist, x, y)
