"""Fill a GeoPackage table in bulk: one SQLite transaction, no feature objects.

Writing through a feature sink costs a Python ``QgsFeature`` (and a conversion per
attribute) for every row. A GeoPackage is an SQLite database with a documented geometry
encoding, so once the table exists (created by QGIS's or GDAL's own writer, with the
field types, CRS and metadata they choose) its rows can go in without a Python step per
value: the GeoPackage geometry blobs and every column are built with numpy and cut into
rows by SQLite itself (``sql_columns``); columns that cannot be written exactly that way
(free floats, mixed types) make the table go in with one ``executemany`` instead.

The spatial index (an R*Tree kept current by triggers that call GeoPackage SQL functions,
which a plain SQLite connection lacks) is packed in the same transaction from the bounding
boxes (``gpkg_rtree``): the table's triggers are set aside while the rows go in and put back
unchanged before the commit. Nothing is visible until the commit; an error rolls back.
Blocks of a million rows are encoded while SQLite inserts the previous block (SQLite
releases the GIL). A file this run has just created (``fresh``) is written without a
journal on disk and without waiting for the disk (``synchronous = OFF``): nobody else reads
it yet, and on failure the caller deletes it. No QGIS import: the benchmarks use this
without QGIS.
"""
import sqlite3
import struct

import numpy as np

from . import gpkg_rtree, sql_columns

CHUNK_ROWS = 1 << 20
CLASSIC_CHUNK_ROWS = 200_000


class BulkWriteError(Exception):
    """The table cannot be filled in bulk (unknown layout); nothing was written."""


def _quote(name):
    return sql_columns.quote(name)


def geometry_blobs(wkb, bounds, srs_id, points=False):
    """GeoPackage geometry blobs (header + WKB) for every row, as a ``sql_columns.Blobs``.

    ``wkb``: a fixed-size void array (every row the same WKB size, e.g. points from
    GDAL's Arrow reader), a uint8 array (rows × bytes), or a sequence of bytes/None.
    ``bounds``: rows × 4 (min x, max x, min y, max y), NaN where empty; written as the
    blob's envelope except for points (a point is its own envelope, as GDAL writes it).
    The fixed-size case stays one numpy array (rows × bytes); NULL rows are marked.
    """
    n = len(bounds)
    if n == 0:
        return sql_columns.Blobs(np.zeros((0, 8), dtype=np.uint8))
    srs = struct.pack("<i", int(srs_id))
    empty = ~np.isfinite(bounds).all(axis=1)
    envelope = not points
    header = np.zeros((n, 40 if envelope else 8), dtype=np.uint8)
    header[:, 0:2] = (ord("G"), ord("P"))
    header[:, 3] = np.where(empty, 0x11, 0x03 if envelope else 0x01)  # little endian, envelope, empty flag
    header[:, 4:8] = np.frombuffer(srs, dtype=np.uint8)
    if envelope:
        header[:, 8:40] = np.ascontiguousarray(np.nan_to_num(bounds), dtype="<f8").view(np.uint8).reshape(n, 32)
    raw = _fixed_rows(wkb)
    if raw is not None and not envelope:
        return sql_columns.Blobs(np.concatenate([header, raw], axis=1), _missing(wkb, n))
    heads = header.view("V{}".format(header.shape[1])).ravel().tolist()
    items = []
    source = raw.view("V{}".format(raw.shape[1])).ravel().tolist() if raw is not None else wkb
    for row, (head, body) in enumerate(zip(heads, source)):
        if body is None or len(body) == 0:
            items.append(None)
        else:
            items.append(_strip_envelope(head, empty[row]) + bytes(body))
    return sql_columns.Blobs(items)


def _blob_list(blobs):
    """A ``Blobs`` column as a list of bytes/None (for ``executemany``)."""
    if blobs.fixed is None:
        items = [None if v is None or len(v) == 0 else bytes(v) for v in blobs.values]
    else:
        items = blobs.fixed.view("V{}".format(blobs.fixed.shape[1])).ravel().tolist() if blobs.n else []
    if blobs.nulls is not None:
        for row in np.nonzero(blobs.nulls)[0].tolist():
            items[row] = None
    return items


def _strip_envelope(head, empty):
    # empty geometries are written without envelope (flag 0x11, 8-byte header)
    return head[:8] if empty and len(head) > 8 else head


def _fixed_rows(wkb):
    if isinstance(wkb, np.ndarray):
        if wkb.dtype.kind == "V":
            return np.ascontiguousarray(wkb).view(np.uint8).reshape(len(wkb), wkb.dtype.itemsize)
        if wkb.dtype == np.uint8 and wkb.ndim == 2:
            return wkb
    return None


def _missing(wkb, n):
    if isinstance(wkb, np.ndarray) and wkb.dtype.kind in "Vu":
        return None
    return np.array([w is None for w in wkb], dtype=bool)


def _table_layout(connection, table):
    row = connection.execute(
        "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
        (table,)).fetchone()
    if row is None:
        raise BulkWriteError("{} is not a GeoPackage feature table".format(table))
    table, geometry_column, srs_id = row
    columns = connection.execute("PRAGMA table_info({})".format(_quote(table))).fetchall()
    pk = [c[1] for c in columns if c[5]]
    if len(pk) != 1:
        raise BulkWriteError("{} has no single integer primary key".format(table))
    return table, geometry_column, srs_id, pk[0], [c[1] for c in columns]


def _encodable(columns):
    """Every column as a ``sql_columns.Column``, or None when one of them cannot be (then: executemany)."""
    out = []
    for values in columns:
        try:
            out.append(sql_columns.column(values))
        except sql_columns.NotEncodable:
            return None
    return out


def fill_table(path, table, names, columns, wkb, bounds, points=False, progress=None, cancelled=None, fresh=False):
    """Insert rows into the (empty or not) GeoPackage table ``table`` of ``path``.

    ``names``/``columns``: field names and one column per field: a ``sql_columns.Column``,
    a numpy array (floats: NaN is NULL) or a sequence of plain Python values (None for
    NULL). ``wkb``/``bounds``: see ``geometry_blobs``. A field with the table's primary key
    name (``fid``) supplies the feature ids; otherwise they follow the existing ones.
    ``fresh``: the file was created by this run (see the module). Returns the number of
    rows written; False when cancelled (rolled back).
    """
    fill = TableFill(path, table, fresh)
    try:
        if not fill.insert(names, columns, wkb, bounds, points, progress, cancelled):
            fill.rollback()
            return False
        fill.commit()
    except BaseException:
        fill.rollback()
        raise
    return len(bounds)


class TableFill:
    """One transaction on a GeoPackage table: rows and spatial index in, committed by ``commit``.

    The spatial index needs only the new rows' ids and boxes, so a caller that knows the
    boxes before the values (the input's geometry, kept as it is) can pack it first
    (``pack_index``) while the values are still being computed elsewhere; ``insert`` then
    adds the rows. Until ``commit`` nobody sees anything; ``rollback`` (or an error) undoes it.
    """

    def __init__(self, path, table, fresh=False):
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            if fresh:
                self.connection.execute("PRAGMA journal_mode = MEMORY")
                self.connection.execute("PRAGMA synchronous = OFF")
            self.connection.execute("PRAGMA cache_size = -262144")  # 256 MiB: a large transaction stays in memory
            self.table, self.geometry_column, self.srs_id, self.pk, self.existing = _table_layout(self.connection, table)
            self.connection.execute("BEGIN IMMEDIATE")
            self.triggers = self.connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = lower(?)",
                (self.table,)).fetchall()
            for name, _ in self.triggers:
                self.connection.execute("DROP TRIGGER {}".format(_quote(name)))
            self.count, self.last_id = self.connection.execute("SELECT COUNT(*), COALESCE(MAX({0}), 0) FROM {1}".format(
                _quote(self.pk), _quote(self.table))).fetchone()
        except BaseException:
            self.rollback()
            raise
        self.indexed = None  # the ids whose boxes are in the spatial index already
        self.bounds = []

    def _new_ids(self, n):
        return np.arange(self.last_id + 1, self.last_id + 1 + n, dtype=np.int64)

    def pack_index(self, bounds):
        """The spatial index of the rows still to come (ids after the existing ones) with ``bounds``."""
        fids = self._new_ids(len(bounds))
        _fill_rtree(self.connection, self.table, self.geometry_column, fids, bounds)
        self.indexed = fids

    def insert(self, names, columns, wkb, bounds, points=False, progress=None, cancelled=None):
        """The rows in (see ``fill_table``); False when cancelled (then call ``rollback``)."""
        n = len(bounds)
        lookup = {name.lower(): name for name in self.existing}
        targets = []
        for name in names:
            if name.lower() not in lookup:
                raise BulkWriteError("field {} is not in table {}".format(name, self.table))
            targets.append(lookup[name.lower()])
        if self.pk in targets:
            if self.indexed is not None:
                raise BulkWriteError("the spatial index was packed for new ids, the rows bring their own")
            fids = np.asarray(columns[targets.index(self.pk)], dtype=np.int64)
            others = [(t, c) for t, c in zip(targets, columns) if t != self.pk]
        else:
            fids = self._new_ids(n)
            if self.indexed is not None and not np.array_equal(fids, self.indexed):
                raise BulkWriteError("the spatial index was packed for {} rows, not {}".format(len(self.indexed), n))
            others = list(zip(targets, columns))
        blobs = geometry_blobs(wkb, bounds, self.srs_id, points)
        encoded = _encodable([c for _, c in others])
        order = [self.pk, self.geometry_column] + [t for t, _ in others]
        if encoded is not None:
            done = _insert_encoded(self.connection, self.table, order, [sql_columns.ids(fids), blobs] + encoded, n,
                                   progress, cancelled)
        else:
            done = _insert_classic(self.connection, self.table, order, fids, blobs, [c for _, c in others], n,
                                   progress, cancelled)
        if not done:
            return False
        if self.indexed is None:
            _fill_rtree(self.connection, self.table, self.geometry_column, fids, bounds)
        self.count += n
        self.last_id = max(self.last_id, int(fids.max())) if n else self.last_id
        self.bounds.append(bounds)
        return True

    def commit(self):
        """The triggers back, the table's extent and count updated, everything committed."""
        try:
            for _, statement in self.triggers:
                self.connection.execute(statement)
            bounds = np.concatenate(self.bounds) if self.bounds else np.zeros((0, 4))
            _update_contents(self.connection, self.table, bounds, self.count)
            self.connection.execute("COMMIT")
        finally:
            self.close()

    def rollback(self):
        """Nothing of this transaction stays (the triggers return with it)."""
        try:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        finally:
            self.close()

    def close(self):
        self.connection.close()


def _insert_encoded(connection, table, targets, columns, n, progress, cancelled):
    """Rows cut out of numpy-built blobs by SQLite; the next block is encoded while one inserts."""
    from concurrent.futures import ThreadPoolExecutor

    source = sql_columns.row_source(connection)
    blocks = list(range(0, n, CHUNK_ROWS))
    if len(blocks) <= 1:  # one block: nothing to overlap
        if n and cancelled is not None and cancelled():
            return False
        if n:
            connection.execute(*sql_columns.insert_statement(table, targets, columns, 0, n, source))
        if progress is not None:
            progress(1.0)
        return True
    pending = None
    with ThreadPoolExecutor(max_workers=1) as worker:
        try:
            for start in blocks:
                if cancelled is not None and cancelled():
                    return False
                stop = min(start + CHUNK_ROWS, n)
                statement = sql_columns.insert_statement(table, targets, columns, start, stop, source)
                if pending is not None:
                    pending.result()
                pending = worker.submit(connection.execute, *statement)
                if progress is not None:
                    progress(start / max(n, 1))
            pending.result()
        finally:
            if pending is not None:
                pending.exception()  # never leave the connection busy in the worker
    if progress is not None:
        progress(1.0)
    return True


def _insert_classic(connection, table, targets, fids, blobs, columns, n, progress, cancelled):
    """Rows bound from Python with ``executemany`` (columns the encoder cannot write exactly)."""
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        _quote(table), ", ".join(_quote(c) for c in targets), ", ".join(["?"] * len(targets)))
    geometry = _blob_list(blobs)
    values = [sql_columns.plain_list(c) for c in columns]
    for start in range(0, n, CLASSIC_CHUNK_ROWS):
        if cancelled is not None and cancelled():
            return False
        stop = min(start + CLASSIC_CHUNK_ROWS, n)
        connection.executemany(sql, zip(fids[start:stop].tolist(), geometry[start:stop],
                                        *[v[start:stop] for v in values]))
        if progress is not None:
            progress(stop / max(n, 1))
    return True


def _fill_rtree(connection, table, geometry_column, fids, bounds):
    rtree = "rtree_{}_{}".format(table, geometry_column)
    row = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (rtree,)).fetchone()
    if not row:
        return
    usable = np.isfinite(bounds).all(axis=1)
    rows = np.nonzero(usable)[0]
    ids = np.asarray(fids, dtype=np.int64)[rows]
    boxes = gpkg_rtree.outward_boxes(bounds[rows])  # the R*Tree stores 32-bit floats
    empty_tree = connection.execute("SELECT COUNT(*) FROM {}".format(_quote(rtree + "_rowid"))).fetchone()[0] == 0
    if empty_tree and gpkg_rtree.is_plain_rtree(row[0]):
        gpkg_rtree.pack(connection, rtree, ids, boxes, sql_columns.row_source(connection))
        return
    connection.executemany(
        "INSERT INTO {} (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)".format(_quote(rtree)),
        zip(ids.tolist(), *[boxes[:, k].astype(np.float64).tolist() for k in range(4)]))


def _update_contents(connection, table, bounds, count):
    usable = np.isfinite(bounds).all(axis=1)
    if usable.any():
        box = bounds[usable]
        old = connection.execute(
            "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE lower(table_name) = lower(?)", (table,)).fetchone()
        extent = [float(box[:, 0].min()), float(box[:, 2].min()), float(box[:, 1].max()), float(box[:, 3].max())]
        if old is not None and None not in old and count > len(box):
            extent = [min(extent[0], old[0]), min(extent[1], old[1]), max(extent[2], old[2]), max(extent[3], old[3])]
        connection.execute(
            "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
            extent + [table])
    has_counts = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_ogr_contents'").fetchone()
    if has_counts:
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                           (int(count), table))


def point_bounds(xy):
    """Bounds rows (min x, max x, min y, max y) of points; NaN rows stay NaN."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    return np.column_stack([xy[:, 0], xy[:, 0], xy[:, 1], xy[:, 1]])
