"""The langer-thuis score: distance classes, renormalised weights, missing listed."""
import numpy as np
import pytest

from rksd_plugin.core.network import langer_thuis as lt


def test_distance_classes_at_their_bounds():
    points = lt.distance_points([0, 500, 500.1, 1000, 1000.1, 3000, 3000.1, np.nan])
    assert points[:7] == pytest.approx([100, 100, 200 / 3, 200 / 3, 100 / 3, 100 / 3, 0])
    assert np.isnan(points[7])
    assert lt.distance_points([250, 800], thresholds=(300,)).tolist() == [100.0, 0.0]


def test_defaults_after_published_practice():
    assert dict(lt.DEFAULT_WEIGHTS) == {"supermarkt": 52, "huisarts": 12, "apotheek": 12, "ontmoeting": 12,
                                        "fysio": 6, "ov": 6}
    assert lt.DEFAULT_THRESHOLDS == (500.0, 1000.0, 3000.0)


def test_score_renormalises_over_known_components():
    distances = {"supermarkt": np.array([400.0, 2000.0, np.nan]), "huisarts": np.array([1500.0, np.nan, np.nan])}
    score, points, used, missing = lt.score(distances, lt.DEFAULT_WEIGHTS)
    assert score[0] == pytest.approx((52 * 100 + 12 * 100 / 3) / 64)
    assert score[1] == pytest.approx(100 / 3)  # huisarts unknown: not counted as 0
    assert np.isnan(score[2])
    assert used.tolist() == [64.0, 52.0, 0.0]
    assert missing == [[], ["huisarts"], ["supermarkt", "huisarts"]]


def test_weights_are_editable_and_zero_means_not_scored():
    distances = {"supermarkt": np.array([400.0]), "huisarts": np.array([5000.0])}
    score, _, _, _ = lt.score(distances, {"supermarkt": 0, "huisarts": 1})
    assert score[0] == 0.0


def test_classes_and_attention():
    cls = lt.score_class([80, 75, 60, 30, 10, np.nan])
    assert cls.tolist() == [1, 1, 2, 3, 4, 0]
    flag, reference = lt.attention([40, 90, 40, 20], [30, 30, 10, np.nan])
    assert reference == pytest.approx(30)
    assert flag.tolist() == [1, 0, 0, -1]


def test_share_points():
    assert lt.share_points([20, 120], higher_is_better=False).tolist() == [80.0, 0.0]
