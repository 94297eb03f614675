"""`make bench` (monitor part): six years of one gemeente from the cache to a styled series.

The case is SYNTHETIC in its years: Maastricht's real records (the bundled sample's KWB
2024, RIVM 2020, Politie 2021-2024 and polygons) served as each of the KWB tables of
2019-2024, so six years come through the pipeline - the volume of a real six-year
series, not its figures. The boundaries of 2019-2022 come from a real MapServer (PDOK's
per-year WFS), 2023-2024 from the OGC API emulator, all recorded into a cache first (not
timed). Then, each in its own process, from that cache only:

- ``rksd``: the series builder (six runs, crosswalks, series tables) and one styled
  series GeoPackage (per-year layers with their temporal ranges, change layer, styles);
- ``run_per_year_join_by_code``: the obvious alternative - one full run per year, each
  written as a styled GeoPackage (what the dock or ``rksd:ophalen`` writes), then the six
  joined by code into one table (silently wrong where codes were re-used: the reason the
  monitor exists, not measured here).

Printed and written to out/bench/series.json, with the ratio alternative / rksd.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
TARGET_SECONDS = 10.0


def request_for_year(year):
    """The bundled sample's request, for each of the six years (RIVM 2020 pinned)."""
    from rksd_plugin.core.pipeline import RunRequest
    from tests.support import maastricht

    measures = set(maastricht.SAMPLE_KWB_MEASURES) | set(maastricht.SAMPLE_RIVM_MEASURES) | {"misdrijven_totaal"}
    tables = {"rivm": dict(maastricht.SAMPLE_SOURCE_TABLES["rivm"]),
              "politie": {"id": "47018NED", "period": "{}JJ00".format(year), "year": year}}
    return RunRequest(maastricht.GEMEENTE, year, available_measures=measures, source_tables=tables,
                      national_sources={"rivm"})


def hosts(folder, catalog):
    """SYNTHETIC years: the real Maastricht KWB 2024 snapshot under every KWB table id."""
    import copy

    from tests.support import maastricht
    from tests.support.cbs_emulator import CbsEmulator, TableSnapshot
    from tests.support.mapserver_years import MapServerYears
    from tests.support.pdok_emulator import PdokEmulator

    real = maastricht.kwb_2024_snapshot()
    snapshots = []
    for year in YEARS:
        table = catalog.sources["kwb"].tables[str(year)]["id"]
        infos = copy.deepcopy(real.table_infos)
        infos[0]["Identifier"] = table
        infos[0]["Title"] = "SYNTHETIC {}: the real KWB 2024 rows of Maastricht".format(year)
        snapshots.append(TableSnapshot(table, infos, real.data_properties, real.rows))
    areas, typenames, ogc = {}, {}, {}
    for year in YEARS:
        service = catalog.geometry["services"][catalog.geometry["years"][str(year)][0]]
        features = copy.deepcopy(maastricht.pdok_features())
        if service["kind"] == "wfs":
            areas[year] = {level: [(f["properties"], f["rd"]) for f in features[name]]
                           for level, name in (("buurt", "buurten"), ("wijk", "wijken"), ("gemeente", "gemeenten"))}
            typenames[year] = {level: name.format(year=year) for level, name in service["typenames"].items()}
        else:
            ogc[str(year)] = features
    return {
        "opendata.cbs.nl": CbsEmulator(snapshots),
        "dataderden.cbs.nl": CbsEmulator([maastricht.rivm_2020_snapshot(), maastricht.politie_snapshot()]),
        "api.pdok.nl": PdokEmulator(ogc),
        "service.pdok.nl": MapServerYears(folder, areas, typenames),
    }


def prepare_cache(cache_dir):
    """Record every answer once (not timed)."""
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.http.cache import ResponseCache
    from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.monitor.series import SeriesBuilder, SeriesRequest
    from tests.support.loopback import LoopbackServer

    catalog = Catalog.load()
    with tempfile.TemporaryDirectory() as folder, LoopbackServer(hosts(folder, catalog)) as server:
        transport = Transport(fetcher=RequestsFetcher(), cache=ResponseCache(cache_dir),
                              endpoint_overrides=server.overrides(), retries=0, timeout=120)
        SeriesBuilder(transport, catalog).run(SeriesRequest("GM0935", YEARS, request_for_year=request_for_year,
                                                            history=False, peers=False))


def run_case(cache_dir, method):
    """Child process: time cache -> styled series (or the alternative)."""
    from qgis_headless import start_qgis

    start_qgis()
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.http.cache import ResponseCache
    from rksd_plugin.core.http.transport import Transport

    catalog = Catalog.load()
    out = tempfile.mkdtemp(prefix="rksd-bench-series-")
    transport = Transport(cache=ResponseCache(cache_dir, readonly=True), offline=True)
    started = time.perf_counter()
    if method == "rksd":
        from rksd_plugin.core.monitor.series import SeriesBuilder, SeriesRequest
        from rksd_plugin.qgis_io.series_writer import write_series

        series = SeriesBuilder(transport, catalog).run(SeriesRequest(
            "GM0935", YEARS, request_for_year=request_for_year, history=False, peers=False, fetch_squares=False))
        built = time.perf_counter()
        write_series(series, os.path.join(out, "reeks.gpkg"), catalog, "nl")
        rows = sum(len(r) for r in series.rows.values())
    else:
        from rksd_plugin.core.pipeline import Pipeline
        from rksd_plugin.qgis_io.layers import write_result

        paths = []
        for year in YEARS:
            result = Pipeline(transport, catalog).run(request_for_year(year))
            path = os.path.join(out, "maastricht_{}.gpkg".format(year))
            write_result(result, path, catalog, "nl")
            paths.append((year, path))
        built = time.perf_counter()
        rows = join_by_code(paths, os.path.join(out, "joined.gpkg"))
    done = time.perf_counter()
    print(json.dumps({"method": method, "years": len(YEARS), "rows": rows,
                      "seconds_runs": round(built - started, 3), "seconds_write": round(done - built, 3),
                      "seconds_total": round(done - started, 3)}))


def join_by_code(paths, target):
    """The alternative's last step: every year's buurten read back and joined by code into
    one long table (code, year, field, value) in a GeoPackage."""
    from osgeo import ogr

    rows = []
    for year, path in paths:
        dataset = ogr.Open(path)
        layer = dataset.GetLayerByName("buurten")
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        for feature in layer:
            code = feature.GetField("code")
            for name in names:
                if definition.GetFieldDefn(definition.GetFieldIndex(name)).GetType() == ogr.OFTReal:
                    rows.append((code, year, name, feature.GetField(name)))
        dataset = None
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(target)
    table = dataset.CreateLayer("joined", None, ogr.wkbNone)
    for name, kind in (("code", ogr.OFTString), ("jaar", ogr.OFTInteger), ("kenmerk", ogr.OFTString),
                       ("waarde", ogr.OFTReal)):
        table.CreateField(ogr.FieldDefn(name, kind))
    table.StartTransaction()
    for row in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for index, value in enumerate(row):
            if value is not None:
                feature.SetField(index, value)
        table.CreateFeature(feature)
    table.CommitTransaction()
    dataset = None
    return len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    parser.add_argument("--child", nargs=2, metavar=("CACHE", "METHOD"))
    args = parser.parse_args()
    if args.child:
        run_case(*args.child)
        return
    os.makedirs(args.out, exist_ok=True)
    cache_dir = tempfile.mkdtemp(prefix="rksd-bench-series-cache-")
    prepare_cache(cache_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    results = []
    for method in ("rksd", "run_per_year_join_by_code"):
        child = subprocess.run([sys.executable, __file__, "--child", cache_dir, method], capture_output=True,
                               text=True, env=env, timeout=900)
        line = [l for l in child.stdout.splitlines() if l.startswith("{")]
        if child.returncode != 0 or not line:
            raise SystemExit("bench series {} failed:\n{}".format(method, child.stderr[-3000:]))
        results.append(json.loads(line[-1]))
    ours, alternative = results
    report = {
        "cases": results,
        "ratio_alternative_over_rksd": round(alternative["seconds_total"] / max(ours["seconds_total"], 1e-9), 2),
        "target_seconds": TARGET_SECONDS,
        "within_target": ours["seconds_total"] < TARGET_SECONDS,
        "synthetic_note": "SYNTHETIC years: the real Maastricht KWB 2024 rows served as each KWB table of "
                          "2019-2024 (a volume test); RIVM 2020, Politie and the polygons are the sample's",
    }
    with open(os.path.join(args.out, "series.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    print("Series benchmark: six years of one gemeente, cached responses -> styled series")
    print("{:<28} {:>6} {:>8} {:>8} {:>8} {:>8}".format("method", "years", "rows", "runs s", "write s", "total s"))
    for r in results:
        print("{:<28} {:>6} {:>8} {:>8.2f} {:>8.2f} {:>8.2f}".format(
            r["method"], r["years"], r["rows"], r["seconds_runs"], r["seconds_write"], r["seconds_total"]))
    print("alternative/rksd x{}; rksd {} the {:.0f} s target".format(
        report["ratio_alternative_over_rksd"], "within" if report["within_target"] else "OVER", TARGET_SECONDS))
    print("written", os.path.join(args.out, "series.json"))


if __name__ == "__main__":
    main()
