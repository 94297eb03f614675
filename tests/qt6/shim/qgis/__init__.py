"""A stand-in for QGIS 4's ``qgis`` package, holding only ``qgis.PyQt`` (see PyQt/__init__.py)."""
