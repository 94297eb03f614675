"""Many stored styles in one GeoPackage, fast.

QGIS's ``saveStyleToDatabase`` opens the file for every style (0.15 s each); a series
GeoPackage holds thirty and more. Here each style's QML is made on a memory twin of the
layer (same fields, no features) and all styles are written into ``layer_styles`` in
one transaction - the table QGIS itself creates and reads (the first style is saved the
QGIS way, so the table exists exactly as QGIS makes it).
"""
import sqlite3
from contextlib import closing

from qgis.core import QgsField, QgsReadWriteContext, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

from .. import compat

_KINDS = {"string": "string", "int": "long", "real": "double", "bool": "bool"}


def memory_twin(area_layer, name):
    """A memory layer with ``area_layer``'s fields, to style and export a QML from."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", name, "memory")
    layer.dataProvider().addAttributes([QgsField(spec.name, compat.field_type(_KINDS[spec.type]))
                                        for spec in area_layer.fields])
    layer.updateFields()
    return layer


def qml_of(vector_layer):
    document = QDomDocument("qgis")
    error = vector_layer.exportNamedStyle(document, QgsReadWriteContext())
    if error:
        raise RuntimeError("exporting the style of {} failed: {}".format(vector_layer.name(), error))
    return document.toString()


class StyleStore:
    def __init__(self):
        self.entries = []

    def add(self, vector_layer, table, name, description, default):
        self.entries.append((table, name[:30], qml_of(vector_layer), description or "", bool(default)))

    def write(self, gpkg_path, opener):
        """Store every style; ``opener(table)`` opens a real layer of the file for the first."""
        if not self.entries:
            return
        table, name, _, description, default = self.entries[0]
        first = opener(table)
        message = first.saveStyleToDatabase(name, description, default, "")
        if message:
            raise RuntimeError("storing the style {} failed: {}".format(name, message))
        del first
        with closing(sqlite3.connect(gpkg_path)) as db, db:
            geometry = dict(db.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall())
            for table, name, qml, description, default in self.entries[1:]:
                if default:
                    db.execute("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?", (table,))
                db.execute(
                    "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                    "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                    "VALUES ('', '', ?, ?, ?, ?, '', ?, ?, '', NULL)",
                    (table, geometry.get(table, "geom"), name, qml, 1 if default else 0, description))


def load_stored_styles(vector_layer):
    """Every style the layer's GeoPackage stores for it, as named styles of the layer (so
    right-click > Styles switches between them, as between the question maps), each named
    by its stored description (GeoPackage style names hold 30 characters, descriptions say
    what the map is); the default style becomes the current one. Returns the names added."""
    count, ids, stored, descriptions, _ = vector_layer.listStylesInDatabase()
    manager = vector_layer.styleManager()
    added, default_name = [], None
    for style_id, name, description in zip(ids[:count], stored[:count], descriptions[:count]):
        qml, error = vector_layer.getStyleFromDatabase(style_id)
        if error or not qml:
            continue
        document = QDomDocument("qgis")
        document.setContent(qml)
        vector_layer.importNamedStyle(document)
        shown = description or name
        if shown in manager.styles():
            continue
        manager.addStyleFromLayer(shown)
        added.append(shown)
        if default_name is None:
            default_name = shown
    if added:
        old = manager.currentStyle()
        manager.setCurrentStyle(default_name)
        if old not in added:
            manager.removeStyle(old)
    return added
