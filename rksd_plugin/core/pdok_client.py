"""PDOK OGC API Features for the CBS wijk- en buurtkaart of one year.

PDOK's server, GoKoala, answers HTTP 400 "unknown query parameter(s) found" to any query
parameter it does not know, and a property filter such as ``gemeentecode`` is only
known where PDOK configured it. So the client first reads the collection's
``/queryables`` and then selects the gemeente in the first way that works:

1. ``property``: ``?gemeentecode=GM0935`` (OGC API Features part 1);
2. ``cql2``: ``?filter=gemeentecode='GM0935'`` (part 3, CQL2 text);
3. ``bbox``: ``?bbox=...&bbox-crs=EPSG:28992`` around the gemeente, keeping here only the
   features whose code lies in the gemeente.

A way is passed over when the server refuses it (HTTP 400), when the answer is empty, or
when the server ignored it (a page holds other gemeenten). What worked is remembered per
service and collection in a ``ServiceMemory``, so a later run sends no refused request.
Every page is followed through ``links[rel=next]``, in EPSG:28992.
"""
import json
import threading
from dataclasses import dataclass, field
from typing import List, Optional
from urllib.parse import urlencode

from . import gemeente_extent, regions
from .errors import BadResponse, Cancelled, EmptyResult, HttpStatusError, OfflineMiss

PROPERTY, CQL2, BBOX = "property", "cql2", "bbox"
STRATEGIES = (PROPERTY, CQL2, BBOX)
LEVEL_PREFIX = {"buurt": "BU", "wijk": "WK", "gemeente": "GM"}


class ServiceMemory:
    """What each service accepted: ``(service, collection) -> strategy`` (thread-safe)."""

    def __init__(self):
        self._known = {}
        self._lock = threading.Lock()

    def get(self, service, collection):
        with self._lock:
            return self._known.get((service, collection))

    def remember(self, service, collection, strategy):
        with self._lock:
            self._known[(service, collection)] = strategy

    def forget(self, service=None):
        with self._lock:
            for key in [k for k in self._known if service is None or k[0] == service]:
                del self._known[key]


SHARED_MEMORY = ServiceMemory()  # one per QGIS session: every run profits


@dataclass
class LevelResult:
    """The features of one level in one gemeente, and how they were selected."""

    features: List[dict]
    urls: List[str]
    strategy: str
    extent: Optional[tuple] = None
    refused: List[str] = field(default_factory=list)  # "strategy: why" for each way passed over


class SkipStrategy(Exception):
    """This way of selecting does not work here; try the next."""

    def __init__(self, reason, error=None):
        super().__init__(reason)
        self.reason = reason
        self.error = error


def belongs_to(code, level, gemeente):
    """Whether a feature's normalised ``code`` of ``level`` lies in ``gemeente``."""
    if code is None or not code.startswith(LEVEL_PREFIX[level]):
        return False
    return code == gemeente if level == "gemeente" else regions.gemeente_of(code) == gemeente


def first_answer(strategies, gemeente, extent, fetch, remember, nothing):
    """The ``LevelResult`` of the first way of asking (property, CQL2, XML filter, bbox) that answers.

    Shared by the OGC API and the WFS client so both fall back alike: a refused way is
    noted and the next is tried; the one that answered is remembered for the service.
    ``fetch(strategy, box)`` asks; ``nothing(refused)`` is the error when none answered."""
    refused, first_offline = [], None
    for strategy in strategies:
        try:
            box = None
            if strategy == BBOX:
                box = extent or gemeente_extent.first_guess(gemeente)
                if box is None:
                    raise SkipStrategy("no extent known for {}".format(gemeente))
                box = gemeente_extent.widen(box, 1.0)
            result = fetch(strategy, box)
        except SkipStrategy as skip:
            refused.append("{}: {}".format(strategy, skip.reason))
            if isinstance(skip.error, OfflineMiss) and first_offline is None:
                first_offline = skip.error
            continue
        remember(strategy)
        result.refused = refused
        return result
    if first_offline is not None:
        raise first_offline
    raise nothing(refused)


class PageCollector:
    """Keeps the features of one gemeente from pages of answers, converting each geometry once.

    A feature outside the gemeente is dropped on a bbox request; on a filtered request it
    means the server ignored the filter, and then the strategy is refused rather than
    paging through all of the Netherlands."""

    def __init__(self, code_field, level, gemeente, strategy, convert_geometry, transport):
        self.code_field, self.level, self.gemeente = code_field, level, gemeente
        self.strategy, self.convert_geometry, self.transport = strategy, convert_geometry, transport
        self.kept, self.urls, self.raw = [], [], []

    def add(self, url, batch):
        self.urls.append(url)
        for feature in batch:
            props = feature.get("properties") if isinstance(feature, dict) else None
            code = regions.try_normalise((props or {}).get(self.code_field))
            if not belongs_to(code, self.level, self.gemeente):
                if self.strategy != BBOX:
                    raise SkipStrategy("the server ignored the filter ({} outside {})".format(code, self.gemeente))
                continue
            self.raw.append(feature.get("geometry"))
            if self.convert_geometry is not None:
                try:
                    feature["geometry"] = self.convert_geometry(feature.get("geometry"))
                except (ValueError, TypeError, AttributeError) as exc:
                    self.transport.forget(url)
                    raise BadResponse(url=url, detail="a geometry cannot be read ({})".format(exc)) from exc
            self.kept.append(feature)

    def result(self):
        if not self.kept:
            raise SkipStrategy("no features")
        return LevelResult(self.kept, self.urls, self.strategy, gemeente_extent.of_geojson(self.raw))


class OgcApiClient:
    """One OGC API Features service (one year of the wijk- en buurtkaart)."""

    kind = "ogcapi"

    def __init__(self, transport, geometry_config, service_url, memory=None):
        self.transport = transport
        self.config = geometry_config
        self.service_url = service_url.rstrip("/")
        self.memory = memory if memory is not None else SHARED_MEMORY
        self.filter_property = geometry_config.get("gemeente_property", "gemeentecode")

    # -- what the collection says about itself ---------------------------------------
    def queryables_url(self, collection):
        return "{}/collections/{}/queryables?f=json".format(self.service_url, collection)

    def queryables(self, collection):
        """The names a collection can be filtered on, or None when it does not say."""
        url = self.queryables_url(collection)
        try:
            document = self.transport.get_json(url)
        except (HttpStatusError, OfflineMiss, BadResponse):
            return None
        properties = document.get("properties") if isinstance(document, dict) else None
        if not isinstance(properties, dict):
            return None
        return set(properties)

    def plan(self, collection):
        """The strategies to try, best first: remembered, else from the queryables."""
        known = self.memory.get(self.service_url, collection)
        if known:
            return [known] + [s for s in STRATEGIES if s != known]
        names = self.queryables(collection)
        if names is not None and self.filter_property not in names:
            return [BBOX]  # neither a property nor a CQL2 filter can name it
        return list(STRATEGIES)

    # -- requests --------------------------------------------------------------------
    def items_url(self, collection, strategy, gemeente, extent=None):
        base = {"crs": self.config["crs"], "limit": min(int(self.config.get("page_limit", 1000)), 1000), "f": "json"}
        if strategy == PROPERTY:
            params = dict({self.filter_property: gemeente}, **base)
        elif strategy == CQL2:
            params = dict({"filter": "{}='{}'".format(self.filter_property, gemeente)}, **base)
        else:
            params = dict({"bbox": ",".join(_number(v) for v in extent), "bbox-crs": self.config["crs"]}, **base)
        return "{}/collections/{}/items?{}".format(self.service_url, collection, urlencode(params, safe=":/,"))

    def features(self, level, gemeente, extent=None, progress=None, convert_geometry=None, is_cancelled=None):
        """The features of ``level`` in ``gemeente`` as a ``LevelResult``.

        ``extent`` (EPSG:28992) is where the gemeente lies, for the bbox way; without it the
        bundled first guess serves. ``convert_geometry`` turns each kept GeoJSON geometry
        into another form as each page arrives (e.g. WKB)."""
        gemeente = regions.parse_gemeente(gemeente)
        collection = self.config["collections"][level]["collection"]
        def fetch(strategy, box):
            url = self.items_url(collection, strategy, gemeente, box)
            return self._pages(url, level, gemeente, strategy, progress, convert_geometry, is_cancelled)

        return first_answer(
            self.plan(collection), gemeente, extent, fetch,
            remember=lambda strategy: self.memory.remember(self.service_url, collection, strategy),
            nothing=lambda refused: EmptyResult(
                what="PDOK {}".format(level), code=gemeente,
                url="{}/collections/{} ({})".format(self.service_url, collection, "; ".join(refused))))

    def _pages(self, url, level, gemeente, strategy, progress, convert_geometry, is_cancelled):
        pages = PageCollector(self.config["collections"][level]["code"], level, gemeente, strategy,
                              convert_geometry, self.transport)
        seen = set()
        while url:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            if url in seen:
                raise BadResponse(url=url, detail="the next link points back to an earlier page")
            seen.add(url)
            page = self._get(url)
            if not isinstance(page, dict) or page.get("type") != "FeatureCollection":
                self.transport.forget(url)
                raise BadResponse(url=url, detail="not a GeoJSON FeatureCollection")
            batch = page.get("features")
            if not isinstance(batch, list):
                self.transport.forget(url)
                raise BadResponse(url=url, detail="'features' is missing")
            pages.add(url, batch)
            if progress:
                progress(len(pages.kept))
            url = _next_link(page)
        return pages.result()

    def _get(self, url):
        try:
            return self.transport.get_json(url)
        except HttpStatusError as exc:
            if int(exc.params.get("status", 0)) == 400:
                raise SkipStrategy("HTTP 400 {}".format(problem_detail(exc)), exc) from exc
            raise
        except OfflineMiss as exc:
            raise SkipStrategy("not in the offline cache", exc) from exc


def problem_detail(error):
    """The ``detail`` of an RFC 7807 answer carried by an ``HttpStatusError``, if any."""
    body = error.params.get("body") or b""
    try:
        payload = json.loads(body)
    except (ValueError, TypeError):
        return ""
    return str(payload.get("detail") or payload.get("title") or "") if isinstance(payload, dict) else ""


def _number(value):
    return "{:.3f}".format(value).rstrip("0").rstrip(".")


def _next_link(page):
    for link in page.get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
            return link["href"]
    return None
