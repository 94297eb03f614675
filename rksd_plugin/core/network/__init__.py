"""Road-network and straight-line accessibility, in plain numpy (no QGIS).

The analyses of question 4 and 5 (reachability of facilities, "geschikt om langer thuis
te wonen", zorgvraag versus aanbod) all rest on the same few steps, each in its own
module:

- ``graph``      the road graph from plain polyline arrays (nodes, segments, one-way, speed)
- ``snap``       every point onto the nearest road *segment* (not node), with a spatial index
- ``search``     one multi-source shortest-path search (scipy, or a heapq fallback)
- ``network_reach`` / ``euclid``  nearest facility and facilities within a radius
- ``reachability`` the per-origin result with an explicit status (never a silent 0/inf)
- ``aggregate``  population-weighted figures per area (buurt)
- ``fca``        two-step floating catchment area (2SFCA) and the gap classes
- ``langer_thuis`` the "geschikt om langer thuis te wonen" score

scipy is optional: without it everything still works (more slowly) and ``backend``
says so.
"""
