"""The GeoPackage: atomic, with aliases, provenance and a stored preset style."""
import os
import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsVectorLayer

from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io.gpkg_writer import read_provenance
from rksd_plugin.qgis_io.layers import write_result


@pytest.fixture(scope="module")
def sample_result(catalog):
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    request = package.request()
    return Pipeline(Transport(cache=package.cache, offline=True), catalog).run(request)


def test_layers_values_aliases_and_crs(sample_result, catalog, tmp_path):
    path = str(tmp_path / "maastricht.gpkg")
    write_result(sample_result, path, catalog, "nl")
    buurten = QgsVectorLayer(path + "|layername=buurten", "b", "ogr")
    assert buurten.isValid() and buurten.featureCount() == 44
    assert buurten.crs().authid() == "EPSG:28992"
    for name in ("wijken", "gemeente"):
        assert QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr").featureCount() > 0
    amby = next(f for f in buurten.getFeatures() if f["code"] == "BU09350406")
    assert amby["inwoners"] == 6505 and amby["inwoners_65plus"] == 1745
    assert amby["aandeel_65plus"] == pytest.approx(26.8255, abs=1e-4)
    index = buurten.fields().indexOf("aandeel_65plus")
    assert buurten.fields().field(index).alias() == "Aandeel 65-plussers (%)"
    with closing(sqlite3.connect(path)) as db:
        aliases = dict(db.execute("select column_name, name from gpkg_data_columns where table_name='buurten'"))
    assert aliases["inwoners_65plus"] == "Inwoners 65 jaar of ouder (aantal)"


def test_missing_values_are_null_not_zero(sample_result, catalog, tmp_path):
    from qgis.core import NULL

    path = str(tmp_path / "m.gpkg")
    write_result(sample_result, path, catalog, "nl")
    buurten = QgsVectorLayer(path + "|layername=buurten", "b", "ogr")
    values = {f["code"]: (f["inwoners_65plus"], f["aandeel_65plus"]) for f in buurten.getFeatures()}
    secret = [code for code, (count, share) in values.items() if count == NULL]
    assert len(secret) == 1  # one buurt in the sample has a secret 65+ count
    assert values[secret[0]][1] == NULL  # and so no share: never 0
    assert all(count != 0 for count, _ in values.values() if count != NULL)


def test_provenance_inside_the_file(sample_result, catalog, tmp_path):
    path = str(tmp_path / "p.gpkg")
    write_result(sample_result, path, catalog, "nl")
    provenance = read_provenance(path)
    assert provenance["attribution"] == "Bron: CBS (CC BY 4.0); geometrie: CBS/Kadaster via PDOK"
    kwb = provenance["sources"][0]
    assert kwb["table"] == "85984NED" and kwb["modified"].startswith("2025-03-27")
    assert kwb["keys"]["inwoners"] == "AantalInwoners_5"
    assert any("TypedDataSet" in r["url"] for r in kwb["requests"])
    assert provenance["geometry"]["service"] == "https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1"
    assert provenance["downloaded_first"]


def test_default_style_is_stored_and_loaded(sample_result, catalog, tmp_path):
    path = str(tmp_path / "s.gpkg")
    write_result(sample_result, path, catalog, "nl")
    with closing(sqlite3.connect(path)) as db:
        styles = db.execute("select f_table_name, useAsDefault from layer_styles").fetchall()
    assert ("buurten", 1) in styles
    with closing(sqlite3.connect(path)) as db:
        named = [r[0] for r in db.execute("select styleName from layer_styles where f_table_name='buurten'")]
    assert "RKSD vraag 1 - kwetsbaarheid" in named and len(named) == 7  # default + six question indices
    layer = QgsVectorLayer(path + "|layername=buurten", "b", "ogr")
    renderer = layer.renderer()
    assert renderer.type() == "RuleRenderer"
    labels = [rule.label() for rule in renderer.rootRule().children()]
    assert "geheim" in labels and "te weinig inwoners" in labels  # Beatrixhaven is not in a class
    assert "water (geen cijfers)" not in labels  # Maastricht has no water buurten: no empty class
    assert labels[0].endswith("%") and "," in labels[0]  # Dutch number style with unit


def test_failed_write_keeps_the_earlier_file_and_leaves_no_partial_file(sample_result, catalog, tmp_path):
    path = str(tmp_path / "keep.gpkg")
    write_result(sample_result, path, catalog, "nl")
    before = os.path.getsize(path), os.path.getmtime(path)
    calls = {"n": 0}

    def cancel_midway():
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Exception):
        write_result(sample_result, path, catalog, "nl", is_cancelled=cancel_midway)
    assert (os.path.getsize(path), os.path.getmtime(path)) == before
    assert sorted(os.listdir(str(tmp_path))) == ["keep.gpkg"]
    assert QgsVectorLayer(path + "|layername=buurten", "b", "ogr").featureCount() == 44


def test_bad_geometry_fails_cleanly(sample_result, catalog, tmp_path):
    import copy

    broken = copy.copy(sample_result)
    broken.layers = dict(sample_result.layers)
    layer = copy.copy(sample_result.layers["wijken"])
    layer.geometries = [{"type": "Polygon", "coordinates": "not coordinates"}] + layer.geometries[1:]
    broken.layers["wijken"] = layer
    path = str(tmp_path / "broken.gpkg")
    with pytest.raises(Exception):
        write_result(broken, path, catalog, "nl")
    assert os.listdir(str(tmp_path)) == []
