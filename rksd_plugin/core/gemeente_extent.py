"""A first bounding box of a gemeente, for geometry services that cannot filter on its code.

Bundled: the box of every gemeente of 2017 (``resources/gemeenten/extents_2017.json``).
A gemeente formed later by a merger gets the union of its predecessors' boxes (and of
gemeenten divided over it), from ``samenvoegingen.json``. The box is only a first guess:
it is widened by ``MARGIN`` metres (generalised 2017 polygons, small boundary
corrections since), and the geometry clients replace it by the extent of the gemeente's
own polygon as soon as they have it.
"""
import functools
import json

from . import paths, regions
from .gemeenten import load_mergers

EXTENTS_FILE = ("gemeenten", "extents_2017.json")
MARGIN = 1000.0  # metres


@functools.lru_cache(maxsize=1)
def _extents():
    with open(paths.resource(*EXTENTS_FILE), encoding="utf-8") as handle:
        return {code: tuple(box) for code, box in json.load(handle)["extents"].items()}


@functools.lru_cache(maxsize=1)
def _predecessors():
    """New code -> old codes whose area (or part of it) it took over."""
    result = {}
    for merger in load_mergers():
        heirs = {merger.new_code} | {g.code for g in merger.split_over}
        for heir in heirs:
            result.setdefault(heir, set()).add(merger.old_code)
    return result


def _codes_covering(code, seen=None):
    """The 2017 codes whose areas together hold ``code``'s area (mergers followed back)."""
    seen = set() if seen is None else seen
    if code in seen:
        return set()
    seen.add(code)
    codes = {code} if code in _extents() else set()
    for old in _predecessors().get(code, ()):
        codes |= _codes_covering(old, seen)
    return codes


def union(boxes):
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def widen(box, margin):
    return (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)


def first_guess(gemeente):
    """A box in EPSG:28992 that holds the gemeente, or None when nothing is known."""
    code = regions.parse_gemeente(gemeente)
    codes = _codes_covering(code)
    if not codes:
        return None
    return widen(union(_extents()[c] for c in codes), MARGIN)


def of_geojson(geometries):
    """The extent of GeoJSON geometries (coordinate lists), or None when there are none."""
    xs, ys = [], []

    def walk(value):
        if value and isinstance(value[0], (int, float)):
            xs.append(value[0])
            ys.append(value[1])
        else:
            for item in value:
                walk(item)

    for geometry in geometries:
        if geometry and geometry.get("coordinates"):
            walk(geometry["coordinates"])
    if not xs:
        return None
    return (min(xs), min(ys), max(xs), max(ys))
