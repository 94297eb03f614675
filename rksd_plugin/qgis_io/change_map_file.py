"""A change map made on the Monitor tab, kept in a GeoPackage beside its series.

A memory layer is gone when the project is saved and opened again; a change map is a result
a user shows and comes back to. Each map gets its own small file in a folder next to the
series GeoPackage (``<series>_wijzigingen/<key>_<first>-<last>_<kind>.gpkg``), written
atomically, so making it again replaces it whole and the series file itself is never touched.
"""
import os
import re

from qgis.core import QgsVectorLayer

from .gpkg_writer import read_provenance, write_geopackage

LAYER = "wijziging"


def change_map_path(series_gpkg, key, first, last, kind):
    """Where the change map of ``key`` between ``first`` and ``last`` (``kind``) is kept."""
    folder = os.path.splitext(os.path.abspath(series_gpkg))[0] + "_wijzigingen"
    name = "{}_{}-{}_{}".format(key, first, last, kind)
    return os.path.join(folder, re.sub(r"[^A-Za-z0-9_.-]", "_", name) + ".gpkg")


def write_change_map(series_gpkg, change, key, first, last, kind, name, language="nl"):
    """Write the change layer (an ``AreaLayer``) and return it opened as a QGIS layer named ``name``."""
    path = change_map_path(series_gpkg, key, first, last, kind)
    try:
        provenance = dict(read_provenance(series_gpkg))
    except Exception:  # noqa: BLE001 - an older series file without provenance: the map still has its own
        provenance = {}
    provenance.update({"series": os.path.basename(series_gpkg), "change_key": key, "change_years": [first, last],
                       "change_kind": kind})
    write_geopackage(path, {LAYER: change}, provenance, language)
    return QgsVectorLayer("{}|layername={}".format(path, LAYER), name, "ogr")
