"""Multi-source shortest paths: one search from all facilities at once.

The graph is searched *backwards* (arcs reversed) from "seeds": each facility is an
extra source node with arcs to the two ends of the segment it sits on, so the distance
found at a node is the distance *from* that node *to* its nearest facility, one-way
streets respected. scipy's compiled Dijkstra does this with ``min_only=True``; without
scipy a heapq Dijkstra gives the same answer more slowly.
"""
import heapq

import numpy as np

from . import backend as _backend
from ..errors import Cancelled
from .snap import spatial_order


class ReverseGraph:
    """CSR arrays of the reversed arcs of a graph (built once, searched many times)."""

    def __init__(self, n_nodes, src, dst, weight):
        self.n = int(n_nodes)
        # reversed: an arc a->b with cost w becomes b->a
        rows, cols = np.asarray(dst, dtype=np.int64), np.asarray(src, dtype=np.int64)
        order = np.argsort(rows, kind="stable")
        self.indices = cols[order]
        self.data = np.asarray(weight, dtype=np.float64)[order]
        self.indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=self.n))))

    def with_seeds(self, seed_label, seed_node, seed_cost, n_labels):
        """A scipy CSR matrix with one extra source row per label (labels are 0..n_labels-1)."""
        from scipy.sparse import csr_matrix

        order = np.argsort(seed_label, kind="stable")
        label, node, cost = seed_label[order], seed_node[order], seed_cost[order]
        extra_ptr = np.cumsum(np.bincount(label, minlength=n_labels)) + self.indptr[-1]
        indptr = np.concatenate((self.indptr, extra_ptr))
        indices = np.concatenate((self.indices, node)).astype(np.int32)
        data = np.concatenate((self.data, cost))
        size = self.n + n_labels
        return csr_matrix((data, indices, indptr.astype(np.int64)), shape=(size, size))


def nearest_seed(graph, seed_label, seed_node, seed_cost, n_labels, limit=np.inf, backend=None):
    """Per node: cost to the nearest seed label and that label (-1 and inf where none).

    ``seed_*`` are parallel arrays: reaching ``seed_node`` means label ``seed_label`` is
    ``seed_cost`` further on.
    """
    seed_label = np.asarray(seed_label, dtype=np.int64)
    seed_node = np.asarray(seed_node, dtype=np.int64)
    seed_cost = np.asarray(seed_cost, dtype=np.float64)
    if seed_label.size == 0:
        return np.full(graph.n, np.inf), np.full(graph.n, -1, dtype=np.int64)
    if _backend.resolve(backend) == _backend.SCIPY:
        from scipy.sparse.csgraph import dijkstra

        matrix = graph.with_seeds(seed_label, seed_node, seed_cost, n_labels)
        used = np.unique(seed_label)
        dist, _, source = dijkstra(
            matrix, directed=True, indices=graph.n + used, min_only=True, return_predecessors=True,
            limit=limit,
        )
        label = np.where(source[:graph.n] >= 0, source[:graph.n] - graph.n, -1).astype(np.int64)
        dist = dist[:graph.n]
        label[~np.isfinite(dist)] = -1
        return dist, label
    return _heap_nearest(graph, seed_label, seed_node, seed_cost, limit)


def _heap_nearest(graph, seed_label, seed_node, seed_cost, limit):
    n = graph.n
    dist = [np.inf] * n
    label = [-1] * n
    heap = [(float(c), int(lab), int(v)) for lab, v, c in zip(seed_label, seed_node, seed_cost) if c <= limit]
    heapq.heapify(heap)
    indptr, indices, data = graph.indptr.tolist(), graph.indices.tolist(), graph.data.tolist()
    done = [False] * n
    while heap:
        d, lab, v = heapq.heappop(heap)
        if done[v]:
            continue
        done[v] = True
        dist[v], label[v] = d, lab
        for k in range(indptr[v], indptr[v + 1]):
            w = indices[k]
            nd = d + data[k]
            if not done[w] and nd <= limit and nd < dist[w]:
                dist[w] = nd
                heapq.heappush(heap, (nd, lab, w))
    dist = np.asarray(dist, dtype=np.float64)
    label = np.asarray(label, dtype=np.int64)
    label[~np.isfinite(dist)] = -1
    return dist, label


def seeds_within(graph, seed_label, seed_node, seed_cost, n_labels, limit, backend=None,
                 progress=None, cancelled=None, chunk_cells=20_000_000, node_xy=None, label_xy=None):
    """Every (node, label, cost) with cost <= ``limit``, one bounded search per label.

    Returned as flat arrays sorted by node. Searches run in chunks of labels so that the
    dense scipy result never exceeds about ``chunk_cells`` numbers.

    With ``node_xy`` and ``label_xy`` (costs are metres along straight segments, so no
    node farther than ``limit`` in a straight line can be within ``limit`` over the
    roads) each chunk of nearby labels is searched on the small subgraph of nodes within
    that straight-line distance: exact, and it avoids touching the whole graph per label.
    """
    seed_label = np.asarray(seed_label, dtype=np.int64)
    seed_node = np.asarray(seed_node, dtype=np.int64)
    seed_cost = np.asarray(seed_cost, dtype=np.float64)
    labels = np.unique(seed_label)
    out_node, out_label, out_cost = [], [], []
    local = node_xy is not None and label_xy is not None and np.isfinite(limit)
    if labels.size and local and _backend.resolve(backend) == _backend.SCIPY:
        out_node, out_label, out_cost = _local_within(
            graph, seed_label, seed_node, seed_cost, n_labels, limit, labels, node_xy, label_xy, progress, cancelled)
    elif labels.size and _backend.resolve(backend) == _backend.SCIPY:
        from scipy.sparse.csgraph import dijkstra

        matrix = graph.with_seeds(seed_label, seed_node, seed_cost, n_labels)
        size = max(1, int(chunk_cells // max(matrix.shape[0], 1)))
        for start in range(0, labels.size, size):
            if cancelled is not None and cancelled():
                raise Cancelled()
            chunk = labels[start:start + size]
            dist = dijkstra(matrix, directed=True, indices=graph.n + chunk, limit=limit)[:, :graph.n]
            rows, nodes = np.nonzero(dist <= limit)
            out_node.append(nodes)
            out_label.append(chunk[rows])
            out_cost.append(dist[rows, nodes])
            if progress is not None:
                progress(min(start + size, labels.size) / labels.size)
    elif labels.size:
        order = np.argsort(seed_label, kind="stable")
        bounds = np.searchsorted(seed_label[order], labels, side="left")
        ends = np.searchsorted(seed_label[order], labels, side="right")
        for index, (lab, lo, hi) in enumerate(zip(labels, bounds, ends)):
            if cancelled is not None and cancelled():
                raise Cancelled()
            pick = order[lo:hi]
            dist, _ = _heap_nearest(graph, seed_label[pick], seed_node[pick], seed_cost[pick], limit)
            nodes = np.nonzero(np.isfinite(dist))[0]
            out_node.append(nodes)
            out_label.append(np.full(nodes.size, lab, dtype=np.int64))
            out_cost.append(dist[nodes])
            if progress is not None and index % 16 == 0:
                progress((index + 1) / labels.size)
    if not out_node:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    node = np.concatenate(out_node).astype(np.int64)
    label = np.concatenate(out_label).astype(np.int64)
    cost = np.concatenate(out_cost)
    order = np.argsort(node, kind="stable")
    return node[order], label[order], cost[order]


def _local_within(graph, seed_label, seed_node, seed_cost, n_labels, limit, labels, node_xy, label_xy,
                  progress, cancelled, chunk=32):
    from scipy.sparse.csgraph import dijkstra
    from scipy.spatial import cKDTree

    matrix = graph.with_seeds(seed_label, seed_node, seed_cost, n_labels)
    tree = cKDTree(node_xy)
    order = labels[spatial_order(label_xy[labels], max(limit, 1.0) * 2.0)]
    radius = limit * (1.0 + 1e-9) + 1e-6
    out_node, out_label, out_cost = [], [], []
    for start in range(0, order.size, chunk):
        if cancelled is not None and cancelled():
            raise Cancelled()
        part = order[start:start + chunk]
        balls = tree.query_ball_point(label_xy[part], radius)
        nodes = np.unique(np.concatenate([np.asarray(b, dtype=np.int64) for b in balls] + [np.zeros(0, dtype=np.int64)]))
        index = np.concatenate([graph.n + part, nodes])
        sub = matrix[index][:, index]
        dist = dijkstra(sub, directed=True, indices=np.arange(part.size), limit=limit)[:, part.size:]
        rows, columns = np.nonzero(dist <= limit)
        out_node.append(nodes[columns])
        out_label.append(part[rows])
        out_cost.append(dist[rows, columns])
        if progress is not None:
            progress(min(start + chunk, order.size) / order.size)
    return out_node, out_label, out_cost
