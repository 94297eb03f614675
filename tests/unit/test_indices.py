"""Normalisation and composite indices on small hand-made records (the algorithm itself)."""
import pytest

from rksd_plugin.core import indices
from rksd_plugin.core.catalog import Component, Question
from rksd_plugin.core.formula import Formula


class FakeIndicator:
    def __init__(self, key, direction="higher_is_risk", min_population=100, domain=""):
        self.id = key
        self.direction = direction
        self.min_population = min_population
        self.domain = domain
        self.formula = Formula(key)
        self.title = {"nl": key, "en": key}


def question(components, min_components=2, domains=False):
    return Question("q", 1, {"nl": "Q", "en": "Q"}, {"nl": "?", "en": "?"}, {}, "q_index", {"nl": "I", "en": "I"},
                    [Component(c, 1.0) for c in components], min_components, domains, [], [], {})


def test_percentile_is_mid_rank():
    ref = indices.Reference([10, 20, 20, 30], indices.NATIONAL)
    assert ref.percentile(5) == 0
    assert ref.percentile(20) == pytest.approx(50.0)  # 1 below, 2 equal -> (1 + 1) / 4
    assert ref.percentile(35) == 100


def test_orientation_makes_higher_more_risk():
    ref = indices.Reference([1, 2, 3, 4, 5], indices.GEMEENTE)
    high = indices.oriented_score(5, "higher_is_risk", indices.PERCENTILE, ref)
    low = indices.oriented_score(5, "lower_is_risk", indices.PERCENTILE, ref)
    assert high == pytest.approx(90.0) and low == pytest.approx(10.0)


def test_zscore_is_winsorised_at_three():
    ref = indices.Reference([0, 1, 2, 3, 4], indices.GEMEENTE)
    assert indices.oriented_score(100, "higher_is_risk", indices.ZSCORE, ref) == 3.0
    assert indices.oriented_score(-100, "higher_is_risk", indices.ZSCORE, ref) == -3.0
    assert indices.oriented_score(2, "higher_is_risk", indices.ZSCORE, ref) == pytest.approx(0.0)


def test_index100_needs_nederland():
    assert indices.oriented_score(12, "higher_is_risk", indices.INDEX100, None, nederland=8) == pytest.approx(150.0)
    assert indices.oriented_score(12, "lower_is_risk", indices.INDEX100, None, nederland=6) == pytest.approx(50.0)
    assert indices.oriented_score(12, "higher_is_risk", indices.INDEX100, None, nederland=None) is None


def records():
    return [
        {"code": "A", "inwoners": 500, "water": "NEE", "x": 10.0, "y": 1.0, "z": 5.0},
        {"code": "B", "inwoners": 500, "water": "NEE", "x": 20.0, "y": None, "z": 6.0},
        {"code": "C", "inwoners": 500, "water": "NEE", "x": 30.0, "y": 3.0, "z": None},
        {"code": "D", "inwoners": 40, "water": "NEE", "x": 40.0, "y": 4.0, "z": 8.0},
        {"code": "W", "inwoners": 0, "water": "JA", "x": None, "y": None, "z": None},
    ]


def run(method=indices.PERCENTILE, weights=None, min_components=2):
    data = records()
    found = {k: FakeIndicator(k) for k in ("x", "y", "z")}
    refs = {k: indices.Reference([1.0, 2.0, 3.0, 10.0, 20.0, 30.0, 40.0, 5.0, 6.0, 8.0], indices.NATIONAL)
            for k in found}
    summary = indices.compute_question(data, question(["x", "y", "z"], min_components), found, refs,
                                       {"x": 20.0, "y": 2.0, "z": 6.0}, method, weights)
    return {r["code"]: r for r in data}, summary


def test_missing_components_lower_the_count_and_are_never_zero():
    data, summary = run()
    b = data["B"]
    assert b["q_n"] == 2 and b["y_score"] is None
    assert b["q_index"] == pytest.approx((b["x_score"] + b["z_score"]) / 2)
    assert b["q_index"] != pytest.approx((b["x_score"] + b["z_score"] + 0) / 3)
    assert summary["buurten_with_index"] == 3


def test_index_only_with_k_components():
    data, _ = run(min_components=3)
    assert data["A"]["q_index"] is not None and data["B"]["q_index"] is None


def test_small_and_water_areas_are_flagged_not_ranked():
    data, _ = run()
    assert data["D"]["q_klein"] == "JA" and data["D"]["q_index"] is None and data["D"]["q_n"] == 0
    assert data["W"]["q_klein"] == "NEE" and data["W"]["q_index"] is None


def test_weights_are_applied_and_zero_weight_drops_a_component():
    data, summary = run(weights={"x": 3.0, "y": 1.0, "z": 0.0})
    a = data["A"]
    assert a["q_index"] == pytest.approx((3 * a["x_score"] + 1 * a["y_score"]) / 4)
    assert summary["weights"] == {"x": 3.0, "y": 1.0, "z": 0.0}


def test_weights_for_ignores_unknown_and_negative():
    q = question(["x", "y"])
    assert indices.weights_for(q, {"x": -2, "nonsense": 5}) == {"x": 0.0, "y": 1.0}


def test_worst_quintile_domains_count_distinct_domains():
    data = [{"code": "A", "inwoners": 500, "water": "NEE", "x": 100.0, "y": 100.0, "z": 0.0}]
    found = {"x": FakeIndicator("x", domain="geld"), "y": FakeIndicator("y", domain="geld"),
             "z": FakeIndicator("z", domain="zorg")}
    refs = {k: indices.Reference(list(range(1, 51)), indices.NATIONAL) for k in found}
    indices.compute_question(data, question(["x", "y", "z"], 1, domains=True), found, refs, {}, indices.PERCENTILE)
    assert data[0]["q_domeinen"] == 1 and data[0]["q_domeinen_n"] == 2
