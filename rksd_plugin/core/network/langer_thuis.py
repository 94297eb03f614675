"""Geschikt om langer thuis te wonen: a weighted score of distances to daily facilities.

Each component (supermarkt, huisarts, apotheek, ontmoeting/zorg, fysio, OV-halte) gets
points by distance class: with the default thresholds 500 m / 1 km / 3 km the classes
≤ 500 m, 500 m-1 km, 1-3 km and > 3 km score 100, 67, 33 and 0. The score is the
weighted mean of the components that are known for that place (weights renormalised),
so a missing figure lowers neither the score nor hides: the missing components are
listed. Default weights follow published practice (supermarkt 52, huisarts 12,
apotheek 12, ontmoeting/zorg 12, fysio 6); OV 6 is an RKSD default that makes the
total 100. All are parameters.
"""
import numpy as np

from .defaults import COMPONENTS, DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS  # noqa: F401 - re-exported
# score classes (lower bound of the score, code); labels live in the QGIS layer
CLASS_BOUNDS = ((75.0, 1), (50.0, 2), (25.0, 3), (0.0, 4))
CLASS_UNKNOWN = 0


def distance_points(distance_m, thresholds=DEFAULT_THRESHOLDS):
    """Points 0-100 per distance: 100 in the first class, 0 beyond the last threshold."""
    distance_m = np.asarray(distance_m, dtype=np.float64)
    thresholds = np.asarray(sorted(thresholds), dtype=np.float64)
    steps = thresholds.size
    cls = np.searchsorted(thresholds, distance_m, side="left")  # d <= t0 -> 0
    points = 100.0 * (steps - cls) / steps
    return np.where(np.isfinite(distance_m), points, np.nan)


def combine(points, weights):
    """Weighted mean of {component: points 0-100 (NaN unknown)} per place.

    Returns (score, weight used per place, list of missing component names per place).
    Components with weight 0 are reported as missing when unknown but never scored.
    """
    names = list(points)
    n = len(next(iter(points.values()))) if points else 0
    total = np.zeros(n)
    used = np.zeros(n)
    missing = [[] for _ in range(n)]
    for name in names:
        weight = float(weights.get(name, 0.0) or 0.0)
        p = np.asarray(points[name], dtype=np.float64)
        known = np.isfinite(p)
        for row in np.nonzero(~known)[0]:
            missing[row].append(name)
        if weight <= 0:
            continue
        total += np.where(known, p * weight, 0.0)
        used += np.where(known, weight, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        result = np.where(used > 0, total / used, np.nan)
    return result, used, missing


def score(components, weights, thresholds=DEFAULT_THRESHOLDS):
    """Weighted score 0-100 from {component: distance in metres (NaN unknown)}.

    Returns (score, points per component, weight used per place, missing names per place).
    """
    points = {name: distance_points(components[name], thresholds) for name in components}
    result, used, missing = combine(points, weights)
    return result, points, used, missing


def share_points(percentage, higher_is_better=True):
    """A percentage (0-100, e.g. a dwelling-stock share) as points; NaN stays unknown."""
    value = np.clip(np.asarray(percentage, dtype=np.float64), 0.0, 100.0)
    return value if higher_is_better else 100.0 - value


def score_class(values):
    """Class code per score: 1 (>= 75) ... 4 (< 25), 0 where the score is unknown."""
    values = np.asarray(values, dtype=np.float64)
    cls = np.full(values.size, CLASS_UNKNOWN, dtype=np.int8)
    for lower, code in reversed(CLASS_BOUNDS):
        cls[np.isfinite(values) & (values >= lower)] = code
    return cls


def attention(score_values, share_elderly, reference=None, score_limit=50.0):
    """1 where the share of older people is at least ``reference`` (default: median) and
    the score is below ``score_limit``; 0 otherwise; -1 where either is unknown."""
    s = np.asarray(score_values, dtype=np.float64)
    e = np.asarray(share_elderly, dtype=np.float64)
    known = np.isfinite(s) & np.isfinite(e)
    if reference is None:
        reference = float(np.median(e[known])) if known.any() else np.nan
    flag = np.where(known, ((e >= reference) & (s < score_limit)).astype(np.int8), -1).astype(np.int8)
    return flag, reference
