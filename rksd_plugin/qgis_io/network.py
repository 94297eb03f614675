"""The fetcher used inside QGIS: QGIS's network access manager, waited on by our own loop.

Going through ``QgsNetworkAccessManager`` means the user's proxy (with its authentication),
SSL/certificate settings and network timeout apply to every download, as gemeente networks
behind proxies and TLS-inspecting firewalls require. It is safe to call from a ``QgsTask``
worker thread and from the main thread.

Why not ``QgsBlockingNetworkRequest``: its wait ends only on the reply's ``finished``
signal. A cancel that lands while the request is being set up deletes the reply without that
signal, and the task then waits for ever (QGIS 3.22; seen in our tests: a cancelled run that
never ended kept QGIS from exiting). Here the wait checks the cancel and a no-progress
deadline at least every 50 ms, so it always ends.
"""
import time

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.errors import Cancelled, NetworkError, RequestTimeout
from ..core.http.transport import Fetcher, HttpResponse

USER_AGENT = b"RKSD-QGIS-plugin"
POLL_MS = 50
GRACE_SECONDS = 5.0  # beyond Qt's and QGIS's own timeouts, before we stop waiting ourselves


def qgis_timeout_seconds():
    """QGIS's network timeout (Settings > Options > Network), in seconds."""
    return QgsNetworkAccessManager.timeout() / 1000.0


class QgisFetcher(Fetcher):
    name = "qgis"

    def __init__(self, feedback=None):
        self.feedback = feedback

    def fetch(self, url, timeout, headers=None):
        if self._cancelled():
            raise Cancelled()
        reply = QgsNetworkAccessManager.instance().get(self._request(url, timeout, headers))
        try:
            ended_by = self._wait(reply, timeout)
            return self._response(url, reply, timeout, ended_by)
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
        # our own cache keeps answers; QGIS's HTTP cache must neither serve nor store them
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
        if timeout and hasattr(request, "setTransferTimeout"):
            request.setTransferTimeout(int(timeout * 1000))
        return request

    def _cancelled(self):
        return self.feedback is not None and self.feedback.isCanceled()

    def _wait(self, reply, timeout):
        """Wait for ``reply``; return why the wait ended: 'finished', 'cancelled' or 'stalled'.

        No Python slot is connected to the reply or the timer (the timer only wakes the wait):
        PyQt's clean-up of connections on short-lived objects in a worker thread can strike a
        later object at the same address, seen as a RuntimeError and as an abort."""
        patience = max(timeout or 0.0, qgis_timeout_seconds()) + GRACE_SECONDS
        waker = QTimer()
        waker.start(POLL_MS)
        loop = QEventLoop()
        received, last_activity = -1, time.monotonic()
        try:
            while not reply.isFinished():
                if self._cancelled():
                    return "cancelled"
                now = time.monotonic()
                if reply.bytesAvailable() != received:
                    received, last_activity = reply.bytesAvailable(), now
                elif now - last_activity > patience:
                    return "stalled"
                loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            waker.stop()
        return "finished"

    def _response(self, url, reply, timeout, ended_by):
        limit = min(timeout or 1e9, qgis_timeout_seconds())
        if ended_by == "cancelled" or (self._cancelled() and reply.error() != QNetworkReply.NetworkError.NoError):
            raise Cancelled()
        if ended_by == "stalled":
            raise RequestTimeout(url=url, timeout=limit, reason="no answer")
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status is None or int(status) == 0:
            error = reply.error()
            message = reply.errorString() or "network error"
            if error in (QNetworkReply.NetworkError.OperationCanceledError, QNetworkReply.NetworkError.TimeoutError):
                # QGIS aborts a request that exceeds its network timeout; Qt's transfer timeout
                raise RequestTimeout(url=url, timeout=limit, reason="timeout")
            if "timed out" in message.lower() or "timeout" in message.lower():
                raise RequestTimeout(url=url, timeout=limit, reason=message)
            raise NetworkError(url=url, reason=message)
        headers_out = {}
        for name in reply.rawHeaderList():
            key = bytes(name).decode("latin-1").lower()
            headers_out[key] = bytes(reply.rawHeader(name)).decode("latin-1")
        return HttpResponse(
            url=url,
            status=int(status),
            body=bytes(reply.readAll()),
            headers=headers_out,
            fetched_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )
