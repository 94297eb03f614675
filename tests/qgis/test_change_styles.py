"""The change map's re-allocated mark: the visual language's ◊ with a dashed outline, drawn
(a crash here once took QGIS down) and named in the legend. SYNTHETIC squares, labelled."""
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsMapRendererSequentialJob, QgsMapSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from rksd_plugin import compat
from rksd_plugin.core import marks
from rksd_plugin.qgis_io.change_styles import change_renderer


def synthetic_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "SYNTHETIC change", "memory")
    layer.dataProvider().addAttributes([QgsField("water", compat.field_type("string")),
                                        QgsField("x_klasse", compat.field_type("long")),
                                        QgsField("x_herverdeeld", compat.field_type("string"))])
    layer.updateFields()
    features = []
    for left, moved in ((0, "JA"), (200, "NEE")):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} 0,{1} 0,{1} 100,{0} 100,{0} 0))".format(left, left + 100)))
        feature.setAttributes(["NEE", 1, moved])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def test_reallocated_areas_carry_the_mark_on_the_map_and_in_the_legend(qgis_app):
    layer = synthetic_layer()
    info = {"labels": {0: "0", 1: "+1", -1: "-1", -99: marks.words("not_comparable", "en")}, "breaks": [],
            "direction": "", "reallocated": 1}
    renderer = change_renderer("x", info, "en")
    labels = [rule.label() for rule in renderer.rootRule().children()]
    assert labels[-1] == "\u25ca re-allocated" and marks.symbol("reallocated") == "\u25ca"
    assert marks.words("not_comparable", "en") in labels
    layer.setRenderer(renderer)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(300, 100))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()

    fill = QColor(image.pixel(80, 80))  # the class colour, away from the mark

    def marked_pixels(x0, x1):
        return sum(1 for x in range(x0, x1) for y in range(30, 70)
                   if abs(QColor(image.pixel(x, y)).lightness() - fill.lightness()) > 60)

    # the ◊ in the middle of the re-allocated square; none in the other one
    assert marked_pixels(35, 65) > 5 and marked_pixels(235, 265) == 0
