"""The Maps tab: 1. gemeente, 2. year, 3. questions, 4. the output folder (scrolling), 5. the
buttons, progress, status and the map on screen (always in view). Layout only: the dock
connects the buttons to its work."""
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .gemeente_picker import GemeentePicker
from .map_chooser import MapChooser
from .questions import QuestionList
from .widgets import explain, scrolled, step_label

_translate = QCoreApplication.translate


class MapsPage(QWidget):
    def __init__(self, catalog, language, parent=None):
        super().__init__(parent)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(_translate(
            "RksdDock", "CBS, RIVM and Politie figures per neighbourhood that answer six questions about the social "
            "domain, as maps in your project."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(step_label(_translate("RksdDock", "1. Municipality")))
        self.picker = GemeentePicker()
        layout.addWidget(self.picker)
        layout.addWidget(step_label(_translate("RksdDock", "2. Year")))
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("rksdYearCombo")
        self.year_combo.setToolTip(_translate(
            "RksdDock", "Only years for which CBS figures and PDOK boundaries both exist"))
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_combo)
        year_row.addStretch(1)
        layout.addLayout(year_row)
        layout.addWidget(step_label(_translate("RksdDock", "3. Questions")))
        self.questions = QuestionList(catalog, language)
        self.questions_holder = QVBoxLayout()
        self.questions_holder.setContentsMargins(0, 0, 0, 0)
        self.questions_holder.addWidget(self.questions)
        layout.addLayout(self.questions_holder)
        layout.addWidget(step_label(_translate("RksdDock", "4. Save in")))
        self.output_dir = QgsFileWidget()
        self.output_dir.setObjectName("rksdOutputDir")
        self.output_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        explain(self.output_dir, _translate(
            "RksdDock", "The folder for this project's GeoPackages, atlases and tables; kept in the project"))
        layout.addWidget(self.output_dir)
        layout.addStretch(1)
        page_layout.addWidget(scrolled(body), 1)
        footer = QFrame()
        footer.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(footer)
        layout.addWidget(step_label(_translate("RksdDock", "5. Maps")))
        self.run_button = QPushButton(_translate("RksdDock", "Fetch and map"))
        self.run_button.setObjectName("rksdRunButton")
        self.run_button.setDefault(True)
        self.run_button.setToolTip(_translate(
            "RksdDock", "Download (or read from the cache) the figures and boundaries, compute the indices, save a "
            "GeoPackage and add a layer group per question"))
        layout.addWidget(self.run_button)
        self.sample_button = QPushButton(_translate("RksdDock", "Load the Maastricht sample (offline)"))
        self.sample_button.setObjectName("rksdSampleButton")
        self.sample_button.setToolTip(_translate(
            "RksdDock", "A first look without internet: Maastricht 2024 from the sample shipped with the plugin"))
        layout.addWidget(self.sample_button)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("rksdProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(_translate("RksdDock", "Progress"))
        progress_row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(_translate("RksdDock", "Cancel"))
        self.cancel_button.setObjectName("rksdCancelButton")
        self.cancel_button.setToolTip(_translate("RksdDock", "Stop; nothing half-written is left behind"))
        self.cancel_button.setEnabled(False)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.status = QLabel("")
        self.status.setObjectName("rksdStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        chooser_row = QHBoxLayout()
        chooser_label = QLabel(_translate("RksdDock", "On the map:"))
        chooser_row.addWidget(chooser_label)
        self.map_chooser = MapChooser()
        chooser_label.setBuddy(self.map_chooser)
        chooser_row.addWidget(self.map_chooser, 1)
        layout.addLayout(chooser_row)
        page_layout.addWidget(footer)
        QWidget.setTabOrder(self.picker.edit, self.year_combo)
        QWidget.setTabOrder(self.run_button, self.sample_button)
        QWidget.setTabOrder(self.sample_button, self.cancel_button)

    def set_years(self, years, preferred):
        """Offer ``years``; select ``preferred`` when offered, else the newest."""
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(preferred)
        self.year_combo.setCurrentIndex(index if index >= 0 else self.year_combo.count() - 1)
        self.year_combo.blockSignals(False)

    def replace_questions(self, questions):
        """Another catalog: a new question list in the same place."""
        self.questions_holder.removeWidget(self.questions)
        self.questions.deleteLater()
        self.questions = questions
        self.questions_holder.addWidget(questions)
