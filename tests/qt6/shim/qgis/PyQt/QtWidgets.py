"""QGIS 4 re-exports PyQt6.QtWidgets here."""
from PyQt6.QtWidgets import *  # noqa: F401,F403
