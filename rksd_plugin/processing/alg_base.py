"""Shared pieces of the RKSD analysis algorithms: parameters, feedback, output styles.

Only light imports at module level (qgis.core): numpy and the core network package are
imported inside ``processAlgorithm`` so loading the plugin stays cheap.
"""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import GEOMETRY_NO_CHECK, PARAMETER_FLAG_ADVANCED, SOURCE_LINE
from ..core.ahead import Ahead

CONTEXT = "RksdAnalyses"


def tr(text):
    return QCoreApplication.translate("RksdAnalyses", text)


def language():
    """'nl' or 'en' for map legends, following QGIS's interface language."""
    try:
        from ..gui.translation import current_language

        return current_language()
    except Exception:  # noqa: BLE001 - a legend language is never worth failing for
        return "nl"


def compute_beside(compute, here, relay=None, undo=None, poll_seconds=0.05):
    """(``compute()``, ``here()``): ``compute`` (numpy/scipy only, no QGIS object) runs in a
    second thread while ``here`` runs in the algorithm's own thread.

    For work QGIS does in compiled code with Python's lock released (creating the output
    layer): on a second core it then costs the computation nothing. ``compute`` reports its
    progress to ``relay`` (a ``ProgressRelay``), which the algorithm's thread passes on to
    the feedback while it waits. An error of either is raised here once both have ended;
    when ``compute`` fails, ``undo`` is given what ``here`` returned.
    """
    pending = Ahead(compute)
    try:
        done_here = here()
    except BaseException:
        pending.wait()  # the computation ends before the error goes up
        raise
    while not pending.wait(poll_seconds):
        if relay is not None:
            relay.flush()
    if relay is not None:
        relay.flush()
    try:
        return pending.result(), done_here
    except BaseException:
        if undo is not None:
            undo(done_here)
        raise


class ProgressRelay:
    """Progress of a computation in another thread, given to the feedback from the algorithm's
    own thread: a Qt signal sent from a foreign thread reaches its receivers only through an
    event loop, late and out of order in a script."""

    def __init__(self, bridge):
        self.bridge = bridge
        self.latest = self.sent = None

    def progress(self, fraction):
        self.latest = fraction

    def cancelled(self):
        return self.bridge.cancelled()

    def flush(self):
        latest = self.latest
        if latest is not None and latest != self.sent:
            self.sent = latest
            self.bridge.progress(latest)


class FeedbackBridge:
    """Core callbacks (progress fraction, cancelled) mapped onto a Processing feedback."""

    def __init__(self, feedback, start=0.0, end=100.0):
        self.feedback = feedback
        self.start = start
        self.end = end

    def progress(self, fraction):
        self.feedback.setProgress(self.start + (self.end - self.start) * max(0.0, min(1.0, fraction)))

    def cancelled(self):
        return self.feedback.isCanceled()

    def span(self, start, end):
        return FeedbackBridge(self.feedback, start, end)


class StyleOutput(QgsProcessingLayerPostProcessorInterface):
    """Applies a renderer when QGIS loads an output layer (kept alive until then)."""

    _alive = []

    def __init__(self, make_renderer, name=None, aliases=None, styles=()):
        super().__init__()
        self.make_renderer = make_renderer
        self.name = name
        self.aliases = aliases or {}
        self.styles = list(styles)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        try:
            fields = layer.fields()
            for field_name, alias in self.aliases.items():
                index = fields.lookupField(field_name)
                if index >= 0:
                    layer.setFieldAlias(index, alias)
            self._add_styles(layer)
            renderer = self.make_renderer(layer)
            if renderer is not None:
                layer.setRenderer(renderer)
            if self.name:
                layer.setName(self.name)
            layer.triggerRepaint()
        finally:
            if self in StyleOutput._alive:
                StyleOutput._alive.remove(self)

    def _add_styles(self, layer):
        """``styles`` = [(name, make_renderer)]: the first is the style on screen, the others
        are there to choose from in the layer's Styles menu."""
        if not self.styles:
            return
        manager = layer.styleManager()
        shown = manager.currentStyle()
        for style_name, make in self.styles[1:]:
            layer.setRenderer(make(layer))
            manager.addStyleFromLayer(style_name)
        if self.styles[0][0] != shown:
            manager.renameStyle(shown, self.styles[0][0])

    @classmethod
    def attach(cls, context, dest_id, make_renderer, name=None, aliases=None, styles=()):
        """Style ``dest_id`` when it is loaded; returns the post-processor (or None)."""
        if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            return None
        processor = cls(make_renderer, name, aliases, styles)
        cls._alive.append(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
        return processor


class AnalysisAlgorithm(QgsProcessingAlgorithm):
    """Base: group, helpers for the common network parameters and input checks."""

    NETWORK = "NETWORK"
    ONEWAY_FIELD = "ONEWAY_FIELD"
    TOLERANCE = "TOLERANCE"

    def group(self):
        return tr("Analyses")

    def groupId(self):  # noqa: N802 - QGIS API
        return "analyses"

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        """Run ``analyse`` without QGIS's invalid-geometry filter.

        CBS buurt polygons are sometimes self-intersecting; the analyses only need a point
        on them and point-in-polygon tests, and the default filters would drop or stop on
        such buurten silently. Features whose geometry cannot be used are counted instead.
        """
        import gc

        previous = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(GEOMETRY_NO_CHECK)
        # the analysis creates millions of short-lived Python objects (attribute rows) and
        # no reference cycles; the cyclic garbage collector would rescan them over and over
        # (measured: ~25% of the run time). It is switched back on when the run ends.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.analyse(parameters, context, feedback)
        finally:
            context.setInvalidGeometryCheck(previous)
            if collecting:
                gc.enable()

    def analyse(self, parameters, context, feedback):
        raise NotImplementedError

    # -- parameters ----------------------------------------------------------------------
    def add_network_parameters(self, description=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK,
            description or tr("Road network (without it: straight-line distances)"),
            [SOURCE_LINE], optional=True,
        ))
        oneway = QgsProcessingParameterField(
            self.ONEWAY_FIELD, tr("One-way field of the network"), None, self.NETWORK,
            QgsProcessingParameterField.DataType.Any, optional=True,
        )
        oneway.setFlags(oneway.flags() | PARAMETER_FLAG_ADVANCED)
        self.addParameter(oneway)
        self.add_number(self.TOLERANCE, tr("Topology tolerance (m; 0: line ends must coincide exactly)"), 0.0, 0.0,
                        advanced=True)

    def add_number(self, name, description, default, minimum=0.0, maximum=None, advanced=False, integer=False):
        """A number parameter. Distances are plain numbers in metres, not QGIS distance
        parameters: those follow the layer's units (degrees for OSM data), while every
        computation here is in metres in EPSG:28992."""
        kind = QgsProcessingParameterNumber.Type.Integer if integer else QgsProcessingParameterNumber.Type.Double
        parameter = QgsProcessingParameterNumber(name, description, kind, default, False, minimum)
        if maximum is not None:
            parameter.setMaxValue(maximum)
        if advanced:
            parameter.setFlags(parameter.flags() | PARAMETER_FLAG_ADVANCED)
        self.addParameter(parameter)
        return parameter

    # -- inputs --------------------------------------------------------------------------
    def source_or_fail(self, parameters, name, context, label, required=True):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            if required:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            return None
        if source.featureCount() == 0:
            raise QgsProcessingException(
                tr("{layer}: the layer is empty (or nothing is selected), there is nothing to analyse.").format(layer=label))
        return source

    def field_or_fail(self, source, field_name, label, numeric=False):
        if not field_name:
            return None
        index = source.fields().lookupField(field_name)
        if index < 0:
            raise QgsProcessingException(
                tr("{layer}: field '{field}' does not exist.").format(layer=label, field=field_name))
        if numeric and not source.fields().at(index).isNumeric():
            raise QgsProcessingException(
                tr("{layer}: field '{field}' is not numeric.").format(layer=label, field=field_name))
        return field_name

    def read_network(self, parameters, context, feedback, speed_field=None):
        """The road graph, or None when no network was given (straight-line mode)."""
        from ..qgis_io import layer_input, network_io

        source = self.parameterAsSource(parameters, self.NETWORK, context)
        if source is None:
            feedback.pushInfo(tr("No road network given: distances are straight-line (hemelsbreed)."))
            return None
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("Road network: the layer is empty."))
        oneway = self.parameterAsString(parameters, self.ONEWAY_FIELD, context) or None
        self.field_or_fail(source, oneway, tr("Road network"))
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        feedback.pushInfo(tr("Reading the road network ({count} features)...").format(count=source.featureCount()))
        self.field_or_fail(source, speed_field, tr("Road network"), numeric=True)
        network = layer_input.resolve(self, parameters, self.NETWORK, context, source)  # columnar for files
        graph = network_io.read_network(network, context.transformContext(), oneway, speed_field, tolerance, feedback)
        if graph.n_segments == 0:
            raise QgsProcessingException(tr("Road network: no line segments with a length were found."))
        if source.sourceCrs() != network_io.work_crs():
            feedback.pushInfo(tr("The road network was reprojected from {crs} to EPSG:28992 (metres).").format(
                crs=source.sourceCrs().authid() or "?"))
        components = graph.components()
        import numpy as np

        sizes = np.bincount(components)
        feedback.pushInfo(tr("Road graph: {nodes} nodes, {segments} segments, {parts} connected part(s).").format(
            nodes=graph.n_nodes, segments=graph.n_segments, parts=int((sizes > 0).sum())))
        return graph

    def report_backend(self, feedback):
        from ..core.network import backend

        message = backend.note(None)
        if backend.resolve() == backend.SCIPY:
            feedback.pushInfo(QCoreApplication.translate("RksdNetwork", message))
        else:
            feedback.reportError(QCoreApplication.translate("RksdNetwork", message), False)

    @staticmethod
    def geometry_type(source):
        return QgsWkbTypes.geometryType(source.wkbType())

    @staticmethod
    def core_error(error):
        """A core ``RksdError`` as a translated ``QgsProcessingException``."""
        message = error.message(lambda text: QCoreApplication.translate("RksdNetwork", text))
        return QgsProcessingException(message)
