"""The buurt table as CSV or XLSX, with the names and marks of the maps and the atlas (pure Python).

One row per buurt (water areas left out), after a row for Nederland and one for the
gemeente; per question its index, the buurt's rank and every component's score; per
indicator its value. Column names are the atlas's indicator names (unit in brackets,
"\u2248" for model estimates); a missing value is written as its wording ("geheim", "te
weinig inwoners", ...) - never as 0 or as an empty cell. A second sheet (XLSX) or a
companion legend explains every mark once.

CSV in Dutch uses ";" and a decimal comma (what Excel in Dutch expects), in English ","
and a decimal point; both UTF-8 with a byte-order mark so Excel reads the accents.
XLSX keeps numbers as numbers (openpyxl, imported only when XLSX is asked for).
"""
import csv
import os
import tempfile
from dataclasses import dataclass, field
from typing import List

from ..core import marks
from .content import index_decimals, min_population, unavailable_kind
from .model import pick

TEXT = {
    "code": {"nl": "Code", "en": "Code"},
    "name": {"nl": "Naam", "en": "Name"},
    "wijk": {"nl": "Wijk", "en": "District"},
    "inhabitants": {"nl": "Inwoners", "en": "Inhabitants"},
    "index": {"nl": "{number}. {title} \u2013 index", "en": "{number}. {title} \u2013 index"},
    "rank": {"nl": "{number}. {title} \u2013 rang in de gemeente", "en": "{number}. {title} \u2013 rank in the "
                                                                       "municipality"},
    "score": {"nl": "{name} \u2013 score ({number}. {title})", "en": "{name} \u2013 score ({number}. {title})"},
    "nederland": {"nl": "Nederland", "en": "Netherlands"},
    "gemeente": {"nl": "Gemeente {name}", "en": "Municipality of {name}"},
    "sheet": {"nl": "Buurten", "en": "Neighbourhoods"},
    "legend_sheet": {"nl": "Toelichting", "en": "Notes"},
    "legend_title": {"nl": "Tekens en woorden in deze tabel", "en": "Marks and words in this table"},
    "sources": {"nl": "Bronnen", "en": "Sources"},
    "missing_package": {"nl": "openpyxl ontbreekt: XLSX kan niet; CSV wel",
                        "en": "openpyxl is missing: XLSX is not possible; CSV is"},
}
FORMATS = ("csv", "xlsx")


def tx(key, language, **values):
    entry = TEXT[key]
    text = entry.get(language) or entry["nl"]
    return text.format(**values) if values else text


@dataclass
class Column:
    title: str
    kind: str  # text | number | index | rank | score
    key: str = ""
    decimals: int = 1
    question: object = None


@dataclass
class Table:
    columns: List[Column]
    rows: List[list]  # cells: str, float/int or None (None never reaches a file: see ``cell_text``)
    legend: List[str] = field(default_factory=list)
    sources: List[str] = field(default_factory=list)


def build_table(data, language="nl"):
    """The table of ``data`` (``AtlasData``): columns, the Nederland and gemeente rows, the buurten."""
    catalog = data.catalog
    questions = data.question_list()
    columns = [Column(tx("code", language), "text", "code"), Column(tx("name", language), "text", "naam"),
               Column(tx("wijk", language), "text", "wijk"), Column(tx("inhabitants", language), "number",
                                                                    "inwoners", 0)]
    indicator_keys = []
    for question in questions:
        summary = data.questions[question.id]
        title = pick(question.title, language)
        columns.append(Column(tx("index", language, number=question.number, title=title), "index",
                              question.index_id, index_decimals(data.normalisation_of(question.id)), question))
        columns.append(Column(tx("rank", language, number=question.number, title=title), "rank",
                              question.index_id, 0, question))
        for key in summary["component_fields"]:
            name = marks.indicator_name(catalog.indicators[key], language, with_unit=False)
            columns.append(Column(tx("score", language, name=name, number=question.number, title=title), "score",
                                  key, 0 if data.normalisation_of(question.id) != "zscore" else 2, question))
        for key in summary["component_fields"] + summary["show_beside"]:
            if key not in indicator_keys:
                indicator_keys.append(key)
    for key in indicator_keys:
        indicator = catalog.indicators[key]
        columns.append(Column(marks.indicator_name(indicator, language), "number", key, indicator.decimals))
    legend = marks.Legend(threshold=min_population(data)).add("secret", "too_few", "no_index", "not_in_source")
    if any(marks.earlier_year(r, k) for r in data.land_records("buurt") for k in indicator_keys):
        legend.add("earlier_year")
    if any(catalog.indicators[k].model_estimate for k in indicator_keys):
        legend.add("model")
    if data.unavailable:
        legend.add(unavailable_kind(data))

    buurten = sorted(data.land_records("buurt"), key=lambda r: (r.get("wijkcode") or "", r.get("naam") or ""))
    first = buurten[0] if buurten else {}
    rows = [_comparison_row(columns, first, "_nl", tx("nederland", language), language),
            _comparison_row(columns, first, "_gm", tx("gemeente", language, name=data.gemeente_name), language,
                            data.gemeente_record)]
    for record in buurten:
        wijk = data.wijk_of(record) or {}
        row = []
        for column in columns:
            row.append(_cell(data, column, record, wijk, language))
        rows.append(row)
    sources = [line for line in _source_lines(data, language)]
    return Table(columns, rows, legend.lines(language), sources)


def _source_lines(data, language):
    from .content import source_lines

    return source_lines(data, language)


def _comparison_row(columns, record, suffix, label, language, own=None):
    row = []
    for column in columns:
        if column.key == "code":
            row.append((own or {}).get("code", "NL" if suffix == "_nl" else ""))
        elif column.key == "naam":
            row.append(label)
        elif column.kind == "number" and column.key not in ("inwoners",):
            value = record.get(column.key + suffix)
            row.append(value if value is not None else marks.symbol("not_in_source"))
        elif column.key == "inwoners" and own:
            row.append(own.get("inwoners"))
        else:
            row.append("")
    return row


def _cell(data, column, record, wijk, language):
    if column.kind == "text":
        if column.key == "wijk":
            return wijk.get("naam") or record.get("wijkcode") or ""
        return record.get(column.key) or ""
    if column.kind == "index":
        state, value = marks.index_state(record, column.question)
        return value if state == "value" else marks.words(state, language)
    if column.kind == "rank":
        state, value = marks.index_state(record, column.question)
        if state != "value":
            return ""
        return data.rank(column.question.id, value)[0]
    if column.kind == "score":
        indicator = data.catalog.indicators[column.key]
        if marks.too_small(record, indicator):
            return marks.words("too_few", language)
        score = record.get(column.key + "_score")
        return score if score is not None else marks.words("secret", language)
    value = record.get(column.key)
    if value is not None and marks.earlier_year(record, column.key):
        return marks.figure_text(record, column.key, column.decimals, language)  # "12,3 [2023]"
    return value if value is not None else marks.words("secret", language)


def cell_text(value, decimals, language):
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return marks.format_number(value, decimals, language).replace(".", "") if language == "nl" else \
        marks.format_number(value, decimals, language).replace(",", "")


# -- writing ----------------------------------------------------------------------------------
def write(table, path, language="nl"):
    """Write ``table`` to ``path`` (``.csv`` or ``.xlsx``, atomically); returns the path."""
    kind = os.path.splitext(path)[1].lower().lstrip(".")
    if kind not in FORMATS:
        raise ValueError("unknown table format {}".format(kind))
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".rksd-table-", suffix="." + kind)
    os.close(handle)
    try:
        if kind == "csv":
            _write_csv(table, tmp, language)
        else:
            _write_xlsx(table, tmp, language)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def _write_csv(table, path, language):
    delimiter = ";" if language == "nl" else ","
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow([c.title for c in table.columns])
        for row in table.rows:
            writer.writerow([cell_text(value, column.decimals, language) for column, value in zip(table.columns, row)])


def xlsx_available():
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return True


def _write_xlsx(table, path, language):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = tx("sheet", language)
    sheet.append([c.title for c in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    grey = Font(color="6B6B6B", italic=True)
    band = PatternFill("solid", fgColor="E8EEF3")
    for number, row in enumerate(table.rows, start=2):
        sheet.append(list(row))
        for column, cell in zip(table.columns, sheet[number]):
            if isinstance(cell.value, float):
                cell.number_format = "0" if column.decimals <= 0 else "0." + "0" * column.decimals
            elif isinstance(cell.value, str) and column.kind not in ("text",) and cell.value:
                cell.font = grey
                cell.alignment = Alignment(horizontal="right")
            if number <= 3:
                cell.fill = band
    sheet.freeze_panes = "C2"
    sheet.column_dimensions["B"].width = 28
    notes = book.create_sheet(tx("legend_sheet", language))
    notes.append([tx("legend_title", language)])
    notes["A1"].font = Font(bold=True)
    for line in table.legend:
        notes.append([line])
    notes.append([])
    notes.append([tx("sources", language)])
    notes.cell(row=notes.max_row, column=1).font = Font(bold=True)
    for line in table.sources:
        notes.append([line])
    notes.column_dimensions["A"].width = 120
    book.save(path)


def export(gpkg_path, path, language="nl", catalog=None):
    """Read an RKSD GeoPackage and write its buurt table to ``path`` (CSV or XLSX)."""
    from .gpkg_reader import read_atlas_data

    data = read_atlas_data(gpkg_path, catalog, language)
    return write(build_table(data, language), path, language)


__all__ = ["build_table", "export", "write", "xlsx_available", "FORMATS"]
