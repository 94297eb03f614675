"""Test support for the gemeente's own data: Maastricht's real areas, SYNTHETIC clients, an attacker.

* ``maastricht_areas()``: the 44 buurten, 7 wijken and the gemeente of Maastricht with
  their real CBS population (KWB 2024), from the bundled offline sample through the
  real pipeline.
* ``synthetic_clients()``: SYNTHETIC person-level client records - made up here with a
  fixed seed, no real person behind any row - whose counts per buurt follow the real
  population, so small buurten get small counts as they would. Every id starts with
  ``SYNTH-`` so a scan of written files can look for them.
* ``Attacker``: tries to recover hidden counts from what was *published* only (and the
  public rules), by linear programming over the leaf counts (a formulation independent of
  the plugin's own audit), and by exhaustive search on small tables.
"""
import functools

from rksd_plugin.core.owndata.synthetic import (  # noqa: F401 - re-exported for the tests
    SYNTHETIC, VOORZIENINGEN, synthetic_clients, synthetic_postcodes, write_postcode_table)


@functools.lru_cache(maxsize=1)
def maastricht_result():
    from rksd_plugin.core import paths
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.package import OfflinePackage
    from rksd_plugin.core.pipeline import Pipeline

    package = OfflinePackage.open(paths.resource("sample", "maastricht_2024"))
    return Pipeline(Transport(cache=package.cache, offline=True), Catalog.load()).run(package.request())


def maastricht_areas():
    result = maastricht_result()
    return (result.gemeente, [dict(r) for r in result.layers["buurten"].records],
            [dict(r) for r in result.layers["wijken"].records], [dict(r) for r in result.layers["gemeente"].records])


def hierarchy(leaf_level="buurt"):
    from rksd_plugin.core.owndata.disclosure import Hierarchy

    gemeente, buurten, wijken, _ = maastricht_areas()
    return Hierarchy.from_records(gemeente, buurten, wijken, leaf_level)


def numbered(rows):
    """``(row_number, row)`` as the readers give them (the header is line 1)."""
    return [(index + 2, row) for index, row in enumerate(rows)]


# -- the attacker -----------------------------------------------------------------------------
class Attacker:
    """Narrows hidden counts using only published figures and the published rules.

    ``published``: ``{column: {cell: value or None}}`` as it can be read back from the
    outputs; ``parts``: ``{column: [leaf combination sets]}`` says which combinations of
    voorzieningen a column counts (one column per voorziening, any, two or more)."""

    def __init__(self, hierarchy, rules, published, combos_of_column=None):
        self.hierarchy = hierarchy
        self.rules = rules
        self.published = published
        columns = list(published)
        self.combos_of_column = combos_of_column or {c: [frozenset([c])] for c in columns}
        combos = sorted({combo for cs in self.combos_of_column.values() for combo in cs}, key=sorted)
        self.combos = combos
        self.leaves = hierarchy.leaves()
        self._constraints = None

    def _index(self, leaf, combo):
        return self.leaves.index(leaf) * len(self.combos) + self.combos.index(combo)

    def _terms(self, cell, combos):
        return [self._index(leaf, combo) for leaf in self.hierarchy.under(cell) for combo in combos]

    def constraints(self):
        if self._constraints is None:
            self._constraints = self._build()
        return self._constraints

    def _build(self):
        import numpy as np

        n = len(self.leaves) * len(self.combos)
        a_ub, b_ub, a_eq, b_eq = [], [], [], []
        for column, values in self.published.items():
            combos = self.combos_of_column[column]
            for cell, value in values.items():
                row = np.zeros(n)
                row[self._terms(cell, combos)] = 1.0
                if value is None:
                    a_ub.append(-row)
                    b_ub.append(-1.0)  # hidden: at least 1 (zero is always shown)
                elif not self.rules.round_to:
                    a_eq.append(row)
                    b_eq.append(float(value))
                elif value == 0:
                    a_eq.append(row)
                    b_eq.append(0.0)
                else:
                    half = self.rules.round_to // 2
                    a_ub.append(-row)
                    b_ub.append(-float(max(self.rules.min_count, value - half)))
                    a_ub.append(row)
                    b_ub.append(float(value + half))
        return n, a_ub, b_ub, a_eq, b_eq

    def bounds(self, cell, combos):
        """The least and most the count of ``combos`` in ``cell`` can be (LP relaxation)."""
        import numpy as np
        from scipy.optimize import linprog

        n, a_ub, b_ub, a_eq, b_eq = self.constraints()
        objective = np.zeros(n)
        objective[self._terms(cell, combos)] = 1.0
        found = []
        for sign in (1.0, -1.0):
            answer = linprog(sign * objective, A_ub=np.array(a_ub) if a_ub else None, b_ub=b_ub or None,
                             A_eq=np.array(a_eq) if a_eq else None, b_eq=b_eq or None, bounds=(0, None),
                             method="highs")
            if answer.status == 3:
                found.append(float("inf"))
            else:
                assert answer.status == 0, answer.message
                found.append(sign * answer.fun)
        return found[0], found[1]

    def recovered(self, truth, column):
        """Hidden cells of ``column`` with a true small value that the attacker narrows to fewer
        than ``min_count - 1`` possible values (the rule itself leaves 1..min-1 open)."""
        combos = self.combos_of_column[column]
        problems = []
        for cell, value in self.published[column].items():
            if value is not None:
                continue
            true = truth[column][cell]
            if not 1 <= true < self.rules.min_count:
                continue
            low, high = self.bounds(cell, combos)
            if high - low < self.rules.min_count - 2 - 1e-6:
                problems.append((cell, true, low, high))
        return problems

    def naive_differences(self, column):
        """Every hidden cell that a total minus its published parts gives directly."""
        derived = {}
        values = self.published[column]
        for total, parts in self.hierarchy.groups():
            members = [total] + parts
            hidden = [m for m in members if values.get(m) is None]
            if len(hidden) == 1 and not self.rules.round_to:
                cell = hidden[0]
                if cell == total:
                    derived[cell] = sum(values[p] for p in parts)
                else:
                    derived[cell] = values[total] - sum(values[p] for p in parts if p != cell)
        return derived
