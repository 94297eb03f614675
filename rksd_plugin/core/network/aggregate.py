"""Population-weighted figures per area (buurt) from per-point results.

Each point (address, CBS 100 m vierkant centre, or a regular sample point) carries a
weight (inwoners; 1 when unknown) and belongs to at most one area. Points whose distance
is unknown (unreachable, beyond the maximum) count in the area's total weight and in the
"share without a result", never as distance 0.
"""
import numpy as np


def weighted_area_figures(area_index, weight, distance, n_areas, radii=()):
    """Per area: total weight, weight with a distance, weighted mean, % within each radius.

    Returns a dict of arrays (length ``n_areas``); means are NaN where no point has a
    distance, shares are NaN where an area has no weight at all.
    """
    area_index = np.asarray(area_index, dtype=np.int64)
    weight = np.nan_to_num(np.asarray(weight, dtype=np.float64), nan=0.0)
    weight = np.where(weight > 0, weight, 0.0)
    distance = np.asarray(distance, dtype=np.float64)
    inside = area_index >= 0
    a, w, d = area_index[inside], weight[inside], distance[inside]
    known = np.isfinite(d)
    total = np.bincount(a, weights=w, minlength=n_areas)
    known_w = np.bincount(a[known], weights=w[known], minlength=n_areas)
    sum_wd = np.bincount(a[known], weights=w[known] * d[known], minlength=n_areas)
    points = np.bincount(a, minlength=n_areas)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(known_w > 0, sum_wd / known_w, np.nan)
        unknown_share = np.where(total > 0, 100.0 * (total - known_w) / total, np.nan)
    out = {"weight": total, "weight_known": known_w, "mean": mean, "points": points,
           "share_unknown": unknown_share, "within": {}}
    for radius in radii:
        hit = known & (d <= radius)
        within = np.bincount(a[hit], weights=w[hit], minlength=n_areas)
        with np.errstate(invalid="ignore", divide="ignore"):
            out["within"][radius] = np.where(total > 0, 100.0 * within / total, np.nan)
    return out


def weighted_mean_by_area(area_index, weight, values, n_areas):
    """Weighted mean of ``values`` per area over points where the value is known."""
    area_index = np.asarray(area_index, dtype=np.int64)
    weight = np.nan_to_num(np.asarray(weight, dtype=np.float64), nan=0.0)
    weight = np.where(weight > 0, weight, 0.0)
    values = np.asarray(values, dtype=np.float64)
    use = (area_index >= 0) & np.isfinite(values)
    known_w = np.bincount(area_index[use], weights=weight[use], minlength=n_areas)
    sums = np.bincount(area_index[use], weights=weight[use] * values[use], minlength=n_areas)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(known_w > 0, sums / known_w, np.nan)
