"""Write joined area layers to one GeoPackage, atomically, with aliases and provenance.

The file is built under a temporary name in the target folder and moved into place
only when complete: a failure (or a cancel) leaves any earlier file untouched and no
partial file behind. Field aliases are written as GeoPackage field alternative names
(``gpkg_data_columns``), the provenance as a table ``rksd_provenance`` inside the file.

No write fails silently: every OGR return code is checked, and so is every error GDAL
reports meanwhile (``_GdalErrors``) - a setter has no return code, and a full disk often
shows only when a transaction is committed or the file is closed. This holds whether or
not GDAL's Python exceptions are switched on (GDAL 3.6 to 3.13).
"""
import json
import os
import sqlite3
import tempfile
import traceback
from contextlib import closing

from osgeo import gdal, ogr, osr

from ..core.errors import Cancelled
from ..core.errors import WriteFailed as GeoPackageWriteError

PROVENANCE_TABLE = "rksd_provenance"
_OGR_TYPES = {
    "string": (ogr.OFTString, None),
    "int": (ogr.OFTInteger64, None),
    "real": (ogr.OFTReal, None),
    "bool": (ogr.OFTInteger, ogr.OFSTBoolean),
}


class _GdalErrors:
    """GDAL's failures (CE_Failure, CE_Fatal) while writing one file, in this thread."""

    def __init__(self, path):
        self.path = path
        self.messages = []

    def __call__(self, error_class, number, message):
        if error_class >= gdal.CE_Failure:
            self.messages.append(str(message).strip())

    def __enter__(self):
        gdal.PushErrorHandler(self)
        return self

    def __exit__(self, *exc):
        gdal.PopErrorHandler()

    def ok(self, result, step):
        """``result`` when it and GDAL say the step worked, else ``GeoPackageWriteError``."""
        failed = result is None or (isinstance(result, int) and not isinstance(result, bool) and result != 0)
        if failed or self.messages:
            reason = "; ".join(dict.fromkeys(self.messages[:3])) or gdal.GetLastErrorMsg() or "error {}".format(result)
            raise GeoPackageWriteError(path=self.path, step=step, reason=reason)
        return result

    def call(self, step, function, *args, **kwargs):
        """Run an OGR call; with GDAL's exceptions on, its RuntimeError says the same."""
        try:
            return self.ok(function(*args, **kwargs), step)
        except RuntimeError as exc:
            raise GeoPackageWriteError(path=self.path, step=step, reason=str(exc)) from exc


def write_geopackage(path, layers, provenance, language="nl", is_cancelled=None, finalize=None):
    """Write ``layers`` (AreaLayer by name) and ``provenance`` to ``path`` atomically.

    ``finalize(tmp_path)`` runs on the finished temporary file before it is moved into
    place (used to store default styles in ``layer_styles``)."""
    is_cancelled = is_cancelled or (lambda: False)
    folder = os.path.dirname(os.path.abspath(path)) or "."
    try:
        os.makedirs(folder, exist_ok=True)
        handle, tmp_path = tempfile.mkstemp(dir=folder, prefix=".rksd-", suffix=".gpkg")
    except OSError as exc:
        raise GeoPackageWriteError(path=path, step="the output folder", reason=exc.strerror or str(exc)) from exc
    os.close(handle)
    os.unlink(tmp_path)
    try:
        with _GdalErrors(path) as errors:
            dataset = None
            try:
                driver = errors.call("the GeoPackage driver", ogr.GetDriverByName, "GPKG")
                dataset = errors.call("creating the file", driver.CreateDataSource, tmp_path)
                srs = osr.SpatialReference()
                errors.call("the coordinate system", srs.ImportFromEPSG, 28992)
                for name, layer in layers.items():
                    if is_cancelled():
                        raise Cancelled()
                    _write_layer(dataset, name, layer, srs, language, provenance, errors)
                _write_provenance(dataset, provenance, errors)
                # an error code from GDAL 3.7 on (None before), or a RuntimeError with exceptions on
                errors.call("writing to disk", lambda: dataset.FlushCache() or 0)
                dataset = None  # closes the file: a failure here (a full disk) reaches the handler
                errors.ok(0, "closing the file")
            except BaseException as exc:
                # close the file now, while GDAL's errors still come here: the traceback's frames
                # hold its layers and features, which would keep it open until collected later
                traceback.clear_frames(exc.__traceback__)
                dataset = None
                raise
        _write_data_columns(tmp_path, layers, language, path)
        if finalize is not None:
            finalize(tmp_path)
        if is_cancelled():
            raise Cancelled()
        try:
            os.replace(tmp_path, path)
        except OSError as exc:
            raise GeoPackageWriteError(path=path, step="moving it into place", reason=exc.strerror or str(exc)) from exc
    except BaseException:
        for leftover in (tmp_path, tmp_path + "-wal", tmp_path + "-shm", tmp_path + "-journal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
        raise
    return path


def _write_layer(dataset, name, layer, srs, language, provenance, errors):
    description = "{} - {} {} - {}".format(
        name, provenance.get("gemeente", ""), provenance.get("year", ""), provenance.get("attribution", "")
    )
    out = errors.call(
        "creating layer " + name, dataset.CreateLayer, name, srs, ogr.wkbMultiPolygon,
        options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", "DESCRIPTION=" + description],
    )
    for spec, alias in zip(layer.fields, unique_aliases(layer.fields, language)):
        ogr_type, subtype = _OGR_TYPES[spec.type]
        definition = ogr.FieldDefn(spec.name, ogr_type)
        if subtype is not None:
            definition.SetSubType(subtype)
        if hasattr(definition, "SetAlternativeName"):
            definition.SetAlternativeName(alias)
        errors.call("creating field {} of {}".format(spec.name, name), out.CreateField, definition)
    columns = list(enumerate((spec.name, spec.type) for spec in layer.fields))
    definition = out.GetLayerDefn()
    errors.call("starting to write " + name, out.StartTransaction)
    for record, geometry in zip(layer.records, layer.geometries):
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
            feature.SetGeometryDirectly(_ogr_geometry(geometry, errors))
        errors.call("writing a feature of " + name, out.CreateFeature, feature)
    errors.call("committing " + name, out.CommitTransaction)


def _ogr_geometry(geometry, errors):
    """An OGR MultiPolygon from WKB bytes (the pipeline's form) or a GeoJSON mapping."""
    if isinstance(geometry, (bytes, bytearray)):
        result = errors.call("reading a geometry", ogr.CreateGeometryFromWkb, bytes(geometry))
    else:
        result = errors.call("reading a geometry", ogr.CreateGeometryFromJson, json.dumps(geometry))
    return errors.call("reading a geometry", ogr.ForceToMultiPolygon, result)


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


def _write_provenance(dataset, provenance, errors):
    table = errors.call("creating the provenance table", dataset.CreateLayer, PROVENANCE_TABLE, None, ogr.wkbNone,
                        options=["FID=fid"])
    for name in ("key", "value"):
        errors.call("creating the provenance table", table.CreateField, ogr.FieldDefn(name, ogr.OFTString))
    definition = table.GetLayerDefn()
    errors.call("writing the provenance", table.StartTransaction)
    for key in sorted(provenance):
        feature = ogr.Feature(definition)
        feature.SetField("key", key)
        value = provenance[key]
        feature.SetField("value", value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
        errors.call("writing the provenance", table.CreateFeature, feature)
    errors.call("writing the provenance", table.CommitTransaction)


def _write_data_columns(tmp_path, layers, language, path):
    """Field aliases as the GeoPackage schema extension defines them (``gpkg_data_columns``).

    Written directly because GDAL only writes alternative names there from 3.7 on."""
    try:
        with closing(sqlite3.connect(tmp_path)) as db, db:
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
    except sqlite3.Error as exc:
        raise GeoPackageWriteError(path=path, step="writing the field aliases", reason=str(exc)) from exc


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
