"""Peer groups: size band and urbanity, widened when too few, or chosen by hand.

The rows are SYNTHETIC (made-up gemeenten GM9001...) so every rule is exercised."""
from rksd_plugin.core.monitor import peers

BANDS = [0, 5000, 10000, 20000, 50000, 100000, 150000, 250000]


def rows(urbanities):
    result = {"GM9000": {"inwoners": 30000, "stedelijkheid": 3, "bevolkingsdichtheid": 900}}
    for index, (inhabitants, urbanity) in enumerate(urbanities, start=1):
        result["GM{}".format(9000 + index)] = {"inwoners": inhabitants, "stedelijkheid": urbanity,
                                               "bevolkingsdichtheid": 100 * index}
    result["NL00"] = {"inwoners": 17900000, "bevolkingsdichtheid": 530}
    return result


def test_same_band_and_urbanity_when_there_are_enough():
    data = rows([(25000, 3)] * 5 + [(26000, 2), (60000, 3)])
    group = peers.choose("GM9000", 2024, data, BANDS, 5)
    assert group.rule == peers.BY_BAND_AND_URBANITY and group.band == (20000, 50000)
    assert group.codes == ["GM9001", "GM9002", "GM9003", "GM9004", "GM9005"]


def test_widened_then_band_only():
    data = rows([(25000, 3)] * 2 + [(26000, 2)] * 2 + [(27000, 4), (28000, 5)])
    group = peers.choose("GM9000", 2024, data, BANDS, 5)
    assert group.rule == peers.BY_BAND_URBANITY_WIDENED and "GM9006" not in group.codes and len(group.codes) == 5
    data = rows([(25000, 1)] * 4 + [(26000, None)] * 3)
    group = peers.choose("GM9000", 2024, data, BANDS, 5)
    assert group.rule == peers.BY_BAND and len(group.codes) == 7 and "4 of 7" in group.note


def test_by_hand_and_the_statistics(catalog):
    data = rows([(25000, 3)] * 5)
    group = peers.choose("GM9000", 2024, data, BANDS, 5, by_hand=["GM9001", "9002", "GM9099"])
    assert group.rule == peers.BY_HAND and group.codes == ["GM9001", "GM9002", "GM9099"]
    assert "GM9099" in group.note
    stats = peers.compare(group, data, catalog, ["bevolkingsdichtheid"])
    assert stats[0].n == 2 and stats[0].median == 150 and stats[0].low == 100 and stats[0].high == 200
    assert stats[0].gemeente == 900 and stats[0].rank == 3 and stats[0].nederland == 530
