"""Which computation backend is used: scipy (fast) or plain numpy/heapq (slower).

scipy ships with QGIS on Windows and most Linux packages, but not everywhere; the
analyses must still work without it. ``RKSD_NO_SCIPY=1`` forces the fallback (tests).
"""
import os

SCIPY = "scipy"
PYTHON = "python"


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    return text


NOTE_SCIPY = QT_TRANSLATE_NOOP("RksdNetwork", "Computed with scipy (spatial index and shortest paths in compiled code).")
NOTE_PYTHON = QT_TRANSLATE_NOOP(
    "RksdNetwork",
    "scipy is not available: computed with the pure Python/numpy fallback. The results are "
    "the same, but large networks take much longer. Install scipy to speed this up.",
)


def scipy_available():
    if os.environ.get("RKSD_NO_SCIPY") == "1":
        return False
    try:
        import scipy.sparse.csgraph  # noqa: F401
        import scipy.spatial  # noqa: F401
    except ImportError:
        return False
    return True


def resolve(backend=None):
    """``backend`` if given (``'scipy'``/``'python'``), else the best available."""
    if backend in (SCIPY, PYTHON):
        if backend == SCIPY and not scipy_available():
            return PYTHON
        return backend
    return SCIPY if scipy_available() else PYTHON


def note(backend):
    return NOTE_SCIPY if resolve(backend) == SCIPY else NOTE_PYTHON
