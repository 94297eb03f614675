"""Preset choropleth styles: classes, colour-blind-safe ramps, missing and water apart.

A rule-based renderer holds one rule per class plus two rules that are never coloured
as data: "geheim / onbekend" (missing values, grey hatched) and "water". That is the
way QGIS shows a separate legend entry for missing values, which a graduated renderer
cannot.
"""
from qgis.core import (
    QgsFillSymbol,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core import classify

TEXT = {
    "missing": {"nl": "geheim / onbekend", "en": "secret / unknown"},
    "water": {"nl": "water (geen data)", "en": "water (no data)"},
    "small": {"nl": "te weinig inwoners (niet gerangschikt)", "en": "too few inhabitants (not ranked)"},
    "quantile": {"nl": "kwantielen", "en": "quantiles"},
    "fixed": {"nl": "vaste klassen", "en": "fixed classes"},
}
OUTLINE = "#6b6b6b"


def _fill(color, outline=OUTLINE, width=0.2, style=Qt.BrushStyle.SolidPattern):
    symbol = QgsFillSymbol.createSimple({})
    layer = QgsSimpleFillSymbolLayer(QColor(color), style, QColor(outline), Qt.PenStyle.SolidLine, width)
    symbol.changeSymbolLayer(0, layer)
    return symbol


def missing_fill_symbol():
    symbol = _fill(classify.MISSING_COLOR)
    hatch = QgsSimpleFillSymbolLayer(QColor("#8c8c8c"), Qt.BrushStyle.BDiagPattern, QColor(OUTLINE), Qt.PenStyle.SolidLine, 0.2)
    symbol.appendSymbolLayer(hatch)
    return symbol


def quote_field(field):
    return '"{}"'.format(field.replace('"', '""'))


def choropleth_classes(values, style, decimals):
    """Break values for a field from the catalog's style (quantile or fixed breaks)."""
    method = style.get("method", "quantile")
    if method == "fixed" and style.get("breaks"):
        return classify.fixed_breaks(style["breaks"], values, decimals), "fixed"
    return classify.quantile_breaks(values, int(style.get("classes", 5)), decimals), "quantile"


def default_ramp(direction):
    """Risk indicators get a yellow-orange-red ramp, neutral ones red-purple."""
    return "YlOrRd" if direction in ("higher_is_risk", "lower_is_risk") else "RdPu"


def choropleth_renderer(field, values, style, unit="", decimals=1, language="nl", reverse=False, has_water=True,
                        labels=None, small_field=None):
    """A rule-based renderer for ``field``: data classes, missing, too small, water.

    ``labels`` replaces the class labels; ``small_field`` (JA/NEE) gives buurten under
    the population threshold their own legend entry instead of "unknown"."""
    breaks, method = choropleth_classes(values, style, decimals)
    root = QgsRuleBasedRenderer.Rule(None)
    land = "coalesce({}, 'NEE') <> 'JA'".format(quote_field("water"))
    quoted = quote_field(field)
    classes = classify.classes_from_breaks(breaks)
    colors = classify.ramp(style.get("ramp") or "RdPu", max(len(classes), 1), reverse=reverse)
    for index, (lower, upper) in enumerate(classes):
        low_op = ">=" if index == 0 else ">"
        expression = "{land} AND {f} {op} {lo} AND {f} <= {hi}".format(
            land=land, f=quoted, op=low_op, lo=repr(lower), hi=repr(upper)
        )
        label = labels[index] if labels and index < len(labels) else classify.class_label(
            lower, upper, unit, decimals, language)
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(colors[index]), 0, 0, expression, label))
    missing_expression = "{} AND {} IS NULL".format(land, quoted)
    if small_field:
        small = "coalesce({}, 'NEE') = 'JA'".format(quote_field(small_field))
        missing_expression = "{} AND NOT {}".format(missing_expression, small)
    root.appendChild(QgsRuleBasedRenderer.Rule(missing_fill_symbol(), 0, 0, missing_expression, TEXT["missing"][language]))
    if small_field:
        root.appendChild(QgsRuleBasedRenderer.Rule(
            _fill("#f4f4f4", "#9a9a9a", style=Qt.BrushStyle.Dense6Pattern), 0, 0, "{} AND {}".format(land, small),
            TEXT["small"][language]))
    if has_water:
        water = QgsRuleBasedRenderer.Rule(
            _fill(classify.WATER_COLOR, "#9fb8cf"), 0, 0, "{} = 'JA'".format(quote_field("water")), TEXT["water"][language]
        )
        root.appendChild(water)
    renderer = QgsRuleBasedRenderer(root)
    return renderer, {"breaks": breaks, "method": method, "colors": colors}


def apply_aliases(vector_layer, fields, language="nl"):
    """Field aliases from the area layer's field specs, in the user's language."""
    for spec in fields:
        index = vector_layer.fields().indexOf(spec.name)
        if index >= 0:
            vector_layer.setFieldAlias(index, spec.alias.get(language) or spec.alias.get("nl") or spec.name)


def style_indicator_layer(vector_layer, area_layer, indicator, language="nl"):
    """Colour ``vector_layer`` by ``indicator`` (catalog object) and set its aliases."""
    values = [r.get(indicator.id) for r in area_layer.records if r.get("water") != "JA"]
    reverse = indicator.direction == "lower_is_risk"
    has_water = any(r.get("water") == "JA" for r in area_layer.records)
    style = dict(indicator.style)
    style.setdefault("ramp", default_ramp(indicator.direction))
    renderer, info = choropleth_renderer(
        indicator.id, values, style, indicator.unit, indicator.decimals, language, reverse, has_water
    )
    vector_layer.setRenderer(renderer)
    apply_aliases(vector_layer, area_layer.fields, language)
    vector_layer.setCustomProperty("rksd/indicator", indicator.id)
    vector_layer.setCustomProperty("rksd/classification", info["method"])
    vector_layer.triggerRepaint()
    return info
