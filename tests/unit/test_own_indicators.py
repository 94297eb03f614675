"""Own indicators beside CBS: rates from published counts only, and a place in a question's index.

Population is Maastricht's real KWB 2024 (the bundled sample); counts are SYNTHETIC.
"""
import copy
import dataclasses

import pytest

from rksd_plugin.core import indices
from rksd_plugin.core.catalog import Component
from rksd_plugin.core.owndata import marks, model, own_indicators, questions, release, report
from rksd_plugin.core.owndata.disclosure import Rules
from rksd_plugin.core.owndata.figures import Counts
from tests.support import own_data


def wmo_release(rules=Rules(), seed=3, **info):
    hierarchy = own_data.hierarchy()
    gemeente, buurten, wijken, gemeenten = own_data.maastricht_areas()
    rng = __import__("random").Random(seed)
    values = {}
    for record in buurten:
        population = record.get("inwoners_65plus") or 0
        values[("buurt", record["code"])] = int(population * rng.uniform(0.0, 0.15))
    counts = Counts("buurt", {"wmo": values}, {"wmo": "Wmo-cliënten"})
    details = dict(key="wmo", title={"nl": "Wmo-cliënten", "en": "Wmo clients"}, synthetic=True,
                   population="inwoners_65plus")
    details.update(info)
    bases = release.population_bases(hierarchy, buurten, wijken, gemeenten, details["population"])
    return release.release_counts(counts, model.DatasetInfo(**details), hierarchy, 2024, rules, bases), values


def layers():
    result = own_data.maastricht_result()
    return {name: copy.deepcopy(layer) for name, layer in result.layers.items()}


def test_rates_come_from_published_counts_and_cbs_population():
    published, true = wmo_release()
    area_layers = layers()
    found = own_indicators.apply_to_layers(area_layers, published)
    indicator = found[0]
    assert indicator.id == "eigen_wmo_wmo" and indicator.kind == own_indicators.RATE
    gemeente = area_layers["gemeente"].records[0]
    shown = hidden = 0
    for record in area_layers["buurten"].records:
        count = published.value("wmo", "buurt", record["code"])
        if count is None:
            hidden += 1
            assert record[indicator.id] is None and record[indicator.id + "_n"] is None
            assert record[indicator.id + "_status"] == marks.SUPPRESSED_STATUS
        elif record.get("inwoners_65plus"):
            shown += 1
            assert count == true[("buurt", record["code"])]
            assert record[indicator.id] == pytest.approx(1000.0 * count / record["inwoners_65plus"])
        assert record[indicator.id + "_gm"] == pytest.approx(
            1000.0 * published.value("wmo", "gemeente", "GM0935") / gemeente["inwoners_65plus"])
    assert shown > 20 and hidden > 0
    spec = next(f for f in area_layers["buurten"].fields if f.name == indicator.id)
    assert marks.symbol("own_source") in spec.alias["nl"] and "eigen bron" in spec.alias["nl"]
    assert [f.name for f in area_layers["buurten"].fields][-2:] == ["water", "ontbrekend"]


def test_a_rounded_count_gives_the_rate():
    published, true = wmo_release(Rules(round_to=5))
    area_layers = layers()
    indicator = own_indicators.apply_to_layers(area_layers, published)[0]
    for record in area_layers["buurten"].records:
        count = record[indicator.id + "_n"]
        if count is not None and record.get("inwoners_65plus"):
            assert count % 5 == 0
            assert record[indicator.id] == pytest.approx(1000.0 * count / record["inwoners_65plus"])


def test_stapeling_share_needs_both_counts_published():
    gemeente, buurten, wijken, gemeenten = own_data.maastricht_areas()
    rows = own_data.synthetic_clients(buurten)
    from rksd_plugin.core.owndata import records

    spec = records.RecordSpec("buurt", "buurtcode", voorziening_field="voorziening", unit_field="client_id")
    aggregate = records.aggregate_records(own_data.numbered(rows), spec, gemeente, [b["code"] for b in buurten],
                                          [w["code"] for w in wijken])
    info = model.DatasetInfo("sd", {"nl": "Sociaal domein", "en": "Social domain"}, synthetic=True)
    published = release.release_records(aggregate, info, own_data.hierarchy(), 2024, Rules(), stapeling=True)
    area_layers = layers()
    found = {i.measure: i for i in own_indicators.apply_to_layers(area_layers, published)}
    share = found["twee_of_meer"]
    assert share.kind == own_indicators.SHARE and share.unit["nl"] == "%"
    for record in area_layers["buurten"].records:
        two = published.value("twee_of_meer", "buurt", record["code"])
        any_ = published.value("een_of_meer", "buurt", record["code"])
        if two is None or any_ is None:
            assert record[share.id] is None
        elif any_:
            assert record[share.id] == pytest.approx(100.0 * two / any_)


def test_an_own_indicator_joins_a_question_index_as_compute_question_would(catalog):
    published, _ = wmo_release()
    result = own_data.maastricht_result()
    area_layers = layers()
    indicator = own_indicators.apply_to_layers(area_layers, published)[0]
    buurten = area_layers["buurten"].records
    question = catalog.question("kwetsbaarheid")
    stored = result.provenance["questions"]["kwetsbaarheid"]
    before = [r.get(question.index_id) for r in buurten]

    unchanged = questions.merge_into_question(buurten, question, stored["weights"], "percentile", indicator.id, 0.0,
                                              "higher_is_risk", questions.question_threshold(catalog, question))
    assert [r.get(question.index_id) for r in buurten] == pytest.approx(before, nan_ok=True)
    assert unchanged["own_component"] is None

    threshold = questions.question_threshold(catalog, question)
    summary = questions.merge_into_question(buurten, question, stored["weights"], "percentile", indicator.id, 2.0,
                                            "higher_is_risk", threshold)
    assert summary["weights"][indicator.id] == 2.0
    after = [r.get(question.index_id) for r in buurten]
    assert after != before

    # the same with the pipeline's own function, the own indicator as an ordinary component
    check = layers()
    own_indicators.apply_to_layers(check, published)
    records = check["buurten"].records
    fake = dataclasses.make_dataclass("Own", ["direction", "min_population"])("higher_is_risk", threshold)
    by_id = {c: catalog.indicators[c] for c in stored["weights"]}
    by_id[indicator.id] = fake
    extended = dataclasses.replace(question, components=[c for c in question.components if c.indicator in by_id]
                                   + [Component(indicator.id, 2.0)])
    references = {}
    for key in stored["weights"]:
        references[key] = indices.Reference([r.get(key) for r in result.layers["buurten"].records], "gemeente")
    land = [r for r in records if r.get("water") != "JA" and (r.get("inwoners") or 0) >= threshold]
    references[indicator.id] = indices.Reference([r.get(indicator.id) for r in land], indices.GEMEENTE)
    # the CBS components keep their stored scores: recompute only the own score and the index
    for record in records:
        for key in stored["weights"]:
            record[key + "_stored"] = record.get(key + "_score")
    indices.compute_question(records, extended, by_id, references, {}, "percentile",
                             dict(stored["weights"], **{indicator.id: 2.0}))
    for mine, theirs in zip(buurten, records):
        assert mine[indicator.id + "_score"] == pytest.approx(theirs[indicator.id + "_score"], nan_ok=True)
    # and the index is the weighted mean of the stored CBS scores and the own score
    weights = dict(stored["weights"], **{indicator.id: 2.0})
    for record in buurten:
        scores = {k: record.get(k + "_score") for k in weights if record.get(k + "_score") is not None}
        if len(scores) >= question.min_components:
            expected = sum(weights[k] * v for k, v in scores.items()) / sum(weights[k] for k in scores)
            assert record[question.index_id] == pytest.approx(expected)
        else:
            assert record[question.index_id] is None


def test_the_privacy_report_in_words():
    published, _ = wmo_release(Rules(round_to=5))
    dutch = "\n".join(report.privacy_lines(published, "nl"))
    english = "\n".join(report.privacy_lines(published, "en"))
    assert "1 tot en met 4" in dutch and "afgerond op 5" in dutch and "SYNTHETISCH" in dutch
    assert "afgeschermd (kleine aantallen)" in dutch
    assert "from 1 to 4" in english and "SYNTHETIC" in english and "suppressed (small numbers)" in english
    hidden = published.privacy["measures"]["wmo"]["hidden"]["buurt"]
    assert "{} van 44 buurten".format(hidden) in dutch
    for text in (dutch, english):
        assert "primair" not in text and "primary" not in text
