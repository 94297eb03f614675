"""Styles for the gemeente's own data: facilities by kind, own indicators with "afgeschermd".

An own indicator is coloured like a CBS indicator (quantile classes) but in its own ramp,
and areas whose figure is afgeschermd get their own legend entry - "afgeschermd (kleine
aantallen)", crossed - distinct from "geheim / onbekend" and from water, so a reader never
takes a protected figure for a missing or a low one.
"""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.owndata import kinds, marks
from . import styles

OWN_RAMP = "Purples"
SUPPRESSED_FILL = "#ffffff"
SUPPRESSED_LINES = "#6a51a3"
KIND_COLORS = {
    "supermarkt": "#1b9e77", "huisarts": "#d95f02", "apotheek": "#7570b3", "ontmoeting": "#e7298a",
    "fysio": "#66a61e", "ov_halte": "#7f7f7f", "welzijn": "#e6ab02", "zorg": "#a6761d", "dagbesteding": "#1f78b4",
    "beschermd_wonen": "#b15928", "jeugd": "#fb9a99", "sport": "#33a02c", "cultuur": "#6a3d9a",
    "onderwijs": "#b2df8a", kinds.OTHER: "#000000",
}


def suppressed_symbol():
    """White, crossed in the own-data colour: visibly "there is a figure, it is protected"."""
    symbol = QgsFillSymbol.createSimple({})
    base = QgsSimpleFillSymbolLayer(QColor(SUPPRESSED_FILL), Qt.BrushStyle.SolidPattern, QColor(styles.OUTLINE),
                                    Qt.PenStyle.SolidLine, 0.2)
    symbol.changeSymbolLayer(0, base)
    symbol.appendSymbolLayer(QgsSimpleFillSymbolLayer(QColor(SUPPRESSED_LINES), Qt.BrushStyle.DiagCrossPattern,
                                                      QColor(styles.OUTLINE), Qt.PenStyle.SolidLine, 0.2))
    return symbol


def own_indicator_renderer(indicator, records, language="nl", has_water=True):
    """A rule-based renderer for ``indicator`` (an ``OwnIndicator``) on buurt or wijk records."""
    values = [r.get(indicator.id) for r in records if r.get("water") != "JA"]
    style = {"method": "quantile", "classes": 5, "ramp": OWN_RAMP}
    renderer, info = styles.choropleth_renderer(
        indicator.id, values, style, indicator.unit.get(language) or "", indicator.decimals, language,
        indicator.direction == "lower_is_risk", has_water, missing_kind="no_figure")
    status = styles.quote_field(indicator.id + "_status")
    root = renderer.rootRule()
    land = "coalesce({}, 'NEE') <> 'JA'".format(styles.quote_field("water"))
    for rule in root.children():
        if rule.label() == marks.words("no_figure", language):
            rule.setFilterExpression("{} AND coalesce({}, '') <> '{}'".format(
                rule.filterExpression(), status, marks.SUPPRESSED_STATUS))
    index = max(0, len(root.children()) - (2 if has_water else 1))
    root.insertChild(index, QgsRuleBasedRenderer.Rule(
        suppressed_symbol(), 0, 0, "{} AND {} = '{}'".format(land, status, marks.SUPPRESSED_STATUS),
        marks.words("suppressed", language)))
    info["suppressed"] = sum(1 for r in records if r.get(indicator.id + "_status") == marks.SUPPRESSED_STATUS)
    return renderer, info


def style_own_layer(vector_layer, indicator, records, language="nl"):
    has_water = any(r.get("water") == "JA" for r in records)
    renderer, info = own_indicator_renderer(indicator, records, language, has_water)
    vector_layer.setRenderer(renderer)
    vector_layer.setCustomProperty("rksd/own_indicator", indicator.id)
    vector_layer.triggerRepaint()
    return info


def facility_renderer(layer, catalog, language="nl"):
    """Points coloured by facility kind, with the kinds' titles in the legend."""
    mapper = kinds.KindMapper(catalog)
    index = layer.fields().indexOf("categorie")
    present = sorted({str(v) for v in layer.uniqueValues(index)} if index >= 0 else set())
    categories = []
    for key in present:
        symbol = QgsMarkerSymbol.createSimple({
            "name": "circle", "color": KIND_COLORS.get(key, "#444444"), "outline_color": "#ffffff",
            "outline_width": "0.3", "size": "2.6"})
        categories.append(QgsRendererCategory(key, symbol, mapper.title(key, language)))
    return QgsCategorizedSymbolRenderer("categorie", categories)
