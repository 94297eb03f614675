"""Own figures into an RKSD GeoPackage: published values only, with the privacy report beside them.

``merge_release`` adds a release's own indicators to the buurten, wijken and gemeente
layers (a re-import of the same data set replaces its fields), optionally adds the main
indicator to a question's index, and writes

* ``rksd_eigen_cijfers``: every published count per data set, measure and area (NULL
  where afgeschermd) - what the atlas, a later run and other tools read back;
* ``rksd_privacy``: the privacy report, line by line, in Dutch and English;
* ``rksd_provenance`` key ``own_data``: the releases (published values and rules only).

The GeoPackage is copied, changed and moved back into place, so a failure leaves the
original as it was. Person-level data never reaches this module.
"""
import json
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass, field
from typing import Dict, List

from osgeo import gdal, ogr

from ..core.areas import AreaLayer, FieldSpec
from ..core.errors import QT_TRANSLATE_NOOP, RksdError
from ..core.owndata import marks, own_indicators, questions, report
from ..core.owndata.disclosure import Hierarchy
from ..core.owndata.model import Release, split_cell_key
from .gpkg_writer import PROVENANCE_TABLE, read_provenance

OWN_TABLE = "rksd_eigen_cijfers"
PRIVACY_TABLE = "rksd_privacy"
OWN_KEY = "own_data"
LAYERS = (("buurten", "buurt"), ("wijken", "wijk"), ("gemeente", "gemeente"))
_OGR = {"string": ogr.OFTString, "int": ogr.OFTInteger64, "real": ogr.OFTReal}


class NotAnAreaGeoPackage(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "{path} is not an RKSD GeoPackage of a gemeente ({detail}).")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Make the maps for the gemeente first (Ophalen) and choose the GeoPackage RKSD wrote.")


class ReleaseDoesNotFit(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The own figures are for {own} {own_year}, the GeoPackage is {gpkg} "
                                               "{gpkg_year}.")


@dataclass
class Areas:
    path: str
    gemeente: str
    year: int
    provenance: dict
    layers: Dict[str, AreaLayer]

    def records(self, name):
        layer = self.layers.get(name)
        return layer.records if layer is not None else []

    def hierarchy(self, leaf_level="buurt"):
        return Hierarchy.from_records(self.gemeente, self.records("buurten"), self.records("wijken"), leaf_level)

    def codes(self, name):
        return [r["code"] for r in self.records(name)]


@dataclass
class MergeResult:
    path: str
    indicators: List[own_indicators.OwnIndicator]
    question: dict = field(default_factory=dict)


def read_areas(path):
    """The area layers (records, no geometry) and the provenance of an RKSD GeoPackage."""
    if not os.path.isfile(path):
        raise NotAnAreaGeoPackage(path=path, detail="file not found")
    dataset = ogr.Open(path)
    if dataset is None:
        raise NotAnAreaGeoPackage(path=path, detail="cannot be opened")
    names = {dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())}
    if not {"buurten", "wijken", "gemeente", PROVENANCE_TABLE} <= names:
        dataset = None
        raise NotAnAreaGeoPackage(path=path, detail="no buurten, wijken and gemeente layers with provenance")
    layers = {name: _read_layer(dataset.GetLayerByName(name), level) for name, level in LAYERS}
    dataset = None
    provenance = read_provenance(path)
    return Areas(path, str(provenance.get("gemeente") or ""), int(provenance.get("year") or 0), provenance, layers)


def _read_layer(layer, level):
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    kinds = {ogr.OFTString: "string", ogr.OFTInteger: "int", ogr.OFTInteger64: "int"}
    fields = [FieldSpec(n, kinds.get(definition.GetFieldDefn(i).GetType(), "real"), {"nl": n, "en": n})
              for i, n in enumerate(names)]
    records = []
    layer.ResetReading()
    for feature in layer:
        records.append({n: feature.GetField(i) if feature.IsFieldSetAndNotNull(i) else None for i, n in enumerate(names)})
    return AreaLayer(level=level, fields=fields, records=records, geometries=[])


def read_releases(path) -> List[Release]:
    """The own-data releases stored in an RKSD GeoPackage (published values only)."""
    stored = read_provenance(path).get(OWN_KEY) or {}
    return [Release.from_json(json.dumps(document)) for document in stored.get("releases", {}).values()]


def merge_release(gpkg_path, release: Release, catalog, output_path=None, language="nl"):
    """Add ``release`` to the GeoPackage (written to ``output_path``, default in place)."""
    areas = read_areas(gpkg_path)
    if areas.gemeente != release.gemeente or areas.year != release.year:
        raise ReleaseDoesNotFit(own=release.gemeente, own_year=release.year, gpkg=areas.gemeente,
                                gpkg_year=areas.year)
    prefix = "{}{}_".format(own_indicators.PREFIX, release.info.key)
    for layer in areas.layers.values():  # a re-import replaces the data set's earlier fields
        layer.fields = [f for f in layer.fields if not f.name.startswith(prefix)]
        for record in layer.records:
            for key in [k for k in record if k.startswith(prefix)]:
                del record[key]
    indicators = own_indicators.apply_to_layers(areas.layers, release)
    question_summary = {}
    changed_index = None
    if release.info.question and release.level == "buurt":
        question_summary, changed_index = _merge_question(areas, release, indicators, catalog)
    output_path = output_path or gpkg_path
    folder = os.path.dirname(os.path.abspath(output_path)) or "."
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".rksd-own-", suffix=".gpkg")
    os.close(handle)
    try:
        shutil.copyfile(gpkg_path, tmp)
        _write(tmp, areas, release, indicators, changed_index, prefix)
        _write_provenance(tmp, areas.provenance, release, indicators, question_summary)
        _store_styles(tmp, areas, indicators, language)
        os.replace(tmp, output_path)
    except BaseException:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
        raise
    return MergeResult(output_path, indicators, question_summary)


def _merge_question(areas, release, indicators, catalog):
    question = catalog.question(release.info.question)
    stored = (areas.provenance.get("questions") or {}).get(question.id) or {}
    weights = {k: v for k, v in (stored.get("weights") or {}).items()
               if not k.startswith(own_indicators.PREFIX)}  # an earlier own component is replaced
    if not weights or question.index_id not in {f.name for f in areas.layers["buurten"].fields}:
        return {}, None
    main = own_indicators.indicator_by_id(indicators, "{}{}_{}".format(
        own_indicators.PREFIX, release.info.key, release.main_measure))
    normalisation = stored.get("normalisation") or areas.provenance.get("normalisation") or "percentile"
    summary = questions.merge_into_question(
        areas.records("buurten"), question, weights, normalisation, main.id, release.info.weight, main.direction,
        questions.question_threshold(catalog, question))
    summary["question"] = question.id
    layer = areas.layers["buurten"]
    names = {f.name for f in layer.fields}
    if main.id + "_score" not in names:
        own_indicators._insert_fields(layer, [FieldSpec(
            main.id + "_score", "real", {"nl": "{} - score (hoog = meer risico)".format(main.title["nl"]),
                                         "en": "{} - score (high = more risk)".format(main.title["en"])},
            role="score", decimals=1)])
    return summary, (question, main.id)


def _write(path, areas, release, indicators, changed_index, prefix):
    dataset = ogr.Open(path, 1)
    if dataset is None:
        raise RuntimeError("cannot open {} for writing".format(path))
    try:
        for name, level in LAYERS:
            layer = dataset.GetLayerByName(name)
            area = areas.layers[name]
            definition = layer.GetLayerDefn()
            for index in reversed(range(definition.GetFieldCount())):
                if definition.GetFieldDefn(index).GetName().startswith(prefix):
                    layer.DeleteField(index)
            new = [f for f in area.fields if f.name.startswith(prefix)]
            for spec in new:
                definition = ogr.FieldDefn(spec.name, _OGR[spec.type])
                layer.CreateField(definition)
            written = [f.name for f in new]
            if changed_index is not None and name == "buurten":
                question, own_id = changed_index
                written += [question.index_id, question.id + "_n"]
            if not written:
                continue
            by_code = {r["code"]: r for r in area.records}
            kinds = {f.name: f.type for f in area.fields}
            layer.StartTransaction()
            layer.ResetReading()
            for feature in layer:
                record = by_code.get(feature.GetField("code"))
                if record is None:
                    continue
                for field_name in written:
                    index = feature.GetFieldIndex(field_name)
                    value = record.get(field_name)
                    if value is None:
                        feature.SetFieldNull(index)
                    elif kinds.get(field_name) == "string":
                        feature.SetField(index, str(value))
                    elif kinds.get(field_name) == "int":
                        feature.SetFieldInteger64(index, int(value))
                    else:
                        feature.SetField(index, float(value))
                if layer.SetFeature(feature) != 0:
                    raise RuntimeError("writing {} failed: {}".format(name, gdal.GetLastErrorMsg()))
            layer.CommitTransaction()
        _write_tables(dataset, release)
    finally:
        dataset = None
    _write_aliases(path, areas, prefix)


def _write_tables(dataset, release):
    key = release.info.key
    own = dataset.GetLayerByName(OWN_TABLE)
    if own is None:
        own = dataset.CreateLayer(OWN_TABLE, None, ogr.wkbNone, options=["FID=fid"])
        for name, kind in (("dataset", ogr.OFTString), ("maat", ogr.OFTString), ("niveau", ogr.OFTString),
                           ("code", ogr.OFTString), ("aantal", ogr.OFTInteger64), ("status", ogr.OFTString)):
            own.CreateField(ogr.FieldDefn(name, kind))
    else:
        dataset.ExecuteSQL("DELETE FROM {} WHERE dataset = '{}'".format(OWN_TABLE, key.replace("'", "''")))
    own.StartTransaction()
    for measure, values in release.published.items():
        for cell, value in sorted(values.items()):
            level, code = split_cell_key(cell)
            feature = ogr.Feature(own.GetLayerDefn())
            feature.SetField("dataset", key)
            feature.SetField("maat", measure)
            feature.SetField("niveau", level)
            feature.SetField("code", code)
            if value is not None:
                feature.SetField("aantal", int(value))
            feature.SetField("status", marks.SUPPRESSED_STATUS if value is None else marks.PUBLISHED_STATUS)
            own.CreateFeature(feature)
    own.CommitTransaction()
    privacy = dataset.GetLayerByName(PRIVACY_TABLE)
    if privacy is None:
        privacy = dataset.CreateLayer(PRIVACY_TABLE, None, ogr.wkbNone, options=["FID=fid"])
        for name, kind in (("dataset", ogr.OFTString), ("regel", ogr.OFTInteger), ("tekst_nl", ogr.OFTString),
                           ("tekst_en", ogr.OFTString)):
            privacy.CreateField(ogr.FieldDefn(name, kind))
    else:
        dataset.ExecuteSQL("DELETE FROM {} WHERE dataset = '{}'".format(PRIVACY_TABLE, key.replace("'", "''")))
    privacy.StartTransaction()
    for number, (dutch, english) in enumerate(zip(report.privacy_lines(release, "nl"),
                                                  report.privacy_lines(release, "en")), start=1):
        feature = ogr.Feature(privacy.GetLayerDefn())
        feature.SetField("dataset", key)
        feature.SetField("regel", number)
        feature.SetField("tekst_nl", dutch)
        feature.SetField("tekst_en", english)
        privacy.CreateFeature(feature)
    privacy.CommitTransaction()


def _write_aliases(path, areas, prefix):
    """Field aliases of the own fields in ``gpkg_data_columns`` (unique per table, as GDAL needs)."""
    with closing(sqlite3.connect(path)) as db, db:
        exists = db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_data_columns'").fetchone()[0]
        if not exists:
            return
        for name, _ in LAYERS:
            db.execute("DELETE FROM gpkg_data_columns WHERE table_name = ? AND column_name LIKE ?",
                       (name, prefix + "%"))
            used = {row[0] for row in db.execute("SELECT name FROM gpkg_data_columns WHERE table_name = ?", (name,))}
            for spec in areas.layers[name].fields:
                if not spec.name.startswith(prefix):
                    continue
                alias = spec.alias.get("nl") or spec.name
                if alias in used:
                    alias = "{} ({})".format(alias, spec.name)
                used.add(alias)
                db.execute("INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, title, "
                           "description) VALUES (?, ?, ?, ?, ?)", (name, spec.name, alias, alias, spec.unit or None))


def _write_provenance(path, provenance, release, indicators, question_summary):
    stored = dict(provenance.get(OWN_KEY) or {})
    releases = dict(stored.get("releases") or {})
    releases[release.info.key] = json.loads(release.to_json())
    catalogued = dict(stored.get("indicators") or {})
    for indicator in indicators:
        catalogued[indicator.id] = indicator.as_dict()
    catalogued = {k: v for k, v in catalogued.items()
                  if v.get("dataset") != release.info.key or k in {i.id for i in indicators}}
    updates = {OWN_KEY: {"releases": releases, "indicators": catalogued}}
    attributions = list(provenance.get("attributions") or [])
    source = release.info.source or release.info.label("nl")
    line = "Eigen cijfers: {}{}".format(source, " (SYNTHETISCH)" if release.info.synthetic
                                        and "SYNTHET" not in source.upper() else "")
    attributions = [a for a in attributions if not a.startswith("Eigen cijfers: {}".format(
        release.info.source or release.info.label("nl")))] + [line]
    updates["attributions"] = attributions
    if question_summary:
        all_questions = dict(provenance.get("questions") or {})
        entry = dict(all_questions.get(question_summary["question"]) or {})
        entry["weights"] = question_summary["weights"]
        basis = dict(entry.get("basis") or {})
        basis = {k: v for k, v in basis.items() if not k.startswith(own_indicators.PREFIX)}
        if question_summary.get("own_component"):
            basis[question_summary["own_component"]] = question_summary["own_basis"]
        entry["basis"] = basis
        all_questions[question_summary["question"]] = entry
        updates["questions"] = all_questions
    with closing(sqlite3.connect(path)) as db, db:
        for key, value in updates.items():
            text = json.dumps(value, ensure_ascii=False)
            found = db.execute("SELECT fid FROM {} WHERE key = ?".format(PROVENANCE_TABLE), (key,)).fetchone()
            if found:
                db.execute("UPDATE {} SET value = ? WHERE key = ?".format(PROVENANCE_TABLE), (text, key))
            else:
                db.execute("INSERT INTO {} (key, value) VALUES (?, ?)".format(PROVENANCE_TABLE), (key, text))


def _store_styles(path, areas, indicators, language):
    from qgis.core import QgsVectorLayer

    from .own_styles import style_own_layer

    _forget_styles(path, ["eigen {}".format(i.id[len(own_indicators.PREFIX):])[:30] for i in indicators])

    for name, level in LAYERS:
        if name == "gemeente":
            continue
        records = areas.records(name)
        present = [i for i in indicators if records and i.id in records[0]]
        if not present:
            continue
        layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
        if not layer.isValid():
            raise RuntimeError("cannot open {} in {}".format(name, path))
        for indicator in present:
            style_own_layer(layer, indicator, records, language)
            title = "eigen {}".format(indicator.id[len(own_indicators.PREFIX):])[:30]
            message = layer.saveStyleToDatabase(title, indicator.title.get(language), False, "")
            if message:
                raise RuntimeError("storing the style {} failed: {}".format(title, message))
        del layer


@dataclass
class ImportSummary:
    """What the user is told about the rows (counts and row numbers; never written anywhere)."""

    rows: int
    counted: int
    reasons: Dict[str, int]
    examples: Dict[str, List[int]]


def release_from_records(source, spec, info, gpkg_path, rules, stapeling=False, lookup_path=None, layer_name=None,
                         progress=None, is_cancelled=None):
    """Person-level records -> a protected ``Release`` (and what happened to the rows)."""
    from ..core.owndata import lookup, records, release
    from . import own_sources

    areas = read_areas(gpkg_path)
    layer = own_sources.open_table(source, layer_name)
    spec.check(own_sources.field_names(layer))
    table = lookup.read_lookup(lookup_path, areas.gemeente) if lookup_path else None
    total = max(own_sources.count(layer), 1)
    aggregate = records.aggregate_records(
        ((number, values) for number, values, _ in own_sources.rows(layer)), spec, areas.gemeente, areas.codes("buurten"), areas.codes("wijken"), table,
        is_cancelled, (lambda n: progress(0.3 * n / total)) if progress else None)
    del layer
    from ..core.owndata.model import default_population

    info.populations = {v: info.populations.get(v) or default_population(v, info.population)
                        for v in aggregate.voorzieningen}
    hierarchy = areas.hierarchy(aggregate.leaf_level)
    bases = release.population_bases(hierarchy, areas.records("buurten"), areas.records("wijken"),
                                     areas.records("gemeente"), info.population)
    result = release.release_records(aggregate, info, hierarchy, areas.year, rules, bases, stapeling, is_cancelled,
                                     (lambda f: progress(0.3 + 0.6 * f)) if progress else None)
    result.privacy["source_kind"] = "records"
    return result, ImportSummary(aggregate.rows, aggregate.placed_units(), aggregate.reasons, aggregate.examples)


def release_from_counts(source, spec, info, gpkg_path, rules, lookup_path=None, layer_name=None, progress=None,
                        is_cancelled=None):
    """Counts per area -> a protected ``Release`` (and what happened to the rows)."""
    from ..core.owndata import figures, lookup, release
    from . import own_sources

    areas = read_areas(gpkg_path)
    layer = own_sources.open_table(source, layer_name)
    spec.check(own_sources.field_names(layer))
    table = lookup.read_lookup(lookup_path, areas.gemeente) if lookup_path else None
    counts = figures.read_counts(((number, values) for number, values, _ in own_sources.rows(layer)), spec, areas.gemeente, areas.codes("buurten"),
                                 areas.codes("wijken"), table)
    del layer
    hierarchy = areas.hierarchy(counts.leaf_level)
    bases = release.population_bases(hierarchy, areas.records("buurten"), areas.records("wijken"),
                                     areas.records("gemeente"), info.population)
    result = release.release_counts(counts, info, hierarchy, areas.year, rules, bases, is_cancelled,
                                    (lambda f: progress(0.3 + 0.6 * f)) if progress else None)
    result.privacy["source_kind"] = "counts"
    placed = sum(len(values) for values in counts.columns.values()) // max(len(counts.columns), 1)
    return result, ImportSummary(counts.rows, placed, counts.reasons, counts.examples)


def _forget_styles(path, names):
    """Drop earlier styles of these names: QGIS would otherwise ask (in a dialog) to overwrite them."""
    with closing(sqlite3.connect(path)) as db, db:
        if db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'layer_styles'").fetchone()[0]:
            db.executemany("DELETE FROM layer_styles WHERE styleName = ?", [(name,) for name in names])


def carry_forward(old_path, new_path, catalog, language="nl"):
    """After a new run, put the own figures of the earlier GeoPackage on the new one."""
    if not os.path.isfile(old_path):
        return []
    try:
        releases = read_releases(old_path)
    except Exception:  # noqa: BLE001 - an unreadable old file carries nothing
        return []
    merged = []
    for release in releases:
        try:
            merged.append(merge_release(new_path, release, catalog, language=language))
        except ReleaseDoesNotFit:
            continue
    return merged
