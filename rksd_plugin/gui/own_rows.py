"""The buurt panel's rows for the gemeente's own indicators (read from the run's GeoPackage).

A heading "⌂ Eigen cijfers (eigen bron)" and one row per own indicator: the buurt's value
or "afgeschermd (kleine aantallen)", the gemeente's value, and no Nederland value (the
gemeente's own figures have none). Wijk-level own figures show the buurt's wijk.
"""
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QTableWidgetItem

from ..core.owndata import marks

_translate = QCoreApplication.translate


def load(gpkg_path):
    """``[(indicator id, description)]`` of the own indicators stored in the GeoPackage."""
    try:
        from ..qgis_io.gpkg_writer import read_provenance

        stored = (read_provenance(gpkg_path).get("own_data") or {}).get("indicators") or {}
    except Exception:  # noqa: BLE001 - an old or foreign GeoPackage simply has none
        return []
    return sorted(stored.items(), key=lambda pair: pair[1].get("dataset", ""))  # stable: the release's order


def add(panel, record, wijk, columns):
    """Add the own rows to ``panel.table``; returns the rows added (for the panel's bookkeeping)."""
    indicators = getattr(panel, "own_indicators", None) or []
    if not indicators:
        return []
    language = panel.language
    table = panel.table
    row_index = table.rowCount()
    table.insertRow(row_index)
    heading = QTableWidgetItem(marks.own_name(_translate("RksdBuurtPanel", "Own figures"), language))
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    heading.setToolTip(marks.rule("own_source", language))
    table.setItem(row_index, 0, heading)
    table.setSpan(row_index, 0, 1, columns)
    added = []
    for key, description in indicators:
        source = record if key in record else wijk
        if key not in source:
            continue
        title = (description.get("title") or {}).get(language) or key
        unit = (description.get("unit") or {}).get(language) or ""
        decimals = int(description.get("decimals", 1))
        status = source.get(key + "_status")
        value = source.get(key)
        if status == marks.SUPPRESSED_STATUS:
            shown = marks.words("suppressed", language)
        elif value is None:
            shown = _translate("RksdBuurtPanel", "no figure")
        else:
            shown = panel._number(value, decimals)
        if source is wijk:
            shown = "{} ({})".format(shown, _translate("RksdBuurtPanel", "wijk"))
        gemeente = source.get(key + "_gm")
        label = "{}\u00a0{}".format(marks.symbol("own_source"), title)
        if description.get("synthetic"):
            label += " ({})".format(marks.words("synthetic", language))
        items = [QTableWidgetItem(label), QTableWidgetItem(shown),
                 QTableWidgetItem(panel._number(gemeente, decimals) if gemeente is not None else "\u2013"),
                 QTableWidgetItem("\u2013")]
        items[0].setToolTip("\n".join([title + (" ({})".format(unit) if unit else ""),
                                       marks.rule("own_source", language)]
                                      + ([marks.rule("suppressed", language)]
                                         if status == marks.SUPPRESSED_STATUS else [])))
        items[0].setData(Qt.ItemDataRole.UserRole, key)
        for cell in items[1:]:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if value is None:
            items[1].setForeground(panel.palette().mid())
        row_index = table.rowCount()
        table.insertRow(row_index)
        for column, item in enumerate(items):
            table.setItem(row_index, column, item)
        added.append({"indicator": key, "title": title, "level": "buurt" if source is record else "wijk",
                      "available": True, "value": value, "gemeente": gemeente, "nederland": None,
                      "status": status, "cells": [i.text() for i in items[1:]], "items": items, "own": True})
    return added
