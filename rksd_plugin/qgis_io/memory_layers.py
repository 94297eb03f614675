"""An ``AreaLayer`` as a QGIS memory layer (a change map made in the dock, not in a file)."""
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from .. import compat

_KINDS = {"string": "string", "int": "long", "real": "double", "bool": "bool"}


def memory_layer(area_layer, name):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(spec.name, compat.field_type(_KINDS[spec.type])) for spec in area_layer.fields])
    layer.updateFields()
    features = []
    for record, geometry in zip(area_layer.records, area_layer.geometries):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([record.get(spec.name) for spec in area_layer.fields])
        if geometry:
            shape = QgsGeometry()
            shape.fromWkb(bytes(geometry))
            feature.setGeometry(shape)
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def area_layer_from(vector_layer, level, field_names):
    """The features of ``vector_layer`` as a plain ``AreaLayer`` (``field_names`` only)."""
    from ..core.areas import AreaLayer, FieldSpec

    names = [n for n in field_names if vector_layer.fields().indexOf(n) >= 0]
    records, geometries = [], []
    for feature in vector_layer.getFeatures():
        record = {}
        for name in names:
            value = feature[name]
            record[name] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
        records.append(record)
        geometries.append(bytes(feature.geometry().asWkb()) if feature.hasGeometry() else None)
    fields = [FieldSpec(n, "string", {"nl": n, "en": n}, role="id" if n != "water" else "flag") for n in names]
    return AreaLayer(level=level, fields=fields, records=records, geometries=geometries)
