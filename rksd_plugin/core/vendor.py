"""Make the libraries bundled in the release zip (``ext_libs``) importable.

The release zip carries cbsodata (pure Python) because QGIS does not ship it. In a
development checkout it comes from the virtual environment instead.
"""
import os
import sys

_EXT_LIBS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "ext_libs")


def ensure_vendored_importable():
    if os.path.isdir(_EXT_LIBS) and _EXT_LIBS not in sys.path:
        sys.path.append(_EXT_LIBS)
