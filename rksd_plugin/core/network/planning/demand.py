"""Demand where people live: counts per area spread over points that say where they live.

CBS publishes a target group per buurt (inwoners, 65+, ...); people do not live at the
buurt's centre. Spreading the count over weighting points inside the buurt (CBS 100 m
squares weighted by their inhabitants, address points, or - lacking both - regular
sample points) puts the demand where the houses are, and keeps the buurt total exact.

A missing or secret count (NaN) stays missing: its points get no weight and are reported,
never a silent 0. An area with a count but no weighting point inside gets one point (its
representative point) carrying the whole count, so no demand is lost.
"""
from collections import namedtuple

import numpy as np

Spread = namedtuple("Spread", "weight area missing_areas empty_areas")
Spread.__doc__ = """Per point weight and area; areas with a missing count; areas without any point."""


def spread_counts(area_count, point_area, point_weight=None):
    """Share each area's count over its points in proportion to ``point_weight``.

    ``point_area``: area index per point (-1: outside every area, weight 0). Points with a
    zero or missing own weight get nothing unless all points of their area have none, in
    which case the area's count is shared equally. Returns ``Spread``.
    """
    count = np.asarray(area_count, dtype=np.float64)
    area = np.asarray(point_area, dtype=np.int64)
    n_areas = count.size
    own = np.ones(area.size) if point_weight is None else np.asarray(point_weight, dtype=np.float64)
    own = np.where(np.isfinite(own) & (own > 0), own, 0.0)
    inside = area >= 0
    total_own = np.bincount(area[inside], weights=own[inside], minlength=n_areas)
    points = np.bincount(area[inside], minlength=n_areas)
    equal = total_own <= 0  # no point carries a weight: share equally among the points
    weight = np.zeros(area.size)
    a = area[inside]
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(equal[a], 1.0 / np.maximum(points[a], 1), own[inside] / np.where(total_own[a] > 0, total_own[a], 1))
    weight[inside] = share * count[a]
    missing = ~np.isfinite(count)
    weight[inside & missing[np.maximum(area, 0)]] = np.nan
    empty = np.nonzero((points == 0) & np.isfinite(count) & (count > 0))[0]
    return Spread(weight, area, np.nonzero(missing)[0], empty)


def merge_duplicates(xy, weight):
    """Points at the same place as one point with the summed weight (exactly the same problem).

    Returns (unique xy, summed weight, index of the unique point for every input point)."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    weight = np.asarray(weight, dtype=np.float64)
    if len(xy) == 0:
        return xy, weight, np.zeros(0, dtype=np.int64)
    unique, inverse = np.unique(xy, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    return unique, np.bincount(inverse, weights=weight, minlength=len(unique)), inverse
