"""Edit one question's index: the weight of each component and the normalisation."""
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

_translate = QCoreApplication.translate


def normalisation_names():
    """Method id -> what a user reads."""
    return {
        "percentile": _translate("RksdWeights", "Percentile rank (0-100)"),
        "zscore": _translate("RksdWeights", "z-score (between -3 and +3)"),
        "index100": _translate("RksdWeights", "Index (Netherlands = 100)"),
    }


def normalisation_tips():
    return {
        "percentile": _translate(
            "RksdWeights", "Each neighbourhood's rank among all Dutch neighbourhoods (or within the municipality when no "
            "national figures are available): 0 = lowest, 100 = highest risk."),
        "zscore": _translate(
            "RksdWeights", "Distance from the average in standard deviations, cut off at -3 and +3."),
        "index100": _translate("RksdWeights", "The neighbourhood's value relative to the Netherlands: 100 = Dutch average."),
    }


class WeightsDialog(QDialog):
    """Weights 0-10 per component (0 leaves it out) and the normalisation method."""

    def __init__(self, question, catalog, language, weights, normalisation, default_normalisation, parent=None):
        super().__init__(parent)
        self.question = question
        self.default_normalisation = default_normalisation
        self.setObjectName("RksdWeightsDialog")
        self.setWindowTitle(_translate("RksdWeights", "Index of question {number}").format(number=question.number))
        layout = QVBoxLayout(self)
        intro = QLabel(_translate(
            "RksdWeights", "<b>{title}</b><br>The index is the weighted mean of the components' scores. "
            "A weight of 0 leaves a component out.").format(title=question.index_title.get(language)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.method = QComboBox()
        self.method.setObjectName("rksdNormalisation")
        tips = normalisation_tips()
        for key, name in normalisation_names().items():
            self.method.addItem(name, key)
            self.method.setItemData(self.method.count() - 1, tips[key], 3)  # Qt.ToolTipRole
        self.method.setToolTip(_translate("RksdWeights", "How each component is put on a common scale"))
        form.addRow(_translate("RksdWeights", "Normalisation"), self.method)
        self.spins = {}
        for component in question.components:
            indicator = catalog.indicators[component.indicator]
            spin = QDoubleSpinBox()
            spin.setObjectName("rksdWeight_" + component.indicator)
            spin.setRange(0.0, 10.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setToolTip(indicator.explanation.get(language) or indicator.title.get(language))
            label = QLabel(indicator.title.get(language))
            label.setWordWrap(True)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[component.indicator] = spin
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = QPushButton(_translate("RksdWeights", "Reset to catalog default"))
        self.reset_button.setObjectName("rksdResetWeights")
        self.reset_button.setToolTip(_translate("RksdWeights", "Equal weights as in the catalog, percentile rank"))
        self.reset_button.clicked.connect(self.reset)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_values(weights, normalisation)

    def set_values(self, weights, normalisation):
        defaults = self.question.weights()
        for key, spin in self.spins.items():
            spin.setValue(float(weights.get(key, defaults[key])))
        index = self.method.findData(normalisation or self.default_normalisation)
        self.method.setCurrentIndex(max(index, 0))

    def reset(self):
        self.set_values(self.question.weights(), self.default_normalisation)

    def values(self):
        """``(weights, normalisation)`` as chosen."""
        return {key: spin.value() for key, spin in self.spins.items()}, self.method.currentData()
