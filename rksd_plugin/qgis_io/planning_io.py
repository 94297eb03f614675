"""QGIS layers -> arrays for the planning algorithms (demand, sites), and their outputs.

Reading goes through the reachability analysis's readers (``network_io``), so points,
polygons and CRSs are treated exactly alike: everything is computed in EPSG:28992. What
is new here: demand modelled from counts per area (spread over weighting points), site
sets with their names, and writing rows to a table without geometry.
"""
from dataclasses import dataclass, field as dataclass_field
from typing import List, Optional

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import GEOMETRY_POLYGON, field_type, geometry_type_of
from . import network_io


def tr(text):
    return QCoreApplication.translate("RksdPlanning", text)


def field(name, kind, length=0, precision=0):
    """A ``QgsField`` of ``kind`` ('double', 'int', 'long', 'string') on every QGIS."""
    return QgsField(name, field_type(kind), "", length, precision)


def fields_of(items):
    out = QgsFields()
    for item in items:
        out.append(item)
    return out


@dataclass
class Demand:
    """Demand points in RD with their weight (NaN: missing) and area (-1: none)."""

    xy: object
    weight: object
    area: object
    areas: Optional[object] = None  # network_io.AreaSet of the areas (buurten), if any
    area_source: Optional[object] = None  # the feature source of those areas (for output)
    notes: List[str] = dataclass_field(default_factory=list)
    description: str = ""


class DemandError(ValueError):
    """Demand that cannot be used; the message says what to change."""


def read_demand(demand_source, transform_context, count_field=None, spread_source=None, spread_field=None,
                area_source=None, spacing=100.0, feedback=None):
    """The demand points of a planning run.

    - points: each point with its weight (``count_field``, default 1);
    - polygons (buurten) with a count: the count spread over the ``spread_source`` points
      inside (CBS 100 m squares with inhabitants, address points) in proportion to
      ``spread_field`` (equal without it), or over sample points every ``spacing`` m.
    ``area_source`` (polygons) gives point demand its buurt for the per-buurt figures.
    """
    import numpy as np

    from ..core.network.planning.demand import spread_counts

    context = transform_context
    is_polygon = geometry_type_of(demand_source.wkbType()) == GEOMETRY_POLYGON
    if not is_polygon:
        points = network_io.read_points(demand_source, context, [count_field] if count_field else [], feedback)
        if len(points) == 0:
            raise DemandError(tr("Demand: no feature has a usable geometry."))
        weight = _weights(points, count_field)
        demand = Demand(points.xy, weight, np.full(len(points), -1, dtype=np.int64))
        demand.description = tr("{n} demand points, weight {field}").format(
            n=len(points), field=count_field or tr("1 per point"))
        if area_source is not None:
            areas = network_io.read_areas(area_source, context, (), feedback)
            demand.area = network_io.points_in_areas(points.xy, areas, feedback)
            demand.areas, demand.area_source = areas, area_source
        _note_missing(demand)
        return demand
    areas = network_io.read_areas(demand_source, context, [count_field] if count_field else [], feedback)
    if len(areas) == 0:
        raise DemandError(tr("Demand: no area has a usable geometry."))
    if count_field:
        counts = np.array([np.nan if v is None else v for v in
                           (network_io.number_or_none(x) for x in areas.values[count_field])], dtype=np.float64)
    else:
        counts = np.ones(len(areas))
    if spread_source is not None:
        spread = network_io.read_points(spread_source, context, [spread_field] if spread_field else [], feedback)
        if len(spread) == 0:
            raise DemandError(tr("Spreading layer: no feature has a usable geometry."))
        xy = spread.xy
        own = _weights(spread, spread_field)
        description = tr("{field} per area spread over {n} points of the spreading layer ({weight})").format(
            field=count_field or tr("1 per area"), n=len(spread), weight=spread_field or tr("equal shares"))
    else:
        xy, owner = network_io.grid_points(areas, spacing)
        own = np.ones(len(xy))
        description = tr("{field} per area spread over sample points every {s:g} m (area-weighted)").format(
            field=count_field or tr("1 per area"), s=spacing)
    area = network_io.points_in_areas(xy, areas, feedback) if spread_source is not None else owner
    result = spread_counts(counts, area, own)
    weight = result.weight
    if result.empty_areas.size:  # a count but no point inside: one point carries it all
        extra_xy, extra_area = [], []
        for index in result.empty_areas.tolist():
            point = network_io.representative_point(areas.geometries[index])
            if point is not None:
                extra_xy.append((point.x(), point.y()))
                extra_area.append(index)
        if extra_xy:
            xy = np.vstack([xy, np.asarray(extra_xy)])
            area = np.concatenate([area, np.asarray(extra_area, dtype=np.int64)])
            weight = np.concatenate([weight, counts[np.asarray(extra_area, dtype=np.int64)]])
    outside = int((area < 0).sum())
    keep = area >= 0
    demand = Demand(xy[keep], weight[keep], area[keep], areas, demand_source, description=description)
    if result.empty_areas.size and spread_source is not None:
        demand.notes.append(tr("{n} areas have no point of the spreading layer inside; their count sits at one "
                               "point inside the area.").format(n=int(result.empty_areas.size)))
    if outside:
        demand.notes.append(tr("{n} points of the spreading layer lie outside every area and are not used.").format(
            n=outside))
    if result.missing_areas.size:
        demand.notes.append(tr("{n} areas have no (or a secret) count: their demand is unknown and left out, "
                               "never counted as 0.").format(n=int(result.missing_areas.size)))
    _note_missing(demand, areas_done=True)
    return demand


def _weights(points, field_name):
    import numpy as np

    if not field_name:
        return np.ones(len(points))
    return np.array([np.nan if v is None else v for v in
                     (network_io.number_or_none(x) for x in points.values[field_name])], dtype=np.float64)


def _note_missing(demand, areas_done=False):
    import numpy as np

    missing = int((~np.isfinite(demand.weight)).sum())
    if missing and not areas_done:
        demand.notes.append(tr("{n} demand points have no (or a secret) weight: left out, never counted as 0.").format(
            n=missing))


@dataclass
class Sites:
    """Points of a site layer (existing facilities or candidates): RD xy, ids and names."""

    xy: object
    fids: object
    names: list
    source: object = None


def read_sites(source, transform_context, name_field=None, extra_fields=(), feedback=None):
    """Sites with a display name (the name field, else 'fid <n>') and requested raw values."""
    wanted = [f for f in [name_field] + list(extra_fields) if f]
    points = network_io.read_points(source, transform_context, wanted, feedback)
    if name_field:
        names = [network_io.text_or_none(v) or "fid {}".format(fid)
                 for v, fid in zip(points.values[name_field], points.fids.tolist())]
    else:
        names = ["fid {}".format(fid) for fid in points.fids.tolist()]
    sites = Sites(points.xy, points.fids, names, source)
    sites.values = points.values
    sites.skipped = points.skipped
    return sites


def write_table(sink, fields, rows, feedback=None):
    """Rows without geometry (a side-by-side table)."""
    features = []
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        features.append(feature)
    if features:
        sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
    return True
