"""Point spatial indexes: scipy's cKDTree, or a numpy grid when scipy is missing.

Both answer the two questions the analyses ask, for many query points at once:
``nearest`` (distance and index of the closest indexed point) and ``pairs_within``
(every query/point pair closer than a radius, as flat arrays). The grid version is
fully vectorised per neighbouring cell, so it stays usable on gemeente-sized inputs.
"""
import numpy as np

from . import backend as _backend

PARALLEL_QUERIES = 200_000
_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))


def expand_ranges(starts, counts):
    """Concatenated ``arange(s, s+c)`` for every (s, c), plus the row each came from."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    rows = np.repeat(np.arange(counts.size, dtype=np.int64), counts)
    if total == 0:
        return np.zeros(0, dtype=np.int64), rows
    offsets = np.cumsum(counts) - counts
    within = np.arange(total, dtype=np.int64) - np.repeat(offsets, counts)
    return np.repeat(np.asarray(starts, dtype=np.int64), counts) + within, rows


class KDIndex:
    """cKDTree over ``xy`` (scipy)."""

    def __init__(self, xy):
        from scipy.spatial import cKDTree

        self.xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        self.tree = cKDTree(self.xy) if len(self.xy) else None

    def nearest(self, qxy, k=1):
        qxy = np.asarray(qxy, dtype=np.float64).reshape(-1, 2)
        if self.tree is None or len(qxy) == 0:
            shape = (len(qxy),) if k == 1 else (len(qxy), k)
            return np.full(shape, np.inf), np.full(shape, -1, dtype=np.int64)
        finite = np.isfinite(qxy).all(axis=1)
        if not finite.all():  # a point without coordinates has no neighbour (newer scipy refuses NaN)
            shape = (len(qxy),) if k == 1 else (len(qxy), k)
            distance, index = np.full(shape, np.inf), np.full(shape, -1, dtype=np.int64)
            if finite.any():
                distance[finite], index[finite] = self.nearest(qxy[finite], k)
            return distance, index
        # threads pay off for many queries only (and not at all on a busy machine)
        distance, index = self.tree.query(qxy, k=k, workers=-1 if len(qxy) >= PARALLEL_QUERIES else 1)
        index = np.asarray(index, dtype=np.int64)
        index[~np.isfinite(distance)] = -1
        return distance, index

    def pairs_within(self, qxy, radius):
        from scipy.spatial import cKDTree

        qxy = np.asarray(qxy, dtype=np.float64).reshape(-1, 2)
        if self.tree is None or len(qxy) == 0:
            return _EMPTY
        finite = np.flatnonzero(np.isfinite(qxy).all(axis=1))
        if finite.size < len(qxy):  # points without coordinates are near nothing
            o, f, d = self.pairs_within(qxy[finite], radius)
            return finite[o], f, d
        # query points that share a location with an indexed point must be kept (distance 0):
        # sparse_distance_matrix keeps explicit zeros in its 'ndarray' output
        pairs = cKDTree(qxy).sparse_distance_matrix(self.tree, radius, output_type="ndarray")
        return pairs["i"].astype(np.int64), pairs["j"].astype(np.int64), pairs["v"].astype(np.float64)


class GridIndex:
    """Uniform grid over ``xy``: points sorted by cell, looked up per neighbouring cell."""

    def __init__(self, xy, cell=None):
        self.xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        n = len(self.xy)
        if n:
            self.origin = self.xy.min(axis=0)
            span = np.maximum(self.xy.max(axis=0) - self.origin, 1.0)
        else:
            self.origin, span = np.zeros(2), np.ones(2)
        self.cell = float(cell) if cell else float(max(np.sqrt(span[0] * span[1] / max(n, 1)) * 2.0, 1.0))
        self._sorted_for(self.cell)

    def _sorted_for(self, cell):
        self.cell = cell
        keys = self._keys(self._cells(self.xy))
        self.order = np.argsort(keys, kind="stable")
        self.sorted_keys = keys[self.order]

    def _cells(self, qxy):
        return np.floor((qxy - self.origin) / self.cell).astype(np.int64)

    @staticmethod
    def _keys(cells):
        return (cells[:, 0] + (1 << 30)) * (1 << 31) + (cells[:, 1] + (1 << 30))

    def _pairs_fixed_cell(self, qxy, radius):
        reach = int(np.ceil(radius / self.cell))
        cells = self._cells(qxy)
        out_q, out_p, out_d = [], [], []
        for dx in range(-reach, reach + 1):
            for dy in range(-reach, reach + 1):
                keys = self._keys(cells + np.array([dx, dy]))
                left = np.searchsorted(self.sorted_keys, keys, side="left")
                right = np.searchsorted(self.sorted_keys, keys, side="right")
                counts = right - left
                if not counts.any():
                    continue
                positions, rows = expand_ranges(left, counts)
                points = self.order[positions]
                delta = self.xy[points] - qxy[rows]
                distance = np.sqrt(np.einsum("ij,ij->i", delta, delta))
                keep = distance <= radius
                out_q.append(rows[keep])
                out_p.append(points[keep])
                out_d.append(distance[keep])
        if not out_q:
            return _EMPTY
        return np.concatenate(out_q), np.concatenate(out_p), np.concatenate(out_d)

    def pairs_within(self, qxy, radius, chunk=100000):
        qxy = np.asarray(qxy, dtype=np.float64).reshape(-1, 2)
        if len(self.xy) == 0 or len(qxy) == 0:
            return _EMPTY
        if radius > self.cell * 4:  # few big cells beat many small ones for a large radius
            self._sorted_for(radius / 2.0)
        results = []
        for start in range(0, len(qxy), chunk):
            q, p, d = self._pairs_fixed_cell(qxy[start:start + chunk], radius)
            results.append((q + start, p, d))
        return tuple(np.concatenate(parts) for parts in zip(*results))

    def nearest(self, qxy, k=1):
        """Closest point per query: widen the search radius until every query has one."""
        if k != 1:
            raise ValueError("the grid index answers k=1 only")
        qxy = np.asarray(qxy, dtype=np.float64).reshape(-1, 2)
        distance = np.full(len(qxy), np.inf)
        index = np.full(len(qxy), -1, dtype=np.int64)
        if len(self.xy) == 0 or len(qxy) == 0:
            return distance, index
        todo = np.arange(len(qxy))
        radius = self.cell
        extent = np.hypot(*(np.ptp(np.vstack([self.xy, qxy]), axis=0))) + 1.0
        while todo.size:
            q, p, d = self.pairs_within(qxy[todo], radius)
            if q.size:
                order = np.lexsort((p, d, q))
                q, p, d = q[order], p[order], d[order]
                first = np.ones(q.size, dtype=bool)
                first[1:] = q[1:] != q[:-1]
                rows = todo[q[first]]
                distance[rows] = d[first]
                index[rows] = p[first]
            todo = todo[~np.isfinite(distance[todo])]
            if radius > extent:
                break
            radius *= 2.0
        return distance, index


def point_index(xy, backend=None):
    """The fastest available index over ``xy``."""
    if _backend.resolve(backend) == _backend.SCIPY:
        return KDIndex(xy)
    return GridIndex(xy)
