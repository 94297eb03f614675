"""Answer like PDOK's OGC API Features (GoKoala) for wijken en buurten (test support).

Serves ``/cbs/wijken-en-buurten-<year>/ogc/v1/collections/<collection>/items`` with the
property filter ``gemeentecode``, ``limit`` (max 1000), ``crs`` (CRS84 default or
EPSG:28992, announced in the ``Content-Crs`` header) and cursor paging through
``links[rel=next]``.
"""
import base64
import json
import time
from urllib.parse import parse_qsl, urlencode

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
RD = "http://www.opengis.net/def/crs/EPSG/0/28992"
MAX_LIMIT = 1000


class PdokEmulator:
    """``datasets[year][collection]`` is a list of ``{'properties', 'rd', 'wgs84'}``."""

    def __init__(self, datasets, default_limit=10):
        self.datasets = datasets
        self.default_limit = default_limit

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
        if len(rest) != 3 or rest[0] != "collections" or rest[2] != "items" or rest[1] not in dataset:
            return _problem(404, "Not Found")
        collection = rest[1]
        params = dict(parse_qsl(query, keep_blank_values=True))
        try:
            limit = int(params.get("limit", self.default_limit))
        except ValueError:
            return _problem(400, "limit must be a number")
        if limit < 1 or limit > MAX_LIMIT:
            return _problem(400, "limit must be between 1 and {}".format(MAX_LIMIT))
        crs = params.get("crs", CRS84)
        if crs not in (CRS84, RD):
            return _problem(400, "unsupported crs {}".format(crs))
        features = dataset[collection]
        if "gemeentecode" in params:
            features = [f for f in features if f["properties"].get("gemeentecode") == params["gemeentecode"]]
        offset = _decode_cursor(params.get("cursor"))
        page = features[offset: offset + limit]
        items_url = "{}/collections/{}/items".format(base, collection)
        self_params = dict(params)
        links = [
            {"rel": "self", "title": "This document as GeoJSON", "type": "application/geo+json",
             "href": "{}?{}".format(items_url, urlencode(self_params, safe=":/"))},
        ]
        if offset + limit < len(features):
            next_params = dict(params)
            next_params["cursor"] = _encode_cursor(offset + limit)
            links.append(
                {"rel": "next", "title": "Next page", "type": "application/geo+json",
                 "href": "{}?{}".format(items_url, urlencode(next_params, safe=":/"))}
            )
        if offset:
            prev_params = dict(params)
            prev_params["cursor"] = _encode_cursor(max(offset - limit, 0))
            links.append(
                {"rel": "prev", "title": "Previous page", "type": "application/geo+json",
                 "href": "{}?{}".format(items_url, urlencode(prev_params, safe=":/"))}
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


def _encode_cursor(offset):
    return base64.urlsafe_b64encode(str(offset).encode()).decode().rstrip("=")


def _decode_cursor(cursor):
    if not cursor:
        return 0
    padded = cursor + "=" * (-len(cursor) % 4)
    return int(base64.urlsafe_b64decode(padded.encode()).decode())


def _json(payload):
    return 200, {"Content-Type": "application/json"}, json.dumps(payload).encode("utf-8")


def _problem(status, detail):
    payload = {"title": detail, "status": status}
    return status, {"Content-Type": "application/problem+json"}, json.dumps(payload).encode("utf-8")
