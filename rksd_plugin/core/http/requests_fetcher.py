"""A fetcher on ``requests`` for use outside QGIS (command line, benchmarks, tests).

Inside QGIS the plugin uses ``qgis_io.network.QgisFetcher`` instead, so QGIS's proxy,
authentication and certificate settings apply.

The body is streamed and counted (``limits.BodyCollector``): an endless answer stops at
the size limit, a ``Content-Length`` beyond it is refused before any byte is read. A
guard thread watches the deadline and the cancel: a server that sends one byte a second
never trips a read timeout, so at the deadline the guard shuts the connection's socket
down, which ends the blocked read at once. Redirects are not followed here; the
transport decides which ones may be.
"""
import http.client
import socket
import threading
import time

from ..errors import Cancelled, DeadlineExceeded, NetworkError, RequestTimeout
from .limits import BodyCollector, Bounds, content_length
from .transport import Fetcher, HttpResponse

CHUNK = 16 * 1024  # also bounds what one gzip'ed chunk can inflate to before it is counted
GUARD_POLL = 0.05
_local = threading.local()
_classes = {}


class RequestsFetcher(Fetcher):
    name = "requests"

    def __init__(self, proxies=None, verify=True, user_agent="RKSD-QGIS-plugin"):
        self.proxies = proxies
        self.verify = verify
        self.user_agent = user_agent

    def fetch(self, url, timeout, headers=None, bounds=None):
        import requests  # lazy: not needed at plugin load
        import urllib3

        bounds = bounds or Bounds.for_url(url)
        if bounds.is_cancelled():
            raise Cancelled()
        request_headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        request_headers.update(headers or {})
        watch = _Watch()
        guard = threading.Thread(target=_guard, args=(watch, bounds), name="rksd-fetch-guard", daemon=True)
        session = _watched_session()
        reply = None
        wait = max(0.05, min(float(timeout or bounds.deadline), bounds.remaining()))
        _local.watch = watch
        guard.start()
        try:
            reply = session.get(url, headers=request_headers, timeout=(wait, wait), proxies=self.proxies,
                                verify=self.verify, allow_redirects=False, stream=True)
            collector = BodyCollector(url, bounds)
            declared = content_length(reply.headers.get("content-length"))
            collector.check_length(declared)
            for chunk in reply.raw.stream(CHUNK, decode_content=True):
                collector.add(chunk)
            watch.check(url, bounds)
            if declared is not None and reply.raw.tell() < declared:
                raise NetworkError(url=url, reason="the connection closed before the whole answer arrived")
            body = collector.body()
        except requests.Timeout as exc:
            watch.check(url, bounds)
            raise RequestTimeout(url=url, timeout=wait, reason=str(exc)) from exc
        except (requests.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as exc:
            watch.check(url, bounds)
            raise NetworkError(url=url, reason=_reason(exc)) from exc
        finally:
            _local.watch = None
            watch.done.set()
            if reply is not None:
                reply.close()
            session.close()
        return HttpResponse(
            url=url,
            status=reply.status_code,
            body=body,
            headers={k.lower(): v for k, v in reply.headers.items()},
            fetched_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )


class _Watch:
    """The sockets of one fetch, and why they were shut down (deadline or cancel)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.sockets = []
        self.ended_by = None
        self.done = threading.Event()

    def add(self, sock):
        with self.lock:
            self.sockets.append(sock)
            ended = self.ended_by is not None
        if ended:
            _shutdown(sock)

    def end(self, reason):
        with self.lock:
            if self.ended_by is None:
                self.ended_by = reason
            sockets = list(self.sockets)
        for sock in sockets:
            _shutdown(sock)

    def check(self, url, bounds):
        """Raise what ended the fetch, if the guard ended it."""
        if self.ended_by == "cancelled":
            raise Cancelled()
        if self.ended_by == "deadline":
            raise DeadlineExceeded(url=url, deadline=bounds.deadline)


def _guard(watch, bounds):
    while not watch.done.wait(GUARD_POLL):
        if bounds.is_cancelled():
            watch.end("cancelled")
            return
        if bounds.remaining() <= 0:
            watch.end("deadline")
            return


def _shutdown(sock):
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also under TLS
    except (OSError, ValueError, TypeError):
        pass


def _reason(exc):
    """A short reason a user understands, for the connection failures CBS has shown."""
    seen, current = set(), exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, http.client.RemoteDisconnected):  # a ConnectionResetError too
            return "the server closed the connection without answering"
        if isinstance(current, ConnectionResetError):
            return "the connection was reset by the server"
        if isinstance(current, ConnectionRefusedError):
            return "the connection was refused"
        if isinstance(current, http.client.IncompleteRead):
            return "the connection closed before the whole answer arrived"
        args = getattr(current, "args", ())
        nested = [a for a in args if isinstance(a, BaseException)]
        current = current.__cause__ or current.__context__ or (nested[0] if nested else None)
    return type(exc).__name__


def _watched_session():
    """A requests session whose connections tell the current fetch's watch their socket."""
    import requests
    from requests.adapters import HTTPAdapter

    pools = _pool_classes()

    class WatchedAdapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, proxy, **kwargs):
            from urllib3.poolmanager import ProxyManager

            manager = super().proxy_manager_for(proxy, **kwargs)
            if type(manager) is ProxyManager:  # SOCKS proxies keep their own pools
                manager.pool_classes_by_scheme = pools
            return manager

    session = requests.Session()
    adapter = WatchedAdapter(max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _pool_classes():
    if _classes:
        return _classes
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    def register(sock):
        watch = getattr(_local, "watch", None)
        if watch is not None and sock is not None:
            watch.add(sock)

    class WatchedConnection(HTTPConnection):
        def _new_conn(self):
            sock = super()._new_conn()
            register(sock)
            return sock

    class WatchedHTTPSConnection(HTTPSConnection):
        def _new_conn(self):
            sock = super()._new_conn()
            register(sock)
            return sock

        def connect(self):
            super().connect()
            register(self.sock)  # the TLS socket that replaced the plain one

    class WatchedPool(HTTPConnectionPool):
        ConnectionCls = WatchedConnection

    class WatchedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = WatchedHTTPSConnection

    _classes.update({"http": WatchedPool, "https": WatchedHTTPSPool})
    return _classes
