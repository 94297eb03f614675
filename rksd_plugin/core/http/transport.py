"""The one way out: every download of the plugin goes through a ``Transport``.

A transport combines a *fetcher* (the thing that really talks HTTP: QGIS's network
stack inside QGIS, ``requests`` outside it) with the disk cache, offline mode, retries
with backoff on connection failures and 429/5xx, a timeout on every request, bounds on
size and duration (``limits``), redirects only within a service, and errors that name
the URL. cbsodata is routed through it as well (see ``cbsodata_bridge``).
"""
import gc
import json
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, Optional
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..errors import (
    OUTAGE_HINT,
    BadResponse,
    Cancelled,
    DamagedCacheEntry,
    HttpStatusError,
    NetworkError,
    OfflineMiss,
    RedirectRefused,
    RksdError,
)
from .limits import MAX_REDIRECTS, REDIRECT_STATUS, Limits, kind_of, retry_after_seconds
from .services import redirect_allowed, service_of

RETRY_STATUS = {429, 500, 502, 503, 504}
WAIT_SLICE = 0.05  # a cancel ends a wait between retries within this many seconds


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
        except (UnicodeDecodeError, ValueError, TypeError) as exc:
            raise BadResponse(url=self.url, detail="no valid JSON ({})".format(exc)) from exc
        except RecursionError as exc:  # e.g. 100,000 '[': nested deeper than any real answer
            raise BadResponse(url=self.url, detail="JSON nested too deeply") from exc
        finally:
            if was_enabled:
                gc.enable()


class Fetcher:
    """Interface: perform one GET, without following redirects.

    Raise ``NetworkError``/``RequestTimeout`` on failure; honour ``bounds`` (a ``limits.Bounds``:
    maximum size, deadline, cancel) with ``ResponseTooLarge``/``DeadlineExceeded``/``Cancelled``."""

    name = "fetcher"

    def fetch(self, url, timeout, headers=None, bounds=None):  # pragma: no cover - interface
        raise NotImplementedError


class Transport:
    """Cache, offline mode, retries, timeouts and bounds around a ``Fetcher``.

    ``endpoint_overrides`` maps a public origin (``https://opendata.cbs.nl``) to another
    one (a loopback test server); cache keys and provenance keep the public URL.
    ``limits`` bounds every download (``limits.Limits``). ``sleep`` replaces the
    cancellable wait between retries (tests record the delays with it).
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
        sleep=None,
        is_cancelled: Optional[Callable[[], bool]] = None,
        log: Optional[Callable[[str], None]] = None,
        limits: Optional[Limits] = None,
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
        self.limits = limits or Limits()
        self.exchanges = []
        self.cache_problem = None  # why answers could not be kept (the run goes on without)

    def get(self, url, headers=None, kind=None):
        """Return the response for ``url`` from the cache, or download and cache it.

        ``kind`` ('catalog', 'metadata', 'data', 'geometry') chooses the size limit; by
        default it follows from the URL."""
        self._check_cancelled()
        kind = kind or kind_of(url)
        response = None
        if self.cache is not None and not self.refresh:
            response = self.cache.get(url, max_bytes=self.limits.max_bytes(kind))
        if response is None:
            if self.offline or self.fetcher is None:
                raise OfflineMiss(url=url)
            response = self._fetch_with_retries(url, headers, kind)
            self._keep(response)
        self.exchanges.append(
            {"url": url, "fetched_at": response.fetched_at, "from_cache": response.from_cache}
        )
        return response

    def get_json(self, url, headers=None, kind=None):
        """The JSON of ``url``; a malformed answer is dropped from the cache and reported.

        A malformed *cached* answer is a miss: online it is downloaded again."""
        response = self.get(url, headers, kind)
        try:
            return response.json()
        except BadResponse as exc:
            self.forget(url)
            if not response.from_cache:
                raise
            if self.offline or self.fetcher is None:
                raise DamagedCacheEntry(url=url, detail=exc.params.get("detail", "")) from exc
            self.log("{}: the stored answer is damaged ({}); downloading it again".format(
                url, exc.params.get("detail", "")))
            return self.get(url, headers, kind).json()

    def forget(self, url):
        """Drop a cached answer that turned out to be unusable."""
        if self.cache is not None and hasattr(self.cache, "delete"):
            try:
                self.cache.delete(url)
            except OSError as exc:  # a read-only cache folder: the entry stays, the run goes on
                self.log("{}: could not drop the damaged answer ({})".format(url, exc))

    def _keep(self, response):
        """Store a fresh answer; a cache folder that cannot be written must not fail the run."""
        if self.cache is None:
            return
        try:
            self.cache.put(response)
        except OSError as exc:
            if getattr(self.cache, "required", False):
                raise  # e.g. the staging folder of an offline package: without it there is no package
            if self.cache_problem is None:
                self.log("the cache cannot be written ({}); downloads are used but not kept".format(exc))
            self.cache_problem = exc

    def _fetch_with_retries(self, url, headers, kind):
        last_error = None
        attempts = 0
        for attempt in range(self.retries + 1):
            self._check_cancelled()
            attempts += 1
            try:
                response = self._fetch_once(url, headers, kind)
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
                self._wait(delay)
        self._check_cancelled()  # a cancel that aborted the request is not a network error
        raise self._outage(last_error, url, attempts)

    def _fetch_once(self, url, headers, kind):
        """One attempt: the request and the redirects it may follow, within one set of bounds."""
        bounds = self.limits.bounds(kind, self.is_cancelled)
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            target = self._override(current)
            try:
                response = self.fetcher.fetch(target, self.timeout, headers, bounds=bounds)
            except RksdError as exc:
                if "url" in exc.params:
                    exc.params["url"] = url  # name the URL the user asked for, not a test endpoint
                raise
            location = response.header("location")
            if response.status not in REDIRECT_STATUS or not location:
                return response
            following = self._public(urljoin(target, location.strip()))
            if not redirect_allowed(current, following, self.limits.redirect_hosts):
                raise RedirectRefused(url=url, target=following)
            self.log("{}: redirected to {}".format(current, following))
            current = following
        raise BadResponse(url=url, detail="more than {} redirects".format(MAX_REDIRECTS))

    def _outage(self, error, url, attempts):
        """The last error of a known service, with a hint that names it and its status page."""
        service = service_of(url)
        if service is None or attempts < 2 or not isinstance(error, NetworkError):
            return error
        if isinstance(error, HttpStatusError) and error.params.get("status") == 429:
            return error  # busy, not disturbed
        params = dict(error.params, service=service[0], status_page=service[1], attempts=attempts)
        return type(error)(hint=OUTAGE_HINT, **params)

    def _delay(self, attempt, retry_after):
        seconds = retry_after_seconds(retry_after)
        if seconds is None:
            seconds = self.backoff * (2 ** attempt)
        return min(seconds, self.max_backoff)

    def _wait(self, seconds):
        """Wait between attempts; a cancel ends the wait within ``WAIT_SLICE`` seconds."""
        if self.sleep is not None:
            self.sleep(seconds)
            self._check_cancelled()
            return
        end = time.monotonic() + seconds
        while True:
            self._check_cancelled()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(WAIT_SLICE, left))

    def _override(self, url):
        parts = urlsplit(url)
        origin = "{}://{}".format(parts.scheme, parts.netloc)
        replacement = self.endpoint_overrides.get(origin)
        if not replacement:
            return url
        new = urlsplit(replacement)
        path = new.path.rstrip("/") + parts.path
        return urlunsplit((new.scheme, new.netloc, path, parts.query, parts.fragment))

    def _public(self, url):
        """The public URL of an overridden one (a redirect that points into a test endpoint)."""
        for origin, replacement in self.endpoint_overrides.items():
            base = replacement.rstrip("/")
            if url == base or url.startswith(base + "/") or url.startswith(base + "?"):
                return origin + url[len(base):]
        return url

    def _check_cancelled(self):
        if self.is_cancelled():
            raise Cancelled()
