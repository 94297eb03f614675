"""The Rapport tab: the atlas (PDF), the presentation maps (PNG) and the buurt table, from the dock.

Step by step: the run's GeoPackage (filled in after a run), one page per buurt or wijk,
the language, the template, the gemeente's own texts (a CSV, or typed here and kept in
the project), the presentation maps, the folder to save in (kept per project). The
atlas is made by ``report.task.AtlasTask`` in the background with progress and cancel;
the PDF opens when it is done. Layout and wiring only: the report package does the work.
"""
import os

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import Cancelled
from .tasks import let_go, log
from .translation import error_text
from .widgets import explain, scrolled, set_path, step_label

_translate = QCoreApplication.translate
LEVELS = ("buurt", "wijk")
LANGUAGES = ("nl", "en")
TEXTS_NONE, TEXTS_CSV, TEXTS_TYPED = "none", "csv", "typed"
INTRO = "inleiding"


def open_path(path):
    """Open a file or folder with the desktop's application for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def area_names(gpkg_path, level):
    """``[(code, name), ...]`` of the land areas of ``level`` in an RKSD GeoPackage (sorted by name)."""
    from osgeo import ogr

    if not gpkg_path or not os.path.isfile(gpkg_path):
        return []
    dataset = ogr.Open(gpkg_path)
    if dataset is None:
        return []
    layer = dataset.GetLayerByName("buurten" if level == "buurt" else "wijken")
    result = []
    if layer is not None:
        for feature in layer:
            if feature.GetField("water") == "JA":
                continue
            result.append((feature.GetField("code"), feature.GetField("naam") or ""))
        del layer
    del dataset
    return sorted(result, key=lambda pair: (pair[1].lower(), pair[0]))


class ReportPage(QWidget):
    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    changed = pyqtSignal()
    output_dir_changed = pyqtSignal(str)

    def __init__(self, language, parent=None):
        super().__init__(parent)
        self.language = language
        self.task = None
        self.typed = {}  # level -> {code: text}; INTRO -> text
        self.open_file = open_path  # replaced in tests: nothing opens a viewer there
        self.last_outputs = []
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(_translate(
            "RksdReport", "A printable atlas with a page per neighbourhood or district, maps for presentations and the table of "
            "every neighbourhood, from the GeoPackage of a run."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addWidget(step_label(_translate("RksdReport", "1. Figures")))
        self.gpkg = QgsFileWidget()
        self.gpkg.setObjectName("rksdReportGpkg")
        self.gpkg.setFilter(_translate("RksdReport", "RKSD GeoPackage (*.gpkg)"))
        explain(self.gpkg, _translate("RksdReport", "The GeoPackage a run wrote; filled in after every run"))
        self.gpkg.fileChanged.connect(self._gpkg_changed)
        layout.addWidget(self.gpkg)

        layout.addWidget(step_label(_translate("RksdReport", "2. Atlas")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.level = QComboBox()
        self.level.setObjectName("rksdReportLevel")
        self.level.addItem(_translate("RksdReport", "a page per neighbourhood"), "buurt")
        self.level.addItem(_translate("RksdReport", "a page per district"), "wijk")
        self.level.setToolTip(_translate("RksdReport", "One atlas page for every neighbourhood, or for every district"))
        self.level.currentIndexChanged.connect(self._level_changed)
        form.addRow(_translate("RksdReport", "Pages"), self.level)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("rksdReportLanguage")
        self.language_combo.addItem(_translate("RksdReport", "Dutch"), "nl")
        self.language_combo.addItem(_translate("RksdReport", "English"), "en")
        self.language_combo.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.language_combo.setToolTip(_translate("RksdReport", "The language of the atlas, the maps and the table"))
        self.language_combo.currentIndexChanged.connect(lambda i: self.changed.emit())
        form.addRow(_translate("RksdReport", "Language"), self.language_combo)
        self.template_choice = QComboBox()
        self.template_choice.setObjectName("rksdReportTemplateChoice")
        self.template_choice.addItem(_translate("RksdReport", "RKSD default"), "default")
        self.template_choice.addItem(_translate("RksdReport", "my own template (.qpt)"), "own")
        self.template_choice.setToolTip(_translate(
            "RksdReport", "A copy of rksd_atlas.qpt restyled in the layout designer (house colours, logo); "
            "docs/atlas.md lists the item ids it must keep"))
        form.addRow(_translate("RksdReport", "Template"), self.template_choice)
        self.template = QgsFileWidget()
        self.template.setObjectName("rksdReportTemplate")
        self.template.setFilter(_translate("RksdReport", "Layout template (*.qpt)"))
        explain(self.template, _translate("RksdReport", "Your restyled copy of rksd_atlas.qpt (only read, never changed)"))
        self.template.fileChanged.connect(lambda path: self.changed.emit())
        form.addRow("", self.template)
        self.template_choice.currentIndexChanged.connect(self._template_choice_changed)
        layout.addLayout(form)

        layout.addWidget(step_label(_translate("RksdReport", "3. Your own texts")))
        self.texts_mode = QComboBox()
        self.texts_mode.setObjectName("rksdReportTextsMode")
        self.texts_mode.addItem(_translate("RksdReport", "no own texts"), TEXTS_NONE)
        self.texts_mode.addItem(_translate("RksdReport", "from a CSV file (code;tekst)"), TEXTS_CSV)
        self.texts_mode.addItem(_translate("RksdReport", "typed here"), TEXTS_TYPED)
        self.texts_mode.setToolTip(_translate(
            "RksdReport", "A text of the municipality on the page of a neighbourhood or district, and an introduction"))
        layout.addWidget(self.texts_mode)
        self.texts_stack = QStackedWidget()
        self.texts_stack.addWidget(QWidget())
        self.texts_csv = QgsFileWidget()
        self.texts_csv.setObjectName("rksdReportTextsCsv")
        self.texts_csv.setFilter(_translate("RksdReport", "Texts (*.csv)"))
        explain(self.texts_csv, _translate(
            "RksdReport", "Two columns, code;tekst: a neighbourhood or district code and its text; the code 'inleiding' gives "
            "the introduction"))
        self.texts_csv.fileChanged.connect(lambda path: self.changed.emit())
        self.texts_stack.addWidget(self.texts_csv)
        typed = QWidget()
        typed_layout = QVBoxLayout(typed)
        typed_layout.setContentsMargins(0, 0, 0, 0)
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("rksdReportArea")
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area_combo.setMinimumContentsLength(14)
        self.area_combo.setToolTip(_translate("RksdReport", "The page the text below is for"))
        self.area_combo.currentIndexChanged.connect(self._area_changed)
        typed_layout.addWidget(self.area_combo)
        self.area_text = QPlainTextEdit()
        self.area_text.setObjectName("rksdReportAreaText")
        self.area_text.setPlaceholderText(_translate("RksdReport", "The text for this page (about 500 characters fit)"))
        self.area_text.setFixedHeight(self.fontMetrics().height() * 6)
        self.area_text.setToolTip(_translate("RksdReport", "Kept in the project; printed under the heading "
                                                           "'Notes from the municipality'"))
        self.area_text.textChanged.connect(self._text_edited)
        typed_layout.addWidget(self.area_text)
        self.typed_count = QLabel("")
        self.typed_count.setWordWrap(True)
        typed_layout.addWidget(self.typed_count)
        self.texts_stack.addWidget(typed)
        layout.addWidget(self.texts_stack)
        self.texts_mode.currentIndexChanged.connect(self._texts_mode_changed)

        layout.addWidget(step_label(_translate("RksdReport", "4. Presentation maps")))
        self.pngs = QCheckBox(_translate("RksdReport", "also the presentation maps (PNG)"))
        self.pngs.setObjectName("rksdReportPngs")
        self.pngs.setChecked(True)
        self.pngs.setToolTip(_translate("RksdReport", "Every question map at 1920×1080 and A4, into a folder next to "
                                                      "the atlas, for slides and handouts"))
        self.pngs.toggled.connect(lambda on: self.changed.emit())
        layout.addWidget(self.pngs)

        layout.addWidget(step_label(_translate("RksdReport", "5. Save in")))
        self.output_dir = QgsFileWidget()
        self.output_dir.setObjectName("rksdReportOutputDir")
        self.output_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        explain(self.output_dir, _translate("RksdReport", "The folder for this project's results; kept in the project"))
        self.output_dir.fileChanged.connect(self._output_dir_changed)
        layout.addWidget(self.output_dir)

        layout.addWidget(step_label(_translate("RksdReport", "The neighbourhood table")))
        table_row = QHBoxLayout()
        self.table_format = QComboBox()
        self.table_format.setObjectName("rksdReportTableFormat")
        self.table_format.addItem("CSV", "csv")
        self.table_format.addItem("Excel (XLSX)", "xlsx")
        self.table_format.setToolTip(_translate("RksdReport", "CSV for any program; XLSX keeps numbers as numbers"))
        table_row.addWidget(self.table_format)
        self.export_button = QPushButton(_translate("RksdReport", "Export the table"))
        self.export_button.setObjectName("rksdReportExport")
        self.export_button.setToolTip(_translate(
            "RksdReport", "Every neighbourhood with its indices, scores and figures, named and marked as in the atlas"))
        self.export_button.clicked.connect(self.export_table)
        table_row.addWidget(self.export_button, 1)
        layout.addLayout(table_row)
        layout.addStretch(1)
        page.addWidget(scrolled(body), 1)

        footer = QFrame()
        footer.setFrameShape(QFrame.Shape.StyledPanel)
        foot = QVBoxLayout(footer)
        self.make_button = QPushButton(_translate("RksdReport", "Make the atlas"))
        self.make_button.setObjectName("rksdReportMake")
        self.make_button.setDefault(True)
        self.make_button.setToolTip(_translate(
            "RksdReport", "Make the atlas PDF (and the presentation maps) in the background; it opens when done"))
        foot.addWidget(self.make_button)
        self.make_button.clicked.connect(self.make)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("rksdReportProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(_translate("RksdReport", "Progress of the atlas"))
        row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(_translate("RksdReport", "Cancel"))
        self.cancel_button.setObjectName("rksdReportCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.setToolTip(_translate("RksdReport", "Stop; no half-made atlas is left behind"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        foot.addLayout(row)
        self.status = QLabel("")
        self.status.setObjectName("rksdReportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(lambda link: self.open_file(QUrl(link).toLocalFile()))
        foot.addWidget(self.status)
        page.addWidget(footer)
        self._template_choice_changed()
        self._texts_mode_changed()
        self._update_enabled()

    # -- choices -------------------------------------------------------------------------
    def level_value(self):
        return self.level.currentData() or "buurt"

    def language_value(self):
        return self.language_combo.currentData() or "nl"

    def template_path(self):
        if self.template_choice.currentData() != "own":
            return None
        return self.template.filePath().strip() or None

    def _template_choice_changed(self, *args):
        self.template.setVisible(self.template_choice.currentData() == "own")
        self.changed.emit()

    def _texts_mode_changed(self, *args):
        mode = self.texts_mode.currentData()
        self.texts_stack.setCurrentIndex({TEXTS_NONE: 0, TEXTS_CSV: 1, TEXTS_TYPED: 2}[mode])
        self.texts_stack.setVisible(mode != TEXTS_NONE)
        if mode == TEXTS_TYPED:
            self._fill_areas()
        self.changed.emit()

    def _gpkg_changed(self, path):
        if self.texts_mode.currentData() == TEXTS_TYPED:
            self._fill_areas()
        self._update_enabled()
        self.changed.emit()

    def _level_changed(self, *args):
        if self.texts_mode.currentData() == TEXTS_TYPED:
            self._fill_areas()
        self.changed.emit()

    def _output_dir_changed(self, path):
        self.output_dir_changed.emit(path)
        self.changed.emit()

    def _update_enabled(self):
        has_gpkg = bool(self.gpkg.filePath().strip())
        busy = self.task is not None
        self.make_button.setEnabled(has_gpkg and not busy)
        self.export_button.setEnabled(has_gpkg)
        self.cancel_button.setEnabled(busy)

    # -- typed texts ---------------------------------------------------------------------
    def _fill_areas(self):
        level = self.level_value()
        current = self.area_combo.currentData()
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(_translate("RksdReport", "Introduction (first page)"), INTRO)
        for code, name in area_names(self.gpkg.filePath().strip(), level):
            mark = " \u270e" if self.typed.get(level, {}).get(code) else ""
            self.area_combo.addItem("{} ({}){}".format(name, code, mark), code)
        index = self.area_combo.findData(current)
        self.area_combo.setCurrentIndex(index if index >= 0 else 0)
        self.area_combo.blockSignals(False)
        self._area_changed()

    def _area_changed(self, *args):
        code = self.area_combo.currentData()
        text = self.typed.get(INTRO, "") if code == INTRO else self.typed.get(self.level_value(), {}).get(code, "")
        self.area_text.blockSignals(True)
        self.area_text.setPlainText(text or "")
        self.area_text.blockSignals(False)
        self._count_typed()

    def _text_edited(self):
        code = self.area_combo.currentData()
        if code is None:
            return
        text = self.area_text.toPlainText()
        if code == INTRO:
            self.typed[INTRO] = text
        else:
            texts = self.typed.setdefault(self.level_value(), {})
            if text.strip():
                texts[code] = text
            else:
                texts.pop(code, None)
        self._count_typed()
        self.changed.emit()

    def _count_typed(self):
        count = len([t for t in self.typed.get(self.level_value(), {}).values() if t.strip()])
        self.typed_count.setText(_translate("RksdReport", "Pages with an own text: {count} (kept in the project).")
                                 .format(count=count))

    def own_texts(self):
        """``(texts, intro)`` for the atlas: a CSV path, a mapping, or nothing."""
        mode = self.texts_mode.currentData()
        if mode == TEXTS_CSV:
            path = self.texts_csv.filePath().strip()
            return (path or None), None
        if mode == TEXTS_TYPED:
            texts = {code: text for code, text in self.typed.get(self.level_value(), {}).items() if text.strip()}
            return texts, (self.typed.get(INTRO) or "").strip() or None
        return None, None

    # -- state ---------------------------------------------------------------------------------
    def state(self):
        return {"gpkg": self.gpkg.filePath().strip(), "level": self.level_value(), "language": self.language_value(),
                "template": self.template.filePath().strip(), "own_template": self.template_choice.currentData() == "own",
                "texts_mode": self.texts_mode.currentData(), "texts_csv": self.texts_csv.filePath().strip(),
                "typed": self.typed, "pngs": self.pngs.isChecked(), "table_format": self.table_format.currentData()}

    def set_state(self, state):
        if not isinstance(state, dict):
            return
        widgets = (self.gpkg, self.level, self.language_combo, self.template, self.template_choice, self.texts_mode,
                   self.texts_csv, self.pngs, self.table_format)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.typed = {k: (dict(v) if isinstance(v, dict) else v) for k, v in (state.get("typed") or {}).items()}
            if state.get("gpkg"):
                set_path(self.gpkg, state["gpkg"], quiet=False)
            for combo, value in ((self.level, state.get("level")), (self.language_combo, state.get("language")),
                                 (self.texts_mode, state.get("texts_mode")),
                                 (self.table_format, state.get("table_format")),
                                 (self.template_choice, "own" if state.get("own_template") else "default")):
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)
            set_path(self.template, state.get("template") or "", quiet=False)
            set_path(self.texts_csv, state.get("texts_csv") or "", quiet=False)
            self.pngs.setChecked(bool(state.get("pngs", True)))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.template.setVisible(self.template_choice.currentData() == "own")
        self._texts_mode_changed()
        self._update_enabled()

    def set_gpkg(self, path):
        """A run finished: its GeoPackage is what the next atlas is made from."""
        set_path(self.gpkg, path)
        self._gpkg_changed(path)

    def set_output_dir(self, path):
        if self.output_dir.filePath() != path:
            set_path(self.output_dir, path)

    # -- making the atlas ---------------------------------------------------------------------
    def output_paths(self):
        """``(pdf, png folder)`` in the output folder, named after the GeoPackage and the level."""
        folder = self.output_dir.filePath().strip()
        stem = os.path.splitext(os.path.basename(self.gpkg.filePath().strip()))[0] or "rksd"
        level, language = self.level_value(), self.language_value()
        suffix = "" if language == "nl" else "_en"
        name = "{}_atlas_{}{}.pdf".format(stem, "buurten" if level == "buurt" else "wijken", suffix)
        return os.path.join(folder, name), os.path.join(folder, "{}_presentatie{}".format(stem, suffix))

    def make(self):
        from ..report.task import AtlasTask

        if self.task is not None:
            return
        gpkg = self.gpkg.filePath().strip()
        if not gpkg or not os.path.isfile(gpkg):
            self._say(_translate("RksdReport", "Choose the GeoPackage of a run first (tab Maps makes one)."), True)
            return
        template = self.template_path()
        if self.template_choice.currentData() == "own" and not template:
            self._say(_translate("RksdReport", "Choose your template, or the RKSD default."), True)
            return
        folder = self.output_dir.filePath().strip()
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            self._say(error_text(exc), True)
            return
        pdf, png_dir = self.output_paths()
        texts, intro = self.own_texts()
        self.task = AtlasTask(gpkg, pdf, level=self.level_value(), language=self.language_value(), template=template,
                              texts=texts, intro=intro, png_dir=png_dir if self.pngs.isChecked() else None,
                              description=_translate("RksdReport", "RKSD: atlas of {name}").format(
                                  name=os.path.basename(gpkg)))
        self.task.progressChanged.connect(self._progress)
        self.task.taskCompleted.connect(self._completed)
        self.task.taskTerminated.connect(self._terminated)
        self.progress.setValue(0)
        self._say(_translate("RksdReport", "Making the atlas..."))
        self._update_enabled()
        log("atlas started: {} -> {}".format(gpkg, pdf))
        QgsApplication.taskManager().addTask(self.task)

    def _progress(self, value):
        self.progress.setValue(int(value))

    def cancel(self):
        if self.task is not None:
            self._say(_translate("RksdReport", "Cancelling..."))
            self.task.cancel()

    def _completed(self):
        task, self.task = self.task, None
        self._update_enabled()
        if task is None or task.result is None:
            return
        result = task.result
        self.progress.setValue(100)
        self.last_outputs = [result.path] + list(task.pngs)
        text = _translate("RksdReport", "Atlas ready: {pages} pages in {seconds:.0f} s.").format(
            pages=result.pages, seconds=result.seconds)
        links = ['<a href="{}">{}</a>'.format(QUrl.fromLocalFile(result.path).toString(),
                                              os.path.basename(result.path))]
        if task.pngs:
            folder = os.path.dirname(task.pngs[0])
            links.append('<a href="{}">{}</a>'.format(QUrl.fromLocalFile(folder).toString(),
                                                      _translate("RksdReport", "{count} presentation maps").format(
                                                          count=len(task.pngs))))
        self.status.setText("{} {}".format(text, " \u00b7 ".join(links)))
        self.status.setToolTip(result.path)
        for warning in result.warnings:
            log(warning, Qgis.MessageLevel.Warning)
        if result.warnings:
            self.message.emit(_translate("RksdReport", "The atlas is ready with {count} warning(s); see the log panel, "
                                                      "tab RKSD.").format(count=len(result.warnings)),
                              Qgis.MessageLevel.Warning)
        self.open_file(result.path)

    def _terminated(self):
        task, self.task = self.task, None
        self._update_enabled()
        self.progress.setValue(0)
        error = task.error if task is not None else None
        if error is None or isinstance(error, Cancelled):
            self._say(_translate("RksdReport", "Cancelled; no atlas was written."))
            return
        self._say(error_text(error), True)

    def _say(self, text, problem=False):
        self.status.setText(text)
        self.status.setToolTip("")
        if problem:
            self.message.emit(text, Qgis.MessageLevel.Warning)

    # -- the table ------------------------------------------------------------------------------
    def export_table(self):
        from ..report import table_export

        gpkg = self.gpkg.filePath().strip()
        kind = self.table_format.currentData()
        if kind == "xlsx" and not table_export.xlsx_available():
            self._say(_translate("RksdReport", "Excel needs the Python package openpyxl, which this QGIS lacks; "
                                               "choose CSV."), True)
            return
        folder = self.output_dir.filePath().strip()
        stem = os.path.splitext(os.path.basename(gpkg))[0] or "rksd"
        suffix = "" if self.language_value() == "nl" else "_en"
        path = os.path.join(folder, "{}_buurten{}.{}".format(stem, suffix, kind))
        try:
            table_export.export(gpkg, path, self.language_value())
        except Exception as exc:  # noqa: BLE001 - told to the user, details in the log
            log("table export failed: {!r}".format(exc), Qgis.MessageLevel.Critical)
            self._say(error_text(exc), True)
            return
        self.last_outputs = [path]
        self.status.setText(_translate("RksdReport", "Table written: {link}").format(
            link='<a href="{}">{}</a>'.format(QUrl.fromLocalFile(path).toString(), os.path.basename(path))))
        self.open_file(path)

    def shutdown(self):
        let_go(self.task, self._progress, self._completed, self._terminated)
        self.task = None
