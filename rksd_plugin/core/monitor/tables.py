"""The monitor's results as plain layers and tables, ready for the GeoPackage writer.

- ``reeks_<level>``: the series, one row per area of the newest indeling, year and key;
- ``verandering_buurten``: the newest buurten with, per key, the change between two
  years (absolute, relative, class, test) - the change map's layer;
- ``vergelijking_gemeenten`` and ``vergelijkingsgroep``: the gemeente against its peers,
  and the peer group itself (which gemeenten, by which rule).
"""
from ..areas import AreaLayer, FieldSpec
from ..marks import format_number
from . import change as change_module
from .crosswalk import METHOD_LABELS
from .peers import RULE_LABELS

SERIES_TABLES = {"buurt": "reeks_buurten", "wijk": "reeks_wijken", "gemeente": "reeks_gemeente"}
CHANGE_LAYER = "verandering_buurten"
PEERS_TABLE = "vergelijking_gemeenten"
PEER_GROUP_TABLE = "vergelijkingsgroep"


def _spec(name, kind, nl, en, unit="", role="series"):
    return FieldSpec(name, kind, {"nl": nl, "en": en}, unit=unit, role=role)


SERIES_FIELDS = [
    _spec("code", "string", "Code (indeling nieuwste jaar)", "Code (newest indeling)", role="id"),
    _spec("naam", "string", "Naam", "Name", role="id"),
    _spec("jaar", "int", "Jaar van de cijfers", "Year of the figures"),
    _spec("kenmerk", "string", "Kenmerk (indicator, index of maat)", "Key (indicator, index or measure)"),
    _spec("waarde", "real", "Waarde", "Value"),
    _spec("methode", "string", "Hoe de waarde er kwam (direct, hercodeerd, omgerekend, ...)",
          "How the value got there (direct, recoded, reallocated, ...)"),
    _spec("gewichten", "string", "Gewichten bij herverdeling", "Weights of the re-allocation"),
    _spec("aandeel_elders", "real", "Aandeel uit andere gebieden (0-1)", "Share from other areas (0-1)"),
    _spec("herkomst", "string", "Uit welke gebieden", "From which areas"),
    _spec("toelichting", "string", "Toelichting", "Note"),
    _spec("bron", "string", "Brontabel", "Source table"),
    _spec("indeling", "int", "Indeling van de bron (jaar)", "Indeling of the source (year)"),
    _spec("ondergrens", "real", "Ondergrens 95%-interval", "Lower bound of the 95% interval"),
    _spec("bovengrens", "real", "Bovengrens 95%-interval", "Upper bound of the 95% interval"),
    _spec("gemeente", "real", "Gemeente (dat jaar)", "Municipality (that year)"),
    _spec("nederland", "real", "Nederland (dat jaar)", "Netherlands (that year)"),
]


def series_table(rows, level):
    """``reeks_<level>`` as a table ``AreaLayer``."""
    records = [{spec.name: row.get(spec.name) for spec in SERIES_FIELDS} for row in rows]
    return AreaLayer(level=level, fields=list(SERIES_FIELDS), records=records, geometries=[], table=True)


# -- change --------------------------------------------------------------------------------
def label_of(catalog, key, language):
    """A key's title: an indicator's or a question index's title, or a measure's label."""
    if key in catalog.indicators:
        return catalog.indicators[key].title.get(language) or key
    for question in catalog.questions:
        if question.index_id == key:
            return question.index_title.get(language) or key
    if key in catalog.measures:
        return catalog.measures[key].label.get(language) or key
    return key


def unit_of(catalog, key):
    if key in catalog.indicators:
        return catalog.indicators[key].unit
    if key in catalog.measures:
        return catalog.measures[key].unit
    return ""


def is_model_estimate(catalog, key):
    if key in catalog.indicators:
        return catalog.indicators[key].model_estimate
    if key in catalog.measures:
        return catalog.sources[catalog.measures[key].source].model_estimate
    return False


def direction_of(catalog, key):
    if key in catalog.indicators:
        return catalog.indicators[key].direction
    if any(q.index_id == key for q in catalog.questions):
        return "higher_is_risk"
    return "neutral"


def change_unit(unit, language="nl"):
    """The unit of an absolute change: a difference of percentages is in percentage points."""
    if unit == "%":
        return {"nl": "%-punt", "en": "percentage points"}[language]
    return unit


def attribution_of(catalog, key):
    """The attribution lines of the sources behind ``key`` (CBS's always first)."""
    measures = catalog.indicators[key].measures if key in catalog.indicators else (
        [key] if key in catalog.measures else [])
    lines = [catalog.attribution["nl"]]
    for measure in measures:
        line = catalog.sources[catalog.measures[measure].source].attribution
        if line and line != "Bron: CBS" and line not in lines:
            lines.append(line)
    return " \u00b7 ".join(lines)


def comparable_years(rows, key):
    """Years in which at least one area has a comparable value of ``key``."""
    return sorted({r["jaar"] for r in rows if r["kenmerk"] == key and r["waarde"] is not None})


def changes_for(rows, catalog, key, first, last, kind=change_module.RELATIVE):
    """``({code: Change}, breaks)`` of ``key`` between ``first`` and ``last``."""
    by_year = {first: {}, last: {}}
    for row in rows:
        if row["kenmerk"] == key and row["jaar"] in by_year:
            by_year[row["jaar"]][row["code"]] = row
    changes = change_module.between(by_year[first], by_year[last], is_model_estimate(catalog, key))
    cuts = change_module.classified(list(changes.values()), kind)
    return changes, cuts


def change_layer(rows, buurten, catalog, keys=None, years=None, kind=change_module.RELATIVE, language="nl"):
    """``(AreaLayer, info)``: the newest buurten with the change of every key that has two
    comparable years (or ``keys``), between ``years`` or the key's first and last.

    ``info[key]``: the years, kind, breaks and legend labels for the change map."""
    keys = list(keys) if keys else sorted({r["kenmerk"] for r in rows})
    fields = [f for f in buurten.fields if f.role == "id"] + [
        f for f in buurten.fields if f.name == "water"]
    records = [{f.name: r.get(f.name) for f in fields} for r in buurten.records]
    by_code = {r["code"]: r for r in records}
    info = {}
    for key in keys:
        available = comparable_years(rows, key)
        if years:
            first, last = years
            if first not in available or last not in available:
                continue
        elif len(available) >= 2:
            first, last = available[0], available[-1]
        else:
            continue
        changes, cuts = changes_for(rows, catalog, key, first, last, kind)
        title = label_of(catalog, key, language)
        unit = unit_of(catalog, key)
        span = "{}-{}".format(first, last)
        fields += [
            FieldSpec(key + "_abs", "real", {"nl": "{} - verandering {} (absoluut)".format(label_of(catalog, key, "nl"), span),
                                             "en": "{} - change {} (absolute)".format(label_of(catalog, key, "en"), span)},
                      unit=unit, role="change"),
            FieldSpec(key + "_rel", "real", {"nl": "{} - verandering {} (%)".format(label_of(catalog, key, "nl"), span),
                                             "en": "{} - change {} (%)".format(label_of(catalog, key, "en"), span)},
                      unit="%", role="change"),
            FieldSpec(key + "_klasse", "int", {"nl": "{} - klasse verandering {}".format(label_of(catalog, key, "nl"), span),
                                               "en": "{} - change class {}".format(label_of(catalog, key, "en"), span)},
                      role="change"),
            FieldSpec(key + "_toets", "string", {"nl": "{} - verandering getoetst {}".format(label_of(catalog, key, "nl"), span),
                                                 "en": "{} - change tested {}".format(label_of(catalog, key, "en"), span)},
                      role="change"),
            FieldSpec(key + "_herverdeeld", "string",
                      {"nl": "{} - omgerekend naar nieuwe grenzen (JA/NEE)".format(label_of(catalog, key, "nl")),
                       "en": "{} - re-allocated to new boundaries (JA/NEE)".format(label_of(catalog, key, "en"))},
                      role="change"),
        ]
        for code, record in by_code.items():
            change = changes.get(code)
            record[key + "_abs"] = change.absolute if change else None
            record[key + "_rel"] = change.relative if change else None
            record[key + "_klasse"] = change.klass if change else change_module.NO_VALUE_CLASS
            record[key + "_toets"] = change.test if change and change.comparable else None
            record[key + "_herverdeeld"] = "JA" if change and change.reallocated else "NEE"
        shown_unit = "%" if kind == change_module.RELATIVE else change_unit(unit, language)
        info[key] = {"first": first, "last": last, "kind": kind, "breaks": cuts, "title": title,
                     "unit": shown_unit, "source_attribution": attribution_of(catalog, key),
                     "direction": direction_of(catalog, key), "model_estimate": is_model_estimate(catalog, key),
                     "labels": change_module.class_labels(cuts, shown_unit, language),
                     "comparable": sum(1 for c in changes.values() if c.comparable),
                     "reallocated": sum(1 for c in changes.values() if c.reallocated),
                     "classes": sorted({c.klass for c in changes.values()}),
                     "water": any(r.get("water") == "JA" for r in records)}
    layer = AreaLayer(level="buurt", fields=fields, records=records, geometries=list(buurten.geometries))
    return layer, info


# -- peers ---------------------------------------------------------------------------------
PEER_FIELDS = [
    _spec("jaar", "int", "Jaar", "Year"),
    _spec("kenmerk", "string", "Kenmerk", "Key"),
    _spec("titel", "string", "Titel", "Title"),
    _spec("gemeente", "real", "Gemeente", "Municipality"),
    _spec("mediaan", "real", "Mediaan vergelijkbare gemeenten", "Median of similar municipalities"),
    _spec("kwartiel1", "real", "Eerste kwartiel", "First quartile"),
    _spec("kwartiel3", "real", "Derde kwartiel", "Third quartile"),
    _spec("laagste", "real", "Laagste", "Lowest"),
    _spec("hoogste", "real", "Hoogste", "Highest"),
    _spec("aantal", "int", "Aantal vergelijkbare gemeenten met een waarde", "Similar municipalities with a value"),
    _spec("rang", "int", "Rang van de gemeente (1 = laagste)", "Rank of the municipality (1 = lowest)"),
    _spec("nederland", "real", "Nederland", "Netherlands"),
]
GROUP_FIELDS = [
    _spec("jaar", "int", "Jaar", "Year"),
    _spec("code", "string", "Gemeentecode", "Municipality code", role="id"),
    _spec("naam", "string", "Gemeentenaam", "Municipality name", role="id"),
    _spec("inwoners", "real", "Inwoners", "Inhabitants"),
    _spec("stedelijkheid", "real", "Stedelijkheid (1 = zeer sterk)", "Urbanity (1 = very strong)"),
    _spec("regel", "string", "Gekozen als", "Chosen as"),
    _spec("toelichting", "string", "Toelichting", "Note"),
]


def peer_tables(comparisons, catalog, names=None, language="nl"):
    """``(vergelijking_gemeenten, vergelijkingsgroep)`` table layers of all years."""
    names = names or {}
    stats, group = [], []
    for year, comparison in sorted(comparisons.items()):
        for stat in comparison.stats:
            stats.append({"jaar": year, "kenmerk": stat.key, "titel": label_of(catalog, stat.key, language),
                          "gemeente": stat.gemeente, "mediaan": stat.median, "kwartiel1": stat.q1,
                          "kwartiel3": stat.q3, "laagste": stat.low, "hoogste": stat.high, "aantal": stat.n,
                          "rang": stat.rank, "nederland": stat.nederland})
        rule = RULE_LABELS[comparison.group.rule][language]
        if comparison.group.band:
            low, high = comparison.group.band
            rule += ", {} \u2013 {} {}".format(
                format_number(low, 0, language), format_number(high, 0, language) if high else "\u2026",
                "inwoners" if language == "nl" else "inhabitants")
        for code in [comparison.group.gemeente] + comparison.group.codes:
            row = comparison.rows.get(code, {})
            group.append({"jaar": year, "code": code, "naam": names.get(code, ""), "inwoners": row.get("inwoners"),
                          "stedelijkheid": row.get("stedelijkheid"),
                          "regel": ("zelf" if language == "nl" else "itself") if code == comparison.group.gemeente
                          else rule, "toelichting": comparison.group.note_in(language) if code == comparison.group.gemeente
                          else ""})
    return (AreaLayer(level="gemeente", fields=list(PEER_FIELDS), records=stats, geometries=[], table=True),
            AreaLayer(level="gemeente", fields=list(GROUP_FIELDS), records=group, geometries=[], table=True))


def method_label(method, language="nl"):
    from .carry import STATUS_LABELS

    labels = dict(METHOD_LABELS, **STATUS_LABELS)
    return labels.get(method, {}).get(language, method or "")
