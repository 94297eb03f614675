"""The buurt information panel: every indicator of the run's questions for one buurt.

Values are read from the run's GeoPackage (what the maps show), never recomputed:
the buurt value, the gemeente and Nederland values stored beside it, the maatstaf the
index ranks each component against and the component's score with its cue, the question
index, and a compact chart. Marks and the wording of missing values come from
``core.marks``, as in the maps, the atlas and the table export. Wijk-only indicators
show the value of the buurt's wijk.
"""
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QRect, Qt, QVariant, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFontMetrics
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import marks
from . import own_rows
from .buurt_chart import ChartRow, ComparisonChart
from .buurt_trends import BuurtTrends

_translate = QCoreApplication.translate
COLUMNS = 6


def plain(value):
    """An attribute as Python: NULL becomes None."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    try:
        if value != value:  # NaN
            return None
    except TypeError:
        pass
    return value


def format_number(value, decimals, language):
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if language == "nl" else QLocale(QLocale.Language.English)
    return locale.toString(float(value), "f", int(decimals))


def direction_text(direction):
    """What high means for an indicator (a tooltip: the cue's colour already says it)."""
    if direction == "higher_is_risk":
        return _translate("RksdBuurtPanel", "higher = more risk")
    if direction == "lower_is_risk":
        return _translate("RksdBuurtPanel", "lower = more risk")
    return _translate("RksdBuurtPanel", "no risk direction")


class BuurtPanel(QWidget):
    buurt_shown = pyqtSignal(str)
    pick_toggled = pyqtSignal(bool)

    def __init__(self, catalog, language, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.gpkg = None
        self.question_ids = []
        self.normalisation = {}
        self.buurten = {}  # code -> attributes
        self.wijken = {}
        self.maxima = {}
        self.layer = None
        self.current = None
        self.shown_rows = []
        self.references = {}
        self.legend_keys = marks.Legend()
        layout = QVBoxLayout(self)
        self.hint = QLabel(_translate(
            "RksdBuurtPanel", "Make the question maps first (or load the Maastricht sample); then pick a neighbourhood "
            "on the map or in the list."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.combo = QComboBox()
        self.combo.setObjectName("rksdBuurtCombo")
        self.combo.setToolTip(_translate("RksdBuurtPanel", "Choose a neighbourhood of the municipality"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.currentIndexChanged.connect(self._combo_changed)
        row.addWidget(self.combo, 1)
        self.pick_button = QToolButton()
        self.pick_button.setObjectName("rksdPickBuurt")
        self.pick_button.setCheckable(True)
        self.pick_button.setText(_translate("RksdBuurtPanel", "Pick on map"))
        self.pick_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.pick_button.setToolTip(_translate("RksdBuurtPanel", "Click a neighbourhood on the map to show its figures"))
        self.pick_button.toggled.connect(self.pick_toggled)
        row.addWidget(self.pick_button)
        layout.addLayout(row)
        self.header = QLabel("")
        self.header.setObjectName("rksdBuurtHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("rksdBuurtTable")
        self.table.setHorizontalHeaderLabels([
            _translate("RksdBuurtPanel", "Indicator"),
            _translate("RksdBuurtPanel", "Neighbourhood"),
            _translate("RksdBuurtPanel", "Municipality"),
            _translate("RksdBuurtPanel", "Netherlands"),
            _translate("RksdBuurtPanel", "Reference"),
            _translate("RksdBuurtPanel", "Score"),
        ])
        for column, tip in ((4, _translate("RksdBuurtPanel", "The value the index ranks the component against: the "
                                                             "median neighbourhood (NL: of the Netherlands, mun.: of the "
                                                             "municipality)")),
                            (5, _translate("RksdBuurtPanel", "Higher or lower than the reference, the component's "
                                                             "score in the index (0-100) and whether that is "
                                                             "unfavourable or favourable"))):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *args: self._fit_table())
        layout.addWidget(self.table)
        self.legend = QLabel("")
        self.legend.setObjectName("rksdBuurtLegend")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.chart = ComparisonChart(self)
        layout.addWidget(self.chart)
        self.trends = BuurtTrends(self, layout)  # a series GeoPackage: the buurt over the years
        self._set_enabled(False)

    # -- the run ---------------------------------------------------------------------
    def _set_enabled(self, enabled):
        for widget in (self.combo, self.pick_button, self.table, self.chart, self.legend):
            widget.setEnabled(enabled)
        self.hint.setVisible(not enabled)

    def clear(self):
        self.gpkg, self.layer, self.current = None, None, None
        self.buurten, self.wijken, self.maxima, self.shown_rows = {}, {}, {}, []
        self.references, self.legend_keys = {}, marks.Legend()
        self.legend.setText("")
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.blockSignals(False)
        self.table.setRowCount(0)
        self.header.setText("")
        self.chart.set_rows([])
        self.trends.clear()
        self.pick_button.setChecked(False)
        self._set_enabled(False)

    def set_run(self, gpkg_path, question_ids, normalisation=None):
        """Read the buurten (and wijken) of the run's GeoPackage; False when it is gone."""
        self.clear()
        if not gpkg_path or not os.path.exists(gpkg_path):
            return False
        layer = QgsVectorLayer("{}|layername=buurten".format(gpkg_path), "rksd_buurten_lookup", "ogr")
        if not layer.isValid():
            return False
        self.gpkg, self.layer = gpkg_path, layer
        self.own_indicators = own_rows.load(gpkg_path)
        self.question_ids = [q.id for q in self.catalog.questions if q.id in question_ids]
        self.normalisation = dict(normalisation or {})
        self.references = self._references(gpkg_path)
        names = layer.fields().names()
        for feature in layer.getFeatures():
            attributes = {name: plain(feature[name]) for name in names}
            self.buurten[attributes["code"]] = attributes
        wijken = QgsVectorLayer("{}|layername=wijken".format(gpkg_path), "rksd_wijken_lookup", "ogr")
        if wijken.isValid():
            wijk_names = wijken.fields().names()
            for feature in wijken.getFeatures():
                attributes = {name: plain(feature[name]) for name in wijk_names}
                self.wijken[attributes["code"]] = attributes
        self._maxima()
        self.trends.set_run(gpkg_path)
        self.combo.blockSignals(True)
        self.combo.addItem("\u2013 {} \u2013".format(_translate("RksdBuurtPanel", "choose a neighbourhood")), None)
        land = sorted((r for r in self.buurten.values() if r.get("water") != "JA"), key=lambda r: str(r.get("naam")))
        for record in land:
            self.combo.addItem("{} ({})".format(record.get("naam") or "", record["code"]), record["code"])
        self.combo.blockSignals(False)
        self._set_enabled(True)
        return True

    def _references(self, gpkg_path):
        """``{question: {indicator: {value, basis, method}}}``: the maatstaf of each component."""
        try:
            from ..qgis_io.gpkg_writer import read_provenance

            stored = read_provenance(gpkg_path).get("questions") or {}
        except Exception:  # noqa: BLE001 - an older GeoPackage: the panel shows no maatstaf
            return {}
        return {q: (info.get("reference") or {}) for q, info in stored.items() if isinstance(info, dict)}

    def _maxima(self):
        """Chart scale per field: the highest value among the gemeente's buurten."""
        for record in self.buurten.values():
            if record.get("water") == "JA":
                continue
            for key, value in record.items():
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    self.maxima[key] = max(self.maxima.get(key, 0.0), float(value))

    # -- picking -----------------------------------------------------------------------
    def pick(self, point, crs):
        """Show the buurt under ``point`` (in ``crs``); return its code or None."""
        if self.layer is None:
            return None
        if crs.isValid() and crs != self.layer.crs():
            transform = QgsCoordinateTransform(crs, self.layer.crs(), QgsProject.instance())
            point = transform.transform(point)
        geometry = QgsGeometry.fromPointXY(point)
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(point.x() - 1, point.y() - 1, point.x() + 1,
                                                                 point.y() + 1))
        for feature in self.layer.getFeatures(request):
            if feature.geometry().contains(geometry):
                self.show_buurt(feature["code"])
                return feature["code"]
        return None

    def _combo_changed(self, index):
        code = self.combo.itemData(index)
        if code:
            self.show_buurt(code)

    # -- showing -----------------------------------------------------------------------
    def show_buurt(self, code):
        record = self.buurten.get(code)
        if record is None:
            return False
        self.current = code
        index = self.combo.findData(code)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)
        wijk = self.wijken.get(record.get("wijkcode"), {})
        inhabitants = record.get("inwoners")
        self.header.setText(_translate("RksdBuurtPanel", "<b>{name}</b> ({code}), {wijk}; {inhabitants} inhabitants")
                            .format(name=record.get("naam") or "", code=code,
                                    wijk=marks.wijk_phrase(wijk.get("naam"), record.get("wijkcode") or "-",
                                                           self.language),
                                    inhabitants=self._number(inhabitants, 0) if inhabitants is not None else
                                    marks.words("secret", self.language)))
        self.legend_keys = marks.Legend()
        self.table.setRowCount(0)
        self.shown_rows, chart_rows = [], []
        for question in self.catalog.questions:
            if question.id not in self.question_ids:
                continue
            row_index = self.table.rowCount()
            self.table.insertRow(row_index)
            self.table.setItem(row_index, 0, self._question_item(question, record))
            self.table.setSpan(row_index, 0, 1, COLUMNS)
            for key in question.indicators:
                row = self._indicator_row(key, record, wijk, question)
                self.shown_rows.append(row)
                row_index = self.table.rowCount()
                self.table.insertRow(row_index)
                for column, item in enumerate(row["items"]):
                    self.table.setItem(row_index, column, item)
                if not row["available"]:  # name and wording over the whole row: the number columns stay narrow
                    self.table.setSpan(row_index, 0, 1, COLUMNS)
                if row["level"] == "buurt" and row["available"]:
                    chart_rows.append(ChartRow(row["title"], row["value"], row["gemeente"], row["nederland"],
                                               max([self.maxima.get(key, 0.0)] + [v for v in (
                                                   row["value"], row["gemeente"], row["nederland"]) if v] + [0.0])))
        self.shown_rows += own_rows.add(self, record, wijk, COLUMNS)
        self.chart.set_rows(_unique(chart_rows))
        self.trends.show(code, [row["indicator"] for row in self.shown_rows])
        threshold = max([self.catalog.indicators[k].min_population for q in self.catalog.questions
                         if q.id in self.question_ids for k in q.indicators] or [0])
        self.legend_keys.threshold = threshold
        self.legend.setText("\n".join(self.legend_keys.lines(self.language)))
        self._fit_table()
        self.buurt_shown.emit(code)
        return True

    def _fit_table(self):
        """Wrap long names and show every row: the tab scrolls as a whole, not the table."""
        words = [w for row in self.shown_rows for w in row["items"][0].text().split(" ")]
        if words:  # the longest word of a name fits its column: wrapping never cuts a word
            longest = max(self.table.fontMetrics().horizontalAdvance(w) for w in words) + 12
            numbers = sum(self.table.horizontalHeader().sectionSize(c) for c in range(1, COLUMNS))
            self.table.setMinimumWidth(longest + numbers + 2 * self.table.frameWidth())
        self.table.resizeRowsToContents()
        width = max(self.table.viewport().width() - 8, 50)
        for row in range(self.table.rowCount()):
            if self.table.columnSpan(row, 0) > 1:  # a question: measured over the whole width
                item = self.table.item(row, 0)
                metrics = QFontMetrics(item.font())
                box = metrics.boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap, item.text())
                self.table.setRowHeight(row, box.height() + 8)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(max(height, self.fontMetrics().height() * 6))

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_table()

    def _number(self, value, decimals):
        return format_number(value, decimals, self.language)

    def _question_item(self, question, record):
        method = self.normalisation.get(question.id, "percentile")
        state, index = marks.index_state(record, question)
        if state == "value":
            text = _translate("RksdBuurtPanel", "index {value} ({method})").format(
                value=self._number(index, 0 if method == "percentile" else 1), method=_method_name(method))
        else:
            text = marks.words(state, self.language)
            self.legend_keys.add(state)
        item = QTableWidgetItem("{}. {} \u2013 {}".format(question.number, question.title.get(self.language), text))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setData(Qt.ItemDataRole.UserRole, question.id)
        item.setToolTip(question.question.get(self.language))
        return item

    def _indicator_row(self, key, record, wijk, question):
        indicator = self.catalog.indicators[key]
        level = "buurt" if "buurt" in indicator.levels else "wijk"
        source = record if level == "buurt" else wijk
        available = key in source
        value = source.get(key) if available else None
        gemeente = source.get(key + "_gm")
        nederland = source.get(key + "_nl")
        title = indicator.title.get(self.language) or key
        label = marks.indicator_name(indicator, self.language)
        if indicator.model_estimate:
            self.legend_keys.add("model")

        def text(number, missing="secret"):
            if number is None:
                self.legend_keys.add(missing)
                return marks.symbol(missing) or marks.words(missing, self.language)
            return self._number(number, indicator.decimals)

        def comparison(number, suffix):
            if number is not None:
                return text(number)
            level_records = self.buurten.values() if level == "buurt" else self.wijken.values()
            published = any(r.get(key + suffix) is not None for r in level_records)
            return text(None, "secret" if published else "not_in_source")

        cue = None
        component = key in [c.indicator for c in question.components]
        if not available:
            kind = "not_in_package"
            self.legend_keys.add(kind)
            label = "{}: {}".format(label, marks.words(kind, self.language))
            cells = ["", "", "", "", ""]
        else:
            cells = [marks.figure_text(source, key, indicator.decimals, self.language, legend=self.legend_keys)
                     if value is not None else text(value),
                     comparison(gemeente, "_gm"), comparison(nederland, "_nl"), "", ""]
            if level == "wijk":
                cells[0] = "{} ({})".format(cells[0], _translate("RksdBuurtPanel", "district"))
            if component and level == "buurt":
                reference = self.references.get(question.id, {}).get(key) or {}
                method = reference.get("method") or self.normalisation.get(question.id, "percentile")
                cells[3] = marks.reference_text(reference.get("value"), indicator.decimals, reference.get("basis"),
                                                self.language)
                if marks.too_small(record, indicator):
                    cells[4] = marks.words("too_few", self.language)
                    self.legend_keys.add("too_few")
                elif value is not None and record.get(key + "_score") is not None and reference.get("value") is not None:
                    cue = marks.cue(value, reference["value"], indicator.decimals, record[key + "_score"], method)
                    cells[4] = cue.text(self.language, 1 if method == "zscore" else 0)
                    self.legend_keys.add("higher", "lower", "equal", cue.tone)
        items = [QTableWidgetItem(text_) for text_ in [label] + cells]
        item = items[0]
        tips = [indicator.explanation.get(self.language) or title, direction_text(indicator.direction)]
        if indicator.model_estimate:
            tips.append(marks.rule("model", self.language))
        if cue is not None and cue.tone:
            items[5].setBackground(QColor(cue.color))
            items[5].setForeground(QColor("#111111"))
        item.setToolTip("\n".join(tips))
        item.setData(Qt.ItemDataRole.UserRole, key)
        for cell in items[1:]:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not available:
            items[0].setForeground(self.palette().mid())
        elif value is None:
            items[1].setForeground(self.palette().mid())
        return {"indicator": key, "question": question.id, "title": title, "level": level, "available": available,
                "value": value, "gemeente": gemeente, "nederland": nederland, "direction": indicator.direction,
                "model_estimate": indicator.model_estimate, "cells": cells, "items": items,
                "tone": cue.tone if cue is not None else ""}


def _method_name(method):
    from .weights_dialog import normalisation_names

    return normalisation_names().get(method, method)


def _unique(rows):
    seen, result = set(), []
    for row in rows:
        if row.label not in seen:
            seen.add(row.label)
            result.append(row)
    return result

