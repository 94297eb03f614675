"""Parsing the text parameters users type (radii, value lists, field-name tokens)."""
import pytest

from rksd_plugin.core.network.errors import BadNumberList
from rksd_plugin.core.network.params import field_token, parse_radii, parse_values, radius_label


@pytest.mark.parametrize("text, expected", [
    ("500;1000;3000", [500.0, 1000.0, 3000.0]),
    ("3000, 500 ,1000", [500.0, 1000.0, 3000.0]),
    ("1000 1000 250.5", [250.5, 1000.0]),
    ("", []),
    (None, []),
])
def test_parse_radii(text, expected):
    assert parse_radii(text) == expected


@pytest.mark.parametrize("text", ["500;abc", "-5", "0", "1e999", "nan"])
def test_parse_radii_refuses_with_a_clear_message(text):
    with pytest.raises(BadNumberList) as caught:
        parse_radii(text, "Radii")
    message = str(caught.value)
    assert "Radii" in message and "500;1000;3000" in message


def test_empty_list_refused_where_required():
    with pytest.raises(BadNumberList):
        parse_radii(" ", "Thresholds", allow_empty=False)


def test_values_labels_tokens():
    assert parse_values(" supermarkt; supermarket ;;") == ["supermarkt", "supermarket"]
    assert radius_label(500.0) == "500" and radius_label(1500.5) == "1500_5"
    assert field_token("Community centre!") == "community_centre"
    assert field_token("   ") == "leeg"


def test_id_and_name_fields_carried_over_by_default():
    from rksd_plugin.core.network.params import id_and_name_fields

    assert id_and_name_fields(["fid", "Identificatie", "straat", "NAAM", "inwoners"]) == ["Identificatie", "NAAM"]
    assert id_and_name_fields(["fid", "bu_code", "bu_naam", "code"]) == ["code", "bu_naam"]
    assert id_and_name_fields(["fid", "adres_nr", "pand_id", "woonplaatsnaam"]) == ["pand_id", "woonplaatsnaam"]
    assert id_and_name_fields(["fid", "inwoners"]) == []  # nothing id- or name-like: no field is guessed
    assert id_and_name_fields([]) == []
