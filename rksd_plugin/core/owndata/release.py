"""From counts in memory to a ``Release``: disclosure control applied, privacy report written.

This is the only way own counts become something that can be written. Person-level
records arrive as an ``records.Aggregate`` (combinations of voorzieningen per area, for
stapeling); already aggregated tables as a ``figures.Counts``. The privacy report says
what was hidden and by which rules - per level and measure, never which hidden cell was
small itself and which hides another, because that would narrow the hidden values.
"""
from itertools import combinations
from typing import Dict, Optional

from ..errors import QT_TRANSLATE_NOOP, RksdError
from .disclosure import Hierarchy, Rules, protect_column
from .linked import AT_LEAST_ONE as LINKED_ANY
from .linked import TWO_OR_MORE as LINKED_TWO
from .linked import protect_linked
from .model import AT_LEAST_ONE, COUNT, TWO_OR_MORE, DatasetInfo, MeasureInfo, Release, cell_key

LEVELS = ("buurt", "wijk", "gemeente")
MAX_SUM_SEARCH = 8  # columns: more are not searched for a total-of-parts relation


class TotalsTooComplex(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "Several columns are sums of other columns ({detail}); RKSD cannot protect them together.")
    hint = QT_TRANSLATE_NOOP("RksdErrors", "Import the parts without their totals, or one total at a time.")


def release_records(aggregate, info: DatasetInfo, hierarchy: Hierarchy, year, rules: Rules = Rules(), bases=None,
                    stapeling=False, is_cancelled=None, progress=None):
    """Protect person-level counts: one column per voorziening, and stapeling when asked."""
    voorzieningen = list(aggregate.voorzieningen)
    atomic = {leaf: dict(combos) for leaf, combos in aggregate.atomic.items()}
    with_stapeling = stapeling and len(voorzieningen) >= 2
    protections, audit = protect_linked(atomic, voorzieningen, hierarchy, rules, bases, with_stapeling,
                                        is_cancelled, progress)
    measures = [MeasureInfo(v, {"nl": aggregate.titles.get(v, v), "en": aggregate.titles.get(v, v)}, COUNT)
                for v in voorzieningen]
    if with_stapeling:
        unit = info.unit if info.unit in ("personen", "huishoudens") else "personen"
        measures.append(MeasureInfo(LINKED_ANY, STAPELING_TITLES[unit][AT_LEAST_ONE], AT_LEAST_ONE))
        measures.append(MeasureInfo(LINKED_TWO, STAPELING_TITLES[unit][TWO_OR_MORE], TWO_OR_MORE))
    return _release(info, hierarchy, year, rules, measures, protections, audit, aggregate.leaf_level)


def release_counts(counts, info: DatasetInfo, hierarchy: Hierarchy, year, rules: Rules = Rules(), bases=None,
                   is_cancelled=None, progress=None):
    """Protect already aggregated counts; a total beside its parts is protected with them."""
    keys = list(counts.columns)
    total, parts = find_total(counts.columns)
    measures = [MeasureInfo(k, {"nl": counts.titles.get(k, k), "en": counts.titles.get(k, k)}, COUNT) for k in keys]
    if total is None:
        protections = {k: protect_column(counts.columns[k], hierarchy, rules, bases) for k in keys}
        audit = {"linked": False, "rounds": 0, "checked": 0, "method": "tree"}
    else:
        atomic = {}
        for part in parts:
            for leaf, value in counts.columns[part].items():
                if value:
                    atomic.setdefault(leaf, {})[frozenset([part])] = value
        linked, audit = protect_linked(atomic, list(parts), hierarchy, rules, bases, True, is_cancelled, progress,
                                       disjoint=True)
        protections = {part: linked[part] for part in parts}
        protections[total] = linked[LINKED_ANY]
        others = [k for k in keys if k != total and k not in parts]
        for key in others:
            protections[key] = protect_column(counts.columns[key], hierarchy, rules, bases)
        audit["total_of_parts"] = {"total": total, "parts": list(parts)}
    return _release(info, hierarchy, year, rules, measures, protections, audit, counts.leaf_level)


def find_total(columns: Dict[str, Dict]):
    """``(total, parts)`` when one column is the sum of two or more others on every area."""
    keys = list(columns)
    if len(keys) < 3 or len(keys) > MAX_SUM_SEARCH:
        return None, ()
    leaves = set()
    for values in columns.values():
        leaves.update(values)
    found = []
    for total in keys:
        others = [k for k in keys if k != total]
        for size in range(2, len(others) + 1):
            for parts in combinations(others, size):
                if all(columns[total].get(leaf, 0) == sum(columns[p].get(leaf, 0) for p in parts) for leaf in leaves) \
                        and any(columns[total].get(leaf, 0) for leaf in leaves):
                    found.append((total, parts))
    if not found:
        return None, ()
    if len(found) > 1:
        raise TotalsTooComplex(detail="; ".join("{} = {}".format(t, " + ".join(p)) for t, p in found))
    return found[0]


def _release(info, hierarchy, year, rules, measures, protections, audit, leaf_level):
    published = {}
    for measure in measures:
        protection = protections[measure.key]
        published[measure.key] = {cell_key(*cell): value for cell, value in protection.published.items()}
    release = Release(info=info, gemeente=hierarchy.gemeente, year=int(year), level=leaf_level, rules=rules,
                      measures=measures, published=published)
    release.privacy = privacy_report(release, hierarchy, protections, audit)
    return release


def privacy_report(release, hierarchy, protections, audit):
    """What was hidden, per measure and level, and by which rules (language-neutral)."""
    cells = hierarchy.cells()
    per_level = {level: sum(1 for c in cells if c[0] == level) for level in LEVELS}
    measures = {}
    for measure in release.measures:
        protection = protections[measure.key]
        measures[measure.key] = {
            "hidden": {level: protection.hidden_count(level) for level in LEVELS},
            "all_hidden": bool(protection.exhausted),
        }
    return {
        "rules": release.rules.as_dict(),
        "cells": per_level,
        "measures": measures,
        "method": audit.get("method", "tree"),
        "linked": bool(audit.get("linked")),
        "checked": int(audit.get("checked", 0)),
        "total_of_parts": audit.get("total_of_parts"),
        "verified": True,
    }


STAPELING_TITLES = {
    "personen": {
        AT_LEAST_ONE: {"nl": "Personen met minstens één voorziening", "en": "Persons with at least one provision"},
        TWO_OR_MORE: {"nl": "Personen met twee of meer voorzieningen (stapeling)",
                      "en": "Persons with two or more provisions (stacking)"},
    },
    "huishoudens": {
        AT_LEAST_ONE: {"nl": "Huishoudens met minstens één voorziening",
                       "en": "Households with at least one provision"},
        TWO_OR_MORE: {"nl": "Huishoudens met twee of meer voorzieningen (stapeling)",
                      "en": "Households with two or more provisions (stacking)"},
    },
}


def population_bases(hierarchy, buurt_records, wijk_records, gemeente_records, group) -> Dict:
    """The CBS population of ``group`` per cell, for the complement rule (None when unknown)."""
    bases: Dict[tuple, Optional[float]] = {}
    for level, records in (("buurt", buurt_records), ("wijk", wijk_records), ("gemeente", gemeente_records)):
        for record in records:
            value = record.get(group)
            if value is not None:
                bases[(level, record["code"])] = float(value)
    return bases
