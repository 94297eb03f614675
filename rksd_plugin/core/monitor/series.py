"""Several years of one gemeente through the one pipeline, into one series on the newest indeling.

Every year runs as a normal run (the same clients, cache and offline packages), so each
year keeps its own layers on its own indeling. Then, per level, every earlier year is
carried to the newest indeling along a crosswalk (``crosswalk``, ``carry``), sources
whose newest table holds earlier periods are read from it once (``history``), and the
gemeente is compared with similar gemeenten per year (``peers``). The result is a long
table per level: one row per area of the newest indeling, year and key (measure,
indicator or question index), with the value, how it got there and where it came from.
"""
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

from .. import regions
from ..errors import Cancelled, RksdError
from ..pipeline import Pipeline, RunRequest
from . import carry as carry_module
from . import crosswalk as crosswalk_module
from . import history as history_module
from . import peers as peers_module
from . import polygons, squares
from .crosswalk import DIRECT, RECODED, REALLOCATED

LEVELS = (("buurt", "buurten"), ("wijk", "wijken"), ("gemeente", "gemeente"))


@dataclass
class SeriesRequest:
    gemeente: str
    years: List[int]
    questions: Optional[List[str]] = None
    run_options: dict = field(default_factory=dict)  # RunRequest options for every year
    request_for_year: Optional[Callable[[int], RunRequest]] = None  # an offline package's requests
    weights: object = None  # a WeightSurface of the user's (address points), else CBS squares, else area
    fetch_squares: bool = True
    history: bool = True
    history_tables: Dict[str, dict] = field(default_factory=dict)  # a package's pinned tables per source
    history_measures: Dict[str, List[str]] = field(default_factory=dict)  # and the measures it recorded
    peers: bool = True
    peer_codes: Optional[List[str]] = None  # by hand
    tolerance: Optional[float] = None


@dataclass
class SeriesResult:
    gemeente: str
    years: List[int]
    target_year: int
    runs: Dict[int, object]
    failed: Dict[int, str]
    crosswalks: Dict[int, Dict[str, object]]
    rows: Dict[str, List[dict]]
    keys: List[str]
    histories: List[object] = field(default_factory=list)
    peers: Dict[int, object] = field(default_factory=dict)
    weights: List[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    provenance: dict = field(default_factory=dict)

    @property
    def newest(self):
        return self.runs[self.target_year]

    def rows_of(self, level, key, year):
        """``{code: row}`` of one level, key and year."""
        return {r["code"]: r for r in self.rows.get(level, []) if r["kenmerk"] == key and r["jaar"] == year}

    def years_of(self, key, level="buurt"):
        return sorted({r["jaar"] for r in self.rows.get(level, []) if r["kenmerk"] == key and r["waarde"] is not None})


class SeriesBuilder:
    def __init__(self, transport, catalog, progress=None, memory=None):
        self.transport = transport
        self.catalog = catalog
        self.progress = progress or (lambda percent, message: None)
        self.memory = memory
        self._weights = {}
        self._memo = {}  # national distributions parsed once for all years

    def run(self, request):
        started = time.perf_counter()
        gemeente = regions.parse_gemeente(request.gemeente)
        years = sorted({int(y) for y in request.years})
        if not years:
            raise ValueError("a series needs at least one year")
        runs, failed = self._run_years(request, gemeente, years)
        target = max(runs)
        newest = runs[target]
        tolerance = request.tolerance if request.tolerance is not None else self.catalog.monitor["tolerance"]
        self.progress(75, "crosswalk")
        crosswalks = self._crosswalks(request, runs, target, tolerance)
        keys = series_keys(self.catalog, newest)
        additive = {m for m, spec in self.catalog.measures.items() if spec.additive}
        formulas = {k: i.formula for k, i in self.catalog.indicators.items()}
        rows = {level: [] for level, _ in LEVELS}
        for year, result in sorted(runs.items()):
            for level, name in LEVELS:
                rows[level].extend(self._year_rows(result, level, name, crosswalks[year][level], keys, additive,
                                                   formulas, newest))
        rows = {level: _deduplicate(level_rows) for level, level_rows in rows.items()}
        histories = []
        if request.history:
            self.progress(85, "history")
            histories = self._histories(request, gemeente, runs, target, crosswalks, keys, additive, formulas, rows,
                                        newest)
        comparisons = {}
        if request.peers:
            self.progress(92, "peers")
            comparisons = self._peers(request, gemeente, runs, keys)
        for level_rows in rows.values():
            level_rows.sort(key=lambda r: (r["kenmerk"], r["code"], r["jaar"]))
        result = SeriesResult(gemeente, sorted(runs), target, runs, failed, crosswalks, rows, keys, histories,
                              comparisons, list(self._weights.values()))
        result.summary = summarise(result, tolerance, time.perf_counter() - started)
        result.provenance = provenance(result, self.catalog, tolerance)
        self.progress(100, "done")
        return result

    # -- the years ---------------------------------------------------------------------
    def _run_years(self, request, gemeente, years):
        runs, failed, first_error = {}, {}, None
        for index, year in enumerate(years):
            if self.transport.is_cancelled():
                raise Cancelled()
            options = dict({"questions": request.questions}, **request.run_options)
            run_request = (request.request_for_year(year) if request.request_for_year else
                           RunRequest(gemeente, year, **options))
            base = 70.0 * index / len(years)

            def step(percent, message, base=base, year=year):
                self.progress(base + percent * 0.7 / len(years), "{} {}".format(year, message))

            try:
                runs[year] = Pipeline(self.transport, self.catalog, progress=step, memory=self.memory,
                                      memo=self._memo).run(run_request)
            except Cancelled:
                raise
            except (RksdError, KeyError) as exc:
                failed[year] = exc.message() if isinstance(exc, RksdError) else "not in the package: {}".format(exc)
                first_error = first_error or exc
        if not runs:
            raise first_error
        return runs, failed

    # -- crosswalks --------------------------------------------------------------------
    def _crosswalks(self, request, runs, target, tolerance):
        newest = runs[target]
        result = {}
        for year, run in runs.items():
            result[year] = {}
            for level, name in LEVELS:
                new = geometries(newest.layers[name])
                if year == target:
                    result[year][level] = crosswalk_module.identity(level, year, list(new))
                    continue
                old = geometries(run.layers[name])
                weights = None
                if not _identical(old, new):
                    weights = self._weights_for(request, year, old, new)
                result[year][level] = crosswalk_module.build(level, year, target, old, new, weights, tolerance)
        return result

    def _weights_for(self, request, year, old, new):
        """The user's weights, else CBS's squares nearest ``year`` (fetched once), else None (area)."""
        if request.weights is not None:
            self._weights.setdefault("user", dict(request.weights.provenance, source=request.weights.source))
            return request.weights
        config = self.catalog.monitor.get("population_squares")
        if not request.fetch_squares or not config:
            return None
        square_year = squares.year_for(config, year)
        if square_year in self._weights:
            return self._weights[square_year].get("surface")
        boxes = [polygons.bounds(polygons.rings_of(g)) for g in list(old.values()) + list(new.values())]
        boxes = [b for b in boxes if b]
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        try:
            surface = squares.fetch(self.transport, config, year, box, self.transport.is_cancelled)
        except Cancelled:
            raise
        except RksdError as exc:
            self._weights[square_year] = {"source": "area", "year": square_year, "error": exc.message(),
                                          "surface": None}
            self.transport.log("CBS squares of {} not used (area instead): {}".format(square_year, exc))
            return None
        self._weights[square_year] = dict(surface.provenance, source=surface.source, surface=surface,
                                          secret=surface.secret, total=surface.total)
        return surface

    # -- rows --------------------------------------------------------------------------
    def _year_rows(self, result, level, name, crosswalk, keys, additive, formulas, newest):
        layer = result.layers[name]
        values = {r["code"]: r for r in layer.records}
        present = [k for k in keys if layer.records and k in layer.records[0]]
        carried = carry_module.carry(crosswalk, values, present, additive, formulas)
        data_years = key_data_years(self.catalog, result, present)
        tables = key_tables(self.catalog, result, present)
        gemeente_record = (result.layers["gemeente"].records or [{}])[0]
        names = {r["code"]: r.get("naam", "") for r in newest.layers[name].records}
        rows = []
        for code, by_key in carried.items():
            for key in present:
                item = by_key[key]
                rows.append({
                    "code": code, "naam": names.get(code, ""), "jaar": data_years.get(key, result.year),
                    "kenmerk": key, "waarde": item.value, "methode": item.method,
                    "gewichten": item.weight_source if item.method not in (DIRECT, RECODED) else None,
                    "aandeel_elders": item.share_other, "herkomst": item.sources, "toelichting": item.note,
                    "bron": tables.get(key, ""), "indeling": result.year, "ondergrens": None, "bovengrens": None,
                    "gemeente": gemeente_record.get(key + "_gm", gemeente_record.get(key)),
                    "nederland": (layer.records[0].get(key + "_nl") if layer.records else None),
                    "_run": result.year,
                })
        return rows

    def _histories(self, request, gemeente, runs, target, crosswalks, keys, additive, formulas, rows, newest):
        result = []
        first = min(runs)
        for source in self.catalog.sources.values():
            if not source.margins:
                continue
            try:
                table = request.history_tables.get(source.id) or source.table_for_run(target)
            except RksdError:
                continue
            table = dict(table, periods=(source.tables.get(str(table.get("year"))) or {}).get(
                "periods", table.get("periods")))
            indeling = int(table["year"])
            if indeling not in runs:  # its boundaries are not in the series: nothing to carry them along
                self.transport.log("earlier periods of {} not used: its indeling ({}) is not a year of the "
                                   "series".format(table["id"], indeling))
                continue
            if source.id in request.history_measures:
                wanted = [self.catalog.measures[m] for m in request.history_measures[source.id]
                          if m in self.catalog.measures]
            else:
                wanted = [m for m in self.catalog.measures.values() if m.source == source.id and _available(
                    newest_request(newest), m.id)]
            try:
                fetched = history_module.fetch(self.transport, source, table, gemeente, wanted, first, target)
            except Cancelled:
                raise
            except RksdError as exc:
                self.transport.log("earlier periods of {} not used: {}".format(table["id"], exc))
                continue
            result.append(fetched)
            self._history_rows(fetched, source, crosswalks[indeling], keys, additive, formulas, rows, newest)
        return result

    def _history_rows(self, history, source, crosswalks, keys, additive, formulas, rows, newest):
        measure_ids = {m for values in history.values.values() for area in values.values()
                       for m, triple in area.items() if triple[0] is not None}
        for measure in sorted(measure_ids):  # a measure only the history has (no question uses it)
            if measure not in keys:
                keys.append(measure)
        own = [k for k in keys if k in measure_ids or (
            k in self.catalog.indicators and self.catalog.indicators[k].measures
            and set(self.catalog.indicators[k].measures) <= measure_ids)]
        if not own:
            return
        for year, by_code in history.values.items():
            triples = {code: {m: t for m, t in measures.items()} for code, measures in by_code.items()}
            values = {code: _with_indicators(self.catalog, {m: t[0] for m, t in measures.items()}, own)
                      for code, measures in triples.items()}
            gemeente_values = values.get(newest.gemeente, {})
            nederland_values = values.get(regions.NEDERLAND, {})
            replaced = []
            for level, name in LEVELS:
                crosswalk = crosswalks[level]
                carried = carry_module.carry(crosswalk, values, own, additive, formulas)
                names = {r["code"]: r.get("naam", "") for r in newest.layers[name].records}
                new_rows = []
                for code, by_key in carried.items():
                    target = crosswalk.targets[code]
                    for key in own:
                        item = by_key[key]
                        lower = upper = None
                        if item.method in (DIRECT, RECODED):
                            lower, upper = _bounds(self.catalog, key, triples.get(target.sources[0].code, {}))
                        new_rows.append({
                            "code": code, "naam": names.get(code, ""), "jaar": year, "kenmerk": key,
                            "waarde": item.value, "methode": item.method,
                            "gewichten": item.weight_source if item.method == REALLOCATED else None,
                            "aandeel_elders": item.share_other, "herkomst": item.sources, "toelichting": item.note,
                            "bron": history.table["id"], "indeling": history.indeling_year,
                            "ondergrens": lower, "bovengrens": upper,
                            "gemeente": gemeente_values.get(key), "nederland": nederland_values.get(key),
                            "_run": None,
                        })
                replaced.append((level, new_rows))
            for level, new_rows in replaced:
                # the newest table's figures replace a run's of the same key and year, where it has them
                covered = {(r["kenmerk"], r["jaar"]) for r in new_rows if r["waarde"] is not None}
                new_rows = [r for r in new_rows if (r["kenmerk"], r["jaar"]) in covered]
                rows[level] = [r for r in rows[level] if (r["kenmerk"], r["jaar"]) not in covered] + new_rows

    # -- peers -------------------------------------------------------------------------
    def _peers(self, request, gemeente, runs, keys):
        result = {}
        kwb = self.catalog.sources["kwb"]
        monitor = self.catalog.monitor
        for year, run in sorted(runs.items()):
            record = next((r for r in run.provenance.get("sources", []) if r["source"] == "kwb"), None)
            if record is None:
                continue
            table = {"id": record["table"], "year": record.get("table_year") or year}
            measures = [m for m in self.catalog.measures.values() if m.source == kwb.id
                        and m.id in record.get("keys", {})]
            try:
                rows, fetched = peers_module.fetch_rows(self.transport, self.catalog, table, measures)
            except Cancelled:
                raise
            except RksdError as exc:
                self.transport.log("gemeente rows of {} not used: {}".format(year, exc))
                continue
            group = peers_module.choose(gemeente, year, rows, monitor["size_bands"], monitor["min_peers"],
                                        request.peer_codes)
            compared = [k for k in keys if _from_kwb(self.catalog, k)]
            stats = peers_module.compare(group, rows, self.catalog, compared)
            result[year] = peers_module.PeerComparison(year, group, stats, rows, fetched)
        return result


# -- helpers -------------------------------------------------------------------------------
def geometries(layer):
    """``{code: geometry}`` of an ``AreaLayer``."""
    return {r["code"]: g for r, g in zip(layer.records, layer.geometries) if r.get("code")}


def _identical(old, new):
    return set(old) == set(new) and all(old[c] == new[c] for c in old)


def series_keys(catalog, result):
    """Indicators, question indices and measures of the newest year's buurt layer (and
    of the wijk and gemeente layers: wijk-only indicators)."""
    keys = []
    for name in ("buurten", "wijken", "gemeente"):
        for spec in result.layers[name].fields:
            if spec.role in ("indicator", "index", "measure") and spec.name not in keys:
                if spec.role == "index" and not any(q.index_id == spec.name for q in catalog.questions):
                    continue
                keys.append(spec.name)
    order = {"indicator": 0, "index": 1, "measure": 2}
    roles = {}
    for name in ("buurten", "wijken", "gemeente"):
        for spec in result.layers[name].fields:
            roles.setdefault(spec.name, spec.role)
    return sorted(keys, key=lambda k: (order.get(roles.get(k), 3), keys.index(k)))


def key_data_years(catalog, result, keys):
    """The year of the figures behind each key in a run (a RIVM table of 2020 in a 2021
    run is 2020; a KWB measure from an earlier table is that table's year)."""
    by_source = {}
    for record in result.provenance.get("sources", []):
        if record.get("filled_in_for"):
            continue
        period = str(record.get("period") or "")
        year = int(period[:4]) if period[:4].isdigit() else int(record.get("table_year") or result.year)
        by_source[record["source"]] = year
    measure_years = result.summary.get("measure_years", {})
    years = {}
    for key in keys:
        measures = catalog.indicators[key].measures if key in catalog.indicators else (
            [key] if key in catalog.measures else [])
        found = [measure_years.get(m) or by_source.get(catalog.measures[m].source, result.year) for m in measures]
        years[key] = min(found) if found else result.year
    return years


def key_tables(catalog, result, keys):
    """The table id(s) behind each key in a run."""
    by_source = {r["source"]: r["table"] for r in result.provenance.get("sources", []) if not r.get("filled_in_for")}
    tables = {}
    for key in keys:
        measures = catalog.indicators[key].measures if key in catalog.indicators else (
            [key] if key in catalog.measures else [])
        tables[key] = ", ".join(sorted({by_source.get(catalog.measures[m].source, "") for m in measures} - {""}))
    return tables


def _deduplicate(rows):
    """One row per (code, key, year): figures of one year can reach a series from several
    runs (RIVM 2020 serves the runs of 2020 and 2021); keep the run nearest that year."""
    best = {}
    for row in rows:
        key = (row["code"], row["kenmerk"], row["jaar"])
        distance = abs((row["_run"] or row["jaar"]) - row["jaar"])
        current = best.get(key)
        if current is None or (distance, -(row["_run"] or 0)) < current[0]:
            best[key] = ((distance, -(row["_run"] or 0)), row)
    return [row for _, row in best.values()]


def _available(request, measure_id):
    return request is None or request.available_measures is None or measure_id in request.available_measures


def newest_request(result):
    return getattr(result, "request", None)


def _with_indicators(catalog, values, keys):
    out = dict(values)
    for key in keys:
        if key in catalog.indicators and key not in out:
            out[key] = catalog.indicators[key].formula.evaluate(values)
    return out


def _bounds(catalog, key, triples):
    if key in catalog.measures:
        value = triples.get(key, (None, None, None))
        return value[1], value[2]
    if key in catalog.indicators:
        return history_module.interval_of(catalog.indicators[key].formula, triples)
    return None, None


def _from_kwb(catalog, key):
    if key in catalog.measures:
        return catalog.measures[key].source == "kwb"
    if key in catalog.indicators:
        measures = catalog.indicators[key].measures
        return bool(measures) and all(catalog.measures[m].source == "kwb" for m in measures)
    return False


def summarise(result, tolerance, seconds):
    crosswalks = {}
    for year, by_level in result.crosswalks.items():
        if year == result.target_year:
            continue
        crosswalks[str(year)] = {level: {"counts": cw.counts(), "unmatched_old": cw.unmatched_old,
                                         "weights": cw.weights.get("source"), "cell": cw.cell}
                                 for level, cw in by_level.items()}
    return {
        "gemeente": result.gemeente,
        "years": result.years,
        "target_year": result.target_year,
        "failed_years": {str(y): reason for y, reason in result.failed.items()},
        "crosswalks": crosswalks,
        "tolerance": tolerance,
        "rows": {level: len(rows) for level, rows in result.rows.items()},
        "keys": result.keys,
        "history": [{"source": h.source, "table": h.table["id"], "indeling": h.indeling_year,
                     "periods": sorted(h.values), "unresolved": h.unresolved} for h in result.histories],
        "peers": {str(y): {"rule": c.group.rule, "codes": c.group.codes, "band": list(c.group.band),
                           "urbanity": c.group.urbanity, "note": c.group.note} for y, c in result.peers.items()},
        "weights": [{k: v for k, v in w.items() if k not in ("surface", "requests")} for w in result.weights],
        "seconds": round(seconds, 3),
    }


def provenance(result, catalog, tolerance):
    return {
        "attribution": catalog.attribution["nl"],
        "gemeente": result.gemeente,
        "years": result.years,
        "target_year": result.target_year,
        "method": {"document": "docs/monitor.md", "tolerance": tolerance, "sliver": crosswalk_module.SLIVER,
                   "rule": "model estimates: |b - a| > 1.96 * sqrt(se_a^2 + se_b^2)"},
        "years_provenance": {str(y): r.provenance for y, r in result.runs.items()},
        "history": [h.record for h in result.histories],
        "peers": {str(y): c.record for y, c in result.peers.items()},
        "weights": [{k: v for k, v in w.items() if k != "surface"} for w in result.weights],
        "failed_years": {str(y): reason for y, reason in result.failed.items()},
        "written_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
