"""Processing algorithm "Suitability for living at home longer" (geschikt om langer thuis te wonen)."""
from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import PARAMETER_FLAG_ADVANCED, SOURCE_POINT, SOURCE_POLYGON
from .alg_base import AnalysisAlgorithm, FeedbackBridge, StyleOutput, language


def tr(text):
    return QCoreApplication.translate("RksdLangerThuis", text)


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    """Mark ``text`` for translation; it is translated where it is shown."""
    return text


# component key, parameter label, default facility category values (OSM tags and Dutch words)
COMPONENTS = (
    ("supermarkt", QT_TRANSLATE_NOOP("RksdLangerThuis", "Supermarket"), "supermarkt;supermarket"),
    ("huisarts", QT_TRANSLATE_NOOP("RksdLangerThuis", "GP practice (huisarts)"), "huisarts;huisartsenpraktijk;doctors;doctor"),
    ("apotheek", QT_TRANSLATE_NOOP("RksdLangerThuis", "Pharmacy (apotheek)"), "apotheek;pharmacy"),
    ("ontmoeting", QT_TRANSLATE_NOOP("RksdLangerThuis", "Meeting place or care (ontmoeting/zorg)"),
     "ontmoeting;wijkcentrum;buurthuis;community_centre;social_centre;social_facility"),
    ("fysio", QT_TRANSLATE_NOOP("RksdLangerThuis", "Physiotherapy (fysio)"), "fysio;fysiotherapie;physiotherapist"),
    ("ov", QT_TRANSLATE_NOOP("RksdLangerThuis", "Public-transport stop (OV-halte)"),
     "ov;ov_halte;bus_stop;tram_stop;stop_position;platform;station;halt"),
)
SOURCE_FIELD, SOURCE_NETWORK, SOURCE_LINE, SOURCE_NONE = "cbs_veld", "netwerk", "hemelsbreed", "ontbreekt"
# stored values are Dutch codes whatever the interface language, so a GeoPackage reads the
# same for everyone who opens it; legends (styles) follow the interface language
CLASS_TEXT = {
    0: {"nl": "onbekend", "en": "unknown"},
    1: {"nl": "goed", "en": "good"},
    2: {"nl": "redelijk", "en": "fair"},
    3: {"nl": "matig", "en": "moderate"},
    4: {"nl": "beperkt", "en": "limited"},
}


class LangerThuisAlgorithm(AnalysisAlgorithm):
    AREAS = "AREAS"
    UNIT = "FIELD_UNIT"
    FACILITIES = "FACILITIES"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    GRID_SPACING = "GRID_SPACING"
    THRESHOLDS = "THRESHOLDS"
    FIELD_65PLUS = "FIELD_65PLUS"
    FIELD_75PLUS = "FIELD_75PLUS"
    FIELD_WONING = "FIELD_WONING"
    WEIGHT_WONING = "WEIGHT_WONING"
    WONING_HIGHER_BETTER = "WONING_HIGHER_BETTER"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"

    def name(self):
        return "langer_thuis"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Suitability for living at home longer")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("A score per buurt (and per address) from the distances to daily facilities, with the demand side.")

    def tags(self):
        return tr("langer thuis wonen,ouderen,voorzieningen,nabijheid,score,ageing in place,elderly").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Answers 'which locations are suitable for living at home longer?' (question 4).</p>"
            "<p><b>Access components.</b> Distance to a supermarket, huisarts, apotheek, a meeting place or care "
            "facility, physiotherapy and a public-transport stop. Each comes either from a distance field on the "
            "buurten (CBS 'Nabijheid voorzieningen', in km by default) or, when no field is chosen, is computed from "
            "your own facility layer with the category values listed (over the road network if given, otherwise "
            "straight-line), per address or CBS vierkant when a population layer is given, else per sample point.</p>"
            "<p><b>Points.</b> Each distance gets points by class: with the default thresholds 500 m, 1 km and 3 km the "
            "classes &le; 500 m, 500 m&ndash;1 km, 1&ndash;3 km and &gt; 3 km score 100, 67, 33 and 0.</p>"
            "<p><b>Score.</b> The weighted mean of the known components (weights renormalised; missing components are "
            "listed in <i>ontbrekende_componenten</i>, never counted as 0). Default weights follow published practice: supermarkt 52, "
            "huisarts 12, apotheek 12, ontmoeting/zorg 12, fysio 6; the OV-halte weight 6 is an RKSD default that makes "
            "the total 100. All weights and thresholds are parameters. Classes: goed (&ge; 75), redelijk (50&ndash;75), "
            "matig (25&ndash;50), beperkt (&lt; 25).</p>"
            "<p><b>Demand side.</b> The share of 65+ (and 75+ where available) is copied, and <i>aandacht</i> = 1 marks "
            "buurten with a share of 65+ at or above the median and a score below 50. A dwelling-stock proxy field "
            "(e.g. share of single-family or zero-step dwellings) is copied and scored only if you give it a weight.</p>"
            "<p><b>About CBS distances.</b> CBS distances are road distances from all addresses in the buurt, averaged "
            "over the inhabitants, to the nearest facility in CBS's registers. They are not walking routes, and the "
            "facility registers differ from OpenStreetMap or a gemeente's own list.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        from ..core.network.defaults import DEFAULT_WEIGHTS

        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, tr("Buurten (polygons)"), [SOURCE_POLYGON]))
        for key, label, _ in COMPONENTS:
            self.addParameter(QgsProcessingParameterField(
                "FIELD_" + key.upper(), tr("{component}: distance field on the neighbourhoods").format(component=tr(label)),
                None, self.AREAS, QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNIT, tr("Unit of the distance fields"), [tr("km (CBS Nabijheid)"), tr("m")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, tr("Own facilities (used for components without a distance field)"),
            [SOURCE_POINT, SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, tr("Category field of the facilities"), None, self.FACILITIES,
            QgsProcessingParameterField.DataType.Any, optional=True))
        for key, label, values in COMPONENTS:
            parameter = QgsProcessingParameterString(
                "VALUES_" + key.upper(), tr("{component}: category values (separated by ;)").format(component=tr(label)),
                values, optional=True)
            parameter.setFlags(parameter.flags() | PARAMETER_FLAG_ADVANCED)
            self.addParameter(parameter)
        self.add_network_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION, tr("Addresses or CBS 100 m squares (scores per address, weighted per neighbourhood)"),
            [SOURCE_POINT, SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Population weight field (e.g. inwoners)"), None, self.POPULATION,
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_number(self.GRID_SPACING, tr("Sample point spacing without a population layer (m)"), 100.0, 10.0,
                        advanced=True)
        for key, label, _ in COMPONENTS:
            self.add_number("WEIGHT_" + key.upper(), tr("Weight: {component}").format(component=tr(label)),
                            DEFAULT_WEIGHTS[key], 0.0, advanced=False)
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, tr("Distance class thresholds (m, separated by ;)"), "500;1000;3000"))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD_65PLUS, tr("Share of inhabitants 65+ (%)"), None, self.AREAS,
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD_75PLUS, tr("Share of inhabitants 75+ (%)"), None, self.AREAS,
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD_WONING, tr("Dwelling-stock proxy (%)"), None, self.AREAS,
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_number(self.WEIGHT_WONING, tr("Weight: dwelling-stock proxy (0: shown, not scored)"), 0.0, 0.0, advanced=True)
        higher = QgsProcessingParameterBoolean(self.WONING_HIGHER_BETTER, tr("A higher dwelling-stock share is better"), True)
        higher.setFlags(higher.flags() | PARAMETER_FLAG_ADVANCED)
        self.addParameter(higher)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Langer thuis wonen per buurt"), SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, tr("Langer thuis wonen per address or sample point"), SOURCE_POINT,
            optional=True, createByDefault=False))

    def analyse(self, parameters, context, feedback):
        import numpy as np

        from ..core.errors import RksdError
        from ..core.network import langer_thuis, reachability
        from ..core.network.aggregate import weighted_mean_by_area
        from ..core.network.params import parse_radii, parse_values
        from ..qgis_io import network_io

        bridge = FeedbackBridge(feedback)
        areas_source = self.source_or_fail(parameters, self.AREAS, context, tr("Buurten"))
        keys = [key for key, _, _ in COMPONENTS]
        distance_fields = {}
        for key in keys:
            name = self.parameterAsString(parameters, "FIELD_" + key.upper(), context)
            distance_fields[key] = self.field_or_fail(areas_source, name, tr("Buurten"), numeric=True)
        factor = 1000.0 if self.parameterAsEnum(parameters, self.UNIT, context) == 0 else 1.0
        weights = {key: self.parameterAsDouble(parameters, "WEIGHT_" + key.upper(), context) for key in keys}
        try:
            thresholds = parse_radii(self.parameterAsString(parameters, self.THRESHOLDS, context), tr("Thresholds"), False)
        except RksdError as error:
            raise self.core_error(error)
        demand_fields = {}
        for name in (self.FIELD_65PLUS, self.FIELD_75PLUS, self.FIELD_WONING):
            demand_fields[name] = self.field_or_fail(
                areas_source, self.parameterAsString(parameters, name, context), tr("Buurten"), numeric=True)
        weight_woning = self.parameterAsDouble(parameters, self.WEIGHT_WONING, context)
        higher_better = self.parameterAsBool(parameters, self.WONING_HIGHER_BETTER, context)

        facilities = self.parameterAsSource(parameters, self.FACILITIES, context)
        category_field = None
        if facilities is not None:
            if facilities.featureCount() == 0:
                raise QgsProcessingException(tr("Facilities: the layer is empty."))
            category_field = self.field_or_fail(
                facilities, self.parameterAsString(parameters, self.CATEGORY_FIELD, context), tr("Facilities"))
            if not category_field:
                raise QgsProcessingException(tr("Facilities: choose the category field that tells which facility is which."))
        need = [key for key in keys if not distance_fields[key]]
        if facilities is None and not any(distance_fields.values()):
            raise QgsProcessingException(tr(
                "Give distance fields (e.g. the CBS Nabijheid figures on the buurten) or a facility layer: "
                "without either there is nothing to score."))
        self.report_backend(feedback)

        all_fields = [f for f in list(distance_fields.values()) + list(demand_fields.values()) if f]
        areas = network_io.read_areas(areas_source, context.transformContext(), all_fields, feedback)
        n_areas = len(areas)
        if n_areas == 0:
            raise QgsProcessingException(tr("Buurten: no polygon has a usable geometry."))
        bridge.progress(0.05)

        # area-level components from fields
        area_distance, area_points, source_of = {}, {}, {}
        for key in keys:
            if distance_fields[key]:
                values = [network_io.number_or_none(v) for v in areas.values[distance_fields[key]]]
                metres = np.array([np.nan if v is None else v * factor for v in values])
                area_distance[key] = metres
                area_points[key] = langer_thuis.distance_points(metres, thresholds)
                source_of[key] = SOURCE_FIELD

        # point-level components from the facility layer
        point_xy = np.zeros((0, 2))
        point_area = np.zeros(0, dtype=np.int64)
        point_weight = np.zeros(0)
        point_distance = {}
        method = None
        if facilities is not None and need:
            value_map = {}
            for key in need:
                for value in parse_values(self.parameterAsString(parameters, "VALUES_" + key.upper(), context)):
                    value_map.setdefault(value.lower(), key)
            fac = network_io.read_points(facilities, context.transformContext(), [category_field], feedback)
            categories = []
            for value in fac.values[category_field]:
                text = network_io.text_or_none(value)
                categories.append(value_map.get(text.strip().lower()) if text else None)
            found = sorted(set(c for c in categories if c))
            for key in need:
                if key not in found:
                    feedback.reportError(tr("No facility in the layer matches component '{c}'; it is left out.").format(c=key), False)
            if found:
                graph = self.read_network(parameters, context, feedback)
                method = SOURCE_NETWORK if graph is not None else SOURCE_LINE
                point_xy, point_area, point_weight = self._points(parameters, context, feedback, areas)
                use = np.array([c is not None for c in categories])
                fac_xy = fac.xy[use]
                fac_cat = [c for c in categories if c is not None]
                try:
                    result = reachability.analyse(point_xy, fac_xy, fac_cat, (), np.inf, graph,
                                                  progress=bridge.span(15, 75).progress, cancelled=bridge.cancelled)
                except RksdError as error:
                    if feedback.isCanceled():
                        return {}
                    raise self.core_error(error)
                for key in found:
                    group = result.groups[key]
                    distance = np.where(group.status == reachability.NO_CONNECTION, np.nan, group.distance)
                    point_distance[key] = distance
                    lost = int((group.status == reachability.NO_CONNECTION).sum())
                    if lost:
                        feedback.reportError(tr(
                            "{c}: {n} points have no network connection to any such facility; they are missing, not 0.")
                            .format(c=key, n=lost), False)
                    pts = langer_thuis.distance_points(distance, thresholds)
                    area_points[key] = weighted_mean_by_area(point_area, point_weight, pts, n_areas)
                    area_distance[key] = weighted_mean_by_area(point_area, point_weight, distance, n_areas)
                    source_of[key] = method
        if feedback.isCanceled():
            return {}
        bridge.progress(0.8)
        for key in keys:
            if key not in area_points:
                area_points[key] = np.full(n_areas, np.nan)
                area_distance[key] = np.full(n_areas, np.nan)
                source_of[key] = SOURCE_NONE
                if weights[key] > 0:
                    feedback.reportError(tr("Component '{c}' has no data and is left out of the score.").format(c=key), False)

        def demand(name):
            field_name = demand_fields[name]
            if not field_name:
                return np.full(n_areas, np.nan)
            values = [network_io.number_or_none(v) for v in areas.values[field_name]]
            return np.array([np.nan if v is None else v for v in values])

        share65, share75, woning = demand(self.FIELD_65PLUS), demand(self.FIELD_75PLUS), demand(self.FIELD_WONING)
        scored_points = dict(area_points)
        scored_weights = dict(weights)
        if demand_fields[self.FIELD_WONING] and weight_woning > 0:
            scored_points["woning"] = langer_thuis.share_points(woning, higher_better)
            scored_weights["woning"] = weight_woning
        score, _, missing = langer_thuis.combine(scored_points, scored_weights)
        missing = [[m for m in row if scored_weights.get(m, 0) > 0] for row in missing]
        classes = langer_thuis.score_class(score)
        attention, reference = langer_thuis.attention(score, share65)
        if demand_fields[self.FIELD_65PLUS]:
            feedback.pushInfo(tr("aandacht = 1: share 65+ at least {r:.1f}% (the median) and a score below 50.").format(r=reference))
        lang = language()

        from ..qgis_io.network_io import column_values, field

        fields = []
        columns = []
        for key in keys:
            fields += [field("afstand_{}_m".format(key), "double", 12, 1), field("punten_{}".format(key), "double", 6, 1),
                       field("bron_{}".format(key), "string", 12)]
            columns += [column_values(area_distance[key], decimals=1), column_values(area_points[key], decimals=1),
                        [source_of[key]] * n_areas]
        fields += [field("score", "double", 6, 1), field("klasse", "int"), field("klasse_tekst", "string", 12),
                   field("ontbrekende_componenten", "string", 120), field("ouderen_65plus_pct", "double", 6, 1),
                   field("ouderen_75plus_pct", "double", 6, 1), field("woning_proxy", "double", 6, 1), field("aandacht", "int")]
        columns += [column_values(score, decimals=1), classes.tolist(),
                    [CLASS_TEXT[c]["nl"] for c in classes.tolist()], [";".join(m) or None for m in missing],
                    column_values(share65, decimals=1), column_values(share75, decimals=1),
                    column_values(woning, decimals=1), [None if a < 0 else a for a in attention.tolist()]]
        out_fields = network_io.output_fields(areas_source.fields(), fields)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields, areas_source.wkbType(), areas_source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rows = dict(zip(areas.fids, zip(*columns)))
        network_io.write_rows(sink, areas_source, out_fields, rows, tuple([None] * len(fields)), feedback, progress_span=(80, 95))
        self._style(context, dest)
        outputs = {self.OUTPUT: dest}

        if len(point_xy):
            point_fields, point_columns = self._point_columns(
                keys, point_distance, area_distance, source_of, point_area, point_weight, thresholds,
                scored_weights, areas, lang, woning, higher_better, weight_woning)
            point_sink, point_dest = self.parameterAsSink(
                parameters, self.OUTPUT_POINTS, context, point_fields, QgsWkbTypes.Type.Point, network_io.work_crs())
            if point_sink is not None:
                network_io.write_points(point_sink, point_fields, point_xy, zip(*point_columns), None, feedback)
                self._style(context, point_dest)
                outputs[self.OUTPUT_POINTS] = point_dest
        feedback.setProgress(100)
        return outputs

    def _points(self, parameters, context, feedback, areas):
        """Population points (with weights and their buurt), or sample points per buurt."""
        import numpy as np

        from ..qgis_io import network_io

        population = self.parameterAsSource(parameters, self.POPULATION, context)
        if population is not None and population.featureCount() > 0:
            field_name = self.field_or_fail(
                population, self.parameterAsString(parameters, self.POPULATION_FIELD, context), tr("Population"), numeric=True)
            pts = network_io.read_points(population, context.transformContext(), [field_name] if field_name else [], feedback)
            if field_name:
                raw = [network_io.number_or_none(v) for v in pts.values[field_name]]
                weight = np.array([0.0 if v is None else v for v in raw])
            else:
                weight = np.ones(len(pts))
            owner = network_io.points_in_areas(pts.xy, areas, feedback)
            return pts.xy, owner, weight
        spacing = self.parameterAsDouble(parameters, self.GRID_SPACING, context)
        xy, owner = network_io.grid_points(areas, spacing)
        feedback.pushInfo(tr("No population layer: sample points every {s:g} m inside each buurt ({n} points).").format(
            s=spacing, n=len(xy)))
        return xy, owner, np.ones(len(xy))

    def _point_columns(self, keys, point_distance, area_distance, source_of, point_area, point_weight, thresholds,
                       weights, areas, lang, woning, higher_better, weight_woning):
        import numpy as np

        from ..core.network import langer_thuis
        from ..qgis_io.network_io import column_values, field

        n = len(point_area)
        inside = point_area >= 0
        fields = [field("gebied_fid", "long"), field("gewicht", "double", 14, 1)]
        columns = [[areas.fids[i] if i >= 0 else None for i in point_area.tolist()], column_values(point_weight)]
        points = {}
        for key in keys:
            if key in point_distance:
                distance = point_distance[key]
            else:  # the buurt's field value (or missing) applies to each of its points
                distance = np.where(inside, area_distance[key][np.maximum(point_area, 0)], np.nan)
            points[key] = langer_thuis.distance_points(distance, thresholds)
            fields += [field("afstand_{}_m".format(key), "double", 12, 1), field("bron_{}".format(key), "string", 12)]
            columns += [column_values(distance, decimals=1), [source_of[key]] * n]
        if weight_woning > 0:
            points["woning"] = np.where(inside, langer_thuis.share_points(woning, higher_better)[np.maximum(point_area, 0)], np.nan)
        score, _, _ = langer_thuis.combine(points, weights)
        classes = langer_thuis.score_class(score)
        fields += [field("score", "double", 6, 1), field("klasse", "int"), field("klasse_tekst", "string", 12)]
        columns += [column_values(score, decimals=1), classes.tolist(), [CLASS_TEXT[c]["nl"] for c in classes.tolist()]]
        out = QgsFields()
        for item in fields:
            out.append(item)
        return out, columns

    def _style(self, context, dest):
        from ..qgis_io import network_styles

        lang = language()

        def make(layer):
            return network_styles.score_class_renderer(layer.geometryType(), "klasse", lang)

        StyleOutput.attach(context, dest, make)
