"""Where the plugin's data files live, in a source checkout and in the installed plugin."""
import os

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def resources_dir():
    """``resources/`` inside the installed plugin, or beside the package in a checkout."""
    for candidate in (os.path.join(_PACKAGE, "resources"), os.path.join(os.path.dirname(_PACKAGE), "resources")):
        if os.path.isdir(candidate):
            return candidate
    raise FileNotFoundError("RKSD resources folder not found next to {}".format(_PACKAGE))


def resource(*parts):
    return os.path.join(resources_dir(), *parts)


def i18n_dir():
    for candidate in (os.path.join(_PACKAGE, "i18n"), os.path.join(os.path.dirname(_PACKAGE), "i18n")):
        if os.path.isdir(candidate):
            return candidate
    return os.path.join(_PACKAGE, "i18n")
