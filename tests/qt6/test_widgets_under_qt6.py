"""The plugin's pure-Qt widgets, built and used under PyQt6 as QGIS 4 runs them."""
import pytest


def test_the_shim_is_pyqt6_and_nothing_of_pyqt5_loads():
    import sys

    from qgis.PyQt import QtCore

    assert QtCore.PYQT_VERSION_STR.startswith("6.")
    assert "PyQt5" not in sys.modules


def test_comparison_chart_paints_bars_lines_and_missing_rows(qapp):
    from PyQt6.QtGui import QColor, QImage

    from rksd_plugin.gui.buurt_chart import BUURT, ChartRow, ComparisonChart

    chart = ComparisonChart()
    chart.set_rows([
        ChartRow("Aandeel 65-plussers (%)", 30.0, 20.0, 21.0, 40.0),
        ChartRow("Eenzaam, 18+ (%)", None, 48.0, 49.0, 60.0),
    ])
    size = chart.sizeHint()
    assert size.height() > 2 * chart._row_height()
    chart.resize(size)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    chart.render(image)
    blue = sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)) == BUURT)
    assert blue > 50  # the first row's bar is painted; the missing row has none
    assert chart.minimumSizeHint().height() == size.height()


def test_question_list_selection_and_weights_round_trip(qapp, catalog):
    from rksd_plugin.gui.questions import QuestionList

    questions = QuestionList(catalog, "nl")
    ids = [q.id for q in catalog.questions]
    assert len(ids) == 6
    seen = []
    questions.changed.connect(lambda: seen.append(True))
    questions.set_selected(ids[:2])
    assert questions.selected() == ids[:2] and seen
    first = catalog.questions[0]
    component = first.components[0].indicator
    questions.set_question_settings(first.id, {component: 3.0}, "zscore")
    assert questions.normalisation_for(first.id) == "zscore"
    assert questions.rows[first.id].weights_button.text().endswith(" *")
    state = questions.state()
    again = QuestionList(catalog, "en")
    again.set_state(state)
    assert again.state() == state


def test_weights_dialog_values_and_reset(qapp, catalog):
    from rksd_plugin.gui.weights_dialog import WeightsDialog

    question = catalog.questions[2]
    defaults = question.weights()
    key = next(iter(defaults))
    dialog = WeightsDialog(question, catalog, "en", {key: 7.5}, "index100", "percentile")
    weights, method = dialog.values()
    assert weights[key] == pytest.approx(7.5) and method == "index100"
    dialog.reset()
    weights, method = dialog.values()
    assert weights == pytest.approx(defaults) and method == "percentile"
    assert dialog.method.count() == len(catalog.normalisation["methods"])


def test_scroll_area_is_never_narrower_than_its_content(qapp):
    from PyQt6.QtWidgets import QLabel

    from rksd_plugin.gui.widgets import scrolled, step_label

    label = step_label("Kies een gemeente en een jaar " * 3)
    label.setWordWrap(False)
    area = scrolled(label)
    assert area.minimumWidth() >= label.minimumSizeHint().width()
    assert isinstance(area.widget(), QLabel)
