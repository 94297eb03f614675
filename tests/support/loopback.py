"""A loopback HTTP server that answers as CBS and PDOK do (test support).

Two ways in:
- prefix mode: ``http://127.0.0.1:<port>/<host>/<path>``; a ``Transport`` reaches it via
  ``endpoint_overrides`` (``https://opendata.cbs.nl`` -> ``http://127.0.0.1:<port>/opendata.cbs.nl``);
- proxy mode: an absolute request line (``GET http://cbs.test/...``) as an HTTP proxy
  receives it; optional proxy authentication (``Proxy-Authorization: Basic``).

Every request is recorded; ``faults`` inject failures (status codes, delays, broken JSON)
for the first N matching requests. A fault's ``mode`` makes a hostile answer instead
(see ``HOSTILE_MODES``): an endless chunked body, a huge ``Content-Length``, a body of one
byte a second, a connection reset or closed without an answer.
"""
import base64
import socket
import socketserver
import struct
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit


class _NoLookupServer(ThreadingHTTPServer):
    """HTTPServer.server_bind asks DNS for its own name (getfqdn); on a machine without
    /etc/hosts and with an unanswering resolver that costs 20 s per server. Loopback needs none."""

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = host
        self.server_port = port


@dataclass
class Fault:
    match: str  # substring of the request URL
    status: int = 500
    delay: float = 0.0
    body: bytes = b'{"error": "injected"}'
    times: int = 1
    headers: dict = None
    mode: str = ""  # one of HOSTILE_MODES, or "" for an ordinary answer
    interval: float = 1.0  # seconds between bytes for "trickle"


HOSTILE_MODES = (
    "endless",  # 200, chunked, 64 kB chunks for as long as the client reads
    "huge_length",  # 200 announcing 10 GB, then zeros for as long as the client reads
    "trickle",  # 200 with Content-Length 1,000,000, one byte every ``interval`` seconds
    "slow_headers",  # the status line and headers themselves, one byte every ``interval`` seconds
    "reset",  # the connection is reset (TCP RST) before any answer
    "close",  # the connection is closed before any answer
    "truncated",  # 200 announcing 1,000 bytes, 10 sent, then the connection closes
)


class LoopbackServer:
    def __init__(self, hosts, public_scheme="https", proxy_credentials=None):
        """``hosts`` maps a public host name ('opendata.cbs.nl') to an emulator."""
        self.hosts = hosts
        self.public_scheme = public_scheme
        self.proxy_credentials = proxy_credentials
        self.requests = []
        self.faults = []
        self._lock = threading.Lock()
        self._connections = set()
        self._server = _NoLookupServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self):
        return self._server.server_address[1]

    @property
    def url(self):
        return "http://127.0.0.1:{}".format(self.port)

    def overrides(self):
        """``endpoint_overrides`` for a Transport: every public host to its prefix here."""
        return {"{}://{}".format(self.public_scheme, h): "{}/{}".format(self.url, h) for h in self.hosts}

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        """Stop listening and close the kept-alive connections too: a client's connection pool
        must not reach this server's handlers after the test, nor a later server on the same port."""
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            connections, self._connections = list(self._connections), set()
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def add_fault(self, fault):
        with self._lock:
            self.faults.append(fault)

    def _take_fault(self, url):
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and fault.match in url:
                    fault.times -= 1
                    return fault
        return None

    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def setup(self):
                super().setup()
                # headers and body leave in two writes; without NODELAY, Nagle waits for the
                # client's delayed ACK and every answer takes 40 ms (nginx sets it too)
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                with server._lock:
                    server._connections.add(self.connection)

            def finish(self):
                with server._lock:
                    server._connections.discard(self.connection)
                try:
                    super().finish()
                except OSError:
                    pass

            def do_GET(self):  # noqa: N802 - http.server API
                raw = self.path
                via_proxy = raw.startswith("http://") or raw.startswith("https://")
                if via_proxy:
                    parts = urlsplit(raw)
                    host, path, query = parts.netloc, parts.path, parts.query
                    public_base = "{}://{}".format(parts.scheme, parts.netloc)
                else:
                    parts = urlsplit(raw)
                    segments = parts.path.lstrip("/").split("/", 1)
                    host = segments[0]
                    path = "/" + (segments[1] if len(segments) > 1 else "")
                    query = parts.query
                    public_base = "{}://{}".format(server.public_scheme, host)
                record = {
                    "host": host,
                    "path": path,
                    "query": unquote(query),
                    "raw_query": query,
                    "via_proxy": via_proxy,
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "url": "{}{}{}".format(public_base, path, "?" + query if query else ""),
                }
                if via_proxy and server.proxy_credentials:
                    expected = "Basic " + base64.b64encode(
                        "{}:{}".format(*server.proxy_credentials).encode()
                    ).decode()
                    if self.headers.get("Proxy-Authorization") != expected:
                        record["status"] = 407
                        with server._lock:
                            server.requests.append(record)
                        self._send(407, {"Proxy-Authenticate": 'Basic realm="rksd-test"'}, b"proxy auth")
                        return
                fault = server._take_fault(record["url"])
                if fault is not None:
                    record["fault"] = fault.status
                    with server._lock:
                        server.requests.append(record)
                    if fault.delay:
                        time.sleep(fault.delay)
                    if fault.mode:
                        self._hostile(fault)
                        return
                    self._send(fault.status, dict(fault.headers or {}, **{"Content-Type": "application/json"}), fault.body)
                    return
                emulator = server.hosts.get(host)
                if emulator is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"unknown host"
                else:
                    status, headers, body = emulator.handle(public_base, path, query)
                record["status"] = status
                with server._lock:
                    server.requests.append(record)
                self._send(status, headers, body)

            def _hostile(self, fault):
                try:
                    if fault.mode == "reset":
                        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        self.close_connection = True
                        self.connection.close()
                        return
                    if fault.mode == "close":
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    if fault.mode == "slow_headers":
                        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"x" * 60000:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(fault.interval)
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    if fault.mode == "endless":
                        self.send_header("Transfer-Encoding", "chunked")
                        self.end_headers()
                        chunk = b"[" + b"0," * 32767 + b"0"
                        frame = "{:x}\r\n".format(len(chunk)).encode() + chunk + b"\r\n"
                        while True:
                            self.wfile.write(frame)
                    elif fault.mode == "huge_length":
                        self.send_header("Content-Length", str(10 * 1000 ** 3))
                        self.end_headers()
                        zeros = b"0" * 65536
                        while True:
                            self.wfile.write(zeros)
                    elif fault.mode == "truncated":
                        self.send_header("Content-Length", "1000")
                        self.end_headers()
                        self.wfile.write(b'{"value": [')
                        self.wfile.flush()
                        self.connection.shutdown(socket.SHUT_RDWR)
                    elif fault.mode == "trickle":
                        self.send_header("Content-Length", "1000000")
                        self.end_headers()
                        self.wfile.flush()
                        while True:
                            self.wfile.write(b" ")
                            self.wfile.flush()
                            time.sleep(fault.interval)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass
                self.close_connection = True

            def _send(self, status, headers, body):
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler
