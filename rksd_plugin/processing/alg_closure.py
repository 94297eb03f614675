"""Processing algorithm "Closure impact per site" (welke locatie doet ertoe): ranked for afstoten."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import SOURCE_ANY_GEOMETRY, SOURCE_POINT, SOURCE_POLYGON
from .alg_base import FeedbackBridge, StyleOutput, language
from .alg_planning_base import METHOD_TEXT, PlanningAlgorithm


def tr(text):
    return QCoreApplication.translate("RksdPlanning", text)


class ClosureAlgorithm(PlanningAlgorithm):
    FACILITIES = "FACILITIES"
    FACILITY_NAME_FIELD = "FACILITY_NAME_FIELD"
    THRESHOLD = "THRESHOLD"
    RANK_BY = "RANK_BY"
    OUTPUT = "OUTPUT"

    def name(self):
        return "sluiting"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Closure impact per site (ranked)")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("For every existing site: what closing it alone would cost the demand it serves - extra distance, "
                  "people pushed beyond a threshold - ranked for the question which sites to keep.")

    def tags(self):
        return tr("sluiten,afstoten,vastgoed,behouden,planning,closure,impact,rank,voorzieningen").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Which site matters most? For each existing site, the demand whose nearest site it is would move to its "
            "next-nearest site if it closed. Per site: the demand it serves (<i>bediend</i>), the extra "
            "demand-weighted distance (<i>extra_afstand</i>, weight x metres, and per served unit "
            "<i>extra_per_eenheid_m</i>), the demand pushed beyond the threshold (<i>over_drempel</i>) and the demand "
            "left without any reachable site (<i>zonder_alternatief</i>). <i>rang</i> 1 is the site whose closure costs "
            "most: demand without an alternative first, then the extra distance or the people pushed over the "
            "threshold (your choice).</p>"
            "<p>Each site is judged alone, with all others open: closing two neighbouring sites together can cost "
            "more than both figures suggest - compare such a pair with 'Compare scenarios'.</p>"
            "<p>Distances come from the same road graph, snapping and search as 'Facility reachability' (one search "
            "per site); without a road network they are straight-line.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_demand_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, tr("Existing sites"), [SOURCE_POINT, SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.FACILITY_NAME_FIELD, tr("Name field of the sites"), None, self.FACILITIES,
            QgsProcessingParameterField.DataType.Any, optional=True))
        self.add_number(self.THRESHOLD, tr("Threshold distance (m)"), 1000.0, 1.0)
        self.addParameter(QgsProcessingParameterEnum(
            self.RANK_BY, tr("Rank by"), [tr("extra demand-weighted distance"), tr("demand pushed beyond the threshold")],
            defaultValue=0))
        self.add_network_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Closure impact per site"), SOURCE_ANY_GEOMETRY))
        self.addOutput(QgsProcessingOutputNumber("SITES", tr("Number of sites")))

    def analyse(self, parameters, context, feedback):
        import numpy as np

        from ..core.errors import RksdError
        from ..core.network.planning import closure
        from ..qgis_io import network_io
        from ..qgis_io.network_io import column_values
        from ..qgis_io.planning_io import field

        bridge = FeedbackBridge(feedback)
        demand = self.read_demand(parameters, context, feedback)
        facilities = self.source_or_fail(parameters, self.FACILITIES, context, tr("Existing sites"))
        name_field = self.field_or_fail(facilities, self.parameterAsString(parameters, self.FACILITY_NAME_FIELD, context),
                                        tr("Existing sites"))
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        by = closure.BY_THRESHOLD if self.parameterAsEnum(parameters, self.RANK_BY, context) == 1 else closure.BY_DISTANCE
        self.report_backend(feedback)
        graph = self.read_network(parameters, context, feedback)
        bridge.progress(0.15)
        sites = self.read_site_layer(facilities, name_field, tr("Existing sites"), context, feedback)
        if len(sites.names) < 2:
            raise QgsProcessingException(tr("Existing sites: at least two sites are needed to compare closures."))
        try:
            distances = self.distances(graph, demand.xy, sites.xy)
            d1, s1, d2, _ = distances.best_two(progress=bridge.span(15, 85).progress, cancelled=bridge.cancelled)
        except RksdError as error:
            if feedback.isCanceled():
                return {}
            raise self.core_error(error)
        impact = closure.closure_impact(d1, s1, d2, demand.weight, len(sites.names), threshold, by)
        method = METHOD_TEXT[distances.method]
        feedback.pushInfo(tr("Method: {m}; {n} sites, threshold {t:g} m.").format(m=method, n=len(sites.names), t=threshold))
        order = np.argsort(impact.rank)
        for index in order[:5].tolist():
            feedback.pushInfo(tr("Rank {r}: {name} - serves {s:,.0f}, extra {e:,.0f} (x m), {p:,.0f} pushed beyond "
                                 "the threshold, {l:,.0f} without an alternative.").format(
                r=int(impact.rank[index]), name=sites.names[index], s=impact.served[index], e=impact.extra_total[index],
                p=impact.pushed_over[index], l=impact.no_alternative[index]))
        new_fields = [field("methode", "string", 12), field("bediend", "double", 14, 1),
                      field("extra_afstand", "double", 18, 0), field("extra_per_eenheid_m", "double", 12, 1),
                      field("over_drempel", "double", 14, 1), field("zonder_alternatief", "double", 14, 1),
                      field("drempel_m", "double", 10, 1), field("rang", "int")]
        columns = [[method] * len(sites.names), column_values(impact.served, decimals=1),
                   column_values(impact.extra_total, decimals=0), column_values(impact.extra_mean, decimals=1),
                   column_values(impact.pushed_over, decimals=1), column_values(impact.no_alternative, decimals=1),
                   [threshold] * len(sites.names), impact.rank.tolist()]
        fields = network_io.output_fields(facilities.fields(), new_fields)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, facilities.wkbType(),
                                          facilities.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rows = dict(zip(sites.fids.tolist(), zip(*columns)))
        network_io.write_rows(sink, facilities, fields, rows, tuple([None] * len(new_fields)), feedback,
                              progress_span=(85, 99))
        count, lang = len(sites.names), language()

        def style(layer):
            from ..qgis_io import planning_styles

            return planning_styles.closure_renderer("rang", count, lang, layer.geometryType())

        StyleOutput.attach(context, dest, style, tr("Closure impact per site"))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, "SITES": count}
