"""The ``rksd`` Processing provider: one module per algorithm, registered here."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon


class RksdProvider(QgsProcessingProvider):
    def id(self):
        return "rksd"

    def name(self):
        return QCoreApplication.translate("RksdProvider", "RKSD - Sociaal Domein")

    def longName(self):  # noqa: N802 - QGIS API
        return self.name()

    def icon(self):
        from ..plugin import icon_path

        return QIcon(icon_path())

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        for algorithm in algorithms():
            self.addAlgorithm(algorithm)


def algorithms():
    """Fresh instances of every RKSD algorithm (imported on use, not at plugin load)."""
    from .alg_langer_thuis import LangerThuisAlgorithm
    from .alg_reachability import ReachabilityAlgorithm
    from .alg_zorgvraag import ZorgvraagAanbodAlgorithm
    from .alg_atlas import AtlasAlgorithm
    from .alg_closure import ClosureAlgorithm
    from .alg_location import LocationAlgorithm
    from .alg_network_candidates import NetworkCandidatesAlgorithm
    from .alg_ophalen import OphalenAlgorithm
    from .alg_own_facilities import OwnFacilitiesAlgorithm
    from .alg_own_figures import OwnFiguresAlgorithm
    from .alg_own_records import OwnRecordsAlgorithm
    from .alg_scenario import ScenarioAlgorithm

    return [OphalenAlgorithm(), ReachabilityAlgorithm(), LangerThuisAlgorithm(), ZorgvraagAanbodAlgorithm(),
            AtlasAlgorithm(), OwnFacilitiesAlgorithm(), OwnFiguresAlgorithm(), OwnRecordsAlgorithm(),
            ScenarioAlgorithm(), ClosureAlgorithm(), LocationAlgorithm(), NetworkCandidatesAlgorithm()]
