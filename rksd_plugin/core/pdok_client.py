"""PDOK OGC API Features for the CBS wijk- en buurtkaart of one year.

Features are requested per gemeente (``gemeentecode=GM0935``) in EPSG:28992, at most
``limit`` per page, following ``links[rel=next]`` until the last page.
"""
from urllib.parse import urlencode

from . import regions
from .errors import BadResponse, EmptyResult, NoGeometryService


class PdokClient:
    def __init__(self, transport, geometry_config):
        self.transport = transport
        self.config = geometry_config

    def base_url(self, year):
        years = self.config["ogc_years"]
        if int(year) not in years:
            raise NoGeometryService(
                year=year,
                years=", ".join(map(str, years)),
                wfs=self.config["wfs"].format(year=year),
            )
        return self.config["ogc_api"].format(year=year)

    def items_url(self, year, level, gemeente):
        collection = self.config["collections"][level]["collection"]
        query = urlencode(
            {
                "gemeentecode": regions.parse_gemeente(gemeente),
                "crs": self.config["crs"],
                "limit": min(int(self.config.get("page_limit", 1000)), 1000),
                "f": "json",
            },
            safe=":/",
        )
        return "{}/collections/{}/items?{}".format(self.base_url(year), collection, query)

    def features(self, year, level, gemeente, progress=None, convert_geometry=None):
        """All features of ``level`` in ``gemeente``; returns ``(features, urls)``.

        ``convert_geometry`` turns each GeoJSON geometry into another form as each page
        arrives (e.g. WKB), so a national download never holds all coordinates as lists."""
        url = self.items_url(year, level, gemeente)
        features, urls, seen = [], [], set()
        while url:
            if url in seen:
                raise BadResponse(url=url, detail="the next link points back to an earlier page")
            seen.add(url)
            urls.append(url)
            page = self.transport.get_json(url)
            if not isinstance(page, dict) or page.get("type") != "FeatureCollection":
                self.transport.forget(url)
                raise BadResponse(url=url, detail="not a GeoJSON FeatureCollection")
            batch = page.get("features")
            if not isinstance(batch, list):
                self.transport.forget(url)
                raise BadResponse(url=url, detail="'features' is missing")
            if convert_geometry is not None:
                for feature in batch:
                    try:
                        feature["geometry"] = convert_geometry(feature.get("geometry"))
                    except (ValueError, TypeError, AttributeError) as exc:
                        self.transport.forget(url)
                        raise BadResponse(url=url, detail="a geometry cannot be read ({})".format(exc)) from exc
            features.extend(batch)
            if progress:
                progress(len(features))
            url = _next_link(page)
        if not features:
            raise EmptyResult(what="PDOK {}".format(level), code=gemeente, url=urls[0])
        return features, urls


def _next_link(page):
    for link in page.get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
            return link["href"]
    return None
