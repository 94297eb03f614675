"""`make bench` (disclosure control): the exact audits against their obvious alternatives.

Maastricht's real buurten and population (the bundled sample), SYNTHETIC clients
(core.owndata.synthetic) with three voorzieningen. Two measurements, side by side:

1. **Tree audit**: the intervals of every hidden cell of one protected column, by the
   plugin's interval propagation against the obvious alternative - two linear programmes
   per hidden cell (scipy's HiGHS). Both must give the same intervals.
2. **Linked audit**: protecting the five linked columns (three voorzieningen, at least one,
   two or more) with the plugin's "once safe, always safe" memory across rounds, against
   re-checking every small count in every round. Both must hide the same cells.

Median of 3 runs each; written to out/bench/disclosure.json.
"""
import argparse
import json
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def areas():
    from rksd_plugin.core import paths
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.package import OfflinePackage
    from rksd_plugin.core.pipeline import Pipeline

    package = OfflinePackage.open(paths.resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), Catalog.load()).run(package.request())
    return result.gemeente, result.layers["buurten"].records, result.layers["wijken"].records


def clients(gemeente, buurten, wijken):
    from rksd_plugin.core.owndata import records, synthetic

    rows = synthetic.synthetic_clients(buurten, seed=14, stacking=0.2)
    spec = records.RecordSpec("buurt", "buurtcode", voorziening_field="voorziening", unit_field="client_id")
    return records.aggregate_records([(i + 2, r) for i, r in enumerate(rows)], spec, gemeente,
                                     [b["code"] for b in buurten], [w["code"] for w in wijken])


def lp_intervals(values, hidden, hierarchy, rules):
    """The obvious alternative: min and max of every hidden cell by linear programming."""
    import numpy as np
    from scipy.optimize import linprog

    leaves = hierarchy.leaves()
    index = {leaf: i for i, leaf in enumerate(leaves)}
    a_eq, b_eq, a_ub, b_ub = [], [], [], []
    for cell, value in values.items():
        row = np.zeros(len(leaves))
        row[[index[leaf] for leaf in hierarchy.under(cell)]] = 1.0
        if cell in hidden:
            a_ub.append(-row)
            b_ub.append(-1.0)
        else:
            a_eq.append(row)
            b_eq.append(float(value))
    result = {}
    for cell in hidden:
        objective = np.zeros(len(leaves))
        objective[[index[leaf] for leaf in hierarchy.under(cell)]] = 1.0
        bounds = []
        for sign in (1.0, -1.0):
            answer = linprog(sign * objective, A_ub=np.array(a_ub) if a_ub else None, b_ub=b_ub or None,
                             A_eq=np.array(a_eq), b_eq=b_eq, bounds=(0, None), method="highs")
            bounds.append(float("inf") if answer.status == 3 else sign * answer.fun)
        result[cell] = (bounds[0], bounds[1])
    return result


def median_time(function, runs=3):
    times, value = [], None
    for _ in range(runs):
        started = time.perf_counter()
        value = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), value


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    args = parser.parse_args()
    from rksd_plugin.core.owndata import linked
    from rksd_plugin.core.owndata.disclosure import Hierarchy, Rules, audit_tree, protect_column

    gemeente, buurten, wijken = areas()
    hierarchy = Hierarchy.from_records(gemeente, buurten, wijken)
    aggregate = clients(gemeente, buurten, wijken)
    rules = Rules()
    column = linked.leaf_values(aggregate.atomic, linked.columns_for(["wmo"], False)[0])
    protection = protect_column(column, hierarchy, rules)
    values = hierarchy.totals(column)
    tree_seconds, tree = median_time(lambda: audit_tree(values, protection.hidden, hierarchy, rules))
    lp_seconds, lp = median_time(lambda: lp_intervals(values, protection.hidden, hierarchy, rules))
    agree = all(abs(tree[c][0] - lp[c][0]) < 1e-6 and (tree[c][1] == lp[c][1] or abs(tree[c][1] - lp[c][1]) < 1e-6)
                for c in protection.hidden)

    def protect(memory):
        original = linked.LinkedAudit.violations
        if not memory:
            linked.LinkedAudit.violations = lambda self, is_cancelled=None, proven_safe=None: original(self, is_cancelled)
        try:
            return linked.protect_linked(aggregate.atomic, aggregate.voorzieningen, hierarchy, rules, stapeling=True)
        finally:
            linked.LinkedAudit.violations = original

    memory_seconds, (with_memory, summary_memory) = median_time(lambda: protect(True))
    plain_seconds, (without_memory, summary_plain) = median_time(lambda: protect(False))
    same = all(with_memory[k].hidden == without_memory[k].hidden for k in with_memory)
    result = {
        "data": "Maastricht GM0935: 44 buurten, 7 wijken (CBS KWB 2024); SYNTHETIC clients, {} persons, "
                "3 voorzieningen".format(aggregate.placed_units()),
        "tree_audit": {"hidden_cells": len(protection.hidden), "propagation_seconds": round(tree_seconds, 5),
                       "lp_per_cell_seconds": round(lp_seconds, 4), "ratio": round(lp_seconds / tree_seconds, 1),
                       "same_intervals": agree},
        "linked_audit": {"rounds": summary_memory["rounds"], "lp_checks_with_memory": summary_memory["checked"],
                         "lp_checks_without_memory": summary_plain["checked"],
                         "seconds_with_memory": round(memory_seconds, 2),
                         "seconds_without_memory": round(plain_seconds, 2),
                         "ratio": round(plain_seconds / memory_seconds, 2), "same_cells_hidden": same},
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "disclosure.json"), "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    print(json.dumps(result, indent=1))
    if not agree or not same:
        raise SystemExit("the audits disagree")


if __name__ == "__main__":
    main()
