"""Disclosure control of counts per area: nothing small is shown, nothing hidden can be derived.

The gemeente's counts (Wmo clients per buurt, ...) are published per buurt, per wijk and
for the gemeente - a hierarchy in which every total is the sum of its parts. Records
without a known area are in no figure at all (the user is told how many), so the
gemeente's figure is the sum of its wijken. The rules follow practice (CBS, Straatkubus,
Amsterdam's BBGA; see docs/own_data.md):

1. **Primary suppression**: a count of 1 to ``min_count - 1`` is hidden ("afgeschermd
   (kleine aantallen)"); so is a count that lies within ``min_count - 1`` below its
   population base (nearly everybody in the area is a client: the complement is small).
   Zero is shown: it reveals nothing about a person.
2. **Secondary suppression**: a hidden count must not follow from its total and the other
   areas of its wijk or gemeente. In every group (a total and its parts) at least two
   members are hidden, and the hidden parts together are not themselves small.
3. **Audit**: the interval in which each hidden count can still lie, given everything that
   is published (totals, the other areas, the rounding, that a hidden count is at least 1),
   is computed exactly - interval propagation is exact on a hierarchy of sums - and must
   still hold at least as many values as the rule hides (``min_count - 1``: 1 to 4 for
   the default). Where it does not, more cells are hidden (the smallest published sibling
   first, then a part, then the total) until it does.
4. **Rounding** (optional): every published count is rounded to a multiple of
   ``round_to`` (5), totals from their true value; rates are computed from the rounded
   count. A published count is therefore never 1-4 and a rounded 0 is a true 0.

The result never says which cells were hidden first and which to protect them: both
read "afgeschermd", because telling them apart would narrow the hidden values.
"""
import math
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Set, Tuple

from ..errors import QT_TRANSLATE_NOOP, RksdError

Cell = Tuple[str, str]  # (level, code)
INF = float("inf")

DEFAULT_MIN_COUNT = 5  # Straatkubus hides selections under 5, BBGA shows 1-4 as "<5"; see docs/own_data.md
MIN_MIN_COUNT = 3  # with rounding to 5, counts 1-2 would otherwise read 0
MAX_MIN_COUNT = 100
ROUNDING_CHOICES = (0, 5)


class DisclosureSettingsInvalid(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The disclosure settings are not allowed: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Use a minimum count of at least 3 (default 5) and rounding to 5 or none.")


@dataclass(frozen=True)
class Rules:
    """How small is too small, and what else protects a count."""

    min_count: int = DEFAULT_MIN_COUNT
    round_to: int = 0
    complement: bool = True

    def check(self):
        if not isinstance(self.min_count, int) or not MIN_MIN_COUNT <= self.min_count <= MAX_MIN_COUNT:
            raise DisclosureSettingsInvalid(detail="minimum count {} (allowed {}-{})".format(
                self.min_count, MIN_MIN_COUNT, MAX_MIN_COUNT))
        if self.round_to not in ROUNDING_CHOICES:
            raise DisclosureSettingsInvalid(detail="rounding to {}".format(self.round_to))
        return self

    def rounded(self, value):
        """``value`` rounded half up to a multiple of ``round_to`` (unchanged without rounding)."""
        if not self.round_to or value is None:
            return value
        return int(self.round_to * math.floor(value / self.round_to + 0.5))

    def published_interval(self, value):
        """Where a published count's true value lies for someone who knows these rules."""
        if not self.round_to:
            return (value, value)
        shown = self.rounded(value)
        if shown == 0:
            return (0, 0)  # 1 .. min_count-1 are hidden, so a shown 0 is a true 0
        half = self.round_to // 2
        return (max(self.min_count, shown - half), shown + half)

    def as_dict(self):
        return {"min_count": self.min_count, "round_to": self.round_to, "complement": self.complement}


# -- the hierarchy of areas ----------------------------------------------------------------
class Hierarchy:
    """Buurten in wijken in one gemeente.

    ``leaf_level`` is 'buurt' for counts per buurt and 'wijk' for counts per wijk (then
    the buurten take no part)."""

    def __init__(self, gemeente, wijk_of_buurt: Dict[str, str], wijken: Iterable[str], leaf_level="buurt"):
        if leaf_level not in ("buurt", "wijk"):
            raise ValueError("leaf_level must be 'buurt' or 'wijk'")
        self.gemeente = gemeente
        self.leaf_level = leaf_level
        self.root = ("gemeente", gemeente)
        self.parent: Dict[Cell, Cell] = {}
        wijk_list = sorted(set(wijken) | (set(wijk_of_buurt.values()) if leaf_level == "buurt" else set()))
        for wijk in wijk_list:
            self.parent[("wijk", wijk)] = self.root
        if leaf_level == "buurt":
            for buurt, wijk in sorted(wijk_of_buurt.items()):
                self.parent[("buurt", buurt)] = ("wijk", wijk)
        self.children: Dict[Cell, List[Cell]] = {}
        for child, parent in self.parent.items():
            self.children.setdefault(parent, []).append(child)
        for members in self.children.values():
            members.sort()
        self._under = {}

    @classmethod
    def from_records(cls, gemeente, buurt_records, wijk_records, leaf_level="buurt"):
        """From the records of an RKSD GeoPackage's buurten and wijken layers."""
        wijk_of = {r["code"]: r.get("wijkcode") or ("WK" + r["code"][2:8]) for r in buurt_records}
        return cls(gemeente, wijk_of, [r["code"] for r in wijk_records], leaf_level)

    def cells(self):
        """Every cell, leaves first, the gemeente last."""
        order = {"buurt": 0, "wijk": 2, "gemeente": 3}
        return sorted(set(self.parent) | {self.root}, key=lambda c: (order[c[0]], c[1]))

    def leaves(self):
        return [c for c in self.cells() if c not in self.children]

    def groups(self):
        """``[(total, [parts]), ...]``: every equation a reader can use."""
        return [(parent, list(children)) for parent, children in sorted(self.children.items())]

    def under(self, cell):
        """The leaves whose sum is ``cell``."""
        if cell not in self._under:
            if cell not in self.children:
                self._under[cell] = [cell]
            else:
                result = []
                for child in self.children[cell]:
                    result.extend(self.under(child))
                self._under[cell] = result
        return self._under[cell]

    def totals(self, leaf_values: Dict[Cell, int]):
        """The count of every cell from the counts of the leaves (missing leaves count 0)."""
        values = {}
        for cell in self.cells():
            values[cell] = sum(int(leaf_values.get(leaf, 0)) for leaf in self.under(cell))
        return values

    def siblings(self, cell):
        parent = self.parent.get(cell)
        return [c for c in self.children.get(parent, []) if c != cell] if parent else []


# -- one column ------------------------------------------------------------------------------
@dataclass
class ColumnProtection:
    """The outcome for one count column. ``published`` is all that may leave memory."""

    published: Dict[Cell, Optional[int]]
    hidden: Set[Cell]
    rules: Rules
    intervals: Dict[Cell, Tuple[float, float]] = field(default_factory=dict)  # audit, hidden cells
    exhausted: bool = False  # everything was hidden (nothing smaller protected it)

    def hidden_count(self, level):
        return sum(1 for cell in self.hidden if cell[0] == level)


class _Column:
    """Working state of one column (true values stay inside)."""

    def __init__(self, values: Dict[Cell, int], hierarchy: Hierarchy, rules: Rules, bases=None):
        self.values = values
        self.hierarchy = hierarchy
        self.rules = rules
        self.bases = bases or {}
        self.hidden: Set[Cell] = set()
        self.ranges: Dict[Cell, Tuple[int, int]] = {}  # the range each primary cell must stay hidden in

    def primary(self):
        rules = self.rules
        for cell, value in self.values.items():
            if 0 < value < rules.min_count:
                self.hide(cell, (1, rules.min_count - 1))
                continue
            base = self.bases.get(cell)
            if rules.complement and value > 0 and base is not None and 0 < base - value < rules.min_count:
                base = int(round(base))
                self.hide(cell, (max(1, base - rules.min_count + 1), max(1, base - 1)))

    def hide(self, cell, protect=None):
        self.hidden.add(cell)
        if protect is not None:
            self.ranges[cell] = protect

    def group_rules(self):
        """At least two hidden members per group; hidden parts of a shown total not small."""
        changed = True
        while changed:
            changed = False
            for total, parts in self.hierarchy.groups():
                members = [total] + parts
                hidden = [m for m in members if m in self.hidden]
                if not hidden:
                    continue
                need = len(hidden) == 1
                if not need and total not in self.hidden:
                    residual = sum(self.values[p] for p in parts if p in self.hidden)
                    need = 0 < residual < self.rules.min_count
                if need:
                    candidate = self._smallest_shown(parts) or (total if total not in self.hidden else None)
                    if candidate is not None and self.values.get(candidate, 0) > 0:
                        self.hide(candidate)
                        changed = True

    def _smallest_shown(self, cells):
        shown = [c for c in cells if c not in self.hidden and self.values.get(c, 0) > 0]
        return min(shown, key=lambda c: (self.values[c], c)) if shown else None

    def audit(self):
        return audit_tree(self.values, self.hidden, self.hierarchy, self.rules)

    def unprotected(self, intervals):
        return sorted(cell for cell in self.ranges if not protected(intervals[cell], self.rules))

    def widen(self, cell):
        """Hide one more cell so that ``cell``'s interval can grow; False when none is left."""
        hierarchy = self.hierarchy
        current = cell
        while current is not None:
            for candidates in (hierarchy.siblings(current), hierarchy.children.get(current, [])):
                pick = self._smallest_shown(candidates)
                if pick is not None:
                    self.hide(pick)
                    return True
            parent = hierarchy.parent.get(current)
            if parent is not None and parent not in self.hidden and self.values.get(parent, 0) > 0:
                self.hide(parent)
                return True
            current = parent
        return False

    def result(self, intervals, exhausted=False):
        published = {cell: (None if cell in self.hidden else self.rules.rounded(value))
                     for cell, value in self.values.items()}
        return ColumnProtection(published, set(self.hidden), self.rules,
                                {c: intervals[c] for c in self.hidden}, exhausted)


def protect_column(leaf_values: Dict[Cell, int], hierarchy: Hierarchy, rules: Rules = Rules(), bases=None,
                   forced: Iterable[Cell] = ()):
    """Protect one column of counts given per leaf (buurt or wijk).

    ``bases``: the population of each cell (for the complement rule); ``forced``: cells
    that must be hidden for another reason (a linked table). Returns a ``ColumnProtection``."""
    rules.check()
    values = hierarchy.totals(leaf_values)
    column = _Column(values, hierarchy, rules, bases)
    column.primary()
    for cell in forced:
        if values.get(cell, 0) > 0:
            column.hide(cell)
    exhausted = False
    while True:
        column.group_rules()
        intervals = column.audit()
        bad = column.unprotected(intervals)
        if not bad:
            break
        grown = [column.widen(cell) for cell in bad]
        if not any(grown):  # nothing left to hide the cell among: hide the whole column
            column.hidden.update(cell for cell, value in values.items() if value > 0)
            intervals = column.audit()
            exhausted = True
            break
    return column.result(intervals, exhausted)


def protected(interval, rules):
    """True when ``interval`` still holds at least ``min_count - 1`` whole values (1..4 for 5):
    a reader of everything published knows no more than the rule itself tells."""
    low, high = interval
    return high - low >= rules.min_count - 2 - 1e-6


def audit_tree(values: Dict[Cell, int], hidden: Set[Cell], hierarchy: Hierarchy, rules: Rules):
    """The exact interval of every cell given what is published (interval propagation).

    Published cells are known (within their rounding); a hidden cell is at least 1 (zero is
    always shown) and at most what the totals allow. On a hierarchy of sums each cell takes
    part in at most two equations that form a tree, so propagating bounds to a fixed point
    gives the exact range of each cell over all integer tables that fit the published ones."""
    bounds = {}
    for cell, value in values.items():
        if cell in hidden:
            bounds[cell] = [1.0, INF]
        else:
            low, high = rules.published_interval(value)
            bounds[cell] = [float(low), float(high)]
    groups = hierarchy.groups()
    for _ in range(10000):
        changed = False
        for total, parts in groups:
            tb = bounds[total]
            lows = [bounds[p][0] for p in parts]
            highs = [bounds[p][1] for p in parts]
            sum_low, sum_high = sum(lows), sum(highs)
            if sum_low > tb[0]:
                tb[0], changed = sum_low, True
            if sum_high < tb[1]:
                tb[1], changed = sum_high, True
            for index, part in enumerate(parts):
                pb = bounds[part]
                others_high = sum_high - highs[index] if highs[index] != INF else _sum_except(highs, index)
                others_low = sum_low - lows[index]
                new_low = tb[0] - others_high
                new_high = tb[1] - others_low
                if new_low > pb[0]:
                    pb[0], changed = new_low, True
                if new_high < pb[1]:
                    pb[1], changed = new_high, True
        if not changed:
            break
    else:  # pragma: no cover - propagation on a tree converges in a few rounds
        raise RuntimeError("interval audit did not converge")
    return {cell: (low, high) for cell, (low, high) in bounds.items()}


def _sum_except(values, index):
    return sum(v for i, v in enumerate(values) if i != index)
