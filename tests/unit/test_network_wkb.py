"""WKB decoding of road lines: the vectorised path and the general path agree."""
import struct

import numpy as np

from rksd_plugin.core.network.wkb import decode_lines


def linestring(points, order="<", code=2, dims=2):
    body = struct.pack(order + "I", len(points))
    for point in points:
        body += struct.pack(order + "d" * dims, *(list(point) + [7.0] * (dims - 2)))
    return (b"\x01" if order == "<" else b"\x00") + struct.pack(order + "I", code) + body


def multilinestring(lines, order="<"):
    head = (b"\x01" if order == "<" else b"\x00") + struct.pack(order + "I", 5) + struct.pack(order + "I", len(lines))
    return head + b"".join(linestring(line, order) for line in lines)


LINES = [[(0, 0), (10, 0)], [(10, 0), (10, 5), (12, 9)], [(1.5, 2.5), (3.5, 4.5)]]


def test_fast_path_for_plain_linestrings():
    coords, starts, feature = decode_lines([linestring(line) for line in LINES])
    assert starts.tolist() == [0, 2, 5, 7]
    assert feature.tolist() == [0, 1, 2]
    assert np.array_equal(coords, np.array([p for line in LINES for p in line], dtype=float))


def test_general_path_multi_z_m_big_endian_and_empty():
    blobs = [
        multilinestring(LINES[:2]),
        linestring(LINES[2], order=">"),
        linestring(LINES[0], code=1002, dims=3),  # ISO Z
        linestring(LINES[1], code=0x80000002, dims=3),  # EWKB Z flag
        linestring(LINES[2], code=3002, dims=4),  # ZM
        None,
        linestring([]),
    ]
    coords, starts, feature = decode_lines(blobs)
    assert feature.tolist() == [0, 0, 1, 2, 3, 4, 6]
    expected = LINES[0] + LINES[1] + LINES[2] + LINES[0] + LINES[1] + LINES[2]
    assert np.array_equal(coords, np.array(expected, dtype=float))
    assert starts.tolist() == [0, 2, 5, 7, 9, 12, 14, 14]


def test_points_fixed_size_mixed_multi_and_missing():
    from rksd_plugin.core.network.wkb import decode_points, point_wkb

    xy = np.array([[1.5, 2.5], [3.0, 4.0], [np.nan, np.nan]])
    fixed = point_wkb(xy)
    got, ok = decode_points(fixed.view("V21").ravel())  # as GDAL's Arrow reader hands them
    assert ok.tolist() == [True, True, False] and np.array_equal(got[:2], xy[:2])
    multi = b"\x01" + struct.pack("<II", 4, 1) + bytes(fixed[0])  # a MultiPoint of one point
    big_z = b"\x00" + struct.pack(">I", 1001) + struct.pack(">ddd", 7.0, 8.0, 9.0)
    two = b"\x01" + struct.pack("<II", 4, 2) + bytes(fixed[0]) + bytes(fixed[1])  # not one point
    got, ok = decode_points([multi, None, big_z, bytes(fixed[1]), two, b""])
    assert ok.tolist() == [True, False, True, True, False, False]
    assert got[0].tolist() == [1.5, 2.5] and got[2].tolist() == [7.0, 8.0] and got[3].tolist() == [3.0, 4.0]
    same, ok = decode_points([bytes(fixed[0]), bytes(fixed[1])])  # the vectorised path
    assert ok.all() and np.array_equal(same, xy[:2])
