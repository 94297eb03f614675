"""`make bench` (pipeline part): from cached responses to a styled GeoPackage.

Two cases: the bundled Maastricht sample (44 buurten, all six questions, read from the
offline package) and a national-size case of about 14,000 buurten (KWB figures and the 65+
share). The national case is SYNTHETIC: the real Maastricht records and polygons
repeated 318 times under distinct (letter) codes of one made-up gemeente GM9935, each
copy shifted so polygons do not overlap. It measures volume, not realism.

Each case runs in its own process (so peak memory is that case's own) and is compared
side by side with the obvious alternative for the writing step: a QGIS memory layer
written with ``QgsVectorFileWriter`` instead of our direct OGR writer. Results are
printed and written to out/bench/pipeline.json.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

COPIES = 318
SYNTHETIC_GEMEENTE = "GM9935"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def synthetic_datasets():
    """CBS snapshot and PDOK features for the synthetic national-size gemeente."""
    import copy

    from tests.support import maastricht
    from tests.support.cbs_emulator import TableSnapshot

    real = maastricht.kwb_2024_snapshot()
    features = maastricht.pdok_features()
    by_code = {r["WijkenEnBuurten"].strip(): r for r in real.rows}
    rows, buurten, wijken = [], [], []
    gm_row = dict(by_code["GM0935"], WijkenEnBuurten=SYNTHETIC_GEMEENTE.ljust(10))
    rows.append(gm_row)
    for copy_index in range(COPIES):
        wijk_part = ALPHABET[copy_index // 36] + ALPHABET[copy_index % 36]
        wijk_code = "WK9935" + wijk_part
        dx, dy = (copy_index % 18) * 12000.0, (copy_index // 18) * 15000.0
        template_wijk = features["wijken"][copy_index % len(features["wijken"])]
        wijk_feature = copy.deepcopy(template_wijk)
        wijk_feature["properties"].update(wijkcode=wijk_code, gemeentecode=SYNTHETIC_GEMEENTE,
                                          wijknaam="Synthetische wijk {}".format(copy_index))
        wijk_feature["rd"] = _shift(template_wijk["rd"], dx, dy)
        wijk_feature["id"] = copy_index + 1
        wijken.append(wijk_feature)
        rows.append(dict(by_code[template_wijk["properties"]["wijkcode"]], WijkenEnBuurten=wijk_code.ljust(10)))
        for index, buurt in enumerate(features["buurten"]):
            code = "BU9935{}{}{}".format(wijk_part, ALPHABET[index // 36], ALPHABET[index % 36])
            feature = copy.deepcopy(buurt)
            feature["properties"].update(buurtcode=code, wijkcode=wijk_code, gemeentecode=SYNTHETIC_GEMEENTE,
                                         buurtnaam="{} (synthetisch {})".format(buurt["properties"]["buurtnaam"], copy_index))
            feature["rd"] = _shift(buurt["rd"], dx, dy)
            feature["id"] = len(buurten) + 1
            buurten.append(feature)
            rows.append(dict(by_code[buurt["properties"]["buurtcode"]], WijkenEnBuurten=code))
    for index, row in enumerate(rows):
        row["ID"] = index
    gemeente = copy.deepcopy(features["gemeenten"][0])
    gemeente["properties"]["gemeentecode"] = SYNTHETIC_GEMEENTE
    snapshot = TableSnapshot(real.table_id, real.table_infos, real.data_properties, rows)
    return snapshot, {"2024": {"buurten": buurten, "wijken": wijken, "gemeenten": [gemeente]}}


def _shift(geometry, dx, dy):
    def walk(value):
        if value and isinstance(value[0], (int, float)):
            return [value[0] + dx, value[1] + dy]
        return [walk(v) for v in value]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def kwb_request(gemeente):
    """The foundation's job: every KWB measure and the 65+ share (no other sources)."""
    from rksd_plugin.core.pipeline import RunRequest
    from tests.support import maastricht

    return RunRequest(gemeente, 2024, questions=[], indicators=["aandeel_65plus"],
                      available_measures=set(maastricht.SAMPLE_KWB_MEASURES), national_reference=False)


def sample_package():
    from rksd_plugin.core.package import OfflinePackage
    from rksd_plugin.core.paths import resource

    return OfflinePackage.open(resource("sample", "maastricht_2024"))


def prepare_cache(case, cache_dir):
    """Record the responses once through the loopback emulators (not timed)."""
    if case == "maastricht":
        return "GM0935"  # the bundled package is the cache
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.http.cache import ResponseCache
    from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.pipeline import Pipeline
    from tests.support.cbs_emulator import CbsEmulator
    from tests.support.loopback import LoopbackServer
    from tests.support.pdok_emulator import PdokEmulator

    (snapshot, datasets), gemeente = synthetic_datasets(), SYNTHETIC_GEMEENTE
    hosts = {"opendata.cbs.nl": CbsEmulator([snapshot]), "api.pdok.nl": PdokEmulator(datasets)}
    with LoopbackServer(hosts) as server:
        transport = Transport(fetcher=RequestsFetcher(), cache=ResponseCache(cache_dir),
                              endpoint_overrides=server.overrides(), retries=0, timeout=120)
        Pipeline(transport, Catalog.load()).run(kwb_request(gemeente))
    return gemeente


def peak_mb():
    """This process's peak resident memory since the last reset (Linux VmHWM)."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def reset_peak():
    """Forget the peak inherited from the parent (Linux keeps ru_maxrss across fork/exec)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


def run_case(case, cache_dir, method):
    """Child process: time cache -> pipeline -> styled GeoPackage; report peak memory."""
    reset_peak()
    from qgis_headless import start_qgis

    start_qgis()
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.http.cache import ResponseCache
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.pipeline import Pipeline
    from rksd_plugin.qgis_io.layers import write_result

    catalog = Catalog.load()
    out = tempfile.mkdtemp(prefix="rksd-bench-")
    path = os.path.join(out, "bench.gpkg")
    started = time.perf_counter()
    if case == "maastricht":
        package = sample_package()
        transport = Transport(cache=package.cache, offline=True)
        request = package.request()
    else:
        transport = Transport(cache=ResponseCache(cache_dir, readonly=True), offline=True)
        request = kwb_request(SYNTHETIC_GEMEENTE)
    result = Pipeline(transport, catalog).run(request)
    fetched = time.perf_counter()
    if method == "rksd":
        write_result(result, path, catalog, "nl")
    else:
        write_with_memory_layers(result, path, catalog)
    done = time.perf_counter()
    peak = peak_mb()
    print(json.dumps({
        "case": case, "method": method, "buurten": len(result.layers["buurten"].records),
        "seconds_pipeline": round(fetched - started, 3), "seconds_write": round(done - fetched, 3),
        "seconds_total": round(done - started, 3), "peak_rss_mb": round(peak, 1),
    }))


def write_with_memory_layers(result, path, catalog):
    """The obvious alternative: build QGIS memory layers, write them with QgsVectorFileWriter."""
    from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsField, QgsGeometry, QgsVectorFileWriter,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant

    from rksd_plugin.qgis_io.layers import _store_question_styles, style_area_layer

    kinds = {"string": QVariant.String, "int": QVariant.LongLong, "real": QVariant.Double, "bool": QVariant.Bool}
    first = True
    for name, area in result.layers.items():
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", name, "memory")
        provider = layer.dataProvider()
        provider.addAttributes([QgsField(spec.name, kinds[spec.type]) for spec in area.fields])
        layer.updateFields()
        features = []
        for record, geometry in zip(area.records, area.geometries):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([record.get(spec.name) for spec in area.fields])
            qgs_geometry = QgsGeometry()
            qgs_geometry.fromWkb(bytes(geometry))
            feature.setGeometry(qgs_geometry)
            features.append(feature)
        provider.addFeatures(features)
        style_area_layer(layer, area, catalog, "aandeel_65plus" if name != "gemeente" else None, "nl")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if first
                                        else QgsVectorFileWriter.CreateOrOverwriteLayer)
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
        if error[0] != QgsVectorFileWriter.NoError:
            raise RuntimeError(error)
        first = False
        written = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
        written.setRenderer(layer.renderer().clone())
        written.saveStyleToDatabase(name, "", True, "")
        if name == "buurten":  # the same style work as RKSD's writer: one style per question
            _store_question_styles(written, area, result, catalog, "nl")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    parser.add_argument("--child", nargs=3, metavar=("CASE", "CACHE", "METHOD"))
    args = parser.parse_args()
    if args.child:
        run_case(*args.child)
        return
    os.makedirs(args.out, exist_ok=True)
    results = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    for case in ("maastricht", "national_synthetic"):
        cache_dir = tempfile.mkdtemp(prefix="rksd-bench-cache-")
        prepare_cache(case, cache_dir)
        for method in ("rksd", "memory_layer_filewriter"):
            child = subprocess.run([sys.executable, __file__, "--child", case, cache_dir, method],
                                   capture_output=True, text=True, env=env, timeout=900)
            line = [l for l in child.stdout.splitlines() if l.startswith("{")]
            if child.returncode != 0 or not line:
                raise SystemExit("bench {} {} failed:\n{}".format(case, method, child.stderr[-3000:]))
            results.append(json.loads(line[-1]))
    report = {"cases": results, "ratios": {}, "synthetic_note": "national_synthetic = 318 copies of the real "
              "Maastricht records under made-up codes of GM9935 (synthetic volume test)"}
    for case in ("maastricht", "national_synthetic"):
        ours = next(r for r in results if r["case"] == case and r["method"] == "rksd")
        alt = next(r for r in results if r["case"] == case and r["method"] != "rksd")
        report["ratios"][case] = {
            "write_alternative_over_rksd": round(alt["seconds_write"] / max(ours["seconds_write"], 1e-9), 2),
            "total_alternative_over_rksd": round(alt["seconds_total"] / max(ours["seconds_total"], 1e-9), 2),
        }
    with open(os.path.join(args.out, "pipeline.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    print("Pipeline benchmark: cached responses -> styled GeoPackage")
    print("{:<20} {:<24} {:>8} {:>10} {:>9} {:>9} {:>9}".format(
        "case", "method", "buurten", "pipeline s", "write s", "total s", "peak MB"))
    for r in results:
        print("{:<20} {:<24} {:>8} {:>10.2f} {:>9.2f} {:>9.2f} {:>9.0f}".format(
            r["case"], r["method"], r["buurten"], r["seconds_pipeline"], r["seconds_write"], r["seconds_total"],
            r["peak_rss_mb"]))
    for case, ratio in report["ratios"].items():
        print("{}: alternative/rksd write x{}, total x{}".format(
            case, ratio["write_alternative_over_rksd"], ratio["total_alternative_over_rksd"]))
    print("written", os.path.join(args.out, "pipeline.json"))


if __name__ == "__main__":
    main()
