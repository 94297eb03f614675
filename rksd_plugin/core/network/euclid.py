"""Straight-line ("hemelsbreed") distances: the fallback without a road network.

Straight-line distances underestimate travel distances (in Dutch towns typically by a
factor 1.2-1.4 for short trips); the outputs say which method was used.
"""
import numpy as np

from .spatial import point_index


class StraightLine:
    """Straight-line questions against one facility point set."""

    def __init__(self, facility_xy, backend=None):
        self.xy = np.asarray(facility_xy, dtype=np.float64).reshape(-1, 2)
        self.backend = backend
        self._indexes = {}

    def _index(self, which):
        key = None if which is None else which.tobytes()
        if key not in self._indexes:
            xy = self.xy if which is None else self.xy[which]
            self._indexes[key] = point_index(xy, self.backend)
        return self._indexes[key]

    def nearest(self, origin_xy, which=None, limit=np.inf):
        which = None if which is None else np.asarray(which, dtype=np.int64)
        n = len(origin_xy)
        if (which is not None and which.size == 0) or len(self.xy) == 0:
            return np.full(n, np.inf), np.full(n, -1, dtype=np.int64)
        distance, index = self._index(which).nearest(origin_xy)
        if which is not None:
            index = np.where(index >= 0, which[np.maximum(index, 0)], -1)
        over = ~(distance <= limit)
        distance = np.where(over, np.inf, distance)
        index = np.where(over, -1, index)
        return distance, index

    def pairs_within(self, origin_xy, radius, which=None):
        which = None if which is None else np.asarray(which, dtype=np.int64)
        if (which is not None and which.size == 0) or len(self.xy) == 0 or len(origin_xy) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
        o, f, d = self._index(which).pairs_within(origin_xy, radius)
        if which is not None:
            f = which[f]
        order = np.lexsort((f, o))
        return o[order], f[order], d[order]
