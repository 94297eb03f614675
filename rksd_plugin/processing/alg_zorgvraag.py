"""Processing algorithm "Care demand and supply (2SFCA)" (zorgvraag en aanbod)."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import SOURCE_ANY_GEOMETRY, SOURCE_POINT, SOURCE_POLYGON
from .alg_base import AnalysisAlgorithm, FeedbackBridge, StyleOutput, language


def tr(text):
    return QCoreApplication.translate("RksdZorgvraag", text)


# stored values are Dutch whatever the interface language (see alg_langer_thuis.CLASS_TEXT)
GAP_TEXT = {
    0: {"nl": "onbekend", "en": "unknown"},
    1: {"nl": "hoge vraag, weinig aanbod", "en": "high demand, low supply"},
    2: {"nl": "hoge vraag, voldoende aanbod", "en": "high demand, enough supply"},
    3: {"nl": "lage vraag, weinig aanbod", "en": "low demand, low supply"},
    4: {"nl": "lage vraag, voldoende aanbod", "en": "low demand, enough supply"},
}
PER = 1000.0  # access is reported per 1,000 units of demand


class ZorgvraagAanbodAlgorithm(AnalysisAlgorithm):
    DEMAND = "DEMAND"
    DEMAND_FIELD = "DEMAND_FIELD"
    SUPPLY = "SUPPLY"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    CATCHMENT = "CATCHMENT"
    DECAY = "DECAY"
    DEMAND_THRESHOLD = "DEMAND_THRESHOLD"
    OUTPUT = "OUTPUT"
    OUTPUT_GAP = "OUTPUT_GAP"
    OUTPUT_SUPPLY = "OUTPUT_SUPPLY"

    def name(self):
        return "zorgvraag_aanbod"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Care demand and supply (2SFCA)")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("Capacity within reach per 1,000 of the demand group per buurt, and where demand is high and access low.")

    def tags(self):
        return tr("zorgvraag,aanbod,2sfca,floating catchment,toegankelijkheid,huisarts,wmo,care,supply,demand,gap").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Answers 'which care demand lives in my gemeente and which supply is available?' (question 5) with the "
            "two-step floating catchment area method (2SFCA, Luo &amp; Wang 2003).</p>"
            "<p><b>Demand</b>: a number per buurt (a population group such as inwoners 65+, or the gemeente's own client "
            "counts), located at a point inside each buurt (point on surface), or per point. <b>Supply</b>: points with "
            "a capacity field (e.g. FTE huisartsen, places); without it each point counts 1.</p>"
            "<p><b>Step 1</b>: per supply point, capacity / (demand within the catchment distance). <b>Step 2</b>: per "
            "buurt, the sum of those ratios over the supply within the catchment: the capacity available per unit of "
            "demand, with competition between buurten taken into account. <i>toegang</i> is that figure per 1,000 units "
            "of demand. Distances run over the road network if given (snapped to the nearest segment), otherwise "
            "straight-line. The Gaussian option weights nearer supply more (Dai 2010).</p>"
            "<p><b>Gap</b>: <i>referentie</i> is the gemeente-wide ratio (all capacity per 1,000 demand). A buurt has "
            "'hoge vraag' when its demand is at or above the threshold (default the median), and 'weinig aanbod' when "
            "its access is below the reference. <i>tekort</i> is the capacity the buurt lacks to reach the reference. "
            "Buurten with unknown (secret) demand are class 0 'onbekend', never 0 demand.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        from ..core.network.defaults import DEFAULT_CATCHMENT

        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, tr("Demand (buurten or points)"), [SOURCE_POLYGON, SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterField(
            self.DEMAND_FIELD, tr("Demand field (e.g. inwoners_65plus or own client counts)"), None, self.DEMAND,
            QgsProcessingParameterField.DataType.Numeric))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SUPPLY, tr("Supply (care locations)"), [SOURCE_POINT, SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.CAPACITY_FIELD, tr("Capacity field (without it each location counts 1)"), None, self.SUPPLY,
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_number(self.CATCHMENT, tr("Catchment distance (m)"), DEFAULT_CATCHMENT, 1.0)
        self.addParameter(QgsProcessingParameterEnum(
            self.DECAY, tr("Distance decay within the catchment"), [tr("None (classic 2SFCA)"), tr("Gaussian")], defaultValue=0))
        self.add_network_parameters()
        threshold = QgsProcessingParameterNumber(
            self.DEMAND_THRESHOLD, tr("High demand from (default: the median demand)"),
            QgsProcessingParameterNumber.Type.Double, None, True)
        self.addParameter(threshold)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Access to care (2SFCA)"), SOURCE_ANY_GEOMETRY))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_GAP, tr("Gap: high demand, low access"), SOURCE_ANY_GEOMETRY))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUPPLY, tr("Supply with its ratio"), SOURCE_POINT, optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("REFERENCE", tr("Gemeente-wide capacity per 1,000 demand")))
        self.addOutput(QgsProcessingOutputNumber("UNSERVED_SUPPLY", tr("Supply points without demand within reach")))

    def analyse(self, parameters, context, feedback):
        import numpy as np

        from ..core.errors import RksdError
        from ..core.network import fca
        from ..core.network.euclid import StraightLine
        from ..core.network.network_reach import NetworkReach
        from ..core.network.snap import SegmentIndex
        from ..qgis_io import network_io
        from ..qgis_io.network_io import column_values, field

        bridge = FeedbackBridge(feedback)
        demand_source = self.source_or_fail(parameters, self.DEMAND, context, tr("Demand"))
        supply_source = self.source_or_fail(parameters, self.SUPPLY, context, tr("Supply"))
        demand_field = self.field_or_fail(
            demand_source, self.parameterAsString(parameters, self.DEMAND_FIELD, context), tr("Demand"), numeric=True)
        if not demand_field:
            raise QgsProcessingException(tr("Demand: choose the field with the demand per buurt."))
        capacity_field = self.field_or_fail(
            supply_source, self.parameterAsString(parameters, self.CAPACITY_FIELD, context), tr("Supply"), numeric=True)
        catchment = self.parameterAsDouble(parameters, self.CATCHMENT, context)
        decay = fca.GAUSSIAN if self.parameterAsEnum(parameters, self.DECAY, context) == 1 else fca.NONE
        threshold = parameters.get(self.DEMAND_THRESHOLD)
        threshold = None if threshold in (None, "") else self.parameterAsDouble(parameters, self.DEMAND_THRESHOLD, context)
        self.report_backend(feedback)

        graph = self.read_network(parameters, context, feedback)
        bridge.progress(0.1)
        dem = network_io.read_points(demand_source, context.transformContext(), [demand_field], feedback)
        sup = network_io.read_points(supply_source, context.transformContext(), [capacity_field] if capacity_field else [], feedback)
        if len(dem) == 0:
            raise QgsProcessingException(tr("Demand: no feature has a usable geometry."))
        if len(sup) == 0:
            raise QgsProcessingException(tr("Supply: no feature has a usable geometry."))
        demand = np.array([np.nan if v is None else v for v in (network_io.number_or_none(x) for x in dem.values[demand_field])])
        unknown = int(np.isnan(demand).sum())
        if unknown:
            feedback.reportError(tr("{n} demand features have no (or a secret) demand value; they get class 'onbekend'.").format(n=unknown), False)
        if capacity_field:
            raw = [network_io.number_or_none(v) for v in sup.values[capacity_field]]
            capacity = np.array([0.0 if v is None else v for v in raw])
            if any(v is None for v in raw):
                feedback.reportError(tr("Supply points without a capacity value count with capacity 0."), False)
        else:
            capacity = np.ones(len(sup))
        if not np.nansum(demand) > 0:
            raise QgsProcessingException(tr("Demand: the demand field holds no positive values."))
        if not capacity.sum() > 0:
            raise QgsProcessingException(tr("Supply: the total capacity is 0."))

        try:
            if graph is not None:
                index = SegmentIndex.for_graph(graph)
                reach = NetworkReach(graph)
                o, f, d = reach.pairs_within(index.snap(dem.xy), index.snap(sup.xy), catchment,
                                             progress=bridge.span(10, 70).progress, cancelled=bridge.cancelled)
                method = "netwerk"
            else:
                o, f, d = StraightLine(sup.xy).pairs_within(dem.xy, catchment)
                method = "hemelsbreed"
        except RksdError as error:
            if feedback.isCanceled():
                return {}
            raise self.core_error(error)
        bridge.progress(0.7)
        access, ratio = fca.two_step_fca(o, f, d, demand, capacity, catchment, decay)
        reference = capacity.sum() / np.nansum(demand)
        classes, used_threshold, shortfall = fca.gap_classes(demand, access, reference, threshold)
        within = np.bincount(o, weights=capacity[f], minlength=len(dem))
        unserved = int((~np.isfinite(ratio)).sum())
        feedback.pushInfo(tr("Method: {m}; {p} demand-supply pairs within {c:g} m.").format(m=method, p=int(o.size), c=catchment))
        feedback.pushInfo(tr("Reference: {r:.2f} capacity per 1,000 demand; high demand from {t:g}.").format(
            r=reference * PER, t=used_threshold))
        if unserved:
            feedback.reportError(tr("{n} supply points have no demand within the catchment; their capacity is not spread.").format(n=unserved), False)
        lang = language()
        fields = [field("methode", "string", 12), field("vraag", "double", 14, 2), field("aanbod_binnen", "double", 14, 2),
                  field("toegang", "double", 16, 6), field("referentie", "double", 16, 6), field("tekort", "double", 14, 3),
                  field("gap_klasse", "int"), field("gap_tekst", "string", 40)]
        n = len(dem)
        columns = [[method] * n, column_values(demand, decimals=2),
                   column_values(np.where(np.isfinite(demand), within, np.nan), decimals=2),
                   column_values(access * PER, decimals=6), [round(float(reference * PER), 6)] * n,
                   column_values(shortfall, decimals=3), classes.tolist(), [GAP_TEXT[c]["nl"] for c in classes.tolist()]]
        out_fields = network_io.output_fields(demand_source.fields(), fields)
        rows = dict(zip(dem.fids.tolist(), zip(*columns)))
        empty = tuple([None] * len(fields))
        outputs = {}
        from ..qgis_io import network_styles

        access_values = [v for v in columns[3] if v is not None]
        for key, span, make in (
            (self.OUTPUT, (70, 82), lambda layer: network_styles.quantile_renderer(
                layer.geometryType(), "toegang", access_values, lang, "PuBu", 5, 2)),
            (self.OUTPUT_GAP, (82, 94), lambda layer: network_styles.gap_renderer(layer.geometryType(), "gap_klasse", lang)),
        ):
            sink, dest = self.parameterAsSink(parameters, key, context, out_fields, demand_source.wkbType(), demand_source.sourceCrs())
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            network_io.write_rows(sink, demand_source, out_fields, rows, empty, feedback, progress_span=span)
            StyleOutput.attach(context, dest, make)
            outputs[key] = dest
        supply_fields = network_io.output_fields(supply_source.fields(), [
            field("capaciteit", "double", 14, 2), field("vraag_binnen", "double", 14, 2), field("ratio_per_1000", "double", 16, 6)])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_SUPPLY, context, supply_fields, supply_source.wkbType(),
                                          supply_source.sourceCrs())
        if sink is not None:
            weighted = np.bincount(f, weights=np.nan_to_num(demand[o]) * fca.decay_weight(d, catchment, decay), minlength=len(sup))
            supply_columns = [column_values(capacity, decimals=2), column_values(weighted, decimals=2),
                              column_values(ratio * PER, decimals=6)]
            supply_rows = dict(zip(sup.fids.tolist(), zip(*supply_columns)))
            network_io.write_rows(sink, supply_source, supply_fields, supply_rows, (None, None, None), feedback)
            outputs[self.OUTPUT_SUPPLY] = dest
        outputs["REFERENCE"] = float(reference * PER)
        outputs["UNSERVED_SUPPLY"] = unserved
        feedback.setProgress(100)
        return outputs
