"""Processing algorithm ``rksd:eigen_clienten``: person-level client records, counted and protected here.

The records are read from the file or layer, aggregated in memory and never written;
addresses are looked up in a local postcode table only, never sent to a web service.
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import SOURCE_VECTOR
from .alg_own_base import OwnDataAlgorithm, core_error, interface_language


def tr(text):
    return QCoreApplication.translate("RksdOwnAlgorithms", text)


AREA_KINDS = ["buurt", "wijk", "pc6", "address"]
UNITS = ["personen", "huishoudens"]


class OwnRecordsAlgorithm(OwnDataAlgorithm):
    INPUT = "INPUT"
    AREA_KIND = "AREA_KIND"
    AREA_FIELD = "AREA_FIELD"
    NUMBER_FIELD = "NUMBER_FIELD"
    VOORZIENING_FIELD = "VOORZIENING_FIELD"
    UNIT_FIELD = "UNIT_FIELD"
    UNIT = "UNIT"
    STAPELING = "STAPELING"

    def name(self):
        return "eigen_clienten"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Own figures from client records (person level)")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("One row per client (and voorziening): counted per buurt on this computer, with disclosure "
                  "control and stapeling; no row is ever written.")

    def tags(self):
        return tr("eigen cijfers,clienten,wmo,jeugdwet,participatiewet,stapeling,privacy,own data,records").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Counts person-level client records per buurt (or wijk) and adds them to an RKSD GeoPackage as own "
            "indicators, with the same disclosure control as own figures.</p>"
            "<p><b>Privacy</b>: records never leave this computer. The area comes from a buurt or wijk code in the "
            "row, or from a postcode (and house number) looked up in a <i>local</i> postcode table you give (CBS "
            "'Buurt, wijk en gemeente voor postcode huisnummer'): no address is sent to any web service. Rows are "
            "counted in memory; ids are replaced by keyed hashes; no row, id or address is written to any output, "
            "cache, log or project. Rows without a known area are in no figure; the log says how many and why.</p>"
            "<p><b>Voorzieningen and stapeling</b>: with a voorziening column you get one indicator per voorziening; "
            "with stapeling also the number with at least one and the share with two or more (persons, or "
            "households with a household column). Because these come from the same clients, an extra check "
            "(linear programming, needs scipy) makes sure no small combination of voorzieningen can be derived.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Client records (CSV, XLSX, GeoPackage or layer)"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterEnum(
            self.AREA_KIND, tr("The area of a row is"),
            [tr("a buurt code"), tr("a wijk code"), tr("a PC6 postcode (local table)"),
             tr("a postcode and house number (local table)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_FIELD, tr("Column with the buurt/wijk code or postcode"), None, self.INPUT,
            QgsProcessingParameterField.DataType.Any))
        self.addParameter(QgsProcessingParameterField(
            self.NUMBER_FIELD, tr("Column with the house number"), None, self.INPUT,
            QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VOORZIENING_FIELD, tr("Column with the voorziening"), None, self.INPUT,
            QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_FIELD, tr("Column with the person or household id (empty: every row is one person)"),
            None, self.INPUT, QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNIT, tr("The id counts"), [tr("persons"), tr("households")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.STAPELING, tr("Stapeling: with at least one and with two or more voorzieningen"), True))
        self.add_gpkg()
        self.add_lookup()
        self.add_dataset("clienten")
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT, tr("RKSD GeoPackage with the own figures")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Privacy report")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ..core.errors import RksdError
        from ..core.owndata import report
        from ..core.owndata.records import RecordSpec
        from ..qgis_io.own_figures_io import release_from_records

        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        unit = UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        spec = RecordSpec(
            AREA_KINDS[self.parameterAsEnum(parameters, self.AREA_KIND, context)],
            self.parameterAsString(parameters, self.AREA_FIELD, context),
            number_field=self.parameterAsString(parameters, self.NUMBER_FIELD, context) or None,
            voorziening_field=self.parameterAsString(parameters, self.VOORZIENING_FIELD, context) or None,
            unit_field=self.parameterAsString(parameters, self.UNIT_FIELD, context) or None,
            unit=unit)
        gpkg = self.parameterAsFile(parameters, self.GPKG, context)
        try:
            info = self.dataset_info(parameters, context)
            info.unit = unit
            if not spec.voorziening_field:
                spec.voorziening = info.key
            release, summary = release_from_records(
                layer, spec, info, gpkg, self.rules(parameters, context),
                stapeling=self.parameterAsBoolean(parameters, self.STAPELING, context),
                lookup_path=self.parameterAsFile(parameters, self.LOOKUP, context) or None,
                progress=lambda f: feedback.setProgress(100 * f), is_cancelled=feedback.isCanceled)
            self.finish(release, summary, gpkg, feedback, tr("persons") if unit == "personen" else tr("households"))
        except RksdError as error:
            raise core_error(error)
        except Exception as error:  # noqa: BLE001 - never let a message carry a value of a row
            raise QgsProcessingException(tr("Reading the client records failed ({kind}); no row is shown here "
                                            "for privacy.").format(kind=type(error).__name__)) from None
        return {self.OUTPUT: gpkg, self.REPORT: "\n".join(report.privacy_lines(release, interface_language()))}
