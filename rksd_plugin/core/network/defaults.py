"""Default parameters of the analyses, without numpy (read when the algorithms load).

Weights for "geschikt om langer thuis te wonen" follow published practice (supermarkt 52,
huisarts 12, apotheek 12, ontmoeting/zorg 12, fysio 6); OV 6 is an RKSD default that
makes the total 100. Distance classes: ≤ 500 m, 500 m-1 km, 1-3 km, > 3 km.
"""
from collections import OrderedDict

COMPONENTS = ("supermarkt", "huisarts", "apotheek", "ontmoeting", "fysio", "ov")
DEFAULT_WEIGHTS = OrderedDict(
    [("supermarkt", 52.0), ("huisarts", 12.0), ("apotheek", 12.0), ("ontmoeting", 12.0), ("fysio", 6.0), ("ov", 6.0)]
)
DEFAULT_THRESHOLDS = (500.0, 1000.0, 3000.0)
DEFAULT_RADII = "500;1000;3000"
DEFAULT_CATCHMENT = 1500.0
