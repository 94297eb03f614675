"""The plugin's settings in ``QgsSettings`` under its own prefix ``rksd/``.

A value that is not what the plugin can use (text where a number belongs, a number out
of its range, a list where text belongs - a hand-edited or damaged QGIS3.ini) is never
used: ``value`` gives the default instead, and ``problems`` says which setting it was.
"""
import json
import os

from qgis.core import QgsApplication, QgsSettings

from ..core.http.limits import DEFAULT_DEADLINE, DEFAULT_MAX_MB, KINDS, Limits
from ..core.http.services import parse_host_list

PREFIX = "rksd/"
DEFAULTS = {
    "cache_dir": "",  # empty: <QGIS settings folder>/rksd/cache
    "offline": False,
    "timeout": 0,  # seconds; 0 = QGIS's own network timeout
    "retries": 3,
    "catalog_source": "",  # empty: the catalog shipped with the plugin; else a file or an http(s) URL
    "output_dir": "",  # empty: <home>/RKSD
    "last_gemeente": "",
    "last_year": 2024,
    "packages": "[]",  # JSON list of unpacked offline package folders
    "deadline": int(DEFAULT_DEADLINE),  # seconds for one download, first to last byte
    "redirect_hosts": "",  # hosts outside the service a redirect may lead to (a mirror, a gateway)
    "pdok_background": False,  # add PDOK's background map (online only) to every run
}
DEFAULTS.update({"max_mb_" + kind: DEFAULT_MAX_MB[kind] for kind in KINDS})
RANGES = {"timeout": (0, 600), "retries": (0, 10), "last_year": (2000, 2100), "deadline": (5, 3600)}
RANGES.update({"max_mb_" + kind: (1, 4096) for kind in KINDS})
EDITABLE = ("cache_dir", "timeout", "catalog_source", "output_dir", "pdok_background", "deadline",
            "redirect_hosts") + tuple(
    "max_mb_" + kind for kind in KINDS)


def raw_value(key):
    return QgsSettings().value(PREFIX + key, DEFAULTS[key])


def checked(key, raw):
    """``(value, usable)``: the setting as the plugin uses it, and whether ``raw`` was usable."""
    default = DEFAULTS[key]
    kind = type(default)
    if kind is bool:
        if raw in (True, "true", "True", "1", 1):
            return True, True
        return False, raw in (False, "false", "False", "0", 0, None)
    if kind is int:
        try:
            number = int(raw)
        except (TypeError, ValueError, OverflowError):
            return default, False
        low, high = RANGES.get(key, (None, None))
        if low is not None and not low <= number <= high:
            return default, False
        return number, True
    if raw is None:
        return default, True
    return (raw, True) if isinstance(raw, str) else (default, False)


def value(key):
    return checked(key, raw_value(key))[0]


def unusable():
    """``[(key, raw value)]`` of settings that are ignored because they cannot be used."""
    result = []
    for key in DEFAULTS:
        raw = raw_value(key)
        if not checked(key, raw)[1]:
            result.append((key, raw))
    if value("packages") and not _folder_list(value("packages"))[1]:
        result.append(("packages", value("packages")))
    return result


def limits():
    """The download bounds the user set (``core.http.limits.Limits``)."""
    return Limits(max_mb={kind: value("max_mb_" + kind) for kind in KINDS}, deadline=float(value("deadline")),
                  redirect_hosts=parse_host_list(value("redirect_hosts")))


def set_value(key, new_value):
    QgsSettings().setValue(PREFIX + key, new_value)


def reset(keys=EDITABLE):
    for key in keys:
        QgsSettings().remove(PREFIX + key)


def default_cache_dir():
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "rksd", "cache")


def cache_dir():
    return value("cache_dir") or default_cache_dir()


def packages_dir():
    """Where loaded offline packages are unpacked: never inside the cache (clearing it keeps them)."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "rksd", "packages")


def default_output_dir():
    return os.path.join(os.path.expanduser("~"), "RKSD")


def output_dir():
    return value("output_dir") or default_output_dir()


def _folder_list(text):
    """``(folders, usable)`` from the stored JSON list of package folders."""
    try:
        folders = json.loads(text or "[]")
    except (ValueError, RecursionError):
        return [], False
    if not isinstance(folders, list):
        return [], False
    usable = [f for f in folders if isinstance(f, str) and f]
    return usable, len(usable) == len(folders)


def package_folders():
    return _folder_list(value("packages"))[0]


def set_package_folders(folders):
    set_value("packages", json.dumps(list(dict.fromkeys(folders))))
