"""Answer like the PDOK Locatieserver v3.1 ``free`` endpoint (test support).

The answer has the real envelope and document fields (``response.numFound``, ``start``,
``maxScore``, ``numFoundExact``, ``docs`` with ``type``, ``weergavenaam``, ``postcode``,
``huisnummer``, ``huisletter``, ``huisnummertoevoeging``, ``huis_nlt``, ``centroide_rd``,
``centroide_ll``, ``buurtcode``, ``score``, ...), as in the recorded answer in
tests/fixtures/samples/pdok_locatieserver. Strict like v3.1: a query parameter outside
its OpenAPI description is answered with HTTP 400; ``rows`` above 100 too.

The addresses it knows are the OpenStreetMap address tags of the Maastricht facilities in
tests/fixtures/samples/osm_maastricht_2023_pois (real addresses of real buildings, with
the node's position) - they stand in for the BAG, which the samples do not hold.
"""
import json
import os
import re
from urllib.parse import parse_qsl

from rksd_plugin.core.owndata import codes

ALLOWED = {"q", "fq", "fl", "df", "bq", "start", "rows", "sort", "wt", "lat", "lon"}
MAX_ROWS = 100
HERE = os.path.dirname(os.path.abspath(__file__))
OSM = os.path.join(os.path.dirname(HERE), "fixtures", "samples", "osm_maastricht_2023_pois")
PATH = "/bzk/locatieserver/search/v3_1/free"


def osm_addresses():
    """BAG-like address documents from the OSM address tags (Maastricht, 2023)."""
    from osgeo import osr

    wgs84, rd = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    rd.ImportFromEPSG(28992)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    rd.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(wgs84, rd)
    docs, seen = [], set()
    for name in ("amenity_selected.geojson", "shop_selected.geojson"):
        with open(os.path.join(OSM, name), encoding="utf-8") as handle:
            features = json.load(handle)["features"]
        for feature in features:
            p = feature["properties"]
            postcode = codes.pc6(p.get("addr:postcode"))
            house = codes.house_number(p.get("addr:housenumber"))
            if not postcode or not house or not p.get("addr:street"):
                continue
            key = (postcode, house)
            if key in seen:
                continue
            seen.add(key)
            lon, lat = feature["geometry"]["coordinates"]
            x, y, _ = transform.TransformPoint(lon, lat)
            nlt = "{}{}".format(house.number, house.letter) + ("-" + house.addition if house.addition else "")
            docs.append({
                "bron": "BAG", "type": "adres", "woonplaatsnaam": p.get("addr:city") or "Maastricht",
                "woonplaatscode": "2331", "gemeentecode": "0935", "gemeentenaam": "Maastricht",
                "provinciecode": "PV31", "provincienaam": "Limburg", "provincieafkorting": "LB",
                "straatnaam": p["addr:street"], "huisnummer": house.number,
                "huisletter": house.letter or None, "huisnummertoevoeging": house.addition or None,
                "huis_nlt": nlt, "postcode": postcode,
                "weergavenaam": "{} {}, {} {}".format(p["addr:street"], nlt, postcode,
                                                     p.get("addr:city") or "Maastricht"),
                "id": "adr-osm-{}".format(p["@id"].split("/")[-1]),
                "centroide_ll": "POINT({:.8f} {:.8f})".format(lon, lat),
                "centroide_rd": "POINT({:.3f} {:.3f})".format(x, y),
            })
    return [{k: v for k, v in d.items() if v is not None} for d in docs]


class LocatieserverEmulator:
    def __init__(self, docs=None):
        self.docs = docs if docs is not None else osm_addresses()
        self.queries = []

    def handle(self, public_base, path, query):
        if path.rstrip("/") != PATH:
            return 404, {"Content-Type": "application/json"}, b'{"message": "Not Found"}'
        pairs = parse_qsl(query, keep_blank_values=True)
        unknown = sorted({k for k, _ in pairs} - ALLOWED)
        if unknown:
            return _error(400, "unknown query parameter(s): {}".format(", ".join(unknown)))
        params = {}
        for key, value in pairs:
            params.setdefault(key, []).append(value)
        try:
            rows = int(params.get("rows", ["10"])[0])
            start = int(params.get("start", ["0"])[0])
        except ValueError:
            return _error(400, "rows and start must be numbers")
        if rows > MAX_ROWS or rows < 0:
            return _error(400, "rows must be between 0 and {}".format(MAX_ROWS))
        self.queries.append(params)
        hits = [d for d in self.docs if all(_filter(d, f) for f in params.get("fq", []))]
        text = (params.get("q") or [""])[0]
        scored = sorted(((_score(d, text), d) for d in hits), key=lambda pair: -pair[0])
        scored = [(s, d) for s, d in scored if s > 0 or not text or text.strip() in ("*", "*:*")]
        fields = None
        if params.get("fl"):
            fields = {f.strip() for f in ",".join(params["fl"]).split(",") if f.strip()}
        docs = []
        for score, doc in scored[start:start + rows]:
            entry = dict(doc, score=round(score, 6))
            if fields:
                entry = {k: v for k, v in entry.items() if k in fields}
            docs.append(entry)
        body = {"response": {"numFound": len(scored), "start": start, "maxScore": scored[0][0] if scored else 0.0,
                             "numFoundExact": True, "docs": docs}}
        return 200, {"Content-Type": "application/json;charset=UTF-8"}, json.dumps(body).encode("utf-8")


def _filter(doc, expression):
    field, _, value = expression.partition(":")
    value = value.strip().strip('"')
    if not field:
        return True
    found = doc.get(field)
    if found is None:
        return False
    return str(found).lower() == value.lower()


def _score(doc, text):
    words = [w for w in re.split(r"[^0-9a-z]+", codes.normal_words(text)) if w]
    if not words:
        return 1.0
    haystack = set(re.split(r"[^0-9a-z]+", codes.normal_words(" ".join(
        str(doc.get(k, "")) for k in ("weergavenaam", "straatnaam", "woonplaatsnaam", "postcode", "huis_nlt")))))
    return sum(1.0 for w in words if w in haystack) * 10.0 / len(words)


def _error(status, message):
    return status, {"Content-Type": "application/json"}, json.dumps({"message": message}).encode("utf-8")


class PathRouter:
    """One host, several services: the Locatieserver beside PDOK's OGC API on api.pdok.nl."""

    def __init__(self, routes, default):
        self.routes = routes
        self.default = default

    def handle(self, public_base, path, query):
        for prefix, emulator in self.routes.items():
            if path.startswith(prefix):
                return emulator.handle(public_base, path, query)
        return self.default.handle(public_base, path, query)
