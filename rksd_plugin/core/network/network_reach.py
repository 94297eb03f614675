"""Network distances from snapped origins to snapped facilities.

An origin and a facility each sit at a fraction ``t`` along a segment (u→v). From the
origin one may walk to u (cost ``t·c``) or to v (``(1-t)·c``) where the segment's
direction allows; a facility is reached from u or v in the same way. Distances between
nodes come from one multi-source search (``search``). An origin on the *same* segment
as a facility is also given the direct stretch between them, exactly.

The distance reported is along the roads between the two snapped points, as QGIS's
"shortest path (point to layer)" reports it; the straight stretches from each point to
its road are returned separately (``Snapped.dist``).
"""
import numpy as np

from .graph import BACKWARD, FORWARD
from .search import ReverseGraph, nearest_seed, seeds_within
from .spatial import expand_ranges


class NetworkReach:
    """A road graph prepared for many searches (reverse CSR built once per cost type)."""

    def __init__(self, graph, cost="length", default_speed=50.0, backend=None):
        self.graph = graph
        self.cost = cost
        self.backend = backend
        self.seg_cost = graph.segment_cost(cost, default_speed)
        src, dst, w = graph.arcs(cost, default_speed)
        self.reverse = ReverseGraph(graph.n_nodes, src, dst, w)

    # -- seeds and access legs ---------------------------------------------------------
    def _seeds(self, fac, which):
        """Seed arrays for facilities ``which`` (indices into the snapped facilities)."""
        seg = fac.seg[which]
        t = fac.t[which]
        c = self.seg_cost[seg]
        direction = self.graph.seg_dir[seg]
        # from node u one drives u->v to the facility: allowed unless the segment is BACKWARD
        from_u = direction != BACKWARD
        from_v = direction != FORWARD
        labels = np.concatenate([which[from_u], which[from_v]])
        nodes = np.concatenate([self.graph.seg_u[seg[from_u]], self.graph.seg_v[seg[from_v]]])
        costs = np.concatenate([t[from_u] * c[from_u], (1.0 - t[from_v]) * c[from_v]])
        return labels, nodes, costs

    def _legs(self, org):
        """Cost from each origin to the u and v end of its segment (inf where one-way forbids)."""
        c = self.seg_cost[org.seg]
        direction = self.graph.seg_dir[org.seg]
        to_u = np.where(direction != FORWARD, org.t * c, np.inf)
        to_v = np.where(direction != BACKWARD, (1.0 - org.t) * c, np.inf)
        return to_u, to_v

    def _same_segment(self, org, fac, which):
        """Direct (origin, facility, cost) pairs for origins on a facility's own segment."""
        seg_f = fac.seg[which]
        order = np.argsort(seg_f, kind="stable")
        sorted_seg = seg_f[order]
        left = np.searchsorted(sorted_seg, org.seg, side="left")
        right = np.searchsorted(sorted_seg, org.seg, side="right")
        positions, o = expand_ranges(left, right - left)
        if o.size == 0:
            return o, o, np.zeros(0)
        f = which[order[positions]]
        seg = org.seg[o]
        ahead = fac.t[f] - org.t[o]  # > 0: facility lies towards v
        direction = self.graph.seg_dir[seg]
        allowed = np.where(ahead >= 0, direction != BACKWARD, direction != FORWARD)
        cost = np.abs(ahead) * self.seg_cost[seg]
        return o[allowed], f[allowed], cost[allowed]

    # -- questions ---------------------------------------------------------------------
    def nearest(self, org, fac, which=None, limit=np.inf):
        """(cost, facility index) of the nearest facility per origin; inf/-1 where none."""
        n_fac = fac.seg.size
        which = np.arange(n_fac) if which is None else np.asarray(which, dtype=np.int64)
        n = org.seg.size
        best = np.full(n, np.inf)
        best_f = np.full(n, -1, dtype=np.int64)
        if which.size == 0 or n == 0:
            return best, best_f
        labels, nodes, costs = self._seeds(fac, which)
        dist, label = nearest_seed(self.reverse, labels, nodes, costs, n_fac, limit, self.backend)
        to_u, to_v = self._legs(org)
        via_u = to_u + dist[self.graph.seg_u[org.seg]]
        via_v = to_v + dist[self.graph.seg_v[org.seg]]
        use_v = via_v < via_u
        best = np.where(use_v, via_v, via_u)
        best_f = np.where(use_v, label[self.graph.seg_v[org.seg]], label[self.graph.seg_u[org.seg]])
        o, f, c = self._same_segment(org, fac, which)
        if o.size:
            sort = np.lexsort((f, c, o))
            o, f, c = o[sort], f[sort], c[sort]
            first = np.ones(o.size, dtype=bool)
            first[1:] = o[1:] != o[:-1]
            o, f, c = o[first], f[first], c[first]
            better = c < best[o]
            best[o[better]] = c[better]
            best_f[o[better]] = f[better]
        over = ~(best <= limit)
        best[over] = np.inf
        best_f[over] = -1
        return best, best_f

    def pairs_within(self, org, fac, radius, which=None, progress=None, cancelled=None):
        """Every (origin, facility, cost) with cost <= ``radius`` (each pair once, its minimum)."""
        n_fac = fac.seg.size
        which = np.arange(n_fac) if which is None else np.asarray(which, dtype=np.int64)
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
        if which.size == 0 or org.seg.size == 0:
            return empty
        labels, nodes, costs = self._seeds(fac, which)
        located = None, None
        if self.cost == "length":  # straight-line bound holds for metres, not for time
            label_xy = np.full((n_fac, 2), np.nan)
            label_xy[which] = np.column_stack([fac.x[which], fac.y[which]])
            located = self.graph.node_xy, label_xy
        node, label, cost = seeds_within(
            self.reverse, labels, nodes, costs, n_fac, radius, self.backend, progress, cancelled,
            node_xy=located[0], label_xy=located[1],
        )
        starts = np.searchsorted(node, np.arange(self.graph.n_nodes + 1), side="left")
        to_u, to_v = self._legs(org)
        parts_o, parts_f, parts_c = [], [], []
        for end_nodes, leg in ((self.graph.seg_u[org.seg], to_u), (self.graph.seg_v[org.seg], to_v)):
            usable = np.nonzero(np.isfinite(leg) & (leg <= radius))[0]
            lo = starts[end_nodes[usable]]
            hi = starts[end_nodes[usable] + 1]
            positions, rows = expand_ranges(lo, hi - lo)
            origin = usable[rows]
            total = leg[origin] + cost[positions]
            keep = total <= radius
            parts_o.append(origin[keep])
            parts_f.append(label[positions][keep])
            parts_c.append(total[keep])
        o, f, c = self._same_segment(org, fac, which)
        keep = c <= radius
        parts_o.append(o[keep])
        parts_f.append(f[keep])
        parts_c.append(c[keep])
        o, f, c = np.concatenate(parts_o), np.concatenate(parts_f), np.concatenate(parts_c)
        if o.size == 0:
            return empty
        # one row per (origin, facility): the cheapest of the ways found
        key = o * np.int64(n_fac) + f
        order = np.argsort(key, kind="stable")
        key, o, f, c = key[order], o[order], f[order], c[order]
        start = np.ones(key.size, dtype=bool)
        start[1:] = key[1:] != key[:-1]
        bounds = np.nonzero(start)[0]
        return o[bounds], f[bounds], np.minimum.reduceat(c, bounds)
