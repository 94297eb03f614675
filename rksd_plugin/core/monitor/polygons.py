"""Polygon geometry (MultiPolygon WKB as the pipeline holds it, or GeoJSON) as ring arrays.

The monitor only needs the rings of each area to put it on a grid; decoding the WKB here
keeps the core free of GEOS and OGR.
"""
import struct

import numpy as np

from ..network.wkb import flat_type, read_point_run

_POLYGON = 3
_MULTIPOLYGON = 6


def rings_of(geometry):
    """Every ring of a (Multi)Polygon as an ``(n, 2)`` float array; [] for None.

    Holes are rings like any other: the grid fill uses the even-odd rule, so a hole is
    left out without knowing which ring is which."""
    if geometry is None:
        return []
    if isinstance(geometry, (bytes, bytearray, memoryview)):
        rings = []
        _read(bytes(geometry), 0, rings)
        return rings
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates") or []
    polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else None
    if polygons is None:
        raise ValueError("not a polygon geometry: {}".format(kind))
    return [np.asarray([p[:2] for p in ring], dtype=np.float64) for polygon in polygons for ring in polygon if ring]


def _read(blob, offset, rings):
    order = "<" if blob[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", blob, offset + 1)
    offset += 5
    if code & 0x20000000:  # EWKB SRID
        offset += 4
    flat, dims = flat_type(code)
    if flat == _POLYGON:
        (count,) = struct.unpack_from(order + "I", blob, offset)
        offset += 4
        for _ in range(count):
            offset = read_point_run(blob, offset, order, dims, rings)
        return offset
    if flat == _MULTIPOLYGON:
        (count,) = struct.unpack_from(order + "I", blob, offset)
        offset += 4
        for _ in range(count):
            offset = _read(blob, offset, rings)
        return offset
    raise ValueError("not a (multi)polygon: WKB type {}".format(code))


def bounds(rings):
    """``(xmin, ymin, xmax, ymax)`` of rings, or None when there are none."""
    if not rings:
        return None
    stacked = np.concatenate(rings)
    return float(stacked[:, 0].min()), float(stacked[:, 1].min()), float(stacked[:, 0].max()), float(
        stacked[:, 1].max())

