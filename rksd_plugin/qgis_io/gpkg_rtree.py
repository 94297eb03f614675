"""A GeoPackage spatial index (SQLite R*Tree) packed in bulk instead of grown row by row.

Inserting boxes one by one into an R*Tree costs about 15 µs each (splits, reinserts). A tree
packed bottom-up from boxes sorted along a Hilbert curve is built with numpy in a fraction of
that and is a valid SQLite R*Tree (``rtreecheck()`` agrees, see the tests): the node size is
the one SQLite chose for this database (the empty root's), the root is node 1 and holds the
depth, ``_rowid`` maps every entry to its leaf and ``_parent`` every node to its parent. The
three shadow tables are filled with ``sql_columns`` (no Python step per row either).
No QGIS import.
"""
import numpy as np

from . import sql_columns

_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
CHUNK_ROWS = 1 << 20


def outward_boxes(bounds):
    """32-bit boxes (min x, max x, min y, max y) that still hold every 64-bit bound (rounded outwards)."""
    low = np.nextafter(bounds[:, [0, 2]].astype(np.float32), np.float32(-np.inf))
    high = np.nextafter(bounds[:, [1, 3]].astype(np.float32), np.float32(np.inf))
    return np.column_stack([low[:, 0], high[:, 0], low[:, 1], high[:, 1]])


def is_plain_rtree(sql):
    """True for the R*Tree layout GDAL and QGIS create (id and four 32-bit coordinates)."""
    return "rtree(id, minx, maxx, miny, maxy)" in sql.replace('"', "").lower().replace("  ", " ")


def pack(connection, rtree, ids, boxes, source):
    """Replace the (empty) R*Tree ``rtree`` by a packed tree of ``ids`` with ``boxes``.

    ``source`` is ``sql_columns.row_source(connection)``.
    """
    quote = sql_columns.quote
    node_size = connection.execute("SELECT length(data) FROM {} WHERE nodeno = 1".format(
        quote(rtree + "_node"))).fetchone()[0]
    capacity = (node_size - 4) // _CELL.itemsize
    order = hilbert_order(boxes, capacity)
    ids = np.asarray(ids, dtype=np.int64)
    sorted_ids = ids.size < 2 or bool((ids[1:] > ids[:-1]).all())
    ids, boxes = ids[order], boxes[order]
    entry_boxes, node_counts = [boxes], []  # per level, leaves first
    while True:
        current = entry_boxes[-1]
        nodes = max(1, -(-len(current) // capacity))
        node_counts.append(nodes)
        if nodes == 1:
            break
        starts = np.arange(nodes, dtype=np.int64) * capacity
        entry_boxes.append(np.column_stack([
            np.minimum.reduceat(current[:, 0], starts), np.maximum.reduceat(current[:, 1], starts),
            np.minimum.reduceat(current[:, 2], starts), np.maximum.reduceat(current[:, 3], starts)]))
    depth = len(node_counts) - 1
    numbers, next_number = {depth: np.array([1], dtype=np.int64)}, 2  # the root is node 1
    for level in range(depth - 1, -1, -1):
        numbers[level] = np.arange(next_number, next_number + node_counts[level], dtype=np.int64)
        next_number += node_counts[level]
    for name in ("_node", "_rowid", "_parent"):
        connection.execute("DELETE FROM {}".format(quote(rtree + name)))
    node_numbers, node_blobs = [], []
    for level in range(depth + 1):
        entries = ids if level == 0 else numbers[level - 1]
        node_numbers.append(numbers[level])
        node_blobs.append(_node_blobs(entries, entry_boxes[level], node_counts[level], capacity, node_size,
                                      depth if level == depth else 0))
        owner = np.repeat(numbers[level], capacity)[:len(entries)]
        # rows go in in key order (the cheap way into a B-tree)
        if level == 0:  # every entry's leaf
            keys, owners = _by_key(entries, owner, order if sorted_ids else None)
            _insert(connection, rtree + "_rowid", ["rowid", "nodeno"], keys, owners, source)
        else:  # every node's parent: numbered in order already
            _insert(connection, rtree + "_parent", ["nodeno", "parentnode"], entries, owner, source)
    numbers_all = np.concatenate(node_numbers)
    blobs_all = np.concatenate(node_blobs)
    by_number = np.argsort(numbers_all, kind="stable")
    _insert(connection, rtree + "_node", ["nodeno", "data"], numbers_all[by_number], blobs_all[by_number], source)


def _by_key(entries, owner, order):
    """(entries, owner) sorted by entry; ``order`` (the permutation that made ``entries`` from
    sorted ids) turns that into a scatter instead of a sort."""
    if order is None:
        by_key = np.argsort(entries, kind="stable")
        return entries[by_key], owner[by_key]
    keys = np.empty_like(entries)
    owners = np.empty_like(owner)
    keys[order] = entries
    owners[order] = owner
    return keys, owners


def _node_blobs(entries, boxes, nodes, capacity, node_size, root_depth):
    """The SQLite node records (nodes × node_size bytes) holding ``entries`` in order, ``capacity`` per node."""
    cells = np.zeros(nodes * capacity, dtype=_CELL)
    cells["id"][:len(entries)] = entries
    cells["box"][:len(entries)] = boxes
    blobs = np.zeros((nodes, node_size), dtype=np.uint8)
    blobs[:, 4:4 + capacity * _CELL.itemsize] = cells.view(np.uint8).reshape(nodes, capacity * _CELL.itemsize)
    counts = np.minimum(capacity, len(entries) - np.arange(nodes, dtype=np.int64) * capacity)
    header = np.zeros(nodes, dtype=[("depth", ">u2"), ("count", ">u2")])
    header["count"] = counts
    if nodes == 1:
        header["depth"] = root_depth
    blobs[:, 0:4] = header.view(np.uint8).reshape(nodes, 4)
    return blobs


def _insert(connection, table, targets, first, second, source):
    columns = [sql_columns.ids(first),
               sql_columns.Blobs(second) if second.ndim == 2 else sql_columns.Ints(second)]
    for start in range(0, len(first), CHUNK_ROWS):
        stop = min(start + CHUNK_ROWS, len(first))
        sql, params = sql_columns.insert_statement(table, targets, columns, start, stop, source)
        connection.execute(sql, params)


def _hilbert_tables():
    """The Hilbert curve as a 4-state machine: per (state, quadrant) the curve's digit and the next state.

    The state is the transform (swap x/y, mirror both) the classic xy -> d conversion applies
    to the lower bits; a quadrant is (x bit, y bit). One table lookup per bit for all points.
    """
    digit = np.zeros((4, 4), dtype=np.uint8)
    following = np.zeros((4, 4), dtype=np.uint8)
    for state in range(4):
        swap, mirror = state >> 1, state & 1
        for quadrant in range(4):
            a, b = quadrant >> 1, quadrant & 1
            if swap:
                a, b = b, a
            if mirror:
                a, b = a ^ 1, b ^ 1
            digit[state, quadrant] = (3 * a) ^ b
            turn_swap, turn_mirror = (1, a) if b == 0 else (0, 0)
            following[state, quadrant] = ((swap ^ turn_swap) << 1) | (mirror ^ turn_mirror)
    return digit.ravel(), following.ravel()


_DIGIT, _NEXT = _hilbert_tables()


def hilbert_order(boxes, capacity=64):
    """Indices of ``boxes`` along a Hilbert curve through their centres (nearby boxes together).

    The curve's resolution follows the number of leaves: a few cells per leaf is all the
    packing needs, and every bit less is one numpy pass less.
    """
    n = len(boxes)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    leaves = max(n / float(capacity), 1.0)
    bits = int(min(16, max(2, np.ceil(np.log2(np.sqrt(leaves))) + 3)))
    centre = np.column_stack([(boxes[:, 0] + boxes[:, 1]) / 2.0, (boxes[:, 2] + boxes[:, 3]) / 2.0]).astype(np.float64)
    low = centre.min(axis=0)
    span = np.maximum(centre.max(axis=0) - low, 1e-9)
    side = (1 << bits) - 1
    x = ((centre[:, 0] - low[0]) / span[0] * side).astype(np.uint32)
    y = ((centre[:, 1] - low[1]) / span[1] * side).astype(np.uint32)
    state = np.zeros(n, dtype=np.uint8)
    d = np.zeros(n, dtype=np.uint32)
    for bit in range(bits - 1, -1, -1):
        index = state * np.uint8(4) + ((((x >> bit) & 1) << 1) | ((y >> bit) & 1)).astype(np.uint8)
        d = (d << 2) | _DIGIT[index]
        state = _NEXT[index]
    # 16-bit keys sort by radix in numpy (linear time); wider keys in 32 bits
    return np.argsort(d.astype(np.uint16) if bits <= 8 else d, kind="stable")
