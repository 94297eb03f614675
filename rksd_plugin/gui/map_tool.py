"""A map tool that reports where the user clicked, for the buurt information panel."""
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QCursor


class BuurtPickTool(QgsMapToolEmitPoint):
    """Click a buurt: emits the map point and the canvas CRS."""

    picked = pyqtSignal(object, object)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(QCursor(Qt.CursorShape.WhatsThisCursor))

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.toMapCoordinates(event.pos())
        self.picked.emit(point, self.canvas().mapSettings().destinationCrs())
