"""Population-weighted figures per area: unknown distances are never zero."""
import numpy as np
import pytest

from rksd_plugin.core.network.aggregate import weighted_area_figures, weighted_mean_by_area


def test_weighted_figures():
    area = np.array([0, 0, 0, 1, 1, -1])
    weight = np.array([10, 30, np.nan, 5, 5, 100])
    distance = np.array([100.0, 300.0, 50.0, np.inf, 800.0, 10.0])
    out = weighted_area_figures(area, weight, distance, 3, radii=[250.0, 1000.0])
    assert out["weight"].tolist() == [40.0, 10.0, 0.0]
    assert out["mean"][0] == pytest.approx((10 * 100 + 30 * 300) / 40)
    assert out["mean"][1] == pytest.approx(800.0)  # the unreachable point is not a 0
    assert np.isnan(out["mean"][2]) and np.isnan(out["within"][250.0][2])
    assert out["within"][250.0][0] == pytest.approx(25.0)
    assert out["within"][1000.0][1] == pytest.approx(50.0)
    assert out["share_unknown"][1] == pytest.approx(50.0)
    assert out["points"].tolist() == [3, 2, 0]


def test_weighted_mean():
    mean = weighted_mean_by_area([0, 0, 1], [1, 3, 2], [100, np.nan, 40], 2)
    assert mean.tolist() == [100.0, 40.0]
