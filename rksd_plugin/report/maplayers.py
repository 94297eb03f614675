"""Map layers of the atlas, all from the GeoPackage itself (offline, no web tiles).

Area pages: the area filled lightly and outlined in the template's accent colour, the
other buurten faded with their names, wijk and gemeente boundaries. Rules compare with
``@atlas_feature``, so one set of layers serves every page. Question pages: the preset
index map of ``qgis_io.question_maps`` with the wijk and gemeente outlines.
"""
from qgis.core import (
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import RENDER_POINTS
from ..qgis_io.layers import open_layer, outline_renderer

CURRENT = "\"code\" = attribute(@atlas_feature, 'code')"
FADED_FILL = "#eeeeee"
LABEL_FONT = "DejaVu Sans"


def _fill(color, outline, width, alpha=255):
    fill = QColor(color)
    fill.setAlpha(alpha)
    return QgsFillSymbol.createSimple({
        "color": "{},{},{},{}".format(fill.red(), fill.green(), fill.blue(), fill.alpha()),
        "outline_color": outline, "outline_width": str(width), "outline_width_unit": "MM",
        "joinstyle": "round",
    })


def _labels(layer, size=6.0, color="#5a5a5a", current_color="#111111"):
    """Names of the areas; the current one bold, dark and placed first."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "naam"
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.centroidInside = True
    settings.fitInPolygonOnly = True  # a name that does not fit its area is left out, never spills over others
    text = QgsTextFormat()
    text.setFont(QFont(LABEL_FONT))
    text.setSize(size)
    text.setSizeUnit(RENDER_POINTS)
    text.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.Property.Bold, QgsProperty.fromExpression(CURRENT))
    properties.setProperty(QgsPalLayerSettings.Property.Color, QgsProperty.fromExpression(
        "CASE WHEN {} THEN '{}' ELSE '{}' END".format(CURRENT, current_color, color)))
    properties.setProperty(QgsPalLayerSettings.Property.Size, QgsProperty.fromExpression(
        "CASE WHEN {} THEN {} ELSE {} END".format(CURRENT, size + 1.5, size)))
    properties.setProperty(QgsPalLayerSettings.Property.Priority, QgsProperty.fromExpression(
        "CASE WHEN {} THEN 10 ELSE 5 END".format(CURRENT)))
    settings.setDataDefinedProperties(properties)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _highlight_renderer(accent, fill_alpha, outline_width, others=None):
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(_fill(accent, accent, outline_width, fill_alpha), 0, 0, CURRENT))
    if others is not None:
        root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0, "ELSE", "", True))
    return QgsRuleBasedRenderer(root)


KEEP = ("code", "naam", "wijkcode", "water")


def area_copy(gpkg_path, name, display_name):
    """An in-memory copy of a GeoPackage layer with only the fields maps need.

    The atlas draws the same few dozen polygons on every page; from memory that is
    several times faster than through the GeoPackage (and safe off the GUI thread)."""
    source = open_layer(gpkg_path, name, display_name)
    request = QgsFeatureRequest().setSubsetOfAttributes([f for f in KEEP if source.fields().indexOf(f) >= 0],
                                                        source.fields())
    layer = source.materialize(request)
    layer.setName(display_name)
    return layer


class AtlasLayers:
    """Every layer the atlas draws, read once from the GeoPackage for all pages."""

    def __init__(self, project, gpkg_path, level, accent):
        self.project = project
        self.level = level
        self.accent = accent
        area = "buurten" if level == "buurt" else "wijken"
        self.coverage = area_copy(gpkg_path, area, "rksd_atlas_coverage")
        self.buurten = area_copy(gpkg_path, "buurten", "buurten")
        self.wijken = area_copy(gpkg_path, "wijken", "wijken")
        self.gemeente = area_copy(gpkg_path, "gemeente", "gemeente")
        self.highlight = area_copy(gpkg_path, area, "rksd_area")
        self.overview_buurten = area_copy(gpkg_path, "buurten", "overview")
        self.overview_area = area_copy(gpkg_path, area, "overview_area")
        self._style()
        project.addMapLayers([self.coverage, self.buurten, self.wijken, self.gemeente, self.highlight,
                              self.overview_buurten, self.overview_area], False)

    def _style(self):
        self.buurten.setRenderer(outline_renderer("#ffffff", 0.35))
        faded = _fill(FADED_FILL, "#ffffff", 0.35)
        self.buurten.renderer().setSymbol(faded)
        _labels(self.buurten)
        self.wijken.setRenderer(outline_renderer("#8c8c8c", 0.45))
        self.gemeente.setRenderer(outline_renderer("#3c3c3c", 0.6))
        self.highlight.setRenderer(_highlight_renderer(self.accent, 60, 0.9))
        self.overview_buurten.setRenderer(outline_renderer("#ffffff", 0.15))
        self.overview_buurten.renderer().setSymbol(_fill("#d9d9d9", "#ffffff", 0.15))
        self.overview_area.setRenderer(_highlight_renderer(self.accent, 255, 0.2))

    def area_map(self):
        """Top to bottom: the area's outline, wijk and gemeente boundaries, the faded buurten."""
        return [self.highlight, self.wijken, self.gemeente, self.buurten]

    def overview_map(self):
        return [self.overview_area, self.gemeente, self.overview_buurten]

    def gemeente_extent(self):
        return self.gemeente.extent()
