"""``qgis.PyQt`` as QGIS 4 builds it: each module re-exports PyQt6's.

Only the pure-Qt parts of the plugin run against this; nothing of qgis.core is imitated.
"""
