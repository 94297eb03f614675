"""Processing algorithm "Facility reachability" (bereikbaarheid voorzieningen)."""
from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import (
    GEOMETRY_POLYGON,
    PARAMETER_FLAG_ADVANCED,
    SOURCE_ANY_GEOMETRY,
    SOURCE_POINT,
    SOURCE_POLYGON,
    WKB_POINT,
)
from .alg_base import Ahead, AnalysisAlgorithm, FeedbackBridge, ProgressRelay, StyleOutput, compute_beside, language


def tr(text):
    return QCoreApplication.translate("RksdReachability", text)


STATUS_TEXT = {0: "ok", 1: "verder_dan_max", 2: "geen_verbinding"}
METHOD_TEXT = {"network": "netwerk", "straight_line": "hemelsbreed"}


def category_tokens(keys):
    """Field-name tokens per category value, unique even when two values look alike."""
    from ..core.network.params import field_token

    tokens, used = {}, set()
    for key in keys:
        token = field_token(key)
        candidate, number = token, 2
        while candidate in used:
            candidate = "{}_{}".format(token, number)
            number += 1
        used.add(candidate)
        tokens[key] = candidate
    return tokens


class ReachabilityAlgorithm(AnalysisAlgorithm):
    ORIGINS = "ORIGINS"
    WEIGHTS = "WEIGHTS"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    GRID_SPACING = "GRID_SPACING"
    FACILITIES = "FACILITIES"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    SPEED_FIELD = "SPEED_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    MAX_DISTANCE = "MAX_DISTANCE"
    RADII = "RADII"
    KEEP_FIELDS = "KEEP_FIELDS"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"

    def name(self):
        return "bereikbaarheid"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Facility reachability")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("Distance from every address or buurt to the nearest facility, over the roads or straight-line.")

    def tags(self):
        return tr("bereikbaarheid,voorzieningen,afstand,netwerk,nabijheid,reachability,accessibility,distance,network").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>For every origin (address points, or polygons such as buurten) this computes the distance to the "
            "nearest facility, per category when a category field is given, which facility that is, and how many "
            "facilities lie within each radius.</p>"
            "<p><b>Method.</b> With a road network, the graph is built once (every line vertex is a node; lines connect "
            "where they share a vertex, within the topology tolerance). Every origin and facility is snapped onto the "
            "nearest road <i>segment</i> (the closest point on a line, not the nearest node), and all origins are answered "
            "by one multi-source shortest-path search from all facilities. The network distance runs along the roads "
            "between the two snapped points, as QGIS's 'Shortest path (point to layer)' measures it; the distance from "
            "an origin to its road is in <i>aansluiting_m</i>. One-way streets are respected when a one-way field is "
            "given (yes/1/true: digitised direction, -1/reverse: against it). With a speed field (km/h) the fastest "
            "travel time is added. Without a network the distances are straight-line (hemelsbreed) and the output says so "
            "in <i>methode</i>.</p>"
            "<p><b>Polygons.</b> For buurten the figures are weighted: by the weight field of the population layer "
            "(address points or CBS 100 m vierkanten with inwoners), or, without it, by regular sample points inside "
            "each polygon (area-weighted). Per polygon you get the weighted mean distance and the share of the weight "
            "within each radius; the per-point results can be written to a second layer.</p>"
            "<p><b>Nothing is hidden.</b> An origin whose part of the network holds no facility gets status "
            "<i>geen_verbinding</i>, one farther than the maximum distance <i>verder_dan_max</i>; both get no distance "
            "(NULL), never 0, and are counted in the log. Layers in another CRS are reprojected to EPSG:28992.</p>"
            "<p><b>CBS figures are different.</b> CBS 'Nabijheid voorzieningen' distances are road distances from "
            "all addresses in an area, averaged over the inhabitants, with CBS's own facility registers; they are not "
            "walking routes, and neither is this network distance unless the network is a walking network.</p>"
            "<p>Computed with scipy when it is available; otherwise with a slower pure Python fallback (said in the log).</p>"
        ) + tr(
            "<p><b>Fields and speed.</b> The output holds the origin fields you choose to carry over (default: an id "
            "and a name field, when the layer has them) and the results. GeoPackage, Shapefile and FlatGeobuf layers "
            "are read column by column through GDAL, honouring a selection and the layer's filter; other layers "
            "(memory, PostGIS, WFS, unsaved edits) and layers of at most a few hundred features are read through "
            "QGIS. A GeoPackage output is written in one transaction, created while the distances are computed; "
            "another destination gets a row number field <i>fid</i> first.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ORIGINS, tr("Origins (address points, or polygons such as buurten)"),
            [SOURCE_POINT, SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.WEIGHTS, tr("Population for weighting polygons (address points or CBS 100 m vierkanten)"),
            [SOURCE_POINT, SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, tr("Weight field (e.g. inwoners; empty: every point counts 1)"), None, self.WEIGHTS,
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_number(self.GRID_SPACING, tr("Sample point spacing inside polygons without a population layer (m)"),
                        100.0, 10.0, advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, tr("Facilities"), [SOURCE_POINT, SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, tr("Category field of the facilities (adds the nearest per category)"), None,
            self.FACILITIES, QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FACILITY_ID_FIELD, tr("Facility name or id field (empty: the feature id)"), None,
            self.FACILITIES, QgsProcessingParameterField.DataType.Any, optional=True))
        self.add_network_parameters()
        speed = QgsProcessingParameterField(
            self.SPEED_FIELD, tr("Speed field of the network in km/h (adds travel time)"), None,
            self.NETWORK, QgsProcessingParameterField.DataType.Numeric, optional=True)
        speed.setFlags(speed.flags() | PARAMETER_FLAG_ADVANCED)
        self.addParameter(speed)
        self.add_number(self.DEFAULT_SPEED, tr("Speed where the speed field is empty (km/h)"), 50.0, 0.1, advanced=True)
        self.add_number(self.MAX_DISTANCE, tr("Maximum distance (m): farther facilities count as not reachable"),
                        10000.0, 1.0)
        self.addParameter(QgsProcessingParameterString(
            self.RADII, tr("Radii for counts and shares (m, separated by ;)"), "500;1000;3000", optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.KEEP_FIELDS, tr("Origin fields to carry over (empty: id and name)"),
            None, self.ORIGINS, QgsProcessingParameterField.DataType.Any, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Reachability"), SOURCE_ANY_GEOMETRY))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, tr("Reachability per weighting point (polygons only)"), SOURCE_POINT,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString("METHOD", tr("Distance method")))
        self.addOutput(QgsProcessingOutputNumber("ORIGIN_COUNT", tr("Number of origin points")))
        self.addOutput(QgsProcessingOutputNumber("NO_CONNECTION_COUNT", tr("Origins without a network connection to any facility")))
        self.addOutput(QgsProcessingOutputNumber("BEYOND_MAX_COUNT", tr("Origins with no facility within the maximum distance")))

    # -- processing ----------------------------------------------------------------------
    def analyse(self, parameters, context, feedback):
        import numpy as np

        from ..core.errors import RksdError
        from ..core.network import reachability
        from ..core.network.params import parse_radii
        from ..core.network.snap import SegmentIndex
        from ..qgis_io import layer_input, layer_output, network_io

        bridge = FeedbackBridge(feedback)
        transform_context = context.transformContext()
        origins = self.source_or_fail(parameters, self.ORIGINS, context, tr("Origins"))
        facilities = self.source_or_fail(parameters, self.FACILITIES, context, tr("Facilities"))
        weights = self.parameterAsSource(parameters, self.WEIGHTS, context)
        category_field = self.field_or_fail(
            facilities, self.parameterAsString(parameters, self.CATEGORY_FIELD, context), tr("Facilities"))
        id_field = self.field_or_fail(
            facilities, self.parameterAsString(parameters, self.FACILITY_ID_FIELD, context), tr("Facilities"))
        weight_field = None
        if weights is not None:
            weight_field = self.field_or_fail(
                weights, self.parameterAsString(parameters, self.WEIGHT_FIELD, context), tr("Population"), numeric=True)
        keep_fields = self._keep_fields(parameters, context, origins)
        try:
            radii = parse_radii(self.parameterAsString(parameters, self.RADII, context), tr("Radii"))
        except RksdError as error:
            raise self.core_error(error)
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context)
        speed_field = self.parameterAsString(parameters, self.SPEED_FIELD, context) or None
        default_speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
        self.report_backend(feedback)

        graph = self.read_network(parameters, context, feedback, speed_field)
        if graph is None and speed_field:
            feedback.reportError(tr("A speed field without a road network is ignored."), False)
            speed_field = None
        bridge.progress(0.05)
        # the road index (numpy only) is built in a second thread while the points are read here
        index_ahead = Ahead(SegmentIndex.for_graph, graph) if graph is not None else None

        fac_input = layer_input.resolve(self, parameters, self.FACILITIES, context, facilities)
        fac = network_io.read_point_columns(fac_input, transform_context, [category_field, id_field], feedback)
        self._report_reading(feedback, tr("Facilities"), fac.columnar, fac_input)
        if len(fac) == 0:
            raise QgsProcessingException(tr("Facilities: no facility has a usable geometry."))
        if fac.skipped:
            feedback.reportError(tr("{n} facilities without geometry were skipped.").format(n=fac.skipped), False)
        categories = fac.values(category_field) if category_field else None
        if categories is not None:
            categories = [network_io.text_or_none(v) for v in categories]
        if id_field:
            facility_names = [network_io.text_or_none(v) for v in fac.values(id_field)]
        else:  # the facility's feature id (an integer field is cheaper to write than text)
            facility_names = fac.fids

        origin_input = layer_input.resolve(self, parameters, self.ORIGINS, context, origins)
        is_polygon = self.geometry_type(origins) == GEOMETRY_POLYGON
        areas = None
        if is_polygon:
            polygons = layer_input.read_columns(origin_input, keep_fields, True, transform_context, feedback)
            self._report_reading(feedback, tr("Origins"), polygons.columnar, origin_input)
            areas = network_io.areas_from_columns(polygons, origin_input.crs(), transform_context)
            if weights is not None:
                weight_input = layer_input.resolve(self, parameters, self.WEIGHTS, context, weights)
                pts = network_io.read_point_columns(
                    weight_input, transform_context, [weight_field] if weight_field else [], feedback)
                if len(pts) == 0:
                    raise QgsProcessingException(tr("Population: no feature has a usable geometry."))
                origin_xy = pts.xy
                if weight_field:
                    raw = [network_io.number_or_none(v) for v in pts.values(weight_field)]
                    missing = sum(1 for v in raw if v is None)
                    if missing:
                        feedback.reportError(tr(
                            "{n} population features have no (or a secret) weight; they count with weight 0.").format(n=missing), False)
                    weight = np.array([0.0 if v is None else v for v in raw])
                else:
                    weight = np.ones(len(pts))
                area_index = network_io.points_in_areas(origin_xy, areas, feedback)
                outside = int((area_index < 0).sum())
                if outside:
                    feedback.pushInfo(tr("{n} population points lie outside every polygon and are not counted.").format(n=outside))
                feedback.pushInfo(tr("Weighted by {n} population points.").format(n=len(pts)))
            else:
                spacing = self.parameterAsDouble(parameters, self.GRID_SPACING, context)
                origin_xy, area_index = network_io.grid_points(areas, spacing)
                weight = np.ones(len(origin_xy))
                feedback.pushInfo(tr(
                    "No population layer: each polygon is represented by sample points every {s:g} m "
                    "(area-weighted figures, {n} points).").format(s=spacing, n=len(origin_xy)))
        else:
            pts = network_io.read_point_columns(origin_input, transform_context, keep_fields, feedback)
            self._report_reading(feedback, tr("Origins"), pts.columnar, origin_input)
            if len(pts) == 0:
                raise QgsProcessingException(tr("Origins: no feature has a usable geometry."))
            origin_xy = pts.xy
        if feedback.isCanceled():
            return {}
        bridge.progress(0.15)

        keys = [None] + list(reachability.category_groups(categories))
        tokens = category_tokens(keys[1:])
        layout = self._point_layout(graph is not None, keys, tokens, radii, facility_names, bool(speed_field))
        point_fields = [field for field, _ in layout]

        # points: the output is opened while the computation runs, unless that would replace an
        # existing file before there is a result to put in it
        beside = not is_polygon and not layer_output.replaces_file(parameters, self.OUTPUT, context)
        relay = ProgressRelay(bridge.span(15, 75)) if beside else bridge.span(15, 75)

        def compute():
            return reachability.analyse(
                origin_xy, fac.xy, categories, radii, max_distance, graph, with_time=bool(speed_field),
                default_speed=default_speed, progress=relay.progress, cancelled=relay.cancelled,
                index=index_ahead.result() if index_ahead is not None else None)

        def open_output():  # while the computation runs: QGIS creates the output, its spatial index goes in
            opened = layer_output.Destination(self, parameters, self.OUTPUT, context,
                                              self._row_fields(origin_input, keep_fields, point_fields),
                                              origin_input.wkb_type(), origin_input.crs())
            opened.index_first(self._row_bounds(pts.columns, pts.is_point, pts.source_xy))
            return opened

        try:
            if beside:
                result, destination = compute_beside(compute, open_output, relay, undo=lambda d: d.discard())
            else:
                result = compute()
                destination = None if is_polygon else open_output()
        except RksdError as error:
            if feedback.isCanceled():
                return {}
            raise self.core_error(error)
        self._log_summary(result, feedback)

        point_columns = [column_of(result) for _, column_of in layout]
        outputs = {}
        if is_polygon:
            area_fields, area_columns = self._area_columns(result, tokens, radii, area_index, weight, len(areas))
            table = self._table_for_rows(
                polygons, areas.rows, area_fields, area_columns, origin_input, keep_fields, is_point=False)
            outputs[self.OUTPUT] = layer_output.write(self, parameters, self.OUTPUT, context, table, feedback, (75, 90))
            self._style(context, outputs[self.OUTPUT], "gem_afstand_m", radii, tr("Reachability"), tokens,
                        area_fields, table.fields, graph is not None)
            if self._wants(parameters, self.OUTPUT_POINTS):
                from ..qgis_io import sql_columns

                area_fids = np.asarray(areas.fids, dtype=np.int64)
                owner = sql_columns.Ints(area_fids[np.maximum(area_index, 0)] if area_fids.size else area_index,
                                         nulls=area_index < 0)
                columns = [owner, np.asarray(weight, dtype=np.float64)] + point_columns
                table = self._table_for_points(self._with_area_fields(point_fields), columns, origin_xy)
                point_dest = layer_output.write(self, parameters, self.OUTPUT_POINTS, context, table, feedback, (90, 99))
                outputs[self.OUTPUT_POINTS] = point_dest
                self._style(context, point_dest, "afstand_m", radii, tr("Reachability per point"), tokens,
                            table.fields, table.fields, graph is not None)
        else:
            table = self._table_for_rows(
                pts.columns, np.nonzero(pts.present)[0], point_fields, point_columns, origin_input, keep_fields,
                is_point=pts.is_point, source_xy=pts.source_xy, bounds=destination.bounds)
            outputs[self.OUTPUT] = destination.fill(table, feedback, (75, 99))
            self._style(context, outputs[self.OUTPUT], "afstand_m", radii, tr("Reachability"), tokens,
                        point_fields, table.fields, graph is not None)
        summary = result.groups[None]
        outputs.update({
            "METHOD": METHOD_TEXT[result.method],
            "ORIGIN_COUNT": int(len(origin_xy)),
            "NO_CONNECTION_COUNT": int((summary.status == reachability.NO_CONNECTION).sum()),
            "BEYOND_MAX_COUNT": int((summary.status == reachability.BEYOND_MAX).sum()),
        })
        feedback.setProgress(100)
        return outputs

    # -- inputs and outputs ----------------------------------------------------------------
    def _keep_fields(self, parameters, context, origins):
        """The origin fields to carry over: the user's choice, else an id and a name field."""
        from ..core.network.params import id_and_name_fields

        chosen = [name for name in self.parameterAsFields(parameters, self.KEEP_FIELDS, context) if name]
        if not chosen:
            return id_and_name_fields([origins.fields().at(i).name() for i in range(origins.fields().count())])
        for name in chosen:
            self.field_or_fail(origins, name, tr("Origins"))
        return chosen

    @staticmethod
    def _report_reading(feedback, label, columnar, source_input):
        if columnar:
            feedback.pushInfo(tr("{layer}: read column by column (GDAL).").format(layer=label))
        else:
            feedback.pushInfo(tr("{layer}: read feature by feature through QGIS ({reason}).").format(
                layer=label, reason=source_input.reason or tr("not a file GDAL reads column by column")))

    @staticmethod
    def _wants(parameters, name):
        value = parameters.get(name)
        return value is not None and value != ""

    def _table_for_rows(self, columns, rows, result_fields, result_columns, source_input, keep_fields,
                        is_point=False, source_xy=None, bounds=None):
        """Every input feature (``columns``), its kept fields, and the results of rows ``rows`` (sorted)."""
        import numpy as np

        from ..qgis_io import layer_output, sql_columns

        n = len(columns)
        fields = self._row_fields(source_input, keep_fields, result_fields)
        values = [columns.column(name) for name in keep_fields]
        rows = np.asarray(rows, dtype=np.int64)
        values += [sql_columns.expand(column, rows, n) for column in result_columns]
        bounds = self._row_bounds(columns, is_point, source_xy) if bounds is None else bounds
        return layer_output.OutputTable(fields, values, columns.wkb, bounds, source_input.wkb_type(),
                                        source_input.crs(), points=is_point)

    @staticmethod
    def _row_bounds(columns, is_point, source_xy):
        """The boxes of every input feature (NaN where it has no geometry)."""
        from ..qgis_io import gpkg_bulk, layer_output

        if is_point and source_xy is not None:
            return gpkg_bulk.point_bounds(source_xy)
        return layer_output.geometry_bounds(columns.wkb)

    @staticmethod
    def _row_fields(source_input, keep_fields, result_fields):
        """The output fields: the kept input fields, then the results."""
        from ..qgis_io import network_io

        source_fields = source_input.fields()
        kept = QgsFields()
        for name in keep_fields:
            kept.append(source_fields.at(source_fields.lookupField(name)))
        return network_io.output_fields(kept, result_fields)

    @staticmethod
    def _table_for_points(fields, columns, xy):
        """New RD points at ``xy`` with ``columns`` (weighting or sample points)."""
        from ..core.network.wkb import point_wkb
        from ..qgis_io import gpkg_bulk, layer_output, network_io

        return layer_output.OutputTable(fields, columns, point_wkb(xy), gpkg_bulk.point_bounds(xy), WKB_POINT,
                                        network_io.work_crs(), points=True)

    # -- columns ---------------------------------------------------------------------------
    @staticmethod
    def _with_area_fields(point_fields):
        from ..qgis_io import network_io

        return network_io.output_fields(
            network_io.output_fields(QgsFields(), [network_io.field("gebied_fid", "long"),
                                                              network_io.field("gewicht", "double")]),
            point_fields)

    def _point_layout(self, network, keys, tokens, radii, facility_names, with_time):
        """(field, column of a result) per output field of an origin point, in order: all
        facilities, then per category (``keys``: None, then the categories).

        Known before the computation, so the output can be opened while it runs. Columns stay
        numpy arrays (NaN for NULL, rounded as the fields say) or ``sql_columns`` columns, so
        the writer never needs a Python value per row.
        """
        import numpy as np

        from ..core.network.params import radius_label
        from ..qgis_io import sql_columns
        from ..qgis_io.network_io import field, rounded

        status_labels = [STATUS_TEXT[code] for code in sorted(STATUS_TEXT)]
        by_id = isinstance(facility_names, np.ndarray)
        method = METHOD_TEXT["network" if network else "straight_line"]
        layout = [(field("methode", "string", 12), lambda r: sql_columns.Constant(method, r.n_origins))]
        if network:
            layout.append((field("aansluiting_m", "double", 12, 1), lambda r: rounded(r.origin_snap.dist, 1)))

        def facility_column(group):
            if not by_id:
                return sql_columns.Codes(group.facility, facility_names)
            found = group.facility >= 0
            ids = facility_names[np.where(found, group.facility, 0)] if len(facility_names) else group.facility
            return sql_columns.Ints(ids, nulls=~found)

        for key in keys:
            suffix = "" if key is None else "_" + tokens[key]

            def group_of(result, key=key):
                return result.groups[key]

            layout.append((field("afstand{}_m".format(suffix), "double", 12, 1),
                           lambda r, g=group_of: rounded(g(r).distance, 1)))
            layout.append((field("rechtlijn{}_m".format(suffix), "double", 12, 1),
                           lambda r, g=group_of: rounded(g(r).line, 1)))
            if network and with_time:
                layout.append((field("reistijd{}_min".format(suffix), "double", 10, 2),
                               lambda r, g=group_of: rounded(np.where(g(r).status == 0, g(r).time, np.nan), 2)))
            layout.append((field("voorziening{}".format(suffix), "long") if by_id else
                           field("voorziening{}".format(suffix), "string", 80),
                           lambda r, g=group_of: facility_column(g(r))))
            layout.append((field("status{}".format(suffix), "string", 16),
                           lambda r, g=group_of: sql_columns.Codes(g(r).status, status_labels)))
            for radius in radii:
                layout.append((field("binnen_{}{}".format(radius_label(radius), suffix), "int"),
                               lambda r, g=group_of, radius=radius: g(r).counts[radius].astype(np.int64)))
        return layout

    def _area_columns(self, result, tokens, radii, area_index, weight, n_areas):
        """Weighted figures per polygon (mean distance, share within each radius)."""
        from ..core.network.aggregate import weighted_area_figures
        from ..core.network.params import radius_label
        from ..qgis_io import sql_columns
        from ..qgis_io.network_io import field, rounded

        fields = [field("methode", "string", 12), field("punten", "int"), field("gewicht", "double", 14, 1)]
        columns = [sql_columns.Constant(METHOD_TEXT[result.method], n_areas), None, None]
        for key, group in result.groups.items():
            suffix = "" if key is None else "_" + tokens[key]
            figures = weighted_area_figures(area_index, weight, group.distance, n_areas, radii)
            line = weighted_area_figures(area_index, weight, group.line, n_areas)
            if key is None:
                columns[1] = figures["points"].astype("int64")
                columns[2] = rounded(figures["weight"], 1)
            fields.append(field("gem_afstand{}_m".format(suffix), "double", 12, 1))
            columns.append(rounded(figures["mean"], 1))
            fields.append(field("gem_rechtlijn{}_m".format(suffix), "double", 12, 1))
            columns.append(rounded(line["mean"], 1))
            for radius in radii:
                fields.append(field("aandeel_{}{}".format(radius_label(radius), suffix), "double", 6, 1))
                columns.append(rounded(figures["within"][radius], 1))
            fields.append(field("aandeel_onbekend{}".format(suffix), "double", 6, 1))
            columns.append(rounded(figures["share_unknown"], 1))
        return fields, columns

    # -- reporting -------------------------------------------------------------------------
    def _log_summary(self, result, feedback):
        from ..core.network import reachability

        feedback.pushInfo(tr("Method: {method}; {n} origin points, {f} facilities.").format(
            method=METHOD_TEXT[result.method], n=result.n_origins, f=result.n_facilities))
        for key, group in result.groups.items():
            name = tr("all facilities") if key is None else key
            no_connection = int((group.status == reachability.NO_CONNECTION).sum())
            beyond = int((group.status == reachability.BEYOND_MAX).sum())
            feedback.pushInfo(tr("{name}: {ok} reached, {beyond} beyond the maximum distance, "
                                 "{none} without a network connection to one.").format(
                name=name, ok=int((group.status == 0).sum()), beyond=beyond, none=no_connection))
            if key is None and no_connection:
                feedback.reportError(tr(
                    "{n} origins lie on a part of the road network that is not connected to any facility; "
                    "they get status 'geen_verbinding' and no distance.").format(n=no_connection), False)
        if result.origin_snap is not None:
            far = int((result.origin_snap.dist > 250).sum())
            if far:
                feedback.reportError(tr("{n} origins are more than 250 m from the nearest road (see aansluiting_m).").format(n=far), False)

    def _style(self, context, dest, field_name, radii, name, tokens=None, own_fields=None, output_fields=None,
               network=True):
        """Distance classes on ``field_name`` (all facilities), one more style per category,
        and readable field names, applied when QGIS loads the layer."""
        from ..core.network import output_words
        from ..core.network.defaults import DEFAULT_THRESHOLDS
        from ..qgis_io import network_styles

        thresholds = radii or list(DEFAULT_THRESHOLDS)
        lang = language()
        tokens = tokens or {}

        def renderer_on(field):
            return lambda layer: network_styles.distance_renderer(layer.geometryType(), field, thresholds, lang)

        make = renderer_on(field_name)
        styles = []
        if tokens:  # "afstand_m" -> "afstand_<token>_m", "gem_afstand_m" -> "gem_afstand_<token>_m"
            styles.append((output_words.style_name(None, lang), make))
            for key, token in tokens.items():
                styles.append((output_words.style_name(key, lang), renderer_on(field_name[:-2] + "_" + token + "_m")))
        words = {}
        if own_fields is not None and output_fields is not None:
            words = output_words.aliases([f.name() for f in own_fields], [f.name() for f in output_fields],
                                         {token: key for key, token in tokens.items()}, lang, network)
        StyleOutput.attach(context, dest, make, aliases=words, styles=styles)

