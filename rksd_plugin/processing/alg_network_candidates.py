"""Processing algorithm "Candidate sites from network nodes": where best, without a list of buildings."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import SOURCE_LINE, SOURCE_POINT, SOURCE_POLYGON, WKB_POINT
from .alg_base import StyleOutput, language
from .alg_planning_base import PlanningAlgorithm


def tr(text):
    return QCoreApplication.translate("RksdPlanning", text)


class NetworkCandidatesAlgorithm(PlanningAlgorithm):
    AREA = "AREA"
    SPACING = "SPACING"
    OUTPUT = "OUTPUT"

    def name(self):
        return "netwerkknopen"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Candidate sites from network nodes")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("Road junctions in an area as candidate sites for 'Best sites from candidates', evenly spread.")

    def tags(self):
        return tr("kandidaten,knopen,netwerk,locatiekeuze,planning,candidates,nodes,junctions").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Where would a new site serve best, when the gemeente has no list of buildings to choose from? This "
            "algorithm offers the road network's own junctions (three or more road segments meet) in the largest "
            "connected part of the network as candidate sites, optionally only inside an area (a wijk, the "
            "gemeente). At most one junction per cell of the given spacing is kept - the one nearest the cell's "
            "centre - so the candidates are spread evenly and the choice stays solvable; 0 keeps every junction.</p>"
            "<p>Feed the output to 'Best sites from candidates' (in the modeler or one after the other). The nodes "
            "are places on the network, not buildings: check the chosen places on the ground.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, tr("Road network"), [SOURCE_LINE]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, tr("Only inside this area (e.g. the gemeente or a wijk)"), [SOURCE_POLYGON], optional=True))
        self.add_number(self.SPACING, tr("At most one candidate per cell of (m; 0: every junction)"), 250.0, 0.0)
        self.add_number(self.TOLERANCE, tr("Topology tolerance (m; 0: line ends must coincide exactly)"), 0.0, 0.0,
                        advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Candidate sites (network nodes)"),
                                                            SOURCE_POINT))
        self.addOutput(QgsProcessingOutputNumber("CANDIDATES", tr("Number of candidate sites")))

    def analyse(self, parameters, context, feedback):
        import numpy as np

        from ..core.network.planning.candidates import junction_candidates
        from ..qgis_io import network_io
        from ..qgis_io.planning_io import field, fields_of

        graph = self.read_network(parameters, context, feedback)
        if graph is None:
            raise QgsProcessingException(tr("Road network: a network is needed to take its nodes as candidates."))
        inside = None
        area = self.parameterAsSource(parameters, self.AREA, context)
        if area is not None:
            to_rd = QgsCoordinateTransform(area.sourceCrs(), QgsCoordinateReferenceSystem(network_io.WORK_CRS),
                                           context.transformContext())
            parts = []
            for feature in area.getFeatures():
                geometry = QgsGeometry(feature.geometry())
                if geometry.isEmpty():
                    continue
                geometry.transform(to_rd)
                parts.append(geometry)
            if not parts:
                raise QgsProcessingException(tr("Area: no feature has a usable geometry."))
            shape = QgsGeometry.unaryUnion(parts)
            engine = QgsGeometry.createGeometryEngine(shape.constGet())
            engine.prepareGeometry()
            box = shape.boundingBox()

            def inside(xy):
                from qgis.core import QgsPoint

                mask = ((xy[:, 0] >= box.xMinimum()) & (xy[:, 0] <= box.xMaximum()) &
                        (xy[:, 1] >= box.yMinimum()) & (xy[:, 1] <= box.yMaximum()))
                for i in np.flatnonzero(mask):
                    mask[i] = engine.contains(QgsPoint(float(xy[i, 0]), float(xy[i, 1])))
                return mask

        spacing = self.parameterAsDouble(parameters, self.SPACING, context)
        nodes = junction_candidates(graph, spacing, inside)
        if len(nodes) == 0:
            raise QgsProcessingException(tr("No road junction lies in the area: no candidates."))
        feedback.pushInfo(tr("{n} candidate sites from {m} network nodes.").format(n=len(nodes), m=graph.n_nodes))
        degree = np.bincount(graph.seg_u, minlength=graph.n_nodes) + np.bincount(graph.seg_v, minlength=graph.n_nodes)
        fields = fields_of([field("naam", "string", 40), field("knoop", "long"), field("takken", "int")])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WKB_POINT,
                                          QgsCoordinateReferenceSystem(network_io.WORK_CRS))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        word = "knoop" if language() == "nl" else "node"
        rows = [("{} {}".format(word, int(i)), int(i), int(degree[i])) for i in nodes.tolist()]
        network_io.write_points(sink, fields, graph.node_xy[nodes], rows, None, feedback)
        lang = language()

        def style(layer):
            from ..qgis_io import planning_styles

            return planning_styles.candidate_renderer(lang)

        StyleOutput.attach(context, dest, style, tr("Candidate sites (network nodes)"))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "CANDIDATES": len(nodes)}
