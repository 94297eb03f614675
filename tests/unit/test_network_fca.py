"""2SFCA on a case small enough to compute by hand."""
import numpy as np
import pytest

from rksd_plugin.core.network import fca


def test_two_step_by_hand():
    # demand A=100, B=300, C=unknown; supply X (capacity 2) reaches A and B, Y (1) reaches B
    o = np.array([0, 1, 1, 2])
    f = np.array([0, 0, 1, 1])
    d = np.array([500.0, 900.0, 200.0, 100.0])
    access, ratio = fca.two_step_fca(o, f, d, np.array([100.0, 300.0, np.nan]), np.array([2.0, 1.0, 5.0]), 1000.0)
    assert ratio[0] == pytest.approx(2 / 400)
    assert ratio[1] == pytest.approx(1 / 300)  # unknown demand C does not compete
    assert np.isnan(ratio[2])  # no demand within reach: reported, not spread
    assert access[0] == pytest.approx(2 / 400)
    assert access[1] == pytest.approx(2 / 400 + 1 / 300)
    assert np.isnan(access[2])
    # total accessible capacity equals the capacity that reached any demand
    assert np.nansum(access * np.array([100.0, 300.0, np.nan])) == pytest.approx(3.0)


def test_catchment_and_gaussian_decay():
    weights = fca.decay_weight(np.array([0.0, 500.0, 1000.0]), 1000.0, fca.GAUSSIAN)
    assert weights[0] == pytest.approx(1.0) and weights[2] == pytest.approx(0.0) and 0 < weights[1] < 1
    access, _ = fca.two_step_fca([0], [0], [1500.0], np.array([10.0]), np.array([1.0]), 1000.0)
    assert access[0] == 0.0


def test_gap_classes():
    demand = np.array([500.0, 500.0, 10.0, 10.0, np.nan])
    access = np.array([0.001, 0.02, 0.001, 0.02, 0.01])
    cls, threshold, shortfall = fca.gap_classes(demand, access, 0.01)
    assert threshold == pytest.approx(255.0)
    assert cls.tolist() == [fca.GAP_HIGH_DEMAND_LOW_ACCESS, fca.GAP_HIGH_DEMAND_ENOUGH,
                            fca.GAP_LOW_DEMAND_LOW_ACCESS, fca.GAP_LOW_DEMAND_ENOUGH, fca.GAP_UNKNOWN]
    assert shortfall[0] == pytest.approx((0.01 - 0.001) * 500)
    assert shortfall[1] == 0.0 and np.isnan(shortfall[4])
