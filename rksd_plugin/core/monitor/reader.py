"""Read a series GeoPackage's tables back (for the Buurt panel, the dock and the atlas).

Plain ``sqlite3`` (a GeoPackage is SQLite): no QGIS needed, and a GeoPackage of a single
year simply has no series.
"""
import sqlite3
from contextlib import closing

from .tables import PEER_GROUP_TABLE, PEERS_TABLE, SERIES_TABLES


def _tables(db):
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _rows(db, table, where="", args=()):
    cursor = db.execute('SELECT * FROM "{}" {}'.format(table, where), args)
    names = [d[0] for d in cursor.description]
    return [{k: v for k, v in zip(names, row) if k != "fid"} for row in cursor]


def has_series(path):
    try:
        with closing(sqlite3.connect("file:{}?mode=ro".format(path), uri=True)) as db:
            return SERIES_TABLES["buurt"] in _tables(db)
    except sqlite3.Error:
        return False


def series_rows(path, level="buurt", code=None):
    """The series rows of ``level`` (of one area when ``code`` is given); [] without a series."""
    with closing(sqlite3.connect("file:{}?mode=ro".format(path), uri=True)) as db:
        table = SERIES_TABLES[level]
        if table not in _tables(db):
            return []
        if code is None:
            return _rows(db, table)
        return _rows(db, table, "WHERE code = ?", (code,))


def peer_rows(path):
    """``(comparison rows, group rows)`` of the peer tables; ([], []) without them."""
    with closing(sqlite3.connect("file:{}?mode=ro".format(path), uri=True)) as db:
        names = _tables(db)
        if PEERS_TABLE not in names:
            return [], []
        return _rows(db, PEERS_TABLE), (_rows(db, PEER_GROUP_TABLE) if PEER_GROUP_TABLE in names else [])


def by_key(rows):
    """``{key: [row, ...]}`` sorted by year."""
    result = {}
    for row in sorted(rows, key=lambda r: (r["kenmerk"], r["jaar"])):
        result.setdefault(row["kenmerk"], []).append(row)
    return result
