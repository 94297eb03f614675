"""Build the bundled Maastricht offline sample (resources/sample/maastricht_2024).

Runs the plugin's real clients against a loopback server that answers in the exact
formats of CBS OData v3 and PDOK OGC API, from rows reconstructed out of the real
sample files in tests/fixtures/samples (see tests/support/maastricht.py), and records
the responses in the plugin's own cache format. Developer tool; the output is committed.
"""
import argparse
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from rksd_plugin.core.catalog import Catalog  # noqa: E402
from rksd_plugin.core.http.cache import ResponseCache  # noqa: E402
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher  # noqa: E402
from rksd_plugin.core.http.transport import Transport  # noqa: E402
from rksd_plugin.core.package import CACHE_DIR, write_manifest  # noqa: E402
from rksd_plugin.core.pdok_client import ServiceMemory  # noqa: E402
from rksd_plugin.core.pipeline import Pipeline  # noqa: E402
from tests.support import maastricht  # noqa: E402
from tests.support.loopback import LoopbackServer  # noqa: E402

DEFAULT_OUT = os.path.join(ROOT, "resources", "sample", "maastricht_2024")


def sample_server():
    return LoopbackServer(maastricht.emulator_hosts())


def build(out):
    if os.path.isdir(os.path.join(out, CACHE_DIR)):
        shutil.rmtree(os.path.join(out, CACHE_DIR))
    catalog = Catalog.load()
    available = sorted(maastricht.SAMPLE_MEASURES)
    with sample_server() as server:
        transport = Transport(
            fetcher=RequestsFetcher(),
            cache=ResponseCache(os.path.join(out, CACHE_DIR)),
            endpoint_overrides=server.overrides(),
            retries=0,
        )
        # a fresh memory: the recorded requests must not depend on what this process met before
        result = Pipeline(transport, catalog, memory=ServiceMemory()).run(
            maastricht.sample_request(national_reference=True))
    write_manifest(
        out,
        {
            "title": "Maastricht (GM0935) 2024 - voorbeeld / sample",
            "gemeente": maastricht.GEMEENTE,
            "year": 2024,
            "available_measures": available,
            "source_tables": maastricht.SAMPLE_SOURCE_TABLES,
            "national_sources": maastricht.SAMPLE_NATIONAL_SOURCES,
            "reconstructed": True,
            "note": "Responses reconstructed from real CBS/PDOK sample data; see README.md.",
        },
    )
    print("sample written to", out)
    print("requests recorded:", len(transport.exchanges))
    print("buurten:", result.summary["layers"]["buurten"]["features"])
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()
    build(args.out)


if __name__ == "__main__":
    main()
