"""Areas on a fine grid: which area each cell centre lies in, by a scanline fill.

Overlaps between two indelingen (how much of an old buurt lies in a new one, and how
many people live there) are counted on a common grid instead of intersecting polygons:
no GEOS is needed in the core, slivers from differently generalised boundaries stay
small, and the same grid carries the population weights. A cell belongs to an area
when its centre lies inside (even-odd rule, so holes and multipolygons need no care).
At the default 10 m cells, a buurt's area is exact to a fraction of a percent; the
population weights themselves are 100 m squares.
"""
import math
from dataclasses import dataclass

import numpy as np

MAX_CELLS = 6_000_000
CELL_SIZES = (10.0, 20.0, 25.0, 50.0, 100.0)  # divisors of 100 m: CBS squares stay whole blocks
NONE = -1


@dataclass(frozen=True)
class Grid:
    """A north-up grid in RD metres; row 0 is the southern row."""

    x0: float
    y0: float
    cell: float
    nx: int
    ny: int

    @property
    def cell_area(self):
        return self.cell * self.cell

    def index_of(self, x, y):
        """Row and column arrays of points (outside the grid: -1)."""
        col = np.floor((np.asarray(x, dtype=float) - self.x0) / self.cell).astype(np.int64)
        row = np.floor((np.asarray(y, dtype=float) - self.y0) / self.cell).astype(np.int64)
        outside = (col < 0) | (col >= self.nx) | (row < 0) | (row >= self.ny)
        col[outside] = NONE
        row[outside] = NONE
        return row, col


def grid_for(extents, cell=None, max_cells=MAX_CELLS):
    """The smallest grid aligned to 100 m that covers ``extents`` (xmin, ymin, xmax, ymax).

    The cell is the finest of ``CELL_SIZES`` that keeps the grid under ``max_cells`` (a
    gemeente of 10 x 10 km gets 10 m cells; the largest gemeenten coarser ones)."""
    boxes = [e for e in extents if e is not None]
    if not boxes:
        raise ValueError("no geometry to put on a grid")
    xmin = math.floor(min(b[0] for b in boxes) / 100.0) * 100.0
    ymin = math.floor(min(b[1] for b in boxes) / 100.0) * 100.0
    xmax = math.ceil(max(b[2] for b in boxes) / 100.0) * 100.0
    ymax = math.ceil(max(b[3] for b in boxes) / 100.0) * 100.0
    sizes = [float(cell)] if cell else CELL_SIZES
    for size in sizes:
        nx, ny = int(round((xmax - xmin) / size)), int(round((ymax - ymin) / size))
        if nx * ny <= max_cells or size == sizes[-1]:
            return Grid(xmin, ymin, size, max(nx, 1), max(ny, 1))
    raise AssertionError("unreachable")


def label(grid, areas):
    """An ``int32`` array (ny, nx): the index in ``areas`` of the area each cell lies in.

    ``areas`` is a list of ring lists. A cell outside every area holds -1; where areas
    overlap (generalisation artefacts) the later one wins and ``overlaps`` counts the
    cells claimed twice."""
    labels = np.full((grid.ny, grid.nx), NONE, dtype=np.int32)
    overlaps = 0
    for index, rings in enumerate(areas):
        mask, window = fill(grid, rings)
        if mask is None:
            continue
        r0, r1, c0, c1 = window
        target = labels[r0:r1, c0:c1]
        overlaps += int(np.count_nonzero(mask & (target != NONE)))
        target[mask] = index
    return labels, overlaps


def fill(grid, rings):
    """The cells whose centres lie inside ``rings``: ``(mask, (r0, r1, c0, c1))`` for the
    window of the grid the rings cover, or ``(None, None)`` when they cover no centre."""
    if not rings:
        return None, None
    starts, ends = [], []
    for ring in rings:
        if len(ring) < 3:
            continue
        closed = ring if np.array_equal(ring[0], ring[-1]) else np.vstack([ring, ring[:1]])
        starts.append(closed[:-1])
        ends.append(closed[1:])
    if not starts:
        return None, None
    a, b = np.concatenate(starts), np.concatenate(ends)
    ymin, ymax = min(a[:, 1].min(), b[:, 1].min()), max(a[:, 1].max(), b[:, 1].max())
    xmin, xmax = min(a[:, 0].min(), b[:, 0].min()), max(a[:, 0].max(), b[:, 0].max())
    # rows whose centre y lies in [ymin, ymax]
    r0 = max(int(math.ceil((ymin - grid.y0) / grid.cell - 0.5)), 0)
    r1 = min(int(math.floor((ymax - grid.y0) / grid.cell - 0.5)) + 1, grid.ny)
    c0 = max(int(math.floor((xmin - grid.x0) / grid.cell)), 0)
    c1 = min(int(math.ceil((xmax - grid.x0) / grid.cell)) + 1, grid.nx)
    if r1 <= r0 or c1 <= c0:
        return None, None
    # each edge crosses the centre lines of rows in [lo, hi): half-open in y, so a vertex
    # on a centre line is counted once
    y_lo, y_hi = np.minimum(a[:, 1], b[:, 1]), np.maximum(a[:, 1], b[:, 1])
    lo = np.ceil((y_lo - grid.y0) / grid.cell - 0.5).astype(np.int64)
    hi = np.ceil((y_hi - grid.y0) / grid.cell - 0.5).astype(np.int64)
    lo, hi = np.maximum(lo, r0), np.minimum(hi, r1)
    keep = hi > lo
    a, b, lo, hi = a[keep], b[keep], lo[keep], hi[keep]
    if not len(a):
        return None, None
    counts = hi - lo
    edge = np.repeat(np.arange(len(a)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    rows = lo[edge] + offsets
    yc = grid.y0 + (rows + 0.5) * grid.cell
    ax, ay, bx, by = a[edge, 0], a[edge, 1], b[edge, 0], b[edge, 1]
    xs = ax + (yc - ay) * (bx - ax) / (by - ay)
    order = np.lexsort((xs, rows))
    rows, xs = rows[order], xs[order]
    # even-odd: consecutive crossings of one row pair up into spans
    if len(rows) % 2:
        raise ValueError("a ring is not closed")
    left_rows, left_x, right_x = rows[0::2], xs[0::2], xs[1::2]
    if np.any(left_rows != rows[1::2]):
        raise ValueError("a ring is not closed")
    # columns whose centre x lies in [left, right)
    first = np.ceil((left_x - grid.x0) / grid.cell - 0.5).astype(np.int64)
    last = np.ceil((right_x - grid.x0) / grid.cell - 0.5).astype(np.int64)
    first, last = np.clip(first, c0, c1), np.clip(last, c0, c1)
    spans = last > first
    height, width = r1 - r0, c1 - c0
    diff = np.zeros((height, width + 1), dtype=np.int32)
    np.add.at(diff, (left_rows[spans] - r0, first[spans] - c0), 1)
    np.add.at(diff, (left_rows[spans] - r0, last[spans] - c0), -1)
    mask = np.cumsum(diff, axis=1)[:, :width] > 0
    return mask, (r0, r1, c0, c1)


def pair_sums(first, second, n_first, n_second, weights=None):
    """An ``(n_first + 1, n_second + 1)`` matrix of cell counts (or summed ``weights``) per
    pair of labels; the last row and column collect cells outside every area."""
    a = np.where(first == NONE, n_first, first).astype(np.int64).ravel()
    b = np.where(second == NONE, n_second, second).astype(np.int64).ravel()
    keys = a * (n_second + 1) + b
    size = (n_first + 1) * (n_second + 1)
    if weights is None:
        sums = np.bincount(keys, minlength=size)
    else:
        sums = np.bincount(keys, weights=np.asarray(weights, dtype=np.float64).ravel(), minlength=size)
    return sums.reshape(n_first + 1, n_second + 1)
