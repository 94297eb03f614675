"""A fetcher on ``requests`` for use outside QGIS (command line, benchmarks, tests).

Inside QGIS the plugin uses ``qgis_io.network.QgisFetcher`` instead, so QGIS's proxy,
authentication and certificate settings apply.
"""
import time

from ..errors import NetworkError, RequestTimeout
from .transport import Fetcher, HttpResponse


class RequestsFetcher(Fetcher):
    name = "requests"

    def __init__(self, proxies=None, verify=True, user_agent="RKSD-QGIS-plugin"):
        self.proxies = proxies
        self.verify = verify
        self.user_agent = user_agent

    def fetch(self, url, timeout, headers=None):
        import requests  # lazy: not needed at plugin load

        request_headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        request_headers.update(headers or {})
        try:
            reply = requests.get(
                url,
                headers=request_headers,
                timeout=timeout,
                proxies=self.proxies,
                verify=self.verify,
                allow_redirects=True,
            )
        except requests.Timeout as exc:
            raise RequestTimeout(url=url, timeout=timeout, reason=str(exc)) from exc
        except requests.RequestException as exc:
            raise NetworkError(url=url, reason=type(exc).__name__) from exc
        return HttpResponse(
            url=url,
            status=reply.status_code,
            body=reply.content,
            headers={k.lower(): v for k, v in reply.headers.items()},
            fetched_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )
