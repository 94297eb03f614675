"""A SYNTHETIC boundary change with known answers (split, merge, re-code, unchanged).

Nothing here is real: square buurten of 1 km on made-up codes of a made-up gemeente
(GM9999), made-up counts and address points. It exists to check the re-allocation
arithmetic against answers worked out by hand (tests/unit/test_monitor_crosswalk.py).

    2020 (old)                          2021 (new)
    +-------------+------------+        +-------------+------------+
    | D           | F          |        | E (= D)     | F (same)   |
    +------+------+------+-----+        +----+--------+------------+
    | A           | B    | C   |        | A1 | A2     | B (= B + C)|
    +------+------+------+-----+        +----+--------+------------+
"""


def box(x0, y0, x1, y1):
    return {"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]}


BASE_X, BASE_Y = 150000.0, 450000.0


def at(x0, y0, x1, y1):
    return box(BASE_X + x0, BASE_Y + y0, BASE_X + x1, BASE_Y + y1)


OLD = {
    "BU99990001": at(0, 0, 1000, 1000),      # A: split into A1 and A2
    "BU99990002": at(1000, 0, 2000, 1000),   # B: keeps its code, gains C
    "BU99990003": at(2000, 0, 3000, 1000),   # C: merged into B
    "BU99990004": at(0, 1000, 1500, 2000),   # D: re-coded as E
    "BU99990006": at(1500, 1000, 3000, 2000),  # F: unchanged
}
NEW = {
    "BU99990011": at(0, 0, 400, 1000),       # A1
    "BU99990012": at(400, 0, 1000, 1000),    # A2
    "BU99990002": at(1000, 0, 3000, 1000),   # B + C
    "BU99990005": at(0, 1000, 1500, 2000),   # E (the area of D)
    "BU99990006": at(1500, 1000, 3000, 2000),  # F
}
# made-up counts of 2020 and one made-up average (not a count)
VALUES = {
    "BU99990001": {"inwoners": 1000, "inwoners_65plus": 200, "woz_waarde": 250},
    "BU99990002": {"inwoners": 500, "inwoners_65plus": 100, "woz_waarde": 300},
    "BU99990003": {"inwoners": 1500, "inwoners_65plus": 150, "woz_waarde": 200},
    "BU99990004": {"inwoners": 800, "inwoners_65plus": 80, "woz_waarde": 400},
    "BU99990006": {"inwoners": 300, "inwoners_65plus": 60, "woz_waarde": 350},
}


def address_points():
    """Made-up address points: 30 in A1's part of A, 70 in A2's part, 50 in B, 150 in C,
    40 in D, 20 in F (one per point)."""
    points = []

    def scatter(n, x0, x1, y0=100, y1=900):
        for k in range(n):
            points.append((BASE_X + x0 + (x1 - x0) * (k + 0.5) / n, BASE_Y + y0 + (y1 - y0) * ((k * 7) % n + 0.5) / n))

    scatter(30, 0, 400)
    scatter(70, 400, 1000)
    scatter(50, 1000, 2000)
    scatter(150, 2000, 3000)
    scatter(40, 0, 1500, 1100, 1900)
    scatter(20, 1500, 3000, 1100, 1900)
    return points
