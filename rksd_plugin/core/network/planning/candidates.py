"""Candidate sites from the road network itself: "all network nodes in an area".

A gemeente without a list of buildings still wants to know *where* a new site would serve
best. Every junction of the road graph is a place a site could be reached from; taking all
of them would make the choice huge (tens of thousands of nodes), so at most one junction per
``spacing`` x ``spacing`` cell is kept - the one nearest the cell's centre - which spreads the
candidates evenly at a density the exact solver and the heuristic can handle.
"""
import numpy as np


def junction_candidates(graph, spacing=250.0, inside=None):
    """Indices of graph nodes to offer as candidate sites, ascending.

    Junctions only (three or more segments meet: a bend or a dead end is no place to choose),
    in the graph's largest connected part (a site elsewhere could not reach most people),
    ``inside(node_xy) -> bool mask`` limits them to an area; ``spacing`` > 0 keeps one per cell.
    """
    n = graph.n_nodes
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    degree = np.bincount(graph.seg_u, minlength=n) + np.bincount(graph.seg_v, minlength=n)
    components = graph.components()
    largest = np.argmax(np.bincount(components))
    keep = (degree >= 3) & (components == largest)
    if inside is not None:
        keep &= np.asarray(inside(graph.node_xy), dtype=bool)
    index = np.flatnonzero(keep)
    if spacing <= 0 or len(index) == 0:
        return index
    xy = graph.node_xy[index]
    cell = np.floor(xy / float(spacing)).astype(np.int64)
    centre = (cell + 0.5) * float(spacing)
    off_centre = np.hypot(*(xy - centre).T)
    order = np.lexsort((index, off_centre, cell[:, 1], cell[:, 0]))  # per cell: nearest the centre first
    ordered_cells = cell[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = np.any(ordered_cells[1:] != ordered_cells[:-1], axis=1)
    return np.sort(index[order[first]])
