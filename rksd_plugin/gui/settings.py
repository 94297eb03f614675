"""The plugin's settings in ``QgsSettings`` under its own prefix ``rksd/``."""
import json
import os

from qgis.core import QgsApplication, QgsSettings

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
    "pdok_background": False,  # add PDOK's background map (online only) to every run
}
EDITABLE = ("cache_dir", "timeout", "catalog_source", "output_dir", "pdok_background")


def value(key):
    default = DEFAULTS[key]
    kind = type(default)
    raw = QgsSettings().value(PREFIX + key, default)
    if kind is bool:
        return raw in (True, "true", "True", "1", 1)
    if kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    return raw if raw is not None else default


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


def package_folders():
    try:
        folders = json.loads(value("packages") or "[]")
    except ValueError:
        return []
    return [f for f in folders if isinstance(f, str)]


def set_package_folders(folders):
    set_value("packages", json.dumps(list(dict.fromkeys(folders))))
