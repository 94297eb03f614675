"""Inside the QGIS desktop (qgis-screenshot --code): run rksd:scenario on the demo's Maastricht data
and show its styled outputs with the side-by-side table, as a user sees them.

Needs `make demo` first (out/demo/maastricht.gpkg and planning.gpkg). The example scenario is
the demo's: the two ontmoeting/zorg sites whose closure costs least close, the two best
candidates open (straight-line: no road network is bundled).
"""
import os

from qgis.core import QgsFeature, QgsField, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

ROOT = os.environ.get("RKSD_ROOT", "/work/wt/i16")
DEMO = os.path.join(ROOT, "out", "demo")


def sites(planning, source, flag, name):
    from rksd_plugin.compat import field_type

    layer = QgsVectorLayer("Point?crs=EPSG:28992", name, "memory")
    layer.dataProvider().addAttributes([QgsField("naam", field_type("string")), QgsField("scenario", field_type("string"))])
    layer.updateFields()
    status = [f.name() for f in planning.fields()][-1]
    features = []
    for feature in planning.getFeatures():
        if feature["bron"] != source:
            continue
        copy = QgsFeature(layer.fields())
        copy.setAttributes([feature["naam"], "Voorbeeld: 2 dicht en 2 nieuw" if feature[status] == flag else ""])
        copy.setGeometry(feature.geometry())
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    return layer


def run():
    from qgis import processing

    planning = QgsVectorLayer(os.path.join(DEMO, "planning.gpkg") + "|layername=scenario_locaties", "p", "ogr")
    existing = sites(planning, "bestaand", "sluit", "ontmoeting/zorg (OSM)")
    candidates = sites(planning, "kandidaat", "nieuw", "kandidaten: voorbeeld (OSM)")
    wijken = QgsVectorLayer(os.path.join(DEMO, "maastricht.gpkg") + "|layername=wijken", "Wijken", "ogr")
    result = processing.runAndLoadResults("rksd:scenario", {
        "DEMAND": os.path.join(DEMO, "maastricht.gpkg") + "|layername=buurten", "DEMAND_FIELD": "inwoners_65plus",
        "FACILITIES": existing, "FACILITY_NAME_FIELD": "naam", "CLOSE_FIELD": "scenario",
        "CANDIDATES": candidates, "CANDIDATE_NAME_FIELD": "naam", "ADD_FIELD": "scenario", "THRESHOLD": 1000,
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    project = QgsProject.instance()
    table = project.mapLayer(result["OUTPUT_TABLE"]) if isinstance(result["OUTPUT_TABLE"], str) else None
    areas = project.mapLayer(result["OUTPUT"])
    from qgis.core import QgsSettings
    from qgis.PyQt.QtWidgets import QDockWidget

    from rksd_plugin.qgis_io.layers import outline_renderer

    wijken.setRenderer(outline_renderer("#303030", 0.5))
    project.addMapLayer(wijken, False)
    sites_layer = project.mapLayer(result["OUTPUT_SITES"])
    token = sites_layer.fields().names()[-1]
    sites_layer.setSubsetString("\"{}\" != '-'".format(token))  # the sites the scenario keeps, closes or opens
    root = project.layerTreeRoot()
    group = root.findLayer(areas.id()).parent()  # the run's outputs load together in one group
    order = [sites_layer, wijken, areas, table]  # points on top, then outlines, then the change map
    for position, layer in enumerate(order):
        node = root.findLayer(layer.id())
        if node is None:
            group.insertLayer(position, layer)
            continue
        clone = node.clone()
        group.insertChildNode(position, clone)
        node.parent().removeChildNode(node)
    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() in ("Browser", "Browser2"):
            dock.hide()
    QgsSettings().setValue("/qgis/dockAttributeTable", True)
    dialog = iface.showAttributeTable(table)
    dock = dialog.parentWidget() if isinstance(dialog.parentWidget(), QDockWidget) else None
    if dock is not None:  # a low table under a large map
        from qgis.PyQt.QtCore import Qt

        iface.mainWindow().resizeDocks([dock], [150], Qt.Orientation.Vertical)
    QTimer.singleShot(4000, lambda: zoom(areas, sites_layer))


def zoom(areas, sites_layer):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QDockWidget

    layers_dock = iface.mainWindow().findChild(QDockWidget, "Layers")
    if layers_dock is not None:  # wide enough for the legend's words
        iface.mainWindow().resizeDocks([layers_dock], [380], Qt.Orientation.Horizontal)
    node = QgsProject.instance().layerTreeRoot().findLayer(sites_layer.id())
    node.setExpanded(True)
    view = iface.layerTreeView()
    view.expand(view.node2index(node))
    canvas = iface.mapCanvas()
    extent = areas.extent()
    extent.scale(1.08)
    canvas.setExtent(extent)
    canvas.refresh()


QTimer.singleShot(3000, run)
