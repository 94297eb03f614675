"""Build the bundled Maastricht offline sample (resources/sample/maastricht_2024).

Runs the plugin's real clients against a loopback server that answers in the exact
formats of CBS OData v3 and PDOK's OGC API, and a real MapServer serving PDOK's per-year
WFS, from rows reconstructed out of the real sample files in tests/fixtures/samples (see
tests/support/maastricht.py and maastricht_series.py), and records the responses in the
plugin's own cache format. It records a series run - every year the project has real
figures for (2017, 2021-2024), RIVM's earlier periods from its newest table and the
gemeente rows of all gemeenten for the peer comparison - which includes the single run of
2024 the sample always held. Developer tool; the output is committed.
"""
import argparse
import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from rksd_plugin.core.catalog import Catalog  # noqa: E402
from rksd_plugin.core.http.cache import ResponseCache  # noqa: E402
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher  # noqa: E402
from rksd_plugin.core.http.transport import Transport  # noqa: E402
from rksd_plugin.core.monitor.series import SeriesBuilder  # noqa: E402
from rksd_plugin.core.package import CACHE_DIR, write_manifest  # noqa: E402
from rksd_plugin.core.pdok_client import ServiceMemory  # noqa: E402
from tests.support import maastricht, maastricht_series  # noqa: E402
from tests.support.loopback import LoopbackServer  # noqa: E402

DEFAULT_OUT = os.path.join(ROOT, "resources", "sample", "maastricht_2024")
TITLE = "Maastricht (GM0935) 2017-2024 - voorbeeld / sample"


def manifest(result=None):
    """The sample's manifest: 2024 at the top (what a single run reads), every year in
    ``contents``, and what a series run from the package asks besides the years."""
    contents = []
    for year in maastricht_series.SERIES_YEARS:
        entry = dict(maastricht_series.year_entry(year), gemeente=maastricht.GEMEENTE, name="Maastricht", year=year)
        contents.append(entry)
    newest = next(e for e in contents if e["year"] == 2024)
    return {
        "title": TITLE,
        "gemeente": maastricht.GEMEENTE,
        "year": 2024,
        "available_measures": newest["available_measures"],
        "source_tables": newest["source_tables"],
        "national_sources": newest["national_sources"],
        "contents": sorted(contents, key=lambda e: -e["year"]),
        "series": [{"gemeente": maastricht.GEMEENTE, "years": list(maastricht_series.SERIES_YEARS),
                    "history_tables": {"rivm": dict(maastricht_series.RIVM_2024_TABLE)},
                    "history_measures": {h.source: list(h.asked) for h in (result.histories if result else [])},
                    "peers": True}],
        "reconstructed": True,
        "note": "Responses reconstructed from real CBS/PDOK/RIVM/Politie sample data; see README.md.",
    }


def build(out):
    if os.path.isdir(os.path.join(out, CACHE_DIR)):
        shutil.rmtree(os.path.join(out, CACHE_DIR))
    catalog = Catalog.load()
    with tempfile.TemporaryDirectory() as folder, LoopbackServer(
            maastricht_series.emulator_hosts(os.path.join(folder, "mapserver"), catalog)) as server:
        transport = Transport(
            fetcher=RequestsFetcher(),
            cache=ResponseCache(os.path.join(out, CACHE_DIR)),
            endpoint_overrides=server.overrides(),
            retries=0,
        )
        # a fresh memory: the recorded requests must not depend on what this process met before
        result = SeriesBuilder(transport, catalog, memory=ServiceMemory()).run(maastricht_series.series_request())
    write_manifest(out, manifest(result))
    print("sample written to", out)
    print("requests recorded:", len(transport.exchanges))
    print("years:", result.years, "buurten:", len(result.newest.layers["buurten"].records))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()
    build(args.out)


if __name__ == "__main__":
    main()
