"""The QGIS temporal controller on a series' per-year layers: play the years.

Each year's own layer (``buurten_2017`` ...) gets a fixed temporal range, the whole
year; the project's time settings span the series in steps of one year. The user
presses play in the temporal controller and sees the buurten of each year on their own
indeling, one year after the other.
"""
from qgis.core import QgsDateTimeRange, QgsInterval
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from .. import compat


def year_range(year):
    start = QDateTime(QDate(int(year), 1, 1), QTime(0, 0, 0))
    end = QDateTime(QDate(int(year), 12, 31), QTime(23, 59, 59))
    return QgsDateTimeRange(start, end)


def set_layer_year(layer, year):
    """Show ``layer`` only while the temporal controller is in ``year``."""
    properties = layer.temporalProperties()
    properties.setMode(compat.VECTOR_FIXED_TEMPORAL_RANGE)
    properties.setFixedTemporalRange(year_range(year))
    properties.setIsActive(True)


def set_project_years(project, first, last):
    """The project's time range: ``first`` to ``last``, one frame a year."""
    settings = project.timeSettings()
    settings.setTemporalRange(QgsDateTimeRange(year_range(first).begin(), year_range(last).end()))
    if hasattr(settings, "setTimeStep"):
        settings.setTimeStep(1.0)
        settings.setTimeStepUnit(compat.TEMPORAL_YEARS)
    return settings.temporalRange()


def set_canvas_years(canvas, first, last):
    """The map canvas's temporal controller (when there is one) on the series: animated,
    one frame a year, at the first year."""
    controller = canvas.temporalController() if canvas is not None and hasattr(canvas, "temporalController") else None
    if controller is None or not hasattr(controller, "setTemporalExtents"):
        return False
    controller.setTemporalExtents(QgsDateTimeRange(year_range(first).begin(), year_range(last).end()))
    controller.setFrameDuration(QgsInterval(1, compat.TEMPORAL_YEARS))
    controller.setNavigationMode(compat.temporal_navigation_animated())
    controller.setCurrentFrameNumber(0)
    return True
