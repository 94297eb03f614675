"""Read a WFS answer in GML (3.2, 3.1 or 2) into GeoJSON-like features, in plain Python.

Only what the wijk- en buurtkaart needs: features with simple properties and one polygon
geometry (``Polygon``, ``Surface``, ``MultiSurface``, ``MultiPolygon``, ``CompositeSurface``)
written as ``posList``, ``pos`` or ``coordinates``. Coordinates are kept in the order the
server writes them (for EPSG:28992 that is x, y). An OWS exception report is recognised
so the caller can say what the server refused.
"""
import xml.etree.ElementTree as ET

_POLYGON_NAMES = {"Polygon", "PolygonPatch"}
_MEMBER_NAMES = {"member", "featureMember", "featureMembers"}


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse(body):
    """``(features, exception)``: GeoJSON-like features, or the text of an OWS exception."""
    root = ET.fromstring(body)
    name = local(root.tag)
    if name in ("ExceptionReport", "ServiceExceptionReport"):
        return [], exception_text(root)
    if name not in ("FeatureCollection",):
        raise ValueError("not a WFS FeatureCollection but {}".format(name))
    features = []
    for member in root.iter():
        if local(member.tag) not in _MEMBER_NAMES:
            continue
        for element in member:
            features.append(_feature(element))
    return features, None


def exception_text(root):
    parts = []
    for element in root.iter():
        if local(element.tag) in ("Exception", "ServiceException"):
            code = element.get("exceptionCode") or element.get("code") or ""
            locator = element.get("locator") or ""
            texts = [t.text.strip() for t in element.iter() if t.text and t.text.strip()]
            parts.append(" ".join(p for p in (code, locator, " ".join(texts)) if p))
    return "; ".join(parts) or "exception report"


def _feature(element):
    properties, geometry = {}, None
    for child in element:
        geometry_element = _first_geometry(child)
        if geometry_element is not None:
            geometry = geometry or _geometry(geometry_element)
            continue
        if len(child) == 0:
            nil = any(local(k) == "nil" and v == "true" for k, v in child.attrib.items())
            properties[local(child.tag)] = None if nil else (child.text or "").strip()
    feature_id = None
    for key, value in element.attrib.items():
        if local(key) == "id":
            feature_id = value
    return {"type": "Feature", "id": feature_id, "properties": properties, "geometry": geometry}


def _first_geometry(child):
    for element in child:
        if local(element.tag) in ("Polygon", "Surface", "MultiSurface", "MultiPolygon", "CompositeSurface"):
            return element
    return None


def _geometry(element):
    polygons = [_polygon(p) for p in element.iter() if local(p.tag) in _POLYGON_NAMES]
    polygons = [p for p in polygons if p]
    if not polygons:
        return None
    return {"type": "MultiPolygon", "coordinates": polygons}


def _polygon(element):
    rings = []
    for boundary in element:
        if local(boundary.tag) not in ("exterior", "interior", "outerBoundaryIs", "innerBoundaryIs"):
            continue
        for ring in boundary.iter():
            if local(ring.tag) == "LinearRing":
                points = _points(ring)
                if points:
                    rings.append(points)
    return rings


def _points(ring):
    for element in ring:
        name = local(element.tag)
        if name == "posList":
            dimension = int(element.get("srsDimension") or ring.get("srsDimension") or 2)
            values = [float(v) for v in (element.text or "").split()]
            return [values[i:i + 2] for i in range(0, len(values) - dimension + 1, dimension)]
        if name == "coordinates":  # GML 2: "x,y x,y"
            return [[float(v) for v in pair.split(",")[:2]] for pair in (element.text or "").split()]
    positions = [element for element in ring if local(element.tag) == "pos"]
    return [[float(v) for v in (p.text or "").split()[:2]] for p in positions]


def feature_type_names(body):
    """The ``Name`` of every ``FeatureType`` in a WFS GetCapabilities document."""
    root = ET.fromstring(body)
    names = []
    for element in root.iter():
        if local(element.tag) == "FeatureType":
            for child in element:
                if local(child.tag) == "Name" and child.text:
                    names.append(child.text.strip())
    return names
