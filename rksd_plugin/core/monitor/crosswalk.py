"""An earlier indeling against the newest: which old area's figures go where, and how.

Per level (buurt, wijk, gemeente) and per earlier year, every area of the newest
indeling gets a ``Target`` saying how its figures of that year are found:

- ``direct``: the same code covers the same area (equal within ``tolerance``), and no
  other old area contributes: the value is carried as published;
- ``recoded``: another code covered the same area (equal within tolerance): carried as
  published, under the old code;
- ``reallocated``: the area was re-bounded (split, merged, moved). Counts of the old
  areas that overlap it are spread in proportion to where people live (CBS 100 m
  squares or address points) or, where no weights are known, to area (labelled);
- ``no_source``: no old area covers it.

A code in both indelingen that covers another area (Ermelo's BU02330001-0005 between
2021 and 2022) is *not* direct: codes are only trusted when the geometry agrees.
Overlaps are counted on a common grid (``raster``); an overlap is a *sliver* (ignored)
when it holds less than ``SLIVER`` of both the old and the new area's weight, so
differently generalised boundaries do not create false contributions. Every old area
with a material overlap passes all of its figures on: totals are preserved.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from .. import marks
from . import polygons, raster
from .weights import AREA

DIRECT, RECODED, REALLOCATED, NO_SOURCE = "direct", "recoded", "reallocated", "no_source"
TOLERANCE = 0.05  # "equal within tolerance": intersection over union of at least 0.95
SLIVER = 0.01
AREA_LABEL_SHARE = 0.1  # a re-allocated value is labelled 'area' when more of it than this came by area

METHOD_LABELS = {
    DIRECT: {"nl": "direct (zelfde code, zelfde gebied)", "en": "direct (same code, same area)"},
    RECODED: {"nl": "hercodeerd (zelfde gebied, andere code)", "en": "re-coded (same area, other code)"},
    REALLOCATED: {language: "{} {} {}".format(marks.symbol("reallocated"), marks.words("reallocated", language),
                                              {"nl": "naar de nieuwe grenzen", "en": "to the new boundaries"}[language])
                  for language in ("nl", "en")},  # the visual language's mark and words (core/marks.py)
    NO_SOURCE: {"nl": "geen eerder gebied", "en": "no earlier area"},
}


@dataclass
class Source:
    """An old area that contributes to a new one."""

    code: str
    fraction: float  # of the old area's figures that goes to the new area
    share: float  # of the new area's weight that comes from the old area


@dataclass
class Target:
    code: str
    method: str
    sources: List[Source] = field(default_factory=list)
    weight_source: Optional[str] = None  # population_squares / addresses / area, for re-allocated
    share_other: Optional[float] = None  # of the new area's weight from areas other than its own earlier self
    iou: Optional[float] = None  # with the area it was matched to (direct / recoded)
    note: str = ""

    def describe(self):
        """'BU02330000 62 %, BU02330006 38 %' - where the figures came from."""
        return ", ".join("{} {:.0f} %".format(s.code, 100 * s.share) for s in self.sources)


@dataclass
class Crosswalk:
    level: str
    from_year: int
    to_year: int
    targets: Dict[str, Target]
    unmatched_old: Dict[str, str] = field(default_factory=dict)
    tolerance: float = TOLERANCE
    cell: Optional[float] = None
    weights: dict = field(default_factory=dict)
    overlapping_cells: int = 0

    def counts(self):
        result = {}
        for target in self.targets.values():
            result[target.method] = result.get(target.method, 0) + 1
        return result

    @property
    def changed(self):
        return any(t.method != DIRECT for t in self.targets.values()) or bool(self.unmatched_old)


def identity(level, year, codes):
    """The crosswalk of an indeling to itself (the newest year)."""
    return Crosswalk(level, year, year, {c: Target(c, DIRECT, [Source(c, 1.0, 1.0)], share_other=0.0, iou=1.0)
                                         for c in codes})


def build(level, from_year, to_year, old, new, weights=None, tolerance=TOLERANCE, cell=None):
    """The crosswalk from ``old`` to ``new`` (``{code: geometry}``, WKB or GeoJSON).

    ``weights``: a ``WeightSurface`` (CBS squares or address points) or None (area).

    1. Pairs that are equal within ``tolerance`` (intersection over union) are matched:
       the same code is *direct*, another code *re-coded*; the old area passes all its
       figures to its partner.
    2. An unmatched old area that lies (materially) only in matched new areas un-matches
       the one holding most of it, so its figures are never lost; repeated until stable.
    3. The rest is *re-allocated*: every unmatched old area passes its figures to the
       unmatched new areas it overlaps materially, in proportion to the weights there."""
    targets, unmatched = {}, {}
    same_bytes = {c for c in set(old) & set(new)
                  if isinstance(old[c], (bytes, bytearray)) and old[c] == new[c]}
    for code in same_bytes:
        targets[code] = Target(code, DIRECT, [Source(code, 1.0, 1.0)], share_other=0.0, iou=1.0)
    result = Crosswalk(level, int(from_year), int(to_year), targets, unmatched, tolerance,
                       weights=dict(getattr(weights, "provenance", {}) or {}, source=getattr(weights, "source", AREA)))
    if len(same_bytes) == len(old) == len(new):
        return result
    old_codes, new_codes = list(old), list(new)
    old_rings = [polygons.rings_of(old[c]) for c in old_codes]
    new_rings = [polygons.rings_of(new[c]) for c in new_codes]
    grid = raster.grid_for([polygons.bounds(r) for r in old_rings + new_rings], cell=cell)
    result.cell = grid.cell
    old_labels, overlap_old = raster.label(grid, old_rings)
    new_labels, overlap_new = raster.label(grid, new_rings)
    result.overlapping_cells = overlap_old + overlap_new
    n_old, n_new = len(old_codes), len(new_codes)
    cells = raster.pair_sums(old_labels, new_labels, n_old, n_new).astype(np.float64)
    area = cells[:n_old, :n_new]
    old_area, new_area = cells[:n_old].sum(axis=1), cells[:, :n_new].sum(axis=0)
    population = None
    if weights is not None:
        population = raster.pair_sums(old_labels, new_labels, n_old, n_new, weights.on(grid))[:n_old, :n_new]
    # per old area: population weights where it has any, else area (labelled)
    uses_population = np.zeros(n_old, dtype=bool) if population is None else population.sum(axis=1) > 0
    flow = np.where(uses_population[:, None], population, area) if population is not None else area
    flow_total = flow.sum(axis=1)

    def iou(i, j):
        union = old_area[i] + new_area[j] - area[i, j]
        return float(area[i, j] / union) if union > 0 else 0.0

    # 1. equal within tolerance: the same code first, then another code
    matched = {}  # new index -> old index
    old_index = {c: i for i, c in enumerate(old_codes)}
    for j, code in enumerate(new_codes):
        i = old_index.get(code)
        if code in same_bytes or (i is not None and iou(i, j) >= 1.0 - tolerance):
            matched[j] = i
    for j in range(n_new):
        if j in matched:
            continue
        taken = set(matched.values())
        candidates = [(iou(i, j), i) for i in np.nonzero(area[:, j])[0] if i not in taken]
        if candidates:
            best, i = max(candidates)
            if best >= 1.0 - tolerance:
                matched[j] = int(i)
    # 2. no figures may be lost: an old area left only with matched areas un-matches one
    while True:
        free_new = [j for j in range(n_new) if j not in matched]
        partners = set(matched.values())
        demoted = False
        for i in range(n_old):
            if i in partners or flow_total[i] <= 0:
                continue
            if any(flow[i, j] >= SLIVER * flow_total[i] for j in free_new):
                continue
            holders = [j for j in matched if flow[i, j] >= SLIVER * flow_total[i]]
            if holders:
                del matched[max(holders, key=lambda j: flow[i, j])]
                demoted = True
                break
        if not demoted:
            break
    for j, i in matched.items():
        code = new_codes[j]
        if code in same_bytes:
            continue
        method = DIRECT if old_codes[i] == code else RECODED
        targets[code] = Target(code, method, [Source(old_codes[i], 1.0, 1.0)], share_other=0.0, iou=iou(i, j))
    # 3. re-allocation among the rest
    free_old = [i for i in range(n_old) if i not in set(matched.values())]
    free_new = [j for j in range(n_new) if j not in matched]
    inflow = {j: sum(flow[i, j] for i in free_old) for j in free_new}
    material = {}
    for i in free_old:
        for j in free_new:
            amount = flow[i, j]
            if amount > 0 and (amount >= SLIVER * flow_total[i] or amount >= SLIVER * inflow[j]):
                material.setdefault(i, []).append(j)
        if i not in material:
            if flow_total[i] > 0 and free_new:  # only slivers: to where most of it lies
                best = max(free_new, key=lambda j: flow[i, j])
                if flow[i, best] > 0:
                    material[i] = [best]
            if i not in material:
                unmatched[old_codes[i]] = "lies outside every re-bounded area of {}".format(to_year)
    by_area = _shares(area)[1]
    for j in free_new:
        code = new_codes[j]
        sources = [i for i in free_old if j in material.get(i, [])]
        if not sources:
            covering = [i for i in free_old if by_area[i, j] >= SLIVER]
            if not covering:
                targets[code] = Target(code, NO_SOURCE)
                continue
            # old areas cover it, but the weights place nobody here: it gets nothing of theirs
            targets[code] = Target(code, REALLOCATED, [Source(old_codes[i], 0.0, float(by_area[i, j]))
                                                       for i in covering],
                                   weight_source=weights.source if weights is not None else AREA,
                                   share_other=1.0, note="no weight in this area")
            continue
        all_population = bool(uses_population[sources].all())
        basis = population if all_population and population is not None else area
        incoming = [basis[i, j] for i in sources]
        total = float(sum(incoming))
        entries = []
        for i, amount in zip(sources, incoming):
            passed_on = sum(flow[i, d] for d in material[i])
            fraction = float(flow[i, j] / passed_on) if passed_on > 0 else 0.0
            entries.append(Source(old_codes[i], fraction, float(amount / total) if total > 0 else 0.0))
        entries.sort(key=lambda s: -s.share)
        own = next((s.share for s in entries if s.code == code), 0.0)
        by_area_sources = [old_codes[i] for i in sources if not uses_population[i]]
        area_share = sum(e.share for e in entries if e.code in by_area_sources)
        note = ""
        if weights is None or area_share > AREA_LABEL_SHARE:
            weight_source = AREA
        else:
            weight_source = weights.source
            if by_area_sources:
                note = "spread by area (no weights in it): {}".format(", ".join(by_area_sources))
        targets[code] = Target(code, REALLOCATED, entries, weight_source=weight_source, share_other=1.0 - own,
                               note=note)
    return result


def _shares(matrix):
    """Each cell as a share of its row total and of its column total (0 where a total is 0)."""
    rows, cols = matrix.sum(axis=1), matrix.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        of_row = np.where(rows[:, None] > 0, matrix / rows[:, None], 0.0)
        of_col = np.where(cols[None, :] > 0, matrix / cols[None, :], 0.0)
    return of_row, of_col
