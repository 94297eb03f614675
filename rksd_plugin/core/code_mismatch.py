"""Area codes that do not match across sources, and what a user loses by it.

RIVM's and Politie's tables use the buurt indeling of their own year; KWB and PDOK that of
the run's year. Where a gemeente re-divided its buurten in between, the other source's
codes are absent from the year's indeling and the new buurten get no value from it:
their indicators from that source stay empty and their indices lose components. Nothing
is guessed or moved between areas; the mismatch is only made visible, per source.
"""
from . import regions
from .errors import QT_TRANSLATE_NOOP

LINE = QT_TRANSLATE_NOOP(
    "RksdErrors",
    "{source} ({table}): {unknown} {level} code(s) not in this year's indeling; {without} populated {level}(s) "
    "({inhabitants} inhabitants) get no value for: {indicators}.",
)

LEVEL_PREFIX = {"buurt": "BU", "wijk": "WK"}


def source_codes(rows, region_dimension, gemeente):
    """Normalised buurt and wijk codes of ``gemeente`` in a source's rows."""
    digits = regions.gemeente_digits(gemeente)
    codes = set()
    for row in rows:
        code = regions.try_normalise(row.get(region_dimension))
        if code and code[:2] in ("BU", "WK") and code[2:6] == digits:
            codes.add(code)
    return codes


def compare(source_id, table, codes, layers, indicator_ids):
    """The mismatch of one source against the joined layers, or None when everything matches.

    ``layers`` maps level name to ``AreaLayer``; ``indicator_ids`` are the run's indicators
    that need a measure of this source. A buurt or wijk *without* a value counts only
    when it has inhabitants (empty water and industrial areas have no health figures)."""
    report = {"source": source_id, "table": table, "levels": {}}
    for level, layer_name in (("buurt", "buurten"), ("wijk", "wijken")):
        layer = layers.get(layer_name)
        if layer is None:
            continue
        prefix = LEVEL_PREFIX[level]
        ours = {r["code"]: r for r in layer.records if r.get("water") == "NEE"}
        theirs = {c for c in codes if c.startswith(prefix)}
        if not theirs:
            continue  # the source publishes nothing at this level: nothing to compare
        unknown = sorted(theirs - set(ours) - {r["code"] for r in layer.records})
        without = sorted(c for c, r in ours.items() if c not in theirs and (r.get("inwoners") or 0) > 0)
        if unknown or without:
            report["levels"][level] = {
                "codes_not_in_indeling": unknown,
                "areas_without_values": without,
                "inhabitants_without_values": sum(int(ours[c].get("inwoners") or 0) for c in without),
            }
    if not report["levels"]:
        return None
    report["indicators_lost"] = sorted(indicator_ids)
    return report


def lines(mismatches, translate=None):
    """One sentence per source and level, for the run summary and the dock."""
    tr = translate or (lambda text: text)
    result = []
    for report in mismatches:
        for level, found in sorted(report["levels"].items()):
            result.append(tr(LINE).format(source=report["source"], table=report["table"], unknown=len(found["codes_not_in_indeling"]),
                     level=level, without=len(found["areas_without_values"]),
                     inhabitants=found["inhabitants_without_values"],
                     indicators=", ".join(report["indicators_lost"]) or "-"))
    return result
