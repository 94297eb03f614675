"""Processing algorithm "Best sites" (locatiekeuze): p-median, maximal covering, set cover."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import SOURCE_POINT, SOURCE_POLYGON, SOURCE_VECTOR, WKB_NO_GEOMETRY, WKB_POINT
from .alg_base import FeedbackBridge, StyleOutput, language
from .alg_planning_base import METHOD_TEXT, PlanningAlgorithm, group_outputs


def tr(text):
    return QCoreApplication.translate("RksdPlanning", text)

PROBLEMS = ("p_median", "max_cover", "set_cover")
METHODS = ("auto", "exact", "heuristic")
SOURCE_EXISTING, SOURCE_CANDIDATE = "bestaand", "kandidaat"  # stored values: Dutch
MATRIX_LIMIT_BYTES = 3 * 2 ** 30  # demand x sites distances held in memory for the p-median


class LocationAlgorithm(PlanningAlgorithm):
    CANDIDATES = "CANDIDATES"
    CANDIDATE_NAME_FIELD = "CANDIDATE_NAME_FIELD"
    EXISTING = "EXISTING"
    EXISTING_NAME_FIELD = "EXISTING_NAME_FIELD"
    EXISTING_MODE = "EXISTING_MODE"
    PROBLEM = "PROBLEM"
    SITES = "SITES"
    RADIUS = "RADIUS"
    SHARE = "SHARE"
    METHOD = "METHOD"
    TIME_LIMIT = "TIME_LIMIT"
    SEARCH_SECONDS = "SEARCH_SECONDS"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def name(self):
        return "locatiekeuze"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Best sites from candidates")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("Choose sites from candidates: least demand-weighted distance (p-median), most demand within a "
                  "distance (maximal covering) or fewest sites for a share of demand (set cover); exact where the "
                  "size allows, with the gap to a proven bound.")

    def tags(self):
        return tr("locatiekeuze,locatie,p-median,covering,set cover,optimalisatie,vastgoed,planning,best sites,"
                  "location allocation,milp").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Where best? Choose sites from a candidate layer (the gemeente's own real estate, or network points in an "
            "area), with the existing sites kept open (the choice adds to them) or competing with the candidates.</p>"
            "<p><b>Least weighted distance</b> (p-median): k sites so that the demand's total distance to its nearest "
            "site is smallest. <b>Most demand within a distance</b> (maximal covering): k sites covering as much demand "
            "as possible within the coverage distance. <b>Fewest sites for a share</b> (set cover): the smallest number "
            "of sites that brings the share of all demand within the coverage distance.</p>"
            "<p><b>Method</b>: automatic runs a fast heuristic (greedy, then swaps and a variable neighbourhood search), "
            "then the exact model (a mixed-integer program solved by HiGHS, scipy) when it is small enough, and keeps "
            "the better. Every answer comes with a proven bound: <i>gat_pct</i> says how far from the optimum it can "
            "at most be (0 = proven optimal). Capacities (p-median, exact only) limit the demand a site may take.</p>"
            "<p><b>Demand</b>: points with a weight, or buurten with a count spread over CBS 100 m vierkanten or "
            "address points. <b>Distances</b> come from the same road graph, snapping and search as 'Facility "
            "reachability' (one search per site); without a road network they are straight-line and the outputs "
            "say so.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_demand_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, tr("Candidate sites"), [SOURCE_POINT, SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.CANDIDATE_NAME_FIELD, tr("Name field of the candidates"), None, self.CANDIDATES,
            QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EXISTING, tr("Existing sites"), [SOURCE_POINT, SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.EXISTING_NAME_FIELD, tr("Name field of the existing sites"), None, self.EXISTING,
            QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.EXISTING_MODE, tr("Role of the existing sites"),
            [tr("stay open; choose sites in addition"), tr("compete with the candidates (may be dropped)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.PROBLEM, tr("Objective"),
            [tr("least demand-weighted distance (p-median)"), tr("most demand within the coverage distance"),
             tr("fewest sites for a share of demand (set cover)")], defaultValue=0))
        self.add_number(self.SITES, tr("Number of sites to choose (p-median, maximal covering)"), 3, 1, integer=True)
        self.add_number(self.RADIUS, tr("Coverage distance (m; also the threshold in the outputs)"), 1000.0, 1.0)
        self.add_number(self.SHARE, tr("Share of demand to cover (%, set cover)"), 80.0, 0.1).setMaximum(100.0)
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, tr("Method"), [tr("automatic (exact where the size allows)"), tr("exact only"),
                                        tr("heuristic only")], defaultValue=0))
        self.add_number(self.TIME_LIMIT, tr("Time limit of the exact solver (s)"), 60.0, 1.0, advanced=True)
        self.add_number(self.SEARCH_SECONDS, tr("Search time of the heuristic (CPU seconds)"), 5.0, 0.0, advanced=True)
        self.addParameter(self.advanced(QgsProcessingParameterField(
            self.CAPACITY_FIELD, tr("Capacity field (same name on existing sites; p-median, exact only)"),
            None, self.CANDIDATES, QgsProcessingParameterField.DataType.Numeric, optional=True)))
        self.add_network_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Chosen sites"), SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, tr("Result per buurt"), SOURCE_POLYGON, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, tr("Solution summary"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DEMAND, tr("Demand points with their site"), SOURCE_POINT, optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("OBJECTIVE", tr("Objective value")))
        self.addOutput(QgsProcessingOutputNumber("BOUND", tr("Proven bound")))
        self.addOutput(QgsProcessingOutputNumber("GAP", tr("Gap to the bound (%)")))
        self.addOutput(QgsProcessingOutputString("STATUS", tr("Status (optimal, time_limit, heuristic)")))
        self.addOutput(QgsProcessingOutputNumber("CHOSEN", tr("Number of chosen sites")))

    # -- processing ----------------------------------------------------------------------
    def analyse(self, parameters, context, feedback):
        import numpy as np

        from ..core.errors import RksdError
        from ..core.network.planning import choose, covering, pmedian
        from ..core.network.planning.demand import merge_duplicates

        bridge = FeedbackBridge(feedback)
        problem = PROBLEMS[self.parameterAsEnum(parameters, self.PROBLEM, context)]
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        k = self.parameterAsInt(parameters, self.SITES, context)
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        share = self.parameterAsDouble(parameters, self.SHARE, context) / 100.0
        time_limit = self.parameterAsDouble(parameters, self.TIME_LIMIT, context)
        search_seconds = self.parameterAsDouble(parameters, self.SEARCH_SECONDS, context)
        compete = self.parameterAsEnum(parameters, self.EXISTING_MODE, context) == 1
        demand = self.read_demand(parameters, context, feedback)
        candidates = self.source_or_fail(parameters, self.CANDIDATES, context, tr("Candidates"))
        existing = self.parameterAsSource(parameters, self.EXISTING, context)
        cand_name = self.field_or_fail(candidates, self.parameterAsString(parameters, self.CANDIDATE_NAME_FIELD, context),
                                       tr("Candidates"))
        capacity_field = self.field_or_fail(
            candidates, self.parameterAsString(parameters, self.CAPACITY_FIELD, context), tr("Candidates"), numeric=True)
        existing_name = None
        if existing is not None:
            existing_name = self.field_or_fail(
                existing, self.parameterAsString(parameters, self.EXISTING_NAME_FIELD, context), tr("Existing sites"))
            if capacity_field:
                self.field_or_fail(existing, capacity_field, tr("Existing sites"), numeric=True)
        if capacity_field and problem != "p_median":
            raise QgsProcessingException(tr("Capacities apply to the least weighted distance objective only."))
        self.report_backend(feedback)
        graph = self.read_network(parameters, context, feedback)
        bridge.progress(0.1)
        extra = [capacity_field] if capacity_field else []
        cand = self.read_site_layer(candidates, cand_name, tr("Candidates"), context, feedback, extra)
        old = self.read_site_layer(existing, existing_name, tr("Existing sites"), context, feedback, extra) \
            if existing is not None else None
        n_old = len(old.names) if old else 0
        site_xy = cand.xy if old is None else np.vstack([old.xy, cand.xy])
        names = (old.names if old else []) + cand.names
        fixed = [] if (old is None or compete) else list(range(n_old))
        capacity = None
        if capacity_field:
            capacity = np.array([np.inf if v is None else v for v in (
                _numbers(old.values[capacity_field]) if old else []) + _numbers(cand.values[capacity_field])])

        usable = np.isfinite(demand.weight) & (demand.weight > 0)
        points, weight, inverse = merge_duplicates(demand.xy[usable], demand.weight[usable])
        if len(points) < usable.sum():
            feedback.pushInfo(tr("{n} demand points at the same place were merged (same problem, fewer rows).").format(
                n=int(usable.sum() - len(points))))
        try:
            distances = self.distances(graph, points, site_xy)
            if problem == "p_median":
                size = 4.0 * len(points) * len(site_xy)
                if size > MATRIX_LIMIT_BYTES:
                    raise QgsProcessingException(tr(
                        "{n} demand points x {m} sites need {gb:.1f} GB of distances. Use fewer candidates, or coarser "
                        "demand (buurt counts spread over CBS 100 m vierkanten instead of addresses).").format(
                        n=len(points), m=len(site_xy), gb=size / 2 ** 30))
                feedback.pushInfo(tr("Distances from {n} demand points to {m} sites (one search per site)...").format(
                    n=len(points), m=len(site_xy)))
                matrix = distances.matrix(progress=bridge.span(10, 55).progress, cancelled=bridge.cancelled)
                reachable = np.isfinite(matrix).any(axis=1)
                if not reachable.all():
                    feedback.reportError(tr("{w:,.0f} of the demand cannot reach any site and is left out.").format(
                        w=float(weight[~reachable].sum())), False)
                    weight = np.where(reachable, weight, 0.0)
                penalty = choose.penalised(matrix)
                if penalty is not None:
                    feedback.reportError(tr("Some demand cannot reach some sites (another part of the network); such "
                                            "pairs count as {p:,.0f} m in the optimisation.").format(p=penalty), False)
                bridge.progress(0.55)
                groups = pmedian.grid_groups(points) if len(points) > 20000 else None
                result = choose.choose_pmedian(matrix, weight, k, fixed, method, time_limit,
                                               search_seconds=search_seconds, bound_seconds=max(search_seconds, 2.0),
                                               capacity=capacity, groups=groups, cancelled=bridge.cancelled)
                del matrix
            else:
                o, s, _ = distances.pairs_within(radius, progress=bridge.span(10, 55).progress,
                                                  cancelled=bridge.cancelled)
                coverage = covering.Coverage(o, s, weight, len(site_xy), fixed)
                feedback.pushInfo(tr("{g} demand groups with the same covering sites (from {n} points).").format(
                    g=coverage.n_groups, n=len(points)))
                if problem == "max_cover":
                    result = choose.choose_max_cover(coverage, k, method, time_limit, bridge.cancelled)
                else:
                    result = choose.choose_set_cover(coverage, share, method, time_limit, bridge.cancelled)
        except choose.ProblemError as error:
            reason = error.message(lambda text: QCoreApplication.translate("RksdPlanning", text))
            raise QgsProcessingException(tr("The problem cannot be solved as asked: {e}.").format(e=reason))
        except RksdError as error:
            if feedback.isCanceled():
                return {}
            raise self.core_error(error)
        bridge.progress(0.85)
        open_sites = np.asarray(sorted(set(fixed) | set(result.sites)), dtype=np.int64)
        near, near_site = distances.nearest(open_sites)
        if capacity is not None:
            feedback.pushInfo(tr("With capacities some demand is served by a farther site; the outputs show each "
                                 "point's nearest chosen site."))
        self._log(result, problem, names, n_old, feedback)
        outputs = self._write(parameters, context, feedback, result, problem, names, old, cand, n_old, site_xy,
                              fixed, near, near_site, weight, points, inverse, usable, demand, radius, distances)
        outputs.update({
            "OBJECTIVE": result.objective, "BOUND": result.bound,
            "GAP": None if result.gap is None else round(100.0 * result.gap, 4),
            "STATUS": result.status, "CHOSEN": len(result.sites)})
        group_outputs(context, outputs.values(), tr("RKSD best sites"))
        feedback.setProgress(100)
        return outputs

    def _log(self, result, problem, names, n_old, feedback):
        label = {"p_median": tr("least weighted distance"), "max_cover": tr("most demand within the distance"),
                 "set_cover": tr("fewest sites for the share")}[problem]
        feedback.pushInfo(tr("Objective: {p}; answer from the {m} solver, status {s}.").format(
            p=label, m=result.method, s=result.status))
        feedback.pushInfo(tr("Chosen: {sites}.").format(sites=", ".join(names[s] for s in result.sites) or "-"))
        if result.gap is not None:
            feedback.pushInfo(tr("Objective {o:,.2f}; proven bound {b:,.2f}; at most {g:.3f} % from the optimum.").format(
                o=result.objective, b=result.bound, g=100.0 * result.gap))
        if result.exact_status:
            feedback.pushInfo(tr("Exact model: {s} ({v} variables).").format(s=result.exact_status,
                                                                              v=result.exact_variables))
        if result.heuristic_gap_to_exact is not None:
            feedback.pushInfo(tr("The heuristic was {g:.4f} % from the proven optimum.").format(
                g=100.0 * result.heuristic_gap_to_exact))
        feedback.pushInfo(tr("Times (s): {t}.").format(t=", ".join(
            "{} {:.2f}".format(key, value) for key, value in result.seconds.items())))

    # -- outputs ---------------------------------------------------------------------------
    def _write(self, parameters, context, feedback, result, problem, names, old, cand, n_old, site_xy, fixed, near,
               near_site, weight, points, inverse, usable, demand, radius, distances):
        import numpy as np

        from ..core.network.planning import scenario
        from ..qgis_io import network_io
        from ..qgis_io.network_io import column_values
        from ..qgis_io.planning_io import field, fields_of, write_table

        lang = language()
        method = METHOD_TEXT[distances.method]
        outputs = {}
        m = len(names)
        chosen = np.zeros(m, dtype=int)
        chosen[fixed] = 1
        chosen[result.sites] = 1
        order = np.zeros(m, dtype=int)
        for position, site in enumerate(result.sites):
            order[site] = position + 1
        served_mask = near_site >= 0
        served = np.bincount(near_site[served_mask], weights=weight[served_mask], minlength=m)
        within = served_mask & (near <= radius)
        covered = np.bincount(near_site[within], weights=weight[within], minlength=m)
        sum_wd = np.bincount(near_site[served_mask], weights=weight[served_mask] * near[served_mask], minlength=m)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(served > 0, sum_wd / served, np.nan)
        fields = fields_of([field("bron", "string", 10), field("naam", "string", 120), field("fid_bron", "long"),
                            field("gekozen", "int"), field("volgorde", "int"), field("bediend", "double", 14, 1),
                            field("binnen_afstand", "double", 14, 1), field("gem_afstand_m", "double", 12, 1),
                            field("methode", "string", 12)])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WKB_POINT,
                                          QgsCoordinateReferenceSystem(network_io.WORK_CRS))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        fids = (old.fids.tolist() if old else []) + cand.fids.tolist()
        rows = []
        for index in range(m):
            rows.append([SOURCE_EXISTING if index < n_old else SOURCE_CANDIDATE, names[index], fids[index],
                         int(chosen[index]), int(order[index]) or None,
                         round(float(served[index]), 1) if chosen[index] else None,
                         round(float(covered[index]), 1) if chosen[index] else None,
                         None if not chosen[index] or not np.isfinite(mean[index]) else round(float(mean[index]), 1),
                         method])
        network_io.write_points(sink, fields, site_xy, rows)
        outputs[self.OUTPUT] = dest
        StyleOutput.attach(context, dest, lambda layer: _sites_style(lang), tr("Chosen sites"))

        # per demand point (back to every input point, merged ones included)
        full_near = np.full(len(demand.xy), np.nan)
        full_site = np.full(len(demand.xy), -1, dtype=np.int64)
        full_near[usable] = near[inverse]
        full_site[usable] = near_site[inverse]
        if demand.areas is not None and len(demand.areas):
            n_areas = len(demand.areas)
            figures = scenario.figures(full_near, np.where(usable, demand.weight, 0.0), radius, demand.area, n_areas)
            new_fields = [field("gewicht", "double", 14, 1), field("gem_afstand_m", "double", 12, 1),
                          field("binnen_pct", "double", 6, 1), field("methode", "string", 12)]
            columns = [column_values(figures["weight"], decimals=1), column_values(figures["mean"], decimals=1),
                       column_values(figures["share_within"], decimals=1), [method] * n_areas]
            source = demand.area_source
            area_fields = network_io.output_fields(source.fields(), new_fields)
            sink, area_dest = self.parameterAsSink(parameters, self.OUTPUT_AREAS, context, area_fields,
                                                   source.wkbType(), source.sourceCrs())
            if sink is not None:
                network_io.write_rows(sink, source, area_fields, dict(zip(demand.areas.fids, zip(*columns))),
                                      tuple([None] * len(new_fields)), feedback)
                outputs[self.OUTPUT_AREAS] = area_dest
                thresholds = sorted({radius / 2.0, radius, radius * 2.0})

                def area_style(layer):
                    from ..qgis_io import planning_styles

                    return planning_styles.area_distance_renderer(layer.geometryType(), "gem_afstand_m", thresholds,
                                                                  lang)

                StyleOutput.attach(context, area_dest, area_style, tr("Distance to the nearest chosen site"))
        point_fields = fields_of([field("gewicht", "double", 14, 3), field("afstand_m", "double", 12, 1),
                                  field("locatie", "string", 120)])
        sink, point_dest = self.parameterAsSink(parameters, self.OUTPUT_DEMAND, context, point_fields, WKB_POINT,
                                                QgsCoordinateReferenceSystem(network_io.WORK_CRS))
        if sink is not None:
            point_rows = zip(column_values(demand.weight, decimals=3), column_values(full_near, decimals=1),
                             [names[s] if s >= 0 else None for s in full_site.tolist()])
            network_io.write_points(sink, point_fields, demand.xy, point_rows, None, feedback)
            outputs[self.OUTPUT_DEMAND] = point_dest
        table_fields = fields_of([
            field("probleem", "string", 12), field("aantal", "int"), field("afstand_m", "double", 10, 1),
            field("aandeel_pct", "double", 6, 1), field("oplosser", "string", 10), field("status", "string", 12),
            field("doelwaarde", "double", 20, 3), field("grens", "double", 20, 3), field("gat_pct", "double", 10, 4),
            field("heuristiek_doelwaarde", "double", 20, 3), field("exact_status", "string", 12),
            field("exact_variabelen", "long"), field("seconden", "double", 10, 2), field("gekozen", "string", 2000),
            field("methode", "string", 12), field("invoer", "string", 0)])
        sink, table_dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, table_fields,
                                                WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        inputs = self.inputs_json(parameters, context, {
            "problem": problem, "k": len(result.sites) if problem == "set_cover" else int(
                self.parameterAsInt(parameters, self.SITES, context)),
            "radius_m": radius, "share_pct": self.parameterAsDouble(parameters, self.SHARE, context),
            "method": METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            "existing_mode": "compete" if not fixed and old is not None else ("fixed" if old is not None else None),
            "candidates": self.layer_reference(parameters, self.CANDIDATES, context),
            "existing": self.layer_reference(parameters, self.EXISTING, context)})
        write_table(sink, table_fields, [[
            problem, len(result.sites), radius, self.parameterAsDouble(parameters, self.SHARE, context)
            if problem == "set_cover" else None, result.method, result.status, _number(result.objective),
            _number(result.bound), None if result.gap is None else round(100.0 * result.gap, 4),
            _number(result.heuristic_objective), result.exact_status, result.exact_variables,
            round(sum(result.seconds.values()), 2), "; ".join(names[s] for s in result.sites), method, inputs]])
        outputs[self.OUTPUT_TABLE] = table_dest
        return outputs


def _numbers(values):
    from ..qgis_io import network_io

    return [network_io.number_or_none(v) for v in values]


def _number(value, decimals=3):
    return None if value is None or value != value else round(float(value), decimals)


def _sites_style(lang):
    from ..qgis_io import planning_styles

    return planning_styles.chosen_sites_renderer("gekozen", "bron", lang)
