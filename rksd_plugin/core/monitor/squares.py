"""CBS's 100 m squares (inhabitants per square) of an area, from PDOK's per-year WFS.

The catalog's ``monitor.population_squares`` names the service: a bounding box around
the gemeente, GeoJSON pages of at most 1 000 squares (GML where the server cannot write
GeoJSON), the square id (its south-west corner) and the inhabitants read from the
first of the catalog's field names that the answer has. Like every download it goes
through the one transport: cached, offline from a package, QGIS's network settings.
"""
from urllib.parse import urlencode

from .. import gml
from ..errors import BadResponse, Cancelled, HttpStatusError
from . import weights as weight_module

RD_URN = "urn:ogc:def:crs:EPSG::28992"
PAGE = 1000


def year_for(config, year):
    """The squares' year nearest to ``year`` (an earlier one on a tie)."""
    years = sorted(int(y) for y in config.get("years", []))
    if not years:
        return None
    return min(years, key=lambda y: (abs(y - int(year)), y > int(year)))


def page_url(config, year, box, start):
    params = {"service": "WFS", "version": "2.0.0", "request": "GetFeature", "typeNames": config["typename"],
              "srsName": RD_URN, "count": PAGE, "startIndex": start, "outputFormat": "application/json",
              "bbox": ",".join("{:.0f}".format(v) for v in box) + "," + RD_URN}
    return "{}?{}".format(config["url"].format(year=int(year)).rstrip("/"), urlencode(params, safe=":/,"))


def fetch(transport, config, year, box, is_cancelled=None):
    """A ``WeightSurface`` of the squares in ``box`` (RD), the ``year`` of the squares used."""
    square_year = year_for(config, year)
    rows, urls, start = [], [], 0
    id_field = population_field = None
    while True:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        url = page_url(config, square_year, box, start)
        urls.append(url)
        response = transport.get(url)
        body = response.body.lstrip()
        if body[:1] in (b"{", b"["):
            page = response.json()
            features = page.get("features") if isinstance(page, dict) else None
            if not isinstance(features, list):
                transport.forget(url)
                raise BadResponse(url=url, detail="not a GeoJSON FeatureCollection")
        else:
            try:
                features, exception = gml.parse(body)
            except (ValueError, SyntaxError) as exc:
                transport.forget(url)
                raise BadResponse(url=url, detail="neither GeoJSON nor GML ({})".format(exc)) from exc
            if exception:
                transport.forget(url)
                raise HttpStatusError(url=url, status=400, reason=exception, body=b"")
        for feature in features:
            properties = feature.get("properties") or {}
            if id_field is None:
                id_field = next((f for f in config["id_fields"] if f in properties), None)
                population_field = next((f for f in config["population_fields"] if f in properties), None)
                if id_field is None or population_field is None:
                    raise BadResponse(url=url, detail="no square id ({}) or inhabitants ({}) in the answer".format(
                        "/".join(config["id_fields"]), "/".join(config["population_fields"])))
            rows.append({"id": properties.get(id_field), "inhabitants": properties.get(population_field)})
        if len(features) < PAGE:
            break
        start += len(features)
    surface = weight_module.squares_from_rows(rows, "inhabitants", id_field="id", provenance={
        "source": "CBS Vierkantstatistieken 100m", "year": square_year, "service": config["url"].format(
            year=square_year), "typename": config["typename"], "squares": len(rows), "requests": urls})
    return surface
