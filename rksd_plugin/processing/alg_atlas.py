"""Processing algorithm ``rksd:atlas``: the Atlas Sociaal Domein PDF from an RKSD GeoPackage."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import PARAMETER_FLAG_ADVANCED


def tr(text):
    return QCoreApplication.translate("RksdAtlasAlgorithm", text)


LEVELS = ["buurt", "wijk"]
LANGUAGES = ["nl", "en"]


class AtlasAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    LEVEL = "LEVEL"
    LANGUAGE = "LANGUAGE"
    TEMPLATE = "TEMPLATE"
    QUESTION_TEMPLATE = "QUESTION_TEMPLATE"
    METHOD_TEMPLATE = "METHOD_TEMPLATE"
    TEXTS = "TEXTS"
    INTRO = "INTRO"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    def name(self):
        return "atlas"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Atlas Sociaal Domein (PDF)")

    def group(self):
        return tr("Reports")

    def groupId(self):  # noqa: N802 - QGIS API
        return "reports"

    def createInstance(self):  # noqa: N802 - QGIS API
        return AtlasAlgorithm()

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("A PDF atlas with a page per neighbourhood or district and a municipality map per question, "
                  "from a GeoPackage written by RKSD.")

    def tags(self):
        return tr("atlas,rapport,report,pdf,neighbourhood,district,buurt,wijk,sociaal domein,print layout").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Makes the Atlas Sociaal Domein from a GeoPackage that RKSD wrote (the panel, the demo or an offline "
            "package): a method-and-sources page with a register, a municipality map for each of the six questions, "
            "then one page per neighbourhood or district with a map of the area in its surroundings, its position among the "
            "neighbourhoods of the municipality, and a table with every index and component - the area, the "
            "municipality, the Netherlands and the reference the index ranks it against, with a cue for higher or "
            "lower. A missing value says why ('confidential', 'too few inhabitants'), never 0; model estimates carry "
            "≈.</p>"
            "<p><b>Templates</b>: the pages are QGIS print layout templates (.qpt). Copy the RKSD templates from the "
            "plugin's resources/layouts folder, restyle them in the layout designer (house colours, logo, fonts) and "
            "choose your copy here; the item ids listed in docs/atlas.md must stay. Your template is only read.</p>"
            "<p><b>Own texts</b>: a CSV with two columns, code;tekst (UTF-8, ';' or ','), prints a text on the page "
            "of that neighbourhood or district; the code 'inleiding' gives the introduction.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("RKSD GeoPackage"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, tr("One page per"), [tr("neighbourhood"), tr("district")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, tr("Language of the atlas"), [tr("Dutch"), tr("English")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, tr("Area page template (.qpt)"), extension="qpt", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TEXTS, tr("Own texts per neighbourhood or district (CSV: code;tekst)"), extension="csv",
            optional=True))
        for name, label in ((self.QUESTION_TEMPLATE, tr("Question map template (.qpt)")),
                            (self.METHOD_TEMPLATE, tr("Method page template (.qpt)"))):
            parameter = QgsProcessingParameterFile(name, label, extension="qpt", optional=True)
            parameter.setFlags(parameter.flags() | PARAMETER_FLAG_ADVANCED)
            self.addParameter(parameter)
        intro = QgsProcessingParameterString(self.INTRO, tr("Introduction"), multiLine=True,
                                             optional=True)
        intro.setFlags(intro.flags() | PARAMETER_FLAG_ADVANCED)
        self.addParameter(intro)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Atlas PDF"), tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ..core.errors import Cancelled, RksdError
        from ..report.atlas import AtlasOptions, build_atlas

        gpkg = self.parameterAsFile(parameters, self.INPUT, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        options = AtlasOptions(
            level=LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)],
            language=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
            template=self.parameterAsFile(parameters, self.TEMPLATE, context) or None,
            question_template=self.parameterAsFile(parameters, self.QUESTION_TEMPLATE, context) or None,
            method_template=self.parameterAsFile(parameters, self.METHOD_TEMPLATE, context) or None,
            texts=self.parameterAsFile(parameters, self.TEXTS, context) or None,
            intro=self.parameterAsString(parameters, self.INTRO, context) or None,
        )
        try:
            result = build_atlas(gpkg, output, options, progress=lambda percent, message: feedback.setProgress(percent),
                                 is_cancelled=feedback.isCanceled)
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled: no PDF was written."))
        except RksdError as error:
            raise QgsProcessingException(error.message(lambda text: QCoreApplication.translate("RksdErrors", text)))
        for warning in result.warnings:
            feedback.reportError(warning, False)
        feedback.pushInfo(tr("{pages} pages ({areas} areas, {opening} opening pages) in {seconds:.1f} s.").format(
            pages=result.pages, areas=result.area_pages, opening=result.opening_pages, seconds=result.seconds))
        return {self.OUTPUT: result.path, self.PAGES: result.pages}
