import pytest

from rksd_plugin.core import missing


@pytest.mark.parametrize(
    "raw, value, reason",
    [
        (None, None, "null"),
        (".", None, "geheim"),
        ("       .", None, "geheim"),
        ("", None, "blank"),
        (-99999999, None, "code -99999999"),
        (-99997, None, "code -99997"),
        (-99995, None, "code -99995"),
        ("-99999999", None, "code -99999999"),
        (0, 0, None),
        ("    78.4", 78.4, None),
        ("12,5", 12.5, None),
        (1745, 1745, None),
        (-3.5, -3.5, None),
    ],
)
def test_clean(raw, value, reason):
    assert missing.clean(raw) == (value, reason)


def test_zero_is_a_value_and_missing_is_not_zero():
    assert missing.value(0) == 0
    assert missing.value(None) is None
    assert missing.value(".") is None
