"""Disclosure control of own counts: small counts hidden, and no hidden count can be got back.

Areas and population are Maastricht's real ones (CBS KWB 2024, the bundled sample); the
client counts are SYNTHETIC (tests/support/own_data.py). Every test that says "cannot be
recovered" runs an attacker that sees only what is published and the public rules.
"""
import itertools
import json
import random

import pytest

from rksd_plugin.core.owndata import disclosure, model, release
from rksd_plugin.core.owndata.disclosure import Hierarchy, Rules, audit_tree, protect_column
from tests.support import own_data


def synthetic_column(seed, hierarchy, choices=(0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 14, 30, 80)):
    """SYNTHETIC counts per buurt: many small ones, some zeros, some large."""
    rng = random.Random(seed)
    return {leaf: rng.choice(choices) for leaf in hierarchy.leaves()}


def truth_of(leaf_values, hierarchy):
    return hierarchy.totals(leaf_values)


@pytest.fixture(scope="module")
def maastricht():
    return own_data.hierarchy()


def test_hierarchy_of_maastricht_is_real_and_nested(maastricht):
    leaves = maastricht.leaves()
    assert len(leaves) == 44 and all(c[0] == "buurt" for c in leaves)
    assert len([c for c in maastricht.cells() if c[0] == "wijk"]) == 7
    for total, parts in maastricht.groups():
        assert parts, total
    values = {leaf: 1 for leaf in leaves}
    assert maastricht.totals(values)[maastricht.root] == 44


def test_small_counts_are_hidden_zero_and_large_are_shown(maastricht):
    values = synthetic_column(1, maastricht)
    protection = protect_column(values, maastricht, Rules())
    truth = truth_of(values, maastricht)
    for cell, true in truth.items():
        if 1 <= true <= 4:
            assert cell in protection.hidden and protection.published[cell] is None
        if true == 0:
            assert protection.published[cell] == 0
        if cell not in protection.hidden:
            assert protection.published[cell] == true
    assert any(truth[c] >= 5 for c in protection.hidden), "secondary suppression hides some larger counts too"


@pytest.mark.parametrize("seed", range(8))
def test_no_hidden_count_follows_from_a_total_and_the_other_areas(maastricht, seed):
    values = synthetic_column(seed, maastricht)
    protection = protect_column(values, maastricht, Rules())
    published = {"c": protection.published}
    attacker = own_data.Attacker(maastricht, Rules(), published)
    assert attacker.naive_differences("c") == {}, "a group with only one hidden member"
    truth = {"c": truth_of(values, maastricht)}
    assert attacker.recovered(truth, "c") == []


@pytest.mark.parametrize("seed", range(6))
def test_the_audit_is_exact_on_the_hierarchy(maastricht, seed):
    """The plugin's interval propagation equals the attacker's linear programme, cell by cell."""
    values = synthetic_column(100 + seed, maastricht)
    protection = protect_column(values, maastricht, Rules())
    attacker = own_data.Attacker(maastricht, Rules(), {"c": protection.published})
    for cell in sorted(protection.hidden)[:12]:
        low, high = attacker.bounds(cell, [frozenset(["c"])])
        assert protection.intervals[cell] == pytest.approx((low, high)), cell


def test_a_hidden_pair_whose_sum_is_small_is_not_enough():
    """Two hidden buurten of 1 and 2 in a shown wijk: each knows the other (1 + 2 = 3)."""
    hierarchy = Hierarchy("GM9999", {"BU99990001": "WK999900", "BU99990002": "WK999900", "BU99990003": "WK999900",
                                     "BU99990101": "WK999901", "BU99990102": "WK999901"},
                          ["WK999900", "WK999901"])
    values = {("buurt", "BU99990001"): 1, ("buurt", "BU99990002"): 2, ("buurt", "BU99990003"): 7,
              ("buurt", "BU99990101"): 9, ("buurt", "BU99990102"): 11}
    protection = protect_column(values, hierarchy, Rules())
    assert ("buurt", "BU99990003") in protection.hidden
    exhaustive_check(hierarchy, Rules(), values, protection)


def exhaustive_check(hierarchy, rules, values, protection, limit=16):
    """Every integer table (values below ``limit``) that fits the published one, by brute force:
    each hidden small count must keep at least ``min_count - 1`` possible values."""
    import numpy as np

    leaves = hierarchy.leaves()
    cells = hierarchy.cells()
    truth = hierarchy.totals(values)
    free = [leaf for leaf in leaves if leaf in protection.hidden or any(
        parent in protection.hidden for parent in _ancestors(hierarchy, leaf))]
    assert len(free) <= 6, "too many free leaves for brute force"
    grid = np.array(list(itertools.product(range(limit), repeat=len(free))), dtype=np.int64).reshape(-1, len(free))
    table = np.zeros((grid.shape[0], len(leaves)), dtype=np.int64)
    for index, leaf in enumerate(leaves):
        table[:, index] = grid[:, free.index(leaf)] if leaf in free else truth[leaf]
    incidence = np.array([[1 if leaf in hierarchy.under(cell) else 0 for cell in cells] for leaf in leaves])
    totals = table @ incidence
    fits = np.ones(grid.shape[0], dtype=bool)
    for column, cell in enumerate(cells):
        shown = protection.published[cell]
        if shown is None:
            fits &= totals[:, column] >= 1
        else:
            low, high = rules.published_interval(truth[cell])
            fits &= (totals[:, column] >= low) & (totals[:, column] <= high)
    assert fits.any(), "the true table itself must fit"
    for column, cell in enumerate(cells):
        if cell in protection.hidden and 1 <= truth[cell] < rules.min_count:
            possible = set(totals[fits, column].tolist())
            assert len(possible) >= rules.min_count - 1, (cell, truth[cell], sorted(possible)[:10])


def _ancestors(hierarchy, cell):
    result = []
    while cell in hierarchy.parent:
        cell = hierarchy.parent[cell]
        result.append(cell)
    return result


@pytest.mark.parametrize("seed", range(5))
def test_exhaustive_search_finds_no_recoverable_count_in_small_gemeenten(seed):
    rng = random.Random(seed)
    wijk_of = {}
    for wijk in range(2):
        for buurt in range(rng.randint(2, 3)):
            wijk_of["BU9999{:02d}{:02d}".format(wijk, buurt)] = "WK9999{:02d}".format(wijk)
    hierarchy = Hierarchy("GM9999", wijk_of, set(wijk_of.values()))
    values = {leaf: rng.choice([0, 1, 2, 3, 6, 9]) for leaf in hierarchy.leaves()}
    protection = protect_column(values, hierarchy, Rules())
    exhaustive_check(hierarchy, Rules(), values, protection)


def test_complement_rule_hides_nearly_everybody(maastricht):
    """A buurt where almost every inhabitant of the group is a client says something about each of them."""
    leaf = maastricht.leaves()[0]
    values = {c: 50 for c in maastricht.leaves()}
    values[leaf] = 18
    bases = {leaf: 20.0}
    protection = protect_column(values, maastricht, Rules(), bases)
    assert leaf in protection.hidden
    off = protect_column(values, maastricht, Rules(complement=False), bases)
    assert leaf not in off.hidden


def test_rounding_to_five(maastricht):
    values = synthetic_column(3, maastricht)
    rules = Rules(round_to=5)
    protection = protect_column(values, maastricht, rules)
    truth = truth_of(values, maastricht)
    for cell, shown in protection.published.items():
        if shown is None:
            continue
        assert shown % 5 == 0
        assert shown != 0 or truth[cell] == 0, "a shown 0 is a true 0"
        assert abs(shown - truth[cell]) <= 2
    total = protection.published[maastricht.root]
    assert total == rules.rounded(truth[maastricht.root]), "the gemeente total is rounded from its true value"
    attacker = own_data.Attacker(maastricht, rules, {"c": protection.published})
    assert attacker.recovered({"c": truth}, "c") == []


def test_rules_are_checked():
    with pytest.raises(disclosure.DisclosureSettingsInvalid):
        Rules(min_count=2).check()
    with pytest.raises(disclosure.DisclosureSettingsInvalid):
        Rules(round_to=3).check()
    assert Rules(min_count=10).check().min_count == 10


def test_a_larger_minimum_hides_more(maastricht):
    values = synthetic_column(4, maastricht)
    five = protect_column(values, maastricht, Rules(min_count=5))
    ten = protect_column(values, maastricht, Rules(min_count=10))
    assert five.hidden < ten.hidden or len(ten.hidden) > len(five.hidden)
    truth = truth_of(values, maastricht)
    assert all(cell in ten.hidden for cell, v in truth.items() if 1 <= v <= 9)
    attacker = own_data.Attacker(maastricht, Rules(min_count=10), {"c": ten.published})
    assert attacker.recovered({"c": truth}, "c") == []


def test_counts_per_wijk(maastricht):
    wijk_level = own_data.hierarchy("wijk")
    assert all(c[0] == "wijk" for c in wijk_level.leaves())
    values = {leaf: v for leaf, v in zip(wijk_level.leaves(), [3, 40, 2, 60, 90, 12, 25])}
    protection = protect_column(values, wijk_level, Rules())
    attacker = own_data.Attacker(wijk_level, Rules(), {"c": protection.published})
    assert attacker.recovered({"c": truth_of(values, wijk_level)}, "c") == []


def test_the_release_never_says_which_hidden_count_is_small(maastricht):
    gemeente, buurten, wijken, gemeenten = own_data.maastricht_areas()
    values = synthetic_column(5, maastricht)
    counts = own_figures_counts(values)
    info = model.DatasetInfo("wmo", {"nl": "Wmo-cliënten", "en": "Wmo clients"}, synthetic=True)
    result = release.release_counts(counts, info, maastricht, 2024, Rules())
    text = result.to_json()
    for word in ("primary", "primair", "secondary", "secundair", "interval", "ranges"):
        assert word not in text.lower().replace("secondary suppression", "")
    hidden_values = {json.dumps(v) for v in result.published["wmo"].values() if v is None}
    assert hidden_values == {"null"}
    assert result.privacy["measures"]["wmo"]["hidden"]["buurt"] == sum(
        1 for key, v in result.published["wmo"].items() if key.startswith("buurt:") and v is None)
    again = model.Release.from_json(text)
    assert again.published == result.published and again.rules == result.rules


def own_figures_counts(values):
    from rksd_plugin.core.owndata.figures import Counts

    return Counts("buurt", {"wmo": dict(values)}, {"wmo": "Wmo"})


def test_audit_tree_handles_a_hidden_total(maastricht):
    values = {leaf: 10 for leaf in maastricht.leaves()}
    truth = maastricht.totals(values)
    hidden = {maastricht.root, ("wijk", "WK093500")}
    intervals = audit_tree(truth, hidden, maastricht, Rules())
    # a wijk hidden alone follows from its shown buurten, and then the gemeente from its wijken
    assert intervals[("wijk", "WK093500")] == (truth[("wijk", "WK093500")],) * 2
    assert intervals[maastricht.root] == (truth[maastricht.root],) * 2
    one_buurt = maastricht.children[("wijk", "WK093500")][0]
    wider = audit_tree(truth, hidden | {one_buurt}, maastricht, Rules())
    assert wider[maastricht.root][1] == float("inf") and wider[maastricht.root][0] == truth[maastricht.root] - 9


def test_the_attacker_and_the_brute_force_catch_primary_suppression_alone(maastricht):
    """Hiding only the small counts is not enough - and the tests notice it."""
    values = synthetic_column(1, maastricht)
    truth = truth_of(values, maastricht)
    naive = {cell: (None if 1 <= v <= 4 else v) for cell, v in truth.items()}
    attacker = own_data.Attacker(maastricht, Rules(), {"c": naive})
    assert attacker.naive_differences("c"), "some wijk has exactly one small buurt"
    assert attacker.recovered({"c": truth}, "c")
    small = Hierarchy("GM9999", {"BU99990001": "WK999900", "BU99990002": "WK999900"}, ["WK999900"])
    values = {("buurt", "BU99990001"): 2, ("buurt", "BU99990002"): 9}
    weak = disclosure.ColumnProtection({("buurt", "BU99990001"): None, ("buurt", "BU99990002"): 9,
                                        ("wijk", "WK999900"): 11, ("gemeente", "GM9999"): 11},
                                       {("buurt", "BU99990001")}, Rules())
    with pytest.raises(AssertionError):
        exhaustive_check(small, Rules(), values, weak)
