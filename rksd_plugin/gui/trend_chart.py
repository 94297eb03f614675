"""Sparklines: per indicator the buurt over the years, with the gemeente and Nederland lines.

One small chart per row on a common year axis (so rows line up): the buurt as a blue
line with dots - a hollow diamond, the visual language's re-allocated mark (\u25ca), where
the value was re-allocated across a boundary change -
and, for a model estimate, its 95 % interval as a whisker; the gemeente as a black line,
Nederland as an orange one. Each row has its own vertical scale (from the lowest to the
highest value shown in it). Colours are colour-blind safe (Okabe-Ito).
"""
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core import marks
from .buurt_chart import BUURT, GEMEENTE, NEDERLAND  # one colour per level in every chart

_translate = QCoreApplication.translate

GRID = QColor("#e6e6e6")


@dataclass
class TrendRow:
    label: str
    summary: str  # e.g. "2017: 6 565 -> 2024: 6 505 (-0,9 %)"
    points: List[Tuple[int, float, Optional[float], Optional[float], bool]]  # year, value, lower, upper, reallocated
    gemeente: List[Tuple[int, float]] = field(default_factory=list)
    nederland: List[Tuple[int, float]] = field(default_factory=list)
    tooltip: str = ""
    key: str = ""


class TrendChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rksdTrendChart")
        self.rows = []
        self.years = (0, 0)
        self.language = getattr(parent, "language", "nl")
        self.setAccessibleName(_translate("RksdBuurtPanel", "Trends: the neighbourhood over the years"))
        self.setToolTip(_translate(
            "RksdBuurtPanel", "Blue: this neighbourhood (hollow diamond: re-allocated across a boundary change; "
            "whisker: 95% interval of a model estimate). Black: the municipality. Orange: the Netherlands. Each row "
            "has its own scale."))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows):
        self.rows = list(rows)
        years = [p[0] for r in self.rows for p in r.points] + [p[0] for r in self.rows for p in r.gemeente + r.nederland]
        self.years = (min(years), max(years)) if years else (0, 0)
        self.updateGeometry()
        self.update()

    def _line(self):
        return int(self.fontMetrics().height() * 1.25)

    def _row_height(self):
        """A row: its name and summary on one line, a chart of two lines, the years."""
        return int(self._line() * 3.6) + 6

    def sizeHint(self):
        return QSize(260, self._line() + 8 + self._row_height() * len(self.rows))

    def minimumSizeHint(self):
        return QSize(180, self.sizeHint().height())

    def row_at(self, y):
        """The row under a vertical position (for tooltips), or None."""
        index = int((y - self._line() - 8) // self._row_height())
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def event(self, event):
        if event.type() == event.Type.ToolTip:
            row = self.row_at(event.pos().y())
            if row is not None and row.tooltip:
                from qgis.PyQt.QtWidgets import QToolTip

                QToolTip.showText(event.globalPos(), row.tooltip, self)
                return True
        return super().event(event)

    def paintEvent(self, event):  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = self._line()
        left, right = 6, self.width() - 8
        text_color = self.palette().windowText().color()
        self._legend(painter, 2, line)
        first, last = self.years
        span = max(last - first, 1)
        small = painter.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.0))
        for index, row in enumerate(self.rows):
            top = line + 8 + index * self._row_height()
            painter.setPen(text_color)
            painter.drawText(QRectF(left, top, right - left, line), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText("{} \u2013 {}".format(row.label, row.summary),
                                                Qt.TextElideMode.ElideRight, right - left))
            chart = QRectF(left + 4, top + line + 4, right - left - 8, line * 2)
            values = [p[1] for p in row.points] + [p[2] for p in row.points if p[2] is not None] + [
                p[3] for p in row.points if p[3] is not None] + [v for _, v in row.gemeente + row.nederland]
            low, high = (min(values), max(values)) if values else (0.0, 1.0)
            if high == low:
                low, high = low - 1.0, high + 1.0
            pad = (high - low) * 0.08
            low, high = low - pad, high + pad

            def point(year, value):
                x = chart.left() + (year - first) / span * chart.width() if last > first else chart.center().x()
                y = chart.bottom() - (value - low) / (high - low) * chart.height()
                return QPointF(x, y)

            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(chart.left(), chart.bottom()), QPointF(chart.right(), chart.bottom()))
            for series, color, width in ((row.nederland, NEDERLAND, 1.6), (row.gemeente, GEMEENTE, 1.2)):
                if len(series) > 1:
                    painter.setPen(QPen(color, width))
                    painter.drawPolyline(QPolygonF([point(y, v) for y, v in series]))
                for year, value in series:
                    painter.setPen(QPen(color, 1))
                    painter.setBrush(color)
                    painter.drawEllipse(point(year, value), 1.6, 1.6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(row.points) > 1:
                painter.setPen(QPen(BUURT, 2.2))
                painter.drawPolyline(QPolygonF([point(p[0], p[1]) for p in row.points]))
            for year, value, lower, upper, reallocated in row.points:
                centre = point(year, value)
                if lower is not None and upper is not None:
                    painter.setPen(QPen(BUURT, 1))
                    painter.drawLine(point(year, lower), point(year, upper))
                painter.setPen(QPen(BUURT, 1.6))
                if reallocated:
                    _diamond(painter, centre, self.palette().base().color())
                else:
                    painter.setBrush(BUURT)
                    painter.drawEllipse(centre, 3.0, 3.0)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setFont(small)
            painter.setPen(QColor("#606060"))
            years = sorted({p[0] for p in row.points})
            for year in ([years[0], years[-1]] if len(years) > 1 else years):
                x = point(year, low).x()
                box = QRectF(x - 30, chart.bottom() + 1, 60, line * 0.9)
                align = Qt.AlignmentFlag.AlignHCenter
                if box.left() < left:  # the first year keeps to the left edge, the last to the right
                    box, align = QRectF(left, chart.bottom() + 1, 60, line * 0.9), Qt.AlignmentFlag.AlignLeft
                elif box.right() > right:
                    box, align = QRectF(right - 60, chart.bottom() + 1, 60, line * 0.9), Qt.AlignmentFlag.AlignRight
                painter.drawText(box, align, str(year))
            painter.setFont(self.font())
        painter.end()

    def _legend(self, painter, top, height):
        metrics = self.fontMetrics()
        x = 0.0
        middle = top + height / 2.0
        entries = [(BUURT, _translate("RksdBuurtPanel", "neighbourhood")),
                   (GEMEENTE, _translate("RksdBuurtPanel", "municipality")),
                   (NEDERLAND, _translate("RksdBuurtPanel", "Netherlands"))]
        for color, text in entries:
            painter.setPen(QPen(color, 2))
            painter.drawLine(QPointF(x, middle), QPointF(x + 14, middle))
            painter.setPen(self.palette().windowText().color())
            x += 18
            painter.drawText(QRectF(x, top, metrics.horizontalAdvance(text) + 2, height), Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 12
        painter.setPen(QPen(BUURT, 1.6))
        _diamond(painter, QPointF(x + 4, middle), self.palette().base().color())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.palette().windowText().color())
        text = marks.words("reallocated", self.language)  # the diamond drawn before it is the mark
        painter.drawText(QRectF(x + 12, top, metrics.horizontalAdvance(text) + 2, height), Qt.AlignmentFlag.AlignVCenter, text)


def _diamond(painter, centre, fill, size=4.0):
    """The re-allocated mark (\u25ca) drawn as a point: a hollow diamond."""
    painter.setBrush(fill)
    painter.drawPolygon(QPolygonF([QPointF(centre.x(), centre.y() - size), QPointF(centre.x() + size * 0.7, centre.y()),
                                   QPointF(centre.x(), centre.y() + size), QPointF(centre.x() - size * 0.7, centre.y())]))
