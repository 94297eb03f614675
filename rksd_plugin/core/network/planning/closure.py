"""Which site matters: what closing each existing site alone would cost.

Closing site f only moves the demand whose nearest site is f, and each such point then
goes to its second-nearest site. So the nearest and second-nearest site per point (one
search per site, streamed) answer the question for every site at once: the extra
demand-weighted distance, the target group pushed beyond the threshold, and the demand
left without any reachable site. Ranked: the site whose closure costs most first.
"""
from collections import namedtuple

import numpy as np

Closure = namedtuple("Closure", "served extra_total extra_mean pushed_over no_alternative rank")
Closure.__doc__ = """Per site: weight served, extra weighted distance, its mean per served unit, weight pushed
beyond the threshold, weight without any other reachable site, rank (1 = costs most)."""


BY_DISTANCE, BY_THRESHOLD = "distance", "threshold"


def closure_impact(d1, s1, d2, weight, n_sites, threshold, by=BY_DISTANCE):
    """``Closure`` arrays (length ``n_sites``) from nearest/second-nearest per demand point.

    Ranked by the demand left without any site first (it has no finite extra distance),
    then by the extra weighted distance (``by='distance'``) or by the weight pushed beyond
    the threshold (``by='threshold'``), the other one breaking ties."""
    d1 = np.asarray(d1, dtype=np.float64)
    d2 = np.asarray(d2, dtype=np.float64)
    s1 = np.asarray(s1, dtype=np.int64)
    weight = np.nan_to_num(np.asarray(weight, dtype=np.float64), nan=0.0)
    served_mask = (s1 >= 0) & np.isfinite(d1)
    site = s1[served_mask]
    w = weight[served_mask]
    first, second = d1[served_mask], d2[served_mask]
    alternative = np.isfinite(second)
    served = np.bincount(site, weights=w, minlength=n_sites)
    extra = np.bincount(site[alternative], weights=w[alternative] * (second[alternative] - first[alternative]),
                        minlength=n_sites)
    crosses = (first <= threshold) & ~(alternative & (second <= threshold))
    pushed = np.bincount(site[crosses], weights=w[crosses], minlength=n_sites)
    lost = np.bincount(site[~alternative], weights=w[~alternative], minlength=n_sites)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(served > 0, extra / served, np.nan)
    keys = (-extra, -pushed) if by == BY_THRESHOLD else (-pushed, -extra)
    order = np.lexsort((np.arange(n_sites),) + keys + (-lost,))
    rank = np.empty(n_sites, dtype=np.int64)
    rank[order] = np.arange(1, n_sites + 1)
    return Closure(served, extra, mean, pushed, lost, rank)
