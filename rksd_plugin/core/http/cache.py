"""A disk cache of HTTP responses, keyed by the canonical request URL.

The cache is also the format of offline packages (and of the bundled Maastricht sample):
one JSON file of metadata plus one body file per request, written atomically so a
crash never leaves half an entry. Keys ignore the spelling of the query string
(``%24select`` vs ``$select``, parameter order), not its content.

An entry is read only when it is whole and sane: metadata of the right types, a body
that decompresses within the size limit to the size the metadata records. Anything
else - a bad gzip or deflate stream, a truncated file, metadata that is not what this
code writes - is a miss, and the entry is dropped (in a read-only cache, such as an
offline package, it is set aside for the session).
"""
import gzip
import hashlib
import json
import os
import shutil
import tempfile
import time
import zlib
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from .transport import HttpResponse

META_SUFFIX = ".json"
BODY_SUFFIX = ".body"
GZIP_SUFFIX = ".body.gz"
COMPRESS_FROM = 32 * 1024  # JSON compresses ~10x; small answers stay readable as they are
MAX_META_BYTES = 256 * 1024  # what put() writes is under 2 kB
READ_CHUNK = 1024 * 1024
# whatever a damaged entry can raise while it is read
DAMAGE = (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError, zlib.error, RecursionError,
          OverflowError, MemoryError)


class DamagedEntry(Exception):
    """An entry that cannot be served as it is."""


def canonical_url(url):
    """The URL with its query parameters decoded, sorted and encoded one way."""
    parts = urlsplit(url)
    params = sorted(parse_qsl(parts.query, keep_blank_values=True))
    query = "&".join(
        "{}={}".format(quote(k, safe="$"), quote(v, safe="$,'()")) for k, v in params
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, query, ""))


def cache_key(url):
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()


class ResponseCache:
    """Responses on disk under ``root``; ``readonly`` for packages shipped with the plugin."""

    def __init__(self, root, readonly=False):
        self.root = os.fspath(root)
        self.readonly = readonly
        self.damaged = []  # (url, why) of entries found damaged and dropped or set aside
        self._set_aside = set()

    def _paths(self, url):
        key = cache_key(url)
        folder = os.path.join(self.root, key[:2])
        return folder, os.path.join(folder, key + META_SUFFIX), os.path.join(folder, key)

    def get(self, url, max_bytes=None):
        """The stored answer, or None when there is none or it is damaged (then it is dropped)."""
        if cache_key(url) in self._set_aside:
            return None
        _, meta_path, body_base = self._paths(url)
        if not os.path.exists(meta_path):
            return None
        try:
            meta = _read_meta(meta_path)
            body = _read_body(body_base, meta, max_bytes)
            return HttpResponse(
                url=meta.get("url") or url,
                status=meta["status"],
                body=body,
                headers=meta["headers"],
                from_cache=True,
                fetched_at=meta.get("fetched_at") or "",
            )
        except DamagedEntry as exc:
            self.damaged.append((url, str(exc)))
        except DAMAGE as exc:
            self.damaged.append((url, "{}: {}".format(type(exc).__name__, exc)))
        self.delete(url)
        return None

    def put(self, response):
        if self.readonly:
            return
        folder, meta_path, body_base = self._paths(response.url)
        os.makedirs(folder, exist_ok=True)
        fetched_at = response.fetched_at or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        compressed = len(response.body) >= COMPRESS_FROM
        meta = {
            "url": canonical_url(response.url),
            "status": response.status,
            "headers": {k.lower(): v for k, v in response.headers.items()},
            "fetched_at": fetched_at,
            "size": len(response.body),
            "compressed": compressed,
        }
        # body first, metadata last: an entry only counts once its metadata exists
        if compressed:
            _atomic_write(body_base + GZIP_SUFFIX, gzip.compress(response.body, compresslevel=6, mtime=0))
        else:
            _atomic_write(body_base + BODY_SUFFIX, response.body)
        _atomic_write(meta_path, json.dumps(meta, indent=1, sort_keys=True).encode("utf-8"))
        self._set_aside.discard(cache_key(response.url))
        response.fetched_at = fetched_at

    def delete(self, url):
        """Forget the answer for ``url`` (a malformed answer must not be served again).

        A read-only cache keeps its files but serves the entry no more in this session."""
        if self.readonly:
            self._set_aside.add(cache_key(url))
            return
        _, meta_path, body_base = self._paths(url)
        for path in (meta_path, body_base + BODY_SUFFIX, body_base + GZIP_SUFFIX):
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError:
                self._set_aside.add(cache_key(url))  # a read-only folder: not served again; the run goes on

    def entries(self):
        """Metadata of every complete entry."""
        result = []
        if not os.path.isdir(self.root):
            return result
        for folder, _, files in os.walk(self.root):
            for name in files:
                if not name.endswith(META_SUFFIX) or name.startswith("."):
                    continue
                try:
                    result.append(_read_meta(os.path.join(folder, name)))
                except (DamagedEntry,) + DAMAGE:
                    continue
        return result

    def stats(self):
        """Number of entries, bytes on disk and the oldest/newest download time."""
        entries = self.entries()
        size = 0
        for folder, _, files in os.walk(self.root) if os.path.isdir(self.root) else []:
            for name in files:
                try:
                    size += os.path.getsize(os.path.join(folder, name))
                except OSError:  # removed meanwhile
                    continue
        times = sorted(e.get("fetched_at", "") for e in entries if e.get("fetched_at"))
        return {
            "entries": len(entries),
            "bytes": size,
            "oldest": times[0] if times else None,
            "newest": times[-1] if times else None,
        }

    def clear(self):
        if self.readonly:
            raise PermissionError("read-only cache: {}".format(self.root))
        if os.path.isdir(self.root):
            shutil.rmtree(self.root)


class LayeredCache:
    """Read from several caches in order, write to the first (the user's own cache)."""

    def __init__(self, *caches):
        self.caches = [c for c in caches if c is not None]
        self.readonly = not self.caches or self.caches[0].readonly

    def get(self, url, max_bytes=None):
        for cache in self.caches:
            found = cache.get(url, max_bytes=max_bytes)
            if found is not None:
                return found
        return None

    def put(self, response):
        if self.caches:
            self.caches[0].put(response)

    def delete(self, url):
        """Drop the entry from the user's cache and set it aside in the others (packages)."""
        for cache in self.caches:
            cache.delete(url)


def _read_meta(path):
    """An entry's metadata, checked to be what ``put`` writes."""
    if os.path.getsize(path) > MAX_META_BYTES:
        raise DamagedEntry("metadata too large")
    with open(path, "rb") as handle:
        meta = json.loads(handle.read().decode("utf-8"))
    if not isinstance(meta, dict):
        raise DamagedEntry("metadata is not an object")
    status = meta.get("status", 200)
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise DamagedEntry("status {!r}".format(status))
    headers = meta.get("headers", {})
    if not isinstance(headers, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise DamagedEntry("headers are not text")
    for key in ("url", "fetched_at"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise DamagedEntry("{} is not text".format(key))
    size = meta.get("size")
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
        raise DamagedEntry("size {!r}".format(size))
    if not isinstance(meta.get("compressed", False), bool):
        raise DamagedEntry("compressed is not true or false")
    return dict(meta, status=status, headers=headers)


def _read_body(body_base, meta, max_bytes):
    """The body, decompressed in chunks: a gzip bomb stops at ``max_bytes``."""
    size = meta.get("size")
    limit = max_bytes if max_bytes is not None else None
    if size is not None and limit is not None and size > limit:
        raise DamagedEntry("larger than the limit")
    if meta.get("compressed"):
        chunks, total = [], 0
        with gzip.open(body_base + GZIP_SUFFIX, "rb") as handle:
            while True:
                chunk = handle.read(READ_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if (limit is not None and total > limit) or (size is not None and total > size):
                    raise DamagedEntry("decompresses to more than recorded")
                chunks.append(chunk)
        body = b"".join(chunks)
    else:
        path = body_base + BODY_SUFFIX
        on_disk = os.path.getsize(path)
        if limit is not None and on_disk > limit:
            raise DamagedEntry("larger than the limit")
        with open(path, "rb") as handle:
            body = handle.read()
    if size is not None and len(body) != size:
        raise DamagedEntry("{} bytes instead of {}".format(len(body), size))
    return body


def _atomic_write(path, data):
    folder = os.path.dirname(path)
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
