"""What each atlas page says, as plain text and numbers (pure Python, no QGIS).

Table rows per area (index, components with the gemeente, Nederland and the maatstaf
the index ranks them against, and a cue that agrees with the component's score), key
figures, chart data, the notes under a question map and the method and sources page.
Every mark and every wording of a missing value comes from ``core.marks``, so the atlas
says what the dock, the maps and the export say.
"""
import re
import statistics
from dataclasses import dataclass, field
from typing import List, Optional

from ..core import classify, marks
from .model import pick, source_records
from .texts import t


@dataclass
class Row:
    kind: str  # question | domains | component | beside | wijk | unavailable
    label: str
    value: str = ""
    gemeente: str = ""
    nederland: str = ""
    reference: str = ""  # the maatstaf of an index component
    cue: str = ""
    tone: str = ""  # worse | better | '' (components); the class colour (question rows)
    question: str = ""
    model: bool = False
    missing: List[str] = field(default_factory=list)  # kinds of missing in this row (for the legend)

    def cells(self):
        return [self.label, self.value, self.gemeente, self.nederland, self.reference, self.cue]


@dataclass
class IndexClasses:
    breaks: List[float]
    colors: List[str]

    def color(self, value):
        if value is None or len(self.breaks) < 2:
            return ""
        for index in range(len(self.breaks) - 1):
            if value <= self.breaks[index + 1]:
                return self.colors[index]
        return self.colors[-1]

    def label(self, value, decimals=0, language="nl"):
        if value is None or len(self.breaks) < 2:
            return ""
        for index in range(len(self.breaks) - 1):
            if value <= self.breaks[index + 1] or index == len(self.breaks) - 2:
                return classify.class_label(self.breaks[index], self.breaks[index + 1], "", decimals, language)
        return ""


def index_classes(normalisation, index_styles, ramp=None):
    """Breaks and colours of an index map (``question_maps.INDEX_STYLES``), in ``ramp``."""
    style, _ = index_styles.get(normalisation) or index_styles["percentile"]
    breaks = [float(b) for b in style["breaks"]]
    return IndexClasses(breaks, classify.ramp(ramp or style.get("ramp", "OrRd"), len(breaks) - 1))


def question_classes(data, index_styles):
    """``{question id: IndexClasses}``: each question has its own ramp and may be normalised its own way."""
    return {q.id: index_classes(data.normalisation_of(q.id), index_styles, classify.question_ramp(q.number))
            for q in data.question_list()}


def index_decimals(normalisation):
    return 0 if normalisation == "percentile" else 1


# -- values ------------------------------------------------------------------------------
def format_value(value, decimals=1, language="nl"):
    """Dutch (or English) number style; a missing value reads "geheim" (never 0)."""
    return marks.value_text(value, decimals, language)


def indicator_label(indicator, language):
    return marks.indicator_name(indicator, language)


def unavailable_kind(data):
    """Why an indicator is absent: the package (or sample) lacks it, or the source has it not."""
    reasons = " ".join(str(v) for v in data.unavailable.values())
    return "not_in_package" if data.sample or "package" in reasons else "not_in_source"


def unavailable_why(data, language):
    return marks.words(unavailable_kind(data), language)


# -- the area table ------------------------------------------------------------------------
def area_rows(data, record, level, language, classes):
    """The rows of one area's table, question by question."""
    rows = []
    for question in data.question_list():
        summary = data.questions[question.id]
        rows.append(_question_row(data, question, record, level, language, classes[question.id]))
        if question.count_domains and level == "buurt":
            rows.append(_domains_row(question, record, language))
        for key in summary["component_fields"]:
            rows.append(_indicator_row(data, key, record, "component", question.id, language, level))
        for key in summary["show_beside"]:
            rows.append(_indicator_row(data, key, record, "beside", question.id, language, level))
        for key in summary["wijk_indicators"]:
            source = data.wijk_of(record) if level == "buurt" else record
            rows.append(_indicator_row(data, key, source or {}, "wijk", question.id, language, level))
        missing = [k for k in question.indicators if k in data.unavailable]
        if missing:
            names = "; ".join(pick(data.catalog.indicators[k].title, language) for k in missing)
            text = t("not_in", language).format(why=unavailable_why(data, language), names=names)
            rows.append(Row("unavailable", text, question=question.id, missing=[unavailable_kind(data)]))
    from .own_content import own_rows

    rows.extend(own_rows(data, record, level, language))  # the gemeente's own figures, after CBS's
    return rows


def _question_row(data, question, record, level, language, classes):
    decimals = index_decimals(data.normalisation_of(question.id))
    title = pick(question.title, language)
    missing = []
    if level == "buurt":
        state, value = marks.index_state(record, question)
        label = t("index_row", language).format(number=question.number, title=title)
        if state == "value":
            text = classify.format_number(value, decimals, language)
            rank, of = data.rank(question.id, value)
            rank_text = t("rank", language).format(rank=rank, of=of)
        else:  # the wording goes where the class would be: the narrow value column stays one line
            text, rank_text = "", ""
            missing.append(state)
            return Row("question", label, text, rank_text, "", "", marks.words(state, language), "", question.id,
                       missing=missing)
    else:
        values = [r.get(question.index_id) for r in data.buurten_in(record.get("code"))]
        values = [v for v in values if v is not None]
        value = statistics.median(values) if values else None
        label = t("index_row_wijk", language).format(number=question.number, title=title)
        text = classify.format_number(value, decimals, language) if value is not None else marks.words(
            "no_index", language)
        if value is None:
            missing.append("no_index")
        rank_text = t("buurten_count", language).format(n=len(values))
    return Row("question", label, text, rank_text, "", "", classes.label(value, decimals, language),
               classes.color(value), question.id, missing=missing)


def _domains_row(question, record, language):
    count = record.get(question.id + "_domeinen")
    of = record.get(question.id + "_domeinen_n")
    if count is None:
        value, missing = marks.words("secret", language), ["secret"]
    else:
        value, missing = t("domains_value", language).format(n=int(count), of=int(of or 0)), []
    return Row("domains", t("domains", language), value, question=question.id, missing=missing)


def _indicator_row(data, key, record, kind, question_id, language, level="buurt"):
    indicator = data.catalog.indicators[key]
    label = indicator_label(indicator, language)
    if kind == "beside":
        label = "{} ({})".format(label, t("beside", language))
    elif kind == "wijk" and level == "buurt":
        label = "{} ({})".format(label, t("wijk_figure", language))
    value, gemeente, nederland = record.get(key), record.get(key + "_gm"), record.get(key + "_nl")
    missing = []
    value_text = marks.figure_text(record, key, indicator.decimals, language)
    if value is None:
        missing.append("secret")
    elif marks.earlier_year(record, key):
        missing.append("earlier_year")  # not missing: a value mark the legend explains
    reference_text, cue_text, tone = "", "", ""
    if kind == "component":
        reference_text, cue_text, tone, extra = _component_cue(data, question_id, indicator, record, language, level)
        missing += extra
    row = Row(
        kind, label, value_text,
        _comparison(data, kind, key + "_gm", gemeente, indicator.decimals, language, missing),
        _comparison(data, kind, key + "_nl", nederland, indicator.decimals, language, missing),
        reference_text, cue_text, tone, question_id, indicator.model_estimate, missing,
    )
    return row


def _component_cue(data, question_id, indicator, record, language, level="buurt"):
    """``(maatstaf text, cue text, tone, missing kinds)`` of one index component."""
    summary = data.questions[question_id]
    method = data.normalisation_of(question_id)
    reference = (summary.get("reference") or {}).get(indicator.id) or {}
    value = record.get(indicator.id)
    reference_value = reference.get("value")
    reference_text = marks.reference_text(reference_value, indicator.decimals, reference.get("basis"), language)
    if marks.too_small(record, indicator):
        return reference_text, marks.words("too_few", language), "", ["too_few"]
    score = record.get(indicator.id + "_score")
    if value is not None and reference_value is not None and score is None and level != "buurt":
        # a wijk has no score of its own: only higher / lower than the buurten's maatstaf
        return reference_text, marks.symbol(marks.arrow(value, reference_value, indicator.decimals)), "", []
    if value is None or score is None or reference_value is None:
        return reference_text, "", "", []
    cue = marks.cue(value, reference_value, indicator.decimals, score, method)
    decimals = 0 if method in ("percentile", "index100") else 1
    return reference_text, cue.text(language, decimals), cue.tone, []


def _comparison(data, kind, field_name, value, decimals, language, missing):
    """A gemeente or Nederland value; the not-in-source sign when the source has no such row.

    A comparison row that is absent from the download (the sample holds no Nederland row
    for KWB) is not a secret figure, so it must not read "geheim"."""
    if value is None:
        level = "wijken" if kind == "wijk" else "buurten"
        if not any(r.get(field_name) is not None for r in data.records(level)):
            missing.append("not_in_source")
            return marks.symbol("not_in_source")
        missing.append("secret")
    return format_value(value, decimals, language)


def page_legend(data, rows, language):
    """The marks a page's table uses, explained once under it."""
    legend = marks.Legend(threshold=min_population(data))
    if any(r.kind == "component" for r in rows):
        legend.add("higher", "lower", "equal", "worse", "better")
    if any(r.model for r in rows):
        legend.add("model")
    for row in rows:
        legend.add(*row.missing)
    return legend


# -- page texts ----------------------------------------------------------------------------
def population_text(record, language):
    return format_value(record.get("inwoners"), 0, language)


def area_subtitle(data, record, level, language):
    gemeente = data.gemeente_name
    if level == "buurt":
        wijk = data.wijk_of(record) or {}
        return t("subtitle_buurt", language).format(
            code=record.get("code", ""),
            wijk=marks.wijk_phrase(wijk.get("naam"), record.get("wijkcode") or "", language),
            gemeente=gemeente, population=population_text(record, language), year=data.year)
    return t("subtitle_wijk", language).format(
        code=record.get("code", ""), gemeente=gemeente, buurten=len(data.buurten_in(record.get("code"))),
        population=population_text(record, language), year=data.year)


def key_figures(record, language):
    """A few lines that describe the area: inhabitants, 65+, households, density."""
    lines = [t("kf_population", language).format(value=population_text(record, language))]
    if "inwoners_65plus" in record:
        key = "kf_65plus" if record.get("aandeel_65plus") is not None else "kf_65plus_missing"
        lines.append(t(key, language).format(
            count=format_value(record.get("inwoners_65plus"), 0, language),
            share=format_value(record.get("aandeel_65plus"), 1, language),
            gemeente=format_value(record.get("aandeel_65plus_gm"), 1, language)))
    if "huishoudens" in record:
        lines.append(t("kf_households", language).format(
            count=format_value(record.get("huishoudens"), 0, language),
            size=format_value(record.get("huishoudensgrootte"), 1, language)))
    if "bevolkingsdichtheid" in record:
        density = format_value(record.get("bevolkingsdichtheid"), 0, language)
        lines.append(t("kf_density", language).format(value=density))
    return "\n".join(lines)


def table_note(data, language, rows=None):
    """The legend block under an area's table: the index's yardstick and every mark the page uses."""
    methods = data.normalisations()
    index = t("index_" + methods[0], language) if len(methods) == 1 else t("index_mixed", language)
    legend = page_legend(data, rows or [], language) if rows is not None else marks.Legend(
        ["higher", "lower", "equal", "worse", "better", "model", "secret", "too_few", "no_index"],
        min_population(data))
    reference = t("reference_" + methods[0], language) if len(methods) == 1 else t("reference_mixed", language)
    return " ".join([t("table_note", language).format(index=index, reference=reference)]
                    + [line + "." for line in legend.lines(language)])


@dataclass
class ChartRow:
    label: str
    values: List[float]  # every buurt of the gemeente with an index
    marked: List[float]  # this buurt, or the buurten of this wijk
    text: str  # the value printed beside the strip
    small: bool = False
    classes: Optional[IndexClasses] = None  # None: the chart's
    low: Optional[float] = None
    high: Optional[float] = None


@dataclass
class ChartData:
    rows: List[ChartRow]
    classes: IndexClasses
    low: float
    high: float
    ticks: List[float] = field(default_factory=list)  # empty when the rows have different scales


def chart_data(data, record, level, language, classes):
    """Per question the gemeente's index values with this area's marked.

    ``classes``: ``{question id: IndexClasses}``. Each strip runs over its question's
    class breaks (widened to the data); the axis is printed when all strips share it."""
    rows = []
    for question in data.question_list():
        own_classes = classes[question.id]
        decimals = index_decimals(data.normalisation_of(question.id))
        values = [v for v in data.index_values(question.id) if v is not None]
        low, high = own_classes.breaks[0], own_classes.breaks[-1]
        if values:
            low, high = min(low, min(values)), max(high, max(values))
        if level == "buurt":
            state, own = marks.index_state(record, question)
            marked = [own] if state == "value" else []
            small = state == "too_few"
            text = marks.index_text(record, question, decimals, language)
        else:
            marked = [r.get(question.index_id) for r in data.buurten_in(record.get("code"))]
            marked = [v for v in marked if v is not None]
            small = False
            text = classify.format_number(statistics.median(marked), decimals, language) if marked else \
                marks.words("no_index", language)
        rows.append(ChartRow("{}. {}".format(question.number, pick(question.title, language)), values, marked, text,
                             small, own_classes, low, high))
    if not rows:
        return ChartData([], IndexClasses([0.0, 100.0], ["#ffffff"]), 0.0, 100.0, [])
    first = rows[0]
    shared = all((r.low, r.high, r.classes.breaks) == (first.low, first.high, first.classes.breaks) for r in rows)
    return ChartData(rows, first.classes, first.low, first.high, list(first.classes.breaks) if shared else [])


def chart_title(data, level, language):
    return t("chart_title", language).format(
        gemeente=data.gemeente_name, area=t("this_buurt" if level == "buurt" else "its_buurten", language))


# -- question pages --------------------------------------------------------------------------
def question_notes(data, question, language, note=""):
    """The lines under a question map: method, components, basis, gaps, model estimates."""
    catalog = data.catalog
    summary = data.questions[question.id]

    def names(keys):
        return ", ".join(pick(catalog.indicators[k].title, language) for k in keys)

    components = summary["component_fields"]
    lines = [
        t("q_index", language).format(method=t("index_" + data.normalisation_of(question.id), language)),
        t("q_components", language).format(names=", ".join(indicator_label(catalog.indicators[k], language)
                                                           for k in components)),
    ]
    national = [k for k in components if summary["basis"].get(k) == "nederland"]
    local = [k for k in components if summary["basis"].get(k) == "gemeente"]
    if national:
        lines.append(t("q_basis_nl", language).format(names=names(national)))
    if local:
        lines.append(t("q_basis_gm", language).format(names=names(local)))
    weights = [summary["weights"].get(k, 1.0) for k in components]
    lines.append(t("q_min", language).format(k=question.min_components, n=len(question.components)))
    if len(set(weights)) <= 1:
        lines.append(t("q_weights_equal", language))
    else:
        lines.append(t("q_weights", language).format(weights=", ".join(
            "{} {}".format(pick(catalog.indicators[k].title, language), classify.format_number(w, 1, language))
            for k, w in zip(components, weights))))
    if question.count_domains:
        lines.append(t("q_domains", language))
    land = len(data.land_records("buurt"))
    lines.append(t("q_with_index", language).format(n=summary["buurten_with_index"], of=land))
    if summary["show_beside"]:
        lines.append(t("q_beside", language).format(names=names(summary["show_beside"])))
    if summary["wijk_indicators"]:
        lines.append(t("q_wijk", language).format(names=names(summary["wijk_indicators"])))
    missing = [k for k in question.indicators if k in data.unavailable]
    if missing:
        lines.append(t("unavailable_line", language).format(why=unavailable_why(data, language), names=names(missing)))
    legend = marks.Legend(threshold=min_population(data)).add("too_few")
    if any(catalog.indicators[k].model_estimate for k in components + summary["show_beside"]):
        legend.add("model")
    lines += [line + "." for line in legend.lines(language)]
    if question.note:
        lines.append(pick(question.note, language))
    if note:
        lines.append(note)
    return lines


def question_subtitle(data, question, language):
    return t("question_subtitle", language).format(
        question=pick(question.question, language), gemeente=data.gemeente_name, code=data.gemeente, year=data.year)


# -- document-wide ---------------------------------------------------------------------------
def period_text(period):
    match = re.match(r"^(\d{4})", str(period or ""))
    return match.group(1) if match else str(period or "")


def attributions(data, language="nl"):
    values = data.provenance.get("attributions") or [data.provenance.get("attribution")
                                                     or pick(data.catalog.attribution, "nl")]
    return [marks.attribution(v, language) for v in values if v]


def sources_short(data):
    parts = []
    for record in source_records(data.provenance):
        parts.append("{} ({})".format(record.get("table", ""), period_text(record.get("period"))))
    return ", ".join(parts)


def document_title(data, language):
    return t("document_title", language).format(gemeente=data.gemeente_name, year=data.year)


def footer(data, language, date_text):
    return t("footer", language).format(
        attribution=" \u00b7 ".join(attributions(data, language)), sources=sources_short(data),
        document=document_title(data, language), date=date_text)


def min_population(data):
    """The threshold below which buurten are flagged "te weinig inwoners" (as ``indices`` does)."""
    values = set()
    for question in data.question_list():
        for key in data.questions[question.id]["component_fields"]:
            values.add(data.catalog.indicators[key].min_population)
    return max(values) if values else 0


def method_blocks(data, level, language, intro=None, note="", opening_pages=7, area_count=0):
    """``[(kind, text), ...]`` for the method page; kind is 'heading' or 'text'."""
    level_word = t("level_" + level, language).lower()
    blocks = [("heading", t("h_intro", language))]
    blocks.append(("text", intro.strip() if intro and intro.strip() else t("intro_default", language).format(
        level=level_word, gemeente=data.gemeente_name)))
    blocks.append(("heading", t("h_reading", language)))
    questions = len(data.question_list())
    for paragraph in t("reading", language):
        blocks.append(("text", paragraph.format(first_question=opening_pages - questions + 1,
                                                last_question=opening_pages, level=level_word, count=area_count)))
    blocks.append(("heading", t("h_marks", language)))
    legend = marks.Legend(threshold=min_population(data)).add(
        "higher", "lower", "equal", "worse", "better", "model", "secret", "too_few", "no_index", "not_in_source",
        unavailable_kind(data) if data.unavailable else "")
    for line in legend.lines(language):
        blocks.append(("text", line + "."))
    blocks.append(("heading", t("h_method", language)))
    for paragraph in t("method", language):
        blocks.append(("text", paragraph.format(normalisation=t("normalisation_" + data.normalisation, language),
                                                threshold=min_population(data))))
    blocks.append(("heading", t("h_sources", language)))
    for line in source_lines(data, language):
        blocks.append(("text", line))
    if data.sample:
        blocks.append(("text", t("sample_line", language)))
    if note:
        blocks.append(("text", note))
    return blocks


def source_lines(data, language):
    """One line per source table, the geometry, the download and the attribution."""
    lines = []
    for record in source_records(data.provenance):
        modified = str(record.get("modified") or "")[:10]
        lines.append(t("source_line", language).format(
            title=record.get("title") or record.get("source", ""), table=record.get("table", ""),
            catalog=record.get("catalog", ""), period=period_text(record.get("period")),
            modified=t("source_modified", language).format(date=modified) if modified else "",
            model=t("source_model", language) if record.get("model_estimate") else ""))
    geometry = data.provenance.get("geometry") or {}
    if geometry:
        lines.append(t("geometry_line", language).format(service=geometry.get("service", ""),
                                                         crs=geometry.get("crs", "")))
    provenance = data.provenance
    lines.append(t("downloaded", language).format(
        first=str(provenance.get("downloaded_first") or provenance.get("written_at") or "")[:10],
        offline=t("offline", language) if provenance.get("offline") else "",
        version=provenance.get("catalog_version", ""), date=provenance.get("catalog_date", "")))
    missing = list(data.unavailable)
    if missing:
        lines.append(t("unavailable_line", language).format(
            why=unavailable_why(data, language),
            names=", ".join(pick(data.catalog.indicators[k].title, language)
                            for k in missing if k in data.catalog.indicators)))
    lines.append(t("attribution_line", language).format(attribution="; ".join(attributions(data, language))))
    return lines


def contents_rows(data, level, questions, first_question_page, areas, first_area_page, language):
    """``[(kind, text, page), ...]`` for the register: question maps, then areas per wijk."""
    rows = [("heading", t("h_contents", language), "")]
    if questions:
        rows.append(("group", t("contents_questions", language), ""))
        for offset, question in enumerate(questions):
            rows.append(("entry", "{}. {}".format(question.number, pick(question.title, language)),
                         str(first_question_page + offset)))
    current_wijk = None
    for offset, record in enumerate(areas):
        if level == "buurt" and record.get("wijkcode") != current_wijk:
            current_wijk = record.get("wijkcode")
            wijk = data.record("wijk", current_wijk) or {}
            rows.append(("group", wijk.get("naam") or current_wijk or "", ""))
        rows.append(("entry", record.get("naam") or record.get("code", ""), str(first_area_page + offset)))
    return rows
