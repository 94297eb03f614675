"""Processing algorithm ``rksd:eigen_cijfers``: counts the gemeente aggregated itself, protected, on the map."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import SOURCE_VECTOR
from .alg_own_base import OwnDataAlgorithm, core_error, interface_language


def tr(text):
    return QCoreApplication.translate("RksdOwnAlgorithms", text)


LEVELS = ["buurt", "wijk", "pc6", "pc4"]


class OwnFiguresAlgorithm(OwnDataAlgorithm):
    INPUT = "INPUT"
    LEVEL = "LEVEL"
    CODE_FIELD = "CODE_FIELD"
    COUNT_FIELDS = "COUNT_FIELDS"

    def name(self):
        return "eigen_cijfers"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Own figures per area (counts)")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("Counts the gemeente aggregated per buurt, wijk, PC6 or PC4, with disclosure control, "
                  "as own indicators beside CBS.")

    def tags(self):
        return tr("eigen cijfers,wmo,jeugdhulp,bijstand,privacy,onthullingsbeheersing,own data,disclosure control").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Adds counts the gemeente already aggregated (e.g. Wmo clients per buurt) to an RKSD GeoPackage as "
            "own indicators: the count, a rate per 1,000 of a CBS population group of the same year, the gemeente's "
            "value, and a status. Fields start with <i>eigen_</i> and are marked as the gemeente's own source.</p>"
            "<p><b>Areas</b>: buurt and wijk codes join directly (also CBS's bare numbers). A PC6 needs the local "
            "postcode table (CBS 'Buurt, wijk en gemeente voor postcode huisnummer') and joins the buurt that holds "
            "all its addresses; a PC4 joins the wijk that holds all its addresses. A postcode spread over several "
            "areas is not divided: it is left out and listed.</p>"
            "<p><b>Disclosure control</b> before anything is written: counts from 1 to the minimum minus 1 are "
            "afgeschermd, and so are counts close to the area's population; then enough more is hidden that no "
            "hidden count follows from a total or from the other areas of its wijk or gemeente - checked exactly. "
            "Optional rounding to 5. Rates only from published counts. A column that is the sum of others is "
            "protected together with them. The privacy report goes into the GeoPackage (table rksd_privacy) and the "
            "atlas's method page.</p>"
            "<p>RKSD needs the exact counts: a cell such as '&lt;5' or '.' is refused.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Table with counts per area (CSV, XLSX, GeoPackage or layer)"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, tr("The codes are"), [tr("buurt codes"), tr("wijk codes"), tr("PC6 postcodes"),
                                              tr("PC4 postcodes")], defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, tr("Column with the area code"), None, self.INPUT,
            QgsProcessingParameterField.DataType.Any))
        self.addParameter(QgsProcessingParameterField(
            self.COUNT_FIELDS, tr("Columns with counts"), None, self.INPUT, QgsProcessingParameterField.DataType.Any,
            allowMultiple=True))
        self.add_gpkg()
        self.add_lookup()
        self.add_dataset("cijfers")
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT, tr("RKSD GeoPackage with the own figures")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Privacy report")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ..core.errors import RksdError
        from ..core.owndata import report
        from ..core.owndata.figures import FigureSpec
        from ..qgis_io.own_figures_io import release_from_counts

        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        spec = FigureSpec(LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)],
                          self.parameterAsString(parameters, self.CODE_FIELD, context),
                          self.parameterAsFields(parameters, self.COUNT_FIELDS, context))
        gpkg = self.parameterAsFile(parameters, self.GPKG, context)
        try:
            info = self.dataset_info(parameters, context)
            release, summary = release_from_counts(
                layer, spec, info, gpkg, self.rules(parameters, context),
                self.parameterAsFile(parameters, self.LOOKUP, context) or None,
                progress=lambda f: feedback.setProgress(100 * f), is_cancelled=feedback.isCanceled)
            self.finish(release, summary, gpkg, feedback, tr("areas"))
        except RksdError as error:
            raise core_error(error)
        return {self.OUTPUT: gpkg, self.REPORT: "\n".join(report.privacy_lines(release, interface_language()))}
