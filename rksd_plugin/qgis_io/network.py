"""The fetcher used inside QGIS: QGIS's network access manager, waited on by our own loop.

Going through ``QgsNetworkAccessManager`` means the user's proxy (with its authentication),
SSL/certificate settings and network timeout apply to every download, as gemeente networks
behind proxies and TLS-inspecting firewalls require. It is safe to call from a ``QgsTask``
worker thread and from the main thread.

Why not ``QgsBlockingNetworkRequest``: its wait ends only on the reply's ``finished``
signal. A cancel that lands while the request is being set up deletes the reply without that
signal, and the task then waits for ever (QGIS 3.22; seen in our tests: a cancelled run that
never ended kept QGIS from exiting). Here the wait checks the cancel, the request's deadline
and a no-progress limit at least every 50 ms, so it always ends.

The body is taken out of the reply as it arrives and counted (``limits.BodyCollector``):
an answer that announces or sends more than the limit for its kind is aborted, and the
reply's own buffer is kept small, so memory stays flat whatever the server sends.
Redirects are not followed by Qt: the transport decides which ones may be.
"""
import time

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.errors import Cancelled, DeadlineExceeded, NetworkError, RequestTimeout
from ..core.http.limits import BodyCollector, Bounds, content_length
from ..core.http.transport import Fetcher, HttpResponse

USER_AGENT = b"RKSD-QGIS-plugin"
POLL_MS = 50
GRACE_SECONDS = 5.0  # beyond Qt's and QGIS's own timeouts, before we stop waiting ourselves
READ_BUFFER = 1024 * 1024  # Qt stops reading the socket while this much waits unread
# Qt's network-layer and proxy errors (1-199): an answer that ended this way is incomplete
_TRANSPORT_ERRORS = range(1, 200)


def qgis_timeout_seconds():
    """QGIS's network timeout (Settings > Options > Network), in seconds."""
    return QgsNetworkAccessManager.timeout() / 1000.0


def _code(value):
    """An enum member as int, on PyQt5 (int enums) and PyQt6 (Python enums)."""
    return int(getattr(value, "value", value))


class QgisFetcher(Fetcher):
    name = "qgis"

    def __init__(self, feedback=None):
        self.feedback = feedback

    def fetch(self, url, timeout, headers=None, bounds=None):
        bounds = bounds or Bounds.for_url(url)
        if self._cancelled(bounds):
            raise Cancelled()
        reply = QgsNetworkAccessManager.instance().get(self._request(url, timeout, headers))
        try:
            reply.setReadBufferSize(READ_BUFFER)
            collector = BodyCollector(url, bounds)
            ended_by = self._wait(reply, timeout, bounds, collector)
            return self._response(url, reply, timeout, ended_by, bounds, collector)
        finally:
            if not reply.isFinished():
                reply.abort()
            # The reply is not deleted here (deleting it let PyQt declare a later reply at the
            # same address deleted: 1 in ~200 fast requests). Its answer has been read; the
            # thread's network manager frees it when the worker thread ends.

    @staticmethod
    def _request(url, timeout, headers):
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", USER_AGENT)
        request.setRawHeader(b"Accept", b"application/json")
        for key, value in (headers or {}).items():
            request.setRawHeader(key.encode(), value.encode())
        attribute = QNetworkRequest.Attribute
        # our own cache keeps answers; QGIS's HTTP cache must neither serve nor store them
        request.setAttribute(attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(attribute.CacheSaveControlAttribute, False)
        # a redirect comes back as it is: the transport follows only those within the service
        request.setAttribute(attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        if timeout and hasattr(request, "setTransferTimeout"):
            request.setTransferTimeout(int(timeout * 1000))
        return request

    def _cancelled(self, bounds=None):
        if self.feedback is not None and self.feedback.isCanceled():
            return True
        return bounds is not None and bounds.is_cancelled()

    def _wait(self, reply, timeout, bounds, collector):
        """Wait for ``reply``, taking its body out as it arrives; return why the wait ended:
        'finished', 'cancelled', 'deadline' or 'stalled' (``ResponseTooLarge`` when too big).

        No Python slot is connected to the reply or the timer (the timer only wakes the wait):
        PyQt's clean-up of connections on short-lived objects in a worker thread can strike a
        later object at the same address, seen as a RuntimeError and as an abort."""
        patience = max(timeout or 0.0, qgis_timeout_seconds()) + GRACE_SECONDS
        waker = QTimer()
        waker.start(POLL_MS)
        loop = QEventLoop()
        received, last_activity = -1, time.monotonic()
        length_checked = False
        try:
            while True:
                finished = reply.isFinished()
                if not length_checked and reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) is not None:
                    length_checked = True
                    collector.check_length(content_length(reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)))
                available = reply.bytesAvailable()
                if available > 0:
                    collector.add(bytes(reply.read(available)))
                if finished:
                    return "finished"
                if self._cancelled(bounds):
                    return "cancelled"
                if bounds.remaining() <= 0:
                    return "deadline"
                now = time.monotonic()
                if collector.size != received:
                    received, last_activity = collector.size, now
                elif now - last_activity > patience:
                    return "stalled"
                loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            waker.stop()

    def _response(self, url, reply, timeout, ended_by, bounds, collector):
        limit = min(timeout or 1e9, qgis_timeout_seconds())
        error = _code(reply.error())
        if ended_by == "cancelled" or (self._cancelled(bounds) and error != 0):
            raise Cancelled()
        if ended_by == "deadline":
            raise DeadlineExceeded(url=url, deadline=bounds.deadline)
        if ended_by == "stalled":
            raise RequestTimeout(url=url, timeout=limit, reason="no answer")
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        message = reply.errorString() or "network error"
        if status is None or int(status) == 0:
            if error in (_code(QNetworkReply.NetworkError.OperationCanceledError),
                         _code(QNetworkReply.NetworkError.TimeoutError)):
                # QGIS aborts a request that exceeds its network timeout; Qt's transfer timeout
                raise RequestTimeout(url=url, timeout=limit, reason="timeout")
            if "timed out" in message.lower() or "timeout" in message.lower():
                raise RequestTimeout(url=url, timeout=limit, reason=message)
            raise NetworkError(url=url, reason=message)
        if error in _TRANSPORT_ERRORS:
            # the status line arrived, the rest of the answer did not
            raise NetworkError(url=url, reason=message)
        headers_out = {}
        for name in reply.rawHeaderList():
            key = bytes(name).decode("latin-1").lower()
            headers_out[key] = bytes(reply.rawHeader(name)).decode("latin-1")
        return HttpResponse(
            url=url,
            status=int(status),
            body=collector.body(),
            headers=headers_out,
            fetched_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )
