"""Map extents and round scale-bar segments for atlas pages.

``fit_extent`` shows an extent in a map item without changing the item's size (QGIS's
``setExtent`` reshapes the item to the extent's shape).

A scale bar fitted to a width shows lengths like 0,18 km on one page and 0,36 km on the
next. A template's scale bar that carries the custom property ``rksd/nice_segments``
(the RKSD templates do; remove it in the designer to keep your own settings) gets a
1-2-5 length close to ``target_mm`` per segment, in metres below 1 km.
"""
import math

from qgis.core import QgsLayoutItemScaleBar

from ..compat import DISTANCE_KILOMETERS, DISTANCE_METERS, SCALEBAR_SEGMENT_FIXED
from ..qgis_io.render import fit_aspect, number_format

NICE_SEGMENTS = "rksd/nice_segments"


def nice_length(metres):
    """The largest 1-2-5 length (in metres) not above ``metres`` (at least 1 m)."""
    if metres <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(metres))
    for step in (5, 2, 1):
        if step * power <= metres:
            return float(step * power)
    return float(power)


def apply_nice_segments(bar, language="nl", target_mm=11.0):
    if not isinstance(bar, QgsLayoutItemScaleBar) or bar.linkedMap() is None:
        return
    if str(bar.customProperty(NICE_SEGMENTS, "false")).lower() not in ("true", "1"):
        return
    scale = bar.linkedMap().scale()
    if not scale or scale <= 0:
        return
    metres = nice_length(scale * target_mm / 1000.0)
    bar.setSegmentSizeMode(SCALEBAR_SEGMENT_FIXED)
    bar.setNumericFormat(number_format(language))
    if metres * max(bar.numberOfSegments(), 1) >= 1000:
        bar.setUnits(DISTANCE_KILOMETERS)
        bar.setUnitLabel("km")
        bar.setUnitsPerSegment(metres / 1000.0)
    else:
        bar.setUnits(DISTANCE_METERS)
        bar.setUnitLabel("m")
        bar.setUnitsPerSegment(metres)
    bar.update()


def fit_extent(map_item, extent):
    """Show ``extent`` (grown to the item's shape) in ``map_item``; the item keeps its size."""
    rect = map_item.rect()
    if rect.width() > 0 and rect.height() > 0 and not extent.isEmpty():
        map_item.setExtent(fit_aspect(extent, rect.width() / rect.height()))
