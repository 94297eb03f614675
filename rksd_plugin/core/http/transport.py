"""The one way out: every download of the plugin goes through a ``Transport``.

A transport combines a *fetcher* (the thing that really talks HTTP: QGIS's network
stack inside QGIS, ``requests`` outside it) with the disk cache, offline mode, retries
with backoff on 429/5xx, a timeout on every request and errors that name the URL.
cbsodata is routed through it as well (see ``cbsodata_bridge``).
"""
import gc
import json
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, Optional
from urllib.parse import urlsplit, urlunsplit

from ..errors import BadResponse, Cancelled, HttpStatusError, NetworkError, OfflineMiss

RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class HttpResponse:
    """A finished HTTP exchange (or its cached copy)."""

    url: str
    status: int
    body: bytes
    headers: Dict[str, str] = field(default_factory=dict)
    from_cache: bool = False
    fetched_at: str = ""

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)

    def json(self):
        """The body as JSON; a malformed body is a ``BadResponse`` naming the URL."""
        body = self.body[3:] if self.body[:3] == b"\xef\xbb\xbf" else self.body
        was_enabled = gc.isenabled()
        # JSON makes no reference cycles; without pausing the cycle collector, parsing a
        # 10 MB page of coordinates spends more than half its time in collections
        gc.disable()
        try:
            return json.loads(body)  # bytes: no decoded copy of a 10 MB page
        except (UnicodeDecodeError, ValueError) as exc:
            raise BadResponse(url=self.url, detail="no valid JSON ({})".format(exc)) from exc
        finally:
            if was_enabled:
                gc.enable()


class Fetcher:
    """Interface: perform one GET. Raise ``NetworkError``/``RequestTimeout`` on failure."""

    name = "fetcher"

    def fetch(self, url, timeout, headers=None):  # pragma: no cover - interface
        raise NotImplementedError


class Transport:
    """Cache, offline mode, retries and timeouts around a ``Fetcher``.

    ``endpoint_overrides`` maps a public origin (``https://opendata.cbs.nl``) to another
    one (a loopback test server); cache keys and provenance keep the public URL.
    """

    def __init__(
        self,
        fetcher=None,
        cache=None,
        offline=False,
        timeout=30.0,
        retries=3,
        backoff=1.0,
        max_backoff=30.0,
        endpoint_overrides=None,
        refresh=False,
        sleep=time.sleep,
        is_cancelled: Optional[Callable[[], bool]] = None,
        log: Optional[Callable[[str], None]] = None,
    ):
        self.fetcher = fetcher
        self.cache = cache
        self.offline = offline
        self.timeout = float(timeout)
        self.retries = int(retries)
        self.backoff = float(backoff)
        self.max_backoff = float(max_backoff)
        self.endpoint_overrides = dict(endpoint_overrides or {})
        self.refresh = refresh
        self.sleep = sleep
        self.is_cancelled = is_cancelled or (lambda: False)
        self.log = log or (lambda message: None)
        self.exchanges = []

    def get(self, url, headers=None):
        """Return the response for ``url`` from the cache, or download and cache it."""
        self._check_cancelled()
        response = None
        if self.cache is not None and not self.refresh:
            response = self.cache.get(url)
        if response is None:
            if self.offline or self.fetcher is None:
                raise OfflineMiss(url=url)
            response = self._fetch_with_retries(url, headers)
            if self.cache is not None:
                self.cache.put(response)
        self.exchanges.append(
            {"url": url, "fetched_at": response.fetched_at, "from_cache": response.from_cache}
        )
        return response

    def get_json(self, url, headers=None):
        """The JSON of ``url``; a malformed answer is dropped from the cache and reported."""
        try:
            return self.get(url, headers).json()
        except BadResponse:
            self.forget(url)
            raise

    def forget(self, url):
        """Drop a cached answer that turned out to be unusable."""
        if self.cache is not None and hasattr(self.cache, "delete"):
            self.cache.delete(url)

    def _fetch_with_retries(self, url, headers):
        target = self._override(url)
        last_error = None
        for attempt in range(self.retries + 1):
            self._check_cancelled()
            try:
                response = self.fetcher.fetch(target, self.timeout, headers)
            except NetworkError as exc:
                exc.params["url"] = url  # name the URL the user asked for, not a test endpoint
                last_error = exc
                delay = self._delay(attempt, None)
            else:
                response.url = url
                if 200 <= response.status < 300:
                    return response
                # the start of the body: a refusal's reason (RFC 7807 detail, OWS exception)
                last_error = HttpStatusError(url=url, status=response.status, body=response.body[:4096])
                if response.status not in RETRY_STATUS:
                    raise last_error
                delay = self._delay(attempt, response.header("retry-after"))
            if attempt < self.retries:
                self.log(
                    "{}: attempt {} failed ({}); retrying in {:.1f} s".format(
                        url, attempt + 1, last_error, delay
                    )
                )
                self.sleep(delay)
        self._check_cancelled()  # a cancel that aborted the request is not a network error
        raise last_error

    def _delay(self, attempt, retry_after):
        if retry_after:
            try:
                return min(float(retry_after), self.max_backoff)
            except ValueError:
                pass
        return min(self.backoff * (2 ** attempt), self.max_backoff)

    def _override(self, url):
        parts = urlsplit(url)
        origin = "{}://{}".format(parts.scheme, parts.netloc)
        replacement = self.endpoint_overrides.get(origin)
        if not replacement:
            return url
        new = urlsplit(replacement)
        path = new.path.rstrip("/") + parts.path
        return urlunsplit((new.scheme, new.netloc, path, parts.query, parts.fragment))

    def _check_cancelled(self):
        if self.is_cancelled():
            raise Cancelled()
