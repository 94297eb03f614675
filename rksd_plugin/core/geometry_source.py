"""Where the boundaries of a year come from: the services the catalog lists for that year.

The catalog is data: ``geometry.years`` names, per year, the services to use in order
(PDOK's OGC API where PDOK has one, the per-year WFS otherwise or as a reserve) and
``geometry.services`` describes each. A service that answers 404/410 (withdrawn, as the
2022 OGC API was) hands over to the next one of the year. All three levels come from
one service, the gemeente first: its extent guides the bbox way of the other two.
"""
from dataclasses import dataclass, field
from typing import Dict, List

from .errors import HttpStatusError, NoGeometryService
from .pdok_client import OgcApiClient
from .wfs_client import WfsClient

LEVEL_ORDER = ("gemeente", "wijk", "buurt")
GONE = (404, 410)


@dataclass
class GeometryResult:
    features: Dict[str, list]
    urls: Dict[str, List[str]]
    service: dict
    strategies: Dict[str, str]
    refused: Dict[str, List[str]] = field(default_factory=dict)
    services_passed_over: List[str] = field(default_factory=list)
    other_requests: List[dict] = field(default_factory=list)


class GeometrySource:
    def __init__(self, transport, geometry_config, memory=None):
        self.transport = transport
        self.config = geometry_config
        self.memory = memory

    def years(self):
        return sorted(int(y) for y, names in self.config["years"].items() if names)

    def services(self, year):
        """``[(name, service)]`` for ``year``, or ``NoGeometryService``."""
        names = self.config["years"].get(str(int(year))) or []
        if not names:
            raise NoGeometryService(year=year, years=", ".join(map(str, self.years())))
        return [(name, self.config["services"][name]) for name in names]

    def url(self, year, service):
        return service["url"].format(year=int(year)).rstrip("/")

    def client(self, year, service):
        if service["kind"] == "wfs":
            return WfsClient(self.transport, self.config, service, int(year), self.memory)
        return OgcApiClient(self.transport, self.config, self.url(year, service), self.memory)

    def fetch(self, year, gemeente, convert_geometry=None, progress=None, is_cancelled=None):
        """Every level of ``gemeente`` in ``year`` from the first service that has it."""
        passed_over, last_error = [], None
        for name, service in self.services(year):
            client = self.client(year, service)
            try:
                return self._fetch_levels(client, name, service, year, gemeente, convert_geometry, progress,
                                          is_cancelled, passed_over)
            except HttpStatusError as exc:
                if int(exc.params.get("status", 0)) not in GONE:
                    raise
                passed_over.append("{} ({}): HTTP {}".format(name, self.url(year, service), exc.params["status"]))
                last_error = exc
        raise last_error

    def _fetch_levels(self, client, name, service, year, gemeente, convert_geometry, progress, is_cancelled,
                      passed_over):
        features, urls, strategies, refused, extent = {}, {}, {}, {}, None
        for index, level in enumerate(LEVEL_ORDER):
            result = client.features(level, gemeente, extent=extent, convert_geometry=convert_geometry,
                                     is_cancelled=is_cancelled)
            if level == "gemeente" and result.extent:
                extent = result.extent
            features[level], urls[level] = result.features, result.urls
            strategies[level], refused[level] = result.strategy, result.refused
            if progress:
                progress(index + 1, len(LEVEL_ORDER), level)
        description = {"name": name, "kind": service["kind"], "url": self.url(year, service)}
        return GeometryResult(features, urls, description, strategies, refused, passed_over)
