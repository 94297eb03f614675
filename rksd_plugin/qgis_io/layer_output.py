"""Write a result table to a Processing destination in bulk, never feature by feature in Python.

- A GeoPackage destination (a ``.gpkg`` file, or a layer in one): QGIS's own writer creates
  the table (so field types, CRS, layer name and overwrite rules are QGIS's), then the rows
  go in with one SQLite transaction (``gpkg_bulk``).
- Any other destination (a temporary memory layer, Shapefile, PostGIS, ...): the rows are
  written that way to a temporary GeoPackage and QGIS copies them into the destination's
  sink in compiled code (``QgsFeatureSink.addFeatures`` with a feature iterator). Such a
  layer then starts with the row number ``fid``, as every layer read from a GeoPackage does.
"""
import os
import uuid

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import field_type
from . import gpkg_bulk, sql_columns

FID = "fid"


def tr(text):
    return QCoreApplication.translate("RksdOutput", text)


class OutputTable:
    """Rows to write: ``fields`` (QgsFields) with one column each in ``columns`` (a
    ``sql_columns`` column, a numpy array with NaN for NULL, or plain Python values),
    geometry as WKB (``wkb``, source CRS) with per-row ``bounds`` (min x, max x, min y,
    max y; NaN where none), of ``wkb_type`` in ``crs``."""

    def __init__(self, fields, columns, wkb, bounds, wkb_type, crs, points=False):
        self.fields = fields
        self.columns = columns
        self.wkb = wkb
        self.bounds = bounds
        self.wkb_type = wkb_type
        self.crs = crs
        self.points = points

    def __len__(self):
        return len(self.bounds)

    def names(self):
        return [self.fields.at(i).name() for i in range(self.fields.count())]


def _geopackage_target(destination):
    """(path, layer name or None) when ``destination`` is a GeoPackage file, else None."""
    if not destination or destination.startswith("memory:"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", destination)
    path = parts.get("path") or ""
    if path.lower().endswith(".gpkg") and os.path.isfile(path):
        return path, parts.get("layerName") or None
    return None


def _only_feature_table(path):
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchall()
    finally:
        connection.close()
    return rows[0][0] if len(rows) == 1 else None


def _predicted_destination(parameters, name, context):
    """The destination text the user gave for ``name`` ('memory:', a path, 'ogr:...')."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty

    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())
        value = value[0] if isinstance(value, tuple) else value  # PyQGIS returns (value, ok)
    return str(value or "")


def _looks_like_geopackage(destination):
    text = destination.strip()
    if text.lower().startswith("ogr:"):
        return ".gpkg'" in text.lower() or '.gpkg"' in text.lower() or text.lower().endswith(".gpkg")
    return text.lower().endswith(".gpkg")


def write(algorithm, parameters, name, context, table, feedback=None, progress_span=(0, 100)):
    """Write ``table`` to the sink parameter ``name``; returns the destination id."""
    return Destination(algorithm, parameters, name, context, table.fields, table.wkb_type, table.crs).fill(
        table, feedback, progress_span)


def replaces_file(parameters, name, context):
    """True when the sink parameter ``name`` points at a file that exists already."""
    return _existing_file(_predicted_destination(parameters, name, context)) is True


class Destination:
    """The sink parameter ``name`` opened for ``fields``/``wkb_type``/``crs`` (QGIS creates the
    layer now), filled later with ``fill``: an algorithm can open its output while its
    computation runs in another thread (QGIS's writer releases Python's lock meanwhile)."""

    def __init__(self, algorithm, parameters, name, context, fields, wkb_type, crs):
        self.context = context
        predicted = _predicted_destination(parameters, name, context)
        existed = _existing_file(predicted)
        self.fields = fields if _looks_like_geopackage(predicted) else _with_fid(fields)
        self.sink, self.destination = algorithm.parameterAsSink(parameters, name, context, self.fields, wkb_type, crs)
        if self.sink is None:
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
        self.target = _geopackage_target(self.destination)
        if self.target is not None:
            self.sink = None  # closes QGIS's writer: the table exists, empty
            path, layer_name = self.target
            layer_name = layer_name or _only_feature_table(path)
            if layer_name is None:
                raise QgsProcessingException(tr("Could not find the new table in {path}.").format(path=path))
            self.target = path, layer_name, _created_now(path, predicted, existed)
        self.transaction = self.bounds = None

    def index_first(self, bounds):
        """Pack the spatial index of the rows to come (their boxes, ``bounds``) now, in the
        transaction ``fill`` completes: for a GeoPackage, before the values are known."""
        self.bounds = bounds
        if self.target is None:
            return
        path, layer_name, fresh = self.target
        try:
            self.transaction = gpkg_bulk.TableFill(path, layer_name, fresh)
            self.transaction.pack_index(bounds)
        except Exception as error:  # noqa: BLE001 - OS and sqlite3 errors: nothing was committed
            self.discard()
            raise QgsProcessingException(tr("Could not write the output GeoPackage {path}: {error}").format(
                path=path, error=error))

    def discard(self):
        """Give up this output: an open transaction rolled back, a file this run created removed
        (and no longer among the layers QGIS loads when the run ends)."""
        transaction, self.transaction = self.transaction, None
        if transaction is not None:
            transaction.rollback()
        if self.target is not None and self.target[2]:
            _remove_quietly(self.target[0])
            to_load = self.context.layersToLoadOnCompletion()
            if self.destination in to_load:
                del to_load[self.destination]
                self.context.setLayersToLoadOnCompletion(to_load)
        self.sink = None

    def fill(self, table, feedback=None, progress_span=(0, 100)):
        """The rows of ``table`` (the fields the destination was opened with) in; returns the destination id."""
        start, end = progress_span

        def progress(fraction):
            if feedback is not None:
                feedback.setProgress(start + (end - start) * fraction)

        cancelled = feedback.isCanceled if feedback is not None else None
        destination, sink, fields = self.destination, self.sink, self.fields
        self.sink = None
        if self.target is not None:
            path, layer_name, fresh = self.target
            transaction, self.transaction = self.transaction, None
            _fill(path, layer_name, table, progress, cancelled, fresh, transaction)
            return destination
        if not _has_fid(fields):  # not foreseen: QGIS features, one by one
            _write_features(sink, fields, table, progress, cancelled)
            del sink
            return destination
        # bulk into a temporary GeoPackage, copied into the destination by QGIS in compiled code
        temporary = _temporary_geopackage(fields, table, self.context)
        _fill(temporary, os.path.splitext(os.path.basename(temporary))[0], table, lambda f: progress(0.5 * f),
              cancelled, fresh=True)
        layer = QgsVectorLayer(temporary, "rksd_bulk", "ogr")
        self.context.temporaryLayerStore().addMapLayer(layer)  # QGIS deletes it with the context
        if cancelled is not None and cancelled():
            return destination
        if not sink.addFeatures(layer.getFeatures(QgsFeatureRequest()), QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(tr("Could not write the output layer: {error}").format(
                error=getattr(sink, "lastError", lambda: "")() or "?"))
        progress(1.0)
        del sink
        return destination


def _write_features(sink, fields, table, progress, cancelled, batch=10000):
    from qgis.core import QgsFeature

    columns = [sql_columns.plain_list(c) for c in table.columns]
    rows = zip(*columns) if columns else ([] for _ in range(len(table)))
    buffer = []
    n = len(table)
    for row, (values, blob) in enumerate(zip(rows, table.wkb)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(values))
        if blob is not None and len(blob):
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(blob))
            feature.setGeometry(geometry)
        buffer.append(feature)
        if len(buffer) >= batch:
            sink.addFeatures(buffer, QgsFeatureSink.Flag.FastInsert)
            buffer = []
            progress(row / max(n, 1))
            if cancelled is not None and cancelled():
                return False
    if buffer:
        sink.addFeatures(buffer, QgsFeatureSink.Flag.FastInsert)
    return True


def _fill(path, layer_name, table, progress, cancelled, fresh=False, transaction=None):
    """The rows into the (new, empty) table, in ``transaction`` when one is open (its spatial
    index packed already); a file this run created is removed again on failure."""
    try:
        if transaction is None:
            gpkg_bulk.fill_table(path, layer_name, table.names(), table.columns, table.wkb, table.bounds,
                                 table.points, progress=progress, cancelled=cancelled, fresh=fresh)
        else:
            try:
                if transaction.insert(table.names(), table.columns, table.wkb, table.bounds, table.points,
                                      progress, cancelled):
                    transaction.commit()
                else:
                    transaction.rollback()
            except BaseException:
                transaction.rollback()
                raise
    except Exception as error:  # bulk layout, OS and sqlite3 errors: nothing was committed
        if fresh:
            _remove_quietly(path)
        raise QgsProcessingException(tr("Could not write the output GeoPackage {path}: {error}").format(
            path=path, error=error))


def _remove_quietly(path):
    for name in (path, path + "-journal", path + "-wal", path + "-shm"):
        try:
            os.remove(name)
        except OSError:
            pass


def predicted_path(destination):
    """The file path inside a destination text ('x.gpkg', 'ogr:dbname=...', with '|layername=')."""
    text = (destination or "").strip()
    if text.lower().startswith("ogr:"):
        parts = QgsProviderRegistry.instance().decodeUri("ogr", text[4:])
        return parts.get("path") or ""
    return QgsProviderRegistry.instance().decodeUri("ogr", text).get("path") or text


def _created_now(path, predicted, existed):
    """True when QGIS's writer has just created the file ``path`` for this output (nobody else has it)."""
    if predicted.strip() == "TEMPORARY_OUTPUT":  # a new file with a unique name in QGIS's temporary folder
        folder = os.path.abspath(QgsProcessingUtils.tempFolder())
        return os.path.abspath(path).startswith(folder + os.sep)
    return existed is False and os.path.abspath(path) == os.path.abspath(predicted_path(predicted))


def _existing_file(destination):
    """True/False whether the destination's file exists now; None when it is not a file."""
    if not destination or destination.startswith("memory:"):
        return None
    path = predicted_path(destination)
    return os.path.isfile(path) if path else None


def _has_fid(fields, strict=True):
    for i in range(fields.count()):
        if fields.at(i).name().lower() == FID:
            return not strict or i == 0
    return False


def _with_fid(fields):
    """``fields`` with the GeoPackage row number ``fid`` first (moved there if present)."""
    if _has_fid(fields):
        return fields
    out = QgsFields()
    out.append(QgsField(FID, field_type("long")))
    for i in range(fields.count()):
        if fields.at(i).name().lower() != FID:
            out.append(fields.at(i))
    return out


def _temporary_geopackage(fields, table, context):
    path = os.path.join(QgsProcessingUtils.tempFolder(), "rksd_{}.gpkg".format(uuid.uuid4().hex))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = os.path.splitext(os.path.basename(path))[0]
    transform_context = context.transformContext() if context is not None else QgsCoordinateTransformContext()
    writer = QgsVectorFileWriter.create(path, fields, table.wkb_type, table.crs, transform_context, options)
    if writer is None or writer.hasError():
        raise QgsProcessingException(tr("Could not create a temporary GeoPackage: {error}").format(
            error=writer.errorMessage() if writer is not None else "?"))
    del writer
    return path


def geometry_bounds(wkb):
    """Bounds rows (min x, max x, min y, max y) of any WKB, NaN where none (one step per row)."""
    import numpy as np

    out = np.full((len(wkb), 4), np.nan)
    for row, blob in enumerate(wkb):
        if blob is None or len(blob) == 0:
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(blob))
        if geometry.isNull() or geometry.isEmpty():
            continue
        box = geometry.boundingBox()
        out[row] = (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
    return out
