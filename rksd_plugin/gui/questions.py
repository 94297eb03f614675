"""The six questions as checkboxes: what each asks, its indicators, its index settings."""
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .weights_dialog import WeightsDialog, normalisation_names

_translate = QCoreApplication.translate


def indicator_summary(question, catalog, language):
    """The indicators of a question as one readable line (model estimates marked)."""
    def names(keys):
        result = []
        for key in keys:
            indicator = catalog.indicators[key]
            title = indicator.title.get(language) or key
            if indicator.model_estimate:
                title += " (" + _translate("RksdQuestions", "model") + ")"
            result.append(title)
        return ", ".join(result)

    parts = [names([c.indicator for c in question.components])]
    if question.show_beside:
        parts.append(_translate("RksdQuestions", "beside the index: {}").format(names(question.show_beside)))
    if question.wijk_indicators:
        parts.append(_translate("RksdQuestions", "per district only: {}").format(names(question.wijk_indicators)))
    return "; ".join(parts)


class QuestionRow(QFrame):
    """One question: checkbox, the question itself, its indicators (folded) and weights."""

    toggled = pyqtSignal()
    weights_clicked = pyqtSignal(str)

    def __init__(self, question, catalog, language, parent=None):
        super().__init__(parent)
        self.question = question
        self.setObjectName("rksdQuestion_" + question.id)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        self.check = QCheckBox("{}. {}".format(question.number, question.title.get(language)))
        self.check.setObjectName("rksdQuestionCheck_" + question.id)
        self.check.setChecked(True)
        font = self.check.font()
        font.setBold(True)
        self.check.setFont(font)
        self.check.setToolTip(question.explanation.get(language) or question.question.get(language))
        self.check.toggled.connect(self.toggled)
        grid.addWidget(self.check, 0, 0, 1, 3)
        self.line = QLabel(question.question.get(language))
        self.line.setWordWrap(True)
        self.line.setToolTip(question.explanation.get(language, ""))
        self.line.setIndent(20)
        grid.addWidget(self.line, 1, 0, 1, 3)
        count = len(question.indicators)
        self.fold = QToolButton()
        self.fold.setObjectName("rksdIndicatorsFold_" + question.id)
        self.fold.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold.setArrowType(Qt.ArrowType.RightArrow)
        self.fold.setCheckable(True)
        self.fold.setAutoRaise(True)
        self.fold.setText(_translate("RksdQuestions", "{} indicators").format(count))
        self.fold.setToolTip(_translate("RksdQuestions", "Show or hide the indicators of this question"))
        self.fold.toggled.connect(self._fold)
        grid.addWidget(self.fold, 2, 0, Qt.AlignmentFlag.AlignLeft)
        self.weights_button = QPushButton(_translate("RksdQuestions", "Weights..."))
        self.weights_button.setObjectName("rksdWeightsButton_" + question.id)
        self.weights_button.setToolTip(
            _translate("RksdQuestions", "Weights and normalisation of the index of question {}").format(question.number))
        self.weights_button.clicked.connect(lambda: self.weights_clicked.emit(self.question.id))
        grid.addWidget(self.weights_button, 2, 2, Qt.AlignmentFlag.AlignRight)
        self.indicators = QLabel(indicator_summary(question, catalog, language))
        self.indicators.setObjectName("rksdIndicators_" + question.id)
        self.indicators.setWordWrap(True)
        self.indicators.setIndent(20)
        self.indicators.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.indicators.setVisible(False)
        grid.addWidget(self.indicators, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def _fold(self, open_):
        self.fold.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.indicators.setVisible(open_)

    def set_customised(self, customised):
        text = _translate("RksdQuestions", "Weights...")
        self.weights_button.setText(text + " *" if customised else text)


class QuestionList(QWidget):
    """All questions; keeps the weights and normalisation chosen per question."""

    changed = pyqtSignal()

    def __init__(self, catalog, language, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.default_normalisation = catalog.normalisation.get("default", "percentile")
        self.weights = {}  # question id -> {indicator: weight}, only where changed
        self.normalisation = {}  # question id -> method, only where changed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(_translate("RksdQuestions", "All"))
        self.all_button.setToolTip(_translate("RksdQuestions", "Tick all questions"))
        self.all_button.clicked.connect(lambda: self.set_selected([q.id for q in catalog.questions]))
        self.none_button = QPushButton(_translate("RksdQuestions", "None"))
        self.none_button.setToolTip(_translate("RksdQuestions", "Untick all questions"))
        self.none_button.clicked.connect(lambda: self.set_selected([]))
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rows = {}
        for question in catalog.questions:
            row = QuestionRow(question, catalog, language, self)
            row.toggled.connect(self.changed)
            row.weights_clicked.connect(self.edit_weights)
            layout.addWidget(row)
            self.rows[question.id] = row

    def selected(self):
        return [key for key, row in self.rows.items() if row.check.isChecked()]

    def set_selected(self, question_ids):
        for key, row in self.rows.items():
            row.check.blockSignals(True)
            row.check.setChecked(key in question_ids)
            row.check.blockSignals(False)
        self.changed.emit()

    def normalisation_for(self, question_id):
        return self.normalisation.get(question_id, self.default_normalisation)

    def edit_weights(self, question_id):
        question = self.catalog.question(question_id)
        dialog = WeightsDialog(question, self.catalog, self.language, self.weights.get(question_id, {}),
                               self.normalisation_for(question_id), self.default_normalisation, self)
        if dialog.exec():
            weights, method = dialog.values()
            self.set_question_settings(question_id, weights, method)
            self.changed.emit()

    def set_question_settings(self, question_id, weights, method):
        question = self.catalog.question(question_id)
        defaults = question.weights()
        changed = {k: float(v) for k, v in (weights or {}).items() if k in defaults and float(v) != defaults[k]}
        if changed:
            self.weights[question_id] = changed
        else:
            self.weights.pop(question_id, None)
        if method and method != self.default_normalisation and method in normalisation_names():
            self.normalisation[question_id] = method
        else:
            self.normalisation.pop(question_id, None)
        self.rows[question_id].set_customised(question_id in self.weights or question_id in self.normalisation)

    def state(self):
        return {"questions": self.selected(), "weights": dict(self.weights), "normalisation": dict(self.normalisation)}

    def set_state(self, state):
        for question_id in self.rows:
            self.set_question_settings(question_id, state.get("weights", {}).get(question_id, {}),
                                       state.get("normalisation", {}).get(question_id))
        if state.get("questions") is not None:
            self.set_selected([q for q in state["questions"] if q in self.rows])
