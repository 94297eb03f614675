"""The method-and-sources page: introduction, how to read, method, sources and attribution.

Its text flows through a one-column manual table (``rksd_method_table``) whose frames are
the page's columns, so headings can be bold and the text continues from column to
column; fonts and colours are the template's.
"""
from qgis.core import QgsExpressionContextUtils

from . import contract, table_cells
from .template import manual_table
from .texts import t


def fill_method_page(layout, blocks, contents_rows, language, page_number, page_count):
    table, _ = manual_table(layout, contract.METHOD_TABLE)
    size = None
    if table is not None:
        size = table_cells.fill_text_table(table, table.frames(), blocks)
    register, _ = manual_table(layout, contract.CONTENTS)
    if register is not None:
        table_cells.fill_contents_table(register, register.frames(), contents_rows)
    values = {
        contract.VAR_METHOD_TITLE: t("method_title", language),
        contract.VAR_PAGE_NUMBER: page_number,
        contract.VAR_PAGE_COUNT: page_count,
        contract.VAR_PAGE_LABEL: t("page_label", language).format(number=page_number, count=page_count),
    }
    for name, value in values.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    return size
