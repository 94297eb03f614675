"""Fixtures for the Processing tests of the network analyses (imported by those tests)."""
import pytest


@pytest.fixture
def rksd_processing(rksd_provider, qgis_new_project):
    """Processing initialised, the rksd provider registered, project CRS in metres."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    # QGIS's network algorithms scale their costs by the project's map units
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    return rksd_provider


def run(algorithm, parameters, feedback=None, context=None):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    return processing.run(algorithm, parameters, context=context, feedback=feedback or QgsProcessingFeedback())


class RecordingFeedback:
    """A Processing feedback that remembers progress and messages."""

    def __new__(cls, cancel_after=None):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.values, self.infos, self.errors = [], [], []
                self.progressChanged.connect(self._progress)

            def _progress(self, value):
                self.values.append(value)
                if cancel_after is not None and value >= cancel_after:
                    self.cancel()

            def pushInfo(self, info):  # noqa: N802 - QGIS API
                self.infos.append(info)
                super().pushInfo(info)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803 - QGIS API
                self.errors.append(error)
                super().reportError(error, fatalError)

        return _Feedback()


def values(layer, field_name):
    """Field values with QGIS NULL as None."""
    from qgis.core import NULL

    out = []
    for feature in layer.getFeatures():
        value = feature[field_name]
        out.append(None if value == NULL else value)
    return out


def town_roads(coords, part_starts, name="synthetic roads"):
    """A memory line layer (RD) of the street pieces of ``network_synthetic.town_grid``."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("LineString?crs=EPSG:28992", name, "memory")
    features = []
    for i in range(len(part_starts) - 1):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPolylineXY(
            [QgsPointXY(x, y) for x, y in coords[part_starts[i]:part_starts[i + 1]]]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def numbered_points(points, name, field="nr"):
    """A memory point layer (RD) of ``points`` with their number 0, 1, ... in integer ``field``."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:28992&field={}:integer".format(field), name, "memory")
    features = []
    for k, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
