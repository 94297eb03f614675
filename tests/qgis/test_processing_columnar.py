"""The columnar path (GDAL's Arrow reader, bulk GeoPackage writer) gives what QGIS's iterator gives.

The same file layers are analysed twice by rksd:bereikbaarheid: once read column by column,
once feature by feature through QGIS (``RKSD_NO_COLUMNAR=1``). The outputs must agree
attribute for attribute, also with a selection, a subset filter, features without geometry,
NULLs and non-ASCII text, for GeoPackage, Shapefile and FlatGeobuf inputs, and for a
GeoPackage and a memory destination. Network: the real Wageningen OSM shapefile (WGS84);
the address and facility points are SYNTHETIC, placed beside its roads.
"""
import os
import sqlite3

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from tests.support.network_fixtures import WAGENINGEN_EDGES, dispose
from tests.support.network_qgis import RecordingFeedback, rksd_processing, run  # noqa: F401 - fixture

RD = QgsCoordinateReferenceSystem("EPSG:28992")
WIJKEN = ("Noord", "Zuid", "Oost", "Binnenstad")


def synthetic_points(count, seed, name):
    """SYNTHETIC address-like points (RD) beside the real Wageningen roads, with awkward attributes."""
    edges = QgsVectorLayer(WAGENINGEN_EDGES, "edges", "ogr")
    transform = QgsCoordinateTransform(edges.crs(), RD, QgsProject.instance())
    vertices = []
    for feature in edges.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        vertices.extend((p.x(), p.y()) for p in geometry.vertices())
    dispose(edges)
    rng = np.random.default_rng(seed)
    picks = np.asarray(vertices)[rng.integers(0, len(vertices), count)] + rng.uniform(-25, 25, (count, 2))
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=id:integer&field=naam:string&field=wijk:string"
                           "&field=inwoners:double", name, "memory")
    features = []
    for k, (x, y) in enumerate(picks.tolist()):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k, "adres {} – ‘ë’".format(k), WIJKEN[k % 4], None if k % 7 == 0 else float(k % 5)])
        if k % 97 != 5:  # a few features without geometry
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def save(layer, path, driver):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = os.path.splitext(os.path.basename(path))[0]
    result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, QgsProject.instance().transformContext(), options)
    assert result[0] == QgsVectorFileWriter.WriterError.NoError, result
    saved = QgsVectorLayer(path, options.layerName, "ogr")
    assert saved.isValid()
    QgsProject.instance().addMapLayer(saved)
    return saved


@pytest.fixture
def files(tmp_path, rksd_processing):
    origins = synthetic_points(3000, 7, "synthetic addresses")
    facilities = synthetic_points(25, 8, "synthetic facilities")
    out = {
        "gpkg": save(origins, str(tmp_path / "adressen.gpkg"), "GPKG"),
        "shp": save(origins, str(tmp_path / "adressen.shp"), "ESRI Shapefile"),
        # FlatGeobuf (with its spatial index) holds no feature without geometry
        "fgb": save(origins.materialize(QgsFeatureRequest().setFilterExpression("$geometry is not null")),
                    str(tmp_path / "adressen.fgb"), "FlatGeobuf"),
        "facilities": save(facilities, str(tmp_path / "voorzieningen.gpkg"), "GPKG"),
        "network": QgsVectorLayer(WAGENINGEN_EDGES, "wageningen_osm_edges", "ogr"),
    }
    QgsProject.instance().addMapLayer(out["network"])
    return out


def analyse(origins, files, output, columnar, monkeypatch, **extra):
    from rksd_plugin.qgis_io import layer_input

    monkeypatch.setattr(layer_input, "SMALL_LAYER_FEATURES", -1)  # the 25 facilities take the path asked for too
    if columnar:
        monkeypatch.delenv("RKSD_NO_COLUMNAR", raising=False)
    else:
        monkeypatch.setenv("RKSD_NO_COLUMNAR", "1")
    feedback = RecordingFeedback()
    parameters = {"ORIGINS": origins, "FACILITIES": files["facilities"], "FACILITY_ID_FIELD": "naam",
                  "CATEGORY_FIELD": "wijk", "NETWORK": files["network"], "RADII": "300;800",
                  "KEEP_FIELDS": ["id", "naam", "wijk", "inwoners"], "OUTPUT": output}
    parameters.update(extra)
    result = run("rksd:bereikbaarheid", parameters, feedback)
    said = " ".join(feedback.infos)
    expected = "read column by column" if columnar else "read feature by feature"
    assert "Origins: " + expected in said and "Facilities: " + expected in said, said
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "out", "ogr")
    return table(layer)


def table(layer):
    """{id: {field: value}} with NULL as None (fid, the row number, left out) and the geometry as WKT."""
    from qgis.core import NULL

    names = [f.name() for f in layer.fields() if f.name() != "fid"]
    rows = {}
    for feature in layer.getFeatures():
        row = {name: (None if feature[name] == NULL else feature[name]) for name in names}
        geometry = feature.geometry()
        row["geometry"] = None if geometry.isNull() or geometry.isEmpty() else geometry.asWkt(3)
        rows[row["id"]] = row
    return rows


def assert_same(a, b):
    assert a.keys() == b.keys()
    assert len(a) > 0
    for key in a:
        assert a[key] == b[key], (key, a[key], b[key])


def test_geopackage_columnar_equals_iterator(files, tmp_path, monkeypatch):
    fast = analyse(files["gpkg"], files, str(tmp_path / "fast.gpkg"), True, monkeypatch)
    slow = analyse(files["gpkg"], files, str(tmp_path / "slow.gpkg"), False, monkeypatch)
    assert_same(fast, slow)
    assert len(fast) == 3000  # features without geometry are written too, with NULL results
    missing = [row for row in fast.values() if row["geometry"] is None]
    assert len(missing) == 31 and all(row["afstand_m"] is None and row["status"] is None for row in missing)
    assert any(row["inwoners"] is None for row in fast.values()) and fast[1]["naam"] == "adres 1 – ‘ë’"
    assert {row["status"] for row in fast.values() if row["geometry"]} == {"ok"}
    assert all(row["afstand_m"] > 0 for row in fast.values() if row["geometry"])
    with sqlite3.connect(str(tmp_path / "fast.gpkg")) as connection:  # a sound spatial index
        assert connection.execute("SELECT rtreecheck('rtree_fast_geom')").fetchone()[0] == "ok"
        indexed = connection.execute("SELECT COUNT(*) FROM rtree_fast_geom").fetchone()[0]
    assert indexed == sum(1 for row in fast.values() if row["geometry"])


def test_selection_and_subset_filter_on_both_paths(files, tmp_path, monkeypatch):
    layer = files["gpkg"]
    layer.selectByIds([fid for fid in range(1, 3001) if fid % 3 == 0])
    selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    fast = analyse(selected, files, str(tmp_path / "sel_fast.gpkg"), True, monkeypatch)
    slow = analyse(selected, files, str(tmp_path / "sel_slow.gpkg"), False, monkeypatch)
    assert_same(fast, slow)
    assert len(fast) == 1000 and all((key + 1) % 3 == 0 for key in fast)
    layer.removeSelection()
    layer.setSubsetString("\"wijk\" = 'Oost' AND \"id\" < 2000")
    fast = analyse(layer, files, str(tmp_path / "sub_fast.gpkg"), True, monkeypatch)
    slow = analyse(layer, files, str(tmp_path / "sub_slow.gpkg"), False, monkeypatch)
    assert_same(fast, slow)
    assert len(fast) == 500 and {row["wijk"] for row in fast.values()} == {"Oost"}


@pytest.mark.parametrize("kind", ["shp", "fgb"])
def test_shapefile_and_flatgeobuf_equal_geopackage(files, tmp_path, monkeypatch, kind):
    reference = analyse(files["gpkg"], files, str(tmp_path / "ref.gpkg"), True, monkeypatch)
    other = analyse(files[kind], files, str(tmp_path / "{}.gpkg".format(kind)), True, monkeypatch)
    slow = analyse(files[kind], files, str(tmp_path / "{}_slow.gpkg".format(kind)), False, monkeypatch)
    assert_same(other, slow)
    with_geometry = {k: v for k, v in reference.items() if v["geometry"] is not None}
    if kind == "fgb":  # written without the features that have no geometry
        reference = with_geometry
    assert_same(other, reference)
    assert len(other) >= len(with_geometry) == 2969


def test_memory_destination_equals_geopackage(files, tmp_path, monkeypatch):
    on_disk = analyse(files["gpkg"], files, str(tmp_path / "disk.gpkg"), True, monkeypatch)
    in_memory = analyse(files["gpkg"], files, "memory:", True, monkeypatch)
    assert_same(on_disk, in_memory)


def test_a_small_file_layer_is_read_through_qgis(files, tmp_path, monkeypatch):
    """Below the threshold QGIS's iterator reads a file layer (cheaper than starting GDAL's
    stream); the results are the ones the columnar path gives."""
    from rksd_plugin.qgis_io import layer_input

    reference = analyse(files["gpkg"], files, str(tmp_path / "ref.gpkg"), True, monkeypatch)
    monkeypatch.setattr(layer_input, "SMALL_LAYER_FEATURES", 256)
    feedback = RecordingFeedback()
    result = run("rksd:bereikbaarheid", {
        "ORIGINS": files["gpkg"], "FACILITIES": files["facilities"], "FACILITY_ID_FIELD": "naam",
        "CATEGORY_FIELD": "wijk", "NETWORK": files["network"], "RADII": "300;800",
        "KEEP_FIELDS": ["id", "naam", "wijk", "inwoners"], "OUTPUT": str(tmp_path / "small.gpkg")}, feedback)
    said = " ".join(feedback.infos)
    assert "Facilities: read feature by feature through QGIS (a small layer, 25 features)" in said, said
    assert "Origins: read column by column" in said, said  # 3,000 features: GDAL's reader
    assert_same(table(QgsVectorLayer(result["OUTPUT"], "small", "ogr")), reference)
