"""Type a gemeente's name or code; a completer offers the gemeenten (and former ones)."""
from qgis.PyQt.QtCore import QCoreApplication, QStringListModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.errors import RksdError
from ..core.gemeenten import GemeenteIndex, display, load_fallback, load_mergers
from .translation import translate_error

_translate = QCoreApplication.translate


class GemeentePicker(QWidget):
    """A line edit with a completer and a line below that says which gemeente is meant."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mergers = load_mergers()
        self.fallback_year, self.fallback, self.aliases = load_fallback()
        self.index = GemeenteIndex(self.fallback, self.mergers, self.fallback_year, self.aliases)
        self.list_source = "fallback"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setObjectName("rksdGemeenteEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(_translate("RksdDock", "Name or code, e.g. Maastricht or GM0935"))
        self.edit.setToolTip(_translate(
            "RksdDock", "Type (part of) the name or the code of a municipality. Former municipalities are found "
            "too: Uden leads to Maashorst."))
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(lambda text: self._update())
        self.edit.editingFinished.connect(self._update)
        self.edit.textChanged.connect(lambda text: self.note.setText(""))
        layout.addWidget(self.edit)
        self.note = QLabel("")
        self.note.setObjectName("rksdGemeenteNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._fill_completer()

    # -- the list behind the completer ---------------------------------------------------
    def set_gemeenten(self, gemeenten, year, source, extra=()):
        """Use ``gemeenten`` of ``year`` (from CBS or the cache); ``extra`` from packages."""
        known = {g.code for g in gemeenten}
        merged = list(gemeenten) + [g for g in extra if g.code not in known]
        self.index = GemeenteIndex(merged, self.mergers, year, self.aliases)
        self.list_source = source
        self._fill_completer()
        if self.edit.text().strip():
            self._update()

    def _fill_completer(self):
        self.model.setStringList([text for text, _ in self.index.entries()])

    # -- what the user meant ----------------------------------------------------------
    def resolve(self):
        """The ``Resolution`` of the text; raises an ``RksdError`` the dock can show."""
        return self.index.resolve(self.edit.text())

    def _update(self):
        text = self.edit.text().strip()
        if not text:
            self.note.setText("")
            return
        try:
            resolution = self.resolve()
        except RksdError as exc:
            self.note.setText(translate_error(exc))
            self.note.setProperty("error", True)
            return
        self.note.setProperty("error", False)
        gemeente = resolution.gemeente
        if resolution.merger is not None:
            self.note.setText(_translate("RksdDock", "{new}: {old} merged into it in {year}.").format(
                new=display(gemeente), old=resolution.merger.old_name, year=resolution.merger.effective[:4]))
        elif display(gemeente) != text:
            self.note.setText(display(gemeente))
        else:
            self.note.setText("")  # the field says it all
        self.changed.emit()

    def set_code(self, code, name=""):
        name = name or self.index.name_of(code)
        self.edit.setText("{} ({})".format(name, code) if name else code)
        self._update()

    def text(self):
        return self.edit.text()
