"""Fill a GeoPackage table in bulk: one SQLite transaction, no feature objects.

Writing through a feature sink costs a Python ``QgsFeature`` (and a conversion per
attribute) for every row. A GeoPackage is an SQLite database with a documented geometry
encoding, so once the table exists (created by QGIS's or GDAL's own writer, with the
field types, CRS and metadata they choose) its rows can go in with one ``executemany``
over plain Python values, the GeoPackage geometry headers built with numpy.

The spatial index (an R*Tree kept current by triggers that call GeoPackage SQL functions,
which a plain SQLite connection lacks) is filled in the same transaction from the
bounding boxes: the table's triggers are set aside while the rows go in and put back
unchanged before the commit. Nothing is visible until the commit; an error rolls back.
No QGIS import: the benchmarks use this without QGIS.
"""
import sqlite3
import struct

import numpy as np

CHUNK_ROWS = 200_000


class BulkWriteError(Exception):
    """The table cannot be filled in bulk (unknown layout); nothing was written."""


def _quote(name):
    return '"{}"'.format(name.replace('"', '""'))


def geometry_blobs(wkb, bounds, srs_id, points=False):
    """GeoPackage geometry blobs (header + WKB) for every row; None where no geometry.

    ``wkb``: a fixed-size void array (every row the same WKB size, e.g. points from
    GDAL's Arrow reader), a uint8 array (rows × bytes), or a sequence of bytes/None.
    ``bounds``: rows × 4 (min x, max x, min y, max y), NaN where empty; written as the
    blob's envelope except for points (a point is its own envelope, as GDAL writes it).
    """
    n = len(bounds)
    if n == 0:
        return []
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
        blob = np.concatenate([header, raw], axis=1)
        items = blob.view("V{}".format(blob.shape[1])).ravel().tolist()
        missing = _missing(wkb, n)
    else:
        heads = header.view("V{}".format(header.shape[1])).ravel().tolist()
        items = []
        missing = np.zeros(n, dtype=bool)
        source = raw.view("V{}".format(raw.shape[1])).ravel().tolist() if raw is not None else wkb
        for row, (head, body) in enumerate(zip(heads, source)):
            if body is None or len(body) == 0:
                items.append(None)
                missing[row] = True
            else:
                items.append(_strip_envelope(head, empty[row]) + bytes(body))
    if missing.any():
        for row in np.nonzero(missing)[0].tolist():
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
        return np.zeros(n, dtype=bool)
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


def fill_table(path, table, names, columns, wkb, bounds, points=False, progress=None, cancelled=None):
    """Insert rows into the (empty or not) GeoPackage table ``table`` of ``path``.

    ``names``/``columns``: field names and one sequence of plain Python values per field
    (None for NULL). ``wkb``/``bounds``: see ``geometry_blobs``. A field with the table's
    primary key name (``fid``) supplies the feature ids; otherwise they follow the
    existing ones. Returns the number of rows written; False when cancelled (rolled back).
    """
    n = len(bounds)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA cache_size = -262144")  # 256 MiB: a large transaction stays in memory
    try:
        table, geometry_column, srs_id, pk, existing = _table_layout(connection, table)
        lookup = {name.lower(): name for name in existing}
        targets = []
        for name in names:
            if name.lower() not in lookup:
                raise BulkWriteError("field {} is not in table {}".format(name, table))
            targets.append(lookup[name.lower()])
        connection.execute("BEGIN IMMEDIATE")
        try:
            triggers = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = lower(?)",
                (table,)).fetchall()
            for name, _ in triggers:
                connection.execute("DROP TRIGGER {}".format(_quote(name)))
            if pk in targets:
                fids = np.asarray(columns[targets.index(pk)], dtype=np.int64)
                others = [(t, c) for t, c in zip(targets, columns) if t != pk]
            else:
                start = connection.execute("SELECT COALESCE(MAX({0}), 0) FROM {1}".format(
                    _quote(pk), _quote(table))).fetchone()[0]
                fids = np.arange(start + 1, start + 1 + n, dtype=np.int64)
                others = list(zip(targets, columns))
            sql = "INSERT INTO {} ({}) VALUES ({})".format(
                _quote(table), ", ".join(_quote(c) for c in [pk, geometry_column] + [t for t, _ in others]),
                ", ".join(["?"] * (2 + len(others))))
            for start in range(0, n, CHUNK_ROWS):
                if cancelled is not None and cancelled():
                    connection.execute("ROLLBACK")
                    return False
                stop = min(start + CHUNK_ROWS, n)
                blobs = geometry_blobs(wkb[start:stop], bounds[start:stop], srs_id, points)
                values = [_plain_values(c, start, stop) for _, c in others]
                connection.executemany(sql, zip(fids[start:stop].tolist(), blobs, *values))
                if progress is not None:
                    progress(stop / max(n, 1))
            _fill_rtree(connection, table, geometry_column, fids, bounds)
            for _, statement in triggers:
                connection.execute(statement)
            _update_contents(connection, table, bounds)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()
    return n


def _plain_values(column, start, stop):
    """Rows start..stop of a column as SQLite values: NaN/inf floats become NULL."""
    part = column[start:stop]
    if not isinstance(part, np.ndarray):
        return list(part)
    if part.dtype.kind == "f":
        out = part.astype(object)
        out[~np.isfinite(part)] = None
        return out.tolist()
    if part.dtype.kind == "S":
        return [v.decode("utf-8", "replace") for v in part.tolist()]
    return part.tolist()


def _fill_rtree(connection, table, geometry_column, fids, bounds):
    rtree = "rtree_{}_{}".format(table, geometry_column)
    row = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (rtree,)).fetchone()
    if not row:
        return
    usable = np.isfinite(bounds).all(axis=1)
    rows = np.nonzero(usable)[0]
    ids = np.asarray(fids, dtype=np.int64)[rows]
    # the R*Tree stores 32-bit floats: round outwards so every box still holds its geometry
    low = np.nextafter(bounds[rows][:, [0, 2]].astype(np.float32), np.float32(-np.inf))
    high = np.nextafter(bounds[rows][:, [1, 3]].astype(np.float32), np.float32(np.inf))
    boxes = np.column_stack([low[:, 0], high[:, 0], low[:, 1], high[:, 1]])  # minx, maxx, miny, maxy
    empty_tree = connection.execute("SELECT COUNT(*) FROM {}".format(_quote(rtree + "_rowid"))).fetchone()[0] == 0
    if empty_tree and "rtree(id, minx, maxx, miny, maxy)" in row[0].replace('"', "").lower().replace("  ", " "):
        _bulk_load_rtree(connection, rtree, ids, boxes)
        return
    connection.executemany(
        "INSERT INTO {} (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)".format(_quote(rtree)),
        zip(ids.tolist(), *[boxes[:, k].astype(np.float64).tolist() for k in range(4)]))


_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])


def _bulk_load_rtree(connection, rtree, ids, boxes):
    """Write a packed R*Tree straight into SQLite's node tables (one INSERT per node).

    Inserting rows one by one into an R*Tree costs about 15 µs each (splits, reinserts);
    a tree packed bottom-up from Hilbert-sorted boxes is written in a fraction of that and
    is a valid SQLite R*Tree (``rtreecheck()`` agrees, see the tests): the node size is the
    one SQLite chose for this database (the empty root's), the root is node 1 and holds the
    depth, ``_rowid`` maps every entry to its leaf and ``_parent`` every node to its parent.
    """
    node_size = connection.execute("SELECT length(data) FROM {} WHERE nodeno = 1".format(
        _quote(rtree + "_node"))).fetchone()[0]
    capacity = (node_size - 4) // _CELL.itemsize
    order = _hilbert_order(boxes)
    ids, boxes = ids[order], boxes[order]
    entry_boxes, node_starts = [boxes], []  # per level, leaves first: entries' boxes, nodes' first entry
    while True:
        current = entry_boxes[-1]
        starts = np.arange(max(1, -(-len(current) // capacity)), dtype=np.int64) * capacity
        node_starts.append(starts)
        if len(starts) == 1:
            break
        entry_boxes.append(np.column_stack([
            np.minimum.reduceat(current[:, 0], starts), np.maximum.reduceat(current[:, 1], starts),
            np.minimum.reduceat(current[:, 2], starts), np.maximum.reduceat(current[:, 3], starts)]))
    depth = len(node_starts) - 1
    numbers, next_number = {depth: np.array([1], dtype=np.int64)}, 2  # the root is node 1
    for level in range(depth - 1, -1, -1):
        count = len(node_starts[level])
        numbers[level] = np.arange(next_number, next_number + count, dtype=np.int64)
        next_number += count
    for name in ("_node", "_rowid", "_parent"):
        connection.execute("DELETE FROM {}".format(_quote(rtree + name)))
    node_rows = []
    for level in range(depth + 1):
        entries = ids if level == 0 else numbers[level - 1]
        starts = node_starts[level]
        cells = np.zeros(len(entries), dtype=_CELL)
        cells["id"] = entries
        cells["box"] = entry_boxes[level]
        raw = cells.view(np.uint8).reshape(len(entries), _CELL.itemsize)
        ends = np.append(starts[1:], len(entries))
        for node, lo, hi in zip(numbers[level].tolist(), starts.tolist(), ends.tolist()):
            blob = bytearray(node_size)
            blob[0:4] = struct.pack(">HH", depth if node == 1 else 0, hi - lo)
            blob[4:4 + (hi - lo) * _CELL.itemsize] = raw[lo:hi].tobytes()
            node_rows.append((node, bytes(blob)))
        owner = np.repeat(numbers[level], ends - starts)
        if level == 0:  # every entry's leaf
            sql = "INSERT INTO {} (rowid, nodeno) VALUES (?, ?)".format(_quote(rtree + "_rowid"))
        else:  # every node's parent
            sql = "INSERT INTO {} (nodeno, parentnode) VALUES (?, ?)".format(_quote(rtree + "_parent"))
        by_key = np.argsort(entries, kind="stable")  # appending in key order is the cheap way into a B-tree
        connection.executemany(sql, zip(entries[by_key].tolist(), owner[by_key].tolist()))
    connection.executemany("INSERT INTO {} (nodeno, data) VALUES (?, ?)".format(_quote(rtree + "_node")), node_rows)


def _hilbert_order(boxes, bits=10):
    """Indices of ``boxes`` along a Hilbert curve through their centres (nearby boxes together)."""
    if len(boxes) == 0:
        return np.zeros(0, dtype=np.int64)
    centre = np.column_stack([(boxes[:, 0] + boxes[:, 1]) / 2.0, (boxes[:, 2] + boxes[:, 3]) / 2.0]).astype(np.float64)
    low = centre.min(axis=0)
    span = np.maximum(centre.max(axis=0) - low, 1e-9)
    side = (1 << bits) - 1
    x = ((centre[:, 0] - low[0]) / span[0] * side).astype(np.int64)
    y = ((centre[:, 1] - low[1]) / span[1] * side).astype(np.int64)
    d = np.zeros(len(boxes), dtype=np.int64)
    s = 1 << (bits - 1)
    while s > 0:
        rx = (x & s) > 0
        ry = (y & s) > 0
        d += np.int64(s) * np.int64(s) * ((3 * rx.astype(np.int64)) ^ ry.astype(np.int64))
        flip = ~ry & rx
        x = np.where(flip, s - 1 - x, x)
        y = np.where(flip, s - 1 - y, y)
        x, y = np.where(~ry, y, x), np.where(~ry, x, y)
        s >>= 1
    return np.argsort(d, kind="stable")


def _update_contents(connection, table, bounds):
    usable = np.isfinite(bounds).all(axis=1)
    if usable.any():
        box = bounds[usable]
        old = connection.execute(
            "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE lower(table_name) = lower(?)", (table,)).fetchone()
        extent = [float(box[:, 0].min()), float(box[:, 2].min()), float(box[:, 1].max()), float(box[:, 3].max())]
        if old is not None and None not in old and connection.execute(
                "SELECT COUNT(*) FROM {}".format(_quote(table))).fetchone()[0] > len(box):
            extent = [min(extent[0], old[0]), min(extent[1], old[1]), max(extent[2], old[2]), max(extent[3], old[3])]
        connection.execute(
            "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
            extent + [table])
    has_counts = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_ogr_contents'").fetchone()
    if has_counts:
        connection.execute(
            "UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM {}) WHERE lower(table_name) = lower(?)".format(
                _quote(table)), (table,))


def point_bounds(xy):
    """Bounds rows (min x, max x, min y, max y) of points; NaN rows stay NaN."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    return np.column_stack([xy[:, 0], xy[:, 0], xy[:, 1], xy[:, 1]])
