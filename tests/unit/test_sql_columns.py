"""Columns cut out of numpy-built blobs by SQLite store exactly what binding the values stores."""
import sqlite3

import numpy as np
import pytest

from rksd_plugin.qgis_io import sql_columns


def columns_under_test(n, rng):
    ints = rng.integers(-10 ** 12, 10 ** 12, n)
    int_nulls = rng.random(n) < 0.1
    tenths = np.round(rng.uniform(-5000, 5000, n), 1)
    tenths[rng.random(n) < 0.05] = np.nan
    tenths[3] = np.inf  # an infinity is NULL too
    cents = np.round(rng.uniform(0, 90, n), 2)
    whole = rng.integers(0, 1000, n).astype(np.float64)  # integral floats stay REAL
    words = ["ë{}€".format(i) if i % 3 else "plain {}".format(i) for i in range(n)]
    words[5] = None
    raw = np.array([w.encode("utf-8") if w is not None else b"" for w in words])
    text_nulls = np.array([w is None for w in words])
    codes = rng.integers(-1, 3, n)
    many = rng.integers(-1, 40, n)
    blobs = [bytes(rng.integers(0, 255, int(k)).astype(np.uint8)) if k else None for k in rng.integers(0, 30, n)]
    fixed = rng.integers(1, 255, (n, 29)).astype(np.uint8)
    fixed_nulls = rng.random(n) < 0.1
    return [
        ("ints", sql_columns.Ints(ints, int_nulls)),
        ("tenths", sql_columns.column(tenths)),
        ("cents", sql_columns.column(cents)),
        ("whole", sql_columns.column(whole)),
        ("negative_small", sql_columns.column(np.array([-1, 0, 1] * (n // 3) + [0] * (n % 3)))),
        ("booleans", sql_columns.column(rng.random(n) < 0.5)),
        ("text_bytes", sql_columns.Texts(raw, text_nulls)),
        ("text_list", sql_columns.column(words)),
        ("codes", sql_columns.Codes(codes, ["ok", "verder_dan_max", "geen_verbinding"])),
        ("many_codes", sql_columns.Codes(many, ["naam {}".format(k) if k != 7 else None for k in range(40)])),
        ("constant", sql_columns.Constant("netwerk", n)),
        ("blobs", sql_columns.Blobs(blobs)),
        ("fixed", sql_columns.Blobs(fixed, fixed_nulls)),
    ]


def stored(connection, table, names):
    return connection.execute("SELECT {} FROM {} ORDER BY rowid".format(
        ", ".join("typeof({0}), {0}".format(name) for name in names), table)).fetchall()


@pytest.mark.parametrize("json", [True, False])
def test_encoded_rows_equal_bound_rows(json):
    rng = np.random.default_rng(11)
    n = 2500
    named = columns_under_test(n, rng)
    names = [name for name, _ in named]
    connection = sqlite3.connect(":memory:")
    for table in ("encoded", "bound"):
        connection.execute("CREATE TABLE {} (fid INTEGER PRIMARY KEY, ints INTEGER, tenths REAL, cents REAL, whole REAL,"
                           " negative_small INTEGER, booleans INTEGER, text_bytes TEXT, text_list TEXT, codes TEXT,"
                           " many_codes TEXT, constant TEXT, blobs BLOB, fixed BLOB)".format(table))
    # SQLite without JSON: the recursive counter gives the same rows
    source = sql_columns.row_source(connection if json else _WithoutJson(connection))
    assert ("json_each" in source[0]) == json
    columns = [column for _, column in named]
    for start, stop in ((0, 1000), (1000, 2499), (2499, 2500)):  # blocks, one of a single row
        connection.execute(*sql_columns.insert_statement("encoded", names, columns, start, stop, source))
    connection.executemany("INSERT INTO bound ({}) VALUES ({})".format(", ".join(names), ", ".join("?" * len(names))),
                           zip(*[sql_columns.plain_list(column) for column in columns]))
    encoded, bound = stored(connection, "encoded", names), stored(connection, "bound", names)
    assert len(encoded) == n and encoded == bound
    kinds = {kind for row in encoded for kind in row[0::2]}
    assert kinds == {"integer", "real", "text", "blob", "null"}
    assert encoded[3][3] is None and encoded[5][13] is None and encoded[5][15] is None  # infinity, missing word
    assert encoded[0][21] == "netwerk"


class _WithoutJson:
    def __init__(self, connection):
        self.connection = connection

    def execute(self, sql, *args):
        if "json_each" in sql:
            raise sqlite3.OperationalError("no such table: json_each")
        return self.connection.execute(sql, *args)


def test_free_floats_and_mixed_values_are_not_encoded():
    with pytest.raises(sql_columns.NotEncodable):
        sql_columns.column(np.random.default_rng(1).uniform(0, 1, 100))  # not decimals
    with pytest.raises(sql_columns.NotEncodable):
        sql_columns.column(np.array([1e300, 2.5]))  # beyond exact integers
    with pytest.raises(sql_columns.NotEncodable):
        sql_columns.column(["a", 1])
    with pytest.raises(sql_columns.NotEncodable):
        sql_columns.column(np.array([2 ** 62]))
    assert sql_columns.column(np.array([0.1, 0.25, np.nan])).decimals == 2


def test_expand_places_rows_and_nulls_elsewhere():
    rows = np.array([1, 3])
    assert sql_columns.expand(np.array([1.5, 2.5]), rows, 4).tolist()[1::2] == [1.5, 2.5]
    assert np.isnan(sql_columns.expand(np.array([1.5, 2.5]), rows, 4)[[0, 2]]).all()
    assert sql_columns.plain_list(sql_columns.expand(sql_columns.Ints([7, 8]), rows, 4)) == [None, 7, None, 8]
    assert sql_columns.plain_list(sql_columns.expand(sql_columns.Constant("x", 2), rows, 4)) == [None, "x", None, "x"]
    assert sql_columns.plain_list(sql_columns.expand(sql_columns.Codes([1, -1], ["a", "b"]), rows, 4)) == \
        [None, "b", None, None]
    assert sql_columns.plain_list(sql_columns.expand(sql_columns.Texts(np.array([b"\xc3\xab", b"y"])), rows, 4)) == \
        [None, "ë", None, "y"]
    assert sql_columns.plain_list(sql_columns.expand(["p", None], rows, 4)) == [None, "p", None, None]
    same = np.array([4.0, 5.0])
    assert sql_columns.expand(same, np.array([0, 1]), 2) is same  # every row: nothing moved


def test_running_ids_are_computed_by_sqlite_and_others_are_encoded():
    assert isinstance(sql_columns.ids(np.arange(5, 3005)), sql_columns.Range)
    assert isinstance(sql_columns.ids(np.array([1, 2, 4])), sql_columns.Ints)
    assert isinstance(sql_columns.ids(np.array([3, 2, 1])), sql_columns.Ints)
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (fid INTEGER PRIMARY KEY, v INTEGER)")
    source = sql_columns.row_source(connection)
    running = sql_columns.ids(np.arange(5, 3005))
    values = sql_columns.Ints(np.arange(3000) * 7)
    for start, stop in ((0, 1234), (1234, 3000)):
        connection.execute(*sql_columns.insert_statement("t", ["fid", "v"], [running, values], start, stop, source))
    assert connection.execute("SELECT fid, v FROM t ORDER BY fid").fetchall() == list(zip(range(5, 3005), range(0, 21000, 7)))
    assert running.to_list() == list(range(5, 3005))
    assert sql_columns.plain_list(sql_columns.expand(sql_columns.ids(np.array([4, 5])), np.array([1, 3]), 4)) == \
        [None, 4, None, 5]
