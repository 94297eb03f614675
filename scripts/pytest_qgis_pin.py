"""The pytest-qgis release that fits the installed QGIS (printed as a pip requirement).

pytest-qgis 2.1.0 is the last release for QGIS < 3.34; its fake ``iface`` lacks
``layerTreeView()``, which Processing's post-processing calls from QGIS 3.40 on. From
QGIS 3.34 on, the 5.x line fits (its fake ``iface`` answers any method it lacks).
"""
from qgis.core import Qgis

OLD_QGIS = "pytest-qgis==2.1.0"
NEW_QGIS = "pytest-qgis==5.0.2"

print(NEW_QGIS if Qgis.QGIS_VERSION_INT >= 33400 else OLD_QGIS)
