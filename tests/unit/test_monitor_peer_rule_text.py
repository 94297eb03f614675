"""The peer group's rule as the Monitor tab and the peer table print it."""
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.monitor.peers import BY_BAND, PeerComparison, PeerGroup
from rksd_plugin.core.monitor.tables import peer_tables


def rule_of(language, band):
    group = PeerGroup("GM0935", 2024, ["GM0080"], BY_BAND, band, None)
    comparison = PeerComparison(2024, group, [], rows={"GM0935": {}, "GM0080": {}})
    _, table = peer_tables({2024: comparison}, Catalog.load(), {"GM0080": "Leeuwarden"}, language)
    return next(r["regel"] for r in table.records if r["code"] == "GM0080")


def test_the_band_in_the_language_number_style_without_nested_brackets():
    dutch = rule_of("nl", (100000, 150000))
    assert dutch.endswith(", 100.000 \u2013 150.000 inwoners")
    assert dutch.count("(") == dutch.count(")") <= 1  # the rule's own remark only
    assert rule_of("en", (100000, 150000)).endswith(", 100,000 \u2013 150,000 inhabitants")
    assert rule_of("nl", (300000, None)).endswith(", 300.000 \u2013 \u2026 inwoners")
