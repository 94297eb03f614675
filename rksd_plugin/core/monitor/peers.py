"""Compare a gemeente with similar gemeenten, as waarstaatjegemeente.nl does.

The gemeente rows of Kerncijfers wijken en buurten for *all* gemeenten (and Nederland)
come in one request per year. The peer group is chosen by size band (CBS's
gemeentegrootteklassen, in the catalog) and stedelijkheid: the gemeenten in the same
band with the same stedelijkheid; when fewer than ``min_peers``, stedelijkheid one step
either side; when still fewer (or stedelijkheid is not in the data), the band alone.
A user can name the peers instead. Every indicator then shows the gemeente against the
peer group's median and range (and quartiles) and against Nederland, and the output
lists the peer group with the rule that chose it.
"""
import statistics
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from .. import missing, regions
from ..cbs_client import CbsClient
from ..errors import MeasureNotFound
from ..keys import resolve

BY_BAND_AND_URBANITY, BY_BAND_URBANITY_WIDENED, BY_BAND, BY_HAND = (
    "band_urbanity", "band_urbanity_widened", "band", "by_hand")
RULE_LABELS = {
    BY_BAND_AND_URBANITY: {"nl": "zelfde grootteklasse en stedelijkheid", "en": "same size band and urbanity"},
    BY_BAND_URBANITY_WIDENED: {"nl": "zelfde grootteklasse, stedelijkheid hooguit een klasse verschil",
                               "en": "same size band, urbanity at most one class apart"},
    BY_BAND: {"nl": "zelfde grootteklasse (stedelijkheid niet gebruikt)", "en": "same size band (urbanity not used)"},
    BY_HAND: {"nl": "door de gebruiker gekozen", "en": "chosen by the user"},
}


NOTES = {
    "absent": {"nl": "niet in de cijfers van {year}: {codes}", "en": "not in the figures of {year}: {codes}"},
    "no_inhabitants": {"nl": "geen inwonertal van de gemeente", "en": "no inhabitants for the municipality"},
    "few_urbanity": {"nl": "minder dan {min} gemeenten van de grootteklasse met een vergelijkbare stedelijkheid "
                           "({known} van {total} hebben er een)",
                     "en": "fewer than {min} municipalities of the band with a close urbanity ({known} of {total} "
                           "have one)"},
    "no_urbanity": {"nl": "stedelijkheid niet in de cijfers van {year}", "en": "urbanity not in the figures of {year}"},
}


@dataclass
class PeerGroup:
    gemeente: str
    year: int
    codes: List[str]
    rule: str
    band: tuple
    urbanity: Optional[float]
    note_key: str = ""
    note_params: dict = field(default_factory=dict)

    def note_in(self, language="en"):
        return NOTES[self.note_key][language].format(**self.note_params) if self.note_key else ""

    @property
    def note(self):
        return self.note_in("en")


@dataclass
class PeerStat:
    key: str
    gemeente: Optional[float]
    median: Optional[float]
    q1: Optional[float]
    q3: Optional[float]
    low: Optional[float]
    high: Optional[float]
    n: int
    nederland: Optional[float]
    rank: Optional[int] = None  # 1 = lowest value, among the peers and the gemeente


@dataclass
class PeerComparison:
    year: int
    group: PeerGroup
    stats: List[PeerStat]
    rows: Dict[str, dict] = field(default_factory=dict)
    record: dict = field(default_factory=dict)


def gemeente_rows_filter(dimension):
    return "(startswith({0},'GM') or startswith({0},'NL'))".format(dimension)


def fetch_rows(transport, catalog, table, measures):
    """``({code: {measure: value}}, record)``: every gemeente and Nederland, one request."""
    source = catalog.sources["kwb"]
    cbs = CbsClient(transport)
    first = len(transport.exchanges)
    properties = cbs.data_properties(table["id"], source.host)
    keys, unresolved = {}, {}
    for measure in measures:
        try:
            keys[measure.id] = resolve(properties, measure, table["id"])[0]
        except MeasureNotFound as exc:
            unresolved[measure.id] = str(exc)
    filters = gemeente_rows_filter(source.region_dimension)
    select = [source.region_dimension] + sorted(set(keys.values()))
    rows = cbs.typed_rows(table["id"], source.host, select, filters) if keys else []
    result = {}
    for row in rows:
        code = regions.try_normalise(row.get(source.region_dimension))
        if code is None:
            continue
        result[code] = {m: missing.value(row.get(k)) for m, k in keys.items()}
    record = {"source": "kwb", "table": table["id"], "year": int(table.get("year") or 0), "filter": filters,
              "select": select, "rows": len(rows), "keys": keys, "unresolved": unresolved,
              "requests": transport.exchanges[first:]}
    return result, record


def size_band(inhabitants, bands):
    """``(low, high)`` of the band holding ``inhabitants`` (high None for the last)."""
    edges = sorted(bands)
    for low, high in zip(edges, edges[1:] + [None]):
        if inhabitants >= low and (high is None or inhabitants < high):
            return low, high
    return edges[0], edges[1] if len(edges) > 1 else None


def choose(gemeente, year, rows, bands, min_peers=5, by_hand=None):
    """The ``PeerGroup`` of ``gemeente`` among ``rows`` (gemeente rows of one year)."""
    own = rows.get(gemeente) or {}
    if by_hand:
        codes = sorted({regions.parse_gemeente(c) for c in by_hand} - {gemeente})
        absent = [c for c in codes if c not in rows]
        return PeerGroup(gemeente, year, codes, BY_HAND, (), own.get("stedelijkheid"),
                         "absent" if absent else "", {"year": year, "codes": ", ".join(absent)})
    inhabitants = own.get("inwoners")
    if inhabitants is None:
        return PeerGroup(gemeente, year, [], BY_BAND, (), None, "no_inhabitants")
    band = size_band(inhabitants, bands)
    in_band = sorted(c for c, r in rows.items() if c.startswith("GM") and c != gemeente
                     and r.get("inwoners") is not None and size_band(r["inwoners"], bands) == band)
    urbanity = own.get("stedelijkheid")
    if urbanity is not None:
        same = [c for c in in_band if rows[c].get("stedelijkheid") == urbanity]
        if len(same) >= min_peers:
            return PeerGroup(gemeente, year, same, BY_BAND_AND_URBANITY, band, urbanity)
        near = [c for c in in_band if rows[c].get("stedelijkheid") is not None
                and abs(rows[c]["stedelijkheid"] - urbanity) <= 1]
        if len(near) >= min_peers:
            return PeerGroup(gemeente, year, near, BY_BAND_URBANITY_WIDENED, band, urbanity)
        known = sum(1 for c in in_band if rows[c].get("stedelijkheid") is not None)
        key, params = "few_urbanity", {"min": min_peers, "known": known, "total": len(in_band)}
    else:
        key, params = "no_urbanity", {"year": year}
    return PeerGroup(gemeente, year, in_band, BY_BAND, band, urbanity, key, params)


def values_of(rows, catalog, keys):
    """Measures as published and indicators computed from them, per gemeente row."""
    result = {}
    for code, row in rows.items():
        out = {}
        for key in keys:
            if key in catalog.indicators:
                out[key] = catalog.indicators[key].formula.evaluate(row)
            else:
                out[key] = row.get(key)
        result[code] = out
    return result


def compare(group, rows, catalog, keys, nederland=regions.NEDERLAND):
    """A ``PeerStat`` per key: the gemeente, the peers' median, quartiles and range, Nederland."""
    values = values_of(rows, catalog, keys)
    stats = []
    for key in keys:
        own = values.get(group.gemeente, {}).get(key)
        peer_values = sorted(v for v in (values.get(c, {}).get(key) for c in group.codes) if v is not None)
        n = len(peer_values)
        median = statistics.median(peer_values) if n else None
        q1 = q3 = None
        if n >= 4:
            q1, _, q3 = statistics.quantiles(peer_values, n=4, method="inclusive")
        rank = None
        if own is not None and n:
            rank = 1 + sum(1 for v in peer_values if v < own)
        stats.append(PeerStat(key, own, median, q1, q3, peer_values[0] if n else None,
                              peer_values[-1] if n else None, n, values.get(nederland, {}).get(key), rank))
    return stats


def gemeente_names():
    """Gemeente names for the peer table: the bundled list, and the names of merged ones."""
    from ..gemeenten import load_fallback, load_mergers

    _, gemeenten, _ = load_fallback()
    names = {g.code: g.name for g in gemeenten}
    for merger in load_mergers():
        names.setdefault(merger.old_code, merger.old_name)
    return names
