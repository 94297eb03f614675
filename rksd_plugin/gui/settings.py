"""The plugin's settings in ``QgsSettings`` under its own prefix ``rksd/``."""
import os

from qgis.core import QgsApplication, QgsSettings

PREFIX = "rksd/"
DEFAULTS = {
    "cache_dir": "",  # empty: <QGIS settings folder>/rksd/cache
    "offline": False,
    "timeout": 0,  # seconds; 0 = QGIS's own network timeout
    "retries": 3,
    "catalog_source": "",  # empty: the catalog shipped with the plugin
    "output_dir": "",  # empty: <home>/RKSD
    "last_gemeente": "",
    "last_year": 2024,
}


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


def cache_dir():
    return value("cache_dir") or os.path.join(QgsApplication.qgisSettingsDirPath(), "rksd", "cache")


def output_dir():
    return value("output_dir") or os.path.join(os.path.expanduser("~"), "RKSD")
