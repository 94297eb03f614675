"""Own facilities from a table to a GeoPackage: the points, and every row that was not placed.

``import_from_source`` reads the table (``own_sources``), geocodes addresses through the
plugin's transport (``core.owndata.locatieserver``) and places the rows
(``core.owndata.facilities``). ``write_facilities`` writes layer ``eigen_voorzieningen``
(points in EPSG:28992 with ``categorie`` = the catalog's facility kind, which the
analyses take directly) and table ``niet_geplaatst`` (row, name, address, why), atomically,
with a stored style per kind.
"""
import os
import tempfile

from osgeo import ogr, osr

from ..core.owndata import facilities, kinds, marks
from ..core.owndata.locatieserver import Locatieserver
from . import own_sources

POINTS_LAYER = "eigen_voorzieningen"
UNPLACED_LAYER = "niet_geplaatst"
POINT_FIELDS = (("categorie", ogr.OFTString), ("soort", ogr.OFTString), ("eigen_categorie", ogr.OFTString),
                ("naam", ogr.OFTString), ("adres", ogr.OFTString), ("plaatsing", ogr.OFTString),
                ("bron", ogr.OFTString), ("bron_rij", ogr.OFTInteger64))
UNPLACED_FIELDS = (("bron_rij", ogr.OFTInteger64), ("naam", ogr.OFTString), ("adres", ogr.OFTString),
                   ("reden", ogr.OFTString), ("reden_code", ogr.OFTString))


def import_from_source(source, spec, catalog, transport=None, layer_name=None, progress=None, is_cancelled=None,
                       selected_only=False):
    """Place the rows of ``source`` (a path or a layer); returns a ``FacilityResult``."""
    layer = own_sources.open_table(source, layer_name)
    spec.check(own_sources.field_names(layer), own_sources.is_point_layer(layer))
    to_rd = None
    if spec.x_field and spec.coordinate_crs != own_sources.RD:
        to_rd = own_sources.to_rd_transform(spec.coordinate_crs)
    geocoder = Locatieserver(transport) if transport is not None else None
    rows = own_sources.rows(layer, with_points=True, selected_only=selected_only)
    return facilities.import_facilities(rows, spec, catalog, geocoder, to_rd, progress, is_cancelled,
                                        total=own_sources.count(layer))


def write_facilities(result, path, catalog, language="nl", translate=None, source_label=""):
    """Write ``result`` to the GeoPackage ``path`` (replaced atomically); returns ``path``."""
    mapper = kinds.KindMapper(catalog)
    folder = os.path.dirname(os.path.abspath(path)) or "."
    os.makedirs(folder, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".rksd-own-", suffix=".gpkg")
    os.close(handle)
    os.unlink(tmp)
    try:
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(28992)
        label = source_label or facilities.OWN_SOURCE
        points = dataset.CreateLayer(POINTS_LAYER, srs, ogr.wkbPoint, options=[
            "FID=fid", "GEOMETRY_NAME=geom", "DESCRIPTION={} - {}".format(marks.words("own_source", "nl"), label)])
        for name, kind in POINT_FIELDS:
            points.CreateField(ogr.FieldDefn(name, kind))
        points.StartTransaction()
        for item in result.placed:
            feature = ogr.Feature(points.GetLayerDefn())
            for name, value in (("categorie", item.kind), ("soort", mapper.title(item.kind, language)),
                                ("eigen_categorie", item.own_category), ("naam", item.name),
                                ("adres", item.address), ("plaatsing", item.method), ("bron", label)):
                if value:
                    feature.SetField(name, value)
            feature.SetField("bron_rij", int(item.row))
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt("POINT ({} {})".format(item.x, item.y)))
            points.CreateFeature(feature)
        points.CommitTransaction()
        table = dataset.CreateLayer(UNPLACED_LAYER, None, ogr.wkbNone, options=["FID=fid"])
        for name, kind in UNPLACED_FIELDS:
            table.CreateField(ogr.FieldDefn(name, kind))
        table.StartTransaction()
        for item in result.unplaced:
            feature = ogr.Feature(table.GetLayerDefn())
            feature.SetField("bron_rij", int(item.row))
            for name, value in (("naam", item.name), ("adres", item.address), ("reden", item.text(translate)),
                                ("reden_code", item.reason)):
                if value:
                    feature.SetField(name, value)
            table.CreateFeature(feature)
        table.CommitTransaction()
        dataset = None
        _store_style(tmp, catalog, language)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
        raise
    return path


def _store_style(path, catalog, language):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("{}|layername={}".format(path, POINTS_LAYER), POINTS_LAYER, "ogr")
    if not layer.isValid():
        raise RuntimeError("cannot open {} in {}".format(POINTS_LAYER, path))
    from .own_styles import facility_renderer

    layer.setRenderer(facility_renderer(layer, catalog, language))
    message = layer.saveStyleToDatabase("RKSD eigen voorzieningen", "RKSD own facilities", True, "")
    if message:
        raise RuntimeError("storing the style failed: {}".format(message))
    del layer


def open_facilities(path, language="nl", name=None):
    """The points layer of an own-facilities GeoPackage (with its stored style)."""
    from qgis.core import QgsVectorLayer

    title = name or marks.own_name({"nl": "Eigen voorzieningen", "en": "Own facilities"}[language], language)
    layer = QgsVectorLayer("{}|layername={}".format(path, POINTS_LAYER), title, "ogr")
    if not layer.isValid():
        raise RuntimeError("cannot open {} in {}".format(POINTS_LAYER, path))
    return layer


def open_unplaced(path, language="nl"):
    from qgis.core import QgsVectorLayer

    title = {"nl": "Niet geplaatste voorzieningen", "en": "Facilities not placed"}[language]
    return QgsVectorLayer("{}|layername={}".format(path, UNPLACED_LAYER), title, "ogr")
