"""Turns core results into QGIS objects: layers, GeoPackages, styles, maps."""
