"""Read a file-backed layer column by column through GDAL's Arrow interface, into numpy.

QGIS's feature iterator hands Python one feature at a time, with a wrapper object per
feature, geometry and attribute; for 100,000 addresses that alone costs more than the whole
network analysis. GDAL (3.6 and later) can deliver a layer as Arrow record batches, which
``GetArrowStreamAsNumPy`` turns into numpy arrays in compiled code: the feature ids, only the
fields asked for, and the geometry as WKB. This module needs GDAL's Python bindings and
numpy only (no QGIS), so the benchmarks and the core can use it too.

Only drivers whose Arrow path and feature ids are known to match what QGIS's OGR provider
shows are used (``COLUMNAR_DRIVERS``); everything else goes through QGIS's iterator.
"""
import numpy as np

COLUMNAR_DRIVERS = ("GPKG", "ESRI Shapefile", "FlatGeobuf")
BATCH_ROWS = 1 << 20


class ColumnarUnavailable(Exception):
    """The layer cannot be read column by column here (the caller falls back to QGIS)."""


class Columns:
    """One layer read column by column: feature ids, WKB geometry and field values.

    ``wkb`` is a numpy array of WKB (``bytes`` objects, None for no geometry; or one
    fixed-size void array when every geometry has the same size), or None when the
    geometry was not asked for. ``values`` maps a field name to a numpy array and
    ``nulls`` to its NULL mask.
    """

    def __init__(self, fids, wkb, values, nulls):
        self.fids = fids
        self.wkb = wkb
        self.values = values
        self.nulls = nulls

    def __len__(self):
        return len(self.fids)

    def take(self, rows):
        """The rows ``rows`` (an index or boolean array) of every column."""
        wkb = None if self.wkb is None else self.wkb[rows]
        return Columns(self.fids[rows], wkb, {k: v[rows] for k, v in self.values.items()},
                       {k: v[rows] for k, v in self.nulls.items()})

    def as_list(self, name):
        """A field as a Python list, None for NULL (text decoded from UTF-8)."""
        values = self.values[name]
        nulls = self.nulls[name]
        if values.dtype.kind == "S":
            items = decode_utf8(values.tolist())
        elif values.dtype.kind == "M":  # dates and date-times: ISO text
            items = np.datetime_as_string(values).tolist()
        elif values.dtype.kind == "O":
            items = [v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in values.tolist()]
        else:
            items = values.tolist()
        if nulls.any():
            for row in np.nonzero(nulls)[0].tolist():
                items[row] = None
        return items

    def column(self, name):
        """Field ``name`` for the bulk GeoPackage writer: a ``sql_columns`` column where the
        values allow it (no Python value per row), else plain values (None for NULL)."""
        from . import sql_columns

        values, nulls = self.values[name], self.nulls[name]
        if values.dtype.kind in "iubfS":
            try:
                return sql_columns.column(values, nulls)
            except sql_columns.NotEncodable:
                if values.dtype.kind == "f":
                    return np.where(nulls, np.nan, values)
        return self.as_list(name)

    def as_float(self, name):
        """A numeric field as float64 with NaN for NULL (and for text that is not a number)."""
        values = self.values[name]
        if values.dtype.kind in "iufb":
            out = values.astype(np.float64)
        else:
            out = np.array([_to_float(v) for v in self.as_list(name)], dtype=np.float64)
        out[self.nulls[name]] = np.nan
        return out


def decode_utf8(items):
    """UTF-8 bytes -> text for a whole column at once (one decode call, not one per value)."""
    if not items:
        return []
    joined = b"\x00".join(items)  # NUL cannot occur inside a UTF-8 text value of a column
    parts = joined.decode("utf-8", "replace").split("\x00")
    if len(parts) != len(items):  # a value held a NUL after all: one at a time
        return [v.decode("utf-8", "replace") for v in items]
    return parts


def _to_float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan


def available():
    """True when GDAL's Python bindings with the Arrow-to-numpy reader are importable."""
    try:
        from osgeo import gdal_array, ogr  # noqa: F401 - gdal_array holds the numpy conversion
    except ImportError:
        return False
    return hasattr(ogr.Layer, "GetArrowStreamAsNumPy")


def open_layer(path, layer_name=None, layer_index=None):
    """(dataset, layer) of a GDAL vector file opened read-only; raises ColumnarUnavailable."""
    from osgeo import gdal, ogr

    if not available():
        raise ColumnarUnavailable("GDAL's Arrow reader is not available")
    with _gdal_errors_silenced():
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        raise ColumnarUnavailable("GDAL cannot open {}".format(path))
    driver = dataset.GetDriver().ShortName
    if driver not in COLUMNAR_DRIVERS:
        raise ColumnarUnavailable("driver {} is not read column by column".format(driver))
    if layer_name:
        layer = dataset.GetLayerByName(layer_name)
    else:
        layer = dataset.GetLayer(int(layer_index or 0))
    if layer is None:
        raise ColumnarUnavailable("no layer {!r} in {}".format(layer_name or layer_index, path))
    if not layer.TestCapability(ogr.OLCFastGetArrowStream) and driver != "ESRI Shapefile":
        raise ColumnarUnavailable("driver {} has no fast Arrow stream".format(driver))
    return dataset, layer


class _gdal_errors_silenced:
    def __enter__(self):
        from osgeo import gdal

        gdal.PushErrorHandler("CPLQuietErrorHandler")

    def __exit__(self, *exc):
        from osgeo import gdal

        gdal.PopErrorHandler()
        return False


def read(path, layer_name=None, layer_index=None, fields=(), geometry=True, where=None, fids=None):
    """``Columns`` of a layer: only ``fields``, optionally without geometry, filtered.

    ``where`` is the layer's attribute filter (the subset string QGIS shows; OGR SQL, or
    SQLite SQL for GeoPackage, as QGIS's OGR provider passes it); ``fids`` keeps only those
    feature ids (the user's selection).
    """
    dataset, layer = open_layer(path, layer_name, layer_index)
    try:
        return _read_layer(layer, list(fields), geometry, where, fids)
    finally:
        # release the layer before its dataset: OGR frees the layer with the dataset
        del layer, dataset


def _read_layer(layer, fields, geometry, where, fids):
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    missing = [name for name in fields if name not in names]
    if missing:
        raise ColumnarUnavailable("fields not in the file: {}".format(", ".join(missing)))
    ignored = [name for name in names if name not in fields] + ["OGR_STYLE"]
    if not geometry:
        ignored.append("OGR_GEOMETRY")
    with _gdal_errors_silenced():
        layer.SetIgnoredFields(ignored)
        try:
            code = layer.SetAttributeFilter(where or None)
        except RuntimeError as error:
            raise ColumnarUnavailable("filter not understood by GDAL: {}".format(error))
        if code not in (0, None):
            raise ColumnarUnavailable("filter not understood by GDAL: {}".format(where))
    fid_key = layer.GetFIDColumn() or "OGC_FID"
    geometry_key = layer.GetGeometryColumn() or "wkb_geometry"
    batches = []
    try:
        stream = layer.GetArrowStreamAsNumPy(
            options=["USE_MASKED_ARRAYS=YES", "MAX_FEATURES_IN_BATCH={}".format(BATCH_ROWS)])
        if stream is None:
            raise ColumnarUnavailable("GDAL gave no Arrow stream")
        for batch in stream:
            batches.append(batch)
        del stream
    except Exception as error:  # noqa: BLE001 - any failure of GDAL's reader: QGIS reads the layer instead
        raise ColumnarUnavailable("GDAL's Arrow reader failed: {}".format(error))
    finally:
        layer.SetAttributeFilter(None)
        layer.SetIgnoredFields([])
    fid_parts, wkb_parts = [], []
    value_parts = {name: [] for name in fields}
    null_parts = {name: [] for name in fields}
    for batch in batches:
        if fid_key not in batch:
            raise ColumnarUnavailable("GDAL returned no feature ids")
        fid_parts.append(np.asarray(batch[fid_key], dtype=np.int64))
        if geometry:
            wkb_parts.append(_plain(batch.get(geometry_key)))
        for name in fields:
            column = batch[name]
            mask = np.ma.getmaskarray(column)
            value_parts[name].append(np.ma.getdata(column))
            null_parts[name].append(mask)
    ids = np.concatenate(fid_parts) if fid_parts else np.zeros(0, dtype=np.int64)
    wkb = _concatenate_wkb(wkb_parts, len(ids)) if geometry else None
    values = {name: _concatenate(parts) for name, parts in value_parts.items()}
    nulls = {name: np.concatenate(parts) if parts else np.zeros(0, dtype=bool) for name, parts in null_parts.items()}
    columns = Columns(ids, wkb, values, nulls)
    if fids is not None:
        columns = columns.take(np.isin(ids, np.asarray(fids, dtype=np.int64)))
    return columns


def _plain(column):
    """A geometry column as an array of WKB with None for NULL (masked arrays unwrapped)."""
    if column is None:
        return None
    mask = np.ma.getmaskarray(column)
    data = np.ma.getdata(column)
    if mask.any():
        if data.dtype.kind == "V":
            data = np.array([row.tobytes() for row in data], dtype=object)
        else:
            data = data.astype(object)
        data[mask] = None
    return data


def _concatenate_wkb(parts, count):
    parts = [p for p in parts if p is not None]
    if not parts:
        return np.full(count, None, dtype=object)
    if len(parts) == 1:
        return parts[0]
    if all(p.dtype == parts[0].dtype for p in parts):
        return np.concatenate(parts)
    as_objects = []
    for part in parts:
        if part.dtype.kind == "V":
            part = np.array([row.tobytes() for row in part], dtype=object)
        as_objects.append(part.astype(object))
    return np.concatenate(as_objects)


def _concatenate(parts):
    if not parts:
        return np.zeros(0)
    if len(parts) == 1:
        return parts[0]
    kinds = {p.dtype.kind for p in parts}
    if kinds == {"S"}:
        width = max(p.dtype.itemsize for p in parts)
        return np.concatenate([p.astype("S{}".format(max(width, 1))) for p in parts])
    return np.concatenate(parts)
