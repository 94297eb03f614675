"""Reachability of facilities per origin: nearest (per category), which one, counts.

One call answers everything for all origins: snap once, one multi-source search per
category, one bounded search per facility for the radius counts. Each origin gets an
explicit status, so an origin that cannot reach any facility is reported as such and
never as a silent 0 or infinity.
"""
import numpy as np

from . import backend as _backend
from ..ahead import Ahead
from ..errors import Cancelled
from .euclid import StraightLine
from .network_reach import NetworkReach
from .snap import SegmentIndex, spatial_order

SPATIAL_ORDER_FROM = 10_000  # origins; fewer fit in the caches in any order
THREAD_FROM = 10_000  # origins; below this a second thread costs more than it saves

OK, BEYOND_MAX, NO_CONNECTION = 0, 1, 2
NETWORK, STRAIGHT_LINE = "network", "straight_line"


class GroupResult:
    """Nearest-facility figures for one category (``key`` None: all facilities)."""

    def __init__(self, key, n):
        self.key = key
        self.network = None  # metres along roads between the snapped points (network mode)
        self.time = None  # minutes, fastest route (only with speeds)
        self.line = np.full(n, np.inf)  # straight-line metres to the nearest facility
        self.facility = np.full(n, -1, dtype=np.int64)
        self.status = np.zeros(n, dtype=np.int8)
        self.counts = {}  # radius -> number of facilities within it

    @property
    def distance(self):
        """The distance the analysis stands on: network if computed, else straight line."""
        return self.network if self.network is not None else self.line


class Reachability:
    def __init__(self, method, backend, n_origins, n_facilities):
        self.method = method
        self.backend = backend
        self.n_origins = n_origins
        self.n_facilities = n_facilities
        self.groups = {}
        self.origin_snap = None
        self.facility_snap = None

    def summary(self):
        """Counts per group: reachable, beyond the maximum, without a network connection."""
        out = {}
        for key, group in self.groups.items():
            out["all" if key is None else str(key)] = {
                "ok": int((group.status == OK).sum()),
                "beyond_max": int((group.status == BEYOND_MAX).sum()),
                "no_connection": int((group.status == NO_CONNECTION).sum()),
            }
        return out


def _check(cancelled):
    if cancelled is not None and cancelled():
        raise Cancelled()


def category_groups(categories):
    """{category: facility indices} for the non-empty category values, in sorted order."""
    if categories is None:
        return {}
    values = np.asarray(["" if c is None else str(c) for c in categories], dtype=object)
    groups = {}
    for value in sorted(set(values.tolist())):
        if value.strip():
            groups[value] = np.nonzero(values == value)[0]
    return groups


def analyse(origin_xy, facility_xy, categories=None, radii=(), max_distance=np.inf, graph=None,
            with_time=False, default_speed=50.0, backend=None, progress=None, cancelled=None, index=None):
    """Reachability of ``facility_xy`` from every ``origin_xy`` (both N×2, metres).

    With ``graph`` (a ``RoadGraph``) distances run over the roads, else straight line only;
    ``index``, its ``SegmentIndex``, when the caller has built it already.
    ``radii`` are counted with the same distance; ``max_distance`` limits the nearest
    search (farther: status BEYOND_MAX, distance reported as missing).
    """
    backend = _backend.resolve(backend)
    report = progress or (lambda fraction: None)
    origin_xy = np.asarray(origin_xy, dtype=np.float64).reshape(-1, 2)
    facility_xy = np.asarray(facility_xy, dtype=np.float64).reshape(-1, 2)
    n, n_fac = len(origin_xy), len(facility_xy)
    result = Reachability(NETWORK if graph is not None else STRAIGHT_LINE, backend, n, n_fac)
    groups = {None: np.arange(n_fac)}
    groups.update(category_groups(categories))
    radii = sorted(float(r) for r in radii)
    line = StraightLine(facility_xy, backend)
    if graph is not None and index is None:
        index = SegmentIndex.for_graph(graph, backend)
    # origins in spatial order while computing (every lookup per origin then runs through
    # memory in order, not at random); the results go back to the caller's order at the end
    order = None
    if n >= SPATIAL_ORDER_FROM:
        order = index.cell_order(origin_xy) if index is not None else spatial_order(origin_xy, 100.0)
        origin_xy = origin_xy[order]
    early = _StraightLineAhead(line, origin_xy, groups[None], backend, graph is not None and n >= THREAD_FROM)
    reach = None
    try:
        if graph is not None:
            result.origin_snap = index.snap(origin_xy)
            _check(cancelled)
            result.facility_snap = index.snap(facility_xy)
            reach = NetworkReach(graph, "length", default_speed, backend)
            timed = NetworkReach(graph, "time", default_speed, backend) if with_time else None
            component = graph.components()
            origin_component = component[graph.seg_u[result.origin_snap.seg]]
            facility_component = component[graph.seg_u[result.facility_snap.seg]]
        report(0.15)
        steps = len(groups)
        for step, (key, which) in enumerate(groups.items()):
            _check(cancelled)
            group = GroupResult(key, n)
            line_d, line_f = early.result() if key is None else line.nearest(origin_xy, which)
            group.line = line_d
            if reach is None:
                within = np.isfinite(line_d) & (line_d <= max_distance)
                group.facility = np.where(within, line_f, -1)
                group.line = np.where(within, line_d, np.inf)
                group.status[~within] = BEYOND_MAX
            else:
                net_d, net_f = reach.nearest(result.origin_snap, result.facility_snap, which, max_distance)
                group.network, group.facility = net_d, net_f
                missing = ~np.isfinite(net_d)
                connected = np.isin(origin_component, np.unique(facility_component[which]))
                group.status[missing & connected] = BEYOND_MAX
                group.status[missing & ~connected] = NO_CONNECTION
                if timed is not None:
                    seconds, _ = timed.nearest(result.origin_snap, result.facility_snap, which)
                    group.time = seconds / 60.0
            result.groups[key] = group
            report(0.15 + 0.35 * (step + 1) / steps)
        if radii:
            largest = radii[-1]

            def sub_progress(fraction):
                report(0.5 + 0.45 * fraction)

            if reach is None:
                o, f, d = line.pairs_within(origin_xy, largest)
            else:
                o, f, d = reach.pairs_within(result.origin_snap, result.facility_snap, largest,
                                             progress=sub_progress, cancelled=cancelled)
            fac_group = {}
            for key, which in groups.items():
                member = np.zeros(n_fac, dtype=bool)
                member[which] = True
                fac_group[key] = member
            for key, group in result.groups.items():
                member = fac_group[key][f]
                for radius in radii:
                    hit = member & (d <= radius)
                    group.counts[radius] = np.bincount(o[hit], minlength=n).astype(np.int64)
        if order is not None:
            _restore_order(result, order)
        report(1.0)
        return result
    finally:
        early.close()


class _StraightLineAhead:
    """The straight-line nearest facility of every origin, computed while the origins are snapped.

    scipy's KD-tree query releases the GIL, so on a second core it costs the snapping
    (numpy, one core) nothing; without scipy, or for few origins, it runs in line when asked.
    """

    def __init__(self, line, origin_xy, which, backend, wanted):
        self.line, self.origin_xy, self.which = line, origin_xy, which
        self.pending = Ahead(line.nearest, origin_xy, which) if wanted and backend == _backend.SCIPY else None

    def result(self):
        if self.pending is not None:
            return self.pending.result()
        return self.line.nearest(self.origin_xy, self.which)

    def close(self):
        if self.pending is not None:
            self.pending.wait()


def _restore_order(result, order):
    """Every per-origin array of ``result`` back from position ``i`` to origin ``order[i]``."""
    def back(values):
        if values is None:
            return None
        out = np.empty_like(values)
        out[order] = values
        return out

    if result.origin_snap is not None:
        result.origin_snap = type(result.origin_snap)(*(back(v) for v in result.origin_snap))
    for group in result.groups.values():
        group.network, group.time, group.line = back(group.network), back(group.time), back(group.line)
        group.facility, group.status = back(group.facility), back(group.status)
        group.counts = {radius: back(counts) for radius, counts in group.counts.items()}
