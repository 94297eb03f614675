"""Read an RKSD GeoPackage into ``AtlasData``: records, field aliases, provenance.

The atlas works from "the data already in the project": the GeoPackage RKSD wrote, with
its layers (buurten, wijken, gemeente), its ``rksd_provenance`` table and the catalog.
Attributes are read with OGR (fast, thread-safe); NULL stays ``None``, never 0.
"""
import os
import sqlite3
from contextlib import closing

from ..core.areas import AreaLayer, FieldSpec
from ..core.catalog import Catalog
from ..core.errors import QT_TRANSLATE_NOOP, RksdError
from .model import AtlasData, is_sample, question_summaries

LAYERS = (("buurten", "buurt"), ("wijken", "wijk"), ("gemeente", "gemeente"))


class NotAnRksdGeoPackage(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "{path} is not a GeoPackage written by RKSD ({detail}).")
    hint = QT_TRANSLATE_NOOP("RksdErrors", "Choose the GeoPackage the RKSD panel or the demo wrote for a municipality.")


def read_atlas_data(gpkg_path, catalog=None, language="nl"):
    """``AtlasData`` of ``gpkg_path``; raises ``NotAnRksdGeoPackage`` with a reason."""
    from osgeo import ogr

    from ..qgis_io.gpkg_writer import PROVENANCE_TABLE, read_provenance

    if not os.path.isfile(gpkg_path):
        raise NotAnRksdGeoPackage(path=gpkg_path, detail="file not found")
    catalog = catalog or Catalog.load()
    dataset = ogr.Open(gpkg_path)
    if dataset is None:
        raise NotAnRksdGeoPackage(path=gpkg_path, detail="cannot be opened")
    names = {dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())}
    if PROVENANCE_TABLE not in names or "buurten" not in names:
        raise NotAnRksdGeoPackage(path=gpkg_path, detail="no buurten layer or no rksd_provenance table")
    aliases = _aliases(gpkg_path)
    layers = {}
    for name, level in LAYERS:
        if name in names:
            layers[name] = _read_layer(dataset.GetLayerByName(name), level, aliases.get(name, {}), language)
    dataset = None
    provenance = read_provenance(gpkg_path)
    data = AtlasData(
        gpkg_path=gpkg_path,
        catalog=catalog,
        provenance=provenance,
        layers=layers,
        questions=question_summaries(catalog, provenance, layers.get("buurten"), layers.get("wijken")),
        unavailable=dict(provenance.get("unavailable") or {}),
        gemeente=str(provenance.get("gemeente") or ""),
        year=int(provenance.get("year") or 0),
        sample=is_sample(provenance),
    )
    stored = provenance.get("catalog_version")
    if stored and stored != catalog.version:
        data.warnings.append(
            "The GeoPackage was made with catalog {} and is read with catalog {}.".format(stored, catalog.version))
    return data


def _aliases(path):
    """``{table: {column: (alias, unit)}}`` from ``gpkg_data_columns`` (if present)."""
    try:
        with closing(sqlite3.connect("file:{}?mode=ro".format(path), uri=True)) as db:
            rows = db.execute("SELECT table_name, column_name, name, description FROM gpkg_data_columns").fetchall()
    except sqlite3.Error:
        return {}
    result = {}
    for table, column, alias, unit in rows:
        result.setdefault(table, {})[column] = (alias or column, unit or "")
    return result


def _read_layer(layer, level, aliases, language):
    from osgeo import ogr

    definition = layer.GetLayerDefn()
    fields, names = [], []
    for index in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(index)
        name = field.GetName()
        kind = {ogr.OFTString: "string", ogr.OFTInteger: "int", ogr.OFTInteger64: "int"}.get(field.GetType(), "real")
        alias, unit = aliases.get(name, (name, ""))
        fields.append(FieldSpec(name, kind, {"nl": alias, "en": alias, language: alias}, unit=unit))
        names.append(name)
    records = []
    layer.ResetReading()
    for feature in layer:
        record = {"fid": feature.GetFID()}
        for index, name in enumerate(names):
            record[name] = feature.GetField(index) if feature.IsFieldSetAndNotNull(index) else None
        records.append(record)
    return AreaLayer(level=level, fields=fields, records=records, geometries=[])
