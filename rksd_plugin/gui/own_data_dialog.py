"""The import dialog for the gemeente's own data: facilities, counts per area, client records.

One dialog, three kinds: the form shows what the kind needs (which columns hold what,
how categories map to facility kinds, the disclosure rules, where an indicator goes).
It only collects choices - ``job()`` hands them to a task; nothing is read beyond the
column names and, for facilities, the category values.
"""
import os

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import RksdError
from ..core.owndata import kinds, marks
from ..core.owndata.disclosure import DEFAULT_MIN_COUNT, MAX_MIN_COUNT, MIN_MIN_COUNT
from .translation import translate_error

_translate = QCoreApplication.translate
FACILITIES, COUNTS, RECORDS = "facilities", "counts", "records"
NONE = ""


def tr(text):
    return QCoreApplication.translate("RksdOwnDataDialog", text)


# guesses for a column by its name (lower case, without spaces), per role
GUESSES = {
    "category": ("categorie", "category", "soort", "type", "voorziening", "amenity"),
    "name": ("naam", "name", "organisatie", "locatie"),
    "x": ("x", "lon", "lng", "longitude", "xcoord", "x_rd", "rd_x"),
    "y": ("y", "lat", "latitude", "ycoord", "y_rd", "rd_y"),
    "postcode": ("postcode", "pc6", "pc", "postalcode", "addrpostcode"),
    "number": ("huisnummer", "huisnr", "nummer", "hnr", "housenumber", "addrhousenumber"),
    "addition": ("toevoeging", "huisletter", "huisnummertoevoeging"),
    "street": ("straat", "straatnaam", "street", "addrstreet"),
    "place": ("plaats", "woonplaats", "city", "addrcity"),
    "code": ("buurtcode", "wijkcode", "code", "bu_code", "wk_code", "postcode", "pc6", "pc4"),
    "area": ("buurtcode", "buurt", "bu_code", "wijkcode", "postcode", "pc6"),
    "voorziening": ("voorziening", "regeling", "wet", "product", "soort"),
    "unit": ("client_id", "clientnummer", "persoon", "bsn_hash", "huishouden_id", "id"),
}


def _plain_name(name):
    return "".join(ch for ch in name.lower() if ch.isalnum() or ch == "_").replace("_", "")


def guess(fields, role):
    wanted = [w.replace("_", "") for w in GUESSES.get(role, ())]
    plain = {_plain_name(f): f for f in fields}
    for word in wanted:
        if word in plain:
            return plain[word]
    return NONE


class OwnDataDialog(QDialog):
    def __init__(self, kind, catalog, language, gpkg=None, gemeente="", default_folder="", parent=None):
        super().__init__(parent)
        self.kind = kind
        self.catalog = catalog
        self.language = language
        self.gpkg = gpkg
        self.gemeente = gemeente
        self.layer = None  # the chosen source, opened read-only for its columns
        self.setObjectName("RksdOwnDataDialog")
        self.setWindowTitle({FACILITIES: tr("Import own facilities"), COUNTS: tr("Import own figures per area"),
                             RECORDS: tr("Import client records (person level)")}[kind])
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        intro.setObjectName("rksdOwnIntro")
        layout.addWidget(intro)
        layout.addWidget(self._source_box())
        self.combos = {}
        if kind == FACILITIES:
            layout.addWidget(self._facility_box())
            layout.addWidget(self._category_box())
            layout.addWidget(self._output_box(default_folder))
        else:
            layout.addWidget(self._area_box())
            layout.addWidget(self._dataset_box())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setObjectName("rksdOwnProblem")
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill_fields([])

    def _intro(self):
        if self.kind == FACILITIES:
            return tr("Turn the gemeente's list of facilities into points the analyses use. Rows are placed by their "
                      "coordinates or by address (PDOK Locatieserver); categories map to the catalog's facility "
                      "kinds. Every row that cannot be placed is listed with the reason.")
        text = tr("Own figures become indicators beside CBS: a count and a rate per 1,000 of a CBS population group, "
                  "per buurt, wijk and gemeente, marked as the gemeente's own source. Small counts are afgeschermd "
                  "before anything is shown or stored.")
        if self.kind == RECORDS:
            text += " " + tr("Client records stay on this computer: no address goes to any web service (postcodes "
                             "are looked up in a local table), and no row, id or address is stored anywhere.")
        return text

    # -- the source ------------------------------------------------------------------------
    def _source_box(self):
        box = QGroupBox(tr("Source"))
        form = QFormLayout(box)
        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("rksdOwnLayer")
        self.layer_combo.addItem("\u2013 {} \u2013".format(tr("a file")), None)
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.isValid():
                self.layer_combo.addItem(layer.name(), layer.id())
        self.layer_combo.currentIndexChanged.connect(self._source_changed)
        form.addRow(tr("Layer of the project"), self.layer_combo)
        self.file = QgsFileWidget()
        self.file.setObjectName("rksdOwnFile")
        self.file.setFilter(tr("Tables (*.csv *.txt *.xlsx *.ods *.gpkg *.geojson *.shp)"))
        self.file.fileChanged.connect(self._source_changed)
        form.addRow(tr("or a file"), self.file)
        return box

    def _source_changed(self, *args):
        self.layer = None
        self.problem.setText("")
        layer_id = self.layer_combo.currentData()
        try:
            if layer_id:
                self.layer = QgsProject.instance().mapLayer(layer_id)
            elif self.file.filePath():
                from ..qgis_io.own_sources import open_table

                self.layer = open_table(self.file.filePath())
        except RksdError as error:
            self.problem.setText(translate_error(error))
        fields = [f.name() for f in self.layer.fields()] if self.layer is not None else []
        self._fill_fields(fields)

    def _combo(self, role, optional=True):
        combo = QComboBox()
        combo.setObjectName("rksdOwnField_" + role)
        combo.setProperty("optional", optional)
        self.combos[role] = combo
        return combo

    def _fill_fields(self, fields):
        for role, combo in self.combos.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("\u2013 {} \u2013".format(tr("none")), NONE)
            for name in fields:
                combo.addItem(name, name)
            choice = current if current in fields else guess(fields, role)
            index = combo.findData(choice)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        if self.kind == FACILITIES:
            self._fill_categories()
        if self.kind == COUNTS:
            self._fill_counts(fields)

    def field(self, role):
        combo = self.combos.get(role)
        return (combo.currentData() or None) if combo is not None else None

    # -- facilities --------------------------------------------------------------------------
    def _facility_box(self):
        box = QGroupBox(tr("Columns"))
        form = QFormLayout(box)
        for role, label in (("category", tr("Category")), ("name", tr("Name")),
                            ("x", tr("X or longitude")), ("y", tr("Y or latitude"))):
            form.addRow(label, self._combo(role))
        self.crs = QComboBox()
        self.crs.setObjectName("rksdOwnCrs")
        self.crs.addItem(tr("RD New (EPSG:28992)"), "EPSG:28992")
        self.crs.addItem(tr("longitude/latitude (EPSG:4326)"), "EPSG:4326")
        form.addRow(tr("Coordinates in"), self.crs)
        for role, label in (("postcode", tr("Postcode")), ("number", tr("House number")),
                            ("addition", tr("House letter or addition")), ("street", tr("Street")),
                            ("place", tr("Place"))):
            form.addRow(label, self._combo(role))
        self.combos["category"].currentIndexChanged.connect(lambda index: self._fill_categories())
        return box

    def _category_box(self):
        box = QGroupBox(tr("Categories and the catalog's facility kinds"))
        layout = QVBoxLayout(box)
        self.categories = QTableWidget(0, 2)
        self.categories.setObjectName("rksdOwnCategories")
        self.categories.setHorizontalHeaderLabels([tr("Own category"), tr("Facility kind")])
        self.categories.verticalHeader().setVisible(False)
        self.categories.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.categories.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.categories.setMinimumHeight(140)
        layout.addWidget(self.categories)
        return box

    def _fill_categories(self):
        if not hasattr(self, "categories"):
            return
        self.categories.setRowCount(0)
        name = self.field("category")
        if self.layer is None or not name:
            return
        index = self.layer.fields().indexOf(name)
        values = sorted({str(v) for v in self.layer.uniqueValues(index) if v is not None and str(v) != "NULL"},
                        key=str.lower)[:200]
        mapper = kinds.KindMapper(self.catalog)
        choices = [(key, mapper.title(key, self.language)) for key in kinds.facility_kinds(self.catalog)]
        choices.append((kinds.OTHER, mapper.title(kinds.OTHER, self.language)))
        for value in values:
            row = self.categories.rowCount()
            self.categories.insertRow(row)
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.categories.setItem(row, 0, item)
            combo = QComboBox()
            for key, title in choices:
                combo.addItem(title, key)
            combo.setCurrentIndex(max(combo.findData(mapper.kind(value)), 0))
            self.categories.setCellWidget(row, 1, combo)

    def category_overrides(self):
        result = {}
        for row in range(self.categories.rowCount()):
            result[self.categories.item(row, 0).text()] = self.categories.cellWidget(row, 1).currentData()
        return result

    def _output_box(self, default_folder):
        box = QGroupBox(tr("Result"))
        form = QFormLayout(box)
        self.output = QgsFileWidget()
        self.output.setObjectName("rksdOwnOutput")
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter("GeoPackage (*.gpkg)")
        name = "rksd_{}_eigen_voorzieningen.gpkg".format(self.gemeente) if self.gemeente else \
            "rksd_eigen_voorzieningen.gpkg"
        self.output.setFilePath(os.path.join(default_folder or os.path.expanduser("~"), name))
        form.addRow(tr("GeoPackage"), self.output)
        return box

    # -- counts and records --------------------------------------------------------------------
    def _area_box(self):
        box = QGroupBox(tr("Columns"))
        form = QFormLayout(box)
        self.level = QComboBox()
        self.level.setObjectName("rksdOwnLevel")
        if self.kind == COUNTS:
            for key, label in (("buurt", tr("buurt codes")), ("wijk", tr("wijk codes")), ("pc6", tr("PC6 postcodes")),
                               ("pc4", tr("PC4 postcodes"))):
                self.level.addItem(label, key)
            form.addRow(tr("The codes are"), self.level)
            form.addRow(tr("Area code"), self._combo("code"))
            self.count_list = QListWidget()
            self.count_list.setObjectName("rksdOwnCounts")
            self.count_list.setMaximumHeight(110)
            form.addRow(tr("Counts"), self.count_list)
        else:
            for key, label in (("buurt", tr("a buurt code")), ("wijk", tr("a wijk code")),
                               ("pc6", tr("a PC6 postcode (local table)")),
                               ("address", tr("a postcode and house number (local table)"))):
                self.level.addItem(label, key)
            form.addRow(tr("The area of a row is"), self.level)
            form.addRow(tr("Area code or postcode"), self._combo("area"))
            form.addRow(tr("House number"), self._combo("number"))
            form.addRow(tr("Voorziening"), self._combo("voorziening"))
            form.addRow(tr("Person or household id"), self._combo("unit"))
            self.unit = QComboBox()
            self.unit.setObjectName("rksdOwnUnit")
            self.unit.addItem(tr("persons"), "personen")
            self.unit.addItem(tr("households"), "huishoudens")
            form.addRow(tr("The id counts"), self.unit)
            self.stapeling = QCheckBox(tr("Stapeling: with at least one and with two or more voorzieningen"))
            self.stapeling.setObjectName("rksdOwnStapeling")
            self.stapeling.setChecked(True)
            form.addRow("", self.stapeling)
        self.lookup = QgsFileWidget()
        self.lookup.setObjectName("rksdOwnLookup")
        self.lookup.setFilter(tr("Postcode table (*.csv)"))
        self.lookup.setToolTip(tr("CBS 'Buurt, wijk en gemeente voor postcode huisnummer' (pc6hnr...csv), or a CSV "
                                  "with postcode, house number and buurt code. Only read on this computer."))
        form.addRow(tr("Local postcode table"), self.lookup)
        return box

    def _fill_counts(self, fields):
        self.count_list.clear()
        code = self.field("code")
        for name in fields:
            if name == code:
                continue
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.count_list.addItem(item)

    def count_fields(self):
        return [self.count_list.item(i).text() for i in range(self.count_list.count())
                if self.count_list.item(i).checkState() == Qt.CheckState.Checked]

    def _dataset_box(self):
        box = QGroupBox(tr("Indicator and privacy"))
        form = QFormLayout(box)
        self.key = QLineEdit("clienten" if self.kind == RECORDS else "cijfers")
        self.key.setObjectName("rksdOwnKey")
        self.key.setToolTip(tr("Letters and digits; the fields are called eigen_<name>_..."))
        form.addRow(tr("Short name"), self.key)
        self.title = QLineEdit()
        self.title.setObjectName("rksdOwnTitle")
        self.title.setPlaceholderText(tr("e.g. Wmo clients"))
        form.addRow(tr("Title"), self.title)
        self.source_label = QLineEdit()
        self.source_label.setObjectName("rksdOwnSourceLabel")
        self.source_label.setPlaceholderText(tr("e.g. Gemeente Maastricht, Wmo registration"))
        form.addRow(tr("Source"), self.source_label)
        self.period = QLineEdit()
        self.period.setObjectName("rksdOwnPeriod")
        form.addRow(tr("Period"), self.period)
        self.population = QComboBox()
        self.population.setObjectName("rksdOwnPopulation")
        for key, label in (("inwoners", tr("inhabitants")), ("inwoners_0_15", tr("inhabitants aged 0-14")),
                           ("inwoners_65plus", tr("inhabitants aged 65 or over")), ("huishoudens", tr("households"))):
            self.population.addItem(label, key)
        form.addRow(tr("Rate per 1,000"), self.population)
        self.min_count = QSpinBox()
        self.min_count.setObjectName("rksdOwnMinCount")
        self.min_count.setRange(MIN_MIN_COUNT, MAX_MIN_COUNT)
        self.min_count.setValue(DEFAULT_MIN_COUNT)
        self.min_count.setToolTip(tr("Counts from 1 up to this number minus 1 are afgeschermd (default 5, as "
                                     "Straatkubus and Amsterdam's BBGA)."))
        form.addRow(tr("Minimum count"), self.min_count)
        self.round5 = QCheckBox(tr("Round published counts to 5 (as CBS)"))
        self.round5.setObjectName("rksdOwnRound")
        form.addRow("", self.round5)
        self.question = QComboBox()
        self.question.setObjectName("rksdOwnQuestion")
        self.question.addItem("\u2013 {} \u2013".format(tr("no question")), None)
        for question in self.catalog.questions:
            self.question.addItem("{}. {}".format(question.number, question.title.get(self.language)), question.id)
        form.addRow(tr("Also in the index of"), self.question)
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName("rksdOwnWeight")
        self.weight.setRange(0.0, 100.0)
        self.weight.setValue(1.0)
        form.addRow(tr("with weight"), self.weight)
        self.direction = QComboBox()
        self.direction.setObjectName("rksdOwnDirection")
        for key, label in (("higher_is_risk", tr("higher = more risk")), ("lower_is_risk", tr("lower = more risk")),
                           ("neutral", tr("neutral"))):
            self.direction.addItem(label, key)
        form.addRow(tr("Direction"), self.direction)
        self.synthetic = QCheckBox(tr("SYNTHETIC example data (labelled on every output)"))
        self.synthetic.setObjectName("rksdOwnSynthetic")
        form.addRow("", self.synthetic)
        note = QLabel(marks.legend_line("suppressed", self.language))
        note.setWordWrap(True)
        form.addRow(note)
        return box

    # -- the result ----------------------------------------------------------------------------
    def _accept(self):
        try:
            self.job()
        except ValueError as problem:
            self.problem.setText(str(problem))
            return
        self.accept()

    def source_ref(self):
        """What the task opens itself: a file path, or a project layer's provider and URI."""
        if self.layer is None:
            raise ValueError(tr("Choose a file or a layer."))
        if self.layer_combo.currentData():
            if self.layer.providerType() == "memory":
                raise ValueError(tr("A temporary (memory) layer cannot be read in the background; save it first."))
            return (self.layer.providerType(), self.layer.source(), self.layer.name())
        return self.file.filePath()

    def job(self):
        """Everything the task needs, checked; raises ValueError with a message for the user."""
        from ..core.owndata import model

        job = {"kind": self.kind, "source": self.source_ref()}
        if self.kind == FACILITIES:
            from ..core.owndata.facilities import FacilitySpec

            spec = FacilitySpec(
                category_field=self.field("category"), name_field=self.field("name"), x_field=self.field("x"),
                y_field=self.field("y"), coordinate_crs=self.crs.currentData(),
                postcode_field=self.field("postcode"), number_field=self.field("number"),
                addition_field=self.field("addition"), street_field=self.field("street"),
                place_field=self.field("place"), overrides=self.category_overrides())
            try:
                from ..qgis_io.own_sources import field_names, is_point_layer

                spec.check(field_names(self.layer), is_point_layer(self.layer))
            except RksdError as error:
                raise ValueError(translate_error(error))
            if not self.output.filePath():
                raise ValueError(tr("Choose where to save the GeoPackage."))
            job.update(spec=spec, output=self.output.filePath())
            return job
        if not self.gpkg:
            raise ValueError(tr("Make the maps of the gemeente first: own figures join its GeoPackage."))
        from ..core.owndata.records import field_token

        key = field_token(self.key.text())[:20]
        if not key:
            raise ValueError(tr("Give a short name of letters and digits."))
        title = self.title.text().strip() or key
        info = model.DatasetInfo(
            key=key, title={"nl": title, "en": title}, source=self.source_label.text().strip(),
            period=self.period.text().strip(), population=self.population.currentData(),
            synthetic=self.synthetic.isChecked(), direction=self.direction.currentData(),
            question=self.question.currentData(), weight=self.weight.value())
        from ..core.owndata.disclosure import Rules

        rules = Rules(min_count=self.min_count.value(), round_to=5 if self.round5.isChecked() else 0)
        lookup = self.lookup.filePath() or None
        if self.kind == COUNTS:
            from ..core.owndata.figures import FigureSpec

            if not self.field("code"):
                raise ValueError(tr("Choose the column with the area code."))
            if not self.count_fields():
                raise ValueError(tr("Tick at least one column with counts."))
            spec = FigureSpec(self.level.currentData(), self.field("code"), self.count_fields())
            if spec.level in ("pc6", "pc4") and not lookup:
                raise ValueError(tr("Postcodes need the local postcode table."))
        else:
            from ..core.owndata.records import RecordSpec

            if not self.field("area"):
                raise ValueError(tr("Choose the column with the area."))
            unit = self.unit.currentData()
            info.unit = unit
            spec = RecordSpec(self.level.currentData(), self.field("area"), number_field=self.field("number"),
                              voorziening_field=self.field("voorziening"), voorziening=key,
                              unit_field=self.field("unit"), unit=unit)
            if spec.area_kind in ("pc6", "address") and not lookup:
                raise ValueError(tr("Postcodes need the local postcode table: addresses never go to a web service."))
            if spec.area_kind == "address" and not spec.number_field:
                raise ValueError(tr("Choose the column with the house number."))
            job["stapeling"] = self.stapeling.isChecked() and bool(spec.voorziening_field)
        job.update(spec=spec, info=info, rules=rules, lookup=lookup, gpkg=self.gpkg)
        return job
