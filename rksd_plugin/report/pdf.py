"""One PDF from several print layouts: the opening pages and the atlas pages in a row.

``QgsLayoutExporter`` writes one layout (or one atlas) per PDF; the atlas needs a method
page, six question maps and the area pages in a single document. ``PdfBook`` paints each
page with ``QgsLayoutExporter.renderPage`` - QGIS's own page rendering - onto one
``QPdfWriter``, as the exporter does internally, with text kept as text (searchable,
copyable). The file is written under a temporary name and moved into place only when
complete: a cancel or an error leaves no partial PDF and an earlier file untouched.
"""
import os
import tempfile

from qgis.core import (
    QgsLayoutExporter,
    QgsVectorSimplifyMethod,
)
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ..compat import LAYOUT_MILLIMETERS, LAYOUT_USE_ADVANCED_EFFECTS, TEXT_ALWAYS_TEXT as ALWAYS_TEXT




def simplify_method():
    """What ``QgsLayoutExporter.exportToPdf`` uses: drop vertices closer than 0.1 pixel."""
    method = QgsVectorSimplifyMethod()
    method.setSimplifyHints(QgsVectorSimplifyMethod.SimplifyHint.GeometrySimplification)
    method.setForceLocalOptimization(True)
    method.setSimplifyAlgorithm(QgsVectorSimplifyMethod.SimplifyAlgorithm.SnappedToGridGlobal)
    method.setThreshold(0.5)
    return method


class PdfBook:
    def __init__(self, path, dpi=300, title="", creator="RKSD (QGIS)"):
        self.path = os.path.abspath(path)
        self.dpi = dpi
        self.title = title
        self.creator = creator
        folder = os.path.dirname(self.path) or "."
        os.makedirs(folder, exist_ok=True)
        handle, self.tmp_path = tempfile.mkstemp(dir=folder, prefix=".rksd-atlas-", suffix=".pdf")
        os.close(handle)
        self.writer = None
        self.painter = None
        self.pages = 0

    def add_layout(self, layout):
        """Every page of ``layout`` as it stands now (one atlas feature, one question)."""
        context = layout.renderContext()
        context.setDpi(self.dpi)
        context.setTextRenderFormat(ALWAYS_TEXT)
        context.setFlag(LAYOUT_USE_ADVANCED_EFFECTS, True)
        context.setSimplifyMethod(simplify_method())
        exporter = QgsLayoutExporter(layout)
        collection = layout.pageCollection()
        for index in range(collection.pageCount()):
            if not collection.shouldExportPage(index):
                continue
            self._new_page(layout, collection.page(index))
            exporter.renderPage(self.painter, index)
            self.pages += 1

    def _new_page(self, layout, page):
        size = layout.renderContext().measurementConverter().convert(page.pageSize(), LAYOUT_MILLIMETERS)
        width, height = size.width(), size.height()
        if width > height:
            page_layout = QPageLayout(QPageSize(QSizeF(height, width), QPageSize.Unit.Millimeter, "",
                                                QPageSize.SizeMatchPolicy.ExactMatch), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
        else:
            page_layout = QPageLayout(QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "",
                                                QPageSize.SizeMatchPolicy.ExactMatch), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        if self.writer is None:
            self.writer = QPdfWriter(self.tmp_path)
            self.writer.setResolution(self.dpi)
            self.writer.setTitle(self.title)
            self.writer.setCreator(self.creator)
            self.writer.setPageLayout(page_layout)
            self.painter = QPainter(self.writer)
        else:
            self.writer.setPageLayout(page_layout)
            self.writer.newPage()

    def finish(self):
        """Close the PDF and move it into place; returns its path."""
        if self.painter is None:
            self.abort()
            raise RuntimeError("the atlas has no pages")
        self.painter.end()
        self.painter = None
        self.writer = None
        os.chmod(self.tmp_path, 0o666 & ~_umask())  # mkstemp made it private; a PDF is for sharing
        os.replace(self.tmp_path, self.path)
        return self.path

    def abort(self):
        """Drop the half-written file (after a cancel or an error)."""
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.painter = None
        self.writer = None
        if os.path.exists(self.tmp_path):
            os.unlink(self.tmp_path)


def _umask():
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
