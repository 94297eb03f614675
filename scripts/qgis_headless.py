"""Start QGIS without a display for the command-line tools (demo, benchmarks)."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for path in ("/usr/share/qgis/python/plugins", "/usr/share/qgis/python"):
    if os.path.isdir(path) and path not in sys.path:
        sys.path.append(path)

_APP = None


def start_qgis():
    """Create and initialise the one ``QgsApplication`` of this process."""
    global _APP
    if _APP is None:
        from qgis.core import QgsApplication

        QgsApplication.setPrefixPath("/usr", True)
        _APP = QgsApplication([], False)
        _APP.initQgis()
    return _APP
