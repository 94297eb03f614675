"""The main job: from a gemeente code and a year to joined, computed area layers.

Fetch CBS values per source (key resolution on ``DataProperties``, one filtered
``TypedDataSet`` download), fetch PDOK geometry per level, join on normalised codes,
compute indicators with their gemeente and Nederland values, and describe where
everything came from. The same code runs for a live download, from the cache and from
an offline package; only the transport differs.
"""
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Set

from . import missing, regions, wkb
from .cbs_client import CbsClient, dimension_filter, region_filter
from .errors import Cancelled, UnknownGemeente
from .indicators import add_indicators
from .join import join_level
from .keys import resolve
from .pdok_client import PdokClient

LEVELS = ("buurt", "wijk", "gemeente")


@dataclass
class RunRequest:
    gemeente: str
    year: int
    indicators: List[str] = field(default_factory=lambda: ["aandeel_65plus"])
    extra_measures: Optional[List[str]] = None  # None: every measure of the used sources
    available_measures: Optional[Set[str]] = None  # set by an offline package
    source_tables: Dict[str, dict] = field(default_factory=dict)  # package overrides


@dataclass
class RunResult:
    gemeente: str
    year: int
    layers: Dict[str, object]
    provenance: dict
    summary: dict
    unavailable: Dict[str, str]


class Pipeline:
    def __init__(self, transport, catalog, progress: Optional[Callable[[float, str], None]] = None):
        self.transport = transport
        self.catalog = catalog
        self.cbs = CbsClient(transport)
        self.pdok = PdokClient(transport, catalog.geometry)
        self.progress = progress or (lambda percent, message: None)

    # -- planning ----------------------------------------------------------------
    def plan(self, request):
        """Which measures and indicators to fetch, and which are unavailable (and why)."""
        catalog = self.catalog
        unavailable = {}
        indicators = []
        wanted = []
        for key in request.indicators:
            indicator = catalog.indicators[key]
            lacking = [m for m in indicator.measures if not self._available(request, m)]
            if lacking:
                unavailable[key] = "not available in this package: {}".format(", ".join(lacking))
                continue
            indicators.append(indicator)
            wanted.extend(indicator.measures)
        sources = {catalog.measures[m].source for m in wanted} | {"kwb"}
        extra = request.extra_measures
        if extra is None:
            extra = [m for m, spec in catalog.measures.items() if spec.source in sources]
        for key in extra:
            if self._available(request, key):
                wanted.append(key)
            else:
                unavailable.setdefault(key, "not available in this package")
        measures = [catalog.measures[m] for m in catalog.measures if m in set(wanted)]
        return measures, indicators, unavailable

    @staticmethod
    def _available(request, measure_id):
        return request.available_measures is None or measure_id in request.available_measures

    # -- running -----------------------------------------------------------------
    def run(self, request):
        started = time.perf_counter()
        gemeente = regions.parse_gemeente(request.gemeente)
        self.catalog.sources["kwb"].table_for(request.year)  # fail fast: no table that year
        self.pdok.base_url(request.year)  # fail fast: no geometry service that year
        measures, indicators, unavailable = self.plan(request)
        self.progress(2, "plan")
        values, source_records = self._fetch_values(request, gemeente, measures)
        geometry, geometry_urls = self._fetch_geometry(request.year, gemeente)
        self.progress(85, "join")
        layers = {}
        for level in LEVELS:
            layer = join_level(level, geometry[level], values, measures, self.catalog.geometry)
            add_indicators(layer, indicators, values_flat(values, gemeente), values_flat(values, regions.NEDERLAND))
            layers[layer.name] = layer
        self.progress(95, "summary")
        provenance = self._provenance(request, gemeente, source_records, geometry_urls, unavailable)
        summary = summarise(layers, measures, indicators, unavailable, time.perf_counter() - started)
        summary.update({"gemeente": gemeente, "year": int(request.year)})
        return RunResult(gemeente, int(request.year), layers, provenance, summary, unavailable)

    def _fetch_values(self, request, gemeente, measures):
        """``{code: {measure_id: (value, reason)}}`` for every source the measures use."""
        by_source = {}
        for measure in measures:
            by_source.setdefault(measure.source, []).append(measure)
        by_source.setdefault("kwb", [])
        values, records = {}, []
        order = ["kwb"] + sorted(s for s in by_source if s != "kwb")
        for index, source_id in enumerate(order):
            self._check_cancelled()
            source = self.catalog.sources[source_id]
            table = request.source_tables.get(source_id) or source.table_for(
                request.year, exact=(source_id == "kwb")
            )
            first_exchange = len(self.transport.exchanges)
            record = self._fetch_source(source, table, gemeente, by_source[source_id], values, request.year)
            record["requests"] = self.transport.exchanges[first_exchange:]
            records.append(record)
            self.progress(5 + 45 * (index + 1) / len(order), source_id)
        return values, records

    def _fetch_source(self, source, table, gemeente, measures, values, year):
        table_id = table["id"]
        infos = self.cbs.table_infos(table_id, source.host)
        properties = self.cbs.data_properties(table_id, source.host)
        keys, how = {}, {}
        for measure in measures:
            keys[measure.id], how[measure.id] = resolve(properties, measure, table_id)
        selection = {}
        for measure in measures:
            for dimension, code in measure.dimensions.items():
                selection.setdefault(dimension, []).append(code)
        for dimension, code in source.dimensions.items():
            selection.setdefault(dimension, []).append(code)
        if table.get("period"):
            selection.setdefault("Perioden", []).append(table["period"])
        filters = region_filter(source.region_dimension, gemeente, source.levels)
        if selection:
            filters = "{} and {}".format(filters, dimension_filter(selection))
        select = [source.region_dimension] + sorted(selection) + sorted(set(keys.values()))
        rows = self.cbs.typed_rows(table_id, source.host, select, filters)
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
            target = values.setdefault(code, {})
            for measure_id, key, dims in wanted:
                if dims and any(str(row.get(d, "")).strip() != v for d, v in dims):
                    continue
                target[measure_id] = missing.clean(row.get(key))
        if source.id == "kwb" and not found_gemeente:
            raise UnknownGemeente(code=gemeente, table=table_id, year=year)
        return {
            "source": source.id,
            "table": table_id,
            "catalog": source.host,
            "title": infos.get("Title", ""),
            "modified": infos.get("Modified", ""),
            "period": table.get("period") or infos.get("Period", ""),
            "table_year": table.get("year"),
            "keys": keys,
            "key_resolution": how,
            "filter": filters,
            "select": select,
            "rows": len(rows),
        }

    def _fetch_geometry(self, year, gemeente):
        geometry, urls = {}, {}
        for index, level in enumerate(LEVELS):
            self._check_cancelled()
            first_exchange = len(self.transport.exchanges)
            geometry[level], _ = self.pdok.features(year, level, gemeente, convert_geometry=wkb.from_geojson)
            urls[level] = self.transport.exchanges[first_exchange:]
            self.progress(50 + 35 * (index + 1) / len(LEVELS), "geometry " + level)
        return geometry, urls

    def _check_cancelled(self):
        if self.transport.is_cancelled():
            raise Cancelled()

    def _provenance(self, request, gemeente, source_records, geometry_urls, unavailable):
        catalog = self.catalog
        exchanges = [e for r in source_records for e in r["requests"]] + [
            e for level in geometry_urls.values() for e in level
        ]
        times = sorted(e["fetched_at"] for e in exchanges if e.get("fetched_at"))
        return {
            "attribution": catalog.attribution["nl"],
            "gemeente": gemeente,
            "year": int(request.year),
            "catalog_version": catalog.version,
            "catalog_date": catalog.date,
            "sources": source_records,
            "geometry": {
                "service": self.pdok.base_url(request.year),
                "crs": "EPSG:28992",
                "requests": geometry_urls,
            },
            "downloaded_first": times[0] if times else None,
            "downloaded_last": times[-1] if times else None,
            "written_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "offline": bool(getattr(self.transport, "offline", False)),
            "unavailable": unavailable,
        }


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
            "missing": missing_counts,
        }
    return summary
