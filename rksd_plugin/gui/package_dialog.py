"""Choose what goes into an offline package: gemeenten, years, questions, the file."""
import os

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..core.errors import RksdError
from ..core.gemeenten import display
from ..core.package_builder import PackageSpec
from .gemeente_picker import GemeentePicker
from .translation import translate_error

_translate = QCoreApplication.translate


def _checkable_list(items, checked):
    widget = QListWidget()
    for text, data in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(widget.sizeHintForRow(0) * (len(items) + 1) + 6 if items else 40)
    return widget


def _checked(widget):
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class PackageDialog(QDialog):
    def __init__(self, catalog, language, years, gemeenten, default_year, question_ids, picker_index,
                 default_folder, parent=None):
        super().__init__(parent)
        self.setObjectName("RksdPackageDialog")
        self.setWindowTitle(_translate("RksdPackageDialog", "Prepare offline package"))
        layout = QVBoxLayout(self)
        intro = QLabel(_translate(
            "RksdPackageDialog", "Downloads everything the chosen question maps need into one file. Copy it to "
            "other computers and load it there with \"Load offline package\": no internet needed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.picker = GemeentePicker(self)
        self.picker.index = picker_index
        self.picker._fill_completer()
        add_row = QHBoxLayout()
        add_row.addWidget(self.picker, 1)
        self.add_button = QPushButton(_translate("RksdPackageDialog", "Add"))
        self.add_button.setToolTip(_translate("RksdPackageDialog", "Add the municipality to the package"))
        self.add_button.clicked.connect(self.add_gemeente)
        self.picker.edit.returnPressed.connect(self.add_gemeente)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(_translate("RksdPackageDialog", "Municipality"), add_row)
        self.gemeenten = QListWidget()
        self.gemeenten.setObjectName("rksdPackageGemeenten")
        self.gemeenten.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.gemeenten.setToolTip(_translate("RksdPackageDialog", "Select and press Delete to remove"))
        self.gemeenten.setMaximumHeight(self.fontMetrics().height() * 6)
        for gemeente in gemeenten:
            self._add(gemeente)
        form.addRow(_translate("RksdPackageDialog", "In the package"), self.gemeenten)
        self.remove_button = QPushButton(_translate("RksdPackageDialog", "Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        form.addRow("", self.remove_button)
        self.years = _checkable_list([(str(y), y) for y in years], {default_year})
        self.years.setObjectName("rksdPackageYears")
        form.addRow(_translate("RksdPackageDialog", "Years"), self.years)
        self.questions = _checkable_list(
            [("{}. {}".format(q.number, q.title.get(language)), q.id) for q in catalog.questions], set(question_ids))
        self.questions.setObjectName("rksdPackageQuestions")
        form.addRow(_translate("RksdPackageDialog", "Questions"), self.questions)
        self.national = QCheckBox(_translate("RksdPackageDialog", "Include the national reference (all Dutch neighbourhoods)"))
        self.national.setChecked(True)
        self.national.setToolTip(_translate(
            "RksdPackageDialog", "Needed to rank neighbourhoods against the whole country; makes the package larger"))
        form.addRow("", self.national)
        self.file = QgsFileWidget()
        self.file.setObjectName("rksdPackageFile")
        self.file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file.setFilter(_translate("RksdPackageDialog", "RKSD offline package (*.zip)"))
        self.file.setFilePath(os.path.join(default_folder, "rksd_offline_package.zip"))
        form.addRow(_translate("RksdPackageDialog", "File"), self.file)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_translate("RksdPackageDialog", "Prepare"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.gemeenten.hasFocus():
            self.remove_selected()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.picker.edit.hasFocus():
            return  # Enter in the gemeente field adds it; it does not start the package
        super().keyPressEvent(event)

    def _add(self, gemeente):
        for i in range(self.gemeenten.count()):
            if self.gemeenten.item(i).data(Qt.ItemDataRole.UserRole) == gemeente.code:
                return
        item = QListWidgetItem(display(gemeente))
        item.setData(Qt.ItemDataRole.UserRole, gemeente.code)
        self.gemeenten.addItem(item)

    def add_gemeente(self):
        try:
            resolution = self.picker.resolve()
        except RksdError as exc:
            self.message.setText(translate_error(exc))
            return
        self._add(resolution.gemeente)
        self.picker.edit.clear()
        self.message.setText("")

    def remove_selected(self):
        for item in self.gemeenten.selectedItems():
            self.gemeenten.takeItem(self.gemeenten.row(item))

    def spec(self):
        codes = [self.gemeenten.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.gemeenten.count())]
        return PackageSpec(codes, _checked(self.years), _checked(self.questions) or None,
                           national_reference=self.national.isChecked())

    def output_path(self):
        path = self.file.filePath().strip()
        return path if not path or path.lower().endswith(".zip") else path + ".zip"

    def _accept(self):
        spec = self.spec()
        if not spec.gemeenten:
            self.message.setText(_translate("RksdPackageDialog", "Add at least one municipality."))
        elif not spec.years:
            self.message.setText(_translate("RksdPackageDialog", "Tick at least one year."))
        elif not spec.questions:
            self.message.setText(_translate("RksdPackageDialog", "Tick at least one question."))
        elif not self.output_path():
            self.message.setText(_translate("RksdPackageDialog", "Choose where to save the package."))
        else:
            self.accept()
