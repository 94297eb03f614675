"""The Buurt panel's trends section: sparklines of the buurt over the years.

Hooked into the panel with four calls (``set_run``, ``clear``, ``show``, the widgets in
its layout); it reads the series table of a series GeoPackage and stays hidden for a
GeoPackage of one year.
"""
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLabel

from ..core.monitor import reader
from .trend_chart import TrendChart
from .trend_rows import rows_for

_translate = QCoreApplication.translate


class BuurtTrends:
    def __init__(self, panel, layout):
        self.panel = panel
        self.by_code = {}
        self.title = QLabel("<b>{}</b>".format(_translate("RksdBuurtPanel", "Over the years")))
        self.title.setObjectName("rksdTrendTitle")
        self.note = QLabel(_translate(
            "RksdBuurtPanel", "Values of earlier years on this year's neighbourhood boundaries. Hover a row for "
            "every year's value and source."))
        self.note.setWordWrap(True)
        self.chart = TrendChart(panel)
        for widget in (self.title, self.note, self.chart):
            layout.addWidget(widget)
        self.clear()

    def clear(self):
        self.by_code = {}
        self.chart.set_rows([])
        self._visible(False)

    def _visible(self, visible):
        for widget in (self.title, self.note, self.chart):
            widget.setVisible(visible)

    def set_run(self, gpkg_path):
        """Read the series of ``gpkg_path`` (nothing for a GeoPackage of one year)."""
        self.clear()
        try:
            rows = reader.series_rows(gpkg_path, "buurt")
        except Exception:  # noqa: BLE001 - a damaged file only costs the trends, never the panel
            rows = []
        for row in rows:
            self.by_code.setdefault(row["code"], []).append(row)
        return bool(rows)

    def show(self, code, keys_first=()):
        rows = rows_for(self.panel.catalog, self.by_code.get(code, []), self.panel.language, self.panel._number,
                        keys_first)
        self.chart.language = self.panel.language
        self.chart.set_rows(rows)
        self._visible(bool(rows))
        if any(p[4] for row in rows for p in row.points):  # the panel's legend explains the mark once
            self.panel.legend_keys.add("reallocated")
        return rows
