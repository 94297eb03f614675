"""Bounds on every download: a maximum size per kind of request and a deadline per request.

A server (or a proxy, or whoever answers in its place) decides how much it sends and how
slowly; without bounds an endless answer is read into memory for ever. The maximum sizes
are sized from the largest real answers of each kind, with headroom:

- catalog: the shipped catalog is 50 kB; 4 MB leaves room for many more questions.
- metadata (``TableInfos``, ``DataProperties``, code lists): the largest real one is KWB
  2024's ``DataProperties``, 123 kB; CBS's full region code list is a few MB. 16 MB.
- data page (``TypedDataSet``, 10,000 rows a page): the largest in the samples is the
  national RIVM page, 5.1 MB; a page of every KWB column would be about 35 MB. 64 MB.
- geometry page (PDOK, at most 1,000 features a page): Maastricht's 44 buurten are 367 kB;
  a full-resolution buurt is up to 69 kB (Ermelo 2021), so 1,000 of them about 70 MB. 256 MB.

The deadline covers one request from start to last byte, redirects included: a server
sending one byte a second never trips a "no answer" timeout, only this.
"""
import email.utils
import math
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Dict, Tuple
from urllib.parse import urlsplit

MB = 1024 * 1024
KINDS = ("catalog", "metadata", "data", "geometry")
DEFAULT_MAX_MB = {"catalog": 4, "metadata": 16, "data": 64, "geometry": 256}
DEFAULT_DEADLINE = 300.0  # seconds for one request, first to last byte
MAX_REDIRECTS = 5
REDIRECT_STATUS = {301, 302, 303, 307, 308}
_DATA_ENDPOINTS = ("/typeddataset", "/untypeddataset", "/observations")


def kind_of(url):
    """The kind of a request from its URL: 'geometry', 'data' or 'metadata'.

    (A catalog is asked for as such by the code that loads it.)"""
    parts = urlsplit(url)
    path = parts.path.lower().rstrip("/")
    if path.endswith("/items") or "/items/" in path or "request=getfeature" in parts.query.lower():
        return "geometry"
    if path.endswith(_DATA_ENDPOINTS):
        return "data"
    return "metadata"


def human_size(size):
    """'64 MB', '512 kB', '17 B' - for messages."""
    if size >= MB:
        return "{:g} MB".format(round(size / MB, 1))
    if size >= 1024:
        return "{:g} kB".format(round(size / 1024.0, 1))
    return "{} B".format(int(size))


@dataclass
class Limits:
    """The user's bounds (plugin settings): sizes per kind, a deadline, extra redirect hosts."""

    max_mb: Dict[str, float] = field(default_factory=lambda: dict(DEFAULT_MAX_MB))
    deadline: float = DEFAULT_DEADLINE
    redirect_hosts: Tuple[str, ...] = ()

    def max_bytes(self, kind):
        value = self.max_mb.get(kind) or DEFAULT_MAX_MB.get(kind) or DEFAULT_MAX_MB["metadata"]
        return int(float(value) * MB)

    def bounds(self, kind, is_cancelled=None):
        return Bounds(kind, self.max_bytes(kind), float(self.deadline), is_cancelled or (lambda: False))


@dataclass
class Bounds:
    """What one request may take: bytes, seconds from now, and a way to be cancelled."""

    kind: str
    max_bytes: int
    deadline: float
    is_cancelled: Callable[[], bool] = lambda: False
    started: float = field(default_factory=time.monotonic)

    @classmethod
    def for_url(cls, url):
        return Limits().bounds(kind_of(url))

    def remaining(self):
        return self.deadline - (time.monotonic() - self.started)

    def limit_text(self):
        return human_size(self.max_bytes)


class BodyCollector:
    """The body of one answer, gathered chunk by chunk; more than ``max_bytes`` ends it."""

    def __init__(self, url, bounds):
        self.url = url
        self.bounds = bounds
        self.size = 0
        self._buffer = bytearray()

    def check_length(self, declared):
        """Refuse at once an answer that announces more than the limit (``Content-Length``)."""
        if declared is not None and declared > self.bounds.max_bytes:
            self._too_large(declared)

    def add(self, chunk):
        if not chunk:
            return
        self.size += len(chunk)
        if self.size > self.bounds.max_bytes:
            self._buffer = bytearray()
            self._too_large(None)
        self._buffer += chunk

    def body(self):
        return bytes(self._buffer)

    def _too_large(self, declared):
        from ..errors import ResponseTooLarge

        raise ResponseTooLarge(url=self.url, kind=self.bounds.kind, limit=self.bounds.limit_text(),
                               size=human_size(declared) if declared is not None else "")


def content_length(value):
    """A ``Content-Length`` header as an int, or None when absent or not a number."""
    if value is None:
        return None
    text = str(value).split(",")[0].strip()
    return int(text) if text.isdigit() else None


# -- Retry-After -----------------------------------------------------------------------
_SECONDS = re.compile(r"^\d{1,9}(\.\d{1,6})?$")


def retry_after_seconds(value, now=None):
    """Seconds to wait from a ``Retry-After`` header, or None when the header is not valid.

    HTTP allows whole seconds (``120``) or a date; negative numbers, ``nan``, ``inf`` and
    garbage are invalid (the caller then uses its own backoff); a date in the past is 0."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if _SECONDS.match(text):
        seconds = float(text)
        return seconds if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now if now is not None else datetime.now(timezone.utc)
    try:
        return max(0.0, (when - now).total_seconds())
    except (OverflowError, TypeError):
        return None
