"""Demo maps of the analyses for Maastricht: reachability and "langer thuis wonen".

Called by scripts/demo.py after the buurten GeoPackage is written:
``run(out_dir, gpkg_path, language) -> [png paths]``. Runs the Processing algorithms
rksd:bereikbaarheid and rksd:langer_thuis (straight-line: no road network for Maastricht
ships with the plugin) on the buurten and the OpenStreetMap facilities shipped in
resources/sample/maastricht_osm, writes out_dir/analyses.gpkg and two PNG maps rendered
by QGIS. Standalone: ``python scripts/demo_analyses.py --gpkg out/demo/maastricht.gpkg``.
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

TEXT = {
    "reach_title": {"nl": "Afstand tot de dichtstbijzijnde supermarkt (hemelsbreed)",
                    "en": "Distance to the nearest supermarket (straight line)"},
    "reach_layer": {"nl": "Gem. afstand per buurt", "en": "Mean distance per buurt"},
    "thuis_title": {"nl": "Geschikt om langer thuis te wonen: voorzieningen dichtbij",
                    "en": "Suitability for living at home longer: facilities nearby"},
    "thuis_layer": {"nl": "Score (0\u2013100)", "en": "Score (0\u2013100)"},
    "supermarkets": {"nl": "Supermarkten (OSM)", "en": "Supermarkets (OSM)"},
    "wijken": {"nl": "Wijken", "en": "Wijken (districts)"},
    "subtitle": {"nl": "Maastricht (GM0935), buurten \u00b7 hemelsbreed vanuit punten elke 100 m in de buurt (vlakgewogen)",
                 "en": "Maastricht (GM0935), buurten \u00b7 straight line from points every 100 m in the buurt (area-weighted)"},
    "reach_note": {
        "nl": "Voorzieningen: OpenStreetMap-knooppunten, juli 2023 (alleen nodes; supermarkten als vlak "
              "ontbreken). Hemelsbreed, geen looproute. CBS-afstanden zijn wegafstanden vanaf alle adressen.",
        "en": "Facilities: OpenStreetMap nodes, July 2023 (nodes only; supermarkets mapped as areas are "
              "missing). Straight line, not a walking route. CBS distances are road distances from all addresses.",
    },
    "thuis_note": {
        "nl": "Gewichten: supermarkt 52, huisarts 12, apotheek 12, ontmoeting/zorg 12, fysio 6 (gangbare praktijk), "
              "OV-halte 6 (RKSD-keuze). Afstandsklassen \u2264 500 m, 0,5\u20131 km, 1\u20133 km, > 3 km. Fysio staat "
              "niet in de OSM-uitsnede (weggelaten, gewichten herschaald). OSM bevat maar 4 huisartsen: "
              "die component is te laag.",
        "en": "Weights: supermarket 52, GP 12, pharmacy 12, meeting/care 12, physio 6 (published practice), "
              "public-transport stop 6 (RKSD choice). Distance classes \u2264 500 m, 0.5\u20131 km, 1\u20133 km, "
              "> 3 km. Physio is not in the OSM extract (left out, weights rescaled). OSM holds only 4 GP "
              "practices: that component is too low.",
    },
    "attribution": {
        "nl": "Voorzieningen \u00a9 OpenStreetMap-bijdragers (ODbL); OV-haltes: GTFS NL (OVapi); "
              "buurten: CBS/Kadaster via PDOK (CC BY 4.0). Analyse: RKSD.",
        "en": "Facilities \u00a9 OpenStreetMap contributors (ODbL); stops: GTFS NL (OVapi); "
              "buurten: CBS/Kadaster via PDOK (CC BY 4.0). Analysis: RKSD.",
    },
}
_KEEP = []  # layers and projects the rendered maps still refer to


def _execute(algorithm_id, parameters, context):
    from qgis.core import QgsProcessingFeedback, QgsProcessingUtils
    from qgis_headless import rksd_algorithm

    algorithm = rksd_algorithm(algorithm_id)
    results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
    if not ok:
        raise RuntimeError("{} failed".format(algorithm_id))
    return QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context)


def _save(layer, path, name, first):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if first
                                    else QgsVectorFileWriter.CreateOrOverwriteLayer)
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    if error[0] != QgsVectorFileWriter.NoError:
        raise RuntimeError("writing {} failed: {}".format(name, error))


def _supermarkets_rd(facilities_path):
    """The OSM supermarkets reprojected to EPSG:28992 (the map's CRS) as a styled point layer."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsFeatureRequest,
        QgsMarkerSymbol,
        QgsProject,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )

    source = QgsVectorLayer(facilities_path, "facilities", "ogr")
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "supermarkets", "memory")
    transform = QgsCoordinateTransform(source.crs(), QgsCoordinateReferenceSystem("EPSG:28992"), QgsProject.instance())
    features = []
    for feature in source.getFeatures(QgsFeatureRequest().setFilterExpression("\"categorie\" = 'supermarkt'")):
        geometry = feature.geometry()
        geometry.transform(transform)
        copy = QgsFeature()
        copy.setGeometry(geometry)
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "square", "color": "#2b2b2b", "outline_color": "#ffffff", "outline_width": "0.2", "size": "1.6"})))
    _KEEP.append(source)
    return layer


def run(out_dir, gpkg_path, language="nl"):
    """Run both analyses on the demo GeoPackage and render two PNG maps; returns their paths."""
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

    from rksd_plugin.core import paths
    from rksd_plugin.qgis_io import network_styles, render
    from rksd_plugin.qgis_io.layers import outline_renderer

    os.makedirs(os.path.join(out_dir, "maps"), exist_ok=True)
    facilities = paths.resource("sample", "maastricht_osm", "maastricht_voorzieningen.geojson")
    buurten = "{}|layername=buurten".format(gpkg_path)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    reach = _execute("rksd:bereikbaarheid", {
        "ORIGINS": buurten, "FACILITIES": facilities, "CATEGORY_FIELD": "categorie", "FACILITY_ID_FIELD": "naam",
        "RADII": "500;1000;3000", "OUTPUT": "memory:"}, context)
    thuis = _execute("rksd:langer_thuis", {
        "AREAS": buurten, "FACILITIES": facilities, "CATEGORY_FIELD": "categorie",
        "FIELD_65PLUS": "aandeel_65plus", "OUTPUT": "memory:"}, context)
    analyses = os.path.join(out_dir, "analyses.gpkg")
    _save(reach, analyses, "bereikbaarheid", True)
    _save(thuis, analyses, "langer_thuis", False)

    project = QgsProject()
    reach_layer = QgsVectorLayer("{}|layername=bereikbaarheid".format(analyses), TEXT["reach_layer"][language], "ogr")
    reach_layer.setRenderer(network_styles.distance_renderer(
        reach_layer.geometryType(), "gem_afstand_supermarkt_m", [500, 1000, 3000], language))
    thuis_layer = QgsVectorLayer("{}|layername=langer_thuis".format(analyses), TEXT["thuis_layer"][language], "ogr")
    thuis_layer.setRenderer(network_styles.score_class_renderer(thuis_layer.geometryType(), "klasse", language))
    wijken = QgsVectorLayer("{}|layername=wijken".format(gpkg_path), TEXT["wijken"][language], "ogr")
    wijken.setRenderer(outline_renderer("#303030", 0.5))
    shops = _supermarkets_rd(facilities)
    shops.setName(TEXT["supermarkets"][language])
    for layer in (reach_layer, thuis_layer, wijken, shops):
        if not layer.isValid():
            raise RuntimeError("cannot open {}".format(layer.name()))
    for layer in (reach_layer, thuis_layer):  # the GeoPackage keeps the style for whoever opens it next
        message = layer.saveStyleToDatabase(layer.name(), "RKSD analysis style", True, "")
        if message:
            raise RuntimeError("storing the style of {} failed: {}".format(layer.name(), message))
    project.addMapLayers([reach_layer, thuis_layer, wijken, shops], False)
    written = []
    reach_png = os.path.join(out_dir, "maps", "bereikbaarheid_supermarkt.png")
    render.render_layer_png([shops, wijken, reach_layer], reach_png, TEXT["reach_title"][language],
                            TEXT["subtitle"][language], TEXT["attribution"][language], TEXT["reach_note"][language],
                            project=project)
    written.append(reach_png)
    thuis_png = os.path.join(out_dir, "maps", "langer_thuis_wonen.png")
    render.render_layer_png([wijken, thuis_layer], thuis_png, TEXT["thuis_title"][language],
                            TEXT["subtitle"][language], TEXT["attribution"][language], TEXT["thuis_note"][language],
                            project=project)
    written.append(thuis_png)
    _KEEP.extend([project, reach_layer, thuis_layer, wijken, shops])
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gpkg", default=os.path.join(ROOT, "out", "demo", "maastricht.gpkg"))
    parser.add_argument("--out", default=None, help="folder for analyses.gpkg and maps/ (default: the GeoPackage's)")
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from qgis_headless import start_qgis

    start_qgis()
    for path in run(args.out or os.path.dirname(os.path.abspath(args.gpkg)), args.gpkg, args.language):
        print("map:", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
