"""The method-and-sources page and the register: every area listed, on as many pages as it takes.

The method text flows through a one-column manual table (``rksd_method_table``) whose
frames are the page's columns, so headings can be bold and the text continues from
column to column; fonts and colours are the template's. The register (``rksd_contents``)
starts in its frames on the same page; when a gemeente has more areas than fit there,
the register continues on extra pages made from the same template - the method table
left out, the register in as many columns as the page holds - until every area is
listed. Page numbers in the register account for those extra pages.
"""
from dataclasses import dataclass, field
from typing import List

from qgis.core import QgsExpressionContextUtils, QgsLayoutFrame, QgsLayoutPoint, QgsLayoutSize

from ..compat import LAYOUT_MILLIMETERS
from ..qgis_io import fit
from . import contract, table_cells
from .page_parts import page_variables
from .template import load_layout, manual_table
from .texts import t

COLUMN_GAP = 4.0  # mm between register columns on a continuation page
SHRINK = 1.3  # points the register may shrink before it continues on another page


@dataclass
class MethodPages:
    layouts: List[object] = field(default_factory=list)
    font_size: float = 0.0
    register_rows: int = 0  # rows placed (the heading included)


def overflows(table):
    """True when the table's rows run past its last frame."""
    frames = table.frames()
    if not frames:
        return True
    return frames[-1].extent().bottom() < table.totalSize().height() - 0.05


def _fitting_count(register, rows, floor):
    """How many of ``rows`` the register's frames hold (at least one).

    The text first shrinks towards ``floor``; what still does not fit is cut at a row
    boundary (found by halving) and continues on the next page."""
    size = table_cells.fill_contents_table(register, register.frames(), rows, floor=floor)
    if not overflows(register):
        return len(rows)
    low, high = 1, len(rows) - 1
    while low < high:  # the largest count that fits
        middle = (low + high + 1) // 2
        table_cells.fill_contents_table(register, register.frames(), rows[:middle], size=size)
        if overflows(register):
            high = middle - 1
        else:
            low = middle
    table_cells.fill_contents_table(register, register.frames(), rows[:low], size=size)
    return low


def _continued(rows, placed, language):
    """The rows after ``placed``; an area list that breaks inside a wijk repeats its heading."""
    rest = list(rows[placed:])
    if rest and rest[0][0] == "entry":
        group = next((row for row in reversed(rows[:placed]) if row[0] == "group"), None)
        if group is not None:
            rest.insert(0, ("group", "{} ({})".format(group[1], t("continued", language)), ""))
    return rest


def _register_columns(layout, register):
    """Spread the register over the page body: as many columns as the frame width allows."""
    method_table, _ = manual_table(layout, contract.METHOD_TABLE)
    body = None
    for frame in register.frames() + (method_table.frames() if method_table is not None else []):
        rect = _rect(frame)
        body = rect if body is None else body.united(rect)
    if method_table is not None:
        for frame in list(method_table.frames()):
            layout.removeLayoutItem(frame)
    frames = register.frames()
    width = _rect(frames[0]).width()
    count = max(1, int((body.width() + COLUMN_GAP) // (width + COLUMN_GAP)))
    spacing = (body.width() - count * width) / max(count - 1, 1) if count > 1 else 0.0
    while len(register.frames()) < count:
        frame = QgsLayoutFrame(layout, register)
        layout.addLayoutItem(frame)
        register.addFrame(frame)
    for index, frame in enumerate(register.frames()):
        if index >= count:
            layout.removeLayoutItem(frame)
            continue
        frame.attemptMove(QgsLayoutPoint(body.left() + index * (width + spacing), body.top(), LAYOUT_MILLIMETERS))
        frame.attemptResize(QgsLayoutSize(width, body.height(), LAYOUT_MILLIMETERS))
    register.recalculateFrameSizes()


def _rect(frame):
    position = frame.positionWithUnits()
    size = frame.sizeWithUnits()
    from qgis.PyQt.QtCore import QRectF

    return QRectF(position.x(), position.y(), size.width(), size.height())


def build_method_pages(project, template_path, blocks, register_rows, language, prepare):
    """The method page (and register continuation pages) as layouts, filled.

    ``prepare(layout)`` sets the document's variables on each new layout (title, footer).
    Returns ``MethodPages``; the caller sets the page numbers (``number_pages``)."""
    result = MethodPages()
    layout = prepare(load_layout(project, "method", template_path))
    table, _ = manual_table(layout, contract.METHOD_TABLE)
    if table is not None:
        result.font_size = table_cells.fill_text_table(table, table.frames(), blocks)
    result.layouts.append(layout)
    register, _ = manual_table(layout, contract.CONTENTS)
    if register is None:
        return result
    floor = max(register.contentTextFormat().size() - SHRINK, table_cells.MIN_SIZE)
    rows = list(register_rows)
    placed = _fitting_count(register, rows, floor)
    result.register_rows = placed
    rest = _continued(rows, placed, language)
    while rest:
        page = prepare(load_layout(project, "method", template_path))
        page.rksd_continuation = True
        more, _ = manual_table(page, contract.CONTENTS)
        _register_columns(page, more)
        count = _fitting_count(more, rest, floor)
        result.register_rows += count
        result.layouts.append(page)
        rest = _continued(rest, count, language)
    return result


def number_pages(pages, language, first_page, page_count):
    """Titles and page labels of the method page and its continuation pages."""
    for offset, layout in enumerate(pages.layouts):
        number = first_page + offset
        title = t("method_title", language) if offset == 0 else t("h_contents_more", language)
        values = {
            contract.VAR_METHOD_TITLE: title,
            **page_variables(number, page_count, language),
        }
        for name, value in values.items():
            QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
        fit.fit_labels(layout)


def fill_method_page(layout, blocks, contents_rows, language, page_number, page_count):
    """One method page without continuation (a template whose register always fits)."""
    table, _ = manual_table(layout, contract.METHOD_TABLE)
    size = None
    if table is not None:
        size = table_cells.fill_text_table(table, table.frames(), blocks)
    register, _ = manual_table(layout, contract.CONTENTS)
    if register is not None:
        table_cells.fill_contents_table(register, register.frames(), contents_rows)
    number_pages(MethodPages([layout]), language, page_number, page_count)
    return size
