"""Change between two years, and when a change of a model estimate counts as one.

For every area of the newest indeling and one key (indicator, measure or question
index): the absolute and relative change between two chosen years, whether both values
are comparable (see ``carry``), and for RIVM's model estimates whether the intervals
allow calling it a change.

The rule for model estimates (``RULE``): RIVM publishes a 95 % interval beside every
estimate. Reading each interval as estimate +/- 1.96 standard errors, a change counts
when the difference is larger than 1.96 times the combined standard error,
``|b - a| > 1.96 * sqrt(se_a^2 + se_b^2)`` with ``se = (upper - lower) / (2 * 1.96)``.
This is the usual test for two independent estimates; it is less strict than asking
the two intervals not to overlap (which misses real changes) and it treats the two
periods as independent (RIVM's model borrows strength across areas, not across
periods). Without intervals a model estimate's change is shown but marked *not tested*.
Counted figures (KWB, Politie) carry no interval: their changes are shown as they are.
"""
import math
from dataclasses import dataclass
from typing import List, Optional

from .. import marks

Z95 = 1.96
SIGNIFICANT, WITHIN_MARGIN, NOT_TESTED, NOT_A_MODEL = "significant", "within_margin", "not_tested", "counted"
RULE = {
    "nl": "Bij modelschattingen telt een verschil als verandering wanneer het groter is dan 1,96 keer de "
          "gecombineerde standaardfout (afgeleid uit de 95%-intervallen van beide jaren).",
    "en": "For model estimates a difference counts as a change when it exceeds 1.96 times the combined "
          "standard error (derived from both years' 95% intervals).",
}
TEST_LABELS = {
    SIGNIFICANT: {"nl": "verandering (buiten de marge)", "en": "change (beyond the margin)"},
    WITHIN_MARGIN: {"nl": "binnen de marge: geen aantoonbare verandering", "en": "within the margin: no demonstrable change"},
    NOT_TESTED: {"nl": "modelschatting zonder interval: niet getoetst", "en": "model estimate without interval: not tested"},
    NOT_A_MODEL: {"nl": "telling/registratie (geen marge)", "en": "count/registration (no margin)"},
}
ABSOLUTE, RELATIVE = "absolute", "relative"
NO_VALUE_CLASS = -99  # the class of an area without two comparable values


def standard_error(lower, upper):
    if lower is None or upper is None or upper < lower:
        return None
    return (upper - lower) / (2 * Z95)


def test(a, b, model_estimate, a_bounds=(None, None), b_bounds=(None, None)):
    """``SIGNIFICANT``/``WITHIN_MARGIN``/``NOT_TESTED`` for a model estimate, else ``NOT_A_MODEL``."""
    if not model_estimate:
        return NOT_A_MODEL
    se_a, se_b = standard_error(*a_bounds), standard_error(*b_bounds)
    if se_a is None or se_b is None:
        return NOT_TESTED
    combined = math.sqrt(se_a ** 2 + se_b ** 2)
    return SIGNIFICANT if abs(b - a) > Z95 * combined else WITHIN_MARGIN


@dataclass
class Change:
    code: str
    first: Optional[float]
    last: Optional[float]
    absolute: Optional[float]
    relative: Optional[float]  # percent of the first value
    test: Optional[str]
    comparable: bool
    reason: str = ""
    reallocated: bool = False
    klass: int = NO_VALUE_CLASS


def between(first_rows, last_rows, model_estimate):
    """``{code: Change}`` from two ``{code: row}`` mappings of series rows (one key).

    A row has ``waarde``, ``methode``, ``ondergrens``, ``bovengrens``."""
    from .carry import NOT_COMPARABLE

    result = {}
    for code in sorted(set(first_rows) | set(last_rows)):
        a, b = first_rows.get(code), last_rows.get(code)
        va = a.get("waarde") if a else None
        vb = b.get("waarde") if b else None
        methods = {r.get("methode") for r in (a, b) if r}
        if va is None or vb is None:
            reason = "not comparable" if NOT_COMPARABLE in methods else "no value in one of the years"
            result[code] = Change(code, va, vb, None, None, None, False, reason)
            continue
        absolute = vb - va
        relative = 100.0 * absolute / abs(va) if va else None
        verdict = test(va, vb, model_estimate, (a.get("ondergrens"), a.get("bovengrens")),
                       (b.get("ondergrens"), b.get("bovengrens")))
        result[code] = Change(code, va, vb, absolute, relative, verdict, True,
                              reallocated=any(r.get("methode") == "reallocated" for r in (a, b)))
    return result


def nice(value):
    """A round number near ``value`` (1, 2, 2.5, 5 x 10^k) for class breaks."""
    if value <= 0:
        return 0.0
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        candidate = step * 10 ** exponent
        if candidate >= value * 0.999:
            return candidate
    return 10 ** (exponent + 1)


def breaks(values, classes_per_side=3):
    """Symmetric breaks around 0 from the spread of ``values``: ``[b1, b2, ...]`` (positive).

    Classes are ``(-inf,-b_k] ... (-b1, 0) [0] (0, b1) ... [b_k, inf)``: diverging, so
    growth and decline get the same widths."""
    spread = sorted(abs(v) for v in values if v is not None and v != 0)
    if not spread:
        return [1.0]
    result = []
    for k in range(1, classes_per_side):
        q = spread[min(len(spread) - 1, int(len(spread) * k / classes_per_side))]
        candidate = nice(q)
        if candidate > 0 and (not result or candidate > result[-1]):
            result.append(candidate)
    return result or [nice(spread[-1])]


def classify(change, kind, cuts):
    """The class of one change: 0 no change (or within the margin), +/-1..k by size."""
    if not change.comparable:
        return NO_VALUE_CLASS
    value = change.absolute if kind == ABSOLUTE else change.relative
    if value is None:
        return NO_VALUE_CLASS
    if value == 0 or change.test == WITHIN_MARGIN:
        return 0
    size = 1 + sum(1 for cut in cuts if abs(value) >= cut)
    return size if value > 0 else -size


def class_labels(cuts, unit, language="nl"):
    """``{class: label}`` for the legend."""
    same = {"nl": "geen verandering / binnen de marge", "en": "no change / within the margin"}[language]
    labels = {0: same, NO_VALUE_CLASS: marks.words("not_comparable", language)}
    edges = [0.0] + list(cuts)
    suffix = " {}".format(unit) if unit else ""

    def fmt(v):
        text = "{:g}".format(v)
        return text.replace(".", ",") if language == "nl" else text

    for k in range(1, len(edges) + 1):
        low = edges[k - 1]
        high = edges[k] if k < len(edges) else None
        word = {"nl": "tot", "en": "to"}[language]
        sign = "+" if low else ""
        if high is None:
            more = {"nl": "of meer", "en": "or more"}[language]
            up = "+{} {}".format(fmt(low), more)
            down = "-{} {}".format(fmt(low), more)
        else:
            up = "{}{} {} +{}".format(sign, fmt(low), word, fmt(high))
            down = "{}{} {} -{}".format("-" if low else "", fmt(low), word, fmt(high))
        labels[k] = up + suffix
        labels[-k] = down + suffix
    return labels


def classified(changes: List[Change], kind):
    """Set ``klass`` on every change with breaks from their own spread; returns the breaks."""
    values = [(c.absolute if kind == ABSOLUTE else c.relative) for c in changes if c.comparable]
    cuts = breaks(values)
    for change in changes:
        change.klass = classify(change, kind, cuts)
    return cuts
