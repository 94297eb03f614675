"""Any gemeente reads well: no text runs out of its box, and every area is in the register.

On every page of the Maastricht atlas and of a SYNTHETIC gemeente (500 buurten with
60-character names, "Synthetisch (geen echte gemeente)", made-up figures) each label's
text is measured with Qt's own word wrap - independently of the plugin's fitting - and
compared with the item's box; tables with their frames, the chart's texts with their
columns, legends with the room the template gives them.
"""
import os
import re
import subprocess

import pytest
from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutFrame,
    QgsProject,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QFont, QFontMetricsF

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io import fit
from rksd_plugin.qgis_io.layers import write_result
from rksd_plugin.report import content
from rksd_plugin.report.atlas import AtlasOptions, build_atlas
from rksd_plugin.report.gpkg_reader import read_atlas_data
from rksd_plugin.report.method_page import build_method_pages, number_pages, overflows
from rksd_plugin.report.pdf import PdfBook
from rksd_plugin.report.presentation import export_question_pngs
from tests.support import synthetic

TOLERANCE = 0.3  # mm: Qt's metrics and QGIS's renderer differ by a hair


def qt_box(text, font, width):
    """``(width, height)`` in mm of ``text`` wrapped by Qt at ``width`` mm (not the plugin's wrap)."""
    scaled = QFont(font)
    scaled.setPixelSize(max(1, round(font.pointSizeF() * 25.4 / 72 * 10)))
    metrics = QFontMetricsF(scaled)
    rect = metrics.boundingRect(QRectF(0, 0, width * 10, 1e7), int(Qt.TextFlag.TextWordWrap), text)
    return rect.width() / 10, rect.height() / 10


def cell_font(cell, table):
    text_format = cell.textFormat() if cell.textFormat().isValid() else table.contentTextFormat()
    font = QFont(text_format.font())
    font.setPointSizeF(text_format.size())
    return font


class Inspector:
    """A page hook: measures every item of every page before it prints."""

    def __init__(self):
        self.problems = []
        self.pages = 0
        self.titles = []

    def __call__(self, kind, layout):
        self.pages += 1
        for item in layout.items():
            if isinstance(item, QgsLayoutItemLabel) and item.isVisible():
                self.label(kind, item)
            elif isinstance(item, QgsLayoutItemLegend):
                self.legend(kind, item)
            elif isinstance(item, QgsLayoutFrame) and isinstance(item.multiFrame(), QgsLayoutItemManualTable):
                self.frame(kind, item)
        title = layout.itemById("rksd_title")
        if title is not None:
            self.titles.append((title.currentText(), fit.label_font(title).pointSizeF()))

    def label(self, kind, label):
        text = label.currentText()
        if not text.strip():
            return
        width = label.rect().width() - 2 * label.marginX()
        height = label.rect().height() - 2 * label.marginY()
        needed_width, needed_height = qt_box(text, fit.label_font(label), width)
        if needed_width > width + TOLERANCE or needed_height > height + TOLERANCE:
            self.problems.append((kind, label.id(), text[:60], round(needed_width - width, 1),
                                  round(needed_height - height, 1)))

    def legend(self, kind, legend):
        box_width, box_height = fit.legend_box(legend)
        rect = legend.rect()
        if rect.width() > box_width + TOLERANCE or rect.height() > box_height + TOLERANCE:
            self.problems.append((kind, "legend", round(rect.width(), 1), round(rect.height(), 1), box_width,
                                  box_height))

    def frame(self, kind, frame):
        table = frame.multiFrame()
        if frame.id() == "rksd_table":
            if table.totalSize().height() > frame.rect().height() + TOLERANCE:
                self.problems.append((kind, "table", round(table.totalSize().height(), 1), frame.rect().height()))
        elif frame.id() == "rksd_chart_labels":
            widths = table.columnWidths()
            for row in table.tableContents():
                for cell, width in zip(row, widths):
                    needed = qt_box(cell.content(), cell_font(cell, table), 1e4)[0]
                    if needed > width + TOLERANCE:
                        self.problems.append((kind, "chart label", cell.content(), round(needed - width, 1)))
        elif frame.id().startswith("rksd_contents") and frame is table.frames()[-1]:
            if overflows(table):
                self.problems.append((kind, "register runs past its frames"))


@pytest.fixture(scope="module")
def catalog():
    return Catalog.load()


@pytest.fixture(scope="module")
def sample_gpkg(catalog, tmp_path_factory):
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    path = str(tmp_path_factory.mktemp("fit") / "maastricht.gpkg")
    write_result(result, path, catalog, "nl")
    return path


@pytest.fixture(scope="module")
def synthetic_gpkg(catalog, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("synthetic") / "synthetisch_GM9999_500_buurten.gpkg")
    result = synthetic.write(catalog, path)
    names = [r["naam"] for r in result.layers["buurten"].records]
    assert len(names) == 500 and all(len(n) == 60 and n.startswith("Synthetisch") for n in names)
    return path


@pytest.mark.parametrize("language", ["nl", "en"])
def test_nothing_overflows_on_the_maastricht_atlas(sample_gpkg, tmp_path, language):
    inspector = Inspector()
    result = build_atlas(sample_gpkg, str(tmp_path / "atlas.pdf"), AtlasOptions(level="buurt", language=language,
                                                                                page_hook=inspector))
    assert inspector.pages == result.pages == 51
    assert inspector.problems == []


def test_sixty_character_names_fit_on_a_synthetic_gemeente(synthetic_gpkg, tmp_path, catalog):
    data = read_atlas_data(synthetic_gpkg, catalog)
    land = data.land_records("buurt")
    small = [r["code"] for r in land if (r.get("inwoners") or 0) < 100][:3]
    chosen = small + [r["code"] for r in land[::97]][:6]
    inspector = Inspector()
    pdf = str(tmp_path / "atlas_synthetisch.pdf")
    own = ("Synthetische toelichting: in deze buurt opent volgend jaar een nieuw wijkcentrum met een "
           "spreekuur van de wijkverpleging. ") * 5  # about 500 characters: what the page promises to hold
    result = build_atlas(synthetic_gpkg, pdf, AtlasOptions(level="buurt", areas=chosen, page_hook=inspector,
                                                          texts={chosen[0]: own[:495]}))
    assert result.area_pages == len(chosen) and inspector.problems == []
    area_titles = [(text, size) for text, size in inspector.titles if text.startswith("Synthetisch buurt")]
    assert len(area_titles) == len(chosen) and all(len(text) == 60 for text, _ in area_titles)
    assert all(size >= 8 for _, size in area_titles)  # shrunk to fit, still a title
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "Synthetisch (geen echte gemeente)" in text  # labelled synthetic on every page
    assert "…inig" not in text


def test_a_wijk_atlas_of_the_synthetic_gemeente_and_its_slides(synthetic_gpkg, tmp_path):
    inspector = Inspector()
    result = build_atlas(synthetic_gpkg, str(tmp_path / "wijken.pdf"), AtlasOptions(level="wijk", language="en",
                                                                                     page_hook=inspector))
    assert result.area_pages == 25 and inspector.problems == []
    pngs = export_question_pngs(synthetic_gpkg, str(tmp_path / "png"), "nl", sizes=("1920x1080",))
    assert len(pngs) == 6


def register_names(pdf):
    """The register as text in reading order, names re-joined where the column wrapped them."""
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub(r"-\n", "", text)  # a long word the plugin broke with a hyphen
    return " ".join(text.split())


def test_the_register_lists_every_one_of_500_buurten(synthetic_gpkg, tmp_path, catalog):
    data = read_atlas_data(synthetic_gpkg, catalog)
    areas = sorted(data.land_records("buurt"), key=lambda r: ((r.get("wijkcode") or "") + " " + r["naam"]))
    questions = data.question_list()
    project = QgsProject()
    pages = None
    method_count = 1
    for _ in range(5):
        opening = method_count + len(questions)
        rows = content.contents_rows(data, "buurt", questions, method_count + 1, areas, opening + 1, "nl")
        blocks = content.method_blocks(data, "buurt", "nl", area_count=len(areas), opening_pages=opening)
        pages = build_method_pages(project, None, blocks, rows, "nl", lambda layout: layout)
        if len(pages.layouts) == method_count:
            break
        method_count = len(pages.layouts)
    assert len(pages.layouts) > 1  # 495 long names do not fit beside the method text: it flows on
    assert pages.register_rows >= len(rows)  # every row placed (wijk headings repeat on a new page)
    number_pages(pages, "nl", 1, opening + len(areas))
    inspector = Inspector()
    for layout in pages.layouts:
        inspector("method", layout)
    assert inspector.problems == []
    pdf = str(tmp_path / "register.pdf")
    book = PdfBook(pdf, 150)
    for layout in pages.layouts:
        book.add_layout(layout)
    book.finish()
    text = register_names(pdf)
    missing = [r["naam"] for r in areas if r["naam"] not in text]
    assert missing == []
    numbers = set(text.split())
    assert all(str(page) in numbers for page in range(opening + 1, opening + len(areas) + 1))  # every page number
    assert "Inhoud (vervolg)" in text
    project.clear()


def test_no_legend_runs_off_the_slide(sample_gpkg, tmp_path):
    """Maastricht's vraag 4 legend title ran off the 16:9 slide."""
    from qgis.core import QgsCoordinateReferenceSystem

    from rksd_plugin.report.question_page import QuestionPages
    from rksd_plugin.report.template import load_layout

    data = read_atlas_data(sample_gpkg)
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    inspector = Inspector()
    for kind in ("presentation", "question"):
        layout = load_layout(project, kind)
        pages = QuestionPages(layout, data, project, "nl")
        for question in data.question_list():
            pages.fill(question)
            inspector(kind, layout)
    assert inspector.problems == []
    project.clear()
    assert os.path.exists(sample_gpkg)


def test_scale_bars_write_numbers_in_the_readers_language():
    """The scale bar printed "0.75" in Dutch output."""
    from qgis.core import QgsNumericFormatContext

    from rksd_plugin.qgis_io.render import number_format

    context = QgsNumericFormatContext()
    assert number_format("nl").formatDouble(0.5, context) == "0,5"
    assert number_format("en").formatDouble(0.5, context) == "0.5"
    assert number_format("nl").formatDouble(2.0, context) == "2"
