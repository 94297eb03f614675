"""The catalog is data: validated against its schema, refused with a clear message when broken."""
import json

import jsonschema
import pytest

from rksd_plugin.core import paths, schema
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.errors import CatalogInvalid


def document():
    with open(paths.resource("catalog", "rksd_catalog.json"), encoding="utf-8") as handle:
        return json.load(handle)


def json_schema():
    with open(paths.resource("catalog", "rksd_catalog.schema.json"), encoding="utf-8") as handle:
        return json.load(handle)


def test_shipped_catalog_is_valid_for_jsonschema_and_our_validator():
    jsonschema.Draft7Validator.check_schema(json_schema())
    jsonschema.validate(document(), json_schema())
    assert schema.validate(document(), json_schema()) == []


def test_catalog_has_version_date_six_questions_with_4_to_8_indicators():
    catalog = Catalog.load()
    assert catalog.version.count(".") == 2 and len(catalog.date) == 10
    assert [q.number for q in catalog.questions] == [1, 2, 3, 4, 5, 6]
    for question in catalog.questions:
        assert 4 <= len(question.indicators) <= 8, question.id
        assert question.question["nl"].endswith("?")


def test_every_indicator_has_what_the_issue_asks():
    for key, indicator in Catalog.load().indicators.items():
        raw = indicator.raw
        for member in ("title", "explanation", "formula", "unit", "direction", "levels", "model_estimate",
                       "min_population", "style"):
            assert member in raw, (key, member)
        assert set(indicator.title) == {"nl", "en"}


def broken_variants():
    def mutate(fn):
        doc = document()
        fn(doc)
        return doc

    return {
        "missing version": mutate(lambda d: d.pop("catalog_version")),
        "bad direction": mutate(lambda d: d["indicators"]["aandeel_65plus"].update(direction="sideways")),
        "bad table id": mutate(lambda d: d["sources"]["kwb"]["tables"]["2024"].update(id="85984")),
        "unknown member": mutate(lambda d: d["measures"]["inwoners"].update(sql="drop table")),
        "wrong type": mutate(lambda d: d["geometry"].update(ogc_years="2024")),
        "no questions list": mutate(lambda d: d.update(questions={})),
    }


@pytest.mark.parametrize("name", sorted(broken_variants()))
def test_broken_catalog_is_refused_and_both_validators_agree(name):
    doc = broken_variants()[name]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json_schema())
    assert schema.validate(doc, json_schema())
    with pytest.raises(CatalogInvalid) as info:
        Catalog(doc, source="test.json")
    assert "test.json" in str(info.value) and "stays in use" in str(info.value)


def test_formula_with_code_in_it_is_refused():
    doc = document()
    doc["indicators"]["aandeel_65plus"]["formula"] = "__import__('os').getcwd()"
    with pytest.raises(CatalogInvalid) as info:
        Catalog(doc, source="evil.json")
    assert "evil.json" in str(info.value)


def test_formula_naming_an_unknown_measure_is_refused():
    doc = document()
    doc["indicators"]["aandeel_65plus"]["formula"] = "inwoners_65plus / bewoners * 100"
    with pytest.raises(CatalogInvalid) as info:
        Catalog(doc, source="typo.json")
    assert "bewoners" in str(info.value)


def test_question_naming_an_unknown_indicator_is_refused():
    doc = document()
    doc["questions"][0]["index"]["components"].append({"indicator": "does_not_exist", "weight": 1})
    with pytest.raises(CatalogInvalid) as info:
        Catalog(doc, source="q.json")
    assert "does_not_exist" in str(info.value)


def test_not_json_is_refused(tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogInvalid):
        Catalog.load(str(path))


def test_a_newer_catalog_from_a_file_without_a_release(tmp_path):
    doc = document()
    doc["catalog_version"] = "1.1.0"
    doc["date"] = "2027-01-15"
    doc["sources"]["kwb"]["tables"]["2026"] = {"id": "86500NED"}
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    catalog = Catalog.from_source(str(path))
    assert catalog.version == "1.1.0"
    assert catalog.sources["kwb"].table_for(2026)["id"] == "86500NED"


def test_a_newer_catalog_from_a_url_through_the_transport(server, transport_for):
    from tests.support.loopback import Fault

    doc = document()
    doc["catalog_version"] = "1.2.0"
    server.add_fault(Fault(match="/rksd/catalog.json", status=200, body=json.dumps(doc).encode(), times=1))
    catalog = Catalog.from_source("https://opendata.cbs.nl/rksd/catalog.json", transport_for(server))
    assert catalog.version == "1.2.0"
    server.add_fault(Fault(match="/rksd/broken.json", status=200, body=b"<html>", times=1))
    with pytest.raises(CatalogInvalid):
        Catalog.from_source("https://opendata.cbs.nl/rksd/broken.json", transport_for(server))


def test_wijk_only_indicators_are_declared_without_buurt_level():
    catalog = Catalog.load()
    for question in catalog.questions:
        for key in question.wijk_indicators:
            assert "buurt" not in catalog.indicators[key].levels
