"""Processing algorithm ``rksd:eigen_voorzieningen``: the gemeente's facility list as points for the analyses."""
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsCoordinateReferenceSystem,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import PARAMETER_FLAG_ADVANCED, SOURCE_POINT, SOURCE_VECTOR, WKB_NO_GEOMETRY, WKB_POINT, field_type
from .alg_own_base import OwnDataAlgorithm, core_error


def tr(text):
    return QCoreApplication.translate("RksdOwnAlgorithms", text)


CRS_CHOICES = ["EPSG:28992", "EPSG:4326"]


class OwnFacilitiesAlgorithm(OwnDataAlgorithm):
    INPUT = "INPUT"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    NAME_FIELD = "NAME_FIELD"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    COORDINATE_CRS = "COORDINATE_CRS"
    POSTCODE_FIELD = "POSTCODE_FIELD"
    NUMBER_FIELD = "NUMBER_FIELD"
    ADDITION_FIELD = "ADDITION_FIELD"
    STREET_FIELD = "STREET_FIELD"
    PLACE_FIELD = "PLACE_FIELD"
    CATEGORY_MAP = "CATEGORY_MAP"
    OFFLINE = "OFFLINE"
    UNPLACED = "UNPLACED"
    PLACED_COUNT = "PLACED_COUNT"
    UNPLACED_COUNT = "UNPLACED_COUNT"

    def name(self):
        return "eigen_voorzieningen"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Own facilities (list to points)")

    def shortDescription(self):  # noqa: N802 - QGIS API
        return tr("The gemeente's own list of facilities as points with the catalog's facility kinds, placed by "
                  "coordinates or by address (PDOK Locatieserver); every row not placed is listed with why.")

    def tags(self):
        return tr("eigen voorzieningen,geocoderen,adres,postcode,locatieserver,own facilities,geocoding").split(",")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "<p>Makes a point layer from the gemeente's list of facilities (welzijn, sport, cultuur, zorg, "
            "dagbesteding, beschermd wonen, ...). Each row is placed by the first way that works: its own point "
            "geometry, coordinate columns (RD or longitude/latitude), postcode + house number, or street + house "
            "number + place. Addresses are geocoded with the PDOK Locatieserver through RKSD's network settings and "
            "cache (a second run asks nothing again); offline, only cached answers are used.</p>"
            "<p><b>Categories</b> are mapped to the catalog's facility kinds (supermarkt, huisarts, apotheek, "
            "ontmoeting, fysio, ov_halte, welzijn, zorg, dagbesteding, beschermd_wonen, jeugd, sport, cultuur, "
            "onderwijs) by name or synonym; map others by hand as 'own category=kind; ...'. The output's field "
            "<i>categorie</i> holds the kind, so rksd:bereikbaarheid, rksd:langer_thuis and rksd:zorgvraag_aanbod "
            "take the layer directly (category field: categorie).</p>"
            "<p><b>Not placed</b>: every row that could not be placed is in the second output with the reason "
            "(no address, postcode not Dutch, house number a spreadsheet made a date of, address not in the BAG, "
            "several addresses match, ...).</p>"
            "<p>Only public addresses of facilities are sent to PDOK - never use this for client addresses.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Facility list (CSV, XLSX, GeoPackage or layer)"), [SOURCE_VECTOR]))
        for name, label in ((self.CATEGORY_FIELD, tr("Category column")), (self.NAME_FIELD, tr("Name column")),
                            (self.X_FIELD, tr("X or longitude column")), (self.Y_FIELD, tr("Y or latitude column")),
                            (self.POSTCODE_FIELD, tr("Postcode column")),
                            (self.NUMBER_FIELD, tr("House number column")),
                            (self.ADDITION_FIELD, tr("House letter or addition column")),
                            (self.STREET_FIELD, tr("Street column")), (self.PLACE_FIELD, tr("Place column"))):
            self.addParameter(QgsProcessingParameterField(
                name, label, None, self.INPUT, QgsProcessingParameterField.DataType.Any, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COORDINATE_CRS, tr("Coordinates are in"), [tr("RD New (EPSG:28992)"),
                                                           tr("longitude/latitude (EPSG:4326)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.CATEGORY_MAP, tr("Own category = kind, separated by ;"), "", optional=True))
        offline = QgsProcessingParameterBoolean(
            self.OFFLINE, tr("Offline: use only answers already in the cache"), False)
        offline.setFlags(offline.flags() | PARAMETER_FLAG_ADVANCED)
        self.addParameter(offline)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Own facilities"), SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNPLACED, tr("Facilities not placed"), SOURCE_VECTOR, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.PLACED_COUNT, tr("Placed")))
        self.addOutput(QgsProcessingOutputNumber(self.UNPLACED_COUNT, tr("Not placed")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ..core.catalog import Catalog
        from ..core.errors import RksdError
        from ..core.owndata import kinds
        from ..core.owndata.facilities import FacilitySpec
        from ..qgis_io.own_facilities_io import import_from_source

        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))

        def field(name):
            return self.parameterAsString(parameters, name, context) or None

        spec = FacilitySpec(
            category_field=field(self.CATEGORY_FIELD), name_field=field(self.NAME_FIELD),
            x_field=field(self.X_FIELD), y_field=field(self.Y_FIELD),
            coordinate_crs=CRS_CHOICES[self.parameterAsEnum(parameters, self.COORDINATE_CRS, context)],
            postcode_field=field(self.POSTCODE_FIELD), number_field=field(self.NUMBER_FIELD),
            addition_field=field(self.ADDITION_FIELD), street_field=field(self.STREET_FIELD),
            place_field=field(self.PLACE_FIELD),
            overrides=kinds.parse_overrides(self.parameterAsString(parameters, self.CATEGORY_MAP, context)))
        catalog = Catalog.load()
        try:
            offline = True if self.parameterAsBoolean(parameters, self.OFFLINE, context) else None
            transport = _transport(feedback, offline) if (spec.postcode_field or spec.street_field) else None
            result = import_from_source(layer, spec, catalog, transport,
                                        progress=lambda f: feedback.setProgress(100 * f),
                                        is_cancelled=feedback.isCanceled)
        except RksdError as error:
            raise core_error(error)
        mapper = kinds.KindMapper(catalog)
        fields = QgsFields()
        for name, kind in (("categorie", "string"), ("soort", "string"), ("eigen_categorie", "string"),
                           ("naam", "string"), ("adres", "string"), ("plaatsing", "string"), ("bron", "string"),
                           ("bron_rij", "long")):
            fields.append(QgsField(name, field_type(kind)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WKB_POINT,
                                          QgsCoordinateReferenceSystem("EPSG:28992"))
        from ..core.owndata.facilities import OWN_SOURCE

        for item in result.placed:
            feature = QgsFeature(fields)
            feature.setAttributes([item.kind, mapper.title(item.kind), item.own_category, item.name, item.address,
                                   item.method, OWN_SOURCE, int(item.row)])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(item.x, item.y)))
            sink.addFeature(feature)
        outputs = {self.OUTPUT: dest, self.PLACED_COUNT: len(result.placed), self.UNPLACED_COUNT: len(result.unplaced)}
        from .alg_base import StyleOutput, language
        from ..qgis_io.own_styles import facility_renderer

        StyleOutput.attach(context, dest, lambda layer: facility_renderer(layer, catalog, language()),
                           marks_name(language()))
        table_fields = QgsFields()
        for name, kind in (("bron_rij", "long"), ("naam", "string"), ("adres", "string"), ("reden", "string"),
                           ("reden_code", "string")):
            table_fields.append(QgsField(name, field_type(kind)))
        unplaced_sink, unplaced_dest = self.parameterAsSink(parameters, self.UNPLACED, context, table_fields,
                                                            WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
        translate = _translate_reason
        for item in result.unplaced:
            feedback.pushInfo(tr("Row {row} ({name}) not placed: {why}").format(
                row=item.row, name=item.name or "-", why=item.text(translate)))
            if unplaced_sink is not None:
                feature = QgsFeature(table_fields)
                feature.setAttributes([int(item.row), item.name, item.address, item.text(translate), item.reason])
                unplaced_sink.addFeature(feature)
        if unplaced_sink is not None:
            outputs[self.UNPLACED] = unplaced_dest
        for own, count in sorted(result.unmapped.items()):
            feedback.reportError(tr("Category '{category}' ({count}x) is not one of the catalog's facility kinds: "
                                    "kind 'overig'.").format(category=own or "-", count=count), False)
        feedback.pushInfo(tr("{placed} placed, {unplaced} not placed, {requests} addresses asked.").format(
            placed=len(result.placed), unplaced=len(result.unplaced), requests=result.requests))
        return outputs


def marks_name(language):
    from ..core.owndata import marks

    return marks.own_name({"nl": "Eigen voorzieningen", "en": "Own facilities"}.get(language, "Own facilities"),
                          language)


def _translate_reason(text):
    return QCoreApplication.translate("RksdOwnData", text)


def _transport(feedback, offline=None):
    """The plugin's transport (QGIS network settings, cache, offline mode), cancelled with the run."""
    from ..gui.tasks import make_transport

    return make_transport(is_cancelled=feedback.isCanceled, offline=offline)
