"""Counts the gemeente already aggregated per buurt, wijk, PC6 or PC4, read into RKSD's areas.

Each row names an area and holds one or more counts (e.g. Wmo clients, jeugdhulp
clients). Buurt and wijk codes join directly. A PC6 joins the buurt the local postcode
table puts all its addresses in; a PC4 joins the wijk that holds all its addresses (PC4
areas rarely fit buurten). A postcode spread over several areas is not divided (that
would invent figures): its counts are left out, and the user is told. Rows of one area
are added up.
RKSD needs the exact counts to protect them itself: a cell that is not a whole number
(``<5``, ``.``) is refused with the rows named.
"""
from dataclasses import dataclass, field
from typing import Dict, List

from ..errors import QT_TRANSLATE_NOOP, RksdError
from . import codes
from .disclosure import Cell
from .records import (BAD_CODE, NO_AREA, NO_LOOKUP, NOT_IN_LOOKUP, OTHER_GEMEENTE, ROW_EXAMPLES, SEVERAL_AREAS,
                      UNKNOWN_AREA, field_token)

LEVELS = ("buurt", "wijk", "pc6", "pc4")
MAX_NAMED_ROWS = 10


class FiguresInvalid(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The counts cannot be used: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "RKSD needs the exact whole counts per area to protect them itself; remove earlier suppression marks "
        "such as '<5' or '.' and use 0 for none.")


@dataclass
class FigureSpec:
    level: str  # buurt | wijk | pc6 | pc4
    code_field: str
    count_fields: List[str]

    def check(self, fields=None):
        if self.level not in LEVELS:
            raise FiguresInvalid(detail="unknown level {}".format(self.level))
        if not self.count_fields:
            raise FiguresInvalid(detail="no count column chosen")
        if fields is not None:
            unknown = [f for f in [self.code_field] + list(self.count_fields) if f not in fields]
            if unknown:
                raise FiguresInvalid(detail="no column {}".format(", ".join(unknown)))
        return self


@dataclass
class Counts:
    leaf_level: str
    columns: Dict[str, Dict[Cell, int]]  # measure key -> leaf -> count
    titles: Dict[str, str]
    rows: int = 0
    reasons: Dict[str, int] = field(default_factory=dict)
    examples: Dict[str, List[int]] = field(default_factory=dict)


def read_counts(rows, spec: FigureSpec, gemeente, buurten, wijken, lookup=None):
    """Counts per leaf area for every count column; ``rows`` as ``(row_number, {field: value})``."""
    spec.check()
    leaf_level = "buurt" if spec.level in ("buurt", "pc6") else "wijk"
    known = set(buurten if leaf_level == "buurt" else wijken)
    keys = _keys(spec.count_fields)
    columns = {key: {} for key in keys.values()}
    reasons, examples, bad = {}, {}, []
    count = 0
    for number, row in rows:
        count += 1
        values = {}
        for name, key in keys.items():
            value = codes.optional_int(row.get(name))
            if value is None:
                if codes.text(row.get(name)) == "":
                    value = 0  # an empty cell in an aggregated table: no clients there
                else:
                    bad.append("{} {} '{}'".format(number, name, codes.text(row.get(name))))
                    continue
            values[key] = value
        leaf, reason = _leaf(row.get(spec.code_field), spec.level, gemeente, known, lookup)
        if reason is not None:
            _note(reasons, examples, reason, number)
            continue
        for key, value in values.items():
            columns[key][leaf] = columns[key].get(leaf, 0) + value
    if bad:
        more = " (+{} more)".format(len(bad) - MAX_NAMED_ROWS) if len(bad) > MAX_NAMED_ROWS else ""
        raise FiguresInvalid(detail="not a whole count in row, column: {}{}".format(
            "; ".join(bad[:MAX_NAMED_ROWS]), more))
    return Counts(leaf_level, columns, {key: name for name, key in keys.items()}, count, reasons, examples)


def _keys(fields):
    result, used = {}, set()
    for name in fields:
        key = field_token(name) or "aantal"
        candidate, n = key, 2
        while candidate in used:
            candidate, n = "{}_{}".format(key, n), n + 1
        used.add(candidate)
        result[name] = candidate
    return result


def _note(reasons, examples, reason, number):
    reasons[reason] = reasons.get(reason, 0) + 1
    kept = examples.setdefault(reason, [])
    if len(kept) < ROW_EXAMPLES:
        kept.append(number)


def _leaf(raw, level, gemeente, known, lookup):
    if not codes.text(raw):
        return None, NO_AREA
    if level in ("buurt", "wijk"):
        code = codes.area_code(raw, level)
        if code is None:
            return None, BAD_CODE
        if code[2:6] != gemeente[2:]:
            return None, OTHER_GEMEENTE
        return ((level, code), None) if code in known else (None, UNKNOWN_AREA)
    if lookup is None:
        return None, NO_LOOKUP
    if level == "pc6":
        postcode = codes.pc6(raw)
        if postcode is None:
            return None, BAD_CODE
        buurten = lookup.buurten_of_pc6(postcode)
        if not buurten:
            return None, NOT_IN_LOOKUP
        if len(buurten) > 1:
            return None, SEVERAL_AREAS
        buurt = next(iter(buurten))
        return (("buurt", buurt), None) if buurt in known else (None, UNKNOWN_AREA)
    postcode = codes.pc4(raw)
    if postcode is None:
        return None, BAD_CODE
    wijken = lookup.wijken_of_pc4(postcode)
    if not wijken:
        return None, NOT_IN_LOOKUP
    if len(wijken) > 1:
        return None, SEVERAL_AREAS
    wijk = next(iter(wijken))
    return (("wijk", wijk), None) if wijk in known else (None, UNKNOWN_AREA)

