import pytest

from rksd_plugin.core.errors import FormulaError
from rksd_plugin.core.formula import Formula


def test_arithmetic_and_precedence():
    f = Formula("a / b * 100 - (c + 1) * 2", known_names={"a", "b", "c"})
    assert f.names == {"a", "b", "c"}
    assert f.evaluate({"a": 1, "b": 4, "c": 2}) == pytest.approx(19.0)


def test_missing_propagates_and_division_by_zero_is_missing():
    f = Formula("a / b * 100")
    assert f.evaluate({"a": 5, "b": None}) is None
    assert f.evaluate({"a": None, "b": 5}) is None
    assert f.evaluate({"a": 5, "b": 0}) is None
    assert f.evaluate({"a": 0, "b": 5}) == 0


def test_min_max_and_unary_minus():
    f = Formula("max(a, b) - min(a, -b)")
    assert f.evaluate({"a": 3, "b": 5}) == 10


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('x')",
        "a.b",
        "a ** 2",
        "open('x')",
        "a; b",
        "lambda: 1",
        "a[0]",
        "'text'",
        "a +",
        "(a",
        "",
        "a b",
    ],
)
def test_refuses_anything_but_arithmetic(text):
    with pytest.raises(FormulaError):
        Formula(text)


def test_unknown_names_are_refused():
    with pytest.raises(FormulaError) as info:
        Formula("a / zz", known_names={"a"})
    assert "zz" in str(info.value)
