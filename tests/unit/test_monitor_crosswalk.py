"""Crosswalk and re-allocation on a SYNTHETIC split, merge, re-code and unchanged area.

Every figure here is made up (tests/support/monitor_synthetic.py); the answers were
worked out by hand from the drawing there."""
import pytest

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.monitor import carry, crosswalk, weights
from tests.support import monitor_synthetic as synthetic


@pytest.fixture(scope="module")
def catalog():
    return Catalog.load()


def carried(catalog, surface):
    walk = crosswalk.build("buurt", 2020, 2021, synthetic.OLD, synthetic.NEW, surface)
    keys = ["inwoners", "inwoners_65plus", "aandeel_65plus", "woz_waarde"]
    additive = {m for m, spec in catalog.measures.items() if spec.additive}
    formulas = {k: i.formula for k, i in catalog.indicators.items()}
    return walk, carry.carry(walk, synthetic.VALUES, keys, additive, formulas)


def test_split_merge_recode_unchanged_with_address_points(catalog):
    surface = weights.points_from_rows(synthetic.address_points(), provenance={"file": "synthetic"})
    walk, values = carried(catalog, surface)
    methods = {code: target.method for code, target in walk.targets.items()}
    assert methods == {"BU99990011": "reallocated", "BU99990012": "reallocated", "BU99990002": "reallocated",
                       "BU99990005": "recoded", "BU99990006": "direct"}
    # split: A's 1000 inhabitants go 30 : 70 by address points
    assert values["BU99990011"]["inwoners"].value == pytest.approx(300)
    assert values["BU99990012"]["inwoners"].value == pytest.approx(700)
    assert values["BU99990011"]["inwoners_65plus"].value == pytest.approx(60)
    assert values["BU99990011"]["inwoners"].weight_source == weights.ADDRESSES
    # a share is recomputed from the re-allocated counts, never averaged
    assert values["BU99990011"]["aandeel_65plus"].value == pytest.approx(20.0)
    assert values["BU99990011"]["aandeel_65plus"].method == "reallocated"
    # merge: B keeps its code, C comes in whole
    assert values["BU99990002"]["inwoners"].value == pytest.approx(2000)
    assert values["BU99990002"]["aandeel_65plus"].value == pytest.approx(250 / 2000 * 100)
    # 150 of its 200 address points (people) came from C: 75 % from another area
    assert walk.targets["BU99990002"].share_other == pytest.approx(0.75)
    assert walk.targets["BU99990011"].share_other == pytest.approx(1.0)
    # an average is never re-allocated: not comparable, with the reason
    assert values["BU99990002"]["woz_waarde"].value is None
    assert values["BU99990002"]["woz_waarde"].method == carry.NOT_COMPARABLE
    # re-coded and unchanged areas carry every value as published
    assert values["BU99990005"]["woz_waarde"].value == 400
    assert values["BU99990005"]["inwoners"].method == "recoded"
    assert values["BU99990005"]["inwoners"].sources == "BU99990004"
    assert values["BU99990006"]["woz_waarde"].value == 350
    assert walk.targets["BU99990006"].share_other == 0.0
    # totals are preserved
    total_old = sum(v["inwoners"] for v in synthetic.VALUES.values())
    assert sum(v["inwoners"].value for v in values.values()) == pytest.approx(total_old)


def test_without_weights_area_is_the_labelled_last_resort(catalog):
    walk, values = carried(catalog, None)
    assert values["BU99990011"]["inwoners"].value == pytest.approx(400)  # 40 % of A's area
    assert values["BU99990012"]["inwoners"].value == pytest.approx(600)
    assert values["BU99990011"]["inwoners"].weight_source == weights.AREA
    assert walk.targets["BU99990002"].share_other == pytest.approx(0.5)  # half the area was C


def test_a_missing_count_of_a_contributing_area_is_missing_not_zero(catalog):
    values = {k: dict(v) for k, v in synthetic.VALUES.items()}
    values["BU99990003"]["inwoners_65plus"] = None  # C's count secret
    walk = crosswalk.build("buurt", 2020, 2021, synthetic.OLD, synthetic.NEW, None)
    additive = {m for m, spec in catalog.measures.items() if spec.additive}
    out = carry.carry(walk, values, ["inwoners_65plus", "aandeel_65plus"], additive,
                      {k: i.formula for k, i in catalog.indicators.items()})
    assert out["BU99990002"]["inwoners_65plus"].value is None
    assert "BU99990003" in out["BU99990002"]["inwoners_65plus"].note
    assert out["BU99990002"]["aandeel_65plus"].value is None
    assert out["BU99990011"]["inwoners_65plus"].value == pytest.approx(80)


def test_a_reused_code_for_another_area_is_not_linked_by_code():
    # the old A's code now names the area of the old C (as Ermelo's BU02330002 did)
    new = {"BU99990001": synthetic.OLD["BU99990003"], "BU99990007": synthetic.OLD["BU99990001"],
           "BU99990002": synthetic.OLD["BU99990002"], "BU99990004": synthetic.OLD["BU99990004"],
           "BU99990006": synthetic.OLD["BU99990006"]}
    walk = crosswalk.build("buurt", 2020, 2021, synthetic.OLD, new, None)
    assert walk.targets["BU99990001"].method == "recoded"
    assert walk.targets["BU99990001"].sources[0].code == "BU99990003"
    assert walk.targets["BU99990007"].sources[0].code == "BU99990001"
    assert walk.targets["BU99990002"].method == "direct"


def test_equal_within_tolerance_is_direct_beyond_it_is_not():
    shifted = dict(synthetic.OLD)
    # F's and D's shared boundary moves 30 m: F changes by 2 %, within the 5 % tolerance
    shifted["BU99990004"] = synthetic.at(0, 1000, 1530, 2000)
    shifted["BU99990006"] = synthetic.at(1530, 1000, 3000, 2000)
    walk = crosswalk.build("buurt", 2020, 2021, synthetic.OLD, shifted, None)
    assert walk.targets["BU99990006"].method == "direct"
    assert walk.targets["BU99990006"].iou == pytest.approx(1470 / 1500, abs=0.01)
    moved = dict(synthetic.OLD)
    moved["BU99990004"] = synthetic.at(0, 1000, 1800, 2000)
    moved["BU99990006"] = synthetic.at(1800, 1000, 3000, 2000)
    walk = crosswalk.build("buurt", 2020, 2021, synthetic.OLD, moved, None)
    assert walk.targets["BU99990006"].method == "reallocated"
    assert walk.targets["BU99990004"].method == "reallocated"
