"""rksd:zorgvraag_aanbod (2SFCA and gap): a hand-computed case and real Maastricht data."""
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from tests.support.network_fixtures import maastricht_buurten, maastricht_facilities, synthetic_points_on_network
from tests.support.network_fixtures import wageningen_edges
from tests.support.network_qgis import rksd_processing, run, values  # noqa: F401 - fixture


def layer_of(rows, fields, name):
    layer = QgsVectorLayer("Point?crs=EPSG:28992" + fields, name, "memory")
    features = []
    for (x, y), attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_hand_computed_case(rksd_processing):
    # SYNTHETIC: demand A (100) and B (300) 1 km apart, C unknown; practice X (2 FTE) between them,
    # practice Y (1 FTE) next to B. Catchment 800 m (straight line).
    demand = layer_of([((0, 0), ["A", 100.0]), ((1000, 0), ["B", 300.0]), ((5000, 0), ["C", None])],
                      "&field=code:string&field=n65:double", "synthetic demand")
    supply = layer_of([((500, 0), [2.0]), ((1100, 0), [1.0])], "&field=fte:double", "synthetic supply")
    result = run("rksd:zorgvraag_aanbod", {"DEMAND": demand, "DEMAND_FIELD": "n65", "SUPPLY": supply,
                                            "CAPACITY_FIELD": "fte", "CATCHMENT": 800, "OUTPUT": "memory:",
                                            "OUTPUT_GAP": "memory:", "OUTPUT_SUPPLY": "memory:"})
    access = dict(zip(values(result["OUTPUT"], "code"), values(result["OUTPUT"], "toegang")))
    assert access["A"] == pytest.approx(1000 * 2 / 400, abs=1e-3)
    assert access["B"] == pytest.approx(1000 * (2 / 400 + 1 / 300), abs=1e-3)
    assert access["C"] is None
    assert result["REFERENCE"] == pytest.approx(1000 * 3 / 400)
    gap = dict(zip(values(result["OUTPUT_GAP"], "code"), values(result["OUTPUT_GAP"], "gap_klasse")))
    assert gap == {"A": 3, "B": 2, "C": 0}  # A: low demand, low access; B: high demand, enough
    shortfall = dict(zip(values(result["OUTPUT"], "code"), values(result["OUTPUT"], "tekort")))
    assert shortfall["A"] == pytest.approx((7.5 - 5.0) * 100 / 1000, abs=1e-3)
    assert values(result["OUTPUT_SUPPLY"], "ratio_per_1000") == [pytest.approx(5.0, abs=1e-3), pytest.approx(3.333, abs=1e-3)]


@pytest.mark.parametrize("decay", [0, 1])
def test_maastricht_pharmacies_capacity_is_conserved(rksd_processing, decay):
    """Real data: 65+ per buurt (KWB 2024) and OSM pharmacies; 2SFCA hands out exactly the
    capacity that can reach any demand: sum(access x demand) = sum(capacity served)."""
    pharmacies = maastricht_facilities()
    pharmacies.setSubsetString("\"categorie\" = 'pharmacy'")
    result = run("rksd:zorgvraag_aanbod", {"DEMAND": maastricht_buurten(), "DEMAND_FIELD": "inwoners_65plus",
                                            "SUPPLY": pharmacies, "CATCHMENT": 2500, "DECAY": decay,
                                            "OUTPUT": "memory:", "OUTPUT_GAP": "memory:"})
    layer = result["OUTPUT"]
    handed_out = sum(a * d / 1000 for a, d in zip(values(layer, "toegang"), values(layer, "vraag")) if a is not None)
    assert handed_out == pytest.approx(pharmacies.featureCount() - result["UNSERVED_SUPPLY"], rel=1e-4)
    classes = values(result["OUTPUT_GAP"], "gap_klasse")
    assert classes.count(0) == 1  # the buurt without a (secret) 65+ figure: 'onbekend', not 0 demand
    assert set(classes) <= {0, 1, 2, 3, 4} and classes.count(1) >= 1


def test_network_catchment_on_wageningen(rksd_processing):
    edges = wageningen_edges()
    demand = synthetic_points_on_network(edges, 30, 173, 11, "demand")
    supply = synthetic_points_on_network(edges, 4, 911, 5, "supply")
    result = run("rksd:zorgvraag_aanbod", {"DEMAND": demand, "DEMAND_FIELD": "nr", "SUPPLY": supply,
                                            "NETWORK": edges, "CATCHMENT": 1500, "OUTPUT": "memory:",
                                            "OUTPUT_GAP": "memory:"})
    layer = result["OUTPUT"]
    assert set(values(layer, "methode")) == {"netwerk"}
    demand_values = values(layer, "vraag")
    handed_out = sum(a * d / 1000 for a, d in zip(values(layer, "toegang"), demand_values) if a is not None)
    assert handed_out == pytest.approx(4 - result["UNSERVED_SUPPLY"], rel=1e-4)


def test_bad_input(rksd_processing):
    supply = layer_of([((0, 0), [0.0])], "&field=fte:double", "synthetic supply")
    demand = layer_of([((0, 0), [10.0])], "&field=n:double", "synthetic demand")
    with pytest.raises(QgsProcessingException, match="total capacity is 0"):
        run("rksd:zorgvraag_aanbod", {"DEMAND": demand, "DEMAND_FIELD": "n", "SUPPLY": supply,
                                      "CAPACITY_FIELD": "fte", "OUTPUT": "memory:", "OUTPUT_GAP": "memory:"})
    with pytest.raises(QgsProcessingException, match="'nope' does not exist"):
        run("rksd:zorgvraag_aanbod", {"DEMAND": demand, "DEMAND_FIELD": "nope", "SUPPLY": supply,
                                      "OUTPUT": "memory:", "OUTPUT_GAP": "memory:"})
