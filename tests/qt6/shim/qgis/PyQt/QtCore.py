"""QGIS 4 re-exports PyQt6.QtCore here."""
from PyQt6.QtCore import *  # noqa: F401,F403
