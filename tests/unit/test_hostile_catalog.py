"""Catalogs from outside: formulas bounded and evaluated without recursion, files and URLs
bounded, anything odd refused with a message that names what is wrong."""
import json
import random
import sys

import pytest

from rksd_plugin.core import paths
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.errors import CatalogInvalid, FormulaError
from rksd_plugin.core.formula import MAX_DEPTH, MAX_TOKENS, Formula
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
from rksd_plugin.core.http.transport import Transport
from tests.support.loopback import Fault, LoopbackServer

CATALOG_URL = "https://catalogus.gemeente.example/rksd/catalog.json"


def document():
    with open(paths.resource("catalog", "rksd_catalog.json"), encoding="utf-8") as handle:
        return json.load(handle)


def with_formula(formula):
    doc = document()
    doc["indicators"]["aandeel_65plus"]["formula"] = formula
    return doc


def refused(doc):
    with pytest.raises(CatalogInvalid) as info:
        Catalog(doc, source="test.json")
    text = str(info.value)
    assert "test.json" in text and "current catalog stays in use" in text
    return text


# -- formulas ------------------------------------------------------------------------------
def test_a_formula_nested_400_levels_is_refused_at_load():
    text = refused(with_formula("(" * 400 + "inwoners_65plus" + ")" * 400))
    assert "nested deeper than 16 levels" in text and "aandeel_65plus" in text
    assert len(text) < 400  # the formula is cut in the message, not printed 800 characters long


def test_a_sum_of_3000_terms_is_refused_at_load():
    text = refused(with_formula(" + ".join(["inwoners_65plus"] * 3000)))
    assert "longer than 1000 characters" in text and "aandeel_65plus" in text


def test_a_compact_formula_of_too_many_parts_is_refused():
    text = refused(with_formula("+".join(["inwoners"] * 110)))
    assert "more than {} parts".format(MAX_TOKENS) in text


def test_a_formula_of_5000_characters_is_refused():
    assert "longer than 1000 characters" in refused(with_formula("inwoners_65plus" + " " * 5000))


@pytest.mark.parametrize("formula", [
    "-" * 400 + "inwoners_65plus",
    "min(" * 100 + "inwoners_65plus" + ")" * 100,
    "max(inwoners, " * 30 + "1" + ")" * 30,
])
def test_deep_unary_minus_and_nested_calls_are_refused(formula):
    assert "nested deeper" in refused(with_formula(formula))


def test_formulas_at_the_bounds_evaluate_without_python_recursion():
    deep = "(" * (MAX_DEPTH - 1) + "a" + ")" * (MAX_DEPTH - 1)
    long_sum = " + ".join(["a"] * ((MAX_TOKENS + 1) // 2))
    chain = "a" + " / b * c" * ((MAX_TOKENS - 1) // 4)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(60)  # far below what a recursive parser/evaluator of these needs
    try:
        parsed = [Formula(deep), Formula(long_sum), Formula(chain)]
        values = [f.evaluate({"a": 2.0, "b": 4.0, "c": 4.0}) for f in parsed]
    finally:
        sys.setrecursionlimit(limit)
    assert values == [2.0, 2.0 * ((MAX_TOKENS + 1) // 2), 2.0]


@pytest.mark.parametrize("text", ["a +", "(a", "a)", "min()", "min(a,)", "max(,a)", "a,b", "()", "-", "a - - ", "(a)(b)",
                                  "min a", "a min(b)", "1 2", "a / / b", "max(a b)"])
def test_malformed_formulas_are_refused(text):
    with pytest.raises(FormulaError):
        Formula(text)


def _random_expression(rng, depth=0):
    choice = rng.random()
    if depth > 5 or choice < 0.3:
        return rng.choice(["a", "b", "c", "2", "0.5", "3"])
    if choice < 0.4:
        return "-" + _random_expression(rng, depth + 1)
    if choice < 0.55:
        return "({})".format(_random_expression(rng, depth + 1))
    if choice < 0.65:
        args = ", ".join(_random_expression(rng, depth + 1) for _ in range(rng.randint(1, 3)))
        return "{}({})".format(rng.choice(["min", "max"]), args)
    op = rng.choice(["+", "-", "*", "/"])
    return "{} {} {}".format(_random_expression(rng, depth + 1), op, _random_expression(rng, depth + 1))


def _reference(text, values):
    """Python's own arithmetic as the oracle (test only; the plugin never evaluates code)."""
    def fmin(*args):
        return min(args)

    def fmax(*args):
        return max(args)

    try:
        return eval(text, {"__builtins__": {}}, dict(values, min=fmin, max=fmax))  # noqa: S307 - trusted test input
    except ZeroDivisionError:
        return None


def test_the_iterative_evaluator_agrees_with_python_arithmetic():
    rng = random.Random(11)
    values = {"a": 7.0, "b": -3.0, "c": 0.25}
    checked = 0
    while checked < 400:
        text = _random_expression(rng)
        try:
            formula = Formula(text)
        except FormulaError:
            continue  # beyond the bounds: refused, which other tests cover
        expected = _reference(text, values)
        got = formula.evaluate(values)
        assert (got is None and expected is None) or got == pytest.approx(expected, rel=1e-9), text
        checked += 1


def test_missing_values_propagate_through_every_operation():
    formula = Formula("max(a, -b) / (c - 1) + min(a, 2)")
    assert formula.evaluate({"a": 1, "b": 2, "c": None}) is None
    assert formula.evaluate({"a": 1, "b": None, "c": 3}) is None
    assert formula.evaluate({"a": 1, "b": 2, "c": 1}) is None  # a zero denominator
    assert formula.evaluate({"a": 1, "b": 2, "c": 3}) == pytest.approx(1.5)


# -- catalog documents ----------------------------------------------------------------------
def test_a_weight_that_is_not_a_finite_number_is_refused():
    doc = document()
    doc["questions"][0]["index"]["components"][0]["weight"] = float("nan")
    assert "not a finite number" in refused(doc)


def test_a_formula_that_is_not_text_is_refused():
    assert "expected string" in refused(with_formula(42))


def test_decimals_of_the_wrong_type_are_refused():
    doc = document()
    doc["indicators"]["aandeel_65plus"]["decimals"] = "abc"
    assert "decimals" in refused(doc)


def test_a_catalog_that_is_a_list_is_refused():
    assert "not a JSON object" in refused([1, 2])


@pytest.mark.parametrize("data, expected", [
    (b"[" * 100000, "nested too deeply"),
    (b"{nope", "Expecting property name"),
    (b"\xff\xfe{}", "codec can't decode"),
])
def test_a_catalog_file_that_is_no_valid_json_is_refused(data, expected, tmp_path):
    path = tmp_path / "catalog.json"
    path.write_bytes(data)
    with pytest.raises(CatalogInvalid) as info:
        Catalog.load(str(path))
    assert expected in str(info.value) and str(path) in str(info.value)


def test_a_catalog_file_larger_than_the_bound_is_refused_unread(tmp_path):
    path = tmp_path / "huge.json"
    doc = document()
    doc["padding"] = "x" * (5 * 1024 * 1024)
    path.write_text(json.dumps(doc))
    with pytest.raises(CatalogInvalid) as info:
        Catalog.load(str(path))
    assert "may be at most 4 MB" in str(info.value)


def test_a_catalog_with_a_bom_as_excel_or_notepad_writes_it_loads(tmp_path):
    path = tmp_path / "catalog.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document()).encode("utf-8"))
    assert len(Catalog.load(str(path)).questions) == 6


# -- catalogs from a URL ------------------------------------------------------------------------
class CatalogHost:
    def __init__(self, body):
        self.body = body

    def handle(self, public_base, path, query):
        return 200, {"Content-Type": "application/json"}, self.body


@pytest.fixture
def catalog_server():
    def start(body):
        return LoopbackServer({"catalogus.gemeente.example": CatalogHost(body)}).start()

    servers = []
    yield lambda body: servers.append(start(body)) or servers[-1]
    for running in servers:
        running.stop()


def url_transport(server, tmp_path, **kwargs):
    return Transport(fetcher=RequestsFetcher(), cache=ResponseCache(str(tmp_path / "cache")),
                     endpoint_overrides=server.overrides(), retries=0, **kwargs)


def test_a_catalog_from_a_url_loads_and_is_cached(catalog_server, tmp_path):
    server = catalog_server(json.dumps(document()).encode("utf-8"))
    catalog = Catalog.from_url(CATALOG_URL, url_transport(server, tmp_path))
    assert len(catalog.questions) == 6
    offline = Transport(cache=ResponseCache(str(tmp_path / "cache")), offline=True)
    assert Catalog.from_url(CATALOG_URL, offline).version == catalog.version


def test_an_endless_catalog_url_is_bounded_like_any_download(catalog_server, tmp_path):
    server = catalog_server(b"")
    server.add_fault(Fault(match="catalog.json", mode="endless"))
    with pytest.raises(CatalogInvalid) as info:
        Catalog.from_url(CATALOG_URL, url_transport(server, tmp_path))
    text = str(info.value)
    assert CATALOG_URL in text and "larger than the limit of 4 MB" in text


def test_a_catalog_url_with_a_deep_formula_is_refused_and_not_kept(catalog_server, tmp_path):
    server = catalog_server(json.dumps(with_formula("(" * 400 + "inwoners" + ")" * 400)).encode("utf-8"))
    with pytest.raises(CatalogInvalid) as info:
        Catalog.from_url(CATALOG_URL, url_transport(server, tmp_path))
    assert "nested deeper" in str(info.value)


def test_a_catalog_url_answering_100000_brackets_is_refused(catalog_server, tmp_path):
    server = catalog_server(b"[" * 100000)
    with pytest.raises(CatalogInvalid) as info:
        Catalog.from_url(CATALOG_URL, url_transport(server, tmp_path))
    assert "nested too deeply" in str(info.value)
    assert ResponseCache(str(tmp_path / "cache")).get(CATALOG_URL) is None  # not kept for the next start
