"""A disk cache of HTTP responses, keyed by the canonical request URL.

The cache is also the format of offline packages (and of the bundled Maastricht sample):
one JSON file of metadata plus one body file per request, written atomically so a
crash never leaves half an entry. Keys ignore the spelling of the query string
(``%24select`` vs ``$select``, parameter order), not its content.
"""
import gzip
import hashlib
import json
import os
import shutil
import tempfile
import time
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from .transport import HttpResponse

META_SUFFIX = ".json"
BODY_SUFFIX = ".body"
GZIP_SUFFIX = ".body.gz"
COMPRESS_FROM = 32 * 1024  # JSON compresses ~10x; small answers stay readable as they are


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

    def _paths(self, url):
        key = cache_key(url)
        folder = os.path.join(self.root, key[:2])
        return folder, os.path.join(folder, key + META_SUFFIX), os.path.join(folder, key)

    def get(self, url):
        _, meta_path, body_base = self._paths(url)
        try:
            with open(meta_path, encoding="utf-8") as handle:
                meta = json.load(handle)
            if meta.get("compressed"):
                with gzip.open(body_base + GZIP_SUFFIX, "rb") as handle:
                    body = handle.read()
            else:
                with open(body_base + BODY_SUFFIX, "rb") as handle:
                    body = handle.read()
        except (OSError, ValueError, EOFError):
            return None
        return HttpResponse(
            url=meta.get("url", url),
            status=int(meta.get("status", 200)),
            body=body,
            headers=meta.get("headers", {}),
            from_cache=True,
            fetched_at=meta.get("fetched_at", ""),
        )

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
        response.fetched_at = fetched_at

    def delete(self, url):
        """Forget the answer for ``url`` (a malformed answer must not be served again)."""
        if self.readonly:
            return
        _, meta_path, body_base = self._paths(url)
        for path in (meta_path, body_base + BODY_SUFFIX, body_base + GZIP_SUFFIX):
            if os.path.exists(path):
                os.unlink(path)

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
                    with open(os.path.join(folder, name), encoding="utf-8") as handle:
                        result.append(json.load(handle))
                except (OSError, ValueError):
                    continue
        return result

    def stats(self):
        """Number of entries, bytes on disk and the oldest/newest download time."""
        entries = self.entries()
        size = 0
        for folder, _, files in os.walk(self.root) if os.path.isdir(self.root) else []:
            size += sum(os.path.getsize(os.path.join(folder, f)) for f in files)
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

    def get(self, url):
        for cache in self.caches:
            found = cache.get(url)
            if found is not None:
                return found
        return None

    def put(self, response):
        if self.caches:
            self.caches[0].put(response)

    def delete(self, url):
        if self.caches:
            self.caches[0].delete(url)


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
