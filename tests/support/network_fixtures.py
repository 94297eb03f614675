"""Real sample data for the network analysis tests, as QGIS layers.

- Wageningen OSMnx road network (real OSM, WGS84 shapefile without attributes);
- Maastricht OSM facilities (real OSM nodes, 2023) and GTFS stops (real, licence not stated);
- Maastricht buurten 2017 polygons (real CBS/Kadaster) with their KWB 2024 figures (real CBS,
  from the woonikveilig snapshot; same buurt codes 2017-2024).

The only made-up things are the SYNTHETIC facility/origin positions on the Wageningen
network (real network locations picked deterministically), named so in every layer.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(os.path.dirname(HERE), "fixtures", "samples")
WAGENINGEN_EDGES = os.path.join(SAMPLES, "osm_wageningen_2019_osmnx_network", "edges", "edges.shp")
MAASTRICHT_AMENITY = os.path.join(SAMPLES, "osm_maastricht_2023_pois", "amenity_selected.geojson")
MAASTRICHT_SHOP = os.path.join(SAMPLES, "osm_maastricht_2023_pois", "shop_selected.geojson")
MAASTRICHT_STOPS = os.path.join(SAMPLES, "gtfs_nl_maastricht_stops", "maastricht_stops_location_type0.csv")
MAASTRICHT_BUURTEN = os.path.join(SAMPLES, "maastricht_wijkbuurtkaart_2017", "maastricht_buurten_2017_wgs84.geojson")
KWB_MAASTRICHT = os.path.join(SAMPLES, "kwb2024_politie_rivm_per_buurt_woonikveilig", "GM0935.json")

KWB_FIELDS = (
    ("inwoners", "inwoners"), ("inwoners65plus", "inwoners_65plus"), ("afstandHuisarts", "afstand_huisarts"),
    ("afstandSupermarkt", "afstand_supermarkt"), ("afstandSchool", "afstand_school"),
)


def dispose(layer):
    """Let the project delete a file-based layer (deleting it from Python may crash QGIS 3.22)."""
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(layer, False)
    QgsProject.instance().removeMapLayer(layer.id())


def wageningen_edges():
    """The real network as an in-memory copy (WGS84, no attributes, like the shapefile)."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    source = QgsVectorLayer(WAGENINGEN_EDGES, "wageningen_osm_edges", "ogr")
    assert source.isValid(), WAGENINGEN_EDGES
    layer = source.materialize(QgsFeatureRequest())
    layer.setName("wageningen_osm_edges")
    dispose(source)
    return layer


def first_segment(feature):
    geometry = feature.geometry()
    line = geometry.asMultiPolyline()[0] if geometry.isMultipart() else geometry.asPolyline()
    return line[0], line[1]


def synthetic_points_on_network(edges, count, stride, offset, name):
    """SYNTHETIC points at real network locations: on edge (offset + k*stride) mod n, at the
    first vertex (even k) or 30 % along the first segment (odd k). WGS84, like the network."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    features = list(edges.getFeatures())
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=nr:integer&field=label:string", name, "memory")
    out = []
    for k in range(count):
        a, b = first_segment(features[(offset + k * stride) % len(features)])
        t = 0.0 if k % 2 == 0 else 0.3
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k, "synthetic {} {}".format(name, k)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()))))
        out.append(feature)
    layer.dataProvider().addFeatures(out)
    return layer


def maastricht_facilities():
    """Real OSM nodes (supermarkets, doctors, pharmacies, ...) with a ``categorie`` field."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=osm_id:string&field=categorie:string&field=naam:string",
                           "maastricht_osm_2023", "memory")
    out = []
    for path, key in ((MAASTRICHT_SHOP, "shop"), (MAASTRICHT_AMENITY, "amenity")):
        with open(path, encoding="utf-8") as handle:
            for item in json.load(handle)["features"]:
                properties = item["properties"]
                feature = QgsFeature(layer.fields())
                feature.setAttributes([properties["@id"], properties[key], properties.get("name")])
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*item["geometry"]["coordinates"])))
                out.append(feature)
    layer.dataProvider().addFeatures(out)
    return layer


def maastricht_stops():
    """Real GTFS stops (location_type 0) of the sample; the source states no licence."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=stop_id:string&field=categorie:string&field=naam:string",
                           "maastricht_gtfs_stops", "memory")
    out = []
    with open(MAASTRICHT_STOPS, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([row["stop_id"], "ov_halte", row["stop_name"]])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(row["stop_lon"]), float(row["stop_lat"]))))
            out.append(feature)
    layer.dataProvider().addFeatures(out)
    return layer


def kwb_buurten():
    with open(KWB_MAASTRICHT, encoding="utf-8") as handle:
        return {b["code"]: b["demografie"] for b in json.load(handle)["buurten"]}


def maastricht_buurten():
    """The 44 buurt polygons (WGS84) with code, naam and real KWB 2024 figures (NULL = missing)."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    source = QgsVectorLayer(MAASTRICHT_BUURTEN, "buurten", "ogr")
    assert source.isValid()
    originals = list(source.getFeatures())
    dispose(source)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "maastricht_buurten", "memory")
    fields = [QgsField("code", QVariant.String), QgsField("naam", QVariant.String)]
    fields += [QgsField(name, QVariant.Double) for _, name in KWB_FIELDS]
    fields += [QgsField("aandeel_65plus", QVariant.Double)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    kwb = kwb_buurten()
    out = []
    for feature in originals:
        figures = kwb.get(feature["BU_CODE"], {})
        values = [feature["BU_CODE"], feature["BU_NAAM"]] + [figures.get(key) for key, _ in KWB_FIELDS]
        inwoners, older = figures.get("inwoners"), figures.get("inwoners65plus")
        values.append(100.0 * older / inwoners if inwoners and older is not None else None)
        new = QgsFeature(layer.fields())
        new.setAttributes(values)
        new.setGeometry(feature.geometry())
        out.append(new)
    layer.dataProvider().addFeatures(out)
    return layer
