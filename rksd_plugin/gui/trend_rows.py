"""From a buurt's series rows to sparkline rows: which keys, their points and a summary.

A key gets a sparkline when the buurt (or its gemeente) has values in at least two
years. The summary says the first and last value and the change; for a model estimate
with interval bounds it says whether the change counts (``monitor.change.RULE``), and
without bounds that it was not tested.
"""
from qgis.PyQt.QtCore import QCoreApplication

from ..core import marks
from ..core.monitor import change as change_module
from ..core.monitor import tables
from .trend_chart import TrendRow

_translate = QCoreApplication.translate


def rows_for(catalog, series_rows, language, number, keys_first=()):
    """``[TrendRow]`` for one area's series rows (``number(value, decimals)`` formats)."""
    by_key = {}
    for row in sorted(series_rows, key=lambda r: r["jaar"]):
        by_key.setdefault(row["kenmerk"], []).append(row)
    order = [k for k in keys_first if k in by_key] + [k for k in by_key if k not in keys_first]
    result = []
    for key in order:
        rows = by_key[key]
        points = [(r["jaar"], r["waarde"], r.get("ondergrens"), r.get("bovengrens"), r["methode"] == "reallocated")
                  for r in rows if r["waarde"] is not None]
        if len(points) < 2:
            continue
        if key in catalog.measures and catalog.measures[key].additive:
            gemeente = nederland = []  # a count of the whole gemeente is no line to compare a buurt with
        else:
            gemeente = [(r["jaar"], r["gemeente"]) for r in rows if r.get("gemeente") is not None]
            nederland = [(r["jaar"], r["nederland"]) for r in rows if r.get("nederland") is not None]
        decimals = catalog.indicators[key].decimals if key in catalog.indicators else decimals_of(
            [p[1] for p in points])
        result.append(TrendRow(tables.label_of(catalog, key, language), summary(catalog, key, points, number,
                                                                               decimals, language),
                               points, gemeente, nederland, tooltip(catalog, key, rows, number, decimals, language), key))
    return result


def decimals_of(values):
    """As many decimals as the published values have (at most two)."""
    for decimals in (0, 1, 2):
        if all(abs(v * 10 ** decimals - round(v * 10 ** decimals)) < 1e-6 for v in values):
            return decimals
    return 2


def summary(catalog, key, points, number, decimals, language):
    if not points:
        return _translate("RksdBuurtPanel", "no value of the neighbourhood")
    (first_year, first, low_a, high_a, _), (last_year, last, low_b, high_b, _) = points[0], points[-1]
    shown = [marks.value_with_marks(number(v, decimals), ["reallocated"] if moved else [])
             for v, moved in ((first, points[0][4]), (last, points[-1][4]))]
    text = "{} {} \u2192 {} {}".format(first_year, shown[0], last_year, shown[1])
    if len(points) < 2:
        return "{} {}".format(last_year, shown[1])
    if tables.is_model_estimate(catalog, key):
        verdict = change_module.test(first, last, True, (low_a, high_a), (low_b, high_b))
        words = {change_module.SIGNIFICANT: _translate("RksdBuurtPanel", "a change beyond the margin"),
                 change_module.WITHIN_MARGIN: _translate("RksdBuurtPanel", "within the margin"),
                 change_module.NOT_TESTED: _translate("RksdBuurtPanel", "no interval: not tested")}
        return "{} ({})".format(text, words[verdict])
    if first:
        relative = "{:+.1f}".format(100.0 * (last - first) / abs(first))
        return "{} ({} %)".format(text, relative.replace(".", ",") if language == "nl" else relative)
    return text


def tooltip(catalog, key, rows, number, decimals, language="nl"):
    """Per year: value, bounds, how it got there and its source table."""
    lines = []
    for row in rows:
        if row["waarde"] is None:
            value = _translate("RksdBuurtPanel", "no value")
        else:
            value = number(row["waarde"], decimals)
            if row.get("ondergrens") is not None and row.get("bovengrens") is not None:
                value += " (95%: {} \u2013 {})".format(number(row["ondergrens"], decimals),
                                                       number(row["bovengrens"], decimals))
        how = method_text(row["methode"], language)
        if row["methode"] == "reallocated" and row.get("aandeel_elders") is not None:
            how += " " + _translate("RksdBuurtPanel", "({share:.0f}% from other areas, weights: {weights})").format(
                share=100.0 * row["aandeel_elders"], weights=weights_text(row.get("gewichten")))
        lines.append("{}: {} \u2013 {} [{}]".format(row["jaar"], value, how, row.get("bron") or "-"))
    if tables.is_model_estimate(catalog, key):
        lines.append(_translate("RksdBuurtPanel", "Rule: a difference counts as a change when it exceeds 1.96 times "
                                "the combined standard error of both years' 95% intervals."))
    return "\n".join(lines)


def method_text(method, language="nl"):
    """How a value got there; the re-allocated mark and "no comparable value" in the visual
    language's words (``core.marks``)."""
    return {
        "direct": _translate("RksdBuurtPanel", "direct"),
        "recoded": _translate("RksdBuurtPanel", "re-coded (same area)"),
        "reallocated": "{} {}".format(marks.symbol("reallocated"), marks.words("reallocated", language)),
        "not_comparable": marks.words("not_comparable", language),
        "missing": _translate("RksdBuurtPanel", "no value"),
        "no_source": _translate("RksdBuurtPanel", "no earlier area"),
    }.get(method, method or "")


def weights_text(source):
    return {
        "population_squares": _translate("RksdBuurtPanel", "inhabitants per 100 m square"),
        "addresses": _translate("RksdBuurtPanel", "address points"),
        "area": _translate("RksdBuurtPanel", "area (last resort)"),
    }.get(source, source or "-")
