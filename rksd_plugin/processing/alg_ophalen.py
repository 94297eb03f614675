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
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

LANGUAGES = ["nl", "en"]


def tr(text):
    return QCoreApplication.translate("RksdOphalenAlgorithm", text)


def _catalog():
    from ..core.catalog import Catalog

    return Catalog.load()


class OphalenAlgorithm(QgsProcessingAlgorithm):
    GEMEENTE = "GEMEENTE"
    YEAR = "YEAR"
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
        self.addParameter(QgsProcessingParameterEnum(
            self.QUESTIONS, tr("Questions"), ["{}. {}".format(q.number, q.title.get("nl", q.id))
                                              for q in catalog.questions],
            allowMultiple=True, defaultValue=list(range(len(self.question_ids))), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.PACKAGE, tr("Offline package (zip or folder)"), optional=True,
            fileFilter=tr("Offline packages (*.zip);;All files (*)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OFFLINE, tr("Offline: serve only from the cache"), False))
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
