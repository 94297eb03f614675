"""Processing algorithm ``rksd:ophalen``: the main job (the dock's button) as an algorithm.

Gemeente, year, questions, online or from an offline package, to a GeoPackage - so it
runs in the modeler, in batch and from ``qgis_process`` (a yearly refresh by script).
The same pipeline as the dock: one transport with QGIS's network settings and the
user's cache (or the package), ``Pipeline.run``, ``write_result``; progress and cancel
through the Processing feedback.
"""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import compat

LANGUAGES = ["nl", "en"]


def tr(text):
    return QCoreApplication.translate("RksdOphalenAlgorithm", text)


def _catalog():
    from ..core.catalog import Catalog

    return Catalog.load()


class OphalenAlgorithm(QgsProcessingAlgorithm):
    GEMEENTE = "GEMEENTE"
    YEAR = "YEAR"
    FIRST_YEAR = "FIRST_YEAR"
    ADDRESSES = "ADDRESSES"
    PEERS = "PEERS"
    QUESTIONS = "QUESTIONS"
    PACKAGE = "PACKAGE"
    OFFLINE = "OFFLINE"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"
    BUURTEN = "BUURTEN"
    SUMMARY = "SUMMARY"

    def name(self):
        return "ophalen"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Fetch a gemeente (CBS figures and PDOK boundaries)")

    def group(self):
        return tr("Data")

    def groupId(self):  # noqa: N802 - QGIS API
        return "data"

    def createInstance(self):  # noqa: N802 - QGIS API
        return OphalenAlgorithm()

    def tags(self):
        return tr("ophalen,download,cbs,pdok,kerncijfers,buurten,wijken,gemeente,geopackage").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>The main job of the RKSD panel as an algorithm: the curated CBS figures (Kerncijfers wijken en "
            "buurten, Nabijheid voorzieningen, RIVM Gezondheidsmonitor, Politie) for every buurt, wijk and the "
            "gemeente, joined to the PDOK boundaries of the same year, with the indices of the chosen questions, "
            "into one GeoPackage with its sources inside.</p>"
            "<p><b>Gemeente</b>: a code (GM0935) or a name (merged gemeenten are found by their old name). "
            "<b>Offline package</b>: a package zip or folder prepared in the panel (or the bundled sample); "
            "without one the figures are downloaded (QGIS's network settings and RKSD's cache apply), unless "
            "<b>offline</b> is ticked, which serves only from the cache.</p>"
            "<p><b>First year</b> (optional): several years as a series up to <b>Year</b>. Every year comes "
            "through the same pipeline and cache; the GeoPackage then also holds every year's own layers, a "
            "series table per level on the newest boundaries (each value with how it got there: direct, "
            "re-coded or re-allocated across a boundary change), the change map layer and the comparison with "
            "similar municipalities. Re-bounded neighbourhoods are re-allocated by CBS's 100 m squares, by your "
            "<b>address points</b> when given, or by area as a last resort.</p>"
            "<p>Runs in the modeler, in batch and from qgis_process, e.g. a yearly refresh: "
            "<code>qgis_process run rksd:ophalen -- GEMEENTE=GM0935 YEAR=2024 OUTPUT=maastricht.gpkg</code></p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        catalog = _catalog()
        years = catalog.run_years()
        self.question_ids = [q.id for q in catalog.questions]
        self.addParameter(QgsProcessingParameterString(self.GEMEENTE, tr("Gemeente (code or name)"), "GM0935"))
        year = QgsProcessingParameterNumber(self.YEAR, tr("Year ({first}-{last})").format(
            first=years[0], last=years[-1]), QgsProcessingParameterNumber.Type.Integer, max(years), False, years[0],
            years[-1])
        self.addParameter(year)
        first = QgsProcessingParameterNumber(self.FIRST_YEAR, tr("First year of a series"),
                                             QgsProcessingParameterNumber.Type.Integer, None, True, years[0], years[-1])
        self.addParameter(first)
        self.addParameter(QgsProcessingParameterEnum(
            self.QUESTIONS, tr("Questions"), ["{}. {}".format(q.number, q.title.get("nl", q.id))
                                              for q in catalog.questions],
            allowMultiple=True, defaultValue=list(range(len(self.question_ids))), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.PACKAGE, tr("Offline package (zip or folder)"), optional=True,
            fileFilter=tr("Offline packages (*.zip);;All files (*)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OFFLINE, tr("Offline: serve only from the cache"), False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ADDRESSES, tr("Address points to re-allocate re-bounded neighbourhoods by (for a series)"),
            [compat.SOURCE_POINT], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PEERS, tr("Compare with these municipalities (codes or names, comma-separated; empty: by size and "
                           "urbanity)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, tr("Language of field names and styles"), [tr("Dutch"), tr("English")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("RKSD GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber(self.BUURTEN, tr("Buurten")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, tr("Summary (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        import json

        from ..core.errors import Cancelled, RksdError

        catalog = _catalog()
        try:
            request, package = self._request(parameters, context, catalog)
            years = self._years(parameters, context, request)
            if len(years) > 1:
                return self._series(request, package, years, parameters, context, feedback, catalog)
            result = self._run(request, package, parameters, context, feedback, catalog)
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled: no GeoPackage was written."))
        except RksdError as error:
            raise QgsProcessingException(error.message(lambda text: QCoreApplication.translate("RksdErrors", text)))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        summary = dict(result.summary)
        summary.pop("questions", None)
        return {self.OUTPUT: output, self.BUURTEN: len(result.layers["buurten"].records),
                self.SUMMARY: json.dumps(summary, ensure_ascii=False, default=str)}

    def _request(self, parameters, context, catalog):
        from ..core.gemeenten import GemeenteIndex, load_fallback, load_mergers
        from ..core.package import OfflinePackage
        from ..core.package_builder import request_for
        from ..core.pipeline import RunRequest

        text = self.parameterAsString(parameters, self.GEMEENTE, context).strip()
        year = self.parameterAsInt(parameters, self.YEAR, context)
        _, gemeenten, aliases = load_fallback()
        index = GemeenteIndex(gemeenten, load_mergers(), year, aliases)
        gemeente = index.resolve(text).gemeente.code  # a code, a name or a former gemeente's name
        chosen = self.parameterAsEnums(parameters, self.QUESTIONS, context)
        ids = [q.id for q in catalog.questions]
        questions = None if not chosen or len(chosen) == len(ids) else [ids[i] for i in chosen]
        path = self.parameterAsFile(parameters, self.PACKAGE, context)
        if not path:
            return RunRequest(gemeente=gemeente, year=year, questions=questions), None
        from qgis.core import QgsProcessingUtils

        package = OfflinePackage.open(path, QgsProcessingUtils.tempFolder())
        try:
            request = request_for(package.manifest, gemeente, year, questions=questions)
        except KeyError:
            raise QgsProcessingException(tr("The offline package holds no {gemeente} {year}.").format(
                gemeente=gemeente, year=year))
        return request, package

    def _run(self, request, package, parameters, context, feedback, catalog):
        from ..core.pipeline import Pipeline
        from ..gui.tasks import make_transport
        from ..qgis_io.layers import write_result

        offline = True if package is not None else self.parameterAsBool(parameters, self.OFFLINE, context)
        transport = make_transport(feedback.isCanceled, package=package, offline=offline, feedback=feedback)
        transport.log = feedback.pushWarning if hasattr(feedback, "pushWarning") else feedback.pushInfo
        feedback.pushInfo(tr("{gemeente} {year}, from: {source}").format(
            gemeente=request.gemeente, year=request.year,
            source=tr("offline package {title}").format(title=package.title) if package else
            (tr("cache only (offline)") if offline else tr("download (cache first)"))))
        pipeline = Pipeline(transport, catalog, progress=lambda pct, msg: feedback.setProgress(pct * 0.9))
        result = pipeline.run(request)
        if feedback.isCanceled():
            from ..core.errors import Cancelled

            raise Cancelled()
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        write_result(result, output, catalog, language, is_cancelled=feedback.isCanceled)
        feedback.setProgress(100)
        for line in summary_lines(result.summary):
            feedback.pushInfo(line)
        return result


    def _years(self, parameters, context, request):
        if parameters.get(self.FIRST_YEAR) in (None, ""):
            return [request.year]
        first = self.parameterAsInt(parameters, self.FIRST_YEAR, context)
        if first > request.year:
            raise QgsProcessingException(tr("The first year ({first}) lies after the year ({year}).").format(
                first=first, year=request.year))
        return list(range(first, request.year + 1))

    def _series(self, request, package, years, parameters, context, feedback, catalog):
        import json

        from ..core.monitor.peers import gemeente_names
        from ..core.monitor.series import SeriesBuilder, SeriesRequest
        from ..core.package_builder import contents, request_for, series_entry
        from ..gui.tasks import make_transport
        from ..qgis_io.series_writer import write_series

        offline = True if package is not None else self.parameterAsBool(parameters, self.OFFLINE, context)
        transport = make_transport(feedback.isCanceled, package=package, offline=offline, feedback=feedback)
        transport.log = feedback.pushWarning if hasattr(feedback, "pushWarning") else feedback.pushInfo
        series_spec = {}
        if package is not None:
            held = {y for g, y in contents(package.manifest) if g == request.gemeente}
            missing_years = [y for y in years if y not in held]
            if missing_years:
                feedback.pushWarning(tr("The offline package holds no {gemeente} for {years}: those years are "
                                        "left out.").format(gemeente=request.gemeente,
                                                            years=", ".join(map(str, missing_years))))
            years = [y for y in years if y in held]
            series_spec = series_entry(package.manifest, request.gemeente) or {}

            def request_for_year(year):
                return request_for(package.manifest, request.gemeente, year, questions=request.questions)
        else:
            request_for_year = None
        peer_texts = [p.strip() for p in (self.parameterAsString(parameters, self.PEERS, context) or "").split(",")
                      if p.strip()]
        series_request = SeriesRequest(
            request.gemeente, years, questions=request.questions, request_for_year=request_for_year,
            weights=self._addresses(parameters, context), history_tables=series_spec.get("history_tables", {}),
            history_measures=series_spec.get("history_measures", {}),
            peer_codes=self._peer_codes(peer_texts, request.year) or None)
        feedback.pushInfo(tr("{gemeente} {first}-{last} as a series").format(
            gemeente=request.gemeente, first=years[0], last=years[-1]))
        builder = SeriesBuilder(transport, catalog, progress=lambda pct, msg: feedback.setProgress(pct * 0.9))
        series = builder.run(series_request)
        if feedback.isCanceled():
            from ..core.errors import Cancelled

            raise Cancelled()
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        write_series(series, output, catalog, language, is_cancelled=feedback.isCanceled,
                     names=gemeente_names())
        feedback.setProgress(100)
        for line in series_lines(series.summary):
            feedback.pushInfo(line)
        summary = dict(series.summary)
        return {self.OUTPUT: output, self.BUURTEN: len(series.newest.layers["buurten"].records),
                self.SUMMARY: json.dumps(summary, ensure_ascii=False, default=str)}

    def _addresses(self, parameters, context):
        """The user's address points as weights (in RD), or None."""
        source = self.parameterAsSource(parameters, self.ADDRESSES, context)
        if source is None:
            return None
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

        from ..core.monitor.weights import points_from_rows

        transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:28992"),
                                           QgsProject.instance())
        points = []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            for point in geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]:
                points.append((point.x(), point.y()))
        return points_from_rows(points, provenance={"layer": source.sourceName(), "points": len(points)})

    def _peer_codes(self, texts, year):
        from ..core.gemeenten import GemeenteIndex, load_fallback, load_mergers

        _, gemeenten, aliases = load_fallback()
        index = GemeenteIndex(gemeenten, load_mergers(), year, aliases)
        return [index.resolve(text).gemeente.code for text in texts]


def series_lines(summary):
    """What a user reads after a series: years, boundary changes, peers, what failed."""
    lines = [tr("Series {first}-{last} on the boundaries of {target}").format(
        first=summary["years"][0], last=summary["years"][-1], target=summary["target_year"])]
    for year, reason in sorted(summary.get("failed_years", {}).items()):
        lines.append(tr("{year}: not in the series ({reason})").format(year=year, reason=reason))
    for year, levels in sorted(summary.get("crosswalks", {}).items()):
        counts = levels.get("buurt", {}).get("counts", {})
        lines.append(tr("{year}: neighbourhoods direct {direct}, re-coded {recoded}, re-allocated {reallocated} "
                        "({weights})").format(year=year, direct=counts.get("direct", 0),
                                              recoded=counts.get("recoded", 0),
                                              reallocated=counts.get("reallocated", 0),
                                              weights=levels.get("buurt", {}).get("weights")))
    for year, group in sorted(summary.get("peers", {}).items()):
        lines.append(tr("{year}: compared with {n} similar municipalities ({rule})").format(
            year=year, n=len(group["codes"]), rule=group["rule"]))
    return lines


def summary_lines(summary):
    """What a user reads after a run: features, matches, what fell back and why."""
    lines = []
    for name, layer in summary["layers"].items():
        lines.append(tr("{name}: {features} features, {matched} matched, only in CBS: {cbs}, only in PDOK: {pdok}").format(
            name=name, features=layer["features"], matched=layer["matched"], cbs=len(layer["only_in_cbs"]),
            pdok=len(layer["only_in_pdok"])))
    for source, table in sorted(summary.get("older_tables", {}).items()):
        lines.append(tr("{source}: no table of this year, {table} of {year} used").format(
            source=source, table=table["table"], year=table["year"]))
    for line in summary.get("code_mismatch_lines", []):
        lines.append(line)
    return lines
