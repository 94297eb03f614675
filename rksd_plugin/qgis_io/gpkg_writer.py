"""Write joined area layers to one GeoPackage, atomically, with aliases and provenance.

The file is built under a temporary name in the target folder and moved into place
only when complete: a failure (or a cancel) leaves any earlier file untouched and no
partial file behind. Field aliases are written as GeoPackage field alternative names
(``gpkg_data_columns``), the provenance as a table ``rksd_provenance`` inside the file.
"""
import json
import os
import tempfile

from osgeo import gdal, ogr, osr

from ..core.errors import Cancelled

PROVENANCE_TABLE = "rksd_provenance"
_OGR_TYPES = {
    "string": (ogr.OFTString, None),
    "int": (ogr.OFTInteger64, None),
    "real": (ogr.OFTReal, None),
    "bool": (ogr.OFTInteger, ogr.OFSTBoolean),
}



class GeoPackageWriteError(RuntimeError):
    pass


def _check(result, what):
    if result is None or (isinstance(result, int) and result != 0):
        raise GeoPackageWriteError("{} failed: {}".format(what, gdal.GetLastErrorMsg()))
    return result


def write_geopackage(path, layers, provenance, language="nl", is_cancelled=None, finalize=None):
    """Write ``layers`` (AreaLayer by name) and ``provenance`` to ``path`` atomically.

    ``finalize(tmp_path)`` runs on the finished temporary file before it is moved into
    place (used to store default styles in ``layer_styles``)."""
    is_cancelled = is_cancelled or (lambda: False)
    folder = os.path.dirname(os.path.abspath(path)) or "."
    os.makedirs(folder, exist_ok=True)
    handle, tmp_path = tempfile.mkstemp(dir=folder, prefix=".rksd-", suffix=".gpkg")
    os.close(handle)
    os.unlink(tmp_path)
    try:
        driver = ogr.GetDriverByName("GPKG")
        dataset = _check(driver.CreateDataSource(tmp_path), "creating " + path)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(28992)
        for name, layer in layers.items():
            if is_cancelled():
                raise Cancelled()
            _write_layer(dataset, name, layer, srs, language, provenance)
        _write_provenance(dataset, provenance)
        dataset.FlushCache()
        dataset = None
        _write_data_columns(tmp_path, layers, language)
        if finalize is not None:
            finalize(tmp_path)
        if is_cancelled():
            raise Cancelled()
        os.replace(tmp_path, path)
    except BaseException:
        for leftover in (tmp_path, tmp_path + "-wal", tmp_path + "-shm", tmp_path + "-journal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
        raise
    return path


def _write_layer(dataset, name, layer, srs, language, provenance):
    description = "{} - {} {} - {}".format(
        name, provenance.get("gemeente", ""), provenance.get("year", ""), provenance.get("attribution", "")
    )
    if getattr(layer, "table", False):  # a table of the monitor: no geometry
        created = dataset.CreateLayer(name, None, ogr.wkbNone, options=["FID=fid", "DESCRIPTION=" + description])
    else:
        created = dataset.CreateLayer(
            name,
            srs,
            ogr.wkbMultiPolygon,
            options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", "DESCRIPTION=" + description],
        )
    out = _check(created, "creating layer " + name)
    for spec, alias in zip(layer.fields, unique_aliases(layer.fields, language)):
        ogr_type, subtype = _OGR_TYPES[spec.type]
        definition = ogr.FieldDefn(spec.name, ogr_type)
        if subtype is not None:
            definition.SetSubType(subtype)
        if hasattr(definition, "SetAlternativeName"):
            definition.SetAlternativeName(alias)
        _check(out.CreateField(definition), "creating field " + spec.name)
    columns = list(enumerate((spec.name, spec.type) for spec in layer.fields))
    definition = out.GetLayerDefn()
    out.StartTransaction()
    geometries = layer.geometries if layer.geometries else [None] * len(layer.records)
    for record, geometry in zip(layer.records, geometries):
        feature = ogr.Feature(definition)
        for index, (field_name, kind) in columns:
            value = record.get(field_name)
            if value is None:
                continue  # a new feature's fields are unset: read back as NULL
            if kind == "real":
                feature.SetField(index, float(value))
            elif kind == "string":
                feature.SetFieldString(index, str(value))
            else:
                feature.SetFieldInteger64(index, int(value) if kind == "int" else (1 if value else 0))
        if geometry:
            feature.SetGeometryDirectly(_ogr_geometry(geometry))
        _check(out.CreateFeature(feature), "writing a feature of " + name)
    out.CommitTransaction()


def _ogr_geometry(geometry):
    """An OGR MultiPolygon from WKB bytes (the pipeline's form) or a GeoJSON mapping."""
    if isinstance(geometry, (bytes, bytearray)):
        result = ogr.CreateGeometryFromWkb(bytes(geometry))
    else:
        result = ogr.CreateGeometryFromJson(json.dumps(geometry))
    _check(result, "reading a geometry")
    return ogr.ForceToMultiPolygon(result)


def unique_aliases(fields, language):
    """One alias per field, unique within the layer.

    GeoPackage's ``gpkg_data_columns`` requires a unique ``name`` per table, and GDAL 3.7+
    writes alternative names there itself: two fields with one title (a raw RIVM measure
    and the indicator built from it) would make every feature write fail. A repeated
    title gets the field name added."""
    seen, result = set(), []
    for spec in fields:
        alias = spec.alias.get(language) or spec.alias.get("nl") or spec.name
        if alias in seen:
            alias = "{} ({})".format(alias, spec.name)
        seen.add(alias)
        result.append(alias)
    return result


def _write_provenance(dataset, provenance):
    table = _check(dataset.CreateLayer(PROVENANCE_TABLE, None, ogr.wkbNone, options=["FID=fid"]), "provenance")
    table.CreateField(ogr.FieldDefn("key", ogr.OFTString))
    table.CreateField(ogr.FieldDefn("value", ogr.OFTString))
    definition = table.GetLayerDefn()
    table.StartTransaction()
    for key in sorted(provenance):
        feature = ogr.Feature(definition)
        feature.SetField("key", key)
        value = provenance[key]
        feature.SetField("value", value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
        _check(table.CreateFeature(feature), "writing provenance")
    table.CommitTransaction()


def _write_data_columns(path, layers, language):
    """Field aliases as the GeoPackage schema extension defines them (``gpkg_data_columns``).

    Written directly because GDAL only writes alternative names there from 3.7 on."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as db, db:
        db.execute(
            "CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
            "name TEXT, title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, "
            "CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), CONSTRAINT gdc_tn UNIQUE (table_name, name))"
        )
        db.execute(
            "INSERT OR REPLACE INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
            "VALUES ('gpkg_data_columns', NULL, 'gpkg_schema', "
            "'http://www.geopackage.org/spec121/#extension_schema', 'read-write')"
        )
        for name, layer in layers.items():
            for spec, alias in zip(layer.fields, unique_aliases(layer.fields, language)):
                db.execute(
                    "INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, title, description) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (name, spec.name, alias, alias, spec.unit or None),
                )


def read_provenance(path):
    """The provenance stored in a GeoPackage written by ``write_geopackage``."""
    dataset = ogr.Open(path)
    table = dataset.GetLayerByName(PROVENANCE_TABLE)
    result = {}
    for feature in table:
        raw = feature.GetField("value")
        try:
            result[feature.GetField("key")] = json.loads(raw)
        except (TypeError, ValueError):
            result[feature.GetField("key")] = raw
    return result
