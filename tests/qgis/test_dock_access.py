"""Keyboard, tooltips, no text cut off (100 % and 150 %), and the settings dialog."""
import pytest
from qgis.PyQt.QtCore import QPoint
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
)

from rksd_plugin.gui import settings
from tests.qgis.test_dock_fixtures import dock, dock_settings, wait_for_run  # noqa: F401
from tests.support import maastricht


def controls(widget):
    """The dock's own inputs (not the scroll bars or spin arrows inside Qt widgets)."""
    found = []
    for kind in (QPushButton, QToolButton, QCheckBox, QComboBox, QLineEdit):
        for child in widget.findChildren(kind):
            name = child.objectName()
            if name.startswith("qt_") or not child.isVisibleTo(widget) or child.parent().inherits("QgsFilterLineEdit"):
                continue
            if isinstance(child, QLineEdit) and child.parent().inherits("QComboBox"):
                continue
            found.append(child)
    return found


def test_every_input_explains_itself(dock):
    for tab in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(tab)
        for control in controls(dock.tabs.widget(tab)):
            text = control.text() if isinstance(control, QAbstractButton) else ""
            assert control.toolTip() or text in ("Alle", "Geen", "All", "None"), (tab, control.objectName(), text)


def next_tab(widget, top):
    """The widget the Tab key moves to (as Qt does: skipping what takes no keyboard focus)."""
    from qgis.PyQt.QtCore import Qt

    while True:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.TabFocus and widget.isVisibleTo(top) and widget.isEnabled():
            return widget


def test_tab_order_follows_the_steps(dock):
    dock.cancel_button.setEnabled(True)  # as during a run
    assert next_tab(dock.picker.edit, dock) is dock.year_combo
    chain, widget = [], dock.year_combo
    for _ in range(80):
        widget = next_tab(widget, dock)
        chain.append(widget)
        if widget is dock.cancel_button:
            break
    order = [w for w in chain if w in (dock.questions.rows["kwetsbaarheid"].check, dock.run_button,
                                       dock.sample_button, dock.cancel_button)]
    assert order == [dock.questions.rows["kwetsbaarheid"].check, dock.run_button, dock.sample_button,
                     dock.cancel_button]


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_no_text_is_cut_off(iface, project, dock_settings, scale):  # noqa: F811
    """At the dock's narrowest, every button and unwrapped label gets the width its text needs.

    150 %: QGIS starts with a font 1.5 times larger (as Windows' text scaling does); with
    QT_SCALE_FACTOR=1.5 everything scales alike, see the screenshots in docs/img."""
    from rksd_plugin.gui.dock import RksdDock

    app = QApplication.instance()
    original = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    dock = RksdDock(iface, iface.mainWindow())
    try:
        dock.setFloating(True)  # a window of its own: really shown and laid out (the main window is not)
        dock.show()
        dock.load_sample()
        wait_for_run(dock)
        dock.buurt_panel.show_buurt("BU09350406")
        QApplication.processEvents()
        dock.resize(dock.minimumSizeHint().width(), 900)  # as narrow as the user can make it
        QApplication.processEvents()
        assert dock.isVisible() and dock.width() == dock.minimumSizeHint().width()
        for tab in range(dock.tabs.count()):
            dock.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            page = dock.tabs.widget(tab)
            QApplication.processEvents()
            checked = 0
            for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
                if not widget.isVisibleTo(page) or widget.objectName().startswith("qt_") or not widget.text():
                    continue
                if isinstance(widget, QLabel) and widget.wordWrap():
                    continue  # wraps to the width it gets
                needed = widget.minimumSizeHint().width()
                assert widget.width() >= needed, "cut off at {} %: {!r} ({} < {})".format(
                    int(scale * 100), widget.text(), widget.width(), needed)
                right = widget.mapTo(page, QPoint(widget.width(), 0)).x()
                assert right <= page.width(), "outside the dock at {} %: {!r} ({} > {})".format(
                    int(scale * 100), widget.text(), right, page.width())
                checked += 1
            assert checked >= 1, tab
        assert dock.questions.rows["kwetsbaarheid"].line.height() >= dock.questions.rows[
            "kwetsbaarheid"].line.heightForWidth(dock.questions.rows["kwetsbaarheid"].line.width())
    finally:
        dock.shutdown()
        app.setFont(original)


def test_settings_dialog_stores_and_restores_defaults(dock, dock_settings):  # noqa: F811
    from rksd_plugin.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(dock)
    assert dialog.cache_dir.filePath() == settings.value("cache_dir")
    dialog.timeout.setValue(45)
    dialog.catalog.setFilePath("https://example.test/rksd_catalog.json")
    dialog.output_dir.setFilePath(str(dock_settings / "elders"))
    changed = dialog.save()
    assert set(changed) == {"timeout", "catalog_source", "output_dir"}
    assert settings.value("timeout") == 45
    assert settings.value("catalog_source") == "https://example.test/rksd_catalog.json"
    assert settings.output_dir() == str(dock_settings / "elders")
    dialog.defaults()
    dialog.save()
    assert settings.value("timeout") == 0 and settings.value("catalog_source") == ""
    assert settings.cache_dir() == settings.default_cache_dir()
    assert settings.output_dir() == settings.default_output_dir()


def test_a_bad_catalog_file_is_refused_and_the_built_in_one_stays(dock, dock_settings, iface):  # noqa: F811
    bad = dock_settings / "broken.json"
    bad.write_text('{"catalog_version": "9"}', encoding="utf-8")
    settings.set_value("catalog_source", str(bad))
    before = dock.catalog
    dock.change_catalog(str(bad))
    assert dock.catalog.version == before.version and len(dock.catalog.questions) == 6
    assert any("broken.json" in m for m in iface.messageBar().get_messages(1))  # Qgis.Warning


class StaticHost:
    """A web server holding one file (a newer catalog published by someone)."""

    def __init__(self, path, body):
        self.path, self.body = path, body

    def handle(self, public_base, path, query):
        if path == self.path:
            return 200, {"Content-Type": "application/json"}, self.body
        return 404, {}, b"not found"


def test_a_catalog_from_a_url_is_downloaded_then_used_offline(iface, project, dock_settings, monkeypatch):  # noqa: F811
    import json

    from rksd_plugin.core import paths
    from rksd_plugin.gui.dock import RksdDock
    from tests.qgis.test_dock_fixtures import emulated_transport, wait_until
    from tests.support.loopback import LoopbackServer

    with open(paths.resource("catalog", "rksd_catalog.json"), encoding="utf-8") as handle:
        document = json.load(handle)
    document["catalog_version"] = "1.9.9"
    body = json.dumps(document).encode("utf-8")
    hosts = maastricht.emulator_hosts()  # the dock also asks CBS for its list of gemeenten
    hosts["catalog.test"] = StaticHost("/rksd_catalog.json", body)
    with LoopbackServer(hosts) as server:
        emulated_transport(monkeypatch, server)
        settings.set_value("catalog_source", "https://catalog.test/rksd_catalog.json")
        online = RksdDock(iface, iface.mainWindow())
        assert wait_until(lambda: online.catalog_task is None, 20)
        assert online.catalog.version == "1.9.9", (iface.messageBar().get_messages(1), [r["url"] for r in server.requests])
        assert len(online.questions.rows) == 6
        online.shutdown()
    settings.set_value("offline", True)  # the server is gone: the cached copy serves
    offline = RksdDock(iface, iface.mainWindow())
    try:
        assert offline.catalog.version == "1.9.9"
    finally:
        offline.shutdown()
