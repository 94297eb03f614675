"""The monitor: every buurt followed over the years, across boundary changes, and the
gemeente compared with similar gemeenten. Plain Python and numpy (no QGIS).

- ``polygons``   MultiPolygon WKB / GeoJSON into ring arrays
- ``raster``     polygons on a fine grid (scanline fill): overlaps without GEOS
- ``weights``    where people live (CBS 100 m squares, address points), as a grid
- ``crosswalk``  an earlier indeling against the newest: direct, re-coded, re-allocated
- ``carry``      values carried along a crosswalk, each with how it got there
- ``history``    earlier periods a newer table already holds on its own indeling (RIVM)
- ``series``     the years of one gemeente through the one pipeline, into one series
- ``change``     change between two years, and when a change of a model estimate counts
- ``peers``      a peer group of similar gemeenten and the gemeente against it

The method is described in docs/monitor.md.
"""
