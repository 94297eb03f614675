"""Preset choropleth styles: classes, colour-blind-safe ramps, missing and water apart.

A rule-based renderer holds one rule per class plus rules that are never coloured as
data, each with the one wording of ``core.marks``: "geheim" (a figure the source does
not publish, grey hatched), "te weinig inwoners" (buurten under the catalog's minimum
population: no class), "geen index" and "water". That is the way QGIS shows a separate
legend entry for missing values, which a graduated renderer cannot.
"""
from qgis.core import (
    QgsFillSymbol,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core import classify, marks, units

TEXT = {
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


def too_few_fill_symbol():
    """White with a grey cross-hatch: never mistaken for the lightest class or for "geheim" (grey, /-hatched)."""
    symbol = _fill("#ffffff", "#9a9a9a")
    hatch = QgsSimpleFillSymbolLayer(QColor("#a6a6a6"), Qt.BrushStyle.DiagCrossPattern, QColor("#9a9a9a"),
                                     Qt.PenStyle.SolidLine, 0.2)
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
                        labels=None, small_expression=None, missing_kind="secret"):
    """A rule-based renderer for ``field``: data classes, missing, too small, water.

    ``labels`` replaces the class labels; ``small_expression`` (true for buurten under
    the population threshold) gives them their own legend entry "te weinig inwoners"
    instead of a class or "geheim"; ``missing_kind`` names why a value is absent."""
    breaks, method = choropleth_classes(values, style, decimals)
    root = QgsRuleBasedRenderer.Rule(None)
    land = "coalesce({}, 'NEE') <> 'JA'".format(quote_field("water"))
    data = "{} AND NOT ({})".format(land, small_expression) if small_expression else land
    quoted = quote_field(field)
    classes = classify.classes_from_breaks(breaks)
    colors = classify.ramp(style.get("ramp") or "RdPu", max(len(classes), 1), reverse=reverse)
    for index, (lower, upper) in enumerate(classes):
        low_op = ">=" if index == 0 else ">"
        expression = "{land} AND {f} {op} {lo} AND {f} <= {hi}".format(
            land=data, f=quoted, op=low_op, lo=repr(lower), hi=repr(upper)
        )
        label = labels[index] if labels and index < len(labels) else classify.class_label(
            lower, upper, unit, decimals, language)
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(colors[index]), 0, 0, expression, label))
    root.appendChild(QgsRuleBasedRenderer.Rule(missing_fill_symbol(), 0, 0, "{} AND {} IS NULL".format(data, quoted),
                                               marks.words(missing_kind, language)))
    if small_expression:
        root.appendChild(QgsRuleBasedRenderer.Rule(
            too_few_fill_symbol(), 0, 0, "{} AND ({})".format(land, small_expression), marks.words("too_few", language)))
    if has_water:
        water = QgsRuleBasedRenderer.Rule(
            _fill(classify.WATER_COLOR, "#9fb8cf"), 0, 0, "{} = 'JA'".format(quote_field("water")),
            marks.words("water", language)
        )
        root.appendChild(water)
    renderer = QgsRuleBasedRenderer(root)
    return renderer, {"breaks": breaks, "method": method, "colors": colors}


def small_expression(indicator, population_field="inwoners"):
    """True for buurten under the indicator's minimum population (None when it has none)."""
    if not indicator.min_population:
        return None
    return "coalesce({}, 0) < {}".format(quote_field(population_field), int(indicator.min_population))


def apply_aliases(vector_layer, fields, language="nl"):
    """Field aliases from the area layer's field specs, in the user's language."""
    for spec in fields:
        index = vector_layer.fields().indexOf(spec.name)
        if index >= 0:
            vector_layer.setFieldAlias(index, spec.alias.get(language) or spec.alias.get("nl") or spec.name)


def style_indicator_layer(vector_layer, area_layer, indicator, language="nl", ramp=None):
    """Colour ``vector_layer`` by ``indicator`` (catalog object) and set its aliases.

    Buurten under the indicator's minimum population take no part in the classes and
    get the legend entry "te weinig inwoners": a buurt of 5 inhabitants, all 65+, is not
    the top class of the 65+ share."""
    records = [r for r in area_layer.records if r.get("water") != "JA"]
    values = [r.get(indicator.id) for r in records if not marks.too_small(r, indicator)]
    reverse = indicator.direction == "lower_is_risk"
    has_water = any(r.get("water") == "JA" for r in area_layer.records)
    style = dict(indicator.style)
    if ramp:
        style["ramp"] = ramp
    style.setdefault("ramp", default_ramp(indicator.direction))
    renderer, info = choropleth_renderer(
        indicator.id, values, style, units.unit(indicator.unit, language), indicator.decimals, language, reverse,
        has_water, small_expression=small_expression(indicator),
    )
    vector_layer.setRenderer(renderer)
    apply_aliases(vector_layer, area_layer.fields, language)
    vector_layer.setCustomProperty("rksd/indicator", indicator.id)
    vector_layer.setCustomProperty("rksd/classification", info["method"])
    vector_layer.triggerRepaint()
    return info
