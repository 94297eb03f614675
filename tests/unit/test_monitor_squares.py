"""CBS's 100 m squares from a real MapServer WFS on loopback, as PDOK serves them per year.

MapServer serves Ermelo's real squares (tests/fixtures/samples, 925 squares, 7 secret)
as ``vierkantstatistieken100m:vierkant_100m``; the client pages through them by bbox."""
import csv
import os

from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.monitor import squares, weights
from tests.support import mapserver_wfs
from tests.support.loopback import LoopbackServer
from tests.support.mapserver_years import MapServerYears

FIXTURE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "samples",
                       "cbs_vierkant100m_ermelo_harderwijk_zeewolde", "ermelo_squares.csv")


def square_features():
    with open(FIXTURE, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    features = []
    for row in rows:
        x, y = weights.square_corner(row["c28992r100"])
        ring = [[x, y], [x + 100, y], [x + 100, y + 100], [x, y + 100], [x, y]]
        features.append(({"c28992r100": row["c28992r100"], "aantal_inwoners": int(row["aantal_inwoners"])},
                         {"type": "Polygon", "coordinates": [ring]}))
    return rows, features


def test_squares_from_the_wfs_by_bbox_with_paging(catalog, tmp_path):
    rows, features = square_features()
    host = MapServerYears(str(tmp_path / "ms"), {}, {}, squares={2021: features})
    config = dict(catalog.monitor["population_squares"], years=[2021])
    with LoopbackServer({"service.pdok.nl": host}) as server:
        transport = Transport(fetcher=RequestsFetcher(), endpoint_overrides=server.overrides(), retries=0)
        surface = squares.fetch(transport, config, 2022, (166000, 472000, 181000, 483000))
    assert surface.source == weights.POPULATION_SQUARES
    assert mapserver_wfs.available()
    assert len(surface.squares) == 925  # fewer than a page of 1000: one request
    assert surface.total == 25935 and surface.secret == 7
    assert surface.provenance["year"] == 2021 and len(surface.provenance["requests"]) == 1
    assert "typeNames=vierkantstatistieken100m%3Avierkant_100m" in surface.provenance["requests"][0] or \
        "typeNames=vierkantstatistieken100m:vierkant_100m" in surface.provenance["requests"][0]
    assert host.calls == ["/cbs/vierkantstatistieken100m/2021/wfs/v1_0"]


def test_the_squares_year_nearest_to_the_figures():
    config = {"years": [2019, 2021, 2023]}
    assert squares.year_for(config, 2020) == 2019  # a tie goes to the earlier
    assert squares.year_for(config, 2017) == 2019
    assert squares.year_for(config, 2024) == 2023
    assert weights.square_corner("E158300N493500") == weights.square_corner("E1583N4935") == (158300.0, 493500.0)
