"""Own facilities: categories to the catalog's kinds, the Locatieserver's real answer, placing rows.

The Locatieserver answer is PDOK's own (``tests/fixtures/samples/pdok_locatieserver``,
"Varkensstraat Arnhem"); the facility rows are OpenStreetMap's (Maastricht 2023), with
their real quirks (``111-A``, ``73 A``, a house number a spreadsheet made ``4-Feb``).
"""
import json
import os
from urllib.parse import parse_qsl, urlsplit

import pytest

from rksd_plugin.core.errors import OfflineMiss
from rksd_plugin.core.owndata import codes, facilities, kinds, locatieserver

FIXTURES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "fixtures", "samples")
RECORDED = os.path.join(FIXTURES, "pdok_locatieserver", "free_varkensstraat_arnhem.json")
OSM = os.path.join(FIXTURES, "osm_maastricht_2023_pois")


class RecordedTransport:
    """Answers every request with PDOK's recorded answer (a unit-test stand-in; the QGIS tests
    use the real transport against a loopback Locatieserver)."""

    def __init__(self, answer=None, offline=False):
        self.answer = answer
        self.offline = offline
        self.urls = []
        self.forgotten = []

    def get_json(self, url):
        self.urls.append(url)
        if self.offline:
            raise OfflineMiss(url=url)
        return self.answer

    def forget(self, url):
        self.forgotten.append(url)


@pytest.fixture(scope="module")
def recorded():
    with open(RECORDED, encoding="utf-8") as handle:
        return json.load(handle)


def test_kinds_come_from_the_catalog(catalog):
    mapper = kinds.KindMapper(catalog)
    assert mapper.kind("Huisartsenpraktijk") == "huisarts"
    assert mapper.kind("doctors") == "huisarts"
    assert mapper.kind("Buurthuis") == "ontmoeting"
    assert mapper.kind("community_centre") == "ontmoeting"
    assert mapper.kind("Sociaal wijkteam") == "welzijn"
    assert mapper.kind("Huisartsenpraktijk De Linde") == "huisarts", "a category that starts with a kind's words"
    assert mapper.kind("Kapper") == kinds.OTHER
    by_hand = kinds.KindMapper(catalog, kinds.parse_overrides("Kapper=welzijn; Buurthuis = zorg"))
    assert by_hand.kind("kapper") == "welzijn" and by_hand.kind("Buurthuis") == "zorg"
    assert set(kinds.facility_kinds(catalog)) >= {"supermarkt", "huisarts", "apotheek", "ontmoeting", "fysio",
                                                   "ov_halte", "welzijn", "zorg", "dagbesteding", "beschermd_wonen"}


def test_kinds_are_the_categories_the_analyses_look_for(catalog):
    """rksd:langer_thuis finds its components by these category values."""
    from rksd_plugin.core.network.defaults import COMPONENTS

    known = set(kinds.facility_kinds(catalog))
    for component in COMPONENTS:
        assert component in known or component == "ov", component
    assert "ov_halte" in known


def test_postcode_query_uses_only_parameters_the_api_knows(recorded):
    transport = RecordedTransport(recorded)
    server = locatieserver.Locatieserver(transport)
    server.by_postcode("6811GM", codes.HouseNumber(1, "A"))
    query = parse_qsl(urlsplit(transport.urls[0]).query)
    assert {k for k, _ in query} <= {"q", "fq", "fl", "rows"}
    assert ("fq", "type:adres") in query and ("fq", "postcode:6811GM") in query and ("fq", "huisnummer:1") in query
    assert urlsplit(transport.urls[0]).netloc == "api.pdok.nl"


def test_a_postcode_and_house_letter_find_the_recorded_address(recorded):
    server = locatieserver.Locatieserver(RecordedTransport(recorded))
    found = server.by_postcode("6811GM", codes.HouseNumber(1, "A"))
    assert isinstance(found, locatieserver.Match)
    assert (found.x, found.y) == (190494.656, 443844.161)
    assert found.buurtcode == "BU02020102" and found.address == "Varkensstraat 1A, 6811GM Arnhem"
    plain = server.by_postcode("6811GM", codes.HouseNumber(1))
    assert isinstance(plain, locatieserver.Match) and plain.address.startswith("Varkensstraat 1,")


def test_an_address_that_is_not_there_says_what_is(recorded):
    server = locatieserver.Locatieserver(RecordedTransport(recorded))
    missing = server.by_postcode("6811GM", codes.HouseNumber(18))
    assert missing.reason == "not_found" and "18B" in missing.detail
    street = server.by_address("Varkensstraat", codes.HouseNumber(24, "A"), "Arnhem")
    assert isinstance(street, locatieserver.Match) and street.address.startswith("Varkensstraat 24A")
    wrong_place = server.by_address("Varkensstraat", codes.HouseNumber(24, "A"), "Nijmegen")
    assert wrong_place.reason == "no_match" and wrong_place.detail.startswith("Varkensstraat")


def test_offline_and_broken_answers_are_reasons_not_crashes(recorded):
    offline = locatieserver.Locatieserver(RecordedTransport(offline=True))
    assert offline.by_postcode("6811GM", codes.HouseNumber(1)).reason == "offline"
    transport = RecordedTransport({"unexpected": True})
    broken = locatieserver.Locatieserver(transport).by_postcode("6811GM", codes.HouseNumber(1))
    assert broken.reason == "service" and transport.forgotten, "a malformed answer is dropped from the cache"


def osm_rows():
    """The selected OSM facilities of Maastricht as a gemeente's list would hold them."""
    rows = []
    for name in ("amenity_selected.geojson", "shop_selected.geojson"):
        with open(os.path.join(OSM, name), encoding="utf-8") as handle:
            for feature in json.load(handle)["features"]:
                p = feature["properties"]
                lon, lat = feature["geometry"]["coordinates"]
                rows.append({"naam": p.get("name"), "soort": p.get("amenity") or p.get("shop"),
                             "postcode": p.get("addr:postcode"), "huisnummer": p.get("addr:housenumber"),
                             "straat": p.get("addr:street"), "plaats": p.get("addr:city"), "lon": lon, "lat": lat})
    return rows


def test_placing_rows_by_coordinates_and_listing_the_rest(catalog):
    rows = osm_rows()
    spec = facilities.FacilitySpec(category_field="soort", name_field="naam", x_field="lon", y_field="lat",
                                   coordinate_crs="EPSG:4326")
    numbered = [(i + 2, r, None) for i, r in enumerate(rows)]
    # without a converter, longitude/latitude cannot become RD: every row says so
    result = facilities.import_facilities(numbered, spec, catalog)
    assert not result.placed and len(result.unplaced) == len(rows)
    assert {u.reason for u in result.unplaced} == {"bad_coordinates"}

    def to_rd(x, y):  # a stand-in with the right shape: the QGIS side converts with PROJ
        return 176000.0 + (x - 5.69) * 70000.0, 318000.0 + (y - 50.85) * 111000.0

    result = facilities.import_facilities(numbered, spec, catalog, to_rd=to_rd)
    assert len(result.placed) == len(rows)
    assert {p.method for p in result.placed} == {facilities.BY_COORDINATES}
    kinds_found = {p.kind for p in result.placed}
    assert {"supermarkt", "huisarts", "apotheek", "ontmoeting", "onderwijs"} <= kinds_found
    assert result.unmapped == {}, "every OSM tag of the selection is a kind or a synonym"


def test_placing_rows_by_address_and_why_not(catalog, recorded):
    rows = osm_rows()
    spec = facilities.FacilitySpec(category_field="soort", name_field="naam", postcode_field="postcode",
                                   number_field="huisnummer", street_field="straat", place_field="plaats")
    geocoder = locatieserver.Locatieserver(RecordedTransport(recorded))  # an Arnhem answer: Maastricht is "not there"
    result = facilities.import_facilities([(i + 2, r, None) for i, r in enumerate(rows)], spec, catalog, geocoder)
    reasons = {u.reason for u in result.unplaced}
    assert "no_location" in reasons, "OSM nodes without any address"
    assert "date_number" in reasons, "'4-Feb' is a spreadsheet's date"
    assert "not_found" in reasons or "no_match" in reasons
    assert len(result.placed) + len(result.unplaced) == len(rows)
    date_row = next(u for u in result.unplaced if u.reason == "date_number")
    assert date_row.name == "Stadspoli Oost" and "4-Feb" in date_row.text()
    assert result.requests == geocoder.requests > 0


def test_a_facility_outside_the_netherlands_is_refused(catalog):
    spec = facilities.FacilitySpec(x_field="x", y_field="y", default_kind="huisarts")
    rows = [(2, {"x": "176000", "y": "318000"}, None), (3, {"x": "5,69", "y": "50,85"}, None),
            (4, {"x": "abc", "y": "1"}, None), (5, {"x": "", "y": ""}, None)]
    result = facilities.import_facilities(rows, spec, catalog)
    assert [p.row for p in result.placed] == [2] and result.placed[0].kind == "huisarts"
    assert [(u.row, u.reason) for u in result.unplaced] == [(3, "outside_nl"), (4, "bad_coordinates"),
                                                            (5, "no_location")]


def test_a_spec_without_a_way_to_place_is_refused():
    with pytest.raises(facilities.FacilitySpecInvalid):
        facilities.FacilitySpec(category_field="soort").check()
    with pytest.raises(facilities.FacilitySpecInvalid):
        facilities.FacilitySpec(x_field="x", y_field="y").check(["x"])
    assert facilities.FacilitySpec(category_field="soort").check(has_geometry=True)
