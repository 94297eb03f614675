"""Scenarios: the same demand, the base set of sites and each scenario's set, side by side.

Per demand point: the distance before and after, the change, and whether the point
crosses the threshold (``+1``: now within it, ``-1``: now beyond it, ``0``: no change
of side). A point that no site can reach is beyond every threshold and has no distance
(NaN), never 0. Per area (buurt) and for the whole: the weighted mean distance before
and after, the weight within the threshold, and how much of the target group crosses
the threshold either way.
"""
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

import numpy as np

BETTER, SAME, WORSE = 1, 0, -1


@dataclass
class ScenarioSpec:
    """What a scenario changes: base sites it closes, candidate sites it adds (indices)."""

    name: str
    closed: List[int] = field(default_factory=list)
    added: List[int] = field(default_factory=list)


@dataclass
class PointChange:
    after: np.ndarray
    site_after: np.ndarray
    change: np.ndarray
    crossing: np.ndarray


@dataclass
class ScenarioComparison:
    threshold: float
    before: np.ndarray
    site_before: np.ndarray
    scenarios: "OrderedDict[str, PointChange]"
    summary: Dict[str, dict]
    areas: Dict[str, Dict[str, np.ndarray]]


def point_change(before, after, threshold):
    """Change (after - before, NaN where either is unknown) and threshold crossing per point."""
    before = np.asarray(before, dtype=np.float64)
    after = np.asarray(after, dtype=np.float64)
    within_before = np.isfinite(before) & (before <= threshold)
    within_after = np.isfinite(after) & (after <= threshold)
    crossing = np.where(within_after & ~within_before, BETTER, np.where(within_before & ~within_after, WORSE, SAME))
    with np.errstate(invalid="ignore"):
        change = np.where(np.isfinite(before) & np.isfinite(after), after - before, np.nan)
    return change, crossing.astype(np.int8)


def figures(distance, weight, threshold, area=None, n_areas=0):
    """Weighted mean distance (over points with one), weight within the threshold, totals.

    Per area when ``area`` is given (arrays of length ``n_areas``), else for the whole."""
    distance = np.asarray(distance, dtype=np.float64)
    weight = np.nan_to_num(np.asarray(weight, dtype=np.float64), nan=0.0)
    known = np.isfinite(distance)
    within = known & (distance <= threshold)
    if area is None:
        area, n_areas = np.zeros(distance.size, dtype=np.int64), 1
    inside = area >= 0
    a = area[inside]

    def total(mask, values=None):
        values = weight if values is None else values
        return np.bincount(a[mask[inside]], weights=values[inside][mask[inside]], minlength=n_areas)

    all_weight = total(np.ones(distance.size, dtype=bool))
    known_weight = total(known)
    sum_wd = total(known, weight * np.where(known, distance, 0.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(known_weight > 0, sum_wd / known_weight, np.nan)
        share = np.where(all_weight > 0, 100.0 * total(within) / all_weight, np.nan)
    return {"weight": all_weight, "mean": mean, "within": total(within), "share_within": share,
            "unreached": all_weight - known_weight}


def compare(before, site_before, afters: Dict[str, Tuple[np.ndarray, np.ndarray]], weight, threshold,
            area=None, n_areas=0):
    """The side-by-side comparison of every scenario with the base (see module doc)."""
    weight = np.asarray(weight, dtype=np.float64)
    clean = np.nan_to_num(weight, nan=0.0)
    base_all = figures(before, weight, threshold)
    base_area = figures(before, weight, threshold, area, n_areas) if area is not None else None
    scenarios = OrderedDict()
    summary, areas = OrderedDict(), OrderedDict()
    for name, (after, site_after) in afters.items():
        change, crossing = point_change(before, after, threshold)
        scenarios[name] = PointChange(np.asarray(after, dtype=np.float64), np.asarray(site_after), change, crossing)
        after_all = figures(after, weight, threshold)
        summary[name] = {
            "weight": float(base_all["weight"][0]),
            "mean_before": float(base_all["mean"][0]), "mean_after": float(after_all["mean"][0]),
            "within_before": float(base_all["within"][0]), "within_after": float(after_all["within"][0]),
            "share_within_before": float(base_all["share_within"][0]),
            "share_within_after": float(after_all["share_within"][0]),
            "worse": float(clean[crossing == WORSE].sum()), "better": float(clean[crossing == BETTER].sum()),
            "unreached_before": float(base_all["unreached"][0]), "unreached_after": float(after_all["unreached"][0]),
            "weighted_change": float(np.nansum(clean * np.nan_to_num(change, nan=0.0))),
        }
        if area is not None:
            after_area = figures(after, weight, threshold, area, n_areas)
            inside = area >= 0
            worse = np.bincount(area[inside & (crossing == WORSE)], weights=clean[inside & (crossing == WORSE)],
                                minlength=n_areas)
            better = np.bincount(area[inside & (crossing == BETTER)], weights=clean[inside & (crossing == BETTER)],
                                 minlength=n_areas)
            areas[name] = {
                "weight": base_area["weight"], "mean_before": base_area["mean"], "mean_after": after_area["mean"],
                "change": after_area["mean"] - base_area["mean"],
                "share_within_before": base_area["share_within"], "share_within_after": after_area["share_within"],
                "worse": worse, "better": better,
            }
    return ScenarioComparison(float(threshold), np.asarray(before, dtype=np.float64), np.asarray(site_before),
                              scenarios, summary, areas)


def site_sets(n_base, specs):
    """The open sites of the base and of every scenario (base sites first, then candidates).

    Candidate ``c`` is site ``n_base + c``. Returns (base sites, {name: sites})."""
    base = np.arange(n_base, dtype=np.int64)
    out = OrderedDict()
    for spec in specs:
        keep = np.setdiff1d(base, np.asarray(spec.closed, dtype=np.int64))
        added = n_base + np.asarray(sorted(set(spec.added)), dtype=np.int64)
        out[spec.name] = np.concatenate([keep, added]).astype(np.int64)
    return base, out


def parse_membership(values, default_name):
    """Per feature the scenario names it belongs to, from a field's values.

    Text: names separated by ';' (a name may hold a comma). Numbers or booleans: true/non-zero means the one
    scenario ``default_name``. Empty, 0, false, NULL: none."""
    out = []
    for value in values:
        if value is None:
            out.append([])
            continue
        if isinstance(value, bool):
            out.append([default_name] if value else [])
            continue
        if isinstance(value, (int, float)):
            out.append([default_name] if value == value and value != 0 else [])
            continue
        text = str(value).strip()
        if text.lower() in ("", "0", "false", "nee", "no", "null"):
            out.append([])
        elif text.lower() in ("1", "true", "ja", "yes", "x"):
            out.append([default_name])
        else:
            out.append([part.strip() for part in text.split(";") if part.strip()])
    return out


def specs_from_membership(closed_by, added_by, n_candidates, default_name):
    """ScenarioSpecs from per-feature scenario names (``parse_membership`` lists).

    ``added_by`` None: every scenario adds every candidate. Scenario order: first
    appearance, base sites first. Without any name at all: one scenario ``default_name``
    that closes nothing and adds every candidate."""
    names = []
    for lists in (closed_by, added_by or []):
        for items in lists:
            for name in items:
                if name not in names:
                    names.append(name)
    if not names:
        names = [default_name]
    specs = []
    for name in names:
        closed = [i for i, items in enumerate(closed_by) if name in items]
        added = list(range(n_candidates)) if added_by is None else [i for i, items in enumerate(added_by) if name in items]
        specs.append(ScenarioSpec(name, closed, added))
    return specs
