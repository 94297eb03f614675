"""Build the Atlas Sociaal Domein: one PDF from an RKSD GeoPackage.

Pages, in order: the method-and-sources page (with the gemeente's introduction), a
gemeente map per question, then one page per buurt or wijk driven by QGIS's atlas
(``QgsLayoutAtlas``) on the GeoPackage's own layer. Everything happens on private objects
(a fresh ``QgsProject``, layouts loaded from templates), so the build can run in a
``QgsTask`` or a Processing algorithm off the GUI thread.

    result = build_atlas("maastricht.gpkg", "atlas.pdf", AtlasOptions(level="buurt"))
"""
import datetime
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from typing import Callable, List, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsExpressionContextUtils, QgsProject

from ..core.errors import Cancelled
from ..qgis_io.question_maps import INDEX_STYLES
from . import content, contract, own_content, own_texts, scenario_page, trends
from .area_page import AreaPage
from .gpkg_reader import read_atlas_data
from .maplayers import AtlasLayers
from .method_page import build_method_pages, number_pages
from .pdf import PdfBook
from .question_page import QuestionPages
from .template import load_layout
from .texts import written_date

LEVELS = ("buurt", "wijk")


@dataclass
class AtlasOptions:
    level: str = "buurt"  # one page per buurt or per wijk
    language: str = "nl"
    template: Optional[str] = None  # the area page .qpt (None: the RKSD default)
    question_template: Optional[str] = None
    method_template: Optional[str] = None
    texts: object = None  # CSV path, {code: text} or OwnTexts: the gemeente's own words
    intro: Optional[str] = None  # introduction (overrides one from the CSV)
    note: str = ""  # a line for every question page and the method page (e.g. "sample")
    question_pages: bool = True
    method_page: bool = True
    dpi: int = 300
    date: Optional[datetime.date] = None  # printed as the date of the atlas (default today)
    page_hook: Optional[Callable[[str, object], None]] = None  # called with (kind, layout) before each page prints
    areas: Optional[List[str]] = None  # only these buurt or wijk codes get a page (None: every land area)
    scenario: Optional[str] = None  # a GeoPackage with rksd:scenario's outputs: a page per scenario


@dataclass
class AtlasResult:
    path: str
    pages: int
    area_pages: int
    opening_pages: int
    level: str
    seconds: float
    warnings: List[str] = field(default_factory=list)
    table_font_sizes: List[float] = field(default_factory=list)
    method_pages: int = 0  # the method page and the register's continuation pages


def build_atlas(gpkg_path, output_path, options=None, catalog=None,
                progress: Optional[Callable[[float, str], None]] = None,
                is_cancelled: Optional[Callable[[], bool]] = None):
    """Write the atlas PDF to ``output_path``; returns an ``AtlasResult``.

    ``progress(percent, message)`` is called after every page; ``is_cancelled()`` is
    checked before every page - a cancel raises ``Cancelled`` and leaves no PDF."""
    options = options or AtlasOptions()
    if options.level not in LEVELS:
        raise ValueError("level must be one of {}".format(", ".join(LEVELS)))
    progress = progress or (lambda percent, message: None)
    is_cancelled = is_cancelled or (lambda: False)
    started = time.perf_counter()
    language, level = options.language, options.level
    data = read_atlas_data(gpkg_path, catalog, language)
    texts = own_texts.load(options.texts, options.intro)
    areas = sorted(data.land_records(level), key=lambda r: ((r.get("wijkcode") or "") + " " + (r.get("naam") or ""))
                   if level == "buurt" else r.get("code") or "")
    if options.areas is not None:
        wanted = set(options.areas)
        areas = [r for r in areas if r.get("code") in wanted]
    texts.check_codes([r.get("code") for r in areas], data.gemeente)
    questions = data.question_list() if options.question_pages else []
    scenarios = scenario_page.read_scenarios(options.scenario)
    opening = (1 if options.method_page else 0) + len(questions) + len(scenarios)
    date_text = written_date(options.date or datetime.date.today(), language)
    classes = content.question_classes(data, INDEX_STYLES)

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    work_dir = tempfile.mkdtemp(prefix="rksd-atlas-")
    book = PdfBook(output_path, options.dpi, content.document_title(data, language))
    result = AtlasResult(output_path, 0, 0, opening, level, 0.0, list(data.warnings) + texts.warnings)
    layouts = []
    try:
        def check():
            if is_cancelled():
                raise Cancelled()

        def document_variables(layout):
            values = {
                contract.VAR_GEMEENTE: data.gemeente_name,
                contract.VAR_GEMEENTE_CODE: data.gemeente,
                contract.VAR_YEAR: data.year,
                contract.VAR_DATE: date_text,
                contract.VAR_ATTRIBUTION: " \u00b7 ".join(content.attributions(data, language)),
                contract.VAR_FOOTER: content.footer(data, language, date_text),
                contract.VAR_DOCUMENT_TITLE: content.document_title(data, language),
            }
            for name, value in values.items():
                QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
            layouts.append(layout)
            return layout

        def page_done(message):
            progress(100.0 * book.pages / max(total, 1), message)

        def hook(kind, layout):
            if options.page_hook is not None:
                options.page_hook(kind, layout)

        check()
        method = None
        total = opening + len(areas)
        if options.method_page:
            method_count = 1
            for _ in range(5):  # the register's own pages move every page number after them
                opening = method_count + len(questions) + len(scenarios)
                total = opening + len(areas)
                blocks = content.method_blocks(data, level, language, texts.intro, options.note, opening, len(areas))
                blocks += own_content.method_blocks(data, language)  # the privacy report of own figures
                blocks += trends.peer_blocks(data, language)  # a series GeoPackage: the years and the peers
                register = content.contents_rows(data, level, questions, method_count + 1, areas, opening + 1,
                                                 language)
                method = build_method_pages(project, options.method_template, blocks, register, language,
                                            document_variables)
                if len(method.layouts) == method_count:
                    break
                method_count = len(method.layouts)
            number_pages(method, language, 1, total)
            result.method_pages = len(method.layouts)
            result.opening_pages = opening
            for layout in method.layouts:
                QgsExpressionContextUtils.setLayoutVariable(layout, contract.VAR_PAGE_COUNT, total)
                hook("method", layout)
                book.add_layout(layout)
                page_done("method")
        if questions:
            layout = document_variables(load_layout(project, "question", options.question_template))
            QgsExpressionContextUtils.setLayoutVariable(layout, contract.VAR_PAGE_COUNT, total)
            pages = QuestionPages(layout, data, project, language, options.note)
            for question in questions:
                check()
                pages.fill(question, book.pages + 1, total)
                hook("question", layout)
                book.add_layout(layout)
                page_done(question.id)
        if scenarios:
            layout = document_variables(scenario_page.load(project))
            QgsExpressionContextUtils.setLayoutVariable(layout, contract.VAR_PAGE_COUNT, total)
            pages = scenario_page.ScenarioPages(layout, options.scenario, data.gpkg_path, project, language)
            for row in scenarios:
                check()
                pages.fill(row, book.pages + 1, total)
                hook("scenario", layout)
                book.add_layout(layout)
                page_done(str(row.get("scenario")))
        layout = document_variables(load_layout(project, "area", options.template))
        QgsExpressionContextUtils.setLayoutVariable(layout, contract.VAR_PAGE_COUNT, total)
        accent = QgsExpressionContextUtils.layoutScope(layout).variable(contract.VAR_ACCENT) or contract.DEFAULT_ACCENT
        layers = AtlasLayers(project, data.gpkg_path, level, str(accent))
        area_page = AreaPage(layout, data, layers, level, language, texts, classes, work_dir,
                             [r.get("code") for r in areas] if options.areas is not None else None)
        atlas = layout.atlas()
        if not atlas.beginRender():
            raise RuntimeError("the atlas could not start")
        try:
            count = atlas.count()
            if count != len(areas):
                result.warnings.append("the atlas has {} pages, {} areas were expected".format(count, len(areas)))
            more = atlas.first()
            while more:
                check()
                record = area_page.current_record()
                if record is not None:
                    area_page.fill(record, book.pages + 1, total)
                    hook("area", layout)
                    book.add_layout(layout)
                    result.area_pages += 1
                    page_done(record.get("code", ""))
                more = atlas.next()
        finally:
            atlas.endRender()
        result.table_font_sizes = area_page.font_sizes
        book.finish()
    except BaseException:
        book.abort()
        raise
    finally:
        for layout in layouts:
            layout.atlas().setCoverageLayer(None)
        layouts.clear()
        project.clear()
        shutil.rmtree(work_dir, ignore_errors=True)
    result.pages = book.pages
    result.seconds = round(time.perf_counter() - started, 3)
    progress(100.0, "done")
    return result
