"""Processing algorithm "Compare scenarios" (scenario's vergelijken): sites closed and added."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import SOURCE_POINT, SOURCE_POLYGON, SOURCE_VECTOR, WKB_NO_GEOMETRY, WKB_POINT
from .alg_base import FeedbackBridge, StyleOutput, language
from .alg_planning_base import METHOD_TEXT, PlanningAlgorithm, group_outputs


def tr(text):
    return QCoreApplication.translate("RksdPlanning", text)

SOURCE_EXISTING, SOURCE_CANDIDATE = "bestaand", "kandidaat"  # stored values: Dutch


class ScenarioAlgorithm(PlanningAlgorithm):
    FACILITIES = "FACILITIES"
    FACILITY_NAME_FIELD = "FACILITY_NAME_FIELD"
    CLOSE_FIELD = "CLOSE_FIELD"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_NAME_FIELD = "CANDIDATE_NAME_FIELD"
    ADD_FIELD = "ADD_FIELD"
    SCENARIO_NAME = "SCENARIO_NAME"
    THRESHOLD = "THRESHOLD"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def name(self):
        return "scenario"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Compare scenarios: sites closed or added")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("Distance to the nearest site before and after closing or adding sites, per address and per buurt, "
                  "and how many of a target group cross a threshold either way.")

    def tags(self):
        return tr("scenario,planning,sluiten,afstoten,toevoegen,vastgoed,voorzieningen,what if,close,add,threshold").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>What if these sites close, or those are added? For every demand point the distance to the nearest open "
            "site before (all existing sites) and after (the scenario), the change, and whether it crosses the "
            "threshold; per buurt the weighted mean before and after and how much of the target group (the demand "
            "weight: e.g. inwoners 65+, or own client counts) crosses the threshold either way.</p>"
            "<p><b>Scenarios</b>: a field on the existing sites names the scenario(s) in which a site closes (text: "
            "names separated by ';', or 1/true for one scenario); a field on the candidate sites names the scenario(s) "
            "that add it. Without an add field every candidate is added in every scenario; without any field there "
            "is one scenario that adds all candidates.</p>"
            "<p><b>Demand</b>: points with a weight, or buurten with a count spread over CBS 100 m vierkanten or "
            "address points (or sample points every 100 m).</p>"
            "<p><b>Distances</b> come from the same road graph, snapping and search as 'Facility reachability' (one "
            "search for the base and one per scenario); without a road network they are straight-line and the "
            "outputs say so.</p>"
            "<p><b>Outputs</b>: per buurt (a change map), per demand point (optional), the scenario's sites with their "
            "status, and a side-by-side table with the inputs stored, so the run can be repeated.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_demand_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, tr("Existing sites (the base)"), [SOURCE_POINT, SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.FACILITY_NAME_FIELD, tr("Name field of the existing sites"), None, self.FACILITIES,
            QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CLOSE_FIELD, tr("Closes in scenario(s): field with scenario names or 1/true"), None,
            self.FACILITIES, QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, tr("Candidate sites to add"), [SOURCE_POINT, SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CANDIDATE_NAME_FIELD, tr("Name field of the candidates"), None, self.CANDIDATES,
            QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ADD_FIELD, tr("Added in scenario(s): field with scenario names or 1/true"), None,
            self.CANDIDATES, QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SCENARIO_NAME, tr("Scenario name where the fields give none"), "scenario"))
        self.add_number(self.THRESHOLD, tr("Threshold distance (m)"), 1000.0, 1.0)
        self.add_network_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Scenario per buurt"), SOURCE_POLYGON, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SITES, tr("Scenario sites"), SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, tr("Scenario comparison table"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, tr("Scenario per demand point"), SOURCE_POINT, optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("SCENARIOS", tr("Number of scenarios")))
        self.addOutput(QgsProcessingOutputNumber("WORSE", tr("Target group pushed beyond the threshold (first scenario)")))
        self.addOutput(QgsProcessingOutputNumber("BETTER", tr("Target group brought within the threshold (first scenario)")))

    # -- processing ----------------------------------------------------------------------
    def analyse(self, parameters, context, feedback):
        import numpy as np

        from ..core.errors import RksdError
        from ..core.network.params import field_token
        from ..core.network.planning import scenario

        bridge = FeedbackBridge(feedback)
        demand = self.read_demand(parameters, context, feedback)
        facilities = self.source_or_fail(parameters, self.FACILITIES, context, tr("Existing sites"))
        candidates = self.parameterAsSource(parameters, self.CANDIDATES, context)
        name_field = self.field_or_fail(facilities, self.parameterAsString(parameters, self.FACILITY_NAME_FIELD, context),
                                        tr("Existing sites"))
        close_field = self.field_or_fail(facilities, self.parameterAsString(parameters, self.CLOSE_FIELD, context),
                                         tr("Existing sites"))
        candidate_name = add_field = None
        if candidates is not None:
            candidate_name = self.field_or_fail(
                candidates, self.parameterAsString(parameters, self.CANDIDATE_NAME_FIELD, context), tr("Candidates"))
            add_field = self.field_or_fail(candidates, self.parameterAsString(parameters, self.ADD_FIELD, context),
                                           tr("Candidates"))
        default_name = (self.parameterAsString(parameters, self.SCENARIO_NAME, context) or "scenario").strip()
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        self.report_backend(feedback)
        graph = self.read_network(parameters, context, feedback)
        bridge.progress(0.15)

        base = self.read_site_layer(facilities, name_field, tr("Existing sites"), context, feedback,
                                    [close_field] if close_field else [])
        cand = None
        if candidates is not None:
            cand = self.read_site_layer(candidates, candidate_name, tr("Candidates"), context, feedback,
                                        [add_field] if add_field else [])
        closed_by = (scenario.parse_membership(base.values[close_field], default_name) if close_field
                     else [[] for _ in base.names])
        added_by = None
        if cand is not None and add_field:
            added_by = scenario.parse_membership(cand.values[add_field], default_name)
        specs = scenario.specs_from_membership(closed_by, added_by, len(cand.names) if cand else 0, default_name)
        if all(not s.closed and not s.added for s in specs):
            raise QgsProcessingException(tr(
                "The scenario changes nothing: name the sites that close (close field) or give candidate sites."))
        tokens = _tokens([s.name for s in specs], field_token)
        site_xy = base.xy if cand is None else np.vstack([base.xy, cand.xy])
        n_base = len(base.names)
        try:
            distances = self.distances(graph, demand.xy, site_xy)
            base_sites, sets = scenario.site_sets(n_base, specs)
            before, site_before = distances.nearest(base_sites)
            bridge.progress(0.35)
            afters = {}
            for step, (name, sites) in enumerate(sets.items()):
                if feedback.isCanceled():
                    return {}
                afters[name] = distances.nearest(sites)
                bridge.progress(0.35 + 0.35 * (step + 1) / len(sets))
        except RksdError as error:
            if feedback.isCanceled():
                return {}
            raise self.core_error(error)
        n_areas = len(demand.areas) if demand.areas is not None else 0
        comparison = scenario.compare(before, site_before, afters, demand.weight, threshold,
                                      demand.area if n_areas else None, n_areas)
        method = METHOD_TEXT[distances.method]
        self._log(comparison, specs, method, feedback)
        site_names = base.names + (cand.names if cand else [])
        inputs = self.inputs_json(parameters, context, {
            "facilities": self.layer_reference(parameters, self.FACILITIES, context), "facility_name_field": name_field, "close_field": close_field,
            "candidates": self.layer_reference(parameters, self.CANDIDATES, context),
            "candidate_name_field": candidate_name, "add_field": add_field, "threshold_m": threshold,
            "scenarios": [{"name": s.name, "closed": [base.names[i] for i in s.closed],
                           "added": [cand.names[i] for i in s.added] if cand else []} for s in specs]})
        lang = language()
        outputs = {}
        first = tokens[specs[0].name]
        if n_areas:
            outputs[self.OUTPUT] = self._write_areas(parameters, context, feedback, demand, comparison, specs, tokens)
            if outputs[self.OUTPUT]:
                StyleOutput.attach(context, outputs[self.OUTPUT], lambda layer: _change_style(layer, first, lang),
                                   tr("Change in distance per buurt"))
        else:
            feedback.pushInfo(tr("No buurten (point demand without a buurt layer): no per-buurt output."))
        outputs[self.OUTPUT_SITES] = self._write_sites(parameters, context, base, cand, specs, tokens)
        StyleOutput.attach(context, outputs[self.OUTPUT_SITES], lambda layer: _sites_style(first, lang),
                           tr("Scenario sites"))
        outputs[self.OUTPUT_TABLE] = self._write_table(parameters, context, comparison, specs, tokens, base, cand,
                                                       method, inputs)
        points = self._write_points(parameters, context, feedback, demand, comparison, specs, tokens, site_names)
        if points:
            outputs[self.OUTPUT_POINTS] = points
            StyleOutput.attach(context, points, lambda layer: _crossing_style(layer, first, lang),
                               tr("Threshold crossings"))
        summary = comparison.summary[specs[0].name]
        outputs.update({"SCENARIOS": len(specs), "WORSE": summary["worse"], "BETTER": summary["better"]})
        group_outputs(context, outputs.values(), tr("RKSD scenario {name}").format(name=", ".join(s.name for s in specs)))
        feedback.setProgress(100)
        return outputs

    # -- outputs ---------------------------------------------------------------------------
    def _write_areas(self, parameters, context, feedback, demand, comparison, specs, tokens):
        from ..qgis_io import network_io
        from ..qgis_io.network_io import column_values
        from ..qgis_io.planning_io import field

        first = comparison.areas[specs[0].name]
        new_fields = [field("gewicht", "double", 14, 1), field("voor_m", "double", 12, 1),
                      field("binnen_voor_pct", "double", 6, 1)]
        columns = [column_values(first["weight"], decimals=1), column_values(first["mean_before"], decimals=1),
                   column_values(first["share_within_before"], decimals=1)]
        for spec in specs:
            t = tokens[spec.name]
            figures = comparison.areas[spec.name]
            new_fields += [field("na_{}_m".format(t), "double", 12, 1), field("verschil_{}_m".format(t), "double", 12, 1),
                           field("binnen_na_{}_pct".format(t), "double", 6, 1),
                           field("slechter_{}".format(t), "double", 14, 1), field("beter_{}".format(t), "double", 14, 1)]
            columns += [column_values(figures["mean_after"], decimals=1), column_values(figures["change"], decimals=1),
                        column_values(figures["share_within_after"], decimals=1),
                        column_values(figures["worse"], decimals=1), column_values(figures["better"], decimals=1)]
        source = demand.area_source
        fields = network_io.output_fields(source.fields(), new_fields)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            return None
        rows = dict(zip(demand.areas.fids, zip(*columns)))
        network_io.write_rows(sink, source, fields, rows, tuple([None] * len(new_fields)), feedback,
                              progress_span=(75, 85))
        return dest

    def _write_sites(self, parameters, context, base, cand, specs, tokens):
        from ..qgis_io import network_io
        from ..qgis_io.planning_io import field, fields_of
        from ..qgis_io.planning_styles import ADDED, CLOSED, KEPT, UNUSED

        fields = fields_of([field("bron", "string", 10), field("naam", "string", 120), field("fid_bron", "long")]
                           + [field(tokens[s.name], "string", 10) for s in specs])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_SITES, context, fields, WKB_POINT,
                                          QgsCoordinateReferenceSystem(network_io.WORK_CRS))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_SITES))
        rows = []
        for index, (name, fid) in enumerate(zip(base.names, base.fids.tolist())):
            rows.append([SOURCE_EXISTING, name, fid] + [CLOSED if index in s.closed else KEPT for s in specs])
        if cand is not None:
            for index, (name, fid) in enumerate(zip(cand.names, cand.fids.tolist())):
                rows.append([SOURCE_CANDIDATE, name, fid] + [ADDED if index in s.added else UNUSED for s in specs])
        import numpy as np

        xy = base.xy if cand is None else np.vstack([base.xy, cand.xy])
        network_io.write_points(sink, fields, xy, rows)
        return dest

    def _write_table(self, parameters, context, comparison, specs, tokens, base, cand, method, inputs):
        from ..qgis_io.planning_io import field, fields_of, write_table

        fields = fields_of([
            field("scenario", "string", 80), field("veld", "string", 24), field("methode", "string", 12),
            field("drempel_m", "double", 10, 1), field("gesloten", "string", 1000), field("toegevoegd", "string", 1000),
            field("gewicht", "double", 14, 1), field("gem_voor_m", "double", 12, 1), field("gem_na_m", "double", 12, 1),
            field("binnen_voor_pct", "double", 6, 1), field("binnen_na_pct", "double", 6, 1),
            field("slechter", "double", 14, 1), field("beter", "double", 14, 1),
            field("onbereikbaar_voor", "double", 14, 1), field("onbereikbaar_na", "double", 14, 1),
            field("invoer", "string", 0)])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields, WKB_NO_GEOMETRY,
                                          QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        rows = []
        for spec in specs:
            s = comparison.summary[spec.name]
            rows.append([spec.name, tokens[spec.name], method, comparison.threshold,
                         "; ".join(base.names[i] for i in spec.closed),
                         "; ".join(cand.names[i] for i in spec.added) if cand else "",
                         _round(s["weight"]), _round(s["mean_before"]), _round(s["mean_after"]),
                         _round(s["share_within_before"]), _round(s["share_within_after"]),
                         _round(s["worse"]), _round(s["better"]), _round(s["unreached_before"]),
                         _round(s["unreached_after"]), inputs])
        write_table(sink, fields, rows)
        return dest

    def _write_points(self, parameters, context, feedback, demand, comparison, specs, tokens, site_names):
        from ..qgis_io import network_io
        from ..qgis_io.network_io import column_values
        from ..qgis_io.planning_io import field, fields_of

        new_fields = [field("gewicht", "double", 14, 3), field("voor_m", "double", 12, 1),
                      field("voorziening_voor", "string", 120)]
        columns = [column_values(demand.weight, decimals=3), column_values(comparison.before, decimals=1),
                   [site_names[i] if i >= 0 else None for i in comparison.site_before.tolist()]]
        for spec in specs:
            t = tokens[spec.name]
            change = comparison.scenarios[spec.name]
            new_fields += [field("na_{}_m".format(t), "double", 12, 1), field("verschil_{}_m".format(t), "double", 12, 1),
                           field("drempel_{}".format(t), "int"), field("voorziening_{}".format(t), "string", 120)]
            columns += [column_values(change.after, decimals=1), column_values(change.change, decimals=1),
                        change.crossing.astype(int).tolist(),
                        [site_names[i] if i >= 0 else None for i in change.site_after.tolist()]]
        fields = fields_of(new_fields)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_POINTS, context, fields, WKB_POINT,
                                          QgsCoordinateReferenceSystem(network_io.WORK_CRS))
        if sink is None:
            return None
        network_io.write_points(sink, fields, demand.xy, zip(*columns), None, feedback)
        return dest

    def _log(self, comparison, specs, method, feedback):
        feedback.pushInfo(tr("Method: {m}; threshold {t:g} m.").format(m=method, t=comparison.threshold))
        for spec in specs:
            s = comparison.summary[spec.name]
            feedback.pushInfo(tr(
                "{name}: {closed} closed, {added} added; mean distance {before:.0f} m -> {after:.0f} m; within the "
                "threshold {wb:.1f} % -> {wa:.1f} %; {worse:,.0f} pushed beyond it, {better:,.0f} brought within it."
            ).format(name=spec.name, closed=len(spec.closed), added=len(spec.added), before=s["mean_before"],
                     after=s["mean_after"], wb=s["share_within_before"], wa=s["share_within_after"],
                     worse=s["worse"], better=s["better"]))
            if s["unreached_after"] > s["unreached_before"]:
                feedback.reportError(tr("{name}: {n:,.0f} of the demand can no longer reach any site.").format(
                    name=spec.name, n=s["unreached_after"] - s["unreached_before"]), False)


def _tokens(names, field_token):
    """A short, unique field-name part per scenario name."""
    out, used = {}, set()
    for name in names:
        token = field_token(name, 16)
        candidate, counter = token, 2
        while candidate in used:
            candidate = "{}_{}".format(token[:13], counter)
            counter += 1
        used.add(candidate)
        out[name] = candidate
    return out


def _round(value, decimals=1):
    return None if value is None or value != value else round(float(value), decimals)


def _change_style(layer, token, lang):
    from ..qgis_io import planning_styles

    return planning_styles.change_renderer(layer.geometryType(), "verschil_{}_m".format(token), lang)


def _sites_style(token, lang):
    from ..qgis_io import planning_styles

    return planning_styles.scenario_sites_renderer(token, lang)


def _crossing_style(layer, token, lang):
    from ..qgis_io import planning_styles

    return planning_styles.crossing_renderer(layer.geometryType(), "drempel_{}".format(token), lang)

