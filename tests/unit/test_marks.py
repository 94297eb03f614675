"""The visual language: marks that agree with the index, one wording per kind of missing, docs in step."""
import os
import random
from types import SimpleNamespace

import pytest

from rksd_plugin.core import indices, marks, units

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_cue_never_contradicts_the_score_it_comes_from():
    """Arrow (value against the maatstaf) and word (from the score) agree for any distribution."""
    rng = random.Random(12)
    for _ in range(200):
        values = [round(rng.gauss(40, 12), 1) for _ in range(rng.randint(3, 60))]
        reference = indices.Reference(values, indices.NATIONAL)
        direction = rng.choice(["higher_is_risk", "lower_is_risk"])
        for value in values[:10] + [round(rng.uniform(0, 80), 1)]:
            score = indices.oriented_score(value, direction, indices.PERCENTILE, reference)
            cue = marks.cue(value, reference.median, 1, score)
            risk_side = {"higher": 1, "lower": -1, "equal": 0}[cue.arrow] * (1 if direction == "higher_is_risk" else -1)
            if cue.tone == "worse":
                assert risk_side > 0 and score >= 60
            elif cue.tone == "better":
                assert risk_side < 0 and score <= 40
            else:
                assert 40 < score < 60


def test_cue_text_reads_arrow_score_word():
    assert marks.cue(46.1, 42.6, 1, 64.0).text("nl") == "\u25b2 64 ongunstig"
    assert marks.cue(30.0, 42.6, 1, 12.4).text("en") == "\u25bc 12 favourable"
    assert marks.cue(42.64, 42.6, 1, 50.2).text("nl") == "= 50"
    assert marks.cue(None, 42.6, 1, None).text("nl") == ""
    assert marks.cue(46.1, 42.6, 1, 64.0).color == marks.WORSE_COLOR


def test_one_wording_per_kind_of_missing_in_both_languages():
    missing = [m for m in marks.MARKS.values() if m.family == "missing"]
    for language in ("nl", "en"):
        wordings = [marks.words(m.key, language) for m in missing]
        assert len(set(wordings)) == len(wordings)
    assert marks.words("secret") == "geheim" and marks.words("too_few", "en") == "too few inhabitants"
    assert marks.value_text(None) == "geheim" and marks.value_text(0.0, 1) == "0,0"
    assert marks.value_text(None, missing="not_in_package", language="en") == "not available in this package"


def test_index_state_is_one_answer_for_chart_table_and_map():
    question = SimpleNamespace(id="eenzaamheid", index_id="eenzaamheid_index")
    assert marks.index_state({"eenzaamheid_index": 62.3, "eenzaamheid_klein": "NEE"}, question) == ("value", 62.3)
    assert marks.index_state({"eenzaamheid_index": None, "eenzaamheid_klein": "JA"}, question) == ("too_few", None)
    assert marks.index_state({"eenzaamheid_index": None, "eenzaamheid_klein": "NEE"}, question) == ("no_index", None)
    assert marks.index_text({"eenzaamheid_index": None, "eenzaamheid_klein": "NEE"}, question) == \
        "geen index (te weinig componenten)"


def test_reserved_marks_belong_to_their_issues_and_do_not_clash():
    reserved = {key: mark.issue for key, mark in marks.MARKS.items() if not mark.in_use}
    assert reserved == {"reallocated": 13}
    assert marks.mark("own_source").issue == 14 and marks.mark("own_source").in_use  # own data (issue 14)
    assert marks.mark("suppressed").issue == 14 and marks.mark("suppressed").in_use
    assert marks.mark("earlier_year").issue == 10 and marks.mark("earlier_year").in_use
    symbols = [m.symbol for m in marks.MARKS.values() if m.symbol]
    assert len(set(symbols)) == len(symbols)
    assert "*" not in symbols  # free: CBS's sign for provisional figures
    assert marks.value_with_marks("12,3", ["earlier_year"], year=2023) == "12,3 [2023]"


def test_names_carry_unit_once_and_model_mark_last(catalog):
    assert marks.indicator_name(catalog.indicators["eenzaam_18"], "nl") == "Eenzaam, 18+ (%) \u2248"
    assert marks.indicator_name(catalog.indicators["eenzaam_18"], "nl", with_unit=False) == "Eenzaam, 18+ \u2248"
    assert marks.indicator_name(catalog.indicators["bijstand_per_1000"], "en") == \
        "Social assistance per 1,000 inhabitants"
    assert marks.indicator_name(catalog.indicators["woz_waarde"], "en") == "Average WOZ value (\u00d7 \u20ac1,000)"


def test_english_units_and_attribution():
    assert units.unit("per 1 000 inwoners", "en") == "per 1,000 inhabitants"
    assert units.unit("per 1 000 inwoners", "nl") == "per 1 000 inwoners"
    assert units.unit("onbekende eenheid", "en") == "onbekende eenheid"
    assert marks.attribution("Bron: CBS (CC BY 4.0); geometrie: CBS/Kadaster via PDOK", "en") == \
        "Source: CBS (CC BY 4.0); geometry: CBS/Kadaster via PDOK"


@pytest.mark.parametrize("name, expected", [("Wijk 01 Centrum", "Wijk 01 Centrum"), ("Centrum", "wijk Centrum"),
                                            ("wijk 3", "wijk 3"), ("", "wijk WK093501")])
def test_a_wijk_is_never_wijk_wijk(name, expected):
    assert marks.wijk_phrase(name, "WK093501") == expected


def test_legend_lines_explain_each_mark_once():
    lines = marks.Legend(threshold=100).add("higher", "lower", "worse", "better", "model", "too_few").lines("nl")
    assert lines[0].startswith("\u25b2/\u25bc ")
    assert any(line.startswith("ongunstig: ") and "gunstig: " in line for line in lines)
    assert any(line.startswith("\u2248: modelschatting") for line in lines)
    assert any("minder dan 100 inwoners" in line for line in lines)
    assert len(lines) == 4


def test_the_docs_describe_every_mark():
    with open(os.path.join(ROOT, "docs", "visual_language.md"), encoding="utf-8") as handle:
        text = handle.read()
    for mark in marks.MARKS.values():
        symbol = mark.symbol.format(year="jaar")
        if symbol and mark.family != "comparison":
            assert symbol in text, mark.key
        for language in ("nl", "en"):
            assert mark.words[language].format(year="{year}" if language == "en" else "{jaar}") in text, \
                (mark.key, language)
        if mark.issue:
            assert "issue {}".format(mark.issue) in text, mark.key
    for ramp in marks.classify.QUESTION_RAMPS:
        assert ramp in text


def test_a_figure_from_an_earlier_year_carries_its_year():
    """Issue 10 writes ``<indicator>_jaar`` when CBS has not filled this year's table yet."""
    legend = marks.Legend()
    record = {"eenzaam_18": 46.1, "eenzaam_18_jaar": 2023, "woz_waarde": 310.0, "woz_waarde_jaar": None}
    assert marks.figure_text(record, "eenzaam_18", 1, "nl", legend=legend) == "46,1 [2023]"
    assert marks.figure_text(record, "woz_waarde", 0, "en") == "310"
    assert marks.figure_text({"x": None, "x_jaar": 2023}, "x") == "geheim"  # no figure: no year
    assert legend.keys == ["earlier_year"]
    assert legend.lines("nl") == ["[jaar]: cijfer uit een eerder jaar: de tabel van dit jaar is nog niet gevuld"]
