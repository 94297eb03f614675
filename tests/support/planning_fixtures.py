"""Real data for the planning tests, as QGIS layers (issue 16).

- the 33 Wageningen buurten of 2020 (real CBS/Kadaster polygons, RD) with the real KWB 2024
  ``inwoners65plus`` (NULL where CBS has none), and the real Wageningen OSM road network;
- SYNTHETIC site placements: real network locations (vertices of real OSM edges) picked
  deterministically and named "synthetic ..." in their layers.
"""
import json
import os

from .network_fixtures import SAMPLES

WAGENINGEN_BUURTEN = os.path.join(SAMPLES, "cbs_gebiedsindelingen_buurt_2020_wageningen",
                                  "buurt_2020_GM0289_gegeneraliseerd_rd.geojson")
KWB_WAGENINGEN = os.path.join(SAMPLES, "kwb2024_politie_rivm_per_buurt_woonikveilig", "GM0289.json")


def wageningen_buurten():
    """The 33 buurt polygons (EPSG:28992) with code, naam and real inwoners / inwoners_65plus."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from rksd_plugin.compat import field_type

    with open(KWB_WAGENINGEN, encoding="utf-8") as handle:
        figures = {b["code"]: b["demografie"] for b in json.load(handle)["buurten"]}
    with open(WAGENINGEN_BUURTEN, encoding="utf-8") as handle:
        collection = json.load(handle)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "wageningen_buurten_2020", "memory")
    layer.dataProvider().addAttributes([QgsField("code", field_type("string")), QgsField("naam", field_type("string")),
                                        QgsField("inwoners", field_type("double")),
                                        QgsField("inwoners_65plus", field_type("double"))])
    layer.updateFields()
    out = []
    for item in collection["features"]:
        code = item["properties"]["statcode"]
        demo = figures.get(code, {})
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, item["properties"]["statnaam"], demo.get("inwoners"), demo.get("inwoners65plus")])
        feature.setGeometry(QgsGeometry.fromWkt(_wkt(item["geometry"])))
        out.append(feature)
    layer.dataProvider().addFeatures(out)
    return layer


def _wkt(geometry):
    def ring(coords):
        return "(" + ", ".join("{} {}".format(x, y) for x, y in coords) + ")"

    if geometry["type"] == "Polygon":
        return "MULTIPOLYGON((" + ", ".join(ring(r) for r in geometry["coordinates"]) + "))"
    return "MULTIPOLYGON(" + ", ".join("(" + ", ".join(ring(r) for r in polygon) + ")"
                                       for polygon in geometry["coordinates"]) + ")"


def synthetic_sites(edges, count, stride, offset, name, field_values=None):
    """SYNTHETIC sites at the first vertex of real edges (offset + k*stride), WGS84 like the network.

    ``field_values``: optional {field name: [value per site]} (strings)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from .network_fixtures import first_segment

    extra = "".join("&field={}:string".format(key) for key in (field_values or {}))
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=nr:integer&field=naam:string" + extra, "synthetic " + name, "memory")
    features = list(edges.getFeatures())
    out = []
    for k in range(count):
        a, _ = first_segment(features[(offset + k * stride) % len(features)])
        feature = QgsFeature(layer.fields())
        values = [k, "synthetic {} {}".format(name, k)]
        values += [field_values[key][k] for key in (field_values or {})]
        feature.setAttributes(values)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(a.x(), a.y())))
        out.append(feature)
    layer.dataProvider().addFeatures(out)
    return layer
