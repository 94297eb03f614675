"""A compact dot chart: per indicator the buurt (bar), the gemeente (line), Nederland (diamond).

Every row has its own scale from 0 to the highest value of any buurt in the gemeente
(or the gemeente or Nederland value, when higher), so a long bar means "high within this
gemeente". Missing values get no bar and say so. Colours are colour-blind safe (Okabe-Ito).
"""
from dataclasses import dataclass
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

_translate = QCoreApplication.translate

BUURT = QColor("#0072B2")
GEMEENTE = QColor("#000000")
NEDERLAND = QColor("#E69F00")
TRACK = QColor("#e6e6e6")


@dataclass
class ChartRow:
    label: str
    value: Optional[float]
    gemeente: Optional[float]
    nederland: Optional[float]
    maximum: float


class ComparisonChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rksdBuurtChart")
        self.rows = []
        self.missing_text = _translate("RksdBuurtPanel", "secret / unknown")
        self.setAccessibleName(_translate("RksdBuurtPanel", "Chart: neighbourhood compared with municipality and Netherlands"))
        self.setToolTip(_translate(
            "RksdBuurtPanel", "Bar: this neighbourhood. Black line: the municipality. Orange diamond: the Netherlands. "
            "Each row runs from 0 to the highest neighbourhood in the municipality."))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows):
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def _line(self):
        return int(self.fontMetrics().height() * 1.25)

    def _row_height(self):
        """A row: the indicator's name on one line, its bar on the next."""
        return self._line() * 2 + 4

    def sizeHint(self):
        return QSize(240, self._line() + 8 + self._row_height() * len(self.rows))

    def minimumSizeHint(self):
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event):  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = self._line()
        left, right = 4, self.width() - 10
        text_color = self.palette().windowText().color()
        self._legend(painter, 2, line)
        for index, row in enumerate(self.rows):
            top = line + 8 + index * self._row_height()
            painter.setPen(text_color)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, right - left)
            painter.drawText(QRectF(left, top, right - left, line), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            middle = top + line + line / 2.0
            painter.fillRect(QRectF(left, middle - 1, right - left, 2), TRACK)
            scale = (right - left) / row.maximum if row.maximum else 0

            def x_of(value):
                return left + max(0.0, min(float(value), row.maximum)) * scale

            if row.value is None:
                painter.setPen(QColor("#707070"))
                painter.drawText(QRectF(left + 4, top + line, right - left, line), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 self.missing_text)
            else:
                painter.fillRect(QRectF(left, middle - line * 0.25, x_of(row.value) - left, line * 0.5), BUURT)
            if row.gemeente is not None:
                painter.setPen(QPen(GEMEENTE, 2))
                x = x_of(row.gemeente)
                painter.drawLine(QPointF(x, middle - line * 0.42), QPointF(x, middle + line * 0.42))
            if row.nederland is not None:
                self._diamond(painter, x_of(row.nederland), middle, line * 0.26)
        painter.end()

    def _legend(self, painter, top, height):
        metrics = self.fontMetrics()
        x = 0.0
        middle = top + height / 2.0
        painter.setPen(self.palette().windowText().color())
        entries = [
            ("bar", _translate("RksdBuurtPanel", "neighbourhood")),
            ("line", _translate("RksdBuurtPanel", "municipality")),
            ("diamond", _translate("RksdBuurtPanel", "Netherlands")),
        ]
        for kind, text in entries:
            if kind == "bar":
                painter.fillRect(QRectF(x, middle - height * 0.2, 14, height * 0.4), BUURT)
            elif kind == "line":
                painter.setPen(QPen(GEMEENTE, 2))
                painter.drawLine(QPointF(x + 7, middle - height * 0.35), QPointF(x + 7, middle + height * 0.35))
            else:
                self._diamond(painter, x + 7, middle, height * 0.22)
            painter.setPen(self.palette().windowText().color())
            x += 18
            painter.drawText(QRectF(x, top, metrics.horizontalAdvance(text) + 2, height), Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 14

    @staticmethod
    def _diamond(painter, x, y, r):
        painter.setPen(QPen(QColor("#7a5200"), 1))
        painter.setBrush(NEDERLAND)
        painter.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
