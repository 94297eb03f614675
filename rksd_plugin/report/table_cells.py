"""Fill a template's manual table with rows, in the template's own fonts and colours.

Cell text starts from the table's content text format (what the gemeente set in the
designer); question rows are bold on a tint of the header colour, cue cells get the
colour of their meaning. When the rows do not fit the frame, the text shrinks a little
rather than being cut off.
"""
from qgis.core import QgsLayoutTable, QgsLayoutTableColumn, QgsTableCell, QgsTextFormat
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core import marks

TONES = {"worse": marks.WORSE_COLOR, "better": marks.BETTER_COLOR}
MISSING_TEXT = "#6b6b6b"
MIN_SIZE = 5.0


def header_color(table):
    style = table.cellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow)
    if style is not None and style.enabled and style.cellBackgroundColor.isValid():
        return QColor(style.cellBackgroundColor)
    return QColor("#1f5f8b")


def tint(color, amount=0.85):
    """``color`` mixed with white (``amount`` = share of white)."""
    return QColor(
        round(color.red() + (255 - color.red()) * amount),
        round(color.green() + (255 - color.green()) * amount),
        round(color.blue() + (255 - color.blue()) * amount),
    )


def readable_on(color):
    light = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#111111") if light > 140 else QColor("#ffffff")


def text_format(base, size=None, bold=None, italic=None, color=None):
    result = QgsTextFormat(base)
    font = QFont(result.font())
    if bold is not None:
        font.setBold(bold)
    if italic is not None:
        font.setItalic(italic)
    result.setFont(font)
    if size is not None:
        result.setSize(size)
    if color is not None:
        result.setColor(QColor(color))
    return result


def set_headers(table, titles):
    """New heading texts; the alignment and widths the template gave its columns stay."""
    columns = list(table.headers())
    result = []
    for index, title in enumerate(titles):
        column = QgsLayoutTableColumn(title)
        if index < len(columns):
            column.setHAlignment(columns[index].hAlignment())
        result.append(column)
    table.setHeaders(result)


def fill_area_table(table, frame, rows, missing_texts=()):
    """Put ``content.Row``s in ``table``; shrink the text when they do not fit ``frame``.

    ``missing_texts``: cell texts that stand for a missing value (printed grey)."""
    base = table.contentTextFormat()
    size = base.size()
    available = frame.rect().height()
    missing = set(missing_texts) if not isinstance(missing_texts, str) else {missing_texts}
    while True:
        table.setTableContents(_area_cells(table, rows, base, size, missing))
        if table.totalSize().height() <= available + 0.01 or size <= MIN_SIZE:
            return size
        size = max(MIN_SIZE, size - 0.25)


def _area_cells(table, rows, base, size, missing):
    band = tint(header_color(table))
    normal = text_format(base, size=size)
    bold = text_format(base, size=size, bold=True)
    grey = text_format(base, size=size, color=MISSING_TEXT)
    note = text_format(base, size=size, italic=True, color=MISSING_TEXT)
    columns = max(len(table.headers()), 1)
    contents = []
    for row in rows:
        if row.kind == "unavailable":
            cells = [QgsTableCell(row.label)] + [QgsTableCell("") for _ in range(columns - 1)]
            cells[0].setTextFormat(note)
            contents.append(cells)
            continue
        texts = row.cells()[:columns]
        texts[0] = ("" if row.kind == "question" else "   ") + texts[0]
        texts += [""] * (columns - len(texts))
        cells = [QgsTableCell(text) for text in texts]
        for index, cell in enumerate(cells):
            if row.kind == "question":
                cell.setTextFormat(bold)
                cell.setBackgroundColor(band)
            elif texts[index] in missing:
                cell.setTextFormat(grey)
            else:
                cell.setTextFormat(normal)
        last = cells[-1]
        if row.kind == "question" and row.tone:
            color = QColor(row.tone)
            last.setBackgroundColor(color)
            last.setTextFormat(text_format(base, size=size, bold=True, color=readable_on(color).name()))
        elif row.tone in TONES:
            last.setBackgroundColor(QColor(TONES[row.tone]))
        contents.append(cells)
    return contents


def fill_text_table(table, frames, blocks, heading_color=None):
    """A one-column table as flowing text: headings bold and coloured, paragraphs wrapped."""
    base = table.contentTextFormat()
    color = heading_color or header_color(table)
    size = base.size()
    available = sum(frame.rect().height() for frame in frames)
    while True:
        heading = text_format(base, size=size + 2, bold=True, color=color.name())
        body = text_format(base, size=size)
        contents = []
        for kind, text in blocks:
            cell = QgsTableCell(text)
            cell.setTextFormat(heading if kind == "heading" else body)
            contents.append([cell])
        table.setTableContents(contents)
        if table.totalSize().height() <= available * 0.97 or size <= MIN_SIZE:
            return size
        size = max(MIN_SIZE, size - 0.25)


def fill_contents_table(table, frames, rows, heading_color=None, floor=MIN_SIZE, size=None):
    """The register: a bold heading, group lines (wijken) and entries with their page.

    The text shrinks (not below ``floor``) while the rows run past the last frame - or
    keeps ``size`` when one is given; long names wrap within their column, never cut.
    Returns the size used."""
    from ..qgis_io import fit

    base = table.contentTextFormat()
    color = heading_color or header_color(table)
    fixed = size is not None
    size = size if fixed else base.size()
    widths = table.columnWidths()
    name_width = (widths[0] if widths and widths[0] > 0 else 30.0) * fit.SAFETY
    while True:
        heading = text_format(base, size=size + 3, bold=True, color=color.name())
        group = text_format(base, size=size, bold=True, color=color.name())
        entry = text_format(base, size=size)
        contents = []
        for kind, text, page in rows:
            fmt = heading if kind == "heading" else group if kind == "group" else entry
            if kind != "heading":
                text = fit.break_long_words(text, _font(fmt), name_width)
            cells = [QgsTableCell(text), QgsTableCell(page)]
            for cell in cells:
                cell.setTextFormat(fmt)
            cells[1].setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
            contents.append(cells)
        table.setTableContents(contents)
        if fixed or not _runs_past(table, frames) or size <= floor:
            return size
        size = max(floor, size - 0.25)


def _runs_past(table, frames):
    frames = list(frames)
    if not frames:
        return False
    return frames[-1].extent().bottom() < table.totalSize().height() - 0.05


def fill_chart_labels(table, rows, pitch, axis_height, width=None):
    """The chart's texts in a table that lies on the chart picture, row for row.

    ``rows``: ``[(question, value), ..., (axis low, axis high)]``; every question row is
    ``pitch`` mm high with its text at the top (the strip is drawn below it), the last
    row holds the axis ends. With ``width`` (the chart's width in mm) the value column
    takes the width of its longest text ("te weinig inwoners" included) and the text
    shrinks until every question title fits beside it - nothing is cut off."""
    from ..qgis_io import fit

    base = table.contentTextFormat()
    margin = table.cellMargin()
    size = base.size()
    while True:
        label = text_format(base, size=size)
        value = text_format(base, size=size, bold=True)
        axis = text_format(base, size=max(size - 1.5, MIN_SIZE), color="#555555")
        if not width:
            break
        value_font = _font(value)
        label_font = _font(label)
        axis_font = _font(axis)
        value_width = max([fit.text_width(right, value_font) for _, right in rows[:-1]]
                          + [fit.text_width(rows[-1][1], axis_font), 1.0]) / fit.SAFETY
        label_width = max([fit.text_width(left, label_font) for left, _ in rows[:-1]]
                          + [fit.text_width(rows[-1][0], axis_font), 1.0]) / fit.SAFETY
        room = width - 4 * margin - 0.6
        if label_width + value_width <= room or size <= MIN_SIZE:
            table.setColumnWidths([max(room - value_width, 1.0), value_width])
            break
        size = max(MIN_SIZE, size - 0.25)
    contents = []
    for index, (left, right) in enumerate(rows):
        last = index == len(rows) - 1
        cells = [QgsTableCell(left), QgsTableCell(right)]
        cells[0].setTextFormat(axis if last else label)
        cells[1].setTextFormat(axis if last else value)
        cells[1].setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
        for cell in cells:
            cell.setVerticalAlignment(Qt.AlignmentFlag.AlignBottom if last else Qt.AlignmentFlag.AlignTop)
        contents.append(cells)
    heights = [max(pitch - 2 * margin, 0.1)] * (len(rows) - 1) + [max(axis_height - 2 * margin, 0.1)]
    table.setRowHeights(heights)
    table.setTableContents(contents)
    return size


def _font(text_format_):
    font = QFont(text_format_.font())
    font.setPointSizeF(text_format_.size())
    return font
