"""The dock always opens: each broken thing a user can register or configure is set aside,
named in the dock and the message bar with what is wrong and how to remove it, and the
rest of the dock works."""
import json
import os

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from rksd_plugin.core import marks, paths
from rksd_plugin.core.http.cache import cache_key
from rksd_plugin.gui import project_state, settings
from tests.qgis.test_dock_fixtures import (  # noqa: F401 - fixtures
    dock_settings,
    emulated_transport,
    wait_for_run,
    wait_until,
)
from tests.support.loopback import Fault, LoopbackServer

SAMPLE = paths.resource("sample", "maastricht_2024")
EXTRA = ("deadline", "redirect_hosts", "max_mb_catalog", "max_mb_metadata", "max_mb_data", "max_mb_geometry")


@pytest.fixture
def clean_settings(dock_settings):
    """The limits too are restored after the test (dock_settings restores the rest)."""
    saved = {key: settings.raw_value(key) for key in EXTRA}
    yield dock_settings
    for key, value in saved.items():
        settings.set_value(key, value)


def open_dock(iface):
    from rksd_plugin.gui.dock import RksdDock

    widget = RksdDock(iface, iface.mainWindow())
    widget.show()
    # as the shared dock fixture: let its background tasks end (they may be slow on a busy machine;
    # what the tests check is said when the dock opens, or when the catalog task ends - waited for)
    wait_until(lambda: widget.list_task is None and widget.offline_panel.cache_task is None, 60)
    assert wait_until(lambda: widget.catalog_task is None, 60)
    return widget


def close_dock(widget):
    widget.shutdown()
    wait_until(lambda: widget.task is None and widget.list_task is None, 10)
    widget.deleteLater()
    QgsProject.instance().clear()
    QCoreApplication.processEvents()


def works(widget):
    """The rest of the dock works: years, six questions, the buttons."""
    assert widget.available_years() and widget.year() is not None
    assert len(widget.questions.rows) == 6
    assert widget.run_button.isEnabled() and widget.sample_button.isEnabled()


def warnings(iface):
    return iface.messageBar().get_messages(Qgis.Warning)


def banner(widget):
    """What the banner above the tabs says (empty when it is hidden)."""
    if not widget.problem_banner.isVisibleTo(widget):
        return ""
    from html import unescape

    shown = unescape(widget.problem_banner.text())
    texts = [p.text() for p in widget.problem_banner.problems]
    assert all(p.item in shown and p.remedy in shown for p in widget.problem_banner.problems)
    return "\n".join(texts)


def package_folder(root, manifest=None, manifest_bytes=None):
    """A copy of the bundled sample package, with its manifest replaced."""
    import shutil

    shutil.copytree(SAMPLE, str(root))
    if manifest_bytes is None and manifest is not None:
        manifest_bytes = json.dumps(manifest).encode("utf-8")
    if manifest_bytes is not None:
        (root / "manifest.json").write_bytes(manifest_bytes)
    return str(root)


def sample_manifest():
    with open(os.path.join(SAMPLE, "manifest.json"), encoding="utf-8") as handle:
        return json.load(handle)


def broken_package(kind, tmp):
    if kind == "manifest with year 'abc'":
        return package_folder(tmp / "p", dict(sample_manifest(), year="abc")), "$.year: expected integer"
    if kind == "manifest of 100,000 '['":
        return package_folder(tmp / "p", manifest_bytes=b"[" * 100000), "nested too deeply"
    if kind == "manifest with an unknown key":
        return package_folder(tmp / "p", dict(sample_manifest(), extra=1)), "'extra' is not allowed"
    if kind == "manifest missing":
        folder = package_folder(tmp / "p")
        os.unlink(os.path.join(folder, "manifest.json"))
        return folder, "no manifest.json"
    if kind == "folder deleted":
        return str(tmp / "gone"), "does not exist"
    if kind == "a file, not a folder":
        (tmp / "package.zip").write_bytes(b"PK")
        return str(tmp / "package.zip"), "does not exist"
    raise ValueError(kind)


PACKAGE_CASES = ["manifest with year 'abc'", "manifest of 100,000 '['", "manifest with an unknown key",
                 "manifest missing", "folder deleted", "a file, not a folder"]


@pytest.mark.parametrize("kind", PACKAGE_CASES)
def test_a_broken_package_is_quarantined_and_the_dock_opens(kind, iface, project, clean_settings):
    folder, what = broken_package(kind, clean_settings)
    good = package_folder(clean_settings / "good")
    settings.set_package_folders([folder, good])
    widget = open_dock(iface)
    try:
        works(widget)
        text = banner(widget)
        assert folder in text and what in text and "Remove" in text, text
        assert any(folder in m and what in m for m in warnings(iface))
        assert [p.root for p in widget.registry.packages()] == [good]  # the rest works
        listed = [widget.offline_panel.packages.item(i).text() for i in range(widget.offline_panel.packages.count())]
        assert any("cannot be used" in t for t in listed) and len(listed) == 2
    finally:
        close_dock(widget)


def test_removing_a_quarantined_package_clears_the_message(iface, project, clean_settings):
    folder, _ = broken_package("manifest with year 'abc'", clean_settings)
    settings.set_package_folders([folder])
    widget = open_dock(iface)
    try:
        panel = widget.offline_panel
        panel.packages.setCurrentRow(0)
        QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        assert settings.package_folders() == []
        assert not widget.problem_banner.isVisibleTo(widget)
    finally:
        close_dock(widget)


def test_the_sample_runs_beside_a_quarantined_package(iface, project, clean_settings):
    folder, _ = broken_package("manifest of 100,000 '['", clean_settings)
    settings.set_package_folders([folder])
    widget = open_dock(iface)
    try:
        QTest.mouseClick(widget.sample_button, Qt.MouseButton.LeftButton)
        # 44 buurten in the dock's language (Dutch or English, as QGIS's locale)
        assert "44 {}".format(marks.term("buurten", widget.language)) in wait_for_run(widget)
    finally:
        close_dock(widget)


# -- the catalog source -------------------------------------------------------------------
def catalog_file(tmp, data):
    path = tmp / "catalog.json"
    path.write_bytes(data)
    return str(path)


def deep_formula_catalog():
    with open(paths.resource("catalog", "rksd_catalog.json"), encoding="utf-8") as handle:
        document = json.load(handle)
    document["indicators"]["aandeel_65plus"]["formula"] = "(" * 400 + "inwoners" + ")" * 400
    return json.dumps(document).encode("utf-8")


CATALOG_CASES = {
    "formula nested 400 deep": (deep_formula_catalog, "nested deeper than 16 levels"),
    "100,000 '['": (lambda: b"[" * 100000, "nested too deeply"),
    "not JSON": (lambda: b"{catalog", "Expecting property name"),
    "empty file": (lambda: b"", "Expecting value"),
}


@pytest.mark.parametrize("case", sorted(CATALOG_CASES))
def test_a_broken_catalog_file_is_quarantined_and_the_built_in_one_used(case, iface, project, clean_settings):
    make, what = CATALOG_CASES[case]
    source = catalog_file(clean_settings, make())
    settings.set_value("catalog_source", source)
    widget = open_dock(iface)
    try:
        works(widget)
        text = banner(widget)
        assert source in text and what in text and "Catalog" in text and "Restore defaults" in text, text
        assert any(source in m for m in warnings(iface))
    finally:
        close_dock(widget)


def test_a_missing_catalog_file_is_quarantined(iface, project, clean_settings):
    settings.set_value("catalog_source", str(clean_settings / "nowhere.json"))
    widget = open_dock(iface)
    try:
        works(widget)
        assert "nowhere.json" in banner(widget) and "No such file" in banner(widget)
    finally:
        close_dock(widget)


def test_a_catalog_url_whose_cached_copy_is_damaged_is_quarantined_offline(iface, project, clean_settings):
    url = "https://catalogus.gemeente.example/rksd_catalog.json"
    key = cache_key(url)
    folder = os.path.join(settings.cache_dir(), key[:2])
    os.makedirs(folder)
    with open(os.path.join(folder, key + ".json"), "wb") as handle:
        handle.write(b"[" * 100000)
    settings.set_value("catalog_source", url)
    widget = open_dock(iface)  # dock_settings works offline
    try:
        works(widget)
        assert url in banner(widget) and "Offline mode" in banner(widget)
        assert not os.path.exists(os.path.join(folder, key + ".json"))  # the damaged entry was dropped
    finally:
        close_dock(widget)


class CatalogHost:
    def handle(self, public_base, path, query):
        return 200, {"Content-Type": "application/json"}, b"{}"


def test_a_catalog_url_that_never_ends_is_bounded_and_quarantined(iface, project, clean_settings, monkeypatch):
    from tests.support import maastricht

    url = "https://catalogus.gemeente.example/rksd_catalog.json"
    hosts = maastricht.emulator_hosts()
    hosts["catalogus.gemeente.example"] = CatalogHost()
    with LoopbackServer(hosts) as server:
        server.add_fault(Fault(match="rksd_catalog.json", mode="endless"))
        emulated_transport(monkeypatch, server)
        settings.set_value("catalog_source", url)
        widget = open_dock(iface)
        try:
            works(widget)
            text = banner(widget)
            assert url in text and "larger than the limit of 4 MB" in text, text
        finally:
            close_dock(widget)


# -- settings ---------------------------------------------------------------------------------
SETTING_CASES = {
    "timeout": ("abc", "Timeout", "correct"),
    "max_mb_data": (-1, "Largest data page", "correct"),
    "deadline": ("soon", "Deadline per download", "correct"),
    "catalog_source": (["a", "list"], "Catalog", "correct"),
    "retries": (999, None, "reset to its default"),
    "last_year": ("abc", None, "reset to its default"),
    "packages": ("{not json", None, "reset to its default"),
    "max_mb_geometry": (10 ** 9, "Largest geometry page", "correct"),
}


@pytest.mark.parametrize("key", sorted(SETTING_CASES))
def test_a_setting_that_cannot_be_used_is_named_and_the_default_used(key, iface, project, clean_settings):
    raw, field, remedy = SETTING_CASES[key]
    settings.set_value(key, raw)
    widget = open_dock(iface)
    try:
        works(widget)
        text = banner(widget)
        assert "Setting {}".format(key) in text and remedy in text, text
        if field:
            assert field in text
        assert any("Setting {}".format(key) in m for m in warnings(iface))
        assert settings.value(key) == settings.DEFAULTS[key]
    finally:
        close_dock(widget)


def test_saving_the_settings_dialog_removes_a_bad_value(iface, project, clean_settings):
    from rksd_plugin.gui.settings_dialog import SettingsDialog

    settings.set_value("deadline", "soon")
    widget = open_dock(iface)
    try:
        dialog = SettingsDialog(widget)
        assert "deadline" in dialog.save()
        assert settings.raw_value("deadline") in (300, "300")
        assert settings.unusable() == []
    finally:
        close_dock(widget)


# -- the project's stored dock state ----------------------------------------------------------------
def test_a_broken_state_in_the_project_is_quarantined(iface, project, clean_settings):
    project_state.save({"year": "abc", "gemeente_text": "Maastricht"})
    widget = open_dock(iface)
    try:
        works(widget)
        assert "state stored in this project" in banner(widget) and "save the project" in banner(widget)
    finally:
        close_dock(widget)


def test_everything_broken_at_once_is_listed_and_the_dock_opens(iface, project, clean_settings):
    folder, _ = broken_package("manifest with year 'abc'", clean_settings)
    settings.set_package_folders([folder])
    settings.set_value("catalog_source", catalog_file(clean_settings, b"[" * 100000))
    settings.set_value("timeout", -5)
    project_state.save({"year": "abc"})
    widget = open_dock(iface)
    try:
        works(widget)
        kinds = sorted(p.kind for p in widget.problem_banner.problems)
        assert kinds == ["catalog", "package", "setting", "state"], kinds
    finally:
        close_dock(widget)
