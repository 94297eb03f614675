"""Maastricht's boundaries from pygeoapi, a real OGC API Features server, through the plugin's transport.

The CBS figures come from the loopback CBS emulator as in the other pipeline tests; the
geometry comes from pygeoapi (its own venv, see tests/support/pygeoapi_server.py) under
PDOK's URL. pygeoapi behaves differently from GoKoala (it lists every field as
queryable, pages with ``offset``, ignores unknown parameters): the client must cope.
"""
from urllib.parse import parse_qs

import pytest

from rksd_plugin.core.geometry_source import GeometrySource
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.pdok_client import PROPERTY, ServiceMemory
from rksd_plugin.core.pipeline import Pipeline
from tests.conftest import make_server
from tests.support import maastricht
from tests.support.pygeoapi_server import PygeoapiServer


@pytest.fixture(scope="module")
def pygeoapi(tmp_path_factory):
    with PygeoapiServer(str(tmp_path_factory.mktemp("pygeoapi"))) as running:
        yield running


class Recorder(RequestsFetcher):
    def __init__(self):
        super().__init__()
        self.urls = []

    def fetch(self, url, timeout, headers=None, **kwargs):
        self.urls.append(url)
        return super().fetch(url, timeout, headers, **kwargs)


def transport(overrides, cache_dir, fetcher=None):
    return Transport(fetcher=fetcher or RequestsFetcher(), cache=ResponseCache(str(cache_dir)),
                     endpoint_overrides=overrides, retries=0, timeout=30)


def test_maastricht_from_pygeoapi_with_the_property_filter(pygeoapi, tmp_path, catalog):
    fetcher = Recorder()
    source = GeometrySource(transport(pygeoapi.overrides(), tmp_path, fetcher), catalog.geometry, ServiceMemory())
    result = source.fetch(2024, "GM0935")
    assert set(result.strategies.values()) == {PROPERTY}
    assert len(result.features["buurt"]) == 44 and len(result.features["wijk"]) == 7
    assert len(result.features["gemeente"]) == 1
    codes = {f["properties"]["buurtcode"] for f in result.features["buurt"]}
    assert codes == {f["properties"]["buurtcode"] for f in maastricht.pdok_features()["buurten"]}
    asked = [u for u in fetcher.urls if "/items?" in u]
    assert all(u.startswith("http://127.0.0.1:{}/cbs/wijken-en-buurten-2024/ogc/v1/".format(pygeoapi.port))
               for u in fetcher.urls)
    query = parse_qs(asked[0].split("?", 1)[1])
    assert query["gemeentecode"] == ["GM0935"] and query["crs"] == ["http://www.opengis.net/def/crs/EPSG/0/28992"]
    x, y = result.features["buurt"][0]["geometry"]["coordinates"][0][0][0]
    assert 170000 < x < 190000 and 300000 < y < 330000  # pygeoapi transformed nothing: stored and asked in RD


def test_small_pages_follow_pygeoapis_offset_links(pygeoapi, tmp_path, catalog):
    config = dict(catalog.geometry, page_limit=10)
    fetcher = Recorder()
    source = GeometrySource(transport(pygeoapi.overrides(), tmp_path, fetcher), config, ServiceMemory())
    result = source.fetch(2024, "GM0935")
    assert len(result.features["buurt"]) == 44 and len(result.urls["buurt"]) == 5
    assert "offset=40" in result.urls["buurt"][-1]


def test_the_pipeline_with_pygeoapi_equals_the_emulated_run(pygeoapi, tmp_path, catalog):
    with make_server() as cbs:
        overrides = dict(cbs.overrides(), **pygeoapi.overrides())
        real = Pipeline(transport(overrides, tmp_path / "a"), catalog, memory=ServiceMemory()).run(
            maastricht.sample_request())
        emulated = Pipeline(transport(cbs.overrides(), tmp_path / "b"), catalog, memory=ServiceMemory()).run(
            maastricht.sample_request())
    assert real.provenance["geometry"]["service"] == "https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1"
    for name in ("buurten", "wijken", "gemeente"):
        ours = {r["code"]: r for r in real.layers[name].records}
        theirs = {r["code"]: r for r in emulated.layers[name].records}
        assert ours == theirs
        assert real.layers[name].only_in_cbs == [] and real.layers[name].only_in_pdok == []
