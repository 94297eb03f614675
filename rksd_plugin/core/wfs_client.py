"""PDOK's per-year WFS 2.0 of the wijk- en buurtkaart (MapServer), for years without an OGC API.

PDOK's WFS runs on MapServer: it filters with XML (OGC Filter Encoding) and ignores CQL.
The gemeente is selected with ``PropertyIsEqualTo(gemeentecode, GM0935)``; where that is
refused or yields nothing, with a bounding box and the selection done here, as in the
OGC API client. Feature type names differ between years (``cbs_buurten_2019``,
``wijkenbuurten:buurten``): the catalog names them per service and the client checks
them against ``GetCapabilities``, taking the offered name for the same level when the
catalog's is not there. Answers are requested as GeoJSON and read as GML 3.2 where the
server cannot write GeoJSON; both choices are remembered per service.
"""
from urllib.parse import urlencode
from xml.sax.saxutils import escape

from . import gml, regions
from .errors import BadResponse, Cancelled, EmptyResult, HttpStatusError, OfflineMiss
from .pdok_client import BBOX, SHARED_MEMORY, PageCollector, SkipStrategy, first_answer

FILTER = "filter"
GEOJSON, GML = "geojson", "gml"
RD_URN = "urn:ogc:def:crs:EPSG::28992"
LEVEL_WORDS = {"buurt": "buurt", "wijk": "wijk", "gemeente": "gemeente"}


class WfsClient:
    """One WFS 2.0 service (one year of the wijk- en buurtkaart)."""

    kind = "wfs"

    def __init__(self, transport, geometry_config, service, year, memory=None):
        self.transport = transport
        self.config = geometry_config
        self.service_url = service["url"].format(year=year).rstrip("/")
        self.typenames = {k: v.format(year=year) for k, v in service["typenames"].items()}
        self.output_format = service.get("output_format", "application/json")
        self.page_size = min(int(service.get("page_size", geometry_config.get("page_limit", 1000))), 1000)
        self.memory = memory if memory is not None else SHARED_MEMORY
        self.filter_property = geometry_config.get("gemeente_property", "gemeentecode")
        self._offered = None

    # -- the service's own description ---------------------------------------------------
    def capabilities_url(self):
        return "{}?{}".format(self.service_url, urlencode(
            {"service": "WFS", "version": "2.0.0", "request": "GetCapabilities"}))

    def offered_types(self):
        """Feature type names from GetCapabilities, or None when it cannot be read."""
        if self._offered is None:
            url = self.capabilities_url()
            try:
                body = self.transport.get(url).body
                self._offered = gml.feature_type_names(body)
            except (HttpStatusError, OfflineMiss):
                self._offered = []
            except (ValueError, SyntaxError):  # not XML
                self.transport.forget(url)
                self._offered = []
        return self._offered or None

    def typename(self, level):
        wanted = self.typenames[level]
        offered = self.offered_types()
        if not offered:
            return wanted
        bare = wanted.split(":")[-1]
        for name in offered:
            if name == wanted or name.split(":")[-1] == bare:
                return name
        word = LEVEL_WORDS[level]
        candidates = [n for n in offered if word in n.split(":")[-1].lower() and "gegeneraliseerd" not in n]
        return candidates[0] if candidates else wanted

    # -- requests -----------------------------------------------------------------------
    def getfeature_url(self, typename, strategy, gemeente, start, output, extent=None):
        params = {
            "service": "WFS",
            "version": "2.0.0",
            "request": "GetFeature",
            "typeNames": typename,
            "srsName": RD_URN,
            "count": self.page_size,
            "startIndex": start,
        }
        if output == GEOJSON:
            params["outputFormat"] = self.output_format
        if strategy == FILTER:
            params["filter"] = (
                '<fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0"><fes:PropertyIsEqualTo>'
                "<fes:ValueReference>{}</fes:ValueReference><fes:Literal>{}</fes:Literal>"
                "</fes:PropertyIsEqualTo></fes:Filter>".format(escape(self.filter_property), escape(gemeente))
            )
        else:
            params["bbox"] = ",".join("{:.3f}".format(v) for v in extent) + "," + RD_URN
        return "{}?{}".format(self.service_url, urlencode(params, safe=":/,"))

    def features(self, level, gemeente, extent=None, progress=None, convert_geometry=None, is_cancelled=None):
        """The features of ``level`` in ``gemeente`` as a ``LevelResult`` (see OgcApiClient)."""
        gemeente = regions.parse_gemeente(gemeente)
        typename = self.typename(level)
        known = self.memory.get(self.service_url, typename)
        order = [known] + [s for s in (FILTER, BBOX) if s != known] if known else [FILTER, BBOX]

        def fetch(strategy, box):
            return self._pages(typename, level, gemeente, strategy, box, progress, convert_geometry, is_cancelled)

        return first_answer(
            order, gemeente, extent, fetch,
            remember=lambda strategy: self.memory.remember(self.service_url, typename, strategy),
            nothing=lambda refused: EmptyResult(what="PDOK WFS {}".format(typename), code=gemeente,
                                                url="{} ({})".format(self.service_url, "; ".join(refused))))

    def _output(self):
        return self.memory.get(self.service_url, "outputFormat") or GEOJSON

    def _pages(self, typename, level, gemeente, strategy, box, progress, convert_geometry, is_cancelled):
        pages = PageCollector(self.config["collections"][level]["code"], level, gemeente, strategy,
                              convert_geometry, self.transport)
        start = 0
        while True:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            url, batch = self._page(typename, strategy, gemeente, start, box)
            pages.add(url, batch)
            if progress:
                progress(len(pages.kept))
            if len(batch) < self.page_size:
                break
            start += len(batch)
        return pages.result()

    def _page(self, typename, strategy, gemeente, start, box):
        """``(url, features)`` of one page; GeoJSON first, GML when the server cannot."""
        output = self._output()
        while True:
            url = self.getfeature_url(typename, strategy, gemeente, start, output, box)
            try:
                response = self.transport.get(url)
            except OfflineMiss as exc:
                raise SkipStrategy("not in the offline cache", exc) from exc
            except HttpStatusError as exc:
                status = int(exc.params.get("status", 0))
                if status not in (400, 403):
                    raise
                reason = _exception_of(exc.params.get("body") or b"")
                if output == GEOJSON and "outputformat" in reason.lower():
                    output = self._fall_back_to_gml()
                    continue
                raise SkipStrategy("HTTP {} {}".format(status, reason), exc) from exc
            body = response.body.lstrip()
            if body[:1] in (b"{", b"["):
                try:
                    page = response.json()
                except BadResponse:
                    self.transport.forget(url)
                    raise
                if not isinstance(page, dict) or not isinstance(page.get("features"), list):
                    self.transport.forget(url)
                    raise BadResponse(url=url, detail="not a GeoJSON FeatureCollection")
                return url, page["features"]
            try:
                features, exception = gml.parse(body)
            except (ValueError, SyntaxError) as exc:
                self.transport.forget(url)
                raise BadResponse(url=url, detail="neither GeoJSON nor GML ({})".format(exc)) from exc
            if exception is not None:
                self.transport.forget(url)
                if output == GEOJSON and "outputformat" in exception.lower():
                    output = self._fall_back_to_gml()
                    continue
                raise SkipStrategy("exception: {}".format(exception))
            return url, features

    def _fall_back_to_gml(self):
        self.memory.remember(self.service_url, "outputFormat", GML)
        return GML


def _exception_of(body):
    try:
        return gml.parse(body)[1] or ""
    except (ValueError, SyntaxError):
        return body[:300].decode("utf-8", "replace")
