"""The road graph with its pass-through nodes folded away, for many searches (exact).

Every vertex of a road line is a graph node, so a bending street is a chain of nodes that
each connect just two segments. A shortest-path search must still visit all of them.
Folding each such chain into one arc between its end nodes (crossings, dead ends, and
every end of a one-way segment) keeps every distance exactly and makes each search
visit far fewer nodes: on OpenStreetMap networks about a third of the nodes remain.

A point on the roads (a snapped demand point or site) sits at a position along its
chain; it reaches the chain's two ends, or another point on the same chain, directly.
One-way segments are never folded: each is its own chain with its direction.
"""
import numpy as np

from ..graph import BOTH, FORWARD
from ..search import ReverseGraph
from ..snap import spatial_order

AB, BA = 1, 2  # one-way chains: travel from end a to end b only, or from b to a only


class ChainGraph:
    """Chains (a, b, length, direction) over the kept nodes, and where each segment lies."""

    def __init__(self, graph):
        self.graph = graph
        n, s = graph.n_nodes, graph.n_segments
        ends = np.concatenate([graph.seg_u, graph.seg_v])
        degree = np.bincount(ends, minlength=n)
        oneway = graph.seg_dir != BOTH
        keep = degree != 2
        keep[graph.seg_u[oneway]] = True
        keep[graph.seg_v[oneway]] = True
        order = np.argsort(ends, kind="stable")
        incident = np.concatenate([np.arange(s), np.arange(s)])[order]
        start = np.concatenate(([0], np.cumsum(degree)))
        self.seg_chain = np.full(s, -1, dtype=np.int64)
        self.seg_offset = np.zeros(s)
        self.seg_forward = np.ones(s, dtype=bool)  # does the chain pass u before v?
        a_list, b_list, length_list, dir_list = [], [], [], []
        seg_u, seg_v, seg_len, seg_dir = (graph.seg_u.tolist(), graph.seg_v.tolist(), graph.seg_len.tolist(),
                                          graph.seg_dir.tolist())
        chain_of = self.seg_chain
        offsets = self.seg_offset
        forward = self.seg_forward
        keep_list = keep.tolist()
        start_list, incident_list = start.tolist(), incident.tolist()

        def walk(node, segment):
            chain = len(a_list)
            first, position = node, 0.0
            direction = BOTH
            while True:
                chain_of[segment] = chain
                offsets[segment] = position
                is_forward = seg_u[segment] == node
                forward[segment] = is_forward
                if seg_dir[segment] != BOTH:  # a one-way segment is a chain on its own
                    direction = AB if (seg_dir[segment] == FORWARD) == is_forward else BA
                position += seg_len[segment]
                node = seg_v[segment] if is_forward else seg_u[segment]
                if keep_list[node]:
                    break
                lo = start_list[node]
                a, b = incident_list[lo], incident_list[lo + 1]
                segment = b if a == segment else a
            a_list.append(first)
            b_list.append(node)
            length_list.append(position)
            dir_list.append(direction)

        for node in np.nonzero(keep & (degree > 0))[0].tolist():
            for k in range(start_list[node], start_list[node + 1]):
                segment = incident_list[k]
                if chain_of[segment] < 0:
                    walk(node, segment)
        for segment in range(s):  # rings without any kept node: keep one of their nodes
            if chain_of[segment] < 0:
                keep_list[seg_u[segment]] = True
                walk(seg_u[segment], segment)
        kept = np.nonzero(np.asarray(keep_list))[0]
        # numbered in space-filling order: a search then touches memory that lies together
        # (measured: a third less time per search on a town grid)
        lengths = np.asarray(length_list) if length_list else np.ones(1)
        kept = kept[spatial_order(graph.node_xy[kept], float(np.clip(np.median(lengths) / 2.0, 10.0, 100.0)))]
        self.kept_nodes = kept
        self.node_index = np.full(n, -1, dtype=np.int64)
        self.node_index[kept] = np.arange(kept.size)
        self.chain_a = self.node_index[np.asarray(a_list, dtype=np.int64)]
        self.chain_b = self.node_index[np.asarray(b_list, dtype=np.int64)]
        self.chain_len = np.asarray(length_list, dtype=np.float64)
        self.chain_dir = np.asarray(dir_list, dtype=np.int8)
        self.reverse = ReverseGraph(kept.size, *self._arcs())

    @property
    def n_nodes(self):
        return self.kept_nodes.size

    def _arcs(self):
        """Directed arcs between kept nodes; parallel arcs keep the cheapest, loops are dropped."""
        a, b, w, d = self.chain_a, self.chain_b, self.chain_len, self.chain_dir
        go_ab = d != BA
        go_ba = d != AB
        src = np.concatenate([a[go_ab], b[go_ba]])
        dst = np.concatenate([b[go_ab], a[go_ba]])
        cost = np.concatenate([w[go_ab], w[go_ba]])
        proper = src != dst
        src, dst, cost = src[proper], dst[proper], cost[proper]
        if src.size:
            key = src * np.int64(max(self.n_nodes, 1)) + dst
            order = np.lexsort((cost, key))
            key, src, dst, cost = key[order], src[order], dst[order], cost[order]
            first = np.ones(key.size, dtype=bool)
            first[1:] = key[1:] != key[:-1]
            src, dst, cost = src[first], dst[first], cost[first]
        return src, dst, cost

    def place(self, snapped):
        """(chain, position along it) of snapped points (``Snapped`` of the same graph)."""
        seg = snapped.seg
        along = snapped.t * self.graph.seg_len[seg]
        within = np.where(self.seg_forward[seg], along, self.graph.seg_len[seg] - along)
        return self.seg_chain[seg], self.seg_offset[seg] + within

    def legs(self, chain, position):
        """Cost from points to their chain's a and b end (inf where one-way forbids)."""
        d = self.chain_dir[chain]
        to_a = np.where(d != AB, position, np.inf)
        to_b = np.where(d != BA, self.chain_len[chain] - position, np.inf)
        return to_a, to_b

    def seeds(self, chain, position, labels):
        """Seeds reaching each site: (label, kept node, cost from that node to the site)."""
        d = self.chain_dir[chain]
        from_a = d != BA  # from end a one travels towards b to reach the site
        from_b = d != AB
        return (np.concatenate([labels[from_a], labels[from_b]]),
                np.concatenate([self.chain_a[chain[from_a]], self.chain_b[chain[from_b]]]),
                np.concatenate([position[from_a], self.chain_len[chain[from_b]] - position[from_b]]))

    def same_chain(self, chain_p, pos_p, chain_s, pos_s, sites):
        """Direct (point, site, cost) pairs for points on the chain of one of ``sites``."""
        order = np.argsort(chain_s[sites], kind="stable")
        sorted_chain = chain_s[sites][order]
        left = np.searchsorted(sorted_chain, chain_p, side="left")
        right = np.searchsorted(sorted_chain, chain_p, side="right")
        counts = right - left
        point = np.repeat(np.arange(chain_p.size), counts)
        if point.size == 0:
            return point, point, np.zeros(0)
        offsets = np.cumsum(counts) - counts
        within = np.arange(point.size) - np.repeat(offsets, counts)
        site = sites[order[np.repeat(left, counts) + within]]
        ahead = pos_s[site] - pos_p[point]  # > 0: the site lies towards end b
        d = self.chain_dir[chain_p[point]]
        allowed = np.where(ahead >= 0, d != BA, d != AB)
        return point[allowed], site[allowed], np.abs(ahead)[allowed]

