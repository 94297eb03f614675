import pytest

from rksd_plugin.core import regions
from rksd_plugin.core.errors import InvalidRegionCode


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("GM0935    ", "GM0935"),
        ("gm0935", "GM0935"),
        ("WK093500  ", "WK093500"),
        ("BU09350406", "BU09350406"),
        ("WK0363AB", "WK0363AB"),  # letters in wijk parts since 2023 (Amsterdam)
        ("BU0363AB01", "BU0363AB01"),
        ("NL00      ", "NL00"),
        ("NL01      ", "NL00"),  # RIVM spells Nederland NL01
    ],
)
def test_normalise(raw, expected):
    assert regions.normalise(raw) == expected


@pytest.mark.parametrize("raw", ["", None, "GM935", "WK0935", "BU093504", "XX0935", "GM09350", "0935"])
def test_normalise_rejects(raw):
    with pytest.raises(InvalidRegionCode):
        regions.normalise(raw)
    assert regions.try_normalise(raw) is None


def test_padded_is_ten_characters():
    assert regions.padded("GM0935") == "GM0935    "
    assert regions.padded("NL00") == "NL00      "
    assert len(regions.padded("BU09350406")) == 10


@pytest.mark.parametrize("raw", ["GM0935", "gm935", "0935", "935", " 935 "])
def test_parse_gemeente(raw):
    assert regions.parse_gemeente(raw) == "GM0935"


@pytest.mark.parametrize("raw", ["", "GM", "abc", "12345", "GM12345", "WK093500"])
def test_parse_gemeente_rejects(raw):
    with pytest.raises(InvalidRegionCode):
        regions.parse_gemeente(raw)


def test_hierarchy():
    assert regions.gemeente_of("BU0363AB01") == "GM0363"
    assert regions.wijk_of("BU0363AB01") == "WK0363AB"
    assert regions.level_of("WK093500  ") == "wijk"
    with pytest.raises(InvalidRegionCode):
        regions.wijk_of("WK093500")
