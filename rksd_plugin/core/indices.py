"""Composite indices per question: normalise components, orient them, weigh them.

Recipe (documented in docs/method_indices.md):
1. every component is oriented so that higher = more risk;
2. it is normalised against a reference distribution - all Dutch buurten of the same
   year when that distribution is available, else the buurten of the gemeente - by
   percentile rank (default), by z-score winsorised at +/-3, or as an index with
   Nederland = 100;
3. buurten under an indicator's population threshold get no score (flagged, not ranked);
4. the index is the weighted mean of the scores that exist, and only when at least
   ``min_components`` of them exist; missing components are never counted as 0.
"""
import bisect
import math
from dataclasses import dataclass
from typing import Dict, List, Optional

from .areas import FieldSpec

PERCENTILE, ZSCORE, INDEX100 = "percentile", "zscore", "index100"
METHODS = (PERCENTILE, ZSCORE, INDEX100)
NATIONAL, GEMEENTE = "nederland", "gemeente"
WORST_QUINTILE = 80.0


@dataclass
class Reference:
    """The distribution a component is normalised against."""

    values: List[float]
    basis: str  # NATIONAL or GEMEENTE

    def __post_init__(self):
        self.values = sorted(v for v in self.values if v is not None and not math.isnan(v))
        n = len(self.values)
        self.mean = sum(self.values) / n if n else None
        if n > 1:
            self.sd = math.sqrt(sum((v - self.mean) ** 2 for v in self.values) / (n - 1))
        else:
            self.sd = None

    @property
    def median(self):
        """The middle of the distribution: the value a percentile rank of 50 stands for."""
        n = len(self.values)
        if not n:
            return None
        middle = n // 2
        return self.values[middle] if n % 2 else (self.values[middle - 1] + self.values[middle]) / 2.0

    def centre(self, method, nederland=None):
        """The maatstaf of ``method``: the value whose score is neutral (50, 0 or 100).

        A component's score is above neutral exactly when its value is on the risk side
        of this value, so the table can show it beside the figure and never contradict
        the index: the median for percentile ranks, the mean for z-scores, Nederland for
        the index with Nederland = 100."""
        if method == PERCENTILE:
            return self.median
        if method == ZSCORE:
            return self.mean
        return nederland

    def percentile(self, value):
        """Mid-rank percentile (0-100) of ``value`` in the distribution."""
        n = len(self.values)
        if not n:
            return None
        low = bisect.bisect_left(self.values, value)
        high = bisect.bisect_right(self.values, value)
        return 100.0 * (low + (high - low) / 2.0) / n


def oriented_score(value, direction, method, reference, nederland=None, clip=3.0):
    """A component's score, higher = more risk; None when it cannot be computed."""
    if value is None:
        return None
    inverted = direction == "lower_is_risk"
    if method == PERCENTILE:
        p = reference.percentile(value) if reference else None
        if p is None:
            return None
        return 100.0 - p if inverted else p
    if method == ZSCORE:
        if not reference or reference.sd in (None, 0):
            return None
        z = (value - reference.mean) / reference.sd
        z = -z if inverted else z
        return max(-clip, min(clip, z))
    if method == INDEX100:
        if nederland in (None, 0):
            return None
        if inverted:
            return None if value == 0 else 100.0 * nederland / value
        return 100.0 * value / nederland
    raise ValueError("unknown normalisation {}".format(method))


def score_fields(indicator):
    return FieldSpec(
        indicator.id + "_score", "real",
        {"nl": "{} - score (hoog = meer risico)".format(indicator.title.get("nl")),
         "en": "{} - score (high = more risk)".format(indicator.title.get("en"))},
        role="score", decimals=1,
    )


def question_fields(question):
    fields = [
        FieldSpec(question.index_id, "real", {k: v for k, v in question.index_title.items()}, role="index", decimals=1),
        FieldSpec(question.id + "_n", "int",
                  {"nl": "{} - aantal componenten".format(question.title.get("nl")),
                   "en": "{} - number of components".format(question.title.get("en"))}, role="index"),
        FieldSpec(question.id + "_klein", "string",
                  {"nl": "{} - te weinig inwoners (JA/NEE)".format(question.title.get("nl")),
                   "en": "{} - too few inhabitants (JA = yes, NEE = no)".format(question.title.get("en"))}, role="flag"),
    ]
    if question.count_domains:
        fields += [
            FieldSpec(question.id + "_domeinen", "int",
                      {"nl": "Domeinen in landelijk slechtste kwintiel", "en": "Domains in national worst quintile"},
                      role="index"),
            FieldSpec(question.id + "_domeinen_n", "int",
                      {"nl": "Domeinen landelijk te beoordelen", "en": "Domains assessable nationally"}, role="index"),
        ]
    return fields


def compute_question(records, question, indicators, references, nederland, method, weights=None,
                     population_field="inwoners"):
    """Add scores and the index of ``question`` to ``records`` (buurt records).

    ``indicators``: id -> Indicator (only the available ones); ``references``: id ->
    Reference; ``nederland``: id -> Nederland value. Returns a summary dict."""
    weights = dict(question.weights(), **(weights or {}))
    components = [c.indicator for c in question.components if c.indicator in indicators]
    thresholds = {key: indicators[key].min_population for key in components}
    largest_threshold = max(thresholds.values()) if thresholds else 0
    with_index = 0
    for record in records:
        population = record.get(population_field)
        scores = {}
        for key in components:
            if record.get("water") == "JA":
                score = None
            elif population is None or population < thresholds[key]:
                score = None
            else:
                score = oriented_score(record.get(key), indicators[key].direction, method,
                                       references.get(key), nederland.get(key))
            record[key + "_score"] = score
            if score is not None:
                scores[key] = score
        record[question.id + "_n"] = len(scores)
        small = population is None or population < largest_threshold
        record[question.id + "_klein"] = "JA" if small and record.get("water") != "JA" else "NEE"
        total_weight = sum(weights.get(k, 0) for k in scores)
        if len(scores) >= question.min_components and total_weight > 0:
            record[question.index_id] = sum(scores[k] * weights.get(k, 0) for k in scores) / total_weight
            with_index += 1
        else:
            record[question.index_id] = None
        if question.count_domains:
            _count_domains(record, question, components, indicators, references)
    return {
        "index_field": question.index_id,
        "component_fields": components,
        "unavailable_components": [c.indicator for c in question.components if c.indicator not in indicators],
        "buurten_with_index": with_index,
        "normalisation": method,
        "basis": {key: (references[key].basis if key in references else None) for key in components},
        "weights": {key: weights.get(key, 0) for key in components},
        "reference": {key: reference_summary(references.get(key), method, nederland.get(key)) for key in components},
    }


def reference_summary(reference, method, nederland=None):
    """What the table shows beside a component: its maatstaf, where it comes from, how many buurten."""
    if reference is None:
        return {"value": None, "basis": None, "method": method, "n": 0}
    basis = NATIONAL if method == INDEX100 else reference.basis
    return {"value": reference.centre(method, nederland), "basis": basis, "method": method,
            "n": len(reference.values)}


def _count_domains(record, question, components, indicators, references):
    """Domains (health, money, ...) in which the buurt is in the national worst fifth."""
    worst, assessable = set(), set()
    for key in components:
        reference = references.get(key)
        if reference is None or reference.basis != NATIONAL or record.get(key) is None:
            continue
        if record.get(key + "_score") is None:
            continue
        domain = indicators[key].domain or key
        assessable.add(domain)
        percentile = oriented_score(record[key], indicators[key].direction, PERCENTILE, reference)
        if percentile is not None and percentile >= WORST_QUINTILE:
            worst.add(domain)
    record[question.id + "_domeinen"] = len(worst) if assessable else None
    record[question.id + "_domeinen_n"] = len(assessable)


def gemeente_reference(records, key, indicator):
    """The buurten of this gemeente (land, above the population threshold)."""
    values = [
        r.get(key) for r in records
        if r.get("water") != "JA" and r.get(key) is not None
        and (r.get("inwoners") or 0) >= indicator.min_population
    ]
    return Reference(values, GEMEENTE)


def national_reference(values):
    return Reference(list(values), NATIONAL)


def weights_for(question, overrides: Optional[Dict[str, float]]):
    result = question.weights()
    for key, value in (overrides or {}).items():
        if key in result:
            result[key] = max(float(value), 0.0)
    return result
