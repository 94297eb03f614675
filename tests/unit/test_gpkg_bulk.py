"""The bulk GeoPackage writer gives a GeoPackage GDAL reads back exactly, with a sound spatial index."""
import sqlite3

import numpy as np
import pytest

osgeo = pytest.importorskip("osgeo")

from rksd_plugin.core.network.wkb import point_wkb  # noqa: E402
from rksd_plugin.qgis_io import gpkg_bulk, ogr_columns  # noqa: E402


def empty_layer(path, name="punten"):
    from osgeo import ogr, osr

    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer(name, srs, ogr.wkbPoint)
    for field, kind in (("nr", ogr.OFTInteger), ("naam", ogr.OFTString), ("afstand", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(field, kind))
    layer = dataset = None


def test_points_written_in_bulk_read_back_by_gdal(tmp_path):
    path = tmp_path / "bulk.gpkg"
    empty_layer(path)
    rng = np.random.default_rng(3)
    n = 20000  # several R*Tree levels
    xy = rng.uniform(0, 10000, (n, 2)) + (150000.0, 400000.0)
    xy[7] = np.nan  # an empty point
    wkb = point_wkb(xy)
    names = ["punt {} ë".format(i) for i in range(n)]
    names[3] = None
    distance = rng.uniform(0, 500, n)
    distance[5] = np.nan  # NULL, not NaN
    written = gpkg_bulk.fill_table(str(path), "punten", ["nr", "naam", "afstand"], [np.arange(n), names, distance],
                                   wkb, gpkg_bulk.point_bounds(xy), points=True)
    assert written == n
    with sqlite3.connect(str(path)) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_punten_geom')").fetchone()[0] == "ok"
        assert connection.execute("SELECT COUNT(*) FROM rtree_punten_geom").fetchone()[0] == n - 1
        assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == n
        triggers = connection.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = 'punten'").fetchone()[0]
    assert triggers >= 6  # the spatial index triggers are back for later edits
    columns = ogr_columns.read(str(path), fields=["nr", "naam", "afstand"])
    assert columns.fids.tolist() == list(range(1, n + 1))
    assert columns.as_list("naam") == names
    read = columns.as_float("afstand")
    assert np.isnan(read[5]) and columns.nulls["afstand"][5]
    assert np.array_equal(np.delete(read, 5), np.delete(distance, 5))
    from rksd_plugin.core.network.wkb import decode_points

    back, ok = decode_points(columns.wkb)
    assert not ok[7] and ok.sum() == n - 1
    assert np.array_equal(back[ok], xy[ok])
    # GDAL's spatial filter (through the R*Tree) finds exactly the points in the box
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    box = (152000.0, 403000.0, 153500.0, 404000.0)
    layer.SetSpatialFilterRect(*box)
    found = sorted(feature.GetFID() for feature in layer)
    inside = np.nonzero((xy[:, 0] >= box[0]) & (xy[:, 0] <= box[2]) & (xy[:, 1] >= box[1]) & (xy[:, 1] <= box[3]))[0]
    assert found == (inside + 1).tolist() and len(found) > 100
    dataset = None


def test_appending_to_a_filled_table_keeps_the_index_sound(tmp_path):
    path = tmp_path / "twice.gpkg"
    empty_layer(path)
    for start in (0, 500):
        xy = np.column_stack([np.arange(start, start + 500) * 10.0 + 100000.0, np.full(500, 400000.0)])
        gpkg_bulk.fill_table(str(path), "punten", ["nr"], [np.arange(start, start + 500)], point_wkb(xy),
                             gpkg_bulk.point_bounds(xy), points=True)
    with sqlite3.connect(str(path)) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_punten_geom')").fetchone()[0] == "ok"
        assert connection.execute("SELECT COUNT(*), MIN(fid), MAX(fid) FROM punten").fetchone() == (1000, 1, 1000)
        assert connection.execute("SELECT COUNT(*) FROM rtree_punten_geom").fetchone()[0] == 1000


def test_an_error_leaves_nothing_behind(tmp_path):
    path = tmp_path / "error.gpkg"
    empty_layer(path)
    xy = np.array([[100000.0, 400000.0], [100010.0, 400000.0]])
    with pytest.raises(gpkg_bulk.BulkWriteError):
        gpkg_bulk.fill_table(str(path), "punten", ["nr", "bestaat_niet"], [[1, 2], [3, 4]], point_wkb(xy),
                             gpkg_bulk.point_bounds(xy), points=True)
    with pytest.raises(sqlite3.IntegrityError):  # duplicate feature ids: rolled back, nothing written
        gpkg_bulk.fill_table(str(path), "punten", ["fid", "nr"], [[1, 1], [1, 2]], point_wkb(xy),
                             gpkg_bulk.point_bounds(xy), points=True)
    with sqlite3.connect(str(path)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM punten").fetchone()[0] == 0
        assert connection.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND tbl_name = 'punten'").fetchone()[0] >= 6


def _content(path, table="punten"):
    with sqlite3.connect(str(path)) as connection:
        rows = connection.execute("SELECT fid, typeof(geom), geom, typeof(nr), nr, typeof(naam), naam, typeof(afstand), "
                                  "afstand FROM {} ORDER BY fid".format(table)).fetchall()
        tree = connection.execute("SELECT * FROM rtree_{}_geom ORDER BY id".format(table)).fetchall()
        check = connection.execute("SELECT rtreecheck('rtree_{}_geom')".format(table)).fetchone()[0]
        count = connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0]
    return rows, tree, check, count


def test_encoded_and_bound_writes_store_the_same(tmp_path, monkeypatch):
    rng = np.random.default_rng(5)
    n = 5000
    xy = rng.uniform(0, 10000, (n, 2)) + (150000.0, 400000.0)
    xy[11] = np.nan
    names = np.array(["adres {} ë".format(i).encode("utf-8") for i in range(n)])
    nulls = np.zeros(n, dtype=bool)
    nulls[[4, 40]] = True
    distance = np.round(rng.uniform(0, 500, n), 1)
    distance[9] = np.nan
    columns = [np.arange(n), gpkg_bulk.sql_columns.Texts(names, nulls), distance]
    monkeypatch.setattr(gpkg_bulk, "CHUNK_ROWS", 1200)  # several blocks: encoded while the previous one inserts
    written = []
    for name, classic in (("encoded.gpkg", False), ("bound.gpkg", True)):
        path = tmp_path / name
        empty_layer(path)
        if classic:
            monkeypatch.setattr(gpkg_bulk, "_encodable", lambda values: None)
        progress = []
        assert gpkg_bulk.fill_table(str(path), "punten", ["nr", "naam", "afstand"], columns, point_wkb(xy),
                                    gpkg_bulk.point_bounds(xy), points=True, progress=progress.append,
                                    fresh=not classic) == n
        assert progress[-1] == 1.0
        written.append(_content(path))
    assert written[0] == written[1]
    rows, tree, check, count = written[0]
    assert check == "ok" and count == n and len(tree) == n - 1 and len(rows) == n
    assert rows[4][5] == "null" and rows[9][7] == "null" and rows[0][6] == "adres 0 ë" and rows[11][2][3] == 0x11
    read = ogr_columns.read(str(tmp_path / "encoded.gpkg"), fields=["naam", "afstand"])
    assert read.as_list("naam")[3] == "adres 3 ë" and read.as_float("afstand")[7] == distance[7]


def test_cancelling_between_blocks_writes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "cancel.gpkg"
    empty_layer(path)
    monkeypatch.setattr(gpkg_bulk, "CHUNK_ROWS", 100)
    xy = np.column_stack([np.arange(1000) * 10.0 + 100000.0, np.full(1000, 400000.0)])
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    assert gpkg_bulk.fill_table(str(path), "punten", ["nr"], [np.arange(1000)], point_wkb(xy),
                                gpkg_bulk.point_bounds(xy), points=True, cancelled=cancelled) is False
    with sqlite3.connect(str(path)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM punten").fetchone()[0] == 0
        assert connection.execute("SELECT COUNT(*) FROM rtree_punten_geom").fetchone()[0] == 0
