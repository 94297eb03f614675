"""Processing inputs read as columns: GDAL's Arrow reader where it can, QGIS's iterator else.

A Processing source parameter may be a GeoPackage, Shapefile or FlatGeobuf layer on disk
(read column by column by ``ogr_columns``), or anything else QGIS can open: a memory
layer, PostGIS, WFS, a layer with unsaved edits, a filter expression on the parameter.
Those go through the QGIS feature source, which honours all of it. Both paths return the
same ``Columns`` (feature ids, WKB, requested fields), so what follows does not care.

What the user set in QGIS is honoured on the columnar path as well: "selected features
only" (the layer's selected ids), the layer's subset string (passed to GDAL as the
attribute filter, as QGIS's OGR provider does) and the layer's CRS as QGIS has it.

A small layer (a few hundred features, e.g. the facilities) goes through QGIS's iterator
even when it is a file: opening GDAL's Arrow stream costs about 2.5 ms however few rows it
holds, QGIS's iterator about 5 µs a feature (measured on a GeoPackage with GDAL 3.6).
"""
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from qgis.PyQt.QtCore import QCoreApplication

from ..compat import FIELD_ORIGIN_PROVIDER
from . import ogr_columns

STORAGE_DRIVERS = {"GPKG": "GPKG", "ESRI Shapefile": "ESRI Shapefile", "FlatGeobuf": "FlatGeobuf"}
SMALL_LAYER_FEATURES = 256  # up to this many features QGIS's iterator is faster than starting GDAL's reader


class LayerInput:
    """One source parameter: the QGIS feature source, and where to read it column by column.

    ``path`` is None when the layer must be read through QGIS (``reason`` says why).
    """

    def __init__(self, source, layer=None, path=None, layer_name=None, layer_index=None, where=None,
                 selected=None, reason=None):
        self.source = source
        self.layer = layer
        self.path = path
        self.layer_name = layer_name
        self.layer_index = layer_index
        self.where = where
        self.selected = selected
        self.reason = reason

    @property
    def columnar(self):
        return self.path is not None

    def fields(self):
        return self.source.fields()

    def crs(self):
        return self.source.sourceCrs()

    def wkb_type(self):
        return self.source.wkbType()


def resolve(algorithm, parameters, name, context, source=None):
    """A ``LayerInput`` for parameter ``name`` (None when the parameter is empty)."""
    if source is None:
        source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None
    value = parameters.get(name)
    selected_only, plain = False, True
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        selected_only = bool(value.selectedFeaturesOnly)
        expression = getattr(value, "filterExpression", "")  # QGIS 3.32+
        limit = getattr(value, "featureLimit", -1)
        plain = not expression and (limit is None or limit < 0) and not _overrides_geometry_check(value)
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None and isinstance(value, QgsProcessingFeatureSourceDefinition):
        text = value.source.valueAsString(context.expressionContext())
        text = text[0] if isinstance(text, tuple) else text  # PyQGIS returns (value, ok)
        layer = QgsProcessingUtils.mapLayerFromString(str(text), context, True)
    if not plain:
        return LayerInput(source, layer, reason="a filter or limit on the parameter")
    return for_layer(source, layer, selected_only)


def _overrides_geometry_check(definition):
    """True when the parameter sets its own invalid-geometry handling (then QGIS applies it)."""
    try:
        return bool(int(definition.flags))
    except TypeError:
        return True


def for_layer(source, layer, selected_only=False):
    """A ``LayerInput`` for a feature ``source`` that reads ``layer`` (all or its selection)."""
    if os.environ.get("RKSD_NO_COLUMNAR") == "1":  # tests compare both paths on one layer
        return LayerInput(source, layer, reason="RKSD_NO_COLUMNAR=1")
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return LayerInput(source, layer, reason="not a vector layer")
    if layer.providerType() != "ogr":
        return LayerInput(source, layer, reason="provider {}".format(layer.providerType()))
    if layer.isEditable() and layer.isModified():
        return LayerInput(source, layer, reason="unsaved edits")
    driver = STORAGE_DRIVERS.get(layer.dataProvider().storageType())
    if driver is None:
        return LayerInput(source, layer, reason="format {}".format(layer.dataProvider().storageType()))
    subset = layer.subsetString() or ""
    if subset.strip().lower().startswith("select"):
        return LayerInput(source, layer, reason="an SQL query as subset")
    if not ogr_columns.available():
        return LayerInput(source, layer, reason="GDAL's Arrow reader is not available")
    count = source.featureCount()
    if 0 <= count <= SMALL_LAYER_FEATURES:
        return LayerInput(source, layer, reason=QCoreApplication.translate(
            "RksdLayerInput", "a small layer, {n} features").format(n=count))
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return LayerInput(source, layer, reason="no file path")
    selected = None
    if selected_only:
        selected = sorted(layer.selectedFeatureIds())
    return LayerInput(source, layer, path=path, layer_name=parts.get("layerName") or None,
                      layer_index=parts.get("layerId"), where=subset.strip() or None, selected=selected)


def provider_fields(layer_input, names):
    """True when every field in ``names`` comes from the file itself (not a join or expression)."""
    fields = layer_input.fields()
    for name in names:
        index = fields.lookupField(name)
        if index < 0 or fields.fieldOrigin(index) != FIELD_ORIGIN_PROVIDER:
            return False
    return True


def read_columns(layer_input, names=(), geometry=True, transform_context=None, feedback=None):
    """``Columns`` of the input with fields ``names`` (source CRS, every feature kept).

    Column by column when the input allows it, else through QGIS's feature source (one
    Python step per feature, only the fields asked for). The result tells which:
    ``columns.columnar``.
    """
    names = [n for n in names if n]
    if layer_input.columnar and provider_fields(layer_input, names):
        try:
            columns = ogr_columns.read(layer_input.path, layer_input.layer_name, layer_input.layer_index,
                                       names, geometry, layer_input.where, layer_input.selected)
            columns.columnar = True
            return columns
        except ogr_columns.ColumnarUnavailable as error:
            layer_input.reason = str(error)
    columns = _iterate(layer_input.source, names, geometry, feedback)
    columns.columnar = False
    return columns


def _iterate(source, names, geometry, feedback):
    import numpy as np

    fields = source.fields()
    indexes = [fields.lookupField(name) for name in names]
    request = QgsFeatureRequest()
    if names:
        request.setSubsetOfAttributes(indexes)
    else:
        request.setNoAttributes()
    if not geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    fids, blobs = [], []
    values = [[] for _ in names]
    feature = QgsFeature()
    iterator = source.getFeatures(request)
    count = 0
    while iterator.nextFeature(feature):  # one reused feature: no wrapper per row
        count += 1
        if feedback is not None and count % 20000 == 0 and feedback.isCanceled():
            break
        fids.append(feature.id())
        if geometry:
            shape = feature.geometry()
            blobs.append(None if shape.isNull() else shape.asWkb().data())
        if names:
            attributes = feature.attributes()
            for column, index in zip(values, indexes):
                column.append(attributes[index])
    out_values, out_nulls = {}, {}
    for name, column in zip(names, values):
        nulls = np.array([_is_null(v) for v in column], dtype=bool)
        array = np.empty(len(column), dtype=object)
        array[:] = [None if null else _plain_value(v) for v, null in zip(column, nulls.tolist())]
        out_values[name], out_nulls[name] = array, nulls
    wkb = None
    if geometry:
        wkb = np.empty(len(blobs), dtype=object)
        wkb[:] = blobs
    return ogr_columns.Columns(np.asarray(fids, dtype=np.int64), wkb, out_values, out_nulls)


def _is_null(value):
    if value is None:
        return True
    is_null = getattr(value, "isNull", None)
    if is_null is not None:
        try:
            return bool(is_null())
        except TypeError:
            return False
    return False


def _plain_value(value):
    """QDate/QDateTime/QTime -> ISO text; anything else as it is."""
    to_string = getattr(value, "toString", None)
    if to_string is not None and hasattr(value, "isValid"):
        from qgis.PyQt.QtCore import Qt

        return to_string(Qt.DateFormat.ISODate)
    return value


# -- coordinates ---------------------------------------------------------------------------
def transform_xy(xy, source_crs, target_crs, transform_context):
    """``xy`` (N×2, NaN rows allowed) from ``source_crs`` to ``target_crs``, in one call.

    The points go through ``QgsCoordinateTransform.transformPolygon`` on a QPolygonF
    whose memory numpy fills directly, so PROJ sees one array, not N Python calls.
    """
    import numpy as np

    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if len(xy) == 0 or not source_crs.isValid() or source_crs == target_crs:
        return xy.copy()
    transform = QgsCoordinateTransform(source_crs, target_crs, transform_context)
    finite = np.isfinite(xy).all(axis=1)
    out = np.full_like(xy, np.nan)
    points = np.ascontiguousarray(xy[finite])
    try:
        out[finite] = _transform_buffer(transform, points)
    except (AttributeError, TypeError, ValueError):  # a Qt binding without QPolygonF.data()
        from qgis.core import QgsPointXY

        moved = [transform.transform(QgsPointXY(x, y)) for x, y in points.tolist()]
        out[finite] = np.array([(p.x(), p.y()) for p in moved], dtype=np.float64).reshape(-1, 2)
    return out


def _transform_buffer(transform, points):
    import numpy as np
    from qgis.PyQt.QtGui import QPolygonF

    n = len(points)
    if n == 0:
        return points
    polygon = QPolygonF(n)
    pointer = polygon.data()
    pointer.setsize(16 * n)
    np.frombuffer(pointer, dtype=np.float64)[:] = points.ravel()
    transform.transformPolygon(polygon)
    pointer = polygon.data()
    pointer.setsize(16 * n)
    return np.frombuffer(pointer, dtype=np.float64).reshape(n, 2).copy()
