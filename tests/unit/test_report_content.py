"""The atlas's words and numbers, without QGIS: rows, missing values, cues, own texts, charts."""
import sys

import pytest

from rksd_plugin.core.areas import AreaLayer, FieldSpec
from rksd_plugin.core.catalog import Catalog
from rksd_plugin.report import charts, content, own_texts
from rksd_plugin.report.model import AtlasData, is_sample, question_summaries

INDEX_STYLES = {"percentile": ({"method": "fixed", "breaks": [0, 20, 40, 60, 80, 100], "ramp": "OrRd"}, None)}


@pytest.fixture(scope="module")
def catalog():
    return Catalog.load()


def test_report_content_modules_import_without_qgis():
    import subprocess

    code = (
        "import sys\n"
        "for blocked in ('qgis', 'PyQt5', 'osgeo'):\n"
        "    sys.modules[blocked] = None\n"
        "import rksd_plugin.report.content, rksd_plugin.report.charts, rksd_plugin.report.own_texts\n"
        "import rksd_plugin.report.model, rksd_plugin.report.texts, rksd_plugin.report.contract\n"
        "import rksd_plugin.report.table_export, rksd_plugin.core.marks, rksd_plugin.core.units\n"
        "print('OK')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "OK", out.stderr


# -- values ---------------------------------------------------------------------------------
def test_missing_is_geheim_never_zero():
    assert content.format_value(None, 1, "nl") == "geheim"
    assert content.format_value(None, 1, "en") == "confidential"
    assert content.format_value(0.0, 1, "nl") == "0,0"
    assert content.format_value(6505, 0, "nl") == "6.505"
    assert content.format_value(1234.56, 1, "en") == "1,234.6"


def test_labels_carry_the_unit_once_and_mark_model_estimates(catalog):
    label = content.indicator_label(catalog.indicators["eenzaam_18"], "nl")
    assert label == "Eenzaam, 18+ (%) \u2248"
    crime = content.indicator_label(catalog.indicators["misdrijven_per_1000"], "nl")
    assert crime == "Geregistreerde misdrijven per 1.000 inwoners"  # "per 1 000 inwoners" is in the title already
    assert content.indicator_label(catalog.indicators["aandeel_65plus"], "nl") == "Aandeel 65-plussers (%)"


# -- rows of an area ----------------------------------------------------------------------------
def _data(catalog, buurt_records, wijk_records=None, unavailable=None, offline=True):
    """A small AtlasData with the real catalog and hand-made records."""
    question = catalog.question("eenzaamheid")
    fields = [FieldSpec(name, "real", {"nl": name}) for name in buurt_records[0]]
    buurten = AreaLayer("buurt", fields, buurt_records, [])
    wijken = AreaLayer("wijk", [FieldSpec(n, "real", {"nl": n}) for n in (wijk_records or [{}])[0]],
                       wijk_records or [], [])
    provenance = {
        "normalisation": "percentile", "offline": offline, "gemeente": "GM0935", "year": 2024,
        "unavailable": unavailable or {"eenpersoons_pct": "not available in this package: eenpersoonshuishoudens"},
        "questions": {"eenzaamheid": {
            "basis": {"eenzaam_18": "nederland", "aandeel_65plus": "gemeente"},
            "weights": {"eenzaam_18": 1.0, "aandeel_65plus": 1.0},
            "reference": {"eenzaam_18": {"value": 42.6, "basis": "nederland", "method": "percentile", "n": 13066},
                          "aandeel_65plus": {"value": 21.66, "basis": "gemeente", "method": "percentile", "n": 40}}}},
    }
    summaries = question_summaries(catalog, provenance, buurten, wijken)
    assert list(summaries) == ["eenzaamheid"] and question.index_id in buurt_records[0]
    gemeente = AreaLayer("gemeente", [], [{"naam": "Maastricht"}], [])
    layers = {"buurten": buurten, "wijken": wijken, "gemeente": gemeente}
    return AtlasData("x.gpkg", catalog, provenance, layers, summaries, dict(provenance["unavailable"]), "GM0935",
                     2024, is_sample(provenance))


def _buurt(code, naam, index, eenzaam, eenzaam_gm, klein="NEE", inwoners=1000, score=64.0):
    return {"code": code, "naam": naam, "wijkcode": "WK093504", "inwoners": inwoners, "water": "NEE",
            "eenzaam_18": eenzaam, "eenzaam_18_gm": eenzaam_gm, "eenzaam_18_nl": 47.0,
            "eenzaam_18_score": score if eenzaam is not None and inwoners >= 100 else None,
            "aandeel_65plus": 20.0, "aandeel_65plus_gm": 22.06, "aandeel_65plus_nl": None,
            "aandeel_65plus_score": 40.0, "eenzaamheid_index": index, "eenzaamheid_n": 2, "eenzaamheid_klein": klein}


def test_rows_show_index_rank_components_and_gaps(catalog):
    records = [_buurt("BU09350406", "Amby", 72.7, 46.1, 52.7), _buurt("BU09350405", "Scharn", 80.0, None, 52.7),
               _buurt("BU09350500", "Beatrixhaven", None, 61.4, 52.7, klein="JA", inwoners=15)]
    data = _data(catalog, records)
    classes = content.question_classes(data, INDEX_STYLES)
    rows = content.area_rows(data, records[0], "buurt", "nl", classes)
    kinds = [r.kind for r in rows]
    assert kinds == ["question", "component", "component", "unavailable"]
    question = rows[0]
    assert (question.value, question.gemeente, question.cue) == ("73", "rang 2 van 2", "60 \u2013 80")
    assert question.tone == classes["eenzaamheid"].colors[3]
    eenzaam = rows[1]
    assert (eenzaam.label, eenzaam.value, eenzaam.gemeente, eenzaam.nederland, eenzaam.reference) == (
        "Eenzaam, 18+ (%) \u2248", "46,1", "52,7", "47,0", "42,6 NL")
    # below the gemeente and Nederland, yet above the median Dutch buurt the index ranks it against:
    # the cue says so, with the score the index uses - table and index agree
    assert eenzaam.cue == "\u25b2 64 ongunstig" and eenzaam.tone == "worse" and eenzaam.model
    assert rows[2].nederland == "\u2013"  # no Nederland row in the source at all: not a secret figure
    assert "not_in_source" in rows[2].missing and rows[2].reference == "21,7 gem."
    assert rows[3].label == ("Niet in deze atlas (niet beschikbaar in dit pakket): Eenpersoonshuishoudens")
    scharn = content.area_rows(data, records[1], "buurt", "nl", classes)
    assert scharn[1].value == "geheim" and scharn[1].cue == "" and scharn[1].tone == ""
    small = content.area_rows(data, records[2], "buurt", "nl", classes)
    assert small[0].value == "" and small[0].cue == "te weinig inwoners" and small[0].tone == ""
    assert small[1].value == "61,4" and small[1].cue == "te weinig inwoners" and small[1].tone == ""
    legend = content.page_legend(data, rows + small, "nl")
    assert {"higher", "worse", "model", "not_in_source", "not_in_package", "too_few"} <= set(legend.keys)


def test_a_wijk_gets_the_median_of_its_buurten(catalog):
    records = [_buurt("BU09350406", "Amby", 70.0, 46.1, 52.7), _buurt("BU09350405", "Scharn", 80.0, 40.0, 52.7),
               _buurt("BU09350404", "Limmel", 30.0, 40.0, 52.7)]
    wijk = {"code": "WK093504", "naam": "Wijk 04 Buitenwijk Oost", "inwoners": 31865, "water": "NEE",
            "eenzaam_18": 52.8, "eenzaam_18_gm": 52.7, "eenzaam_18_nl": 47.0,
            "aandeel_65plus": 19.7, "aandeel_65plus_gm": 22.06, "aandeel_65plus_nl": None}
    data = _data(catalog, records, [wijk])
    classes = content.question_classes(data, INDEX_STYLES)
    rows = content.area_rows(data, wijk, "wijk", "nl", classes)
    assert rows[0].label.endswith("(mediaan van de buurten)")
    assert (rows[0].value, rows[0].gemeente) == ("70", "3 buurten")
    chart = content.chart_data(data, wijk, "wijk", "nl", classes)
    assert sorted(chart.rows[0].marked) == [30.0, 70.0, 80.0] and chart.rows[0].text == "70"


def test_key_figures_and_subtitle_in_dutch(catalog):
    record = _buurt("BU09350406", "Amby", 72.7, 46.1, 52.7)
    record.update(inwoners=6505, inwoners_65plus=1745, aandeel_65plus=1745 / 6505 * 100, huishoudens=2970,
                  huishoudensgrootte=2.1, bevolkingsdichtheid=1429)
    text = content.key_figures(record, "nl")
    assert "Inwoners: 6.505" in text and "65 jaar of ouder: 1.745 (26,8 %; gemeente 22,1 %)" in text
    assert "Huishoudens: 2.970 (gemiddeld 2,1 personen)" in text


def test_method_page_names_sources_and_the_threshold(catalog):
    records = [_buurt("BU09350406", "Amby", 72.7, 46.1, 52.7)]
    data = _data(catalog, records)
    data.provenance["sources"] = [{"source": "rivm", "table": "50090NED", "catalog": "dataderden.cbs.nl",
                                   "title": "Gezondheid per wijk en buurt", "period": "2020JJ00",
                                   "model_estimate": True, "modified": ""}]
    data.provenance["attributions"] = ["Bron: CBS (CC BY 4.0); geometrie: CBS/Kadaster via PDOK",
                                       "Bron: RIVM/GGD'en/CBS"]
    blocks = content.method_blocks(data, "buurt", "nl", intro="Onze eigen inleiding.", area_count=44)
    texts = [text for _, text in blocks]
    assert texts[1] == "Onze eigen inleiding."
    assert any("tabel 50090NED (dataderden.cbs.nl), periode 2020; modelschattingen" in t for t in texts)
    assert any("minder dan 100 inwoners" in t for t in texts)
    assert any("Bron: CBS (CC BY 4.0); geometrie: CBS/Kadaster via PDOK; Bron: RIVM/GGD'en/CBS" in t for t in texts)
    assert any("niet beschikbaar in dit pakket" in t for t in texts)
    assert any(t.startswith("\u2248: modelschatting") for t in texts)  # the marks, explained once


# -- the gemeente's own words ----------------------------------------------------------------------
def test_csv_with_semicolons_bom_header_and_multiline_text():
    text = "\ufeffcode;tekst\nBU09350406;\"Amby: nieuw wijkcentrum;\nopen sinds mei.\"\ninleiding;Welkom.\n"
    texts = own_texts.parse_csv(text.lstrip("\ufeff"))
    assert texts.by_code == {"BU09350406": "Amby: nieuw wijkcentrum;\nopen sinds mei."}
    assert texts.intro == "Welkom." and texts.warnings == []


def test_csv_with_commas_no_header_and_codes_in_any_spelling():
    texts = own_texts.parse_csv("bu09350406,Tekst met, komma\nWK093504  ,Wijktekst\nGM0935,Inleiding\nfoo,bar\n")
    assert texts.by_code == {"BU09350406": "Tekst met, komma", "WK093504": "Wijktekst"}
    assert texts.intro == "Inleiding"
    assert len(texts.warnings) == 1 and "'foo'" in texts.warnings[0]


def test_texts_for_codes_without_a_page_are_reported(tmp_path):
    path = tmp_path / "teksten.csv"
    path.write_bytes("code;tekst\nBU09350406;Eén tekst\nBU09359999;Weg\n".encode("utf-8-sig"))
    texts = own_texts.load(str(path), intro="Van het dock")
    assert texts.text_for("BU09350406") == "Eén tekst" and texts.intro == "Van het dock"
    texts.check_codes(["BU09350406"], "GM0935")
    assert any("BU09359999" in w for w in texts.warnings)
    assert own_texts.load({"BU09350406": "uit het dock"}).text_for("BU09350406") == "uit het dock"


# -- charts ----------------------------------------------------------------------------------------
def test_strip_chart_marks_the_area_and_can_leave_text_out():
    classes = content.index_classes("percentile", INDEX_STYLES)
    chart = content.ChartData([content.ChartRow("1. Kwetsbaarheid", [10.0, 50.0, 90.0], [50.0], "50"),
                               content.ChartRow("2. Geld", [20.0, 60.0], [], "te weinig inwoners")],
                              classes, 0.0, 100.0, [0, 20, 40, 60, 80, 100])
    with_text = charts.strip_chart_svg(chart, "nl", 80, 40)
    without = charts.strip_chart_svg(chart, "nl", 80, 40, labels=False)
    assert with_text.count("<circle") == 1 and "1. Kwetsbaarheid" in with_text
    assert "<text" not in without and without.count("<line") == 5 + 6
    assert 'viewBox="0 0 80 40"' in without
    # a strip without a dot says why beside its title: the value column keeps to numbers
    assert charts.label_rows(chart) == [("1. Kwetsbaarheid", "50"), ("2. Geld \u2013 te weinig inwoners", ""),
                                        ("0", "100")]


def test_a_question_with_its_own_normalisation_gets_its_own_scale(catalog):
    styles = dict(INDEX_STYLES, zscore=({"method": "fixed", "breaks": [-3, -1, -0.5, 0.5, 1, 3], "ramp": "OrRd"}, None))
    records = [_buurt("BU09350406", "Amby", 1.3, 46.1, 52.7), _buurt("BU09350405", "Scharn", -0.5, 40.0, 52.7)]
    data = _data(catalog, records)
    data.questions["eenzaamheid"]["normalisation"] = "zscore"
    assert data.normalisation_of("eenzaamheid") == "zscore" and data.normalisations() == ["zscore"]
    classes = content.question_classes(data, styles)
    rows = content.area_rows(data, records[0], "buurt", "nl", classes)
    assert rows[0].value == "1,3"  # one decimal for a z-score
    assert rows[0].cue == "1,0 \u2013 3,0"
    chart = content.chart_data(data, records[0], "buurt", "nl", classes)
    assert (chart.rows[0].low, chart.rows[0].high) == (-3.0, 3.0) and chart.ticks == [-3, -1, -0.5, 0.5, 1, 3]
    assert "z-score" in content.table_note(data, "nl")


def test_key_figures_when_the_65plus_count_is_secret():
    record = {"inwoners": 15, "inwoners_65plus": None, "aandeel_65plus": None, "aandeel_65plus_gm": 22.06}
    assert content.key_figures(record, "nl").splitlines()[1] == "65 jaar of ouder: geheim (gemeente 22,1 %)"


def test_a_figure_from_an_earlier_year_is_marked_in_the_table(catalog):
    record = _buurt("BU09350406", "Amby", 72.7, 46.1, 52.7)
    record["eenzaam_18_jaar"] = 2023  # issue 10: CBS has not filled this year's table yet
    data = _data(catalog, [record])
    classes = content.question_classes(data, INDEX_STYLES)
    rows = content.area_rows(data, record, "buurt", "nl", classes)
    assert rows[1].value == "46,1 [2023]"
    assert "earlier_year" in content.page_legend(data, rows, "nl").keys
    assert "[jaar]: cijfer uit een eerder jaar" in content.table_note(data, "nl", rows)
