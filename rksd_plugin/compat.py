"""The few names whose Qt6-ready form does not exist on the oldest supported QGIS (3.22).

QGIS 4 runs on Qt6/PyQt6, where enums must be scoped, ``QAction`` lives in ``QtGui`` and
field types are ``QMetaType.Type``; QGIS 3.22 (Qt5) has none of these newer homes. Each
name here resolves to the new form where the running QGIS has it and to the old one
otherwise, so the rest of the plugin uses one spelling on every version. The old forms are
looked up by name on purpose: they are only reached on QGIS versions that lack the new one.
"""
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsFields,
    QgsLayoutItemPicture,
    QgsLayoutRenderContext,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt import QtGui, QtWidgets
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT

# QAction moved from QtWidgets to QtGui in Qt6; qgis.PyQt.QtGui offers it from QGIS 3.3x on
QAction = getattr(QtGui, "QAction", None) or getattr(QtWidgets, "QAction")


def _new_or_old(new_owner, new_enum, new_member, old_owner, old_member):
    enum = getattr(new_owner, new_enum, None) if new_owner is not None else None
    if enum is not None and hasattr(enum, new_member):
        return getattr(enum, new_member)
    return getattr(old_owner, old_member)


# Geometry types (QgsWkbTypes.GeometryType became Qgis.GeometryType in 3.30)
GEOMETRY_POINT = _new_or_old(Qgis, "GeometryType", "Point", QgsWkbTypes, "PointGeometry")
GEOMETRY_LINE = _new_or_old(Qgis, "GeometryType", "Line", QgsWkbTypes, "LineGeometry")
GEOMETRY_POLYGON = _new_or_old(Qgis, "GeometryType", "Polygon", QgsWkbTypes, "PolygonGeometry")

# WKB types (QgsWkbTypes.Type became Qgis.WkbType in 3.30)
WKB_POINT = _new_or_old(Qgis, "WkbType", "Point", QgsWkbTypes, "Point")
WKB_LINESTRING = _new_or_old(Qgis, "WkbType", "LineString", QgsWkbTypes, "LineString")
WKB_MULTIPOLYGON = _new_or_old(Qgis, "WkbType", "MultiPolygon", QgsWkbTypes, "MultiPolygon")
WKB_NO_GEOMETRY = _new_or_old(Qgis, "WkbType", "NoGeometry", QgsWkbTypes, "NoGeometry")

# Processing source types (QgsProcessing.SourceType became Qgis.ProcessingSourceType in 3.36)
SOURCE_POINT = _new_or_old(Qgis, "ProcessingSourceType", "VectorPoint", QgsProcessing, "TypeVectorPoint")
SOURCE_LINE = _new_or_old(Qgis, "ProcessingSourceType", "VectorLine", QgsProcessing, "TypeVectorLine")
SOURCE_POLYGON = _new_or_old(Qgis, "ProcessingSourceType", "VectorPolygon", QgsProcessing, "TypeVectorPolygon")
SOURCE_ANY_GEOMETRY = _new_or_old(
    Qgis, "ProcessingSourceType", "VectorAnyGeometry", QgsProcessing, "TypeVectorAnyGeometry")
SOURCE_VECTOR = _new_or_old(Qgis, "ProcessingSourceType", "Vector", QgsProcessing, "TypeVector")

PARAMETER_FLAG_ADVANCED = _new_or_old(
    Qgis, "ProcessingParameterFlag", "Advanced", QgsProcessingParameterDefinition, "FlagAdvanced")

# Units (QgsUnitTypes' enums became Qgis.DistanceUnit, Qgis.LayoutUnit, Qgis.RenderUnit in 3.30)
DISTANCE_METERS = _new_or_old(Qgis, "DistanceUnit", "Meters", QgsUnitTypes, "DistanceMeters")
DISTANCE_KILOMETERS = _new_or_old(Qgis, "DistanceUnit", "Kilometers", QgsUnitTypes, "DistanceKilometers")
LAYOUT_MILLIMETERS = _new_or_old(Qgis, "LayoutUnit", "Millimeters", QgsUnitTypes, "LayoutMillimeters")
RENDER_POINTS = _new_or_old(Qgis, "RenderUnit", "Points", QgsUnitTypes, "RenderPoints")

# Layouts (moved to Qgis in 3.32-3.40)
SCALEBAR_SEGMENT_FIXED = _new_or_old(
    Qgis, "ScaleBarSegmentSizeMode", "Fixed", QgsScaleBarSettings, "SegmentSizeFixed")
PICTURE_SVG = _new_or_old(Qgis, "PictureFormat", "SVG", QgsLayoutItemPicture, "FormatSVG")
LAYOUT_USE_ADVANCED_EFFECTS = _new_or_old(
    Qgis, "LayoutRenderFlag", "UseAdvancedEffects", QgsLayoutRenderContext, "FlagUseAdvancedEffects")

# Feature requests
GEOMETRY_NO_CHECK = _new_or_old(Qgis, "InvalidGeometryCheck", "NoCheck", QgsFeatureRequest, "GeometryNoCheck")

# Field origins (QgsFields.FieldOrigin became Qgis.FieldOrigin in 3.38)
FIELD_ORIGIN_PROVIDER = _new_or_old(Qgis, "FieldOrigin", "Provider", QgsFields, "OriginProvider")

# Text render format (QgsRenderContext.TextRenderFormat became Qgis.TextRenderFormat in 3.22/3.28)
TEXT_ALWAYS_TEXT = _new_or_old(Qgis, "TextRenderFormat", "AlwaysText", QgsRenderContext, "TextFormatAlwaysText")

# Field types: QgsField takes QMetaType.Type from QGIS 3.38 on, only QVariant.Type before
_FIELD_TYPES_NEW = {"double": "Double", "int": "Int", "long": "LongLong", "string": "QString", "bool": "Bool",
                    "date": "QDate", "datetime": "QDateTime"}
_FIELD_TYPES_OLD = {"double": "Double", "int": "Int", "long": "LongLong", "string": "String", "bool": "Bool",
                    "date": "Date", "datetime": "DateTime"}


def field_type(kind):
    """The type to give ``QgsField(name, type)`` for ``kind`` ('double', 'int', 'long', 'string', ...)."""
    if QGIS_VERSION >= 33800:
        return getattr(QMetaType.Type, _FIELD_TYPES_NEW[kind])
    return getattr(QVariant, _FIELD_TYPES_OLD[kind])


def geometry_type_of(wkb_type):
    """The geometry type (point/line/polygon) of a WKB type, on every QGIS."""
    return QgsWkbTypes.geometryType(wkb_type)
