"""The index and the table beside it agree: the maatstaf shown is the one the index ranks against.

The case from the issue: Wolder (Maastricht) has a loneliness index of 62 while all five
loneliness figures are below the gemeente and Nederland. The percentile ranks compare
with the distribution of Dutch buurten (each buurt once), whose middle lies well below
the population-weighted Nederland figure. RKSD now prints that middle - the maatstaf -
beside every component, and the cue (arrow, score, worse/better) follows it; so a
component's sign against the printed reference can never contradict its rank.
Checked on the real Maastricht sample (RIVM 2020 national distribution of 13 066 buurten).
"""
import math
from types import SimpleNamespace

import pytest

from rksd_plugin.core import indices, marks
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.report import content
from rksd_plugin.report.model import AtlasData

INDEX_STYLES = {"percentile": ({"method": "fixed", "breaks": [0, 20, 40, 60, 80, 100], "ramp": "OrRd"}, None)}


@pytest.fixture(scope="module")
def sample(catalog):
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    return result


def buurt(result, name):
    return next(r for r in result.layers["buurten"].records if r.get("naam") == name)


def side(value, reference, direction):
    """+1 on the risk side of the reference, -1 on the favourable side, 0 equal."""
    difference = value - reference
    if direction == "lower_is_risk":
        difference = -difference
    return (difference > 0) - (difference < 0)


def components(result, catalog, record, question_id):
    summary = result.questions[question_id]
    for key in summary["component_fields"]:
        indicator = catalog.indicators[key]
        value, score = record.get(key), record.get(key + "_score")
        if value is None or score is None:
            continue
        yield indicator, value, score, summary["reference"][key]


def atlas_rows(result, catalog, record):
    data = AtlasData("sample.gpkg", catalog, result.provenance, result.layers, result.questions,
                     result.unavailable, result.gemeente, result.year, True)
    classes = content.question_classes(data, INDEX_STYLES)
    return {(row.question, row.label): row for row in content.area_rows(data, record, "buurt", "nl", classes)}


@pytest.mark.parametrize("name, question_id, below", [
    ("Wolder", "eenzaamheid", ["eenzaam_18", "ernstig_eenzaam_18", "eenzaam_65", "emotioneel_eenzaam_18",
                               "sociaal_eenzaam_18"]),  # the case
    ("Jekerdal", "eenzaamheid", ["eenzaam_18", "ernstig_eenzaam_18", "eenzaam_65", "emotioneel_eenzaam_18",
                                 "sociaal_eenzaam_18"]),
    ("Wyck", "financieel", ["moeite_rondkomen_18"]),
])
def test_the_sign_against_the_reference_agrees_with_the_rank(sample, catalog, name, question_id, below):
    record = buurt(sample, name)
    # still the case a user met: figures below the gemeente and Nederland, scores above the middle
    for key in below:
        assert record[key] < record[key + "_gm"] and record[key] < record[key + "_nl"], key
        assert record[key + "_score"] > 50, key
    if question_id == "eenzaamheid":
        assert record["eenzaamheid_index"] > 50
    rows = atlas_rows(sample, catalog, record)
    checked = 0
    for indicator, value, score, reference in components(sample, catalog, record, question_id):
        assert reference["method"] == "percentile" and reference["value"] is not None
        sign = side(value, reference["value"], indicator.direction)
        rank = (score > 50) - (score < 50)
        assert sign * rank >= 0, (indicator.id, value, reference, score)  # never on opposite sides
        cue = marks.cue(value, reference["value"], indicator.decimals, score)
        if cue.tone == "worse":
            assert sign > 0
        if cue.tone == "better":
            assert sign < 0
        row = rows[(question_id, marks.indicator_name(indicator, "nl"))]
        # the table prints the reference the index used and the same score
        assert row.reference == marks.reference_text(reference["value"], indicator.decimals, reference["basis"], "nl")
        assert row.cue.split(" ")[1] == marks.format_number(score, 0, "nl")
        assert row.cue.startswith(marks.symbol(cue.arrow)) if cue.arrow else True
        checked += 1
    assert checked >= len(below)


def test_no_component_of_any_buurt_contradicts_its_printed_reference(sample, catalog):
    """Every buurt, every question, every component: against the maatstaf never a contradiction -
    where against the gemeente / Nederland figure (what the table used to compare with) there were many."""
    against_reference = against_published = 0
    for record in sample.layers["buurten"].records:
        for question in catalog.questions:
            for indicator, value, score, reference in components(sample, catalog, record, question.id):
                rank = (score > 50) - (score < 50)
                if side(value, reference["value"], indicator.direction) * rank < 0:
                    against_reference += 1
                published = record.get(indicator.id + ("_nl" if reference["basis"] == "nederland" else "_gm"))
                if published is not None and side(value, published, indicator.direction) * rank < 0:
                    against_published += 1
    assert against_reference == 0
    assert against_published > 50  # the old comparison contradicted the rank this often


def test_the_reference_is_the_middle_of_the_ranking_distribution():
    reference = indices.Reference([1.0, 2.0, 3.0, 10.0], indices.NATIONAL)
    assert reference.median == 2.5 and reference.centre(indices.PERCENTILE) == 2.5
    assert reference.centre(indices.ZSCORE) == pytest.approx(4.0)  # the mean: z = 0 there
    assert reference.centre(indices.INDEX100, nederland=7.0) == 7.0  # Nederland = 100
    # a value on either side of the median never ranks on the other side of 50
    for value in (0.5, 1.0, 2.0, 2.4, 2.6, 3.0, 9.0, 11.0):
        p = reference.percentile(value)
        assert (value - 2.5) * (p - 50) >= 0, value


@pytest.mark.parametrize("method", [indices.ZSCORE, indices.INDEX100])
def test_other_normalisations_print_their_own_reference(method):
    class Indicator:
        def __init__(self, key, direction):
            self.id, self.direction, self.min_population, self.domain = key, direction, 0, ""

    class Question:
        id, index_id, min_components, count_domains = "q", "q_index", 1, False
        components = [SimpleNamespace(indicator="a"), SimpleNamespace(indicator="b")]

        def weights(self):
            return {"a": 1.0, "b": 1.0}

    values = [3.0, 5.0, 8.0, 13.0, 21.0]
    records = [{"code": str(i), "inwoners": 1000, "a": v, "b": v} for i, v in enumerate(values)]
    references = {k: indices.Reference(values, indices.GEMEENTE) for k in ("a", "b")}
    nederland = {"a": 9.0, "b": 9.0}
    chosen = {"a": Indicator("a", "higher_is_risk"), "b": Indicator("b", "lower_is_risk")}
    summary = indices.compute_question(records, Question(), chosen, references, nederland, method)
    for key, indicator in chosen.items():
        reference = summary["reference"][key]
        neutral = marks.NEUTRAL_SCORE[method]
        assert reference["method"] == method
        expected = sum(values) / len(values) if method == indices.ZSCORE else 9.0
        assert reference["value"] == pytest.approx(expected)
        for record in records:
            sign = side(record[key], reference["value"], indicator.direction)
            score = record[key + "_score"]
            assert sign * ((score > neutral) - (score < neutral)) >= 0 and not math.isnan(score)
