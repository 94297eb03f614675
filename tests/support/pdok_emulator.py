"""Answer like PDOK's OGC API Features server, GoKoala, for wijken en buurten (test support).

Serves ``/cbs/wijken-en-buurten-<year>/ogc/v1`` with the strictness of GoKoala
(PDOK/gokoala ``internal/ogc/features/url.go``, see docs/research/gokoala.md):

- ``/collections/{id}/items`` accepts only ``f``, ``limit``, ``cursor``, ``crs``,
  ``datetime``, ``bbox``, ``bbox-crs``, ``filter``, ``filter-crs``, ``profile`` and the
  property filters *configured for that collection*; anything else is HTTP 400
  ``unknown query parameter(s) found: <name>`` (RFC 7807 problem JSON);
- ``limit`` above the maximum is clamped, not refused; a non-number or negative is 400;
- a property filter with ``*`` or longer than 512 characters is 400;
- ``filter`` (CQL2 text) is 400 "CQL filter param is currently not supported" unless
  CQL is switched on; then ``prop='value'`` on a queryable works, anything else is 400;
- ``datetime`` on a collection without a temporal dimension is 400;
- ``bbox`` (four numbers, in ``bbox-crs`` or CRS84) selects features whose extent meets it;
- ``/collections/{id}/queryables`` is a JSON Schema of the configured filters with
  ``additionalProperties: false`` (switchable off: then 404, as on older servers);
- output in CRS84 unless ``crs`` asks EPSG:28992, announced in ``Content-Crs``; paging
  through an opaque ``cursor`` in ``links[rel=next]``, other parameters kept in
  alphabetical order as Go's ``url.Values.Encode`` writes them.
"""
import base64
import json
import re
import time
from urllib.parse import parse_qsl, urlencode

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
RD = "http://www.opengis.net/def/crs/EPSG/0/28992"
CRS_PREFIX = "http://www.opengis.net/def/crs/"
MAX_LIMIT = 1000
KNOWN_PARAMS = {"f", "limit", "cursor", "crs", "datetime", "bbox", "bbox-crs", "filter", "filter-crs", "profile"}
PROPERTY_FILTER_MAX_LENGTH = 512
DEFAULT_FILTERS = {"buurten": ["gemeentecode"], "wijken": ["gemeentecode"], "gemeenten": ["gemeentecode"]}
_CQL_EQUALS = re.compile(r"^\s*\"?([A-Za-z_][A-Za-z0-9_]*)\"?\s*=\s*'([^']*)'\s*$")


class PdokEmulator:
    """``datasets[year][collection]`` is a list of ``{'id', 'properties', 'rd', 'wgs84'}``.

    ``property_filters`` maps a collection to the property names configured as filters
    (default: ``gemeentecode`` everywhere; ``{}`` for none), ``cql`` switches the CQL2
    ``filter`` parameter on, ``queryables`` the queryables endpoint."""

    def __init__(self, datasets, default_limit=10, max_limit=MAX_LIMIT, property_filters=None, cql=False,
                 queryables=True, queryable_names=None, strict=True):
        self.datasets = datasets
        self.default_limit = default_limit
        self.max_limit = max_limit
        self.property_filters = DEFAULT_FILTERS if property_filters is None else property_filters
        self.cql = cql
        self.queryables = queryables
        # what /queryables lists and CQL2 may name; GoKoala derives both from its configured filters
        self.queryable_names = queryable_names
        self.strict = strict  # False: ignore unknown parameters (a lenient server, not GoKoala)

    def filters_of(self, collection):
        return list(self.property_filters.get(collection, []))

    def queryables_of(self, collection):
        if self.queryable_names is not None:
            return list(self.queryable_names.get(collection, []))
        return self.filters_of(collection)

    def handle(self, public_base, path, query):
        parts = [p for p in path.split("/") if p]
        # cbs / wijken-en-buurten-2024 / ogc / v1 / collections / buurten / items
        if len(parts) < 4 or parts[0] != "cbs" or not parts[1].startswith("wijken-en-buurten-"):
            return _problem(404, "Not Found")
        year = parts[1].rsplit("-", 1)[-1]
        dataset = self.datasets.get(year)
        if dataset is None or parts[2:4] != ["ogc", "v1"]:
            return _problem(404, "Not Found")
        base = "{}/cbs/wijken-en-buurten-{}/ogc/v1".format(public_base, year)
        rest = parts[4:]
        if not rest:
            return _json({"title": "CBS Wijken en Buurten {}".format(year), "links": []})
        if rest == ["collections"]:
            return _json({"collections": [{"id": c} for c in sorted(dataset)], "links": []})
        if len(rest) == 3 and rest[0] == "collections" and rest[2] == "queryables" and rest[1] in dataset:
            if not self.queryables:
                return _problem(404, "Not Found")
            return self._queryables(base, rest[1])
        if len(rest) != 3 or rest[0] != "collections" or rest[2] != "items" or rest[1] not in dataset:
            return _problem(404, "Not Found")
        return self._items(base, rest[1], dataset[rest[1]], query)

    def _queryables(self, base, collection):
        properties = {"id": {"readOnly": True, "x-ogc-role": "id", "type": "integer", "minimum": 0}}
        for name in sorted(self.queryables_of(collection)):
            properties[name] = {"title": name, "type": "string"}
        payload = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "{}/collections/{}/queryables".format(base, collection),
            "title": collection,
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        return 200, {"Content-Type": "application/schema+json"}, json.dumps(payload).encode("utf-8")

    def _items(self, base, collection, features, query):
        pairs = parse_qsl(query, keep_blank_values=True)
        params = dict(pairs)
        configured = self.filters_of(collection)
        for name, _ in pairs:
            if self.strict and name not in KNOWN_PARAMS and name not in configured:
                return _problem(400, "unknown query parameter(s) found: {}".format(name))
        limit = self.default_limit
        if params.get("limit", "") != "":
            try:
                limit = int(params["limit"])
            except ValueError:
                return _problem(400, "limit must be numeric")
            limit = min(limit, self.max_limit)  # "SHALL NOT result in an error"
        if limit < 0:
            return _problem(400, "limit can't be negative")
        crs = params.get("crs") or CRS84
        if not crs.startswith(CRS_PREFIX) or crs not in (CRS84, RD):
            return _problem(400, "crs param should start with {}, got: {}".format(CRS_PREFIX, crs))
        if params.get("datetime"):
            return _problem(400, "datetime param is currently not supported for this collection")
        for name in configured:
            value = params.get(name, "")
            if len(value) > PROPERTY_FILTER_MAX_LENGTH:
                return _problem(400, "property filter {} is too large, value is limited to {} characters".format(
                    name, PROPERTY_FILTER_MAX_LENGTH))
            if "*" in value:
                return _problem(400, "property filter {} contains a wildcard (*), wildcard filtering is not "
                                     "allowed".format(name))
            if value:
                features = [f for f in features if str(f["properties"].get(name)) == value]
        if params.get("filter"):
            if not self.cql:
                return _problem(400, "CQL filter param is currently not supported")
            match = _CQL_EQUALS.match(params["filter"])
            if not match:
                return _problem(400, "failed to parse CQL filter")
            name, value = match.groups()
            if name not in self.queryables_of(collection):
                return _problem(400, "property {} is not a queryable of this collection".format(name))
            features = [f for f in features if str(f["properties"].get(name)) == value]
        if params.get("bbox"):
            bbox_crs = params.get("bbox-crs") or CRS84
            if bbox_crs not in (CRS84, RD):
                return _problem(400, "bbox-crs param should start with {}, got: {}".format(CRS_PREFIX, bbox_crs))
            try:
                box = [float(v) for v in params["bbox"].split(",")]
            except ValueError:
                return _problem(400, "failed to parse value in bbox")
            if len(box) != 4:
                return _problem(400, "bbox should contain exactly 4 values separated by commas: minx,miny,maxx,maxy")
            if (box[2] - box[0]) * (box[3] - box[1]) == 0:
                return _problem(400, "bbox has no surface area")
            key = "rd" if bbox_crs == RD else "wgs84"
            features = [f for f in features if _meets(_extent(f[key]), box)]
        offset = _decode_cursor(params.get("cursor"))
        page = features[offset: offset + limit] if limit else []
        items_url = "{}/collections/{}/items".format(base, collection)
        links = [
            {"rel": "self", "title": "This document as GeoJSON", "type": "application/geo+json",
             "href": _url(items_url, dict(params, f="json"))},
        ]
        if limit and offset + limit < len(features):
            links.append(
                {"rel": "next", "title": "Next page", "type": "application/geo+json",
                 "href": _url(items_url, dict(params, f="json", cursor=_encode_cursor(offset + limit)))}
            )
        if offset:
            links.append(
                {"rel": "prev", "title": "Previous page", "type": "application/geo+json",
                 "href": _url(items_url, dict(params, f="json", cursor=_encode_cursor(max(offset - limit, 0))))}
            )
        geometry_key = "rd" if crs == RD else "wgs84"
        body = {
            "type": "FeatureCollection",
            "timeStamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "links": links,
            "numberReturned": len(page),
            "features": [
                {"type": "Feature", "properties": f["properties"], "geometry": f[geometry_key], "id": f["id"]}
                for f in page
            ],
        }
        headers = {"Content-Type": "application/geo+json", "Content-Crs": "<{}>".format(crs)}
        return 200, headers, json.dumps(body).encode("utf-8")


def _url(base, params):
    return "{}?{}".format(base, urlencode(sorted(params.items()), safe=":/"))


def _extent(geometry):
    xs, ys = [], []

    def walk(value):
        if value and isinstance(value[0], (int, float)):
            xs.append(value[0])
            ys.append(value[1])
        else:
            for item in value:
                walk(item)

    walk(geometry["coordinates"])
    return min(xs), min(ys), max(xs), max(ys)


def _meets(extent, box):
    return not (extent[2] < box[0] or extent[0] > box[2] or extent[3] < box[1] or extent[1] > box[3])


def _encode_cursor(offset):
    return base64.urlsafe_b64encode(str(offset).encode()).decode().rstrip("=")


def _decode_cursor(cursor):
    if not cursor:
        return 0
    padded = cursor + "=" * (-len(cursor) % 4)
    return int(base64.urlsafe_b64decode(padded.encode()).decode())


def _json(payload):
    return 200, {"Content-Type": "application/json"}, json.dumps(payload).encode("utf-8")


_TITLES = {400: "Bad Request", 404: "Not Found", 500: "Internal Server Error"}


def _problem(status, detail):
    """An RFC 7807 problem as GoKoala's ``engine.RenderProblem`` writes it."""
    payload = {"title": _TITLES.get(status, "Error"), "status": status,
               "timeStamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    if detail and detail != payload["title"]:
        payload["detail"] = detail
    return status, {"Content-Type": "application/problem+json"}, json.dumps(payload).encode("utf-8")
