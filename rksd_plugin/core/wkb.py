"""GeoJSON polygon geometry to WKB, in plain Python.

For a national-size download (14,000 buurten, ~130 MB of GeoJSON) going through
``json.dumps`` and OGR's JSON reader costs ten times more than packing the coordinate
arrays straight into WKB here. Always a MultiPolygon, as the GeoPackage layers are.
"""
import struct
from array import array
from itertools import chain

_MULTIPOLYGON = struct.pack("<BI", 1, 6)
_POLYGON = struct.pack("<BI", 1, 3)


class Wkb(bytes):
    """WKB bytes of a MultiPolygon (a marker type, so writers know what they hold)."""


def _ring(ring):
    if ring and len(ring[0]) == 2:
        coordinates = array("d", chain.from_iterable(ring))
    else:  # drop a third (z) value
        coordinates = array("d", chain.from_iterable(point[:2] for point in ring))
    if coordinates.itemsize != 8:  # pragma: no cover - every CPython has 8-byte doubles
        raise ValueError("unexpected double size")
    if struct.pack("=I", 1) != struct.pack("<I", 1):  # pragma: no cover - big-endian machine
        coordinates.byteswap()
    return struct.pack("<I", len(ring)) + coordinates.tobytes()


def _polygon(rings):
    return _POLYGON + struct.pack("<I", len(rings)) + b"".join(_ring(r) for r in rings)


def from_geojson(geometry):
    """``Wkb`` for a GeoJSON Polygon or MultiPolygon; None for a missing geometry."""
    if not geometry:
        return None
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates")
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates
    else:
        raise ValueError("not a polygon geometry: {}".format(kind))
    if not isinstance(polygons, list):
        raise ValueError("coordinates are not a list")
    return Wkb(_MULTIPOLYGON + struct.pack("<I", len(polygons)) + b"".join(_polygon(p) for p in polygons))


def merge(geometries):
    """One MultiPolygon ``Wkb`` of several (MultiPolygon WKB or GeoJSON) polygon geometries.

    The parts of one area under one code are disjoint, so their polygons are simply put
    together; no union is needed (nor possible without GEOS here)."""
    polygons = []
    for geometry in geometries:
        if geometry is None:
            continue
        data = geometry if isinstance(geometry, (bytes, bytearray)) else from_geojson(geometry)
        if data is None:
            continue
        if data[:5] != _MULTIPOLYGON:
            raise ValueError("not a little-endian MultiPolygon")
        count = struct.unpack_from("<I", data, 5)[0]
        polygons.append((count, bytes(data[9:])))
    if not polygons:
        return None
    return Wkb(_MULTIPOLYGON + struct.pack("<I", sum(c for c, _ in polygons)) + b"".join(p for _, p in polygons))
