"""Shared parts of the own-data algorithms: group, the data set's description, disclosure rules.

Only qgis.core at module level; the core modules are imported when an algorithm runs.
"""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import PARAMETER_FLAG_ADVANCED


def tr(text):
    return QCoreApplication.translate("RksdOwnAlgorithms", text)


POPULATIONS = ["inwoners", "inwoners_0_15", "inwoners_65plus", "huishoudens"]
DIRECTIONS = ["higher_is_risk", "lower_is_risk", "neutral"]
ROUNDING = [0, 5]


def _questions():
    from ..core.catalog import Catalog

    try:
        return Catalog.load().questions
    except Exception:  # noqa: BLE001 - the list of questions is a convenience in the dialog
        return []


def question_ids():
    return [q.id for q in _questions()]


def question_labels():
    language = interface_language()
    return ["{}. {}".format(q.number, q.title.get(language) or q.title.get("nl")) for q in _questions()]


def interface_language():
    try:
        from ..gui.translation import current_language

        return current_language()
    except Exception:  # noqa: BLE001 - a label language is never worth failing for
        return "nl"


class OwnDataAlgorithm(QgsProcessingAlgorithm):
    GPKG = "GPKG"
    KEY = "KEY"
    TITLE = "TITLE"
    SOURCE_LABEL = "SOURCE_LABEL"
    PERIOD = "PERIOD"
    POPULATION = "POPULATION"
    POPULATIONS = "MEASURE_POPULATIONS"
    MIN_COUNT = "MIN_COUNT"
    ROUND = "ROUND"
    COMPLEMENT = "COMPLEMENT"
    QUESTION = "QUESTION"
    WEIGHT = "WEIGHT"
    DIRECTION = "DIRECTION"
    SYNTHETIC = "SYNTHETIC"
    LOOKUP = "LOOKUP"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def group(self):
        return tr("Own data")

    def groupId(self):  # noqa: N802 - QGIS API
        return "own_data"

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    # -- parameters shared by the own-figures algorithms ------------------------------
    def add_gpkg(self):
        self.addParameter(QgsProcessingParameterFile(
            self.GPKG, tr("RKSD GeoPackage of the gemeente (made by the RKSD panel or the demo)"), extension="gpkg"))

    def add_lookup(self):
        self.addParameter(QgsProcessingParameterFile(
            self.LOOKUP, tr("Local postcode table (CSV: PC6, house number, buurt code; for postcodes)"),
            extension="csv", optional=True))

    def add_dataset(self, default_key):
        from ..core.owndata.disclosure import DEFAULT_MIN_COUNT

        self.addParameter(QgsProcessingParameterString(self.KEY, tr("Short name (becomes eigen_<name>_... fields)"),
                                                       default_key))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(self.SOURCE_LABEL, tr("Source (e.g. 'Gemeente X, Wmo-registratie')"),
                                                       "", optional=True))
        self.addParameter(QgsProcessingParameterString(self.PERIOD, tr("Period (e.g. 2024)"), "", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.POPULATION, tr("Rates per 1,000 of (CBS population of the year)"),
            [tr("inhabitants"), tr("inhabitants aged 0-14"), tr("inhabitants aged 65 or over"), tr("households")],
            defaultValue=0))
        per_measure = QgsProcessingParameterString(
            self.POPULATIONS, tr("Another group per measure (e.g. jeugdwet=inwoners_0_15; wmo=inwoners_65plus)"),
            "", optional=True)
        per_measure.setFlags(per_measure.flags() | PARAMETER_FLAG_ADVANCED)
        self.addParameter(per_measure)
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_COUNT, tr("Minimum count: 1 up to this minus 1 is afgeschermd"),
            QgsProcessingParameterNumber.Type.Integer, DEFAULT_MIN_COUNT, False, 3, 100))
        self.addParameter(QgsProcessingParameterEnum(
            self.ROUND, tr("Round published counts"), [tr("no"), tr("to 5")], defaultValue=0))
        complement = QgsProcessingParameterBoolean(
            self.COMPLEMENT, tr("Also hide a count close to the whole population of the area"), True)
        complement.setFlags(complement.flags() | PARAMETER_FLAG_ADVANCED)
        self.addParameter(complement)
        self.addParameter(QgsProcessingParameterEnum(
            self.QUESTION, tr("Add the main indicator to the index of question (optional)"),
            [tr("none")] + question_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WEIGHT, tr("Weight in that index"), QgsProcessingParameterNumber.Type.Double, 1.0, False, 0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DIRECTION, tr("Direction"), [tr("higher = more risk"), tr("lower = more risk"), tr("neutral")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SYNTHETIC, tr("These are SYNTHETIC example data (labelled so on every output)"), False))

    def rules(self, parameters, context):
        from ..core.owndata.disclosure import Rules

        rules = Rules(min_count=self.parameterAsInt(parameters, self.MIN_COUNT, context),
                      round_to=ROUNDING[self.parameterAsEnum(parameters, self.ROUND, context)],
                      complement=self.parameterAsBoolean(parameters, self.COMPLEMENT, context))
        return rules.check()

    def dataset_info(self, parameters, context):
        from ..core.owndata.model import DatasetInfo, parse_populations
        from ..core.owndata.records import field_token

        key = field_token(self.parameterAsString(parameters, self.KEY, context))
        if not key:
            raise QgsProcessingException(tr("Give a short name of letters and digits."))
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or key
        question = self.parameterAsEnum(parameters, self.QUESTION, context)
        questions = question_ids()
        return DatasetInfo(
            key=key[:20], title={"nl": title, "en": title},
            source=self.parameterAsString(parameters, self.SOURCE_LABEL, context).strip(),
            period=self.parameterAsString(parameters, self.PERIOD, context).strip(),
            population=POPULATIONS[self.parameterAsEnum(parameters, self.POPULATION, context)],
            synthetic=self.parameterAsBoolean(parameters, self.SYNTHETIC, context),
            direction=DIRECTIONS[self.parameterAsEnum(parameters, self.DIRECTION, context)],
            question=questions[question - 1] if question > 0 and question - 1 < len(questions) else None,
            weight=self.parameterAsDouble(parameters, self.WEIGHT, context),
            populations=parse_populations(self.parameterAsString(parameters, self.POPULATIONS, context)))

    def finish(self, release, summary, gpkg, feedback, unit_word):
        """Merge into the GeoPackage and tell what happened (counts only, never rows)."""
        from ..core.catalog import Catalog
        from ..core.owndata import report
        from ..qgis_io.own_figures_io import merge_release

        language = interface_language()
        result = merge_release(gpkg, release, Catalog.load(), language=language)
        feedback.pushInfo(tr("{rows} rows read, {counted} {unit} counted.").format(
            rows=summary.rows, counted=summary.counted, unit=unit_word))
        for reason, count in sorted(summary.reasons.items()):
            feedback.pushInfo(tr("Not counted ({count} rows): {why}").format(count=count, why=reason_text(reason)))
        for line in report.privacy_lines(release, language):
            feedback.pushInfo(line)
        return result


def reason_text(key):
    from ..core.owndata.records import REASONS

    return QCoreApplication.translate("RksdOwnData", REASONS.get(key, key))


def core_error(error):
    from ..core.errors import Cancelled

    if isinstance(error, Cancelled):
        return QgsProcessingException(tr("Cancelled: nothing was written."))
    return QgsProcessingException(error.message(lambda text: QCoreApplication.translate("RksdErrors", text)))
