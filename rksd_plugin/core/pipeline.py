"""The main job: from a gemeente code and a year to joined, computed area layers.

Fetch CBS values per source (key resolution on ``DataProperties``, one filtered
``TypedDataSet`` download), optionally the national buurt distribution, fetch PDOK
geometry per level, join on normalised codes, compute indicators with their gemeente
and Nederland values and the question indices, and describe where everything came from.
The same code runs for a live download, from the cache and from an offline package;
only the transport differs.
"""
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Set

from . import code_mismatch, indices, missing, regions, wkb
from .cbs_client import CbsClient, dimension_filter, dimension_selection, region_filter
from .errors import BadResponse, Cancelled, MeasureNotFound, NetworkError, NoTableForYear, UnknownGemeente
from .indicators import add_indicators
from .join import join_level
from .keys import resolve
from .geometry_source import GeometrySource

LEVELS = ("buurt", "wijk", "gemeente")
ALWAYS = ("inwoners", "huishoudens")  # population thresholds and rates need them


@dataclass
class RunRequest:
    gemeente: str
    year: int
    questions: Optional[List[str]] = None  # None: all six
    indicators: List[str] = field(default_factory=list)  # extra, outside the questions
    extra_measures: Optional[List[str]] = None  # None: every KWB measure of the catalog
    available_measures: Optional[Set[str]] = None  # set by an offline package
    source_tables: Dict[str, dict] = field(default_factory=dict)  # package overrides
    normalisation: str = indices.PERCENTILE
    question_normalisation: Dict[str, str] = field(default_factory=dict)  # per question, overrides the above
    weights: Dict[str, Dict[str, float]] = field(default_factory=dict)
    national_reference: bool = True
    national_sources: Optional[Set[str]] = None  # None: every source
    strict: bool = False  # raise on an unresolvable measure instead of skipping it
    # a year of a series whose KWB table cannot be had (not in an offline package) still
    # gives its boundaries and other sources; KWB measures are then empty with the reason
    kwb_optional: bool = False


@dataclass
class RunResult:
    gemeente: str
    year: int
    layers: Dict[str, object]
    provenance: dict
    summary: dict
    unavailable: Dict[str, str]
    questions: Dict[str, dict] = field(default_factory=dict)
    request: Optional[RunRequest] = None  # what was asked (a series reads the package's measures from it)


class Pipeline:
    def __init__(self, transport, catalog, progress: Optional[Callable[[float, str], None]] = None, memory=None,
                 memo=None):
        self.transport = transport
        self.catalog = catalog
        # shared by the runs of a series: a national distribution (28 000 rows) is parsed once
        self.memo = memo
        self._national_keys = []
        self.cbs = CbsClient(transport)
        self.geometry = GeometrySource(transport, catalog.geometry, memory)
        self.progress = progress or (lambda percent, message: None)

    # -- planning ----------------------------------------------------------------
    def plan(self, request):
        """Indicators and measures to fetch, and what is unavailable (and why)."""
        catalog = self.catalog
        question_ids = request.questions if request.questions is not None else [q.id for q in catalog.questions]
        wanted_indicators = catalog.indicators_for(question_ids)
        wanted_indicators += [i for i in request.indicators if i not in wanted_indicators]
        unavailable, indicators, measure_ids = {}, [], list(ALWAYS)
        for key in wanted_indicators:
            indicator = catalog.indicators[key]
            lacking = [m for m in indicator.measures if not self._available(request, m)]
            if lacking:
                unavailable[key] = "not available in this package: {}".format(", ".join(lacking))
                continue
            indicators.append(indicator)
            measure_ids.extend(indicator.measures)
        extra = request.extra_measures
        if extra is None:
            extra = [m for m, spec in catalog.measures.items() if spec.source == "kwb"]
        measure_ids.extend(m for m in extra if self._available(request, m))
        wanted = set(m for m in measure_ids if self._available(request, m) or m in ALWAYS)
        measures = [catalog.measures[m] for m in catalog.measures if m in wanted]
        return measures, indicators, unavailable, question_ids

    @staticmethod
    def _available(request, measure_id):
        return request.available_measures is None or measure_id in request.available_measures

    # -- running -----------------------------------------------------------------
    def run(self, request):
        started = time.perf_counter()
        gemeente = regions.parse_gemeente(request.gemeente)
        self.catalog.sources["kwb"].table_for(request.year)  # fail fast: no table that year
        self.geometry.services(request.year)  # fail fast: no geometry service that year
        measures, indicators, unavailable, question_ids = self.plan(request)
        self.progress(2, "plan")
        values, national, records, failed, kwb_codes = self._fetch_values(request, gemeente, measures)
        measure_years = {} if request.kwb_optional and not kwb_codes else self._fill_from_earlier_kwb(
            request, gemeente, measures, values, records, failed)
        for indicator in list(indicators):
            broken = [m for m in indicator.measures if m in failed]
            if broken:
                unavailable[indicator.id] = failed[broken[0]]
                indicators.remove(indicator)
        measures = [m for m in measures if m.id not in failed]
        geometry, geometry_urls, fetched = self._fetch_geometry(request.year, gemeente)
        self.progress(85, "join")
        layers = {}
        gm_values = values_flat(values, gemeente)
        nl_values = values_flat(values, regions.NEDERLAND)
        for level in LEVELS:
            layer = join_level(level, geometry[level], values, measures, self.catalog.geometry, kwb_codes,
                               measure_years)
            add_indicators(layer, indicators, gm_values, nl_values, measure_years)
            layers[layer.name] = layer
        questions = self._compute_questions(request, question_ids, layers["buurten"], indicators, national, nl_values)
        self.progress(95, "summary")
        provenance = self._provenance(request, gemeente, records, geometry_urls, unavailable, questions, fetched)
        summary = summarise(layers, measures, indicators, unavailable, time.perf_counter() - started)
        summary.update({"gemeente": gemeente, "year": int(request.year), "questions": questions})
        # a source without a table of this year serves its latest earlier one: say so, never silently
        summary["older_tables"] = {
            r["source"]: {"table": r["table"], "year": int(r["table_year"])}
            for r in records
            if r.get("table_year") and int(r["table_year"]) != int(request.year) and not r.get("filled_in_for")
        }
        summary["geometry"] = {"service": fetched.service["url"], "selection": fetched.strategies}
        summary["measure_years"] = measure_years
        summary["code_mismatch"] = self._code_mismatches(records, layers, indicators)
        summary["code_mismatch_lines"] = code_mismatch.lines(summary["code_mismatch"])
        return RunResult(gemeente, int(request.year), layers, provenance, summary, unavailable, questions, request)

    def _fill_from_earlier_kwb(self, request, gemeente, measures, values, records, failed, steps=2):
        """Measures CBS has not filled yet in this year's KWB table, from the most recent earlier one.

        A KWB table is filled over several deliveries (86165NED, 2025, still lacks income,
        uitkeringen, Wmo and jeugdzorg). A measure counts as *not filled* when every area of
        the run has no value for it, Nederland included (a secret value is empty for some
        areas, never for Nederland), or when this year's table lacks the column. Such a
        measure is taken from up to ``steps`` earlier KWB tables; ``{measure: year}`` says
        which, so every output can show the year beside the value ("2024*")."""
        kwb = self.catalog.sources["kwb"]
        wanted = [m for m in measures if m.source == "kwb" and m.id not in ALWAYS and
                  (m.id in failed or all(v.get(m.id, (None,))[0] is None for v in values.values()))]
        if not values or not wanted:
            return {}
        found = {}
        for year in range(int(request.year) - 1, int(request.year) - 1 - steps, -1):
            if not wanted or str(year) not in kwb.tables:
                continue
            self._check_cancelled()
            earlier, failed_earlier = {}, {}
            first_exchange = len(self.transport.exchanges)
            try:
                record = self._fetch_source(request, kwb, kwb.table_for(year), gemeente, wanted, earlier,
                                            failed_earlier)
            except UnknownGemeente:
                continue  # a gemeente formed since: no earlier figures under its code
            except (NetworkError, BadResponse) as exc:
                # best effort: offline without that table, or it is not (or no longer) there;
                # the measure then stays empty with its reason, the run goes on
                self.transport.log("earlier KWB table of {} not used: {}".format(year, exc))
                continue
            record["filled_in_for"] = int(request.year)
            record["requests"] = self.transport.exchanges[first_exchange:]
            filled = [m for m in wanted if any(v.get(m.id, (None,))[0] is not None for v in earlier.values())]
            for measure in filled:
                for code, pairs in earlier.items():
                    if code in values and measure.id in pairs:
                        values[code][measure.id] = pairs[measure.id]
                found[measure.id] = year
                failed.pop(measure.id, None)
            record["measures_filled"] = [m.id for m in filled]
            records.append(record)
            wanted = [m for m in wanted if m not in filled]
        return found

    def _code_mismatches(self, records, layers, indicators):
        """Per source other than KWB: its area codes against the year's indeling."""
        found = []
        for record in records:
            if record["source"] == "kwb":
                continue
            users = [i.id for i in indicators
                     if any(self.catalog.measures[m].source == record["source"] for m in i.measures)]
            report = code_mismatch.compare(record["source"], record["table"], set(record.get("area_codes", [])),
                                           layers, users)
            if report:
                found.append(report)
        return found

    def _compute_questions(self, request, question_ids, buurten, indicators, national, nl_values):
        by_id = {i.id: i for i in indicators}
        references, nederland = {}, {}
        for indicator in indicators:
            if "buurt" not in indicator.levels:
                continue
            memo_key = ("national_values", indicator.id, indicator.formula.text, tuple(sorted(self._national_keys)))
            national_values = self.memo.get(memo_key) if self.memo is not None else None
            if national_values is None:
                national_values = national_indicator_values(indicator, national)
                if self.memo is not None:
                    self.memo[memo_key] = national_values
            if national_values:
                references[indicator.id] = indices.national_reference(national_values)
            else:
                references[indicator.id] = indices.gemeente_reference(buurten.records, indicator.id, indicator)
            nederland[indicator.id] = indicator.formula.evaluate(nl_values) if nl_values else None
        summaries = {}
        score_fields_added = set()
        for question in self.catalog.questions:
            if question.id not in question_ids:
                continue
            components = {c.indicator: by_id[c.indicator] for c in question.components if c.indicator in by_id}
            for key in components:
                if key not in score_fields_added:
                    buurten.fields[-2:-2] = [indices.score_fields(components[key])]
                    score_fields_added.add(key)
            buurten.fields[-2:-2] = indices.question_fields(question)
            summary = indices.compute_question(
                buurten.records, question, components, references, nederland,
                request.question_normalisation.get(question.id, request.normalisation),
                indices.weights_for(question, request.weights.get(question.id)),
            )
            summary["show_beside"] = [k for k in question.show_beside if k in by_id]
            summary["wijk_indicators"] = [k for k in question.wijk_indicators if k in by_id]
            summaries[question.id] = summary
        return summaries

    def _fetch_values(self, request, gemeente, measures):
        """Values per code, national buurt values, source records and failed measures."""
        by_source = {}
        for measure in measures:
            by_source.setdefault(measure.source, []).append(measure)
        by_source.setdefault("kwb", [])
        values, national, records, failed = {}, {}, [], {}
        order = ["kwb"] + sorted(s for s in by_source if s != "kwb")
        kwb_codes = set()
        for index, source_id in enumerate(order):
            self._check_cancelled()
            source = self.catalog.sources[source_id]
            try:
                table = request.source_tables.get(source_id) or source.table_for_run(request.year)
            except NoTableForYear as exc:
                if source_id == "kwb":
                    raise
                for measure in by_source[source_id]:  # e.g. Politie has no table of 2025 yet
                    failed[measure.id] = str(exc)
                continue
            first_exchange = len(self.transport.exchanges)
            try:
                record = self._fetch_source(request, source, table, gemeente, by_source[source_id], values, failed)
            except (NetworkError, BadResponse, UnknownGemeente) as exc:
                if source_id != "kwb" or not request.kwb_optional:
                    raise
                for measure in by_source[source_id]:
                    failed[measure.id] = "KWB {} not available: {}".format(table["id"], exc)
                self.transport.log("KWB {} of {} not used: {}".format(table["id"], request.year, exc))
                continue
            if source_id == "kwb":
                kwb_codes = set(values)
            if (request.national_reference and record["keys"]
                    and (request.national_sources is None or source_id in request.national_sources)):
                self._fetch_national(source, table, by_source[source_id], record, national)
            record["requests"] = self.transport.exchanges[first_exchange:]
            records.append(record)
            self.progress(5 + 45 * (index + 1) / len(order), source_id)
        return values, national, records, failed, kwb_codes

    def _resolve_keys(self, request, source, table_id, measures, properties, failed):
        keys, how = {}, {}
        for measure in measures:
            try:
                keys[measure.id], how[measure.id] = resolve(properties, measure, table_id)
            except MeasureNotFound as exc:
                users = sorted(k for k, i in self.catalog.indicators.items() if measure.id in i.measures)
                exc.params["indicators"] = ", ".join(users) or "-"
                if request.strict or measure.id in ALWAYS:
                    raise
                failed[measure.id] = str(exc)
        return keys, how

    def _selection(self, source, table, measures):
        selection = dimension_selection(source, measures)
        if table.get("period"):
            selection.setdefault("Perioden", []).append(table["period"])
        return selection

    def _fetch_source(self, request, source, table, gemeente, measures, values, failed):
        table_id = table["id"]
        infos = self.cbs.table_infos(table_id, source.host)
        properties = self.cbs.data_properties(table_id, source.host)
        keys, how = self._resolve_keys(request, source, table_id, measures, properties, failed)
        measures = [m for m in measures if m.id in keys]
        selection = self._selection(source, table, measures)
        filters = region_filter(source.region_dimension, gemeente, source.levels)
        if selection:
            filters = "{} and {}".format(filters, dimension_filter(selection))
        select = [source.region_dimension] + sorted(selection) + sorted(set(keys.values()))
        rows = self.cbs.typed_rows(table_id, source.host, select, filters) if keys else []
        found_gemeente = _store_rows(rows, source, table, measures, keys, gemeente, values)
        if source.id == "kwb" and not found_gemeente:
            raise UnknownGemeente(code=gemeente, table=table_id, year=request.year)
        return {
            "source": source.id,
            "table": table_id,
            "catalog": source.host,
            "title": infos.get("Title", ""),
            "modified": infos.get("Modified") or "",
            "period": table.get("period") or infos.get("Period", ""),
            "table_year": table.get("year"),
            "model_estimate": source.model_estimate,
            "attribution": source.attribution,
            "keys": keys,
            "key_resolution": how,
            "filter": filters,
            "select": select,
            "rows": len(rows),
            "area_codes": sorted(code_mismatch.source_codes(rows, source.region_dimension, gemeente)),
        }

    def _fetch_national(self, source, table, measures, record, national):
        """All Dutch buurten of the same table: the reference for percentile ranks."""
        measures = [m for m in measures if m.id in record["keys"]]
        selection = self._selection(source, table, measures)
        filters = "startswith({},'BU')".format(source.region_dimension)
        if selection:
            filters = "{} and {}".format(filters, dimension_filter(selection))
        select = [source.region_dimension] + sorted(selection) + sorted(set(record["keys"].values()))
        key = ("national", source.host, record["table"], filters, tuple(select))
        cached = self.memo.get(key) if self.memo is not None else None
        if cached is None:
            first = len(self.transport.exchanges)
            rows = self.cbs.typed_rows(record["table"], source.host, select, filters)
            part = {}
            _store_rows(rows, source, table, measures, record["keys"], None, part)
            cached = (part, len(rows), self.transport.exchanges[first:])
            if self.memo is not None:
                self.memo[key] = cached
        else:
            self.transport.exchanges.extend(dict(e, from_cache=True) for e in cached[2])
        part, count, _ = cached
        for code, pairs in part.items():
            national.setdefault(code, {}).update(pairs)
        self._national_keys.append(key)
        record["national_rows"] = count
        record["national_filter"] = filters

    def _fetch_geometry(self, year, gemeente):
        """Features per level, the exchanges per level and how they were fetched."""
        self._check_cancelled()
        exchanges_before = len(self.transport.exchanges)

        def progress(done, total, level):
            self.progress(50 + 35 * done / total, "geometry " + level)

        fetched = self.geometry.fetch(year, gemeente, convert_geometry=wkb.from_geojson, progress=progress,
                                      is_cancelled=self.transport.is_cancelled)
        exchanges = self.transport.exchanges[exchanges_before:]
        by_url = {}
        for exchange in exchanges:
            by_url.setdefault(exchange["url"], exchange)
        urls = {level: [by_url[u] for u in fetched.urls[level] if u in by_url] for level in LEVELS}
        items = {u for level in LEVELS for u in fetched.urls[level]}
        # queryables, capabilities and refused ways: what the service was asked besides the features
        fetched.other_requests = [e for e in exchanges if e["url"] not in items]
        return fetched.features, urls, fetched

    def _check_cancelled(self):
        if self.transport.is_cancelled():
            raise Cancelled()

    def _provenance(self, request, gemeente, source_records, geometry_urls, unavailable, questions, fetched):
        catalog = self.catalog
        exchanges = [e for r in source_records for e in r["requests"]] + [
            e for level in geometry_urls.values() for e in level
        ] + list(fetched.other_requests)
        times = sorted(e["fetched_at"] for e in exchanges if e.get("fetched_at"))
        attributions = [catalog.attribution["nl"]] + sorted(
            {r["attribution"] for r in source_records if r.get("attribution") and r["attribution"] != "Bron: CBS"}
        )
        return {
            "attribution": catalog.attribution["nl"],
            "attributions": attributions,
            "gemeente": gemeente,
            "year": int(request.year),
            "catalog_version": catalog.version,
            "catalog_date": catalog.date,
            "sources": source_records,
            "geometry": {
                "service": fetched.service["url"],
                "kind": fetched.service["kind"],
                "crs": "EPSG:28992",
                "selection": fetched.strategies,
                "refused": {level: reasons for level, reasons in fetched.refused.items() if reasons},
                "services_passed_over": fetched.services_passed_over,
                "requests": geometry_urls,
                "service_requests": fetched.other_requests,
            },
            "normalisation": request.normalisation,
            "questions": {
                key: {"basis": q["basis"], "weights": q["weights"], "unavailable": q["unavailable_components"],
                      "normalisation": q.get("normalisation", request.normalisation),
                      "reference": q.get("reference", {})}
                for key, q in questions.items()
            },
            "downloaded_first": times[0] if times else None,
            "downloaded_last": times[-1] if times else None,
            "written_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "offline": bool(getattr(self.transport, "offline", False)),
            "unavailable": unavailable,
        }


def _store_rows(rows, source, table, measures, keys, gemeente, target_values):
    """Put cleaned values of ``rows`` into ``target_values[code][measure_id]``."""
    found_gemeente = False
    wanted = []
    for measure in measures:
        dims = dict(source.dimensions, **measure.dimensions)
        if table.get("period"):
            dims["Perioden"] = table["period"]
        wanted.append((measure.id, keys[measure.id], [(d, str(v).strip()) for d, v in dims.items()]))
    for row in rows:
        code = regions.try_normalise(row.get(source.region_dimension))
        if code is None:
            continue
        found_gemeente = found_gemeente or code == gemeente
        target = target_values.setdefault(code, {})
        for measure_id, key, dims in wanted:
            if dims and any(str(row.get(d, "")).strip() != v for d, v in dims):
                continue
            target[measure_id] = missing.clean(row.get(key))
    return found_gemeente


def national_indicator_values(indicator, national):
    """The indicator for every Dutch buurt that has all its measures, or [] if none."""
    needed = indicator.measures
    result = []
    for code, pairs in national.items():
        if not code.startswith("BU") or any(m not in pairs for m in needed):
            continue
        flat = {m: pairs[m][0] for m in needed}
        population = pairs.get("inwoners", (None,))[0]
        if population is not None and population < indicator.min_population:
            continue
        value = indicator.formula.evaluate(flat)
        if value is not None:
            result.append(value)
    return result


def values_flat(values, code):
    """``{measure_id: value}`` of one area (for formulas), or None when absent."""
    found = values.get(code)
    if not found:
        return None
    return {key: pair[0] for key, pair in found.items()}


def summarise(layers, measures, indicators, unavailable, seconds):
    """Counts a user wants to see after a run: features, matches, missing values."""
    summary = {"layers": {}, "seconds": round(seconds, 3), "unavailable": unavailable}
    for name, layer in layers.items():
        land = [r for r in layer.records if r.get("water") != "JA"]
        missing_counts = {}
        for key in [m.id for m in measures] + [i.id for i in indicators if layer.level in i.levels]:
            missing_counts[key] = sum(1 for r in land if r.get(key) is None)
        summary["layers"][name] = {
            "features": len(layer.records),
            "water": len(layer.records) - len(land),
            "matched": len(layer.records) - len(layer.only_in_pdok),
            "only_in_cbs": layer.only_in_cbs,
            "only_in_pdok": layer.only_in_pdok,
            "water_parts_set_aside": layer.water_parts,
            "missing": missing_counts,
        }
    return summary
