"""The road graph, built once from plain polyline arrays.

Like QGIS's own network tools, every vertex of a line is a graph node and lines are
connected where they share a vertex (optionally within a topology tolerance); crossing
lines without a common vertex (bridges, tunnels) stay unconnected. Each consecutive pair
of vertices is one *segment*: points are later snapped onto segments, not onto nodes.
"""
import numpy as np

BOTH, FORWARD, BACKWARD = 0, 1, 2

ONEWAY_FORWARD = ("yes", "true", "1", "forward", "ft", "t", "ja", "heen")
ONEWAY_BACKWARD = ("-1", "reverse", "backward", "tf", "terug")


def direction_code(value, forward_values=ONEWAY_FORWARD, backward_values=ONEWAY_BACKWARD):
    """A one-way attribute value -> BOTH / FORWARD / BACKWARD (anything else: both ways)."""
    if value is None:
        return BOTH
    text = str(value).strip().lower()
    if text in forward_values:
        return FORWARD
    if text in backward_values:
        return BACKWARD
    return BOTH


class RoadGraph:
    """Nodes and segments of a road network in a metric CRS.

    ``seg_dir`` says which way a segment may be travelled (BOTH, FORWARD = u→v,
    BACKWARD = v→u); ``seg_speed`` is km/h (NaN where unknown).
    """

    def __init__(self, node_xy, seg_u, seg_v, seg_dir=None, seg_speed=None, seg_part=None):
        self.node_xy = np.asarray(node_xy, dtype=np.float64).reshape(-1, 2)
        self.seg_u = np.asarray(seg_u, dtype=np.int64)
        self.seg_v = np.asarray(seg_v, dtype=np.int64)
        count = self.seg_u.size
        self.seg_dir = np.zeros(count, dtype=np.int8) if seg_dir is None else np.asarray(seg_dir, dtype=np.int8)
        self.seg_speed = np.full(count, np.nan) if seg_speed is None else np.asarray(seg_speed, dtype=np.float64)
        self.seg_part = np.arange(count) if seg_part is None else np.asarray(seg_part, dtype=np.int64)
        delta = self.node_xy[self.seg_v] - self.node_xy[self.seg_u]
        self.seg_len = np.hypot(delta[:, 0], delta[:, 1])
        self._components = None

    @property
    def n_nodes(self):
        return len(self.node_xy)

    @property
    def n_segments(self):
        return self.seg_u.size

    @classmethod
    def from_polylines(cls, coords, part_starts, part_dir=None, part_speed=None, tolerance=0.0):
        """Build from all vertices ``coords`` (N×2) and the start offset of each line part.

        ``part_dir`` / ``part_speed`` give one value per part. Vertices equal within
        ``tolerance`` (0: exactly equal) become one node, like QGIS's topology tolerance
        (QGIS groups by grid cell; here every pair closer than the tolerance is merged).
        """
        coords = np.asarray(coords, dtype=np.float64).reshape(-1, 2)
        part_starts = np.asarray(part_starts, dtype=np.int64)
        n_parts = max(part_starts.size - 1, 0)
        if coords.size == 0 or n_parts == 0:
            return cls(np.zeros((0, 2)), [], [])
        # equal vertices become one node: x and y as one complex number sort in one pass
        # (the same order as the rows, x first), several times faster than unique rows
        as_complex = np.ascontiguousarray(coords).view(np.complex128).reshape(-1)
        _, first, inverse = np.unique(as_complex, return_index=True, return_inverse=True)
        inverse = inverse.reshape(-1)
        node_xy = coords[first]
        if tolerance and tolerance > 0:
            inverse, node_xy = _merge_within(node_xy, tolerance, inverse)
        # a segment starts at every vertex except the last vertex of each part
        is_start = np.ones(coords.shape[0], dtype=bool)
        is_start[part_starts[1:] - 1] = False
        start = np.nonzero(is_start)[0]
        seg_part = np.searchsorted(part_starts, start, side="right") - 1
        u, v = inverse[start], inverse[start + 1]
        keep = u != v  # zero-length (or merged) segments carry no distance
        u, v, seg_part = u[keep], v[keep], seg_part[keep]
        seg_dir = None if part_dir is None else np.asarray(part_dir, dtype=np.int8)[seg_part]
        seg_speed = None if part_speed is None else np.asarray(part_speed, dtype=np.float64)[seg_part]
        return cls(node_xy, u, v, seg_dir, seg_speed, seg_part)

    def segment_cost(self, cost="length", default_speed=50.0):
        """Per-segment cost: metres, or seconds (``'time'``) from km/h speeds."""
        if cost == "length":
            return self.seg_len
        speed = np.where(np.isfinite(self.seg_speed) & (self.seg_speed > 0), self.seg_speed, default_speed)
        return self.seg_len / (speed / 3.6)

    def arcs(self, cost="length", default_speed=50.0):
        """Directed arcs (from, to, cost) in travel direction; parallel arcs keep the cheapest."""
        weight = self.segment_cost(cost, default_speed)
        fwd = self.seg_dir != BACKWARD
        bwd = self.seg_dir != FORWARD
        src = np.concatenate([self.seg_u[fwd], self.seg_v[bwd]])
        dst = np.concatenate([self.seg_v[fwd], self.seg_u[bwd]])
        w = np.concatenate([weight[fwd], weight[bwd]])
        if src.size:
            key = src * np.int64(max(self.n_nodes, 1)) + dst
            order = np.argsort(key, kind="stable")
            key, src, dst, w = key[order], src[order], dst[order], w[order]
            first = np.ones(key.size, dtype=bool)
            first[1:] = key[1:] != key[:-1]
            bounds = np.nonzero(first)[0]
            src, dst, w = src[bounds], dst[bounds], np.minimum.reduceat(w, bounds)
        return src, dst, w

    def components(self):
        """Weakly connected component label per node (cached)."""
        if self._components is None:
            self._components = _components(self.n_nodes, self.seg_u, self.seg_v)
        return self._components


def _merge_within(node_xy, tolerance, inverse):
    """Merge nodes closer than ``tolerance`` (chains included) into their first member."""
    from .spatial import point_index

    i, j, _ = point_index(node_xy).pairs_within(node_xy, tolerance)
    keep = i != j
    label = _components(len(node_xy), i[keep], j[keep])
    _, first, group = np.unique(label, return_index=True, return_inverse=True)
    return group.reshape(-1)[inverse], node_xy[first]


def _components(n, u, v):
    from . import backend

    if backend.resolve() != backend.SCIPY:
        return _components_numpy(n, u, v)
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    matrix = coo_matrix((np.ones(u.size), (u, v)), shape=(n, n)).tocsr()
    return connected_components(matrix, directed=False)[1]


def _components_numpy(n, u, v):
    """Label propagation with pointer jumping: every node ends with its component's minimum id."""
    label = np.arange(n, dtype=np.int64)
    if u.size == 0:
        return label
    while True:
        low = np.minimum(label[u], label[v])
        new = label.copy()
        np.minimum.at(new, u, low)
        np.minimum.at(new, v, low)
        while True:  # pointer jumping
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, label):
            return label
        label = new
