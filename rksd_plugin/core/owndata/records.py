"""Person-level client records to counts per area, in memory, without keeping a single row.

One row per client and voorziening (or per client, with one voorziening for the whole
file): an area (buurt code, wijk code, PC6, or PC6 + house number looked up in a local
table) and optionally a voorziening and a person or household id. RKSD keeps, per
counted unit (person or household), only the set of its voorzieningen and its area;
the unit id is replaced by a keyed hash with a key that lives as long as the run. What
leaves this module are counts per area and per combination of voorzieningen, and counts
of rows per reason they could not be placed (shown to the user, never written).

Rows whose area cannot be found, rows of another gemeente and rows without a voorziening
are in no figure; the user is told how many and why (row numbers to look them up).
"""
import hashlib
import os
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Iterable, List, Optional

from ..errors import QT_TRANSLATE_NOOP, RksdError
from . import codes
from .disclosure import Cell

AREA_KINDS = ("buurt", "wijk", "pc6", "address")
ROW_EXAMPLES = 20  # row numbers kept per reason so the user can find them in the file

# reasons a row is not placed in an area (keys; the words are in REASONS)
NO_AREA = "no_area"
BAD_CODE = "bad_code"
OTHER_GEMEENTE = "other_gemeente"
UNKNOWN_AREA = "unknown_area"
NOT_IN_LOOKUP = "not_in_lookup"
SEVERAL_BUURTEN = "several_buurten"
NO_VOORZIENING = "no_voorziening"
CONFLICTING_AREAS = "conflicting_areas"
NO_LOOKUP = "no_lookup"
SEVERAL_AREAS = "several_areas"

REASONS = {
    NO_AREA: QT_TRANSLATE_NOOP("RksdOwnData", "no area (buurt code or postcode) in the row"),
    BAD_CODE: QT_TRANSLATE_NOOP("RksdOwnData", "the area code or postcode cannot be read"),
    OTHER_GEMEENTE: QT_TRANSLATE_NOOP("RksdOwnData", "the area lies in another gemeente (left out)"),
    UNKNOWN_AREA: QT_TRANSLATE_NOOP("RksdOwnData", "the buurt or wijk code is not in this year's indeling"),
    NOT_IN_LOOKUP: QT_TRANSLATE_NOOP("RksdOwnData", "the postcode (and house number) is not in the postcode table"),
    SEVERAL_BUURTEN: QT_TRANSLATE_NOOP(
        "RksdOwnData", "the postcode lies in several buurten and the house number does not decide"),
    NO_VOORZIENING: QT_TRANSLATE_NOOP("RksdOwnData", "no voorziening in the row (left out)"),
    CONFLICTING_AREAS: QT_TRANSLATE_NOOP("RksdOwnData", "the rows of one person or household name different areas"),
    NO_LOOKUP: QT_TRANSLATE_NOOP("RksdOwnData", "a postcode needs the postcode table, which was not given"),
    SEVERAL_AREAS: QT_TRANSLATE_NOOP(
        "RksdOwnData", "the postcode lies in several buurten (PC6) or wijken (PC4); its counts are not divided"),
}
UNPLACED = "unplaced"  # the area key of a unit without a known area (never counted)


class RecordSpecInvalid(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The client records cannot be read this way: {detail}.")
    hint = QT_TRANSLATE_NOOP("RksdErrors", "Choose the columns that hold the area and the voorziening.")


@dataclass
class RecordSpec:
    area_kind: str  # buurt | wijk | pc6 | address
    area_field: str
    number_field: Optional[str] = None  # with area_kind 'address'
    voorziening_field: Optional[str] = None  # one voorziening per row; None: the whole file is one
    voorziening: str = "clienten"  # the measure key when there is no voorziening field
    unit_field: Optional[str] = None  # person or household id; None: every row is one unit
    unit: str = "personen"  # personen | huishoudens (only a label)

    def check(self, fields=None):
        if self.area_kind not in AREA_KINDS:
            raise RecordSpecInvalid(detail="unknown area kind {}".format(self.area_kind))
        if self.area_kind == "address" and not self.number_field:
            raise RecordSpecInvalid(detail="a house number column is needed with postcode + house number")
        if fields is not None:
            wanted = [self.area_field, self.number_field, self.voorziening_field, self.unit_field]
            unknown = [f for f in wanted if f and f not in fields]
            if unknown:
                raise RecordSpecInvalid(detail="no column {}".format(", ".join(unknown)))
        return self


@dataclass
class Aggregate:
    """Counts of units per leaf area and combination of voorzieningen (in memory only)."""

    leaf_level: str  # buurt | wijk
    atomic: Dict[Cell, Dict[FrozenSet[str], int]]
    voorzieningen: List[str]
    titles: Dict[str, str]  # voorziening key -> the wording found in the file
    rows: int = 0
    units: int = 0
    reasons: Dict[str, int] = field(default_factory=dict)  # rows per reason (for the dialog)
    examples: Dict[str, List[int]] = field(default_factory=dict)  # first row numbers per reason

    def placed_units(self):
        return sum(n for combos in self.atomic.values() for n in combos.values())


class _Units:
    """Unit -> (voorzieningen, areas), keyed by a salted hash of the unit id."""

    def __init__(self):
        self._key = os.urandom(16)
        self.voorzieningen = {}
        self.areas = {}

    def token(self, value):
        return hashlib.blake2b(codes.text(value).encode("utf-8"), key=self._key, digest_size=16).digest()

    def add(self, token, voorziening, area):
        self.voorzieningen.setdefault(token, set()).add(voorziening)
        self.areas.setdefault(token, set()).add(area)


def aggregate_records(rows: Iterable, spec: RecordSpec, gemeente, buurten, wijken, lookup=None,
                      is_cancelled=None, progress=None):
    """Count units per area and combination of voorzieningen.

    ``rows``: an iterable of ``(row_number, {field: value})``; ``buurten``/``wijken``: the
    codes of this year's indeling of ``gemeente``; ``lookup``: a ``PostcodeLookup`` for
    postcodes. Returns an ``Aggregate``."""
    spec.check()
    is_cancelled = is_cancelled or (lambda: False)
    progress = progress or (lambda count: None)
    leaf_level = "wijk" if spec.area_kind == "wijk" else "buurt"
    known = set(buurten if leaf_level == "buurt" else wijken)
    units = _Units()
    reasons, examples, titles = {}, {}, {}
    count = 0
    for number, row in rows:
        count += 1
        if count % 1000 == 0:
            if is_cancelled():
                from ..errors import Cancelled

                raise Cancelled()
            progress(count)
        voorziening = spec.voorziening
        if spec.voorziening_field:
            raw = codes.text(row.get(spec.voorziening_field))
            voorziening = field_token(raw)
            if not voorziening:
                _note(reasons, examples, NO_VOORZIENING, number)
                continue
            titles.setdefault(voorziening, raw)
        area, reason = _area(row, spec, gemeente, known, lookup)
        if reason is not None:
            _note(reasons, examples, reason, number)
            area = UNPLACED  # kept for the unit: another row of it may know its area
        token = units.token(row.get(spec.unit_field)) if spec.unit_field else units.token("row:{}".format(number))
        units.add(token, voorziening, area)
    atomic: Dict[Cell, Dict[FrozenSet[str], int]] = {}
    for token, found in units.voorzieningen.items():
        placed = units.areas[token] - {UNPLACED}
        if len(placed) != 1:
            if len(placed) > 1:
                reasons[CONFLICTING_AREAS] = reasons.get(CONFLICTING_AREAS, 0) + 1
            continue
        area = next(iter(placed))  # rows without an area do not contradict the one that has it
        combo = frozenset(found)
        leaf = atomic.setdefault(area, {})
        leaf[combo] = leaf.get(combo, 0) + 1
    voorzieningen = sorted({v for combos in atomic.values() for combo in combos for v in combo})
    if not spec.voorziening_field:
        titles = {spec.voorziening: spec.voorziening}
    return Aggregate(leaf_level, atomic, voorzieningen, titles, count, len(units.voorzieningen), reasons, examples)


def _note(reasons, examples, reason, number):
    reasons[reason] = reasons.get(reason, 0) + 1
    kept = examples.setdefault(reason, [])
    if len(kept) < ROW_EXAMPLES:
        kept.append(number)


def _area(row, spec, gemeente, known, lookup):
    """``(cell, None)`` or ``(None, reason)`` for one row."""
    raw = row.get(spec.area_field)
    if not codes.text(raw):
        return None, NO_AREA
    kind = spec.area_kind
    if kind in ("buurt", "wijk"):
        code = codes.area_code(raw, kind)
        if code is None:
            return None, BAD_CODE
        if code[2:6] != gemeente[2:]:
            return None, OTHER_GEMEENTE
        if code not in known:
            return None, UNKNOWN_AREA
        return (kind, code), None
    postcode = codes.pc6(raw)
    if postcode is None:
        return None, BAD_CODE
    if lookup is None:
        return None, NO_LOOKUP
    if kind == "address":
        house = codes.house_number(row.get(spec.number_field))
        buurt = lookup.buurt_of_address(postcode, house.number) if house else None
        if buurt is not None:
            return _known_buurt(buurt, known)
    buurten = lookup.buurten_of_pc6(postcode)
    if not buurten:
        return None, NOT_IN_LOOKUP
    if len(buurten) > 1:
        return None, SEVERAL_BUURTEN
    return _known_buurt(next(iter(buurten)), known)


def _known_buurt(buurt, known):
    if buurt not in known:
        return None, UNKNOWN_AREA
    return ("buurt", buurt), None


def field_token(text):
    """A field-name part from a label: ``'Wmo-begeleiding'`` -> ``'wmo_begeleiding'``."""
    return codes.normal_words(text).replace(" ", "_")[:30]
