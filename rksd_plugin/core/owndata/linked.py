"""Linked counts from one set of person-level records: per voorziening, and stapeling.

From the same clients RKSD can publish, per area, the number with each voorziening (Wmo,
Jeugdwet, Participatiewet), the number with at least one and the number with two or more
(stapeling). These columns are *linked*: together they can reveal a combination nobody
published - with two voorzieningen A and B, ``A + B - at least one`` is exactly the number
with both. Each column is first protected on its own (``disclosure.protect_column``);
then a linear-programming audit looks for every combination of voorzieningen per area
(and every "exactly k voorzieningen" count) that is small but could be narrowed from all
published columns together, and hides more until none can. The audit uses scipy's HiGHS
solver; without scipy, linked columns are refused (one column at a time stays possible).
"""
from dataclasses import dataclass
from itertools import combinations
from typing import Callable, Dict, FrozenSet, List

from ..errors import QT_TRANSLATE_NOOP, RksdError
from .disclosure import Cell, Hierarchy, Rules, protect_column, protected

AT_LEAST_ONE = "een_of_meer"
TWO_OR_MORE = "twee_of_meer"
MAX_VOORZIENINGEN = 5  # 31 combinations per area: the audit stays a few seconds
EPSILON = 1e-6


class LinkedNeedsScipy(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "Stapeling and the number of clients with any voorziening need scipy for their privacy check.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Install scipy (python3-scipy) or publish the voorzieningen one at a time without stapeling.")


class TooManyVoorzieningen(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "{count} different voorzieningen were found; stapeling works with at most {most}.")
    hint = QT_TRANSLATE_NOOP("RksdErrors", "Group the voorzieningen (e.g. Wmo, Jeugdwet, Participatiewet) first.")


@dataclass
class Column:
    key: str
    contains: Callable[[FrozenSet[str]], bool]


def columns_for(voorzieningen, stapeling=True, disjoint=False):
    """One column per voorziening, and (with stapeling) at least one / two or more.

    ``disjoint``: the voorzieningen are parts of one total (nobody is in two), so there is
    no "two or more" column and the total is the "at least one" column."""
    result = [Column(v, (lambda combo, v=v: v in combo)) for v in voorzieningen]
    if stapeling:
        result.append(Column(AT_LEAST_ONE, lambda combo: len(combo) >= 1))
        if not disjoint:
            result.append(Column(TWO_OR_MORE, lambda combo: len(combo) >= 2))
    return result


def leaf_values(atomic, column):
    """Counts per leaf of one column from the combinations per leaf."""
    return {leaf: sum(n for combo, n in combos.items() if column.contains(combo)) for leaf, combos in atomic.items()}


def protect_linked(atomic: Dict[Cell, Dict[FrozenSet[str], int]], voorzieningen: List[str], hierarchy: Hierarchy,
                   rules: Rules = Rules(), bases=None, stapeling=True, is_cancelled=None, progress=None,
                   disjoint=False):
    """Protect every column; returns ``({column key: ColumnProtection}, audit summary)``.

    ``disjoint``: parts of one total (each unit in exactly one part), see ``columns_for``."""
    is_cancelled = is_cancelled or (lambda: False)
    progress = progress or (lambda fraction: None)
    columns = columns_for(voorzieningen, stapeling, disjoint)
    values = {c.key: leaf_values(atomic, c) for c in columns}
    forced = {c.key: set() for c in columns}
    linked = stapeling and len(columns) > 1
    if linked:
        if len(voorzieningen) > MAX_VOORZIENINGEN:
            raise TooManyVoorzieningen(count=len(voorzieningen), most=MAX_VOORZIENINGEN)
        try:
            import scipy.optimize  # noqa: F401 - the audit needs it
        except ImportError as exc:
            raise LinkedNeedsScipy() from exc
    summary = {"linked": linked, "rounds": 0, "checked": 0, "method": "tree" if not linked else "lp"}
    proven_safe = set()  # hiding more only widens every interval: once safe, always safe
    while True:
        if is_cancelled():
            from ..errors import Cancelled

            raise Cancelled()
        protections = {c.key: protect_column(values[c.key], hierarchy, rules, bases, forced[c.key]) for c in columns}
        if not linked:
            return protections, summary
        summary["rounds"] += 1
        progress(min(0.9, 0.2 * summary["rounds"]))
        audit = LinkedAudit(atomic, voorzieningen, columns, hierarchy, rules, protections, disjoint)
        violations = audit.violations(is_cancelled, proven_safe)
        summary["checked"] += audit.checked
        if not violations:
            return protections, summary
        for column in columns:  # what was hidden stays hidden: the audit's "safe" stays true
            forced[column.key].update(protections[column.key].hidden)
        grown = False
        for violation in violations:
            grown |= _hide_more(violation, columns, protections, forced, hierarchy)
        if not grown:  # pragma: no cover - nothing left to hide among: hide every count
            everything = {c.key: {cell for cell in hierarchy.cells()} for c in columns}
            protections = {c.key: protect_column(values[c.key], hierarchy, rules, bases, everything[c.key])
                           for c in columns}
            summary["all_hidden"] = True
            return protections, summary


def _hide_more(violation, columns, protections, forced, hierarchy):
    """Hide one more count so that the violated quantity gets less certain.

    First a related column of the cell itself (stapeling first), then, in a related column,
    the cell's smallest shown sibling, and only then the same at the cell's total.
    Related columns: for a column, itself and the stapeling columns; for a combination,
    the stapeling columns and the voorzieningen in it."""
    cell, kind, detail = violation
    stapeling = [k for k in (TWO_OR_MORE, AT_LEAST_ONE) if k in protections]
    if kind == "column":
        related = [detail] + [k for k in stapeling if k != detail]
    elif kind == "combo":
        related = stapeling + sorted(v for v in detail if v in protections)
    else:
        related = stapeling
    related += sorted(c.key for c in columns if c.key not in related)  # last resort: any column
    current = cell
    while current is not None:
        for key in related:
            if _shown(protections[key], current) and current not in forced[key]:
                forced[key].add(current)
                return True
        for key in related:
            siblings = [s for s in hierarchy.siblings(current)
                        if _shown(protections[key], s) and s not in forced[key]]
            if siblings:
                forced[key].add(min(siblings, key=lambda s: (protections[key].published[s], s)))
                return True
        current = hierarchy.parent.get(current)
    return False


def _shown(protection, cell):
    return protection.published.get(cell) not in (None, 0)


class LinkedAudit:
    """Bounds of every small combination count given all published columns (an LP per bound)."""

    def __init__(self, atomic, voorzieningen, columns, hierarchy, rules, protections, disjoint=False):
        self.atomic = atomic
        self.hierarchy = hierarchy
        self.rules = rules
        self.columns = columns
        self.protections = protections
        largest = 1 if disjoint else len(voorzieningen)  # parts of a total: nobody is in two
        self.combos = [frozenset(c) for k in range(1, largest + 1) for c in combinations(sorted(voorzieningen), k)]
        self.leaves = hierarchy.leaves()
        self.leaf_index = {leaf: i for i, leaf in enumerate(self.leaves)}
        self.combo_index = {combo: j for j, combo in enumerate(self.combos)}
        self.checked = 0
        self._build()

    def _var(self, leaf, combo):
        return self.leaf_index[leaf] * len(self.combos) + self.combo_index[combo]

    def _row(self, cell, combos):
        return [self._var(leaf, combo) for leaf in self.hierarchy.under(cell) for combo in combos]

    def _build(self):
        """Constraints a reader has: each published count (within its rounding), hidden ones >= 1.

        Rows are ``sign * sum(variables) <= bound`` or ``sum(variables) == bound``."""
        import numpy as np

        upper, equal = [], []
        for column in self.columns:
            combos = [c for c in self.combos if column.contains(c)]
            protection = self.protections[column.key]
            for cell in self.hierarchy.cells():
                variables = self._row(cell, combos)
                if cell in protection.hidden:
                    upper.append((variables, -1.0, -1.0))  # at least 1: zero is always shown
                    continue
                low, high = self.rules.published_interval(self._true(cell, combos))
                if low == high:
                    equal.append((variables, 1.0, float(low)))
                else:
                    upper.append((variables, -1.0, -float(low)))
                    upper.append((variables, 1.0, float(high)))
        self.size = len(self.leaves) * len(self.combos)
        self.a_ub, self.b_ub = _sparse(upper, self.size), np.array([b for _, _, b in upper])
        self.a_eq, self.b_eq = _sparse(equal, self.size), np.array([b for _, _, b in equal])

    def _true(self, cell, combos):
        return sum(self.atomic.get(leaf, {}).get(combo, 0) for leaf in self.hierarchy.under(cell) for combo in combos)

    def sensitive(self):
        """``(cell, variables, (low, high))``: each count that must keep its protection range."""
        small = range(1, self.rules.min_count)
        protect = (1, self.rules.min_count - 1)
        found = []
        for cell in self.hierarchy.cells():
            for combo in self.combos:
                if self._true(cell, [combo]) in small:
                    found.append(((cell, "combo", tuple(sorted(combo))), cell, self._row(cell, [combo]), protect))
            for k in range(1, max(len(c) for c in self.combos) + 1):
                exactly = [c for c in self.combos if len(c) == k]
                if self._true(cell, exactly) in small:
                    found.append(((cell, "exactly", k), cell, self._row(cell, exactly), protect))
        for column in self.columns:
            protection = self.protections[column.key]
            combos = [c for c in self.combos if column.contains(c)]
            for cell in sorted(protection.hidden):
                if self._true(cell, combos) in small:
                    found.append(((cell, "column", column.key), cell, self._row(cell, combos), protect))
        return found

    def bounds(self, variables):
        """The least and the most ``sum(variables)`` can be over every table that fits."""
        import numpy as np
        from scipy.optimize import linprog

        objective = np.zeros(self.size)
        objective[variables] = 1.0
        result = []
        for sign in (1.0, -1.0):
            answer = linprog(sign * objective, A_ub=self.a_ub if self.a_ub.shape[0] else None,
                             b_ub=self.b_ub if self.a_ub.shape[0] else None,
                             A_eq=self.a_eq if self.a_eq.shape[0] else None,
                             b_eq=self.b_eq if self.a_eq.shape[0] else None,
                             bounds=(0, None), method="highs")
            if answer.status == 3:  # unbounded
                result.append(float("inf") if sign < 0 else 0.0)
            elif answer.status != 0:  # pragma: no cover - the true table is always feasible
                raise RuntimeError("linked audit: LP failed ({})".format(answer.message))
            else:
                result.append(sign * answer.fun)
        return result[0], result[1]

    def violations(self, is_cancelled=None, proven_safe=None):
        """Cells where some small count can be narrowed below its protection range.

        ``proven_safe`` (a set, updated) skips counts an earlier round found protected."""
        proven_safe = proven_safe if proven_safe is not None else set()
        found, cells = [], set()
        for key, cell, variables, (low, high) in self.sensitive():
            if key in proven_safe:
                continue
            if is_cancelled is not None and is_cancelled():
                from ..errors import Cancelled

                raise Cancelled()
            if cell in cells:
                continue
            self.checked += 1
            least, most = self.bounds(variables)
            if not protected((least, most), self.rules):
                cells.add(cell)  # one fix per cell and round: it may settle the cell's other counts
                found.append(key)
            else:
                proven_safe.add(key)
        return found


def _sparse(rows, size):
    import numpy as np
    from scipy.sparse import csr_matrix

    data, indices, indptr = [], [], [0]
    for variables, sign, _ in rows:
        indices.extend(variables)
        data.extend([sign] * len(variables))
        indptr.append(len(indices))
    return csr_matrix((np.array(data, dtype=float), np.array(indices, dtype=int), np.array(indptr, dtype=int)),
                      shape=(len(rows), size))

