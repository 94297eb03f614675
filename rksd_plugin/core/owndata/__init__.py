"""The gemeente's own data: own facilities and own counts, with disclosure control (pure Python).

Nothing here imports QGIS, Qt or GDAL. Person-level records only pass through
``records`` (aggregated in memory) and are never returned, stored or logged; every
figure that leaves this package has been through ``disclosure``.
"""
