"""Work started in a second thread now and asked for later: no QGIS, no Qt.

numpy's large operations, scipy's KD-tree and QGIS's writer release Python's lock, so on a
second core such work runs beside the caller's. ``Ahead`` is the one way the analyses do that.
"""
import threading


class Ahead:
    """``function(*args)`` started in a daemon thread now; ``result()`` waits for it and returns
    its value (or raises its error), ``wait(seconds)`` tells whether it has ended by then."""

    def __init__(self, function, *args):
        self._value = self._error = None
        self._thread = threading.Thread(target=self._run, args=(function, args), name="rksd-ahead", daemon=True)
        self._thread.start()

    def _run(self, function, args):
        try:
            self._value = function(*args)
        except BaseException as error:  # noqa: BLE001 - handed to whoever asks for the result
            self._error = error

    def wait(self, seconds=None):
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def result(self):
        self.wait()
        if self._error is not None:
            raise self._error
        return self._value
