"""Run the plugin's pure-Qt widgets under PyQt6 (from PyPI), as QGIS 4 will.

This folder is run by ``make test`` with the interpreter of ``.venv-qt6`` (no QGIS, no
system site packages), ``--confcutdir`` keeping the QGIS conftests away. ``qgis.PyQt`` is
the shim next to this file: PyQt6's modules re-exported, as in a QGIS 4 build.
"""
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path[:0] = [os.path.join(HERE, "shim"), ROOT]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qapp():
    from PyQt6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    yield app


@pytest.fixture(scope="session")
def catalog():
    from rksd_plugin.core.catalog import Catalog

    return Catalog.load()
