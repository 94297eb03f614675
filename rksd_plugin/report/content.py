"""What each atlas page says, as plain text and numbers (pure Python, no QGIS).

Table rows per area (index, components, gemeente and Nederland values, a cue for
above/below), key figures, chart data, the notes under a question map and the method
and sources page. Missing values read "geheim / onbekend" - never 0; model estimates
carry a mark; indicators a GeoPackage cannot answer are listed, not dropped.
"""
import re
import statistics
from dataclasses import dataclass, field
from typing import List, Optional

from ..core import classify
from .model import pick, source_records
from .texts import t

NOTABLE = 0.10  # a difference with the gemeente gets a colour from 10 % on


@dataclass
class Row:
    kind: str  # question | domains | component | beside | wijk | unavailable
    label: str
    value: str = ""
    gemeente: str = ""
    nederland: str = ""
    cue: str = ""
    tone: str = ""  # worse | better | '' (components); the class colour (question rows)
    question: str = ""
    model: bool = False


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


def index_classes(normalisation, index_styles):
    """Breaks and colours of the index maps (``question_maps.INDEX_STYLES``)."""
    style, _ = index_styles.get(normalisation) or index_styles["percentile"]
    breaks = [float(b) for b in style["breaks"]]
    return IndexClasses(breaks, classify.ramp(style.get("ramp", "OrRd"), len(breaks) - 1))


def question_classes(data, index_styles):
    """``{question id: IndexClasses}``: each question's index may be normalised its own way."""
    return {q.id: index_classes(data.normalisation_of(q.id), index_styles) for q in data.question_list()}


def index_decimals(normalisation):
    return 0 if normalisation == "percentile" else 1


# -- values ------------------------------------------------------------------------------
def format_value(value, decimals=1, language="nl"):
    """Dutch (or English) number style; a missing value reads "geheim / onbekend"."""
    if value is None:
        return t("missing", language)
    return classify.format_number(float(value), decimals, language)


def compare(value, reference, decimals, direction):
    """``(cue, tone)``: 'higher'/'lower'/'same' and 'worse'/'better'/'' (small differences)."""
    if value is None or reference is None:
        return "", ""
    if round(value, decimals) == round(reference, decimals):
        return "same", ""
    higher = value > reference
    notable = reference == 0 or abs(value - reference) / abs(reference) >= NOTABLE
    tone = ""
    if notable and direction in ("higher_is_risk", "lower_is_risk"):
        worse = higher if direction == "higher_is_risk" else not higher
        tone = "worse" if worse else "better"
    return ("higher" if higher else "lower"), tone


def indicator_label(indicator, language):
    title = pick(indicator.title, language)
    unit = indicator.unit or ""

    def squeeze(text):
        return re.sub(r"[\s.]", "", text.lower())

    if unit and squeeze(unit) not in squeeze(title):
        title = "{} ({})".format(title, unit)
    if indicator.model_estimate:
        title += t("model_mark", language)
    return title


def unavailable_why(data, language):
    if data.sample:
        return t("unavailable_sample", language)
    reasons = " ".join(str(v) for v in data.unavailable.values())
    return t("unavailable_package", language) if "package" in reasons else t("unavailable", language)


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
            rows.append(_indicator_row(data, key, record, "component", question.id, language))
        for key in summary["show_beside"]:
            rows.append(_indicator_row(data, key, record, "beside", question.id, language))
        for key in summary["wijk_indicators"]:
            source = data.wijk_of(record) if level == "buurt" else record
            rows.append(_indicator_row(data, key, source or {}, "wijk", question.id, language))
        missing = [k for k in question.indicators if k in data.unavailable]
        if missing:
            names = "; ".join(pick(data.catalog.indicators[k].title, language) for k in missing)
            text = t("not_in", language).format(why=unavailable_why(data, language), names=names)
            rows.append(Row("unavailable", text, question=question.id))
    return rows


def _question_row(data, question, record, level, language, classes):
    decimals = index_decimals(data.normalisation_of(question.id))
    title = pick(question.title, language)
    if level == "buurt":
        value = record.get(question.index_id)
        label = t("index_row", language).format(number=question.number, title=title)
        if record.get(question.id + "_klein") == "JA":
            text, rank_text = t("small", language), ""
        elif value is None:
            text, rank_text = t("no_index", language), ""
        else:
            text = classify.format_number(value, decimals, language)
            rank, of = data.rank(question.id, value)
            rank_text = t("rank", language).format(rank=rank, of=of)
    else:
        values = [r.get(question.index_id) for r in data.buurten_in(record.get("code"))]
        values = [v for v in values if v is not None]
        value = statistics.median(values) if values else None
        label = t("index_row_wijk", language).format(number=question.number, title=title)
        text = classify.format_number(value, decimals, language) if value is not None else t("no_index", language)
        rank_text = t("buurten_count", language).format(n=len(values))
    return Row("question", label, text, rank_text, "", classes.label(value, decimals, language),
               classes.color(value), question.id)


def _domains_row(question, record, language):
    count = record.get(question.id + "_domeinen")
    of = record.get(question.id + "_domeinen_n")
    if count is None:
        value = t("missing", language)
    else:
        value = t("domains_value", language).format(n=int(count), of=int(of or 0))
    return Row("domains", t("domains", language), value, question=question.id)


def _indicator_row(data, key, record, kind, question_id, language):
    indicator = data.catalog.indicators[key]
    label = indicator_label(indicator, language)
    if kind == "beside":
        label = "{} ({})".format(label, t("beside", language))
    elif kind == "wijk":
        label = "{} ({})".format(label, t("wijk_figure", language))
    value, gemeente, nederland = record.get(key), record.get(key + "_gm"), record.get(key + "_nl")
    cue, tone = compare(value, gemeente, indicator.decimals, indicator.direction)
    shown = format_value(value, indicator.decimals, language)
    if record.get(key + "_jaar"):  # from an earlier table than the atlas's year: "2024*"
        shown = "{} ({}*)".format(shown, int(record[key + "_jaar"]))
    return Row(
        kind, label,
        shown,
        _comparison(data, kind, key + "_gm", gemeente, indicator.decimals, language),
        _comparison(data, kind, key + "_nl", nederland, indicator.decimals, language),
        t(cue, language) if cue else "", tone, question_id, indicator.model_estimate,
    )


def _comparison(data, kind, field, value, decimals, language):
    """A gemeente or Nederland value; "n.b." when the source has no such row at all.

    A comparison row that is absent from the download (the sample holds no Nederland row
    for KWB) is not a secret figure, so it must not read "geheim / onbekend"."""
    if value is None:
        level = "wijken" if kind == "wijk" else "buurten"
        if not any(r.get(field) is not None for r in data.records(level)):
            return t("not_available_short", language)
    return format_value(value, decimals, language)


# -- page texts ----------------------------------------------------------------------------
def population_text(record, language):
    return format_value(record.get("inwoners"), 0, language)


def area_subtitle(data, record, level, language):
    gemeente = data.gemeente_name
    if level == "buurt":
        wijk = data.wijk_of(record) or {}
        return t("subtitle_buurt", language).format(
            code=record.get("code", ""), wijk=wijk.get("naam") or record.get("wijkcode") or "",
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


def table_note(data, language):
    methods = data.normalisations()
    index = t("index_" + methods[0], language) if len(methods) == 1 else t("index_mixed", language)
    return t("table_note", language).format(index=index)


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
            own = record.get(question.index_id)
            marked = [own] if own is not None else []
            small = record.get(question.id + "_klein") == "JA"
            text = classify.format_number(own, decimals, language) if own is not None else (
                t("small", language) if small else t("missing", language))
        else:
            marked = [r.get(question.index_id) for r in data.buurten_in(record.get("code"))]
            marked = [v for v in marked if v is not None]
            small = False
            text = classify.format_number(statistics.median(marked), decimals, language) if marked else t(
                "missing", language)
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
    if any(catalog.indicators[k].model_estimate for k in components + summary["show_beside"]):
        lines.append(t("q_model", language))
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


def attributions(data):
    values = data.provenance.get("attributions") or [data.provenance.get("attribution")
                                                     or pick(data.catalog.attribution, "nl")]
    return [v for v in values if v]


def sources_short(data):
    parts = []
    for record in source_records(data.provenance):
        parts.append("{} ({})".format(record.get("table", ""), period_text(record.get("period"))))
    return ", ".join(parts)


def document_title(data, language):
    return t("document_title", language).format(gemeente=data.gemeente_name, year=data.year)


def footer(data, language, date_text):
    return t("footer", language).format(
        attribution=" \u00b7 ".join(attributions(data)), sources=sources_short(data),
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
    lines.append(t("attribution_line", language).format(attribution="; ".join(attributions(data))))
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
