"""Earlier periods that a newer table already holds, on that table's own indeling.

RIVM's Gezondheid per wijk en buurt is re-estimated for every edition: 50150NED (2024)
holds 2012, 2016, 2020, 2022 and 2024, all on the indeling of 2024 and by one model.
For a series those periods are better than the older tables (which used another model
and another indeling), so the monitor asks the newest table once for all periods of the
range, with the 95 % interval bounds (``Marges``) beside every value. CBS's own 2020
figure in 50090NED and the re-estimated one in 50150NED differ (Maastricht, 18+: 74.4
against 74.2): a series never mixes the two.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .. import code_mismatch, missing, regions
from ..cbs_client import CbsClient, dimension_filter, dimension_selection, region_filter
from ..errors import MeasureNotFound
from ..keys import resolve

VALUE, LOWER, UPPER = "value", "lower", "upper"


@dataclass
class History:
    """Values per period year: ``{year: {code: {measure: (value, lower, upper)}}}``."""

    source: str
    table: dict  # id, year (its indeling), periods
    values: Dict[int, Dict[str, Dict[str, Tuple[Optional[float], Optional[float], Optional[float]]]]]
    record: dict = field(default_factory=dict)
    unresolved: Dict[str, str] = field(default_factory=dict)
    asked: List[str] = field(default_factory=list)  # the measures asked (a package replays the same request)

    @property
    def indeling_year(self):
        return int(self.table["year"])


def periods_in(table, first, last):
    """``{year: period}`` of the table's periods within ``first``..``last``."""
    result = {}
    for period in table.get("periods") or ([table["period"]] if table.get("period") else []):
        year = int(period[:4])
        if int(first) <= year <= int(last):
            result[year] = period
    return result


def fetch(transport, source, table, gemeente, measures, first, last):
    """One request for every period of ``table`` in ``first``..``last`` (with interval
    bounds when the source has them) for the gemeente, its wijken and buurten, and
    Nederland. Returns a ``History``."""
    cbs = CbsClient(transport)
    periods = periods_in(table, first, last)
    history = History(source.id, dict(table), {year: {} for year in periods}, asked=[m.id for m in measures])
    if not periods or not measures:
        return history
    first_exchange = len(transport.exchanges)
    infos = cbs.table_infos(table["id"], source.host)
    properties = cbs.data_properties(table["id"], source.host)
    keys = {}
    for measure in measures:
        try:
            keys[measure.id] = resolve(properties, measure, table["id"])[0]
        except MeasureNotFound as exc:
            history.unresolved[measure.id] = str(exc)
    measures = [m for m in measures if m.id in keys]
    if not measures:
        return history
    margins = source.margins or {}
    selection = dimension_selection(source, measures)
    if margins:
        selection.setdefault(margins["dimension"], []).extend([margins["lower"], margins["upper"]])
    selection["Perioden"] = sorted(periods.values())
    filters = "{} and {}".format(region_filter(source.region_dimension, gemeente, source.levels),
                                 dimension_filter(selection))
    select = [source.region_dimension] + sorted(selection) + sorted(set(keys.values()))
    rows = cbs.typed_rows(table["id"], source.host, select, filters)
    value_code = source.dimensions.get(margins.get("dimension")) if margins else None
    by_period = {period: year for year, period in periods.items()}
    for row in rows:
        code = regions.try_normalise(row.get(source.region_dimension))
        year = by_period.get(str(row.get("Perioden", "")).strip())
        if code is None or year is None:
            continue
        kind = VALUE
        if margins:
            mark = str(row.get(margins["dimension"], "")).strip()
            kind = {value_code: VALUE, margins["lower"]: LOWER, margins["upper"]: UPPER}.get(mark)
            if kind is None:
                continue
        target = history.values[year].setdefault(code, {})
        for measure in measures:
            dims = dict(measure.dimensions)
            if any(str(row.get(d, "")).strip() != str(v).strip() for d, v in dims.items()):
                continue
            triple = list(target.get(measure.id, (None, None, None)))
            triple[(VALUE, LOWER, UPPER).index(kind)] = missing.value(row.get(keys[measure.id]))
            target[measure.id] = tuple(triple)
    history.record = {
        "source": source.id,
        "table": table["id"],
        "catalog": source.host,
        "title": infos.get("Title", ""),
        "modified": infos.get("Modified") or "",
        "indeling": int(table["year"]),
        "periods": sorted(periods.values()),
        "keys": keys,
        "filter": filters,
        "select": select,
        "rows": len(rows),
        "margins": bool(margins),
        "area_codes": sorted(code_mismatch.source_codes(rows, source.region_dimension, gemeente)),
        "requests": transport.exchanges[first_exchange:],
    }
    return history


def interval_of(formula, triples):
    """The interval of an indicator from its one measure's interval, or (None, None).

    Only for a formula of a single measure (``rivm_x`` or ``100 - rivm_x``): it is
    monotone, so evaluating it at both bounds gives the bounds."""
    if len(formula.names) != 1:
        return None, None
    name = next(iter(formula.names))
    value, lower, upper = triples.get(name, (None, None, None))
    if lower is None or upper is None:
        return None, None
    ends = [formula.evaluate({name: lower}), formula.evaluate({name: upper})]
    if any(e is None for e in ends):
        return None, None
    return min(ends), max(ends)
