"""The change map's style: diverging colours around "no change", a class for "no
comparable value", and a mark on values re-allocated across a boundary change.

Colours are ColorBrewer's diverging, colour-blind-safe ramps: where more is more risk
(``higher_is_risk``), growth is red and decline blue; where less is more risk, the
other way round; a neutral measure (inhabitants) goes purple-orange. The classes come
from the core (``monitor.change``), so a legend says what each colour means in numbers.
"""
from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsEllipseSymbolLayer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core import classify, marks
from ..core.monitor import change as change_module
from .styles import _fill, missing_fill_symbol, quote_field

# ColorBrewer 2.0 (Cynthia Brewer, Penn State), 7 classes: down ... neutral ... up
DIVERGING = {
    "RdBu": ["#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b"],
    "PuOr": ["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"],
}
TEXT = {
    "more_risk": {"nl": "meer risico", "en": "more risk"},
    "less_risk": {"nl": "minder risico", "en": "less risk"},
}
REALLOCATED_COLOR = "#1a1a1a"


def colors_for(direction, classes_per_side):
    """``{class: colour}`` for classes -k..k (0 = no change)."""
    if direction == "lower_is_risk":
        ramp = list(reversed(DIVERGING["RdBu"]))
    elif direction == "higher_is_risk":
        ramp = DIVERGING["RdBu"]
    else:
        ramp = DIVERGING["PuOr"]
    middle = len(ramp) // 2
    result = {0: ramp[middle]}
    for k in range(1, classes_per_side + 1):
        # with fewer classes than the ramp holds, keep the strongest colour for the last one
        offset = min(middle, max(1, round(k * middle / classes_per_side)))
        result[k] = ramp[middle + offset]
        result[-k] = ramp[middle - offset]
    return result


def reallocated_symbol():
    """Drawn over the class colour: a dashed dark outline and the visual language's mark
    (``marks.symbol("reallocated")``, \u25ca) as a hollow diamond in the middle of the area."""
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_style": "no"})
    symbol.changeSymbolLayer(0, QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt.BrushStyle.NoBrush,
                                                        QColor(REALLOCATED_COLOR), Qt.PenStyle.DashLine, 0.7))
    sign = QgsMarkerSymbol.createSimple({})  # the mark's shape: a hollow diamond, taller than wide
    sign.changeSymbolLayer(0, QgsEllipseSymbolLayer.create({
        "symbol_name": "diamond", "symbol_width": "2.4", "symbol_height": "3.8", "color": "#ffffff",
        "outline_color": REALLOCATED_COLOR, "outline_width": "0.45"}))
    centroid = QgsCentroidFillSymbolLayer.create({"point_on_surface": "1"})
    centroid.setSubSymbol(sign)
    symbol.appendSymbolLayer(centroid)
    return symbol


def reallocated_label(language="nl"):
    """The legend entry of the re-allocated mark: its sign and its words (``core.marks``)."""
    return "{} {}".format(marks.symbol("reallocated"), marks.words("reallocated", language))


def change_renderer(key, info, language="nl", present=None):
    """A rule-based renderer on ``<key>_klasse``: one rule per class, 'no comparable value',
    water, and the re-allocated mark on top."""
    klass = quote_field(key + "_klasse")
    land = "coalesce({}, 'NEE') <> 'JA'".format(quote_field("water"))
    labels = info["labels"]
    per_side = len(info["breaks"]) + 1
    colors = colors_for(info["direction"], per_side)
    root = QgsRuleBasedRenderer.Rule(None)
    for k in list(range(per_side, 0, -1)) + [0] + [-k for k in range(1, per_side + 1)]:
        if present is not None and k not in present and k != 0:
            continue  # a class no buurt falls in stays out of the legend
        label = labels.get(k, str(k))
        if k and info["direction"] in ("higher_is_risk", "lower_is_risk"):
            worse = (k > 0) == (info["direction"] == "higher_is_risk")
            label = "{} ({})".format(label, TEXT["more_risk" if worse else "less_risk"][language])
        root.appendChild(QgsRuleBasedRenderer.Rule(_fill(colors[k]), 0, 0, "{} AND {} = {}".format(land, klass, k),
                                                   label))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        missing_fill_symbol(), 0, 0, "{} AND coalesce({}, {}) = {}".format(
            land, klass, change_module.NO_VALUE_CLASS, change_module.NO_VALUE_CLASS),
        labels[change_module.NO_VALUE_CLASS]))
    if info.get("water", True):
        root.appendChild(QgsRuleBasedRenderer.Rule(
            _fill(classify.WATER_COLOR, "#9fb8cf"), 0, 0, "{} = 'JA'".format(quote_field("water")),
            marks.words("water", language)))
    if info.get("reallocated", 1):
        root.appendChild(QgsRuleBasedRenderer.Rule(
            reallocated_symbol(), 0, 0, "{} = 'JA'".format(quote_field(key + "_herverdeeld")),
            reallocated_label(language)))
    return QgsRuleBasedRenderer(root)


def style_change_layer(vector_layer, key, info, fields, language="nl", aliases=True):
    from .styles import apply_aliases

    vector_layer.setRenderer(change_renderer(key, info, language, info.get("classes")))
    if aliases:
        apply_aliases(vector_layer, fields, language)
    vector_layer.setCustomProperty("rksd/change_key", key)
    vector_layer.setCustomProperty("rksd/change_years", "{}-{}".format(info["first"], info["last"]))
    vector_layer.triggerRepaint()
    return info

