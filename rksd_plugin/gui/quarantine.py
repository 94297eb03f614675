"""Whatever is registered or configured that cannot be used: named, set aside, explained.

The dock always opens. A broken offline package, catalog source, setting or stored
project state is quarantined - the rest works without it - and the dock (a banner above
its tabs) and QGIS's message bar say which item it is, what is wrong and how to remove it.
"""
from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QLabel

from . import settings
from .translation import error_text

_translate = QCoreApplication.translate

# settings the settings dialog edits: the user corrects them there; others are reset at once
_DIALOG_FIELDS = {
    "cache_dir": "Cache folder", "output_dir": "Output folder", "timeout": "Timeout", "catalog_source": "Catalog",
    "deadline": "Deadline per download", "redirect_hosts": "Allowed redirect hosts",
    "max_mb_catalog": "Largest catalog", "max_mb_metadata": "Largest metadata answer",
    "max_mb_data": "Largest data page", "max_mb_geometry": "Largest geometry page",
}


@dataclass
class Problem:
    kind: str  # 'package', 'setting', 'catalog' or 'state'
    item: str  # which thing: "Offline package ...", "Setting ...", "Catalog ..."
    what: str  # what is wrong with it
    remedy: str  # what the plugin does meanwhile and how the user removes it

    def text(self):
        return "{}: {} {}".format(self.item, self.what, self.remedy)


def _what(error):
    """What is wrong, without repeating the item or a hint the banner gives itself."""
    detail = getattr(error, "params", {}).get("detail")
    if detail:
        return "{}.".format(str(detail).rstrip("."))
    return error_text(error)


def package_problems(registry):
    """The registered packages that cannot be used (``registry.packages()`` finds them)."""
    registry.packages()
    result = []
    for folder, error in sorted(registry.broken.items()):
        result.append(Problem(
            "package", _translate("RksdQuarantine", "Offline package {folder}").format(folder=folder),
            _what(error),
            _translate("RksdQuarantine", "It is not used. To remove it: tab Offline > Offline packages, select it "
                       "and press Remove (or load the package again from its zip file).")))
    return result


def setting_problems():
    """Settings whose stored value cannot be used; those the dialog does not show are reset."""
    result = []
    for key, raw in settings.unusable():
        shown = repr(raw) if not isinstance(raw, str) else "'{}'".format(raw[:80])
        what = _translate("RksdQuarantine", "the stored value {value} cannot be used.").format(value=shown)
        item = _translate("RksdQuarantine", "Setting {key}").format(key=key)
        if key in _DIALOG_FIELDS:
            remedy = _translate(
                "RksdQuarantine", "The default is used instead. To remove it: tab Offline > Settings..., correct "
                "'{field}' or press Restore defaults, then OK.").format(
                    field=_translate("RksdSettings", _DIALOG_FIELDS[key]))
        else:
            if key == "packages":
                settings.set_package_folders(settings.package_folders())
            else:
                settings.reset((key,))
            remedy = _translate("RksdQuarantine", "It has been reset to its default.")
        result.append(Problem("setting", item, what, remedy))
    return result


def catalog_problem(error, source):
    return Problem(
        "catalog", _translate("RksdQuarantine", "Catalog {source}").format(source=source),
        _what(error),
        _translate("RksdQuarantine", "The built-in catalog is used instead. To remove it: tab Offline > "
                   "Settings..., empty 'Catalog' (or press Restore defaults), then OK."))


def state_problem(error):
    return Problem(
        "state", _translate("RksdQuarantine", "The RKSD state stored in this project"),
        error_text(error),
        _translate("RksdQuarantine", "The dock starts without it. To remove it: save the project; the dock's "
                   "current state replaces it."))


class ProblemBanner(QLabel):
    """A warning above the dock's tabs, one line per quarantined item; 'Hide' hides it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rksdProblems")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setStyleSheet("QLabel#rksdProblems { background: #fff4ce; border: 1px solid #e0b000; padding: 4px; }")
        self.linkActivated.connect(lambda link: self.hide())
        self.problems = []
        self.hide()

    def set_problems(self, problems):
        self.problems = list(problems)
        if not self.problems:
            self.hide()
            return
        from html import escape

        lines = "".join("<li><b>{}</b>: {} {}</li>".format(escape(p.item), escape(p.what), escape(p.remedy))
                        for p in self.problems)
        self.setText("{}<ul style='margin:0'>{}</ul><a href='hide'>{}</a>".format(
            escape(_translate("RksdQuarantine", "Set aside because they cannot be used:")), lines,
            escape(_translate("RksdQuarantine", "Hide"))))
        self.show()
