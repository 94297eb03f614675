"""Fill a template's manual table with rows, in the template's own fonts and colours.

Cell text starts from the table's content text format (what the gemeente set in the
designer); question rows are bold on a tint of the header colour, cue cells get the
colour of their meaning. When the rows do not fit the frame, the text shrinks a little
rather than being cut off.
"""
from qgis.core import QgsLayoutTable, QgsLayoutTableColumn, QgsTableCell, QgsTextFormat
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

TONES = {"worse": "#fdd0a2", "better": "#c6dbef"}
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


def fill_area_table(table, frame, rows, missing_text):
    """Put ``content.Row``s in ``table``; shrink the text when they do not fit ``frame``."""
    base = table.contentTextFormat()
    size = base.size()
    available = frame.rect().height()
    while True:
        table.setTableContents(_area_cells(table, rows, base, size, missing_text))
        if table.totalSize().height() <= available + 0.01 or size <= MIN_SIZE:
            return size
        size = max(MIN_SIZE, size - 0.25)


def _area_cells(table, rows, base, size, missing_text):
    band = tint(header_color(table))
    normal = text_format(base, size=size)
    bold = text_format(base, size=size, bold=True)
    grey = text_format(base, size=size, color=MISSING_TEXT)
    note = text_format(base, size=size, italic=True, color=MISSING_TEXT)
    contents = []
    for row in rows:
        if row.kind == "unavailable":
            cells = [QgsTableCell(row.label)] + [QgsTableCell("") for _ in range(4)]
            cells[0].setTextFormat(note)
            contents.append(cells)
            continue
        texts = [("" if row.kind == "question" else "   ") + row.label, row.value, row.gemeente, row.nederland, row.cue]
        cells = [QgsTableCell(text) for text in texts]
        for index, cell in enumerate(cells):
            if row.kind == "question":
                cell.setTextFormat(bold)
                cell.setBackgroundColor(band)
            elif texts[index] == missing_text:
                cell.setTextFormat(grey)
            else:
                cell.setTextFormat(normal)
        if row.kind == "question" and row.tone:
            color = QColor(row.tone)
            cells[4].setBackgroundColor(color)
            cells[4].setTextFormat(text_format(base, size=size, bold=True, color=readable_on(color).name()))
        elif row.tone in TONES:
            cells[4].setBackgroundColor(QColor(TONES[row.tone]))
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


def fill_contents_table(table, frames, rows, heading_color=None):
    """The register: a bold heading, group lines (wijken) and entries with their page."""
    base = table.contentTextFormat()
    color = heading_color or header_color(table)
    size = base.size()
    available = sum(frame.rect().height() for frame in frames)
    while True:
        heading = text_format(base, size=size + 3, bold=True, color=color.name())
        group = text_format(base, size=size, bold=True, color=color.name())
        entry = text_format(base, size=size)
        contents = []
        for kind, text, page in rows:
            fmt = heading if kind == "heading" else group if kind == "group" else entry
            cells = [QgsTableCell(text), QgsTableCell(page)]
            for cell in cells:
                cell.setTextFormat(fmt)
            cells[1].setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
            contents.append(cells)
        table.setTableContents(contents)
        if table.totalSize().height() <= available * 0.95 or size <= MIN_SIZE:
            return size
        size = max(MIN_SIZE, size - 0.25)


def fill_chart_labels(table, rows, pitch, axis_height):
    """The chart's texts in a table that lies on the chart picture, row for row.

    ``rows``: ``[(question, value), ..., (axis low, axis high)]``; every question row is
    ``pitch`` mm high with its text at the top (the strip is drawn below it), the last
    row holds the axis ends."""
    base = table.contentTextFormat()
    margin = table.cellMargin()
    label = text_format(base)
    value = text_format(base, bold=True)
    axis = text_format(base, size=max(base.size() - 1.5, MIN_SIZE), color="#555555")
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
