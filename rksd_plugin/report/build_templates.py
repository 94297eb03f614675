"""Write the default atlas templates to ``resources/layouts/`` (a developer tool).

The ``.qpt`` files are the product; this script is how they were made and how to remake
them after a change of the contract:

    QT_QPA_PLATFORM=offscreen python -m rksd_plugin.report.build_templates

It needs a running QGIS (``scripts/qgis_headless.py``). Item ids follow ``contract``.
"""
import os
import sys

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsRectangle,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import DISTANCE_KILOMETERS, LAYOUT_MILLIMETERS, PICTURE_SVG, SCALEBAR_SEGMENT_FIXED
from ..core import paths
from ..qgis_io import fit
from . import contract

MM = LAYOUT_MILLIMETERS
FONT = "DejaVu Sans"
ACCENT = contract.DEFAULT_ACCENT
INK = "#1d2b36"
GREY = "#555555"
NICE_SEGMENTS = "rksd/nice_segments"
NORTH_ARROW = "/usr/share/qgis/svg/arrows/NorthArrow_02.svg"  # saved relative to QGIS's SVG folders


def _new_layout(project, width, height, name):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    QgsExpressionContextUtils.setLayoutVariable(layout, contract.VAR_ACCENT, ACCENT)
    return layout


def _place(layout, item, x, y, w, h, item_id):
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.setId(item_id)
    return item


def _label(layout, item_id, text, x, y, w, h, size, bold=False, color=INK, align=Qt.AlignmentFlag.AlignLeft, valign=Qt.AlignmentFlag.AlignTop):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setFontColor(QColor(color))
    label.setHAlign(align)
    label.setVAlign(valign)
    label.setMargin(0)
    return _place(layout, label, x, y, w, h, item_id)


def _band(layout, width, height=4.0):
    band = QgsLayoutItemShape(layout)
    band.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    band.setSymbol(QgsFillSymbol.createSimple({"color": ACCENT, "outline_style": "no"}))
    return _place(layout, band, 0, 0, width, height, "rksd_band")


def _map(layout, item_id, x, y, w, h, frame=True):
    item = QgsLayoutItemMap(layout)
    _place(layout, item, x, y, w, h, item_id)
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    half_w, half_h = w * 100.0, h * 100.0  # a valid extent of the item's shape (1:200 000 around Utrecht)
    item.setExtent(QgsRectangle(155000 - half_w, 463000 - half_h, 155000 + half_w, 463000 + half_h))
    item.setFrameEnabled(frame)
    item.setFrameStrokeColor(QColor("#9a9a9a"))
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))
    return item


def _scalebar(layout, linked, x, y, size=6.5):
    bar = QgsLayoutItemScaleBar(layout)
    layout.addLayoutItem(bar)
    bar.setId(contract.SCALEBAR)
    bar.setStyle("Single Box")
    bar.setLinkedMap(linked)
    bar.setUnits(DISTANCE_KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(SCALEBAR_SEGMENT_FIXED)
    bar.setUnitsPerSegment(1.0)
    bar.setCustomProperty(NICE_SEGMENTS, True)  # the plugin picks 1-2-5 segment lengths per page
    bar.setHeight(1.6)
    text = QgsTextFormat()
    text.setFont(QFont(FONT))
    text.setSize(size)
    bar.setTextFormat(text)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 200))
    bar.attemptMove(QgsLayoutPoint(x, y, MM))
    return bar


def _north_arrow(layout, linked, x, y, w=6.0, h=9.0):
    arrow = QgsLayoutItemPicture(layout)
    _place(layout, arrow, x, y, w, h, contract.NORTH_ARROW)
    arrow.setPicturePath(NORTH_ARROW, PICTURE_SVG)
    arrow.setLinkedMap(linked)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    return arrow


def _table(layout, frames, columns, size=6.5, header=True, margin=0.55):
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    text = QgsTextFormat()
    text.setFont(QFont(FONT))
    text.setSize(size)
    text.setColor(QColor(INK))
    table.setContentTextFormat(text)
    head = QgsTextFormat(text)
    font = QFont(FONT)
    font.setBold(True)
    head.setFont(font)
    head.setColor(QColor("#ffffff"))
    table.setHeaderTextFormat(head)
    table.setCellMargin(margin)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setShowGrid(True)
    table.setVerticalGrid(False)
    table.setHorizontalGrid(True)
    table.setGridStrokeWidth(0.1)
    table.setGridColor(QColor("#d0d0d0"))
    table.setBackgroundColor(QColor(255, 255, 255, 0))
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.HideTable)
    heads = []
    for title, width in columns:
        column = QgsLayoutTableColumn(title)
        column.setWidth(width)
        heads.append(column)
    table.setHeaders(heads)
    table.setColumnWidths([width for _, width in columns])
    table.setIncludeTableHeader(header)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.FirstFrame if header else QgsLayoutTable.HeaderMode.NoHeaders)
    if header:
        style = QgsLayoutTableStyle()
        style.enabled = True
        style.cellBackgroundColor = QColor(ACCENT)
        table.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, style)
    if not header:
        table.setShowGrid(False)
    table.setTableContents([])
    made = []
    for index, (item_id, x, y, w, h) in enumerate(frames):
        frame = QgsLayoutFrame(layout, table)
        frame.attemptMove(QgsLayoutPoint(x, y, MM))
        frame.attemptResize(QgsLayoutSize(w, h, MM))
        table.addFrame(frame)
        frame.setId(item_id if index == 0 else "{}_{}".format(item_id, index + 1))
        made.append(frame)
    return table, made


def _legend(layout, linked, x, y, width, height, size=7.5, title_size=8.5):
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")
    legend.setLinkedMap(linked)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(True)
    legend.setBackgroundEnabled(False)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.6)
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, QFont(FONT, round(size)))
    legend.setStyleFont(QgsLegendStyle.Style.Subgroup, QFont(FONT, round(title_size), QFont.Weight.Bold))
    legend.setStyleFont(QgsLegendStyle.Style.Group, QFont(FONT, round(title_size), QFont.Weight.Bold))
    layout.addLayoutItem(legend)
    legend.setId(contract.LEGEND)
    legend.attemptMove(QgsLayoutPoint(x, y, MM))
    fit.set_legend_box(legend, width, height)  # the room it may take: the plugin wraps and shrinks within it
    return legend


# -- the four templates ---------------------------------------------------------------------
def area_template(project):
    layout = _new_layout(project, 210, 297, "RKSD atlas - gebiedspagina")
    _band(layout, 210)
    _label(layout, contract.TITLE, "[% @rksd_area_name %]", 10, 8, 118, 10, 18, bold=True)
    _label(layout, contract.PAGE, "[% @rksd_document_title %]\n[% @rksd_page_label %]", 130, 8.5, 70, 8, 6.5,
           color=GREY, align=Qt.AlignmentFlag.AlignRight)
    _label(layout, contract.SUBTITLE, "[% @rksd_area_subtitle %]", 10, 19, 190, 5, 8.5, color=GREY)
    area_map = _map(layout, contract.MAP, 10, 27, 104, 84)
    area_map.setAtlasDriven(True)
    area_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    area_map.setAtlasMargin(0.55)
    overview = _map(layout, contract.OVERVIEW_MAP, 87, 27.6, 26.4, 30)
    overview.setBackgroundColor(QColor(255, 255, 255, 235))
    overview.overview().setLinkedMap(area_map)
    overview.overview().setFrameSymbol(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#c0392b", "outline_width": "0.3"}))
    _scalebar(layout, area_map, 12, 102)
    _north_arrow(layout, area_map, 106, 100.5)
    _label(layout, contract.KEY_FIGURES, "[% @rksd_area_key_figures %]", 120, 27, 80, 17, 7.2)
    _label(layout, contract.CHART_TITLE, "[% @rksd_chart_title %]", 120, 45, 80, 6, 6.8, bold=True)
    chart = QgsLayoutItemPicture(layout)
    _place(layout, chart, 120, 51.5, 80, 40, contract.CHART)
    chart.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    chart.setPictureAnchor(QgsLayoutItemPicture.ReferencePoint.UpperLeft)
    labels, _ = _table(layout, [(contract.CHART_LABELS, 120, 51.5, 80, 40)], [("", 60), ("", 18)], size=6.6,
                       header=False)
    labels.setCellMargin(0.25)
    labels.setWrapBehavior(QgsLayoutTable.WrapBehavior.TruncateText)
    _label(layout, contract.OWN_TEXT_HEADING, "[% @rksd_own_text_heading %]", 120, 91.5, 80, 4, 7, bold=True,
           color=ACCENT)
    _label(layout, contract.OWN_TEXT, "[% @rksd_area_text %]", 120, 96, 80, 16.5, 6.8)
    _table(layout, [(contract.TABLE, 10, 113.5, 190, 158)],
           [("Vraag en indicator", 70), ("Buurt", 18), ("Gemeente", 18), ("Nederland", 18), ("Maatstaf", 24),
            ("Score t.o.v. maatstaf", 34)], margin=0.42)
    _label(layout, contract.TABLE_NOTE, "[% @rksd_table_note %]", 10, 272.5, 190, 16, 5.6, color=GREY)
    _label(layout, contract.FOOTER, "[% @rksd_footer %]", 10, 289.5, 190, 6, 5.6, color=GREY)
    return layout


def question_template(project):
    layout = _new_layout(project, 210, 297, "RKSD atlas - vraagkaart")
    _band(layout, 210)
    _label(layout, contract.TITLE, "[% @rksd_question_title %]", 10, 8, 118, 10, 18, bold=True)
    _label(layout, contract.PAGE, "[% @rksd_document_title %]\n[% @rksd_page_label %]", 130, 8.5, 70, 8, 6.5,
           color=GREY, align=Qt.AlignmentFlag.AlignRight)
    _label(layout, contract.SUBTITLE, "[% @rksd_question_subtitle %]", 10, 19, 190, 9, 9, color=GREY)
    question_map = _map(layout, contract.MAP, 10, 30, 190, 172)
    _scalebar(layout, question_map, 12, 192)
    _north_arrow(layout, question_map, 191, 32)
    _legend(layout, question_map, 10, 206, 78, 79)
    _label(layout, contract.NOTES, "[% @rksd_question_notes %]", 92, 206, 108, 80, 7, color="#333333")
    _label(layout, contract.FOOTER, "[% @rksd_footer %]", 10, 289.5, 190, 6, 5.6, color=GREY)
    return layout


def method_template(project):
    layout = _new_layout(project, 210, 297, "RKSD atlas - methode en bronnen")
    _band(layout, 210)
    _label(layout, contract.TITLE, "[% @rksd_method_title %]", 10, 8, 118, 10, 18, bold=True)
    _label(layout, "rksd_document", "[% @rksd_document_title %]", 10, 19, 190, 6, 10, color=ACCENT, bold=True)
    _label(layout, contract.PAGE, "[% @rksd_page_label %]", 130, 8.5, 70, 8, 6.5, color=GREY, align=Qt.AlignmentFlag.AlignRight)
    _table(layout, [(contract.METHOD_TABLE, 10, 29, 92, 256), (contract.METHOD_TABLE, 108, 185, 92, 100)],
           [("", 89)], size=7.6, header=False)
    _table(layout, [(contract.CONTENTS, 108, 29, 44, 152), (contract.CONTENTS, 156, 29, 44, 152)],
           [("", 35), ("", 6)], size=6.3, header=False)
    _label(layout, contract.FOOTER, "[% @rksd_footer %]", 10, 289.5, 190, 6, 5.6, color=GREY)
    return layout


def presentation_template(project):
    width, height = 338.667, 190.5  # 16:9; 1920 x 1080 pixels at 144 dpi
    layout = _new_layout(project, width, height, "RKSD presentatiekaart 16:9")
    _band(layout, width, 3.0)
    _label(layout, contract.TITLE, "[% @rksd_question_title %]", 10, 7, 250, 12, 22, bold=True)
    _label(layout, contract.SUBTITLE, "[% @rksd_question_subtitle %]", 10, 19.5, 320, 7, 11, color=GREY)
    question_map = _map(layout, contract.MAP, 10, 29, 205, 145)
    _scalebar(layout, question_map, 12, 165, size=8)
    _north_arrow(layout, question_map, 206, 31, 7, 10.5)
    _legend(layout, question_map, 222, 29, 106, 66, size=10, title_size=11)
    _label(layout, contract.NOTES, "[% @rksd_question_notes %]", 222, 98, 108, 76, 8, color="#333333")
    _label(layout, contract.FOOTER, "[% @rksd_footer %]", 10, 178.5, 320, 8, 7.5, color=GREY)
    return layout


BUILDERS = {
    contract.AREA_TEMPLATE: area_template,
    contract.QUESTION_TEMPLATE: question_template,
    contract.METHOD_TEMPLATE: method_template,
    contract.PRESENTATION_TEMPLATE: presentation_template,
}


def write_templates(folder=None):
    folder = folder or paths.resource("layouts")
    os.makedirs(folder, exist_ok=True)
    project = QgsProject()
    written = []
    for name, builder in BUILDERS.items():
        layout = builder(project)
        path = os.path.join(folder, name)
        if not layout.saveAsTemplate(path, QgsReadWriteContext()):
            raise RuntimeError("writing {} failed".format(path))
        written.append(path)
    return written


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                    "scripts"))
    from qgis_headless import start_qgis

    start_qgis()
    for written_path in write_templates():
        print(written_path)
