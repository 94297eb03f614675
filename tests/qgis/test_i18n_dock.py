"""The dock follows QGIS's locale, and both translation files are complete."""
import importlib.util
import os
import re
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from rksd_plugin.core import paths
from rksd_plugin.core.errors import OfflineMiss
from rksd_plugin.gui.translation import current_language, install_translator, translate_error
from tests.qgis.test_dock_fixtures import dock_settings  # noqa: F401 - fixture

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture
def locale():
    """Set QGIS's interface locale the way Settings > Options > General does."""
    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    installed = []

    def switch(name):
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        installed.clear()
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", name)
        translator = install_translator()
        assert translator is not None, "no .qm for {}: run make transcompile".format(name)
        installed.append(translator)

    yield switch
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
    settings.setValue("locale/userLocale", saved[1] or "")


def texts_of(dock):
    return {
        "run": dock.run_button.text(),
        "sample": dock.sample_button.text(),
        "tab0": dock.tabs.tabText(0),
        "tab2": dock.tabs.tabText(3),
        "report": dock.tabs.tabText(2),
        "offline": dock.offline_panel.offline.text(),
        "question1": dock.questions.rows["kwetsbaarheid"].check.text(),
        "line1": dock.questions.rows["kwetsbaarheid"].line.text(),
        "weights": dock.questions.rows["kwetsbaarheid"].weights_button.text(),
        "header": dock.buurt_panel.table.horizontalHeaderItem(3).text(),
        "placeholder": dock.picker.edit.placeholderText(),
    }


def test_dock_in_dutch_and_english(locale, iface, dock_settings):  # noqa: F811
    from rksd_plugin.gui.dock import RksdDock

    locale("nl")
    assert current_language() == "nl"
    dutch = RksdDock(iface, iface.mainWindow())
    nl = texts_of(dutch)
    dutch.shutdown()
    assert nl["run"] == "Ophalen en kaarten maken"
    assert nl["sample"] == "Voorbeeld Maastricht laden (offline)"
    assert nl["tab0"] == "Kaarten" and nl["tab2"] == "Offline" and nl["report"] == "Rapport"
    assert nl["offline"] == "Offline werken (alleen cache en pakketten)"
    assert nl["question1"] == "1. Kans op kwetsbaarheid"  # catalog text in the catalog's Dutch
    assert nl["line1"].startswith("Waar is de kans op kwetsbaarheid")
    assert nl["weights"] == "Gewichten\u2026"
    assert nl["header"] == "Nederland"
    assert nl["placeholder"] == "Naam of code, bijv. Maastricht of GM0935"
    error = OfflineMiss(url="https://example.test/x")
    assert translate_error(error).startswith("Offline werken: de cache heeft geen antwoord voor https://example.test/x")

    locale("en_GB")
    assert current_language() == "en"
    english = RksdDock(iface, iface.mainWindow())
    en = texts_of(english)
    english.shutdown()
    assert en["run"] == "Fetch and map"
    assert en["tab0"] == "Maps" and en["report"] == "Report"
    assert en["question1"] == "1. Risk of vulnerability"
    assert en["header"] == "Netherlands"
    assert translate_error(error).startswith("Offline mode: the cache holds no answer")
    assert all(nl[key] != en[key] for key in ("run", "sample", "tab0", "offline", "question1", "header"))


def test_plugin_action_follows_the_locale(locale, iface):
    import rksd_plugin

    locale("nl")
    plugin = rksd_plugin.classFactory(iface)
    plugin.initGui()
    try:
        assert plugin.action.toolTip() == "Open het RKSD-paneel: CBS-cijfers per buurt voor één gemeente"
    finally:
        plugin.unload()


def ts_messages(language):
    tree = ET.parse(os.path.join(ROOT, "i18n", "rksd_{}.ts".format(language)))
    result = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            result[(context.findtext("name"), message.findtext("source"))] = translation
    return result


def code_messages():
    """Every translatable call in the plugin, found by Python's parser (as make transup does)."""
    spec = importlib.util.spec_from_file_location("update_ts", os.path.join(ROOT, "i18n", "update_ts.py"))
    update_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_ts)
    package = os.path.join(ROOT, "rksd_plugin")
    files = sorted(os.path.join(d, n) for d, _, names in os.walk(package) for n in names if n.endswith(".py"))
    return {(c, t) for c, t, _, _ in update_ts.python_messages(files, update_ts.module_contexts(files))}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_translation_files_are_complete(language):
    messages = ts_messages(language)
    wanted = code_messages()
    assert len(wanted) > 150
    missing = sorted(wanted - set(messages))
    assert not missing, "run make transup: {}".format(missing[:5])
    assert "@default" not in {context for context, _ in messages}  # never reached at run time
    for (context, source), translation in messages.items():
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete"), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source
        assert not re.search(r"(?<![\\\w])u[0-9a-f]{4}", source), "a \\u escape lost by pylupdate5: " + source
        if language == "en":
            assert translation.text == source


def test_dutch_is_really_dutch():
    messages = ts_messages("nl")
    same = [s for (c, s), t in messages.items() if t.text == s and len(s) > 25 and " " in s]
    assert len(same) < 5, same  # long sentences left in English would show here
    assert messages[("RksdErrors", "Cancelled; nothing was written.")].text == "Geannuleerd; er is niets weggeschreven."


def test_the_i18n_folder_is_found():
    assert os.path.isdir(paths.i18n_dir())
