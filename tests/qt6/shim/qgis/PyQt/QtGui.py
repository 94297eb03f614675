"""QGIS 4 re-exports PyQt6.QtGui here."""
from PyQt6.QtGui import *  # noqa: F401,F403
