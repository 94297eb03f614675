"""Pure-Python core of RKSD: no QGIS or Qt import anywhere below this package."""
