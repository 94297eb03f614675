"""Join CBS values to PDOK features on normalised region codes.

Codes found on only one side are reported, never silently dropped: a PDOK feature
without CBS values keeps its geometry with missing values; CBS rows without geometry are
listed in ``only_in_cbs``. Water areas (``water = 'JA'``) are kept and flagged; where a
code has a land and a water part, the land part carries it (``choose_parts``).
"""
from . import marks, regions, units, wkb
from .areas import AreaLayer, FieldSpec

BASE_FIELDS = {
    "buurt": [
        FieldSpec("code", "string", {"nl": "Buurtcode", "en": "Neighbourhood code"}, role="id"),
        FieldSpec("naam", "string", {"nl": "Buurtnaam", "en": "Neighbourhood name"}, role="id"),
        FieldSpec("wijkcode", "string", {"nl": "Wijkcode", "en": "District code"}, role="id"),
        FieldSpec("gemeentecode", "string", {"nl": "Gemeentecode", "en": "Municipality code"}, role="id"),
    ],
    "wijk": [
        FieldSpec("code", "string", {"nl": "Wijkcode", "en": "District code"}, role="id"),
        FieldSpec("naam", "string", {"nl": "Wijknaam", "en": "District name"}, role="id"),
        FieldSpec("gemeentecode", "string", {"nl": "Gemeentecode", "en": "Municipality code"}, role="id"),
    ],
    "gemeente": [
        FieldSpec("code", "string", {"nl": "Gemeentecode", "en": "Municipality code"}, role="id"),
        FieldSpec("naam", "string", {"nl": "Gemeentenaam", "en": "Municipality name"}, role="id"),
    ],
}
FLAG_FIELDS = [
    FieldSpec("water", "string", {"nl": "Water (JA/NEE; water niet als data gekleurd)", "en": "Water (JA = yes, NEE = no; water is not coloured as data)"}, role="flag"),
    FieldSpec(
        "ontbrekend",
        "string",
        {"nl": "Ontbrekende waarden en waarom", "en": "Missing values and why"},
        role="flag",
    ),
]


def measure_field(measure, year=None):
    """The field of a measure; ``year`` marks one taken from an earlier table ("[2024]")."""
    mark = " " + marks.symbol("earlier_year", year=year) if year else ""
    return FieldSpec(
        measure.id,
        "real",
        {
            "nl": ("{} ({})".format(measure.label.get("nl", measure.title), measure.unit) if measure.unit
                   else measure.label.get("nl", measure.title)) + mark,
            "en": ("{} ({})".format(measure.label.get("en", measure.title), units.unit(measure.unit, "en"))
                   if measure.unit else measure.label.get("en", measure.title)) + mark,
        },
        unit=measure.unit,
        role="measure",
    )


def join_level(level, features, values_by_code, measures, geometry_config, table_codes=None, measure_years=None):
    """Build the ``AreaLayer`` of one level from PDOK ``features`` and CBS values.

    ``values_by_code`` maps a normalised code to ``{measure_id: (value, reason)}``;
    ``table_codes`` are the codes of the main table (KWB) the join is reported against."""
    collection = geometry_config["collections"][level]
    water_field = geometry_config.get("water_field", "water")
    prefix = {"buurt": "BU", "wijk": "WK", "gemeente": "GM"}[level]
    # a measure CBS publishes only per wijk (Wmo, youth care) is never put on buurten
    measures = [m for m in measures if not m.levels or level in m.levels]
    years = measure_years or {}
    fields = list(BASE_FIELDS[level]) + [measure_field(m, years.get(m.id)) for m in measures] + list(FLAG_FIELDS)
    records, geometries, seen = [], [], set()
    chosen, water_parts = choose_parts(features, collection["code"], water_field, prefix)
    for feature in chosen:
        props = feature.get("properties") or {}
        code = regions.try_normalise(props.get(collection["code"]))
        seen.add(code)
        record = {
            "code": code,
            "naam": (props.get(collection["name"]) or "").strip(),
            "gemeentecode": code if level == "gemeente" else regions.gemeente_of(code),
        }
        if level == "buurt":
            record["wijkcode"] = regions.wijk_of(code)
        record["water"] = water_flag(props.get(water_field))
        cbs = values_by_code.get(code, {})
        reasons = []
        for measure in measures:
            value, reason = cbs.get(measure.id, (None, "no CBS row"))
            record[measure.id] = value
            if value is None:
                reasons.append("{}: {}".format(measure.id, reason))
        record["ontbrekend"] = "; ".join(reasons)
        records.append(record)
        geometries.append(feature.get("geometry"))
    cbs_codes = {c for c in (values_by_code if table_codes is None else table_codes) if c.startswith(prefix)}
    layer = AreaLayer(
        level=level,
        fields=fields,
        records=records,
        geometries=geometries,
        only_in_cbs=sorted(cbs_codes - seen),
        only_in_pdok=sorted(seen - cbs_codes),
        water_parts=water_parts,
    )
    return layer


def water_flag(value):
    """'JA' (water), 'B' (Belgian territory around Baarle-Nassau) or 'NEE' (land)."""
    text = str(value if value is not None else "").strip().upper()
    return text if text in ("JA", "B") else "NEE"


def choose_parts(features, code_field, water_field, prefix):
    """One feature per code, in the order codes first appear: ``(features, water_parts)``.

    CBS's kaart has, for many gemeenten, a land part and a ``water = 'JA'`` part under one
    code (88 of 389 in 2017). The land part carries the figures: it is chosen whatever
    the order; several land parts of one code are merged into one multipolygon; a code
    with only water keeps its water. ``water_parts`` lists the codes whose water part was
    set aside, so the summary can say so."""
    by_code, order = {}, []
    for feature in features:
        props = feature.get("properties") or {}
        code = regions.try_normalise(props.get(code_field))
        if code is None or not code.startswith(prefix):
            continue
        if code not in by_code:
            by_code[code] = []
            order.append(code)
        by_code[code].append(feature)
    chosen, water_parts = [], []
    for code in order:
        parts = by_code[code]
        land = [f for f in parts if water_flag((f.get("properties") or {}).get(water_field)) != "JA"]
        if land and len(land) < len(parts):
            water_parts.append(code)
        keep = land or parts
        if len(keep) == 1:
            chosen.append(keep[0])
        else:
            merged = dict(keep[0], geometry=wkb.merge([f.get("geometry") for f in keep]))
            chosen.append(merged)
    return chosen, water_parts
