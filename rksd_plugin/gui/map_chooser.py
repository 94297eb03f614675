"""Which map is on screen: every question's index and components, one pick away.

The question maps are styles of the run's one "Buurten" layer (and of "Wijken" for the
wijk-only figures); this list switches between them. What a package lacks is listed too,
greyed out, so nothing silently disappears.
"""
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QFont, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QComboBox

_translate = QCoreApplication.translate
INDENT = "\u2003"


class MapChooser(QComboBox):
    map_chosen = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rksdMapChooser")
        self.setToolTip(_translate("RksdDock", "The map on screen: a question's index or one of its components"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.run = None
        self.setModel(QStandardItemModel(self))
        self.activated.connect(self._activated)
        self.setEnabled(False)

    def set_run(self, run, catalog, language):
        """Fill the list from a run's ``RunLayers`` (None: empty and disabled)."""
        from ..qgis_io.question_maps import current_map

        self.run = run
        model = QStandardItemModel(self)
        if run is not None:
            by_question = {}
            for choice in run.maps:
                by_question.setdefault(choice.question, []).append(choice)
            for question in catalog.questions:
                choices = by_question.get(question.id, [])
                for choice in choices:
                    text = choice.label if choice.kind == "index" else INDENT + choice.label
                    if choice.kind == "wijk":
                        text += " ({})".format(_translate("RksdDock", "per district"))
                    item = QStandardItem(text)
                    item.setData(choice.style, Qt.ItemDataRole.UserRole)
                    item.setToolTip(choice.style)
                    if choice.kind == "index":
                        font = QFont(self.font())
                        font.setBold(True)
                        item.setFont(font)
                    model.appendRow(item)
                for name in run.unavailable.get(question.id, []) if choices else []:
                    item = QStandardItem(INDENT + name)
                    item.setEnabled(False)
                    model.appendRow(item)
        self.setModel(model)
        self.setEnabled(run is not None and model.rowCount() > 0)
        if run is not None:
            self.select(current_map(run))

    def select(self, style):
        index = self.findData(style, Qt.ItemDataRole.UserRole)
        if index >= 0:
            self.setCurrentIndex(index)

    def _activated(self, index):
        style = self.itemData(index, Qt.ItemDataRole.UserRole)
        if style and self.run is not None:
            from ..qgis_io.question_maps import show_map

            show_map(self.run, style)
            self.map_chosen.emit(style)
