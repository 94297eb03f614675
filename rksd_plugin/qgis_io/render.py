"""Render a styled layer to a PNG with title, legend, scale bar and attribution.

Uses QGIS's own print layout so the PNG looks like what QGIS prints, and works headless.
"""
from qgis.core import (
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsProject,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import DISTANCE_KILOMETERS, LAYOUT_MILLIMETERS

MM = LAYOUT_MILLIMETERS


def _label(layout, text, x, y, w, h, size, bold=False, color="#222222"):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    item.setFont(font)
    item.setFontColor(QColor(color))
    item.setHAlign(Qt.AlignmentFlag.AlignLeft)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    return item


def side_column(page=(297.0, 210.0)):
    """(x, top, width, bottom) in mm of the column right of the map: legend, then notes."""
    width, height = page
    side = width * 0.66 + 16
    return side, 25.0, width - side - 10, height - 22.0


def fit_aspect(extent, aspect):
    """``extent`` grown around its centre to the width/height ratio ``aspect``."""
    centre = extent.center()
    w, h = extent.width(), extent.height()
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    return QgsRectangle(centre.x() - w / 2, centre.y() - h / 2, centre.x() + w / 2, centre.y() + h / 2)


def number_format(language="nl", decimals=1):
    """Scale-bar numbers in the reader's style: "0,5 km" in Dutch, "0.5 km" in English."""
    from qgis.core import QgsBasicNumericFormat

    number = QgsBasicNumericFormat()
    number.setShowThousandsSeparator(False)
    number.setNumberDecimalPlaces(decimals)
    number.setShowTrailingZeros(False)
    number.setDecimalSeparator("," if language == "nl" else ".")
    return number


def map_layout(project, layers, title, subtitle, attribution, note="", page=(297.0, 210.0), language="nl",
               legend_layers=None):
    """An A4-landscape layout: map left, legend right, title on top, sources below.

    ``layers`` top to bottom; the legend shows ``legend_layers`` (default: all). Titles,
    legend and notes are fitted into their boxes."""
    from . import fit

    width, height = page
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    labels = [_label(layout, title, 10, 6, width - 20, 10, 16, bold=True),
              _label(layout, subtitle, 10, 16, width - 20, 7, 10, color="#555555")]
    item_map = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item_map)
    item_map.setCrs(layers[0].crs())
    item_map.setLayers(layers)
    extent = QgsRectangle(layers[0].extent())
    for layer in layers[1:]:
        extent.combineExtentWith(layer.extent())
    extent.scale(1.05)
    map_w, map_h = width * 0.66, height - 45
    item_map.attemptMove(QgsLayoutPoint(10, 25, MM))
    item_map.attemptResize(QgsLayoutSize(map_w, map_h, MM))
    # setExtent resizes the item to the extent's shape: give the extent the item's shape
    item_map.setExtent(fit_aspect(extent, map_w / map_h))
    item_map.setFrameEnabled(True)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    for layer in legend_layers or layers:
        root.addLayer(layer)
    legend.model().setRootGroup(root)
    layout.rksd_legend_root = root  # the model does not own its root: keep it alive
    legend.setLinkedMap(item_map)
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, QFont("DejaVu Sans", 9))
    legend.setStyleFont(QgsLegendStyle.Style.Subgroup, QFont("DejaVu Sans", 10, QFont.Weight.Bold))
    layout.addLayoutItem(legend)
    side, column_top, column_w, column_bottom = side_column(page)
    legend.attemptMove(QgsLayoutPoint(side, column_top, MM))
    fit.set_legend_box(legend, column_w, 72)
    fit.fit_legend(legend)
    bar = QgsLayoutItemScaleBar(layout)
    layout.addLayoutItem(bar)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item_map)
    bar.applyDefaultSize(DISTANCE_KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumericFormat(number_format(language))
    bar.setFont(QFont("DejaVu Sans", 7))
    bar.attemptMove(QgsLayoutPoint(14, height - 32, MM))
    if note:  # below the legend as it renders (a long legend can outgrow its box at the smallest size)
        from qgis.core import QgsLegendRenderer

        legend_height = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize().height()
        top = max(100.0, column_top + legend_height + 4.0)
        labels.append(_label(layout, note, side, top, column_w, max(column_bottom - top, 20.0), 7,
                             color="#444444"))
    labels.append(_label(layout, attribution, 10, height - 16, width - 20, 8, 8, color="#444444"))
    for label in labels:
        fit.fit_label(label)
    return layout


def export_png(layout, path, dpi=150, settings=None):
    """Export ``layout`` to a PNG; ``settings`` (ImageExportSettings) overrides ``dpi``."""
    exporter = QgsLayoutExporter(layout)
    if settings is None:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
    settings.generateWorldFile = False
    from osgeo import gdal

    # QGIS tries to georeference every exported image through GDAL, whose PNG driver
    # refuses; the PNG itself is fine, so keep that message off the console
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = exporter.exportToImage(path, settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError("exporting {} failed ({})".format(path, exporter.errorMessage()))
    return path


def render_layer_png(layers, path, title, subtitle, attribution, note="", dpi=150, project=None, language="nl",
                     legend_layers=None):
    project = project or QgsProject.instance()
    layout = map_layout(project, layers, title, subtitle, attribution, note, language=language,
                        legend_layers=legend_layers)
    return export_png(layout, path, dpi)
