"""Inside QGIS every download honours QGIS's network settings (proxy with auth, timeout)."""
import pytest
from qgis.core import QgsNetworkAccessManager, QgsSettings

from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io.network import QgisFetcher
from tests.conftest import make_server
from tests.support import maastricht

PROXY_KEYS = ("proxyEnabled", "proxyType", "proxyHost", "proxyPort", "proxyUser", "proxyPassword")
# the public origins, spoken as plain http so a test proxy can answer them
PLAIN_HTTP = {"https://opendata.cbs.nl": "http://opendata.cbs.nl", "https://dataderden.cbs.nl": "http://dataderden.cbs.nl",
              "https://api.pdok.nl": "http://api.pdok.nl"}


@pytest.fixture
def qgis_proxy():
    settings = QgsSettings()
    saved = {key: settings.value("proxy/" + key) for key in PROXY_KEYS}

    def configure(port, user=None, password=None):
        settings.setValue("proxy/proxyEnabled", True)
        settings.setValue("proxy/proxyType", "HttpProxy")
        settings.setValue("proxy/proxyHost", "127.0.0.1")
        settings.setValue("proxy/proxyPort", str(port))
        settings.setValue("proxy/proxyUser", user or "")
        settings.setValue("proxy/proxyPassword", password or "")
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()

    yield configure
    for key, value in saved.items():
        if value is None:
            settings.remove("proxy/" + key)
        else:
            settings.setValue("proxy/" + key, value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


def test_whole_download_goes_through_the_proxy_configured_in_qgis(qgis_proxy, catalog, tmp_path):
    with make_server(public_scheme="http", proxy_credentials=("rksd", "geheim")) as proxy:
        qgis_proxy(proxy.port, "rksd", "geheim")
        transport = Transport(
            fetcher=QgisFetcher(),
            cache=ResponseCache(str(tmp_path / "cache")),
            endpoint_overrides=PLAIN_HTTP,
            retries=0,
            timeout=20,
        )
        request = maastricht.sample_request()
        result = Pipeline(transport, catalog).run(request)
    assert result.summary["layers"]["buurten"]["features"] == 44
    served = [r for r in proxy.requests if r.get("status") == 200]
    hosts = {r["host"] for r in served}
    assert hosts == {"opendata.cbs.nl", "dataderden.cbs.nl", "api.pdok.nl"}  # cbsodata and PDOK came through
    assert all(r["via_proxy"] for r in proxy.requests)
    assert any(r.get("status") == 407 for r in proxy.requests)  # authentication was asked for ...
    assert all("proxy-authorization" in r["headers"] for r in served)  # ... and given by QGIS
    assert any(r["path"].endswith("TypedDataSet") for r in served)


def test_http_status_from_qgis_fetcher_reaches_the_transport(server):
    fetcher = QgisFetcher()
    url = server.url + "/opendata.cbs.nl/ODataFeed/odata/99999NED/TableInfos?$format=json"
    response = fetcher.fetch(url, 5)
    assert response.status == 404
    assert b"odata.error" in response.body


def test_qgis_network_timeout_applies(server):
    from qgis.core import QgsNetworkAccessManager

    from rksd_plugin.core.errors import RequestTimeout
    from tests.support.loopback import Fault

    server.add_fault(Fault(match="TableInfos", status=200, delay=4.0, times=5))
    saved = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1000)  # Settings > Options > Network > timeout
    try:
        transport = Transport(fetcher=QgisFetcher(), endpoint_overrides=server.overrides(), retries=0, timeout=0)
        started = __import__("time").perf_counter()
        with pytest.raises(RequestTimeout) as info:
            transport.get("https://opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json")
        assert __import__("time").perf_counter() - started < 3.5
    finally:
        QgsNetworkAccessManager.setTimeout(saved)
    assert "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos" in str(info.value)
