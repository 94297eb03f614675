"""Follow QGIS's locale: Dutch for ``nl``, English otherwise.

The plugin's source strings are English; ``i18n/rksd_nl.qm`` translates them to Dutch.
``rksd_en.qm`` exists so every string is accounted for in both languages.
"""
import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import paths


def qgis_locale():
    """The locale QGIS uses for its own interface (``'nl'``, ``'en_US'``, ...)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return settings.value("locale/userLocale", "en_US") or "en_US"
    user = settings.value("locale/userLocale", "")
    return user or QLocale.system().name()


def current_language():
    """``'nl'`` or ``'en'``: the language of texts the plugin writes (labels, reports)."""
    return "nl" if qgis_locale()[:2].lower() == "nl" else "en"


def install_translator(language=None):
    """Load ``rksd_<lang>.qm`` into the application; return the translator (or None)."""
    language = language or current_language()
    path = os.path.join(paths.i18n_dir(), "rksd_{}.qm".format(language))
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def translate_error(error):
    """A core ``RksdError`` as text in the user's language."""
    return error.message(lambda text: QCoreApplication.translate("RksdErrors", text))


def error_text(error):
    """Any error as text for the user: core errors translated, others as they are."""
    from ..core.errors import RksdError

    if isinstance(error, RksdError):
        return translate_error(error)
    return str(error) or type(error).__name__
