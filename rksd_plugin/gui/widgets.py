"""Small widgets the dock's pages share."""
from qgis.PyQt.QtCore import QEvent, Qt
from qgis.PyQt.QtWidgets import QFrame, QLabel, QScrollArea


def step_label(text):
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class FitScrollArea(QScrollArea):
    """Scrolls vertically, never narrower than its content: nothing is cut off, whatever
    the font size or the text a translation or a long path puts in it."""

    def __init__(self, widget):
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        widget.installEventFilter(self)
        self._fit()

    def _fit(self):
        needed = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 4
        if self.minimumWidth() != needed:
            self.setMinimumWidth(needed)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self._fit()
        return False


def scrolled(widget):
    return FitScrollArea(widget)


def explain(widget, tooltip):
    """``tooltip`` on a compound widget and every input inside it (a file widget's line and button)."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QLineEdit

    widget.setToolTip(tooltip)
    for child in widget.findChildren(QLineEdit) + widget.findChildren(QAbstractButton):
        child.setToolTip(tooltip)
    return widget


def set_path(file_widget, path, quiet=True):
    """Show ``path`` in a QgsFileWidget; its tooltip stays (QGIS resets the line's own)."""
    if quiet:
        file_widget.blockSignals(True)
    try:
        file_widget.setFilePath(path)
    finally:
        if quiet:
            file_widget.blockSignals(False)
    explain(file_widget, file_widget.toolTip())
