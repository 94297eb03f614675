"""Where people live, as weights on the grid: CBS 100 m squares, address points, or area.

A re-bounded buurt's figures are spread over the newest buurten in proportion to where
its inhabitants live. CBS's 100 m squares give that directly (inhabitants per square);
address points (BAG, from the user) give it per address; area is the labelled last
resort. A square's inhabitants are spread evenly over its cells. A square whose count
is secret (CBS publishes ``-99997`` for a square with a few inhabitants) weighs
``SECRET_WEIGHT``: people live there, how many is not published. These are weights
only - they say where an old buurt's figures go, never a figure themselves.
"""
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

import numpy as np

from .. import missing

POPULATION_SQUARES = "population_squares"
ADDRESSES = "addresses"
AREA = "area"
SECRET_WEIGHT = 1.0

LABELS = {
    POPULATION_SQUARES: {"nl": "inwoners per 100 m-vierkant (CBS)", "en": "inhabitants per 100 m square (CBS)"},
    ADDRESSES: {"nl": "adrespunten", "en": "address points"},
    AREA: {"nl": "oppervlakte (laatste redmiddel)", "en": "area (last resort)"},
}


@dataclass
class WeightSurface:
    """Weights on the ground, before they meet a grid.

    ``squares``: ``(x_min, y_min, size, value)`` in RD metres; ``points``: ``(x, y, value)``.
    ``source``: one of ``POPULATION_SQUARES``/``ADDRESSES``; ``provenance`` says where
    they came from (table, year, file) and goes into every output that used them."""

    source: str
    squares: List[Tuple[float, float, float, Optional[float]]] = field(default_factory=list)
    points: List[Tuple[float, float, Optional[float]]] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)

    @property
    def secret(self):
        """How many squares or points have no published value (secret or missing)."""
        return sum(1 for s in self.squares if s[3] is None) + sum(1 for p in self.points if p[2] is None)

    @property
    def total(self):
        return sum(s[3] for s in self.squares if s[3] is not None) + sum(
            p[2] for p in self.points if p[2] is not None)

    def extent(self):
        xs = [s[0] for s in self.squares] + [s[0] + s[2] for s in self.squares] + [p[0] for p in self.points]
        ys = [s[1] for s in self.squares] + [s[1] + s[2] for s in self.squares] + [p[1] for p in self.points]
        return (min(xs), min(ys), max(xs), max(ys)) if xs else None

    def on(self, grid):
        """The weight of every cell of ``grid`` (float64, shape (ny, nx))."""
        density = np.zeros((grid.ny, grid.nx), dtype=np.float64)
        for x, y, size, value in self.squares:
            value = SECRET_WEIGHT if value is None else value
            if value <= 0:
                continue
            c0 = int(np.floor((x - grid.x0) / grid.cell + 1e-9))
            r0 = int(np.floor((y - grid.y0) / grid.cell + 1e-9))
            k = max(int(round(size / grid.cell)), 1)
            rs, cs = slice(max(r0, 0), min(r0 + k, grid.ny)), slice(max(c0, 0), min(c0 + k, grid.nx))
            if rs.start < rs.stop and cs.start < cs.stop:
                density[rs, cs] += float(value) / (k * k)
        if self.points:
            xy = np.array([(p[0], p[1]) for p in self.points if p[2]], dtype=np.float64).reshape(-1, 2)
            values = np.array([p[2] for p in self.points if p[2]], dtype=np.float64)
            rows, cols = grid.index_of(xy[:, 0], xy[:, 1])
            inside = rows >= 0
            np.add.at(density, (rows[inside], cols[inside]), values[inside])
        return density


def square_corner(code):
    """The south-west corner of a CBS square from its id, in RD metres.

    Older files count hectometres (``c28992r100``: ``E1583N4935`` -> 158300, 493500),
    PDOK's service metres (``crs28992res100m``: ``E158300N493500``). RD northings lie
    between 300 000 and 620 000 m, so a northing under 10 000 is in hectometres."""
    text = str(code).strip().upper()
    if not text.startswith("E") or "N" not in text:
        raise ValueError("not a CBS square id: {!r}".format(code))
    east, north = (float(part) for part in text[1:].split("N"))
    factor = 100.0 if north < 10000 else 1.0
    return east * factor, north * factor


def squares_from_rows(rows, value_field, id_field="c28992r100", size=100.0, provenance=None):
    """A ``WeightSurface`` from rows of CBS squares (dicts with the id and a count).

    The count is cleaned like every CBS value: map-file codes (-99997 secret) are None."""
    squares = []
    for row in rows:
        x, y = square_corner(row[id_field])
        squares.append((x, y, size, missing.value(row.get(value_field))))
    return WeightSurface(POPULATION_SQUARES, squares=squares, provenance=dict(provenance or {}))


def points_from_rows(rows, provenance=None):
    """A ``WeightSurface`` of address points: ``(x, y)`` or ``(x, y, weight)`` rows."""
    points = [(float(r[0]), float(r[1]), float(r[2]) if len(r) > 2 and r[2] is not None else 1.0) for r in rows]
    return WeightSurface(ADDRESSES, points=points, provenance=dict(provenance or {}))
