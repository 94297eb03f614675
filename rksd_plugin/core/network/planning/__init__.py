"""Planning voorzieningen: which sites to keep, close or add (no QGIS, plain numpy).

Built on the same road graph, snapping and shortest-path search as the reachability
analysis (``core.network``), so a distance here is the distance ``rksd:bereikbaarheid``
reports. Each module has one job:

- ``demand``     demand where people live: area counts spread over weighting points
- ``costs``      the demand-to-site distance matrix (one search per site) and nearest sites
- ``scenario``   before/after per point and per area, threshold crossings of a target group
- ``closure``    what closing each existing site alone would cost, ranked
- ``pmedian``    least demand-weighted distance: greedy + swap heuristic, Lagrangian bound
- ``covering``   most demand within a distance / fewest sites for a share: heuristics, bounds
- ``exact``      the same three problems as mixed-integer programs (scipy's HiGHS ``milp``)
- ``choose``     one entry point: exact where the size allows, else heuristic + proven bound
"""
