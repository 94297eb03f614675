"""Network distances: equal to QGIS's own shortest paths and to a plain Dijkstra.

On the real Wageningen OpenStreetMap network (WGS84, reprojected to EPSG:28992), with
SYNTHETIC origins and facilities placed at real network locations. QGIS measures on the
WGS84 ellipsoid, RKSD in RD metres: the two differ by RD's scale factor (about 1e-4 here),
well inside the allowed 5e-4. The plain Dijkstra below is written here, independently of
rksd_plugin.core.network: brute-force snapping, segments split at the points, heapq.
"""
import heapq
import math

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
)

from tests.support.network_fixtures import synthetic_points_on_network, wageningen_edges
from tests.support.network_qgis import numbered_points, rksd_processing, run, values  # noqa: F401 - fixture

RD = QgsCoordinateReferenceSystem("EPSG:28992")
FACILITIES = 10
ORIGINS = 6


def to_rd(layer):
    transform = QgsCoordinateTransform(layer.crs(), RD, QgsProject.instance())

    def convert(point):
        p = transform.transform(point)
        return (p.x(), p.y())

    return convert


def plain_dijkstra_distances(edges, origins, facilities):
    """Independent reference: distance from every origin to every facility, metres in RD."""
    convert = to_rd(edges)
    segments = []
    for feature in edges.getFeatures():
        geometry = feature.geometry()
        lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for line in lines:
            points = [convert(p) for p in line]
            segments += [(a, b) for a, b in zip(points, points[1:]) if a != b]

    def closest(p):
        best = None
        for index, (a, b) in enumerate(segments):
            dx, dy = b[0] - a[0], b[1] - a[1]
            t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
            d = math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)
            if best is None or d < best[0]:
                best = (d, index, t)
        return best[1], best[2]

    points = [("o", i, closest(convert(f.geometry().asPoint()))) for i, f in enumerate(origins.getFeatures())]
    points += [("f", i, closest(convert(f.geometry().asPoint()))) for i, f in enumerate(facilities.getFeatures())]
    on_segment = {}
    for kind, i, (segment, t) in points:
        on_segment.setdefault(segment, []).append((t, (kind, i)))
    adjacency = {}
    for index, (a, b) in enumerate(segments):
        chain = [(0.0, a)] + sorted(on_segment.get(index, []), key=lambda item: item[0]) + [(1.0, b)]
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        for (t0, n0), (t1, n1) in zip(chain, chain[1:]):
            adjacency.setdefault(n0, []).append((n1, (t1 - t0) * length))
            adjacency.setdefault(n1, []).append((n0, (t1 - t0) * length))
    table = []
    for i in range(origins.featureCount()):
        dist = {("o", i): 0.0}
        heap, done = [(0.0, 0, ("o", i))], set()
        counter = 1
        while heap:
            d, _, node = heapq.heappop(heap)
            if node in done:
                continue
            done.add(node)
            for nxt, w in adjacency.get(node, []):
                if d + w < dist.get(nxt, math.inf):
                    dist[nxt] = d + w
                    heapq.heappush(heap, (d + w, counter, nxt))
                    counter += 1
        table.append([dist.get(("f", k), math.inf) for k in range(facilities.featureCount())])
    return table


def layers():
    edges = wageningen_edges()
    facilities = synthetic_points_on_network(edges, FACILITIES, 97, 1, "facility")
    origins = synthetic_points_on_network(edges, ORIGINS, 389, 1234, "origin")
    return edges, origins, facilities


@pytest.fixture(scope="module")
def reference_table():
    """Computed once; holds plain numbers only (QGIS layers must not outlive a test)."""
    return plain_dijkstra_distances(*layers())


@pytest.fixture
def wageningen(reference_table):
    return layers() + (reference_table,)


def rksd_pairs(edges, origins, facilities):
    """Every origin-facility network distance from rksd's core, through its QGIS reader."""
    import numpy as np

    from rksd_plugin.core.network.network_reach import NetworkReach
    from rksd_plugin.core.network.snap import SegmentIndex
    from rksd_plugin.qgis_io import network_io

    context = QgsProcessingContext()
    graph = network_io.read_network(edges, context.transformContext())
    index = SegmentIndex.for_graph(graph)
    org = index.snap(network_io.read_points(origins, context.transformContext()).xy)
    fac = index.snap(network_io.read_points(facilities, context.transformContext()).xy)
    o, f, d = NetworkReach(graph).pairs_within(org, fac, 1e12)
    table = np.full((ORIGINS, FACILITIES), np.inf)
    table[o, f] = d
    return table


def test_equal_to_qgis_native_shortest_path(rksd_processing, wageningen):
    edges, origins, facilities, _ = wageningen
    ours = rksd_pairs(edges, origins, facilities)
    worst = 0.0
    compared = 0
    # measure on the WGS84 ellipsoid, as the comparison assumes: from QGIS 3.40 on, a context
    # without an ellipsoid measures the geographic edges in degrees
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setEllipsoid("EPSG:7030")
    for i, origin in enumerate(origins.getFeatures()):
        point = origin.geometry().asPoint()
        result = run("native:shortestpathpointtolayer", {
            "INPUT": edges, "STRATEGY": 0, "START_POINT": "{!r},{!r} [EPSG:4326]".format(point.x(), point.y()),
            "END_POINTS": facilities, "OUTPUT": "memory:",
        }, context=context)
        for feature in result["OUTPUT"].getFeatures():
            k = feature["nr"]
            native = feature["cost"]
            assert native != NULL and native > 0
            worst = max(worst, abs(ours[i, k] - native) / native)
            compared += 1
    print("max relative difference vs native:shortestpathpointtolayer: {:.2e} over {} pairs".format(worst, compared))
    assert compared == ORIGINS * FACILITIES
    assert worst <= 5e-4


def test_equal_to_plain_dijkstra(wageningen):
    edges, origins, facilities, reference = wageningen
    ours = rksd_pairs(edges, origins, facilities)
    worst = max(abs(ours[i][k] - reference[i][k]) / reference[i][k]
                for i in range(ORIGINS) for k in range(FACILITIES) if reference[i][k] > 0)
    print("max relative difference vs the plain Dijkstra: {:.2e}".format(worst))
    assert all(math.isfinite(reference[i][k]) for i in range(ORIGINS) for k in range(FACILITIES))
    assert worst <= 1e-9


def test_algorithm_nearest_equals_reference(rksd_processing, wageningen):
    edges, origins, facilities, reference = wageningen
    result = run("rksd:bereikbaarheid", {
        "ORIGINS": origins, "FACILITIES": facilities, "FACILITY_ID_FIELD": "nr", "NETWORK": edges,
        "RADII": "1000;2500", "OUTPUT": "memory:",
    })
    layer = result["OUTPUT"]
    assert result["METHOD"] == "netwerk"
    for row, feature in enumerate(layer.getFeatures()):
        expected = min(reference[row])
        assert feature["afstand_m"] == pytest.approx(expected, abs=0.051)  # stored with 1 decimal
        assert int(feature["voorziening"]) == reference[row].index(expected)
        assert feature["status"] == "ok"
        assert feature["binnen_1000"] == sum(1 for d in reference[row] if d <= 1000)
        assert feature["binnen_2500"] == sum(1 for d in reference[row] if d <= 2500)
        assert feature["aansluiting_m"] < 0.01  # the synthetic points lie on the roads


def grid_with_one_way_streets():
    """SYNTHETIC 5×5 street grid in RD with one-way streets (field 'oneway': yes / -1 / no)."""
    layer = QgsVectorLayer("LineString?crs=EPSG:28992&field=oneway:string", "synthetic one-way grid", "memory")
    features = []
    x0, y0 = 180000.0, 440000.0
    for i in range(5):
        for j in range(4):
            for horizontal in (True, False):
                a = (x0 + j * 120.0, y0 + i * 120.0) if horizontal else (x0 + i * 120.0, y0 + j * 120.0)
                b = (a[0] + 120.0, a[1]) if horizontal else (a[0], a[1] + 120.0)
                value = ("yes", "-1", "no", "no")[(i + 2 * j + horizontal) % 4]
                feature = QgsFeature(layer.fields())
                feature.setAttributes([value])
                feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*a), QgsPointXY(*b)]))
                features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_one_way_streets_equal_native(rksd_processing):
    roads = grid_with_one_way_streets()
    facilities = numbered_points([(180060.0, 440000.0), (180480.0, 440300.0), (180250.0, 440360.0)], "synthetic facilities")
    origins = [(180130.0, 440250.0), (180420.0, 440120.0), (180010.0, 440470.0), (180300.0, 440480.0)]
    ours = run("rksd:bereikbaarheid", {
        "ORIGINS": numbered_points(origins, "synthetic origins"), "FACILITIES": facilities, "NETWORK": roads,
        "ONEWAY_FIELD": "oneway", "OUTPUT": "memory:",
    })["OUTPUT"]
    distances = values(ours, "afstand_m")
    for (x, y), distance in zip(origins, distances):
        native = run("native:shortestpathpointtolayer", {
            "INPUT": roads, "STRATEGY": 0, "DIRECTION_FIELD": "oneway", "VALUE_FORWARD": "yes",
            "VALUE_BACKWARD": "-1", "VALUE_BOTH": "no", "DEFAULT_DIRECTION": 2,
            "START_POINT": "{},{} [EPSG:28992]".format(x, y), "END_POINTS": facilities, "OUTPUT": "memory:",
        })["OUTPUT"]
        costs = [c for c in values(native, "cost") if c is not None]
        assert distance == pytest.approx(min(costs), rel=5e-4, abs=0.06)


def test_disconnected_part_is_reported_not_zero(rksd_processing, wageningen):
    edges, _, facilities, _ = wageningen
    roads = QgsVectorLayer("LineString?crs=EPSG:4326", "wageningen plus an isolated street", "memory")
    copies = [QgsFeature(f) for f in edges.getFeatures()]
    island = QgsFeature()
    island.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(5.75, 52.02), QgsPointXY(5.752, 52.02)]))
    roads.dataProvider().addFeatures(copies + [island])
    origins = QgsVectorLayer("Point?crs=EPSG:4326", "origins", "memory")
    near_town, on_island = QgsFeature(), QgsFeature()
    near_town.setGeometry(QgsGeometry.fromPointXY(facilities.getFeature(1).geometry().asPoint()))
    on_island.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.751, 52.0201)))
    origins.dataProvider().addFeatures([near_town, on_island])
    result = run("rksd:bereikbaarheid", {"ORIGINS": origins, "FACILITIES": facilities, "NETWORK": roads,
                                          "OUTPUT": "memory:"})
    assert result["NO_CONNECTION_COUNT"] == 1
    assert values(result["OUTPUT"], "status") == ["ok", "geen_verbinding"]
    distances = values(result["OUTPUT"], "afstand_m")
    assert distances[0] == pytest.approx(0.0, abs=0.05) and distances[1] is None
    assert values(result["OUTPUT"], "rechtlijn_m")[1] > 1000  # the straight line is still given
