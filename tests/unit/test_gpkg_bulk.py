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
