"""Figures of an earlier year carried to the newest indeling, each with how it got there.

Along a ``Crosswalk``: a direct or re-coded area keeps its published value. A
re-allocated area gets, for a *count* (a measure the catalog marks ``additive``), the
sum of its old areas' counts times the fraction of each that lies in it; an indicator
whose formula uses only counts (a rate or share with numerator and denominator in the
catalog) is recomputed from the re-allocated counts; anything else (averages, published
percentages, distances, model estimates) is *not comparable* and left empty rather than
guessed. A count is missing when an old area that passes people to it has no value.
"""
from dataclasses import dataclass
from typing import Optional

from .. import marks
from .crosswalk import DIRECT, NO_SOURCE, REALLOCATED, RECODED

MISSING = "missing"
NOT_COMPARABLE = "not_comparable"

STATUS_LABELS = {
    MISSING: {"nl": "geen waarde", "en": "no value"},
    # the visual language's wording (core/marks.py), and why
    NOT_COMPARABLE: {"nl": marks.words("not_comparable", "nl") + " (gebied heringedeeld, geen telling)",
                     "en": marks.words("not_comparable", "en") + " (area re-bounded, not a count)"},
}


@dataclass
class Carried:
    value: Optional[float]
    method: str  # direct / recoded / reallocated / not_comparable / missing / no_source
    weight_source: Optional[str] = None
    share_other: Optional[float] = None
    sources: str = ""
    note: str = ""

    @property
    def comparable(self):
        return self.value is not None and self.method in (DIRECT, RECODED, REALLOCATED)


def carry(crosswalk, old_values, keys, additive, formulas=None):
    """``{new_code: {key: Carried}}`` for ``keys`` of every area of the newest indeling.

    ``old_values``: ``{old_code: {key: value}}`` of the earlier year; ``additive``: the
    keys that are counts; ``formulas``: ``{indicator_id: Formula}`` of indicators that may
    be recomputed from re-allocated counts (all their names additive)."""
    formulas = formulas or {}
    result = {}
    for code, target in crosswalk.targets.items():
        out = {}
        if target.method in (DIRECT, RECODED):
            source = old_values.get(target.sources[0].code, {})
            for key in keys:
                value = source.get(key)
                out[key] = Carried(value, target.method if value is not None else MISSING, None, 0.0,
                                   target.sources[0].code, "" if value is not None else "no value in {}".format(
                                       crosswalk.from_year))
        elif target.method == NO_SOURCE:
            for key in keys:
                out[key] = Carried(None, MISSING, note="no area of {} covers it".format(crosswalk.from_year))
        else:
            counts = {}
            for key in keys:
                if key in additive:
                    out[key] = _reallocate(target, old_values, key, crosswalk.from_year)
                    counts[key] = out[key]
            for key in keys:
                if key in out:
                    continue
                formula = formulas.get(key)
                if formula is not None and formula.names <= set(additive):
                    out[key] = _recompute(target, formula, old_values, counts, crosswalk.from_year)
                else:
                    out[key] = Carried(None, NOT_COMPARABLE, target.weight_source, target.share_other,
                                       target.describe(), "not a count: not re-allocated")
        result[code] = out
    return result


def _reallocate(target, old_values, key, year):
    total, lacking = 0.0, []
    for source in target.sources:
        if source.fraction <= 0:
            continue
        value = old_values.get(source.code, {}).get(key)
        if value is None:
            lacking.append(source.code)
            continue
        total += float(value) * source.fraction
    if lacking:
        return Carried(None, MISSING, target.weight_source, target.share_other, target.describe(),
                       "no value in {} for {}".format(year, ", ".join(lacking)))
    note = "" if any(s.fraction > 0 for s in target.sources) else "no weight in this area: nobody passed on"
    return Carried(total, REALLOCATED, target.weight_source, target.share_other, target.describe(), note)


def _recompute(target, formula, old_values, counts, year):
    values = {}
    for name in formula.names:
        carried = counts.get(name) or _reallocate(target, old_values, name, year)
        counts[name] = carried
        values[name] = carried.value
    value = formula.evaluate(values)
    if value is None:
        lacking = sorted(n for n in formula.names if values.get(n) is None)
        note = "no value for {}".format(", ".join(lacking)) if lacking else "not computable (denominator 0)"
        return Carried(None, MISSING, target.weight_source, target.share_other, target.describe(), note)
    return Carried(value, REALLOCATED, target.weight_source, target.share_other, target.describe(),
                   "recomputed from re-allocated counts")
