"""Linked own counts (per voorziening, with any, with two or more): no small combination leaks.

SYNTHETIC clients in Maastricht's real buurten (tests/support/own_data.py). The attacker
sees only published columns and solves its own linear programmes over the counts per
buurt and combination of voorzieningen.
"""
import itertools
import sys

import pytest

from rksd_plugin.core.owndata import linked, model, records, release
from rksd_plugin.core.owndata.disclosure import Rules
from rksd_plugin.core.owndata.figures import Counts
from tests.support import own_data


def combos_of(voorzieningen):
    return [frozenset(c) for k in range(1, len(voorzieningen) + 1) for c in itertools.combinations(voorzieningen, k)]


def column_combos(voorzieningen):
    every = combos_of(voorzieningen)
    result = {v: [c for c in every if v in c] for v in voorzieningen}
    result[linked.AT_LEAST_ONE] = every
    result[linked.TWO_OR_MORE] = [c for c in every if len(c) >= 2]
    return result


@pytest.fixture(scope="module")
def clients():
    gemeente, buurten, wijken, _ = own_data.maastricht_areas()
    rows = own_data.synthetic_clients(buurten)
    spec = records.RecordSpec("buurt", "buurtcode", voorziening_field="voorziening", unit_field="client_id")
    aggregate = records.aggregate_records(own_data.numbered(rows), spec, gemeente, [b["code"] for b in buurten],
                                          [w["code"] for w in wijken])
    return aggregate


@pytest.fixture(scope="module")
def protected(clients):
    hierarchy = own_data.hierarchy()
    protections, summary = linked.protect_linked(clients.atomic, clients.voorzieningen, hierarchy, Rules(),
                                                 stapeling=True)
    return hierarchy, protections, summary


def truth(aggregate, hierarchy, voorzieningen):
    result = {}
    for column, combos in column_combos(voorzieningen).items():
        leaf_values = {leaf: sum(n for combo, n in c.items() if combo in combos) for leaf, c in aggregate.atomic.items()}
        result[column] = hierarchy.totals(leaf_values)
    return result


def test_stapeling_is_audited_by_linear_programming(protected):
    _, protections, summary = protected
    assert summary["linked"] and summary["method"] == "lp" and summary["checked"] > 0
    assert set(protections) == {"jeugdwet", "participatiewet", "wmo", linked.AT_LEAST_ONE, linked.TWO_OR_MORE}


def test_no_hidden_count_of_any_column_can_be_narrowed(clients, protected):
    hierarchy, protections, _ = protected
    voorzieningen = clients.voorzieningen
    published = {key: p.published for key, p in protections.items()}
    attacker = own_data.Attacker(hierarchy, Rules(), published, column_combos(voorzieningen))
    true = truth(clients, hierarchy, voorzieningen)
    for column in published:
        assert attacker.recovered(true, column) == [], column


def test_no_small_combination_of_voorzieningen_can_be_derived(clients, protected):
    """E.g. "Wmo + Jeugdwet + Participatiewet" = sum of the three - any - two or more, per buurt."""
    hierarchy, protections, _ = protected
    voorzieningen = clients.voorzieningen
    published = {key: p.published for key, p in protections.items()}
    attacker = own_data.Attacker(hierarchy, Rules(), published, column_combos(voorzieningen))
    checked = 0
    for cell in hierarchy.cells():
        for combo in combos_of(voorzieningen):
            value = sum(clients.atomic.get(leaf, {}).get(combo, 0) for leaf in hierarchy.under(cell))
            if 1 <= value <= 4:
                low, high = attacker.bounds(cell, [combo])
                assert high - low >= 3 - 1e-6, (cell, sorted(combo), value, low, high)
                checked += 1
    assert checked > 20, "the synthetic clients must have small combinations to test"


def test_the_obvious_formula_gives_nothing_small(clients, protected):
    hierarchy, protections, _ = protected
    voorzieningen = clients.voorzieningen
    for cell in hierarchy.cells():
        shown = [protections[v].published[cell] for v in voorzieningen]
        every = protections[linked.AT_LEAST_ONE].published[cell]
        two = protections[linked.TWO_OR_MORE].published[cell]
        if None in shown or every is None or two is None:
            continue
        all_three = sum(shown) - every - two  # = n3 with three voorzieningen
        assert not 1 <= all_three <= 4, cell


def test_without_stapeling_each_voorziening_is_its_own_table(clients):
    hierarchy = own_data.hierarchy()
    protections, summary = linked.protect_linked(clients.atomic, clients.voorzieningen, hierarchy, Rules(),
                                                 stapeling=False)
    assert summary["method"] == "tree" and not summary["linked"]
    assert set(protections) == set(clients.voorzieningen)


def test_linked_columns_need_scipy(clients, monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy", None)
    monkeypatch.setitem(sys.modules, "scipy.optimize", None)
    with pytest.raises(linked.LinkedNeedsScipy):
        linked.protect_linked(clients.atomic, clients.voorzieningen, own_data.hierarchy(), Rules(), stapeling=True)


def test_too_many_voorzieningen_for_stapeling():
    names = ["v{}".format(i) for i in range(linked.MAX_VOORZIENINGEN + 1)]
    with pytest.raises(linked.TooManyVoorzieningen):
        linked.protect_linked({}, names, own_data.hierarchy(), Rules(), stapeling=True)


def test_a_total_beside_its_parts_is_protected_with_them():
    hierarchy = own_data.hierarchy()
    rng = __import__("random").Random(7)
    begeleiding = {leaf: rng.choice([0, 1, 2, 6, 15, 40]) for leaf in hierarchy.leaves()}
    hulp = {leaf: rng.choice([0, 2, 3, 8, 20]) for leaf in hierarchy.leaves()}
    totaal = {leaf: begeleiding[leaf] + hulp[leaf] for leaf in hierarchy.leaves()}
    counts = Counts("buurt", {"begeleiding": begeleiding, "hulp": hulp, "totaal": totaal},
                    {"begeleiding": "Begeleiding", "hulp": "Huishoudelijke hulp", "totaal": "Totaal"})
    info = model.DatasetInfo("wmo", {"nl": "Wmo", "en": "Wmo"}, synthetic=True)
    result = release.release_counts(counts, info, hierarchy, 2024, Rules())
    assert result.privacy["total_of_parts"] == {"total": "totaal", "parts": ["begeleiding", "hulp"]}
    published = {key: {tuple(k.split(":", 1)): v for k, v in values.items()} for key, values in result.published.items()}
    combos = {"begeleiding": [frozenset(["begeleiding"])], "hulp": [frozenset(["hulp"])],
              "totaal": [frozenset(["begeleiding"]), frozenset(["hulp"])]}
    attacker = own_data.Attacker(hierarchy, Rules(), published, combos)
    true = {key: hierarchy.totals(values) for key, values in counts.columns.items()}
    for column in published:
        assert attacker.recovered(true, column) == [], column
    for cell in hierarchy.cells():  # total - other part never gives a small hidden part
        if published["totaal"][cell] is not None and published["hulp"][cell] is not None:
            part = published["totaal"][cell] - published["hulp"][cell]
            assert published["begeleiding"][cell] is not None or not 1 <= part <= 4


def test_two_totals_are_refused():
    hierarchy = own_data.hierarchy()
    a = {leaf: 3 for leaf in hierarchy.leaves()}
    columns = {"a": a, "b": dict(a), "c": {k: 6 for k in a}, "d": {k: 9 for k in a}}
    with pytest.raises(release.TotalsTooComplex):
        release.find_total(columns)
