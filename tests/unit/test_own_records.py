"""Person-level client records (SYNTHETIC) to counts per buurt; the local postcode table.

The records are made up in tests/support/own_data.py; the buurten are Maastricht's real
ones. What is tested: where each row goes, why a row is not placed, that a person with
two voorzieningen is one person, and that nothing of a row survives the aggregation.
"""
import pickle

import pytest

from rksd_plugin.core.owndata import codes, figures, lookup, records
from tests.support import own_data


@pytest.fixture(scope="module")
def areas():
    return own_data.maastricht_areas()


def codes_of(areas):
    _, buurten, wijken, _ = areas
    return [b["code"] for b in buurten], [w["code"] for w in wijken]


def test_codes_as_files_write_them():
    assert codes.pc6(" 6211 ab ") == "6211AB" and codes.pc6("0211AB") is None and codes.pc6("6211A") is None
    assert codes.pc4(6211.0) == "6211" and codes.pc4("6211AB") == "6211"
    assert codes.house_number("111-A") == codes.HouseNumber(111, "A")
    assert codes.house_number("73 A") == codes.HouseNumber(73, "A")
    assert codes.house_number("12-3") == codes.HouseNumber(12, "", "3")
    assert codes.house_number(12.0) == codes.HouseNumber(12)
    assert codes.house_number("4-Feb") is None and codes.looks_like_date("4-Feb")
    assert codes.house_number("12", letter="b") == codes.HouseNumber(12, "B")
    assert codes.area_code("9350101", "buurt") == "BU09350101"
    assert codes.area_code("bu09350101", "buurt") == "BU09350101"
    assert codes.area_code("WK093501", "buurt") is None
    assert codes.optional_int("12") == 12 and codes.optional_int("12,0") == 12 and codes.optional_int("<5") is None


def test_records_by_buurt_code_count_persons_once(areas):
    gemeente, buurten, wijken, _ = areas
    rows = own_data.synthetic_clients(buurten)
    spec = records.RecordSpec("buurt", "buurtcode", voorziening_field="voorziening", unit_field="client_id")
    aggregate = records.aggregate_records(own_data.numbered(rows), spec, gemeente, *codes_of(areas))
    persons = {r["client_id"] for r in rows if r["buurtcode"].startswith("BU0935")}
    assert aggregate.placed_units() == len(persons)
    assert aggregate.rows == len(rows)
    assert aggregate.voorzieningen == ["jeugdwet", "participatiewet", "wmo"]
    assert aggregate.reasons == {records.NO_AREA: 3, records.OTHER_GEMEENTE: 2}
    assert len(aggregate.examples[records.NO_AREA]) == 3
    stacked = sum(n for combos in aggregate.atomic.values() for combo, n in combos.items() if len(combo) >= 2)
    truly = sum(1 for p in persons if len({r["voorziening"] for r in rows if r["client_id"] == p}) >= 2)
    assert stacked == truly > 0


def test_counting_households(areas):
    gemeente, buurten, wijken, _ = areas
    rows = own_data.synthetic_clients(buurten)
    spec = records.RecordSpec("buurt", "buurtcode", voorziening_field="voorziening", unit_field="huishouden_id",
                              unit="huishoudens")
    aggregate = records.aggregate_records(own_data.numbered(rows), spec, gemeente, *codes_of(areas))
    households = {r["huishouden_id"] for r in rows if r["buurtcode"].startswith("BU0935")}
    assert aggregate.placed_units() == len(households) - aggregate.reasons.get(records.CONFLICTING_AREAS, 0)


def test_nothing_of_a_row_survives_the_aggregation(areas):
    gemeente, buurten, wijken, _ = areas
    rows = own_data.synthetic_clients(buurten)
    spec = records.RecordSpec("buurt", "buurtcode", voorziening_field="voorziening", unit_field="client_id")
    aggregate = records.aggregate_records(own_data.numbered(rows), spec, gemeente, *codes_of(areas))
    dump = pickle.dumps(aggregate) + repr(aggregate).encode()
    assert b"SYNTH-" not in dump, "no client or household id"
    assert b"leeftijd" not in dump and b"18-64" not in dump


def test_records_by_postcode_and_house_number_through_the_local_table(areas, tmp_path):
    gemeente, buurten, wijken, _ = areas
    table = own_data.synthetic_postcodes(buurten)
    path = own_data.write_postcode_table(tmp_path / "pc6hnr_SYNTHETIC.csv", table)
    found = lookup.read_lookup(str(path), gemeente)
    assert found.rows == len(table) and found.has_numbers
    rows = own_data.synthetic_clients(buurten, postcode_rows=table)
    spec = records.RecordSpec("address", "postcode", number_field="huisnummer", voorziening_field="voorziening",
                              unit_field="client_id")
    by_address = records.aggregate_records(own_data.numbered(rows), spec, gemeente, *codes_of(areas), lookup=found)
    spec_buurt = records.RecordSpec("buurt", "buurtcode", voorziening_field="voorziening", unit_field="client_id")
    by_buurt = records.aggregate_records(own_data.numbered(rows), spec_buurt, gemeente, *codes_of(areas))
    assert by_address.atomic == by_buurt.atomic, "the address finds the same buurt as the code"
    spec_pc6 = records.RecordSpec("pc6", "postcode", voorziening_field="voorziening", unit_field="client_id")
    by_pc6 = records.aggregate_records(own_data.numbered(rows), spec_pc6, gemeente, *codes_of(areas), lookup=found)
    assert by_pc6.reasons.get(records.SEVERAL_BUURTEN, 0) > 0, "two SYNTHETIC postcodes lie in two buurten"


def test_postcodes_without_a_table_are_not_guessed(areas):
    gemeente, buurten, wijken, _ = areas
    rows = [(2, {"postcode": "6211AB", "huisnummer": 1, "voorziening": "Wmo"})]
    spec = records.RecordSpec("address", "postcode", number_field="huisnummer", voorziening_field="voorziening")
    aggregate = records.aggregate_records(rows, spec, gemeente, *codes_of(areas))
    assert aggregate.atomic == {} and aggregate.reasons == {records.NO_LOOKUP: 1}


def test_lookup_reads_the_simple_format_and_cp1252(areas, tmp_path):
    gemeente, buurten, _, _ = areas
    table = own_data.synthetic_postcodes(buurten)[:50]
    path = own_data.write_postcode_table(tmp_path / "simple.csv", table, cbs_format=False)
    found = lookup.read_lookup(str(path), gemeente)
    assert found.rows == 50
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Postcode;Huisnummer;Buurtcode;Opmerking\n6211AA;1;BU09350000;caf\xe9\n".encode("cp1252"))
    assert lookup.read_lookup(str(latin), gemeente).buurt_of_address("6211AA", 1) == "BU09350000"


def test_lookup_errors_are_clear(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("naam;adres\nx;y\n", encoding="utf-8")
    with pytest.raises(lookup.LookupInvalid) as error:
        lookup.read_lookup(str(bad), "GM0935")
    assert "postcode" in str(error.value)
    other = tmp_path / "other.csv"
    other.write_text("PC6;Huisnummer;Buurt2024\n6701AA;1;2890101\n", encoding="utf-8")
    with pytest.raises(lookup.LookupInvalid):
        lookup.read_lookup(str(other), "GM0935")
    with pytest.raises(lookup.LookupInvalid):
        lookup.read_lookup(str(tmp_path / "missing.csv"), "GM0935")


def test_record_spec_is_checked():
    with pytest.raises(records.RecordSpecInvalid):
        records.RecordSpec("address", "postcode").check()
    with pytest.raises(records.RecordSpecInvalid):
        records.RecordSpec("buurt", "buurtcode", voorziening_field="soort").check(["buurtcode"])


def test_aggregated_counts_per_buurt_and_pc6(areas, tmp_path):
    gemeente, buurten, wijken, _ = areas
    land = [b["code"] for b in buurten if b.get("water") != "JA"]
    rows = [(i + 2, {"buurt": code, "wmo": str(i % 7), "jeugd": i % 3}) for i, code in enumerate(land)]
    rows.append((99, {"buurt": "BU02890101", "wmo": "4", "jeugd": 1}))
    spec = figures.FigureSpec("buurt", "buurt", ["wmo", "jeugd"])
    counts = figures.read_counts(rows, spec, gemeente, *codes_of(areas))
    assert counts.columns["wmo"][("buurt", land[3])] == 3
    assert counts.reasons == {records.OTHER_GEMEENTE: 1}
    table = own_data.synthetic_postcodes(buurten)
    found = lookup.read_lookup(str(own_data.write_postcode_table(tmp_path / "t.csv", table)), gemeente)
    single = next(pc for pc, _, _, _ in table if len(found.buurten_of_pc6(pc)) == 1)
    shared = table[0][0]
    assert len(found.buurten_of_pc6(shared)) == 2
    pc_rows = [(2, {"pc6": single, "n": 7}), (3, {"pc6": shared, "n": 2}), (4, {"pc6": "9999ZZ", "n": 1})]
    pc = figures.read_counts(pc_rows, figures.FigureSpec("pc6", "pc6", ["n"]), gemeente, *codes_of(areas), found)
    assert pc.columns["n"] == {("buurt", next(iter(found.buurten_of_pc6(single)))): 7}
    assert pc.reasons == {records.SEVERAL_AREAS: 1, records.NOT_IN_LOOKUP: 1}


def test_aggregated_counts_refuse_earlier_suppression(areas):
    gemeente, buurten, wijken, _ = areas
    rows = [(2, {"buurt": buurten[0]["code"], "wmo": "<5"}), (3, {"buurt": buurten[1]["code"], "wmo": "."})]
    with pytest.raises(figures.FiguresInvalid) as error:
        figures.read_counts(rows, figures.FigureSpec("buurt", "buurt", ["wmo"]), gemeente, *codes_of(areas))
    assert "2 wmo '<5'" in str(error.value) and "3 wmo '.'" in str(error.value)
