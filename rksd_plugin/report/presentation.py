"""Question maps as PNG for presentations: 1920 x 1080 (16:9) and A4 at 300 dpi.

Each PNG carries the index map, its legend, the method notes and the attribution. The
16:9 maps come from ``rksd_presentation.qpt``, the A4 maps from the atlas's question page
template - both restylable like the atlas. Works from the GeoPackage alone.
"""
import datetime
import os

from qgis.core import QgsCoordinateReferenceSystem, QgsExpressionContextUtils, QgsLayoutExporter, QgsProject
from qgis.PyQt.QtCore import QSize

from ..core.errors import Cancelled
from ..qgis_io.render import export_png
from . import content, contract
from .gpkg_reader import read_atlas_data
from .question_page import QuestionPages
from .template import load_layout
from .texts import written_date

SIZES = {
    # name: (template kind, pixels or None, dpi)
    "1920x1080": ("presentation", (1920, 1080), None),
    "a4_300dpi": ("question", None, 300),
}


def export_question_pngs(gpkg_path, out_dir, language="nl", catalog=None, sizes=("1920x1080", "a4_300dpi"),
                         templates=None, note="", question_ids=None, progress=None, is_cancelled=None):
    """Write ``vraag<n>_<id>_<size>.png`` per question and size; returns the paths.

    ``templates`` may map a size name to a user's ``.qpt``."""
    progress = progress or (lambda percent, message: None)
    is_cancelled = is_cancelled or (lambda: False)
    templates = templates or {}
    data = read_atlas_data(gpkg_path, catalog, language)
    questions = [q for q in data.question_list() if not question_ids or q.id in question_ids]
    os.makedirs(out_dir, exist_ok=True)
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    date_text = written_date(datetime.date.today(), language)
    written = []
    total = max(len(questions) * len(sizes), 1)
    try:
        for size_name in sizes:
            kind, pixels, dpi = SIZES[size_name]
            layout = load_layout(project, kind, templates.get(size_name))
            for name, value in {
                contract.VAR_GEMEENTE: data.gemeente_name,
                contract.VAR_GEMEENTE_CODE: data.gemeente,
                contract.VAR_YEAR: data.year,
                contract.VAR_DATE: date_text,
                contract.VAR_ATTRIBUTION: " \u00b7 ".join(content.attributions(data, language)),
                contract.VAR_FOOTER: content.footer(data, language, date_text),
                contract.VAR_DOCUMENT_TITLE: content.document_title(data, language),
                contract.VAR_PAGE_LABEL: "",
            }.items():
                QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
            pages = QuestionPages(layout, data, project, language, note)
            for question in questions:
                if is_cancelled():
                    raise Cancelled()
                pages.fill(question)
                path = os.path.join(out_dir, "vraag{}_{}_{}.png".format(question.number, question.id, size_name))
                export_image(layout, path, pixels=pixels, dpi=dpi)
                written.append(path)
                progress(100.0 * len(written) / total, path)
    finally:
        project.clear()
    return written


def export_image(layout, path, pixels=None, dpi=None):
    """Export page 1 of ``layout`` as PNG at ``pixels`` (width, height) or ``dpi``."""
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.exportMetadata = False
    page = layout.pageCollection().page(0)
    width_mm, height_mm = page.rect().width(), page.rect().height()
    if pixels:
        settings.dpi = pixels[0] / (width_mm / 25.4)  # text and lines keep their printed size
    else:
        settings.dpi = dpi or 300
        pixels = (int(round(width_mm / 25.4 * settings.dpi)), int(round(height_mm / 25.4 * settings.dpi)))
    settings.imageSize = QSize(*pixels)
    settings.pages = [0]
    return export_png(layout, path, settings=settings)
