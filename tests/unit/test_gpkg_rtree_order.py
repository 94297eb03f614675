"""The table-driven Hilbert order visits boxes exactly as the classic xy -> d conversion does."""
import numpy as np

from rksd_plugin.qgis_io.gpkg_rtree import hilbert_order


def classic_hilbert(x, y, bits):
    """The textbook conversion (one point at a time), for reference."""
    side = (1 << bits) - 1
    d = 0
    s = 1 << (bits - 1)
    while s > 0:
        rx = 1 if x & s else 0
        ry = 1 if y & s else 0
        d += s * s * ((3 * rx) ^ ry)
        if ry == 0:
            if rx == 1:
                x, y = side - x, side - y
            x, y = y, x
        s >>= 1
    return d


def test_order_follows_the_classic_curve():
    rng = np.random.default_rng(2)
    for n, capacity in ((700, 51), (40000, 4)):  # 5 bits (16-bit keys) and 10 bits (wider keys)
        xy = rng.uniform(0, 1000, (n, 2))
        boxes = np.column_stack([xy[:, 0], xy[:, 0] + 1, xy[:, 1], xy[:, 1] + 1])
        leaves = max(n / float(capacity), 1.0)
        bits = int(min(16, max(2, np.ceil(np.log2(np.sqrt(leaves))) + 3)))
        centre = xy + 0.5
        low = centre.min(axis=0)
        span = centre.max(axis=0) - low
        side = (1 << bits) - 1
        cx = ((centre[:, 0] - low[0]) / span[0] * side).astype(np.int64)
        cy = ((centre[:, 1] - low[1]) / span[1] * side).astype(np.int64)
        keys = np.array([classic_hilbert(int(a), int(b), bits) for a, b in zip(cx, cy)])
        assert (hilbert_order(boxes, capacity) == np.argsort(keys, kind="stable")).all()
    assert hilbert_order(np.zeros((0, 4))).size == 0
