"""Inside QGIS (``qgis-screenshot --code scripts/monitor_screenshot.py``): the monitor as a user sees it.

Opens the RKSD dock, loads the Maastricht series sample (offline) and leaves QGIS showing
either the Buurt panel with the trends of Amby (``RKSD_SHOT=buurt``, the default) or a
change map made on the Monitor tab (``RKSD_SHOT=change``: registered crimes 2021-2024).
The screenshot tool grabs the screen after its wait.
"""
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

SHOT = os.environ.get("RKSD_SHOT", "buurt")
BUURT = "BU09350406"
LOG = os.environ.get("RKSD_SHOT_LOG", os.path.join(os.path.expanduser("~"), "rksd_monitor_shot.log"))


def log(text):
    with open(LOG, "a", encoding="utf-8") as handle:
        handle.write(text + "\n")


def later(ms, step):
    def run():
        try:
            step()
        except Exception:  # noqa: BLE001 - written to the log, the screenshot shows the rest
            log(traceback.format_exc())
    QTimer.singleShot(ms, run)


def dock():
    return plugins["rksd_plugin"].dock


def start():
    plugins["rksd_plugin"].action.setChecked(True)
    iface.mainWindow().resizeDocks([dock()], [int(iface.mainWindow().width() * 0.32)], 1)
    dock().load_series_sample()
    later(500, wait)


def wait():
    if dock().task is not None:
        later(300, wait)
        return
    log("series ready: " + dock().status.text())
    later(1500, show)


def show():
    if SHOT == "change":
        monitor = dock().monitor_panel
        dock().tabs.setCurrentWidget(dock().tabs.widget(dock().tabs.count() - 1))
        monitor.key_combo.setCurrentIndex(monitor.key_combo.findData("misdrijven_totaal"))
        layer = monitor.make_change_map()  # in the series' change group, under the wijk outlines
        iface.layerTreeView().setCurrentLayer(layer)
        iface.mapCanvas().setExtent(layer.extent())
        iface.mapCanvas().refreshAllLayers()
        log("change map: " + monitor.change_note.text())
    else:
        dock().buurt_panel.show_buurt(BUURT)
        dock().tabs.setCurrentIndex(1)
        area = dock().tabs.widget(1)
        chart = dock().buurt_panel.trends.title
        later(800, lambda: area.verticalScrollBar().setValue(chart.mapTo(dock().buurt_panel, chart.rect().topLeft()).y()
                                                             - 20))
        log("trends: {} rows".format(len(dock().buurt_panel.trends.chart.rows)))
    QgsApplication.processEvents()


later(2500, start)
