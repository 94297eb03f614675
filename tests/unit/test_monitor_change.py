"""When a change of a model estimate counts, and the interval bounds on their way.

The interval figures here are SYNTHETIC (the samples hold no RIVM bounds): a made-up
table in 50150NED's layout with values and 95 % bounds for two periods."""
import math

from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.monitor import change, history
from tests.support.cbs_emulator import CbsEmulator, TableSnapshot
from tests.support.loopback import LoopbackServer


def test_the_rule_uses_the_combined_standard_error():
    # se = (upper - lower) / 3.92: here 1.0 in both years; the threshold is 1.96 * sqrt(2) = 2.77
    assert change.test(50.0, 52.7, True, (48.04, 51.96), (50.74, 54.66)) == change.WITHIN_MARGIN
    assert change.test(50.0, 52.8, True, (48.04, 51.96), (50.84, 54.76)) == change.SIGNIFICANT
    # not overlapping is stricter than needed: these intervals overlap, yet the change counts
    a, b = (48.04, 51.96), (50.84, 54.76)
    assert a[1] > b[0]
    assert change.test(50.0, 52.0, True, (None, None), (50.0, 54.0)) == change.NOT_TESTED
    assert change.test(50.0, 52.0, False) == change.NOT_A_MODEL


def test_classes_are_symmetric_and_within_margin_is_no_change():
    items = [change.Change("a", 10, 12, 2, 20, change.NOT_A_MODEL, True),
             change.Change("b", 10, 9, -1, -10, change.NOT_A_MODEL, True),
             change.Change("c", 10, 15, 5, 50, change.WITHIN_MARGIN, True),
             change.Change("d", None, 3, None, None, None, False)]
    cuts = change.classified(items, change.ABSOLUTE)
    assert cuts == sorted(cuts)
    assert items[0].klass > 0 and items[1].klass < 0
    assert items[2].klass == 0  # a model estimate within its margin is no change
    assert items[3].klass == change.NO_VALUE_CLASS
    labels = change.class_labels(cuts, "%", "nl")
    assert labels[change.NO_VALUE_CLASS] == "geen vergelijkbare waarde"
    assert labels[1].startswith("0 tot +") and labels[-1].startswith("0 tot -")


def synthetic_rivm():
    """SYNTHETIC: made-up values and bounds for one buurt, 18+, periods 2020 and 2024."""
    rows = []
    for period, (value, low, high) in (("2020JJ00", (70.0, 67.0, 73.0)), ("2024JJ00", (62.0, 59.5, 64.5))):
        for margin, number in (("MW00000", value), ("MOG0095", low), ("MBG0095", high)):
            rows.append({"ID": len(rows), "Leeftijd": "20300", "Marges": margin, "WijkenEnBuurten": "BU99990001",
                         "Perioden": period, "GoedErvarenGezondheid_4": number})
    properties = [{"ID": 0, "Type": "Topic", "Key": "GoedErvarenGezondheid_4", "Title": "Goed ervaren gezondheid",
                   "ParentID": None, "Unit": "%"}]
    infos = [{"ID": 0, "Title": "SYNTHETIC table in 50150NED's layout", "Identifier": "50150NED", "Modified": None}]
    return TableSnapshot("50150NED", infos, properties, rows)


def test_history_reads_the_bounds_and_the_rule_decides(catalog):
    with LoopbackServer({"dataderden.cbs.nl": CbsEmulator([synthetic_rivm()])}) as server:
        transport = Transport(fetcher=RequestsFetcher(), endpoint_overrides=server.overrides(), retries=0)
        source = catalog.sources["rivm"]
        table = dict(source.tables["2024"], year=2024)
        fetched = history.fetch(transport, source, table, "GM9999", [catalog.measures["rivm_gezondheid_goed_18"]],
                                2019, 2024)
    assert sorted(fetched.values) == [2020, 2022, 2024]
    assert fetched.values[2020]["BU99990001"]["rivm_gezondheid_goed_18"] == (70.0, 67.0, 73.0)
    assert fetched.values[2024]["BU99990001"]["rivm_gezondheid_goed_18"] == (62.0, 59.5, 64.5)
    assert fetched.values[2022] == {}
    assert "MOG0095" in fetched.record["filter"] and "MBG0095" in fetched.record["filter"]
    # the indicator 'matig/slecht' = 100 - goed: its bounds swap ends
    formula = catalog.indicators["gezondheid_matig_slecht_65"].formula
    assert history.interval_of(formula, {"rivm_gezondheid_goed_65": (70.0, 67.0, 73.0)}) == (27.0, 33.0)
    se = math.sqrt(((73.0 - 67.0) / 3.92) ** 2 + ((64.5 - 59.5) / 3.92) ** 2)
    assert abs(62.0 - 70.0) > 1.96 * se
    rows = {2020: {"a": {"waarde": 70.0, "ondergrens": 67.0, "bovengrens": 73.0, "methode": "direct"}},
            2024: {"a": {"waarde": 62.0, "ondergrens": 59.5, "bovengrens": 64.5, "methode": "direct"}}}
    assert change.between(rows[2020], rows[2024], True)["a"].test == change.SIGNIFICANT
