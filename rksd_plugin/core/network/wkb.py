"""Decode (Multi)LineString WKB into flat vertex arrays, fast.

Reading a road network through Python one vertex at a time costs seconds for a large
gemeente; collecting each feature's WKB and decoding all of them here with numpy does
the same work in a fraction. ISO and EWKB flavours, Z/M ordinates (dropped) and both
byte orders are understood; a common, uniform input (2D little-endian LineStrings) takes
a fully vectorised path.
"""
import struct

import numpy as np

_LINESTRING = 2
_MULTILINESTRING = 5


def _flat_type(code):
    """(flat type, number of ordinates) from an ISO or EWKB geometry type code."""
    dims = 2
    if code & 0x80000000:
        dims += 1
    if code & 0x40000000:
        dims += 1
    code &= 0x0FFFFFFF
    if code >= 3000:
        dims = 4
        code -= 3000
    elif code >= 2000:
        dims = 3
        code -= 2000
    elif code >= 1000:
        dims = 3
        code -= 1000
    return code, dims


def _read_linestring(blob, offset, order, dims, parts):
    (count,) = struct.unpack_from(order + "I", blob, offset)
    offset += 4
    values = np.frombuffer(blob, dtype=order + "f8", count=count * dims, offset=offset)
    parts.append(values.reshape(count, dims)[:, :2].astype(np.float64))
    return offset + 8 * dims * count


def _read_geometry(blob, offset, parts):
    order = "<" if blob[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", blob, offset + 1)
    flat, dims = _flat_type(code)
    offset += 5
    if code & 0x20000000:  # EWKB SRID
        offset += 4
    if flat == _LINESTRING:
        return _read_linestring(blob, offset, order, dims, parts)
    if flat == _MULTILINESTRING:
        (count,) = struct.unpack_from(order + "I", blob, offset)
        offset += 4
        for _ in range(count):
            offset = _read_geometry(blob, offset, parts)
        return offset
    raise ValueError("not a (multi)linestring: WKB type {}".format(code))


def _fast_linestrings(blobs):
    """Vectorised decoding when every blob is a 2D little-endian ISO LineString."""
    if not blobs:
        return None
    lengths = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=len(blobs))
    if np.any((lengths - 9) % 16) or np.any(lengths < 9):
        return None
    data = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    if np.any(data[starts] != 1):
        return None
    header = data[(starts[:, None] + np.arange(1, 9)[None, :])].copy().view("<u4")
    if np.any(header[:, 0] != _LINESTRING):
        return None
    counts = header[:, 1].astype(np.int64)
    if np.any(counts * 16 + 9 != lengths):
        return None
    # byte positions of every coordinate: skip each record's 9-byte header
    keep = np.ones(data.size, dtype=bool)
    head = (starts[:, None] + np.arange(9)[None, :]).ravel()
    keep[head] = False
    coords = data[keep].copy().view("<f8").reshape(-1, 2)
    part_starts = np.concatenate(([0], np.cumsum(counts)))
    return coords, part_starts, np.arange(len(blobs), dtype=np.int64)


def decode_lines(blobs):
    """``blobs`` (one WKB bytes per feature, or None) -> (coords N×2, part_starts P+1, part_feature P).

    A MultiLineString contributes one part per member; ``part_feature`` maps each part to
    the index of its blob, so per-feature attributes (one-way, speed) follow each part.
    """
    present = [b for b in blobs if b]
    if len(present) == len(blobs):
        fast = _fast_linestrings(blobs)
        if fast is not None:
            return fast
    parts, part_feature = [], []
    for index, blob in enumerate(blobs):
        if not blob:
            continue
        before = len(parts)
        _read_geometry(bytes(blob), 0, parts)
        part_feature.extend([index] * (len(parts) - before))
    if not parts:
        return np.zeros((0, 2)), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64)
    counts = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
    coords = np.concatenate(parts) if parts else np.zeros((0, 2))
    return coords, np.concatenate(([0], np.cumsum(counts))), np.asarray(part_feature, dtype=np.int64)
