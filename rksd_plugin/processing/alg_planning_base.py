"""Shared parts of the planning algorithms: demand parameters, site reading, the log.

The planning algorithms stand on the reachability analysis (same network parameters,
graph, snapping and search); what they add is demand modelled where people live and
sets of sites to compare or choose from.
"""
import json

from qgis.core import (
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import PARAMETER_FLAG_ADVANCED, SOURCE_POINT, SOURCE_POLYGON
from .alg_base import AnalysisAlgorithm


def tr(text):
    return QCoreApplication.translate("RksdPlanning", text)


METHOD_TEXT = {"network": "netwerk", "straight_line": "hemelsbreed"}  # stored values: Dutch


class GroupInto(QgsProcessingLayerPostProcessorInterface):
    """Moves a loaded output into one layer-tree group (QGIS before 3.32 has no group name per output)."""

    _alive = []

    def __init__(self, group_name, then=None):
        super().__init__()
        self.group_name = group_name
        self.then = then  # the output's own post-processor (its style), run first

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        try:
            if self.then is not None:
                self.then.postProcessLayer(layer, context, feedback)
            root = context.project().layerTreeRoot() if context.project() else None
            node = root.findLayer(layer.id()) if root is not None else None
            parent = node.parent() if node is not None else None
            if parent is None or (parent is not root and parent.name() == self.group_name):
                return
            group = root.findGroup(self.group_name) or root.insertGroup(0, self.group_name)
            group.addChildNode(node.clone())
            parent.removeChildNode(node)
        finally:
            if self in GroupInto._alive:
                GroupInto._alive.remove(self)


def group_outputs(context, dest_ids, group_name):
    """Load the outputs of one run together in the group ``group_name``: a tidy layer tree."""
    for dest_id in dest_ids:
        if not isinstance(dest_id, str) or not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            continue
        details = context.layerToLoadOnCompletionDetails(dest_id)
        if hasattr(details, "groupName"):  # QGIS 3.32+: Processing makes the group itself
            details.groupName = group_name
            continue
        processor = GroupInto(group_name, details.postProcessor())
        GroupInto._alive.append(processor)
        details.setPostProcessor(processor)


class PlanningAlgorithm(AnalysisAlgorithm):
    DEMAND = "DEMAND"
    DEMAND_FIELD = "DEMAND_FIELD"
    SPREAD = "SPREAD"
    SPREAD_FIELD = "SPREAD_FIELD"
    AREAS = "AREAS"
    GRID_SPACING = "GRID_SPACING"

    def group(self):
        return tr("Planning")

    def groupId(self):  # noqa: N802 - QGIS API
        return "planning"

    # -- parameters ----------------------------------------------------------------------
    def add_demand_parameters(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, tr("Demand: points with a weight, or buurten with a count (e.g. inwoners_65plus)"),
            [SOURCE_POINT, SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.DEMAND_FIELD, tr("Demand field: the weight per point or the count per buurt (empty: 1 each)"), None,
            self.DEMAND, QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SPREAD, tr("Spread buurt counts over (CBS 100 m vierkanten or address points)"),
            [SOURCE_POINT, SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SPREAD_FIELD, tr("Spreading weight (e.g. inwoners of the vierkanten; empty: equal)"), None,
            self.SPREAD, QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, tr("Buurten for per-buurt figures (for point demand)"), [SOURCE_POLYGON],
            optional=True))
        self.add_number(self.GRID_SPACING, tr("Sample point spacing in buurten without a spreading layer (m)"),
                        100.0, 10.0, advanced=True)

    # -- inputs --------------------------------------------------------------------------
    def read_demand(self, parameters, context, feedback):
        """The demand points (``planning_io.Demand``), said in the log."""
        from ..qgis_io import planning_io

        source = self.source_or_fail(parameters, self.DEMAND, context, tr("Demand"))
        count_field = self.field_or_fail(
            source, self.parameterAsString(parameters, self.DEMAND_FIELD, context), tr("Demand"), numeric=True)
        spread = self.parameterAsSource(parameters, self.SPREAD, context)
        spread_field = None
        if spread is not None:
            spread_field = self.field_or_fail(
                spread, self.parameterAsString(parameters, self.SPREAD_FIELD, context), tr("Spreading layer"),
                numeric=True)
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        spacing = self.parameterAsDouble(parameters, self.GRID_SPACING, context)
        try:
            demand = planning_io.read_demand(source, context.transformContext(), count_field, spread, spread_field,
                                             areas, spacing, feedback)
        except planning_io.DemandError as error:
            raise QgsProcessingException(str(error))
        import numpy as np

        usable = np.isfinite(demand.weight) & (demand.weight > 0)
        if not usable.any():
            raise QgsProcessingException(tr("Demand: no point carries a positive weight."))
        feedback.pushInfo(tr("Demand: {d}; total weight {w:,.0f}.").format(
            d=demand.description, w=float(np.nansum(demand.weight))))
        for note in demand.notes:
            feedback.reportError(note, False)
        self.demand_inputs = {"demand": self.layer_reference(parameters, self.DEMAND, context),
                              "demand_field": count_field,
                              "spread": self.layer_reference(parameters, self.SPREAD, context),
                              "spread_field": spread_field, "spacing_m": spacing,
                              "areas": self.layer_reference(parameters, self.AREAS, context)}
        return demand

    def read_site_layer(self, source, name_field, label, context, feedback, extra=()):
        from ..qgis_io import planning_io

        sites = planning_io.read_sites(source, context.transformContext(), name_field, extra, feedback)
        if len(sites.xy) == 0:
            raise QgsProcessingException(tr("{layer}: no feature has a usable geometry.").format(layer=label))
        if sites.skipped:
            feedback.reportError(tr("{layer}: {n} features without geometry were skipped.").format(
                layer=label, n=sites.skipped), False)
        return sites

    def distances(self, graph, demand_xy, site_xy):
        from ..core.network.planning.costs import SiteDistances

        return SiteDistances(demand_xy, site_xy, graph)

    @staticmethod
    def advanced(parameter):
        parameter.setFlags(parameter.flags() | PARAMETER_FLAG_ADVANCED)
        return parameter

    def layer_reference(self, parameters, name, context):
        """Where a layer parameter's data comes from (its name and source), to repeat a run."""
        if not parameters.get(name):
            return None
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            return str(parameters.get(name))
        return {"name": layer.name(), "source": layer.source()}

    def inputs_json(self, parameters, context, extra):
        """The run's inputs as JSON text, stored with the outputs so a run can be repeated."""
        record = dict(self.demand_inputs)
        record.update({"algorithm": "rksd:" + self.name(), "network": self.layer_reference(parameters, self.NETWORK, context),
                       "oneway_field": self.parameterAsString(parameters, self.ONEWAY_FIELD, context) or None,
                       "tolerance_m": self.parameterAsDouble(parameters, self.TOLERANCE, context)})
        record.update(extra)
        return json.dumps(record, ensure_ascii=False, sort_keys=True)
