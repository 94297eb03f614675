"""QGIS layers <-> numpy arrays for the network analyses, and results -> feature sinks.

Everything is computed in EPSG:28992 (RD New, metres): layers in another CRS (WGS84 from
OpenStreetMap, Web Mercator) are reprojected while they are read, through QGIS's own
transform context. Output features keep the geometry and CRS of their input layer.
"""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsWkbTypes,
)

from ..compat import GEOMETRY_POINT, WKB_POINT, field_type


WORK_CRS = "EPSG:28992"
MISSING_CODE_LIMIT = -99990  # CBS map files: -99999999, -99997, -99995 are missing


def work_crs():
    return QgsCoordinateReferenceSystem(WORK_CRS)


def _request(source, transform_context, attributes=None):
    request = QgsFeatureRequest()
    if source.sourceCrs().isValid() and source.sourceCrs() != work_crs():
        request.setDestinationCrs(work_crs(), transform_context)
    if attributes is None:
        request.setNoAttributes()
    else:
        request.setSubsetOfAttributes(list(attributes))
    return request


def number_or_none(value):
    """A QGIS attribute as float, or None for NULL, text and CBS missing codes."""
    if value is None:
        return None
    try:
        if hasattr(value, "isNull") and value.isNull():
            return None
    except TypeError:
        pass
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number != number or number <= MISSING_CODE_LIMIT:
        return None
    return number


def text_or_none(value):
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    text = str(value)
    return text if text.strip() else None


def representative_point(geometry):
    """The point itself, or a point guaranteed on a polygon/line (not a centroid outside it)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.type() == GEOMETRY_POINT and not geometry.isMultipart():
        return geometry.asPoint()
    point = geometry.pointOnSurface()
    if point.isNull():
        return None
    return point.asPoint()


class PointSet:
    """Feature ids, RD coordinates and requested attribute values of a point-ish layer.

    With ``features`` (kept when the layer is already in RD, so nothing was reprojected)
    the output can be written from them directly, without reading the layer twice;
    ``feature_row`` maps each kept feature to its row in ``xy`` (-1: no usable geometry).
    """

    def __init__(self, fids, xy, values, skipped, features=None, feature_row=None):
        self.fids = fids
        self.xy = xy
        self.values = values  # {field name: list of raw values, parallel to fids}
        self.skipped = skipped  # features without usable geometry
        self.features = features
        self.feature_row = feature_row

    def __len__(self):
        return len(self.fids)


def _single_points(source):
    return QgsWkbTypes.flatType(source.wkbType()) == WKB_POINT


def read_points(source, transform_context, fields=(), feedback=None, keep_features=False):
    """Representative points of every feature (polygons: point on surface), in RD."""
    import numpy as np

    names = [f for f in fields if f]
    indexes = [source.fields().lookupField(name) for name in names]
    reproject = source.sourceCrs().isValid() and source.sourceCrs() != work_crs()
    keep = keep_features and not reproject
    request = _request(source, transform_context, None if keep else (indexes if names else None))
    if keep:
        request = QgsFeatureRequest()  # all attributes: the features are written out again
    fids, xs, ys = [], [], []
    values = {name: [] for name in names}
    kept, kept_row = [], []
    skipped = 0
    single = _single_points(source)
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % 20000 == 0 and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if single:
            point = None if geometry.isNull() else geometry.asPoint()
        else:
            point = representative_point(geometry)
        if keep:
            kept.append(feature)
            kept_row.append(len(fids) if point is not None else -1)
        if point is None:
            skipped += 1
            continue
        fids.append(feature.id())
        xs.append(point.x())
        ys.append(point.y())
        if names:
            attributes = feature.attributes()
            for name, index in zip(names, indexes):
                values[name].append(attributes[index] if index >= 0 else None)
    xy = np.column_stack([np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)]) if fids else np.zeros((0, 2))
    return PointSet(np.asarray(fids, dtype=np.int64), xy, values, skipped,
                    kept if keep else None, kept_row if keep else None)


class PointColumns:
    """A point-ish input read as columns: every feature, and an RD point for those that have one.

    ``columns`` holds every feature of the input (ids, WKB in the layer's CRS, the fields
    asked for); ``present`` marks the features with a usable point, whose RD coordinates
    are ``xy`` (in the same order); ``source_xy`` are those points in the layer's CRS
    (NaN where none), for the output's spatial index.
    """

    def __init__(self, columns, present, xy, source_xy, is_point):
        self.columns = columns
        self.present = present
        self.xy = xy
        self.source_xy = source_xy
        self.is_point = is_point

    def __len__(self):
        return len(self.xy)

    @property
    def fids(self):
        return self.columns.fids[self.present]

    @property
    def skipped(self):
        return int((~self.present).sum())

    @property
    def columnar(self):
        return self.columns.columnar

    def values(self, name):
        """Field ``name`` for the features with a point (None for NULL)."""
        import numpy as np

        values = self.columns.as_list(name)
        return [values[i] for i in np.nonzero(self.present)[0].tolist()]


def read_point_columns(layer_input, transform_context, fields=(), feedback=None):
    """``PointColumns`` of an input: points as they are, other geometries by a point on them."""
    import numpy as np

    from ..core.network.wkb import decode_points
    from . import layer_input as inputs

    columns = inputs.read_columns(layer_input, fields, True, transform_context, feedback)
    source_xy, ok = decode_points(columns.wkb)
    is_point = QgsWkbTypes.geometryType(layer_input.wkb_type()) == GEOMETRY_POINT
    others = np.nonzero(~ok & np.array([b is not None and len(b) > 0 for b in columns.wkb], dtype=bool))[0] \
        if not ok.all() else np.zeros(0, dtype=np.int64)
    for row in others.tolist():  # polygons, lines, multi-points: a point guaranteed on them
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(columns.wkb[row]))
        point = representative_point(geometry)
        if point is not None:
            source_xy[row] = (point.x(), point.y())
            ok[row] = True
    xy = inputs.transform_xy(source_xy[ok], layer_input.crs(), work_crs(), transform_context)
    usable = np.isfinite(xy).all(axis=1)
    if not usable.all():  # could not be reprojected
        rows = np.nonzero(ok)[0]
        ok[rows[~usable]] = False
        xy = xy[usable]
    return PointColumns(columns, ok, xy, source_xy, is_point)


def areas_from_columns(columns, source_crs, transform_context):
    """``AreaSet`` (RD geometries) of the polygons in ``columns``, with their row numbers."""
    from qgis.core import QgsCoordinateTransform

    transform = None
    if source_crs.isValid() and source_crs != work_crs():
        transform = QgsCoordinateTransform(source_crs, work_crs(), transform_context)
    fids, geometries, rows = [], [], []
    for row, blob in enumerate(columns.wkb):
        if blob is None or len(blob) == 0:
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(blob))
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        fids.append(int(columns.fids[row]))
        geometries.append(geometry)
        rows.append(row)
    areas = AreaSet(fids, geometries, {})
    areas.rows = rows
    return areas


def read_network(source, transform_context, oneway_field=None, speed_field=None, tolerance=0.0,
                 feedback=None):
    """The road graph of a line layer (RD metres); one-way and speed read per feature.

    ``source`` is a feature source, or a ``layer_input.LayerInput``: then a GeoPackage,
    Shapefile or FlatGeobuf network is read column by column (geometry as WKB, only the
    one-way and speed fields), anything else feature by feature.
    """
    from . import layer_input

    if isinstance(source, layer_input.LayerInput):
        graph = _read_network_columns(source, transform_context, oneway_field, speed_field, tolerance, feedback)
        if graph is not None:
            return graph
        source = source.source
    return _read_network_features(source, transform_context, oneway_field, speed_field, tolerance, feedback)


def _read_network_columns(network, transform_context, oneway_field, speed_field, tolerance, feedback):
    """The graph from the network's columns, or None when only QGIS can read it (curves)."""
    import numpy as np

    from ..core.network.graph import RoadGraph, direction_code
    from ..core.network.wkb import decode_lines
    from . import layer_input

    names = [name for name in (oneway_field, speed_field) if name]
    columns = layer_input.read_columns(network, names, True, transform_context, feedback)
    if not columns.columnar:
        return None  # the iterator path below reads it with curves segmentised
    blobs = columns.wkb.tolist()
    try:
        coords, part_starts, part_feature = decode_lines(blobs)  # rows without geometry give no part
    except (ValueError, IndexError):  # curved or other geometry types: QGIS segmentises them
        return None
    coords = layer_input.transform_xy(coords, network.crs(), work_crs(), transform_context)
    feature_row = part_feature
    part_dir = part_speed = None
    if oneway_field:
        values = columns.as_list(oneway_field)
        codes = {value: direction_code(value) for value in set(values)}
        part_dir = np.array([codes[v] for v in values], dtype=np.int8)[feature_row]
    if speed_field:
        speeds = columns.as_float(speed_field)
        speeds[~(speeds > MISSING_CODE_LIMIT)] = np.nan
        part_speed = speeds[feature_row]
    return RoadGraph.from_polylines(coords, part_starts, part_dir, part_speed, tolerance)


def _read_network_features(source, transform_context, oneway_field=None, speed_field=None, tolerance=0.0,
                           feedback=None):
    import numpy as np

    from ..core.network.graph import RoadGraph, direction_code
    from ..core.network.wkb import decode_lines

    names = [name for name in (oneway_field, speed_field) if name]
    indexes = [source.fields().lookupField(name) for name in names]
    request = _request(source, transform_context, indexes if names else None)
    curved = QgsWkbTypes.isCurvedType(source.wkbType())
    blobs, directions, speeds = [], [], []
    oneway_index = source.fields().lookupField(oneway_field) if oneway_field else -1
    speed_index = source.fields().lookupField(speed_field) if speed_field else -1
    iterator = source.getFeatures(request)
    feature = QgsFeature()
    count = 0
    while iterator.nextFeature(feature):  # one reused feature: no wrapper per road piece
        count += 1
        if feedback is not None and count % 20000 == 0 and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if curved and not geometry.isNull():
            geometry = QgsGeometry(geometry.constGet().segmentize())
        blob = geometry.asWkb().data()
        if len(blob) <= 9:  # null or empty geometry
            continue
        blobs.append(blob)
        if names:
            attributes = feature.attributes()
            directions.append(direction_code(attributes[oneway_index]) if oneway_index >= 0 else 0)
            if speed_index >= 0:
                speed = number_or_none(attributes[speed_index])
                speeds.append(np.nan if speed is None else speed)
    coords, part_starts, part_feature = decode_lines(blobs)
    part_dir = np.asarray(directions, dtype=np.int8)[part_feature] if oneway_index >= 0 else None
    part_speed = np.asarray(speeds, dtype=np.float64)[part_feature] if speed_index >= 0 else None
    return RoadGraph.from_polylines(coords, part_starts, part_dir, part_speed, tolerance)


class AreaSet:
    """Polygons in RD with their feature ids (for point-in-area and grid sampling)."""

    def __init__(self, fids, geometries, values):
        self.fids = fids
        self.geometries = geometries
        self.values = values

    def __len__(self):
        return len(self.fids)


def read_areas(source, transform_context, fields=(), feedback=None):
    names = [f for f in fields if f]
    indexes = [source.fields().lookupField(name) for name in names]
    request = _request(source, transform_context, indexes if names else None)
    fids, geometries = [], []
    values = {name: [] for name in names}
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        fids.append(feature.id())
        geometries.append(QgsGeometry(geometry))
        attributes = feature.attributes()
        for name, index in zip(names, indexes):
            values[name].append(attributes[index] if index >= 0 else None)
    return AreaSet(fids, geometries, values)


def points_in_areas(xy, areas, feedback=None):
    """Index of the area containing each point (-1: none); first area wins on overlap."""
    import numpy as np

    from qgis.core import QgsPoint

    result = np.full(len(xy), -1, dtype=np.int64)
    if len(xy) == 0:
        return result
    x, y = xy[:, 0], xy[:, 1]
    for index, geometry in enumerate(areas.geometries):
        if feedback is not None and feedback.isCanceled():
            break
        box = geometry.boundingBox()
        candidates = np.nonzero(
            (result < 0) & (x >= box.xMinimum()) & (x <= box.xMaximum()) & (y >= box.yMinimum()) & (y <= box.yMaximum())
        )[0]
        if candidates.size == 0:
            continue
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        for row in candidates:
            if engine.intersects(QgsPoint(float(x[row]), float(y[row]))):
                result[row] = index
    return result


def grid_points(areas, spacing):
    """Regular sample points (``spacing`` m) inside each area; at least one per area.

    Used when polygons are analysed without a population layer: each point then stands
    for an equal piece of the area (an area-weighted, not population-weighted, figure).
    """
    import numpy as np

    from qgis.core import QgsPoint

    xs, ys, owner = [], [], []
    for index, geometry in enumerate(areas.geometries):
        box = geometry.boundingBox()
        gx = np.arange(np.floor(box.xMinimum() / spacing) * spacing + spacing / 2, box.xMaximum(), spacing)
        gy = np.arange(np.floor(box.yMinimum() / spacing) * spacing + spacing / 2, box.yMaximum(), spacing)
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        found = 0
        for px in gx:
            for py in gy:
                if engine.intersects(QgsPoint(float(px), float(py))):
                    xs.append(float(px))
                    ys.append(float(py))
                    owner.append(index)
                    found += 1
        if not found:
            point = representative_point(geometry)
            if point is not None:
                xs.append(point.x())
                ys.append(point.y())
                owner.append(index)
    xy = np.column_stack([np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)]) if xs else np.zeros((0, 2))
    return xy, np.asarray(owner, dtype=np.int64)


# -- output ----------------------------------------------------------------------------
def field(name, kind, length=0, precision=0):
    return QgsField(name, field_type(kind), "", length, precision)


INPUT_SUFFIX = "_invoer"


def output_fields(source_fields, new_fields):
    """Source fields plus ``new_fields``; a source field named like a result is renamed.

    The results keep their own names (``_invoer`` goes on the input's copy), so the styles,
    aliases and expressions written for a result can never land on a carried-over input
    field of the same name (QGIS's own ``combineFields`` renames the result instead)."""
    result_names = {item.name().lower() for item in new_fields}
    taken = result_names | {source_fields.at(i).name().lower() for i in range(source_fields.count())}
    combined = QgsFields()
    for i in range(source_fields.count()):
        copy = QgsField(source_fields.at(i))
        if copy.name().lower() in result_names:
            base = copy.name() + INPUT_SUFFIX
            name, number = base, 2
            while name.lower() in taken:
                name, number = "{}_{}".format(base, number), number + 1
            taken.add(name.lower())
            copy.setName(name)
        combined.append(copy)
    for item in new_fields:
        combined.append(QgsField(item))
    return combined


def column_values(values, kind="double", decimals=None):
    """numpy column -> Python list with None for NaN/inf (never a silent 0)."""
    import numpy as np

    array = np.asarray(values)
    if kind == "string":
        return [None if v is None else str(v) for v in array.tolist()]
    if kind in ("int", "long"):
        return [int(v) for v in array.tolist()]
    array = array.astype(np.float64)
    if decimals is not None:
        array = np.round(array, decimals)
    bad = ~np.isfinite(array)
    out = array.astype(object)
    out[bad] = None
    return out.tolist()


def rounded(values, decimals):
    """A float column rounded to ``decimals`` places, NaN (NULL) for NaN and infinities."""
    import numpy as np

    array = np.asarray(values, dtype=np.float64)
    return np.round(np.where(np.isfinite(array), array, np.nan), decimals)


def write_rows(sink, source, fields, rows_by_fid, empty_row, feedback=None, batch=10000, progress_span=(0, 100)):
    """Every source feature (own geometry and attributes) plus its result row to ``sink``.

    ``rows_by_fid`` maps feature id -> tuple of new values; features without a result
    (no geometry) get ``empty_row`` (all NULL).
    """
    total = max(source.featureCount(), 1)
    start, end = progress_span
    buffer = []
    for count, feature in enumerate(source.getFeatures()):
        row = rows_by_fid.get(feature.id(), empty_row)
        feature.setAttributes(feature.attributes() + list(row))
        buffer.append(feature)
        if len(buffer) >= batch:
            sink.addFeatures(buffer, QgsFeatureSink.Flag.FastInsert)
            buffer = []
            if feedback is not None:
                if feedback.isCanceled():
                    return False
                feedback.setProgress(start + (end - start) * count / total)
    if buffer:
        sink.addFeatures(buffer, QgsFeatureSink.Flag.FastInsert)
    return True


def write_points(sink, fields, xy, rows, crs_transform=None, feedback=None, batch=10000):
    """New point features at ``xy`` (RD) with attribute ``rows`` (sample points, grid)."""
    buffer = []
    for (x, y), row in zip(xy.tolist(), rows):
        feature = QgsFeature(fields)
        geometry = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        if crs_transform is not None:
            geometry.transform(crs_transform)
        feature.setGeometry(geometry)
        feature.setAttributes(list(row))
        buffer.append(feature)
        if len(buffer) >= batch:
            sink.addFeatures(buffer, QgsFeatureSink.Flag.FastInsert)
            buffer = []
            if feedback is not None and feedback.isCanceled():
                return False
    if buffer:
        sink.addFeatures(buffer, QgsFeatureSink.Flag.FastInsert)
    return True


def extent_of(xy):
    if len(xy) == 0:
        return QgsRectangle()
    return QgsRectangle(float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()), float(xy[:, 1].max()))
