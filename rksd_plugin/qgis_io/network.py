"""The fetcher used inside QGIS: ``QgsBlockingNetworkRequest``.

Going through QGIS's network access manager means the user's proxy (with its
authentication), SSL/certificate settings and network timeout apply to every download,
as gemeente networks behind proxies and TLS-inspecting firewalls require. It is safe to
call from a ``QgsTask`` worker thread.
"""
import time

from qgis.core import QgsBlockingNetworkRequest, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.errors import NetworkError, RequestTimeout
from ..core.http.transport import Fetcher, HttpResponse

USER_AGENT = b"RKSD-QGIS-plugin"


def qgis_timeout_seconds():
    """QGIS's network timeout (Settings > Options > Network), in seconds."""
    return QgsNetworkAccessManager.timeout() / 1000.0


class QgisFetcher(Fetcher):
    name = "qgis"

    def __init__(self, feedback=None):
        self.feedback = feedback

    def fetch(self, url, timeout, headers=None):
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", USER_AGENT)
        request.setRawHeader(b"Accept", b"application/json")
        for key, value in (headers or {}).items():
            request.setRawHeader(key.encode(), value.encode())
        if timeout and hasattr(request, "setTransferTimeout"):
            request.setTransferTimeout(int(timeout * 1000))
        blocking = QgsBlockingNetworkRequest()
        error = blocking.get(request, True, self.feedback)
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if error == QgsBlockingNetworkRequest.TimeoutError:
            raise RequestTimeout(url=url, timeout=min(timeout or 1e9, qgis_timeout_seconds()), reason="timeout")
        if status is None or int(status) == 0:
            cancelled_by_user = self.feedback is not None and self.feedback.isCanceled()
            if reply.error() == QNetworkReply.OperationCanceledError and not cancelled_by_user:
                # QGIS aborts a request that exceeds its network timeout and reports "no error"
                raise RequestTimeout(url=url, timeout=min(timeout or 1e9, qgis_timeout_seconds()),
                                     reason="timeout")
            if error != QgsBlockingNetworkRequest.NoError or cancelled_by_user:
                message = blocking.errorMessage() or "network error"
                if "timed out" in message.lower() or "timeout" in message.lower():
                    raise RequestTimeout(url=url, timeout=min(timeout or 1e9, qgis_timeout_seconds()), reason=message)
                raise NetworkError(url=url, reason=message)
            raise NetworkError(url=url, reason="no HTTP status")
        headers_out = {}
        for name in reply.rawHeaderList():
            key = bytes(name).decode("latin-1").lower()
            headers_out[key] = bytes(reply.rawHeader(name)).decode("latin-1")
        return HttpResponse(
            url=url,
            status=int(status),
            body=bytes(reply.content()),
            headers=headers_out,
            fetched_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )
