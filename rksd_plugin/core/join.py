"""Join CBS values to PDOK features on normalised region codes.

Codes found on only one side are reported, never silently dropped: a PDOK feature
without CBS values keeps its geometry with missing values; CBS rows without geometry are
listed in ``only_in_cbs``. Water areas (``water = 'JA'``) are kept and flagged.
"""
from . import regions, units
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


def measure_field(measure):
    kind = "real"
    return FieldSpec(
        measure.id,
        kind,
        {
            "nl": "{} ({})".format(measure.label.get("nl", measure.title), measure.unit) if measure.unit else measure.label.get("nl", measure.title),
            "en": "{} ({})".format(measure.label.get("en", measure.title), units.unit(measure.unit, "en"))
            if measure.unit else measure.label.get("en", measure.title),
        },
        unit=measure.unit,
        role="measure",
    )


def join_level(level, features, values_by_code, measures, geometry_config, table_codes=None):
    """Build the ``AreaLayer`` of one level from PDOK ``features`` and CBS values.

    ``values_by_code`` maps a normalised code to ``{measure_id: (value, reason)}``;
    ``table_codes`` are the codes of the main table (KWB) the join is reported against."""
    collection = geometry_config["collections"][level]
    water_field = geometry_config.get("water_field", "water")
    prefix = {"buurt": "BU", "wijk": "WK", "gemeente": "GM"}[level]
    # a measure CBS publishes only per wijk (Wmo, youth care) is never put on buurten
    measures = [m for m in measures if not m.levels or level in m.levels]
    fields = list(BASE_FIELDS[level]) + [measure_field(m) for m in measures] + list(FLAG_FIELDS)
    records, geometries, seen = [], [], set()
    for feature in features:
        props = feature.get("properties") or {}
        code = regions.try_normalise(props.get(collection["code"]))
        if code is None or not code.startswith(prefix):
            continue
        if code in seen:
            continue
        seen.add(code)
        record = {
            "code": code,
            "naam": (props.get(collection["name"]) or "").strip(),
            "gemeentecode": code if level == "gemeente" else regions.gemeente_of(code),
        }
        if level == "buurt":
            record["wijkcode"] = regions.wijk_of(code)
        record["water"] = "JA" if str(props.get(water_field, "")).strip().upper() == "JA" else "NEE"
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
    return AreaLayer(
        level=level,
        fields=fields,
        records=records,
        geometries=geometries,
        only_in_cbs=sorted(cbs_codes - seen),
        only_in_pdok=sorted(seen - cbs_codes),
    )
