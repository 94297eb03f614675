"""Synthetic, town-like road networks in EPSG:28992 for tests and benchmarks.

Everything here is SYNTHETIC (made up, seeded, reproducible) and labelled so: a jittered
street grid with some streets missing and a bend in some blocks, address points set back
5-30 m from a street, facilities likewise. Used where no real data of the size exists.
"""
import numpy as np

LABEL = "synthetic town-like grid (RKSD benchmark, not real data)"
ORIGIN = (150000.0, 400000.0)  # an arbitrary RD location; the network is not a real place


def town_grid(target_segments, block=100.0, seed=1, drop=0.1, bend=0.3):
    """Road features as (coords, part_starts): about ``target_segments`` street pieces.

    Every street piece (between two crossings) is one feature with 2 vertices, or 3 when
    it bends. Returns (coords N×2, part_starts P+1) in RD metres.
    """
    rng = np.random.default_rng(seed)
    n = int(np.ceil(np.sqrt(target_segments / (2.0 * (1.0 - drop))))) + 1
    ix, iy = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    nodes = np.column_stack([ix.ravel(), iy.ravel()]).astype(np.float64) * block
    nodes += rng.uniform(-block * 0.1, block * 0.1, nodes.shape) + np.array(ORIGIN)
    index = np.arange(n * n).reshape(n, n)
    horizontal = np.column_stack([index[:-1, :].ravel(), index[1:, :].ravel()])
    vertical = np.column_stack([index[:, :-1].ravel(), index[:, 1:].ravel()])
    edges = np.vstack([horizontal, vertical])
    keep = rng.random(len(edges)) >= drop
    edges = edges[keep][:target_segments]
    a, b = nodes[edges[:, 0]], nodes[edges[:, 1]]
    bends = rng.random(len(edges)) < bend
    middle = (a + b) / 2.0 + rng.uniform(-block * 0.08, block * 0.08, a.shape)
    counts = np.where(bends, 3, 2)
    starts = np.concatenate(([0], np.cumsum(counts)))
    coords = np.empty((starts[-1], 2))
    coords[starts[:-1]] = a
    last = starts[1:] - 1
    coords[last] = b
    coords[starts[:-1][bends] + 1] = middle[bends]
    return coords, starts


def points_along(coords, part_starts, count, seed=2, setback=(5.0, 30.0)):
    """``count`` points beside random street pieces (like addresses), RD metres."""
    rng = np.random.default_rng(seed)
    parts = rng.integers(0, len(part_starts) - 1, count)
    a = coords[part_starts[parts]]
    b = coords[part_starts[parts] + 1]
    t = rng.random(count)[:, None]
    base = a + t * (b - a)
    direction = b - a
    length = np.maximum(np.hypot(direction[:, 0], direction[:, 1]), 1e-9)[:, None]
    normal = np.column_stack([-direction[:, 1], direction[:, 0]]) / length
    side = np.where(rng.random(count) < 0.5, -1.0, 1.0)[:, None]
    distance = rng.uniform(setback[0], setback[1], count)[:, None]
    return base + normal * side * distance
