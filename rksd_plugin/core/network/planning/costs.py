"""Distances from demand points to sites, from the reachability analysis's own machinery.

Demand points and sites (existing facilities and candidates) are snapped once onto the
same road graph as in ``rksd:bereikbaarheid`` (``SegmentIndex``), and every question is
answered with its searches (``NetworkReach``): the nearest open site per point is one
multi-source search, the full demand-by-site matrix is one search per site (never one
per pair; on the graph with its pass-through vertices folded, ``chains``), a coverage
radius is one bounded search per site. So the distance a
location model optimises is exactly the distance the reachability analysis reports.

Without a road network every distance is the straight line (``method`` says so).
Unreachable pairs (another part of the network, or one-way streets that forbid it) are
``inf``, never a number.
"""
import numpy as np

from ... import errors as _errors
from .. import backend as _backend
from ..euclid import StraightLine
from ..network_reach import NetworkReach
from ..search import nearest_seed
from ..snap import SegmentIndex
from .chains import ChainGraph

NETWORK, STRAIGHT_LINE = "network", "straight_line"
BLOCK_BYTES = 96 * 2 ** 20  # working memory of one block of searches


def _check(cancelled):
    if cancelled is not None and cancelled():
        raise _errors.Cancelled()


class SiteDistances:
    """Demand points and sites placed once (snapped onto the roads), asked many questions.

    ``sites`` arguments are indices into ``site_xy``; results index demand rows in the
    order of ``demand_xy``.
    """

    def __init__(self, demand_xy, site_xy, graph=None, backend=None):
        self.demand_xy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
        self.site_xy = np.asarray(site_xy, dtype=np.float64).reshape(-1, 2)
        self.backend = _backend.resolve(backend)
        self.graph = graph
        self.method = NETWORK if graph is not None else STRAIGHT_LINE
        self.demand_snap = self.site_snap = self.reach = None
        self._line = self._chains = None
        if graph is not None:
            index = SegmentIndex.for_graph(graph, self.backend)
            self.demand_snap = index.snap(self.demand_xy)
            self.site_snap = index.snap(self.site_xy)
            self.reach = NetworkReach(graph, "length", backend=self.backend)
        else:
            self._line = StraightLine(self.site_xy, self.backend)

    @property
    def n_demand(self):
        return len(self.demand_xy)

    @property
    def n_sites(self):
        return len(self.site_xy)

    def _sites(self, sites):
        return np.arange(self.n_sites) if sites is None else np.asarray(sites, dtype=np.int64).reshape(-1)

    # -- one search ------------------------------------------------------------------------
    def nearest(self, sites=None):
        """(distance, site index) of the nearest of ``sites`` per demand point; inf/-1 where none.

        One multi-source search: exactly what ``rksd:bereikbaarheid`` computes."""
        sites = self._sites(sites)
        if self.graph is None:
            return self._line.nearest(self.demand_xy, sites)
        return self.reach.nearest(self.demand_snap, self.site_snap, sites)

    def pairs_within(self, radius, sites=None, progress=None, cancelled=None):
        """Every (demand row, site, distance) with distance <= ``radius``: bounded searches."""
        sites = self._sites(sites)
        if self.graph is None:
            return self._line.pairs_within(self.demand_xy, radius, sites)
        return self.reach.pairs_within(self.demand_snap, self.site_snap, radius, sites, progress, cancelled)

    # -- one search per site ------------------------------------------------------------------
    def blocks(self, sites=None, progress=None, cancelled=None):
        """Yield (site indices, float32 block sites x demand) for ``sites``, a few at a time."""
        sites = self._sites(sites)
        if sites.size == 0:
            return
        rows = _ChainRows(self, sites) if self.graph is not None else None
        per_site = 4.0 * max(self.n_demand, 1) * 3 + (8.0 * rows.chains.n_nodes if rows is not None else 0.0)
        size = int(max(1, min(256, BLOCK_BYTES // per_site)))
        for start in range(0, sites.size, size):
            _check(cancelled)
            chunk = sites[start:start + size]
            yield chunk, (self._straight_block(chunk) if rows is None else rows.block(chunk))
            if progress is not None:
                progress(min(start + size, sites.size) / sites.size)

    def matrix(self, sites=None, progress=None, cancelled=None):
        """The demand x sites distance matrix (float32, inf where unreachable)."""
        sites = self._sites(sites)
        out = np.empty((self.n_demand, sites.size), dtype=np.float32)
        offset = 0
        for chunk, block in self.blocks(sites, progress, cancelled):  # blocks come in the order of sites
            out[:, offset:offset + chunk.size] = block.T
            offset += chunk.size
        return out

    def best_two(self, sites=None, progress=None, cancelled=None):
        """Per demand point the nearest and second-nearest of ``sites`` (distance, site index).

        Streams over the sites, so memory stays one block whatever their number."""
        sites = self._sites(sites)
        n = self.n_demand
        best = np.full((2, n), np.inf)
        which = np.full((2, n), -1, dtype=np.int64)
        columns = np.arange(n)
        for chunk, block in self.blocks(sites, progress, cancelled):
            values = np.vstack([best, block])
            labels = np.concatenate([which, np.repeat(chunk[:, None], n, axis=1)])
            # ties: the site listed first wins, as in a stable sort
            order = np.argsort(values, axis=0, kind="stable")[:2]
            best = values[order, columns]
            which = labels[order, columns]
        which[~np.isfinite(best)] = -1
        return best[0], which[0], best[1], which[1]

    def _straight_block(self, chunk):
        xy = self.site_xy[chunk]
        dx = xy[:, 0][:, None] - self.demand_xy[:, 0][None, :]
        dy = xy[:, 1][:, None] - self.demand_xy[:, 1][None, :]
        return np.hypot(dx, dy).astype(np.float32)

    @property
    def chains(self):
        """The folded graph for many searches (built on first use, then kept)."""
        if self._chains is None:
            self._chains = ChainGraph(self.graph)
        return self._chains


class _ChainRows:
    """Demand-to-site distances for a few sites at a time, one search per site on the
    folded graph: via either end of the point's chain, or straight along a shared chain."""

    def __init__(self, distances, sites):
        chains = distances.chains
        self.chains, self.sites = chains, sites
        self.backend = distances.backend
        self.point_chain, self.point_pos = chains.place(distances.demand_snap)
        self.site_chain, self.site_pos = chains.place(distances.site_snap)
        to_a, to_b = chains.legs(self.point_chain, self.point_pos)
        self.to_a, self.to_b = to_a.astype(np.float32), to_b.astype(np.float32)
        self.end_a, self.end_b = chains.chain_a[self.point_chain], chains.chain_b[self.point_chain]
        self.n_labels = distances.n_sites
        labels, nodes, costs = chains.seeds(self.site_chain[sites], self.site_pos[sites], sites)
        self.seeds = labels, nodes, costs
        if self.backend == _backend.SCIPY:
            self.matrix = chains.reverse.with_seeds(labels, nodes, costs, self.n_labels)

    def node_costs(self, chunk):
        if self.backend == _backend.SCIPY:
            from scipy.sparse.csgraph import dijkstra

            n = self.chains.n_nodes
            return dijkstra(self.matrix, directed=True, indices=n + chunk)[:, :n].astype(np.float32)
        labels, nodes, costs = self.seeds
        rows = []
        for site in chunk.tolist():
            pick = labels == site
            dist, _ = nearest_seed(self.chains.reverse, labels[pick], nodes[pick], costs[pick], self.n_labels,
                                   backend=_backend.PYTHON)
            rows.append(dist)
        return np.vstack(rows).astype(np.float32)

    def block(self, chunk):
        node_costs = self.node_costs(chunk)
        block = node_costs[:, self.end_a]
        block += self.to_a[None, :]
        via_b = node_costs[:, self.end_b]
        via_b += self.to_b[None, :]
        np.minimum(block, via_b, out=block)
        point, site, cost = self.chains.same_chain(self.point_chain, self.point_pos, self.site_chain,
                                                   self.site_pos, chunk)
        if point.size:
            row = np.searchsorted(chunk, site) if np.all(chunk[:-1] <= chunk[1:]) else _positions(chunk, site)
            np.minimum.at(block, (row, point), cost.astype(np.float32))
        return block


def _positions(chunk, values):
    lookup = {int(s): k for k, s in enumerate(chunk.tolist())}
    return np.asarray([lookup[int(v)] for v in values.tolist()], dtype=np.int64)
