"""Start QGIS without a display for the command-line tools (demo, benchmarks)."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for path in ("/usr/share/qgis/python/plugins", "/usr/share/qgis/python"):
    if os.path.isdir(path) and path not in sys.path:
        sys.path.append(path)

_APP = None
_PROVIDERS = []  # the registry does not own Python providers: keep them alive


def start_qgis():
    """Create and initialise the one ``QgsApplication`` of this process."""
    global _APP
    if _APP is None:
        from qgis.core import QgsApplication

        QgsApplication.setPrefixPath("/usr", True)
        _APP = QgsApplication([], False)
        _APP.initQgis()
    return _APP


def rksd_algorithm(algorithm_id):
    """A new instance of an RKSD Processing algorithm (the provider registered on first use)."""
    from qgis.core import QgsApplication

    from rksd_plugin.processing.provider import RksdProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("rksd") is None:
        provider = RksdProvider()
        _PROVIDERS.append(provider)
        registry.addProvider(provider)
    return registry.createAlgorithmById(algorithm_id)
