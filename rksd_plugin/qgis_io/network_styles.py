"""Styles for the outputs of the network analyses (distances, scores, 2SFCA, gap).

Rule-based renderers, like the buurt maps: one rule per class plus a grey "no result"
rule, so unreachable places and missing figures are visible and never coloured as data.
Colours are ColorBrewer ramps from ``core.classify`` (colour-blind safe).
"""
from qgis.core import QgsFillSymbol, QgsMarkerSymbol, QgsRuleBasedRenderer

from ..compat import GEOMETRY_POINT
from ..core import classify
from .styles import missing_fill_symbol, quote_field

TEXT = {
    "no_result": {"nl": "geen resultaat / onbekend", "en": "no result / unknown"},
    "up_to": {"nl": "\u2264 {}", "en": "\u2264 {}"},
    "more_than": {"nl": "> {}", "en": "> {}"},
    "score": {
        1: {"nl": "goed (75\u2013100)", "en": "good (75\u2013100)"},
        2: {"nl": "redelijk (50\u201375)", "en": "fair (50\u201375)"},
        3: {"nl": "matig (25\u201350)", "en": "moderate (25\u201350)"},
        4: {"nl": "beperkt (< 25)", "en": "limited (< 25)"},
    },
    "gap": {
        1: {"nl": "hoge vraag, weinig aanbod", "en": "high demand, low supply"},
        2: {"nl": "hoge vraag, voldoende aanbod", "en": "high demand, enough supply"},
        3: {"nl": "lage vraag, weinig aanbod", "en": "low demand, low supply"},
        4: {"nl": "lage vraag, voldoende aanbod", "en": "low demand, enough supply"},
    },
}
GAP_COLORS = {1: "#ca0020", 2: "#92c5de", 3: "#f4a582", 4: "#0571b0"}
OUTLINE = "#6b6b6b"


def _symbol(geometry_type, color, missing=False):
    if geometry_type == GEOMETRY_POINT:
        return QgsMarkerSymbol.createSimple({
            "name": "circle", "color": color, "outline_color": "#4d4d4d", "outline_width": "0.1",
            "size": "1.4" if missing else "1.8",
        })
    if missing:  # grey with a hatch, like the buurt maps' "geheim / onbekend"
        return missing_fill_symbol()
    return QgsFillSymbol.createSimple({"color": color, "outline_color": OUTLINE, "outline_width": "0.2"})


def rule_renderer(geometry_type, rules, missing_expression, language="nl"):
    """``rules`` = [(expression, label, colour)] plus one grey rule for missing values."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, label, color in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(_symbol(geometry_type, color), 0, 0, expression, label))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        _symbol(geometry_type, classify.MISSING_COLOR, missing=True), 0, 0, missing_expression,
        TEXT["no_result"][language]))
    return QgsRuleBasedRenderer(root)


def distance_label(metres, language="nl"):
    if metres >= 1000:
        return "{} km".format(classify.format_number(metres / 1000.0, 0 if metres % 1000 == 0 else 1, language))
    return "{} m".format(classify.format_number(metres, 0, language))


def distance_renderer(geometry_type, field_name, thresholds, language="nl", ramp="YlOrRd"):
    """Classes ≤ t1, t1-t2, ..., > tn on a distance field in metres (far = dark)."""
    thresholds = sorted(float(t) for t in thresholds)
    colors = classify.ramp(ramp, len(thresholds) + 1)
    f = quote_field(field_name)
    rules = []
    lower = None
    for index, upper in enumerate(thresholds):
        if lower is None:
            expression = "{f} IS NOT NULL AND {f} <= {u}".format(f=f, u=repr(upper))
            label = TEXT["up_to"][language].format(distance_label(upper, language))
        else:
            expression = "{f} > {l} AND {f} <= {u}".format(f=f, l=repr(lower), u=repr(upper))
            label = "{} \u2013 {}".format(distance_label(lower, language), distance_label(upper, language))
        rules.append((expression, label, colors[index]))
        lower = upper
    rules.append(("{f} > {l}".format(f=f, l=repr(lower)), TEXT["more_than"][language].format(distance_label(lower, language)), colors[-1]))
    return rule_renderer(geometry_type, rules, "{} IS NULL".format(f), language)


def score_class_renderer(geometry_type, class_field, language="nl"):
    colors = classify.ramp("Greens", 4, reverse=True)
    f = quote_field(class_field)
    rules = [("{} = {}".format(f, code), TEXT["score"][code][language], colors[code - 1]) for code in (1, 2, 3, 4)]
    return rule_renderer(geometry_type, rules, "{f} IS NULL OR {f} = 0".format(f=f), language)


def gap_renderer(geometry_type, class_field, language="nl"):
    f = quote_field(class_field)
    rules = [("{} = {}".format(f, code), TEXT["gap"][code][language], GAP_COLORS[code]) for code in (1, 2, 3, 4)]
    return rule_renderer(geometry_type, rules, "{f} IS NULL OR {f} = 0".format(f=f), language)


def quantile_renderer(geometry_type, field_name, values, language="nl", ramp="PuBu", classes=5, decimals=2, unit=""):
    """Quantile classes of ``values`` (None/NaN ignored) on ``field_name``."""
    clean = [v for v in values if v is not None and v == v]
    breaks = classify.quantile_breaks(clean, classes, decimals)
    f = quote_field(field_name)
    rules = []
    pairs = classify.classes_from_breaks(breaks) if len(breaks) > 1 else []
    colors = classify.ramp(ramp, max(len(pairs), 1))
    for index, (lower, upper) in enumerate(pairs):
        op = ">=" if index == 0 else ">"
        expression = "{f} {op} {l} AND {f} <= {u}".format(f=f, op=op, l=repr(lower), u=repr(upper))
        rules.append((expression, classify.class_label(lower, upper, unit, decimals, language), colors[index]))
    return rule_renderer(geometry_type, rules, "{} IS NULL".format(f), language)
