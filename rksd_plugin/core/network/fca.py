"""Zorgvraag en aanbod: the two-step floating catchment area method (2SFCA).

Step 1, per supply location j: R_j = S_j / sum(D_i · W(d_ij)) over demand locations i
within the catchment d0 (S = capacity, D = demand). Step 2, per demand location i:
A_i = sum(R_j · W(d_ij)) over supply within d0: the capacity available per unit of
demand, accounting for competition between demand locations (Luo & Wang 2003). With
``decay='gaussian'`` W follows the Gaussian 2SFCA of Dai (2010); otherwise W = 1.

The gap compares A_i with the gemeente-wide ratio (total capacity / total demand) and
the demand with its median, giving four classes; ``shortfall`` is the capacity an area
lacks to reach the gemeente-wide ratio.
"""
import numpy as np

NONE, GAUSSIAN = "none", "gaussian"

GAP_HIGH_DEMAND_LOW_ACCESS = 1
GAP_HIGH_DEMAND_ENOUGH = 2
GAP_LOW_DEMAND_LOW_ACCESS = 3
GAP_LOW_DEMAND_ENOUGH = 4
GAP_UNKNOWN = 0


def decay_weight(distance, catchment, decay=NONE):
    distance = np.asarray(distance, dtype=np.float64)
    if decay == GAUSSIAN:
        edge = np.exp(-0.5)
        return np.clip((np.exp(-0.5 * (distance / catchment) ** 2) - edge) / (1.0 - edge), 0.0, 1.0)
    return np.ones_like(distance)


def two_step_fca(o, f, d, demand, capacity, catchment, decay=NONE):
    """Access A (capacity per unit demand) per demand location and ratio R per supply.

    ``o, f, d`` are the (demand, supply, distance) pairs within ``catchment``. Demand
    that is missing (NaN) neither competes nor gets a result (A = NaN). Supply that no
    demand can reach gets R = NaN (reported, not spread).
    """
    demand = np.asarray(demand, dtype=np.float64)
    capacity = np.nan_to_num(np.asarray(capacity, dtype=np.float64), nan=0.0)
    o, f, d = np.asarray(o, dtype=np.int64), np.asarray(f, dtype=np.int64), np.asarray(d, dtype=np.float64)
    keep = (d <= catchment) & np.isfinite(demand[o])
    o, f, d = o[keep], f[keep], d[keep]
    w = decay_weight(d, catchment, decay)
    weighted_demand = np.bincount(f, weights=np.maximum(demand[o], 0.0) * w, minlength=capacity.size)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(weighted_demand > 0, capacity / weighted_demand, np.nan)
    contribution = np.where(np.isfinite(ratio[f]), ratio[f] * w, 0.0)
    access = np.bincount(o, weights=contribution, minlength=demand.size)
    access = np.where(np.isfinite(demand), access, np.nan)
    return access, ratio


def gap_classes(demand, access, reference_ratio, demand_threshold=None):
    """Class per area (1-4, 0 unknown), threshold, and shortfall in capacity units.

    High demand: at or above ``demand_threshold`` (default: the median demand). Low
    access: below ``reference_ratio`` (total capacity / total demand).
    """
    demand = np.asarray(demand, dtype=np.float64)
    access = np.asarray(access, dtype=np.float64)
    known = np.isfinite(demand) & np.isfinite(access)
    if demand_threshold is None:
        demand_threshold = float(np.median(demand[known])) if known.any() else np.nan
    high = demand >= demand_threshold
    low = access < reference_ratio
    cls = np.full(demand.size, GAP_UNKNOWN, dtype=np.int8)
    cls[known & high & low] = GAP_HIGH_DEMAND_LOW_ACCESS
    cls[known & high & ~low] = GAP_HIGH_DEMAND_ENOUGH
    cls[known & ~high & low] = GAP_LOW_DEMAND_LOW_ACCESS
    cls[known & ~high & ~low] = GAP_LOW_DEMAND_ENOUGH
    shortfall = np.where(known, np.maximum(reference_ratio - access, 0.0) * demand, np.nan)
    return cls, demand_threshold, shortfall
