"""Area names on maps, only where they fit: readable at a glance, never a pile of text.

A name is placed horizontally inside its polygon and only when it fits there (QGIS's
"only draw labels which fit completely within the feature"); a white halo keeps it
readable on dark classes. Water areas get no name.
"""
from qgis.core import (
    QgsPalLayerSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import RENDER_POINTS

FONT = "DejaVu Sans"


def area_label_settings(field="naam", size=7.0, color="#1d1d1d"):
    settings = QgsPalLayerSettings()
    settings.fieldName = "CASE WHEN coalesce(\"water\", 'NEE') = 'JA' THEN NULL ELSE \"{}\" END".format(field)
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.fitInPolygonOnly = True
    settings.centroidInside = True
    settings.displayAll = False
    text = QgsTextFormat()
    text.setFont(QFont(FONT))
    text.setSize(size)
    text.setSizeUnit(RENDER_POINTS)
    text.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return settings


def label_areas(layer, field="naam", size=7.0):
    """Names of the areas of ``layer`` where they fit."""
    if layer.fields().indexOf(field) < 0:
        return
    layer.setLabeling(QgsVectorLayerSimpleLabeling(area_label_settings(field, size)))
    layer.setLabelsEnabled(True)
