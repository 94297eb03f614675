"""Route cbsodata's HTTP requests through the plugin's ``Transport``.

cbsodata (pinned 1.3.5) opens a fresh ``requests.Session`` for every page it downloads.
We replace the ``Session`` it uses by one whose only adapter is the current transport,
so cbsodata gets the same cache, offline mode, retries, timeouts and (inside QGIS) the
same proxy settings as every other request. Without a bound transport the session
refuses to send: there is no second, unmanaged way out.
"""
import threading
from contextlib import contextmanager

from ..errors import UnmanagedRequest
from ..vendor import ensure_vendored_importable

_local = threading.local()
_patched = False
_patch_lock = threading.Lock()


def current_transport():
    return getattr(_local, "transport", None)


@contextmanager
def routed_through(transport):
    """Within the block, cbsodata in this thread downloads through ``transport``."""
    _install()
    previous = current_transport()
    _local.transport = transport
    try:
        yield
    finally:
        _local.transport = previous


def cbsodata_module():
    """The cbsodata implementation module, with the routed session installed."""
    _install()
    import cbsodata.cbsodata3 as module

    return module


def _install():
    global _patched
    if _patched:
        return
    with _patch_lock:
        if _patched:
            return
        ensure_vendored_importable()
        import requests
        from requests.adapters import BaseAdapter
        from requests.structures import CaseInsensitiveDict
        import cbsodata.cbsodata3 as module

        class TransportAdapter(BaseAdapter):
            def __init__(self, transport):
                super().__init__()
                self.transport = transport

            def send(self, request, **kwargs):
                result = self.transport.get(request.url)
                response = requests.Response()
                response.status_code = result.status
                response._content = result.body
                response.headers = CaseInsensitiveDict(result.headers)
                response.url = request.url
                response.request = request
                response.encoding = "utf-8"
                response.reason = "OK" if result.status == 200 else ""
                return response

            def close(self):
                pass

        class RoutedSession(requests.Session):
            def __init__(self):
                super().__init__()
                transport = current_transport()
                self.adapters.clear()
                if transport is None:
                    self.mount("http://", _RefusingAdapter())
                    self.mount("https://", _RefusingAdapter())
                else:
                    self.mount("http://", TransportAdapter(transport))
                    self.mount("https://", TransportAdapter(transport))

        class _RefusingAdapter(BaseAdapter):
            def send(self, request, **kwargs):
                raise UnmanagedRequest(url=request.url)

            def close(self):
                pass

        module.Session = RoutedSession
        _patched = True
