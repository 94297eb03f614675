"""RKSD - Ruimtelijke Kijk op het Sociaal Domein.

Only ``classFactory`` lives here; the plugin class is imported when QGIS asks for it,
so loading QGIS costs nothing more than this file.
"""


def classFactory(iface):  # noqa: N802 - QGIS's required name
    from .plugin import RksdPlugin

    return RksdPlugin(iface)
