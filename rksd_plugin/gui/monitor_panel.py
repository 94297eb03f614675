"""The Monitor tab: change maps between two chosen years, and the gemeente among its peers.

It reads a series GeoPackage (written by a series run): the series table for the change
map of any key between any two of its years (absolute or relative), made as a layer in
the project; and the peer tables for the comparison with similar gemeenten per year.
Computations are the core's (``monitor.tables``, ``monitor.change``); this only shows.
"""
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import WriteFailed
from ..core.monitor import change as change_module
from ..core.monitor import reader, tables
from .series_results import change_group_of
from .widgets import step_label

_translate = QCoreApplication.translate
PEER_COLUMNS = 5


class MonitorPanel(QWidget):
    sample_requested = pyqtSignal()

    def __init__(self, catalog, language, iface=None, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.iface = iface
        self.gpkg = None
        self.rows = []
        self.peer_stats, self.peer_group = [], []
        layout = QVBoxLayout(self)
        self.hint = QLabel(_translate(
            "RksdMonitor", "Follow every neighbourhood over the years: choose a first year beside the year on the Maps tab "
            "(a series), or load the Maastricht series. A neighbourhood that was re-bounded gets the figures of the areas "
            "it came from, re-allocated by where people live; the Neighbourhood tab then shows its trends."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.sample_button = QPushButton(_translate("RksdMonitor", "Load the Maastricht series (sample, offline)"))
        self.sample_button.setObjectName("rksdSeriesSampleButton")
        self.sample_button.setToolTip(_translate(
            "RksdMonitor", "Every year the bundled sample holds real figures for (2017, 2021-2024), as one series "
            "on the 2024 neighbourhoods"))
        self.sample_button.clicked.connect(self.sample_requested)
        layout.addWidget(self.sample_button)
        self.source = QLabel("")
        self.source.setWordWrap(True)
        layout.addWidget(self.source)

        layout.addWidget(step_label(_translate("RksdMonitor", "Change map")))
        grid = QGridLayout()
        self.key_combo = QComboBox()
        self.key_combo.setObjectName("rksdChangeKey")
        self.key_combo.setToolTip(_translate("RksdMonitor", "An indicator or measure with values in at least two "
                                                            "years (the years in brackets)"))
        self.key_combo.currentIndexChanged.connect(self._key_changed)
        self.from_combo, self.to_combo, self.kind_combo = QComboBox(), QComboBox(), QComboBox()
        self.from_combo.setObjectName("rksdChangeFrom")
        self.to_combo.setObjectName("rksdChangeTo")
        self.kind_combo.setObjectName("rksdChangeKind")
        self.from_combo.setToolTip(_translate("RksdMonitor", "The first year of the change"))
        self.to_combo.setToolTip(_translate("RksdMonitor", "The last year of the change"))
        self.kind_combo.setToolTip(_translate(
            "RksdMonitor", "Relative: the change as a percentage of the first year; absolute: in the indicator's "
            "unit (percentage points for a percentage)"))
        self.kind_combo.addItem(_translate("RksdMonitor", "relative (%)"), change_module.RELATIVE)
        self.kind_combo.addItem(_translate("RksdMonitor", "absolute"), change_module.ABSOLUTE)
        for row, (text, widget) in enumerate(((_translate("RksdMonitor", "Indicator"), self.key_combo),
                                              (_translate("RksdMonitor", "From"), self.from_combo),
                                              (_translate("RksdMonitor", "To"), self.to_combo),
                                              (_translate("RksdMonitor", "Change"), self.kind_combo))):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.change_button = QPushButton(_translate("RksdMonitor", "Make the change map"))
        self.change_button.setObjectName("rksdChangeButton")
        self.change_button.setToolTip(_translate(
            "RksdMonitor", "Diverging colours around 'no change'; grey hatching: no comparable value; ◊ and a dashed "
            "outline: re-allocated across a boundary change"))
        self.change_button.clicked.connect(self.make_change_map)
        layout.addWidget(self.change_button)
        self.change_note = QLabel("")
        self.change_note.setWordWrap(True)
        layout.addWidget(self.change_note)

        layout.addWidget(step_label(_translate("RksdMonitor", "Compared with similar municipalities")))
        self.peer_year = QComboBox()
        self.peer_year.setObjectName("rksdPeerYear")
        self.peer_year.setToolTip(_translate(
            "RksdMonitor", "Similar municipalities: the same size band and urbanity (as waarstaatjegemeente.nl), per year"))
        self.peer_year.currentIndexChanged.connect(self._show_peers)
        layout.addWidget(self.peer_year)
        self.peer_group_label = QLabel("")
        self.peer_group_label.setWordWrap(True)
        self.peer_group_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.peer_group_label)
        self.peer_table = QTableWidget(0, PEER_COLUMNS)
        self.peer_table.setObjectName("rksdPeerTable")
        self.peer_table.setHorizontalHeaderLabels([
            _translate("RksdMonitor", "Indicator"), _translate("RksdMonitor", "Municipality"),
            _translate("RksdMonitor", "Peers: median (range)"), _translate("RksdMonitor", "n"),
            _translate("RksdMonitor", "Netherlands")])
        self.peer_table.verticalHeader().setVisible(False)
        self.peer_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.peer_table.setWordWrap(True)
        self.peer_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.peer_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.peer_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, PEER_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.peer_table)
        layout.addStretch(1)
        self.clear()

    # -- the series --------------------------------------------------------------------
    def clear(self):
        self.gpkg, self.rows, self.peer_stats, self.peer_group = None, [], [], []
        for combo in (self.key_combo, self.from_combo, self.to_combo, self.peer_year):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.peer_table.setRowCount(0)
        self.peer_group_label.setText("")
        self.change_note.setText("")
        self.source.setText("")
        self._enable(False)

    def _enable(self, enabled):
        for widget in (self.key_combo, self.from_combo, self.to_combo, self.kind_combo, self.change_button,
                       self.peer_year, self.peer_table):
            widget.setEnabled(enabled)
        self.hint.setVisible(not enabled)

    def set_run(self, gpkg_path):
        """Read the series and peer tables of ``gpkg_path``; False for a GeoPackage of one year."""
        self.clear()
        if not gpkg_path or not reader.has_series(gpkg_path):
            return False
        self.gpkg = gpkg_path
        self.rows = reader.series_rows(gpkg_path, "buurt")
        self.peer_stats, self.peer_group = reader.peer_rows(gpkg_path)
        keys = []
        for row in self.rows:
            if row["kenmerk"] not in keys:
                keys.append(row["kenmerk"])
        self.key_combo.blockSignals(True)
        for key in keys:
            years = tables.comparable_years(self.rows, key)
            if len(years) >= 2:
                self.key_combo.addItem("{} ({})".format(tables.label_of(self.catalog, key, self.language),
                                                        ", ".join(map(str, years))), key)
        self.key_combo.blockSignals(False)
        self._key_changed()
        years = sorted({r["jaar"] for r in self.peer_stats})
        self.peer_year.blockSignals(True)
        for year in reversed(years):
            self.peer_year.addItem(str(year), year)
        self.peer_year.blockSignals(False)
        self._show_peers()
        self.source.setText(_translate("RksdMonitor", "Series: {path}").format(path=gpkg_path))
        self._enable(True)
        return True

    def _key_changed(self, *args):
        key = self.key_combo.currentData()
        years = tables.comparable_years(self.rows, key) if key else []
        for combo, default in ((self.from_combo, 0), (self.to_combo, len(years) - 1)):
            combo.blockSignals(True)
            combo.clear()
            for year in years:
                combo.addItem(str(year), year)
            combo.setCurrentIndex(max(default, 0))
            combo.blockSignals(False)

    # -- the change map --------------------------------------------------------------------
    def make_change_map(self):
        """The change of the chosen key between the chosen years as a layer (on top)."""
        from ..qgis_io.change_map_file import write_change_map
        from ..qgis_io.change_styles import style_change_layer
        from ..qgis_io.memory_layers import area_layer_from, memory_layer

        key, first, last = self.key_combo.currentData(), self.from_combo.currentData(), self.to_combo.currentData()
        if not key or first is None or last is None or first == last:
            self.change_note.setText(_translate("RksdMonitor", "Choose an indicator and two different years."))
            return None
        first, last = min(first, last), max(first, last)
        kind = self.kind_combo.currentData()
        buurten = QgsVectorLayer("{}|layername=buurten".format(self.gpkg), "buurten", "ogr")
        area = area_layer_from(buurten, "buurt", ["code", "naam", "wijkcode", "gemeentecode", "water"])
        change, info = tables.change_layer(self.rows, area, self.catalog, keys=[key], years=(first, last), kind=kind,
                                           language=self.language)
        if key not in info:
            self.change_note.setText(_translate("RksdMonitor", "No neighbourhood has a value in both years."))
            return None
        item = info[key]
        name = _translate("RksdMonitor", "{title}: change {first}-{last}").format(
            title=item["title"], first=first, last=last)
        project = QgsProject.instance()
        group = change_group_of(project, self.gpkg)
        if group is not None:  # one map per indicator and years: a second click replaces it (and its file)
            stale = [n.layerId() for n in group.findLayers() if n.layer() is not None and n.layer().name() == name]
            project.removeMapLayers(stale)
        lines = []
        try:  # kept in a file beside the series: still there when the project is opened again
            layer = write_change_map(self.gpkg, change, key, first, last, kind, name, self.language)
            if not layer.isValid():
                raise OSError(layer.error().summary() or "?")
        except (WriteFailed, OSError) as exc:
            layer = memory_layer(change, name)
            lines.append(_translate("RksdMonitor", "Not saved ({reason}): this change map is a temporary layer, "
                                    "gone when QGIS closes.").format(reason=exc))
        style_change_layer(layer, key, item, change.fields, self.language)
        if group is None:  # the series' group was removed: on top, as any new layer
            group = project.layerTreeRoot()
        else:
            for node in group.findLayers():  # one change map on screen at a time: its legend is the map's
                node.setItemVisibilityChecked(False)
            group.setItemVisibilityChecked(True)
            group.setExpanded(True)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        lines.insert(0, _translate("RksdMonitor", "{n} neighbourhoods with two comparable values, {m} of them "
                                   "re-allocated across a boundary change.").format(
            n=item["comparable"], m=item["reallocated"]))
        if item["model_estimate"]:
            lines.append(change_module.RULE[self.language])
        self.change_note.setText("\n".join(lines))
        return layer

    # -- peers ---------------------------------------------------------------------------
    def _show_peers(self, *args):
        year = self.peer_year.currentData()
        self.peer_table.setRowCount(0)
        if year is None:
            self.peer_group_label.setText("")
            return
        group = [r for r in self.peer_group if r["jaar"] == year]
        own = next((r for r in group if r["regel"] in ("zelf", "itself")), {})
        peers = [r for r in group if r is not own]
        self.peer_group_label.setText(_translate("RksdMonitor", "{n} municipalities, {rule}: {names}").format(
            n=len(peers), rule=peers[0]["regel"] if peers else "-",
            names=", ".join(r["naam"] or r["code"] for r in peers)) + (
            "\n" + own["toelichting"] if own.get("toelichting") else ""))
        stats = [r for r in self.peer_stats if r["jaar"] == year]
        lacking = [r["titel"] for r in stats if not r["aantal"] and r["nederland"] is None and r["gemeente"] is not None]
        if lacking:
            self.peer_group_label.setText(self.peer_group_label.text() + "\n" + _translate(
                "RksdMonitor", "Not in the peers' figures of {year}: {names}").format(year=year,
                                                                                     names=", ".join(lacking)))
        for stat in stats:
            if stat["titel"] in lacking or (stat["gemeente"] is None and not stat["aantal"]):
                continue
            decimals = self._decimals(stat)
            cells = [stat["titel"], self._number(stat["gemeente"], decimals),
                     "{} ({} \u2013 {})".format(self._number(stat["mediaan"], decimals),
                                                self._number(stat["laagste"], decimals),
                                                self._number(stat["hoogste"], decimals)) if stat["aantal"] else "\u2013",
                     str(stat["aantal"] or 0), self._number(stat["nederland"], decimals)]
            index = self.peer_table.rowCount()
            self.peer_table.insertRow(index)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.peer_table.setItem(index, column, item)
        self._fit_peer_table()

    def _fit_peer_table(self):
        """Every row shown, names wrapped: the tab scrolls as a whole, not the table."""
        self.peer_table.resizeRowsToContents()
        height = self.peer_table.horizontalHeader().height() + 2 * self.peer_table.frameWidth() + 2
        height += sum(self.peer_table.rowHeight(r) for r in range(self.peer_table.rowCount()))
        self.peer_table.setFixedHeight(max(height, self.fontMetrics().height() * 4))

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_peer_table()

    def _decimals(self, stat):
        from .trend_rows import decimals_of

        if stat["kenmerk"] in self.catalog.indicators:
            return self.catalog.indicators[stat["kenmerk"]].decimals
        values = [stat[k] for k in ("gemeente", "mediaan", "laagste", "hoogste", "nederland") if stat[k] is not None]
        return decimals_of(values) if values else 0

    def _number(self, value, decimals):
        if value is None:
            return "\u2013"
        locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if self.language == "nl" else QLocale(
            QLocale.Language.English)
        return locale.toString(float(value), "f", int(decimals))
