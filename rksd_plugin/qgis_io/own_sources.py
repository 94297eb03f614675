"""Read a gemeente's own table (CSV, XLSX, GeoPackage or a project layer) as rows, nothing written.

Files are opened read-only through QGIS's OGR provider (CSV columns stay text, so
leading zeros of codes survive; XLSX sheets are read with their header row); a layer
already in the project is read as it is. Rows are handed on one at a time as
``(row_number, {column: value}, point_in_RD_or_None)`` - the row number is the line in
a spreadsheet (the header is line 1), so a user can find a row that was not placed.
Client rows pass through here into the aggregation and are not kept.
"""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..compat import GEOMETRY_POINT
from ..core.errors import QT_TRANSLATE_NOOP, RksdError

RD = "EPSG:28992"
TABLE_EXTENSIONS = (".csv", ".txt", ".xlsx", ".xls", ".ods", ".gpkg", ".geojson", ".json", ".shp", ".dbf")


class SourceUnreadable(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "{path} cannot be read as a table: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Choose a CSV (comma or semicolon), an XLSX sheet with a header row, a GeoPackage layer "
        "or a layer of the project.")


def tr(text):
    return QCoreApplication.translate("RksdOwnData", text)


def open_table(source, layer_name=None):
    """A ``QgsVectorLayer`` for a path (CSV, XLSX, GeoPackage...), a project layer's
    ``(provider, uri, name)`` (opened anew, so a task can read it in its own thread), or
    the layer itself."""
    if isinstance(source, tuple):
        provider, uri, name = source
        layer = QgsVectorLayer(uri, name, provider)
        if not layer.isValid():
            raise SourceUnreadable(path=name, detail="the layer's source cannot be opened")
        return layer
    if isinstance(source, QgsVectorLayer):
        if not source.isValid():
            raise SourceUnreadable(path=source.name(), detail="the layer is not valid")
        return source
    path = os.fspath(source)
    if not os.path.isfile(path):
        raise SourceUnreadable(path=path, detail="file not found")
    uri = path if not layer_name else "{}|layername={}".format(path, layer_name)
    layer = QgsVectorLayer(uri, os.path.basename(path), "ogr")
    if not layer.isValid():
        raise SourceUnreadable(path=path, detail="QGIS cannot open it")
    if path.lower().endswith((".csv", ".txt")) and not _is_utf8(path):
        layer.setProviderEncoding("windows-1252")  # Excel's CSV on Dutch Windows
    if not layer.fields().count():
        raise SourceUnreadable(path=path, detail="no columns")
    return layer


def _is_utf8(path, size=1 << 20):
    with open(path, "rb") as handle:
        head = handle.read(size)
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return len(head) == size and exc.start > size - 4


def field_names(layer):
    return [field.name() for field in layer.fields()]


def is_point_layer(layer):
    return layer.isSpatial() and QgsWkbTypes.geometryType(layer.wkbType()) == GEOMETRY_POINT


def to_rd_transform(crs_text):
    """A function ``(x, y) -> (x, y)`` in RD from another CRS (e.g. EPSG:4326: x = longitude)."""
    source = QgsCoordinateReferenceSystem(crs_text)
    if not source.isValid():
        raise SourceUnreadable(path=crs_text, detail="unknown coordinate system")
    transform = QgsCoordinateTransform(source, QgsCoordinateReferenceSystem(RD), QgsProject.instance())
    from qgis.core import QgsPointXY

    def convert(x, y):
        point = transform.transform(QgsPointXY(x, y))
        return point.x(), point.y()

    return convert


def rows(layer, with_points=False, selected_only=False):
    """``(row_number, {column: value}, point_or_None)`` for every feature, in file order."""
    names = field_names(layer)
    transform = None
    if with_points and is_point_layer(layer) and layer.crs().authid() != RD:
        transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(RD), QgsProject.instance())
    request = QgsFeatureRequest()
    if not (with_points and is_point_layer(layer)):
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    features = layer.getSelectedFeatures(request) if selected_only else layer.getFeatures(request)
    from_file = layer.providerType() == "ogr" and layer.source().lower().split("|")[0].endswith(
        (".csv", ".txt", ".xlsx", ".xls", ".ods"))
    for index, feature in enumerate(features):
        values = {name: _plain(feature.attribute(i)) for i, name in enumerate(names)}
        point = None
        if with_points and is_point_layer(layer) and feature.hasGeometry():
            geometry = feature.geometry()
            if transform is not None:
                geometry.transform(transform)
            vertex = geometry.constGet()
            if geometry.isMultipart():
                parts = geometry.asMultiPoint()
                point = (parts[0].x(), parts[0].y()) if parts else None
            elif vertex is not None:
                point = (vertex.x(), vertex.y())
        yield (index + 2 if from_file else feature.id()), values, point


def count(layer):
    return max(int(layer.featureCount()), 0)


def _plain(value):
    """QGIS attribute values as plain Python: NULL becomes None, dates become ISO text."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, QVariant):
        return None if value.isNull() else _plain(value.value())
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate, QDateTime, QTime
        return value.toString("yyyy-MM-dd") if hasattr(value, "day") and not hasattr(value, "time") else \
            value.toString()
    return value
