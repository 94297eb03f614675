"""`make demo`: the main job, headless and offline, on the bundled Maastricht sample.

Goes through the same code path as a live download (Transport -> CBS and PDOK clients
-> join -> GeoPackage -> styles), only the transport serves the sample package instead
of the network. Writes out/demo/maastricht.gpkg, out/demo/maps/*.png and
out/demo/summary.json, and prints a short summary.
"""
import argparse
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from qgis_headless import start_qgis  # noqa: E402
from sample_note import SAMPLE_NOTE  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "demo"))
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    started = time.perf_counter()
    start_qgis()
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.qgis_io import maps

    catalog = Catalog.load()
    os.makedirs(args.out, exist_ok=True)
    gpkg = os.path.join(args.out, "maastricht.gpkg")
    result, package = demo_geopackage(gpkg, args.language, catalog)
    maps_dir = os.path.join(args.out, "maps")
    note = SAMPLE_NOTE[args.language]
    pngs = maps.render_indicator_maps(gpkg, result, catalog, maps_dir, args.language, ["aandeel_65plus"], note)
    pngs += maps.render_question_maps(gpkg, result, catalog, maps_dir, args.language, sample=True, note=note)
    pngs += analyses_maps(args.out, gpkg, args.language)
    own_pngs, own_summary = own_data(args.out, gpkg, args.language)
    pngs += own_pngs
    planning_pngs, planning_summary, planning_gpkg = planning(args.out, gpkg, args.language)
    pngs += planning_pngs
    pngs += atlas(args.out, gpkg, args.language, planning_gpkg)
    series_summary = series(args.out, catalog, args.language)
    summary = dict(result.summary)
    summary["geopackage"] = os.path.relpath(gpkg, ROOT)
    summary["maps"] = [os.path.relpath(p, ROOT) for p in pngs]
    summary["package"] = package.title
    summary["questions"] = {
        key: {
            "index_field": q["index_field"],
            "component_fields": q["component_fields"],
            "buurten_with_index": q["buurten_with_index"],
            "unavailable_components": q["unavailable_components"],
            "normalisation_basis": q["basis"],
        }
        for key, q in result.questions.items()
    }
    summary["series"] = dict(series_summary, geopackage=os.path.relpath(series_summary["geopackage"], ROOT),
                             change_maps=[os.path.relpath(p, ROOT) for p in series_summary["change_maps"]],
                             peer_comparison=os.path.relpath(series_summary["peer_comparison"], ROOT),
                             atlas=os.path.relpath(series_summary["atlas"], ROOT))
    summary["own_data"] = own_summary
    summary["planning"] = dict(planning_summary, geopackage=os.path.relpath(planning_gpkg, ROOT))
    summary["seconds_total"] = round(time.perf_counter() - started, 3)
    with open(os.path.join(args.out, "summary.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=1, ensure_ascii=False)
    print_summary(summary)


def demo_geopackage(gpkg, language="nl", catalog=None):
    """The demo's GeoPackage: the bundled sample, offline, through the one pipeline.

    ``rksd:ophalen`` on the same package must write a GeoPackage equal to this one in values
    (tests/qgis/test_processing_ophalen.py)."""
    from rksd_plugin.core import paths
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.package import OfflinePackage
    from rksd_plugin.core.pipeline import Pipeline
    from rksd_plugin.qgis_io.layers import write_result

    catalog = catalog or Catalog.load()
    package = OfflinePackage.open(paths.resource("sample", "maastricht_2024"))
    transport = Transport(cache=package.cache, offline=True)
    result = Pipeline(transport, catalog).run(package.request())
    write_result(result, gpkg, catalog, language)
    return result, package


def analyses_maps(out_dir, gpkg, language):
    """The Processing analyses' demo maps (reachability, langer thuis wonen)."""
    import demo_analyses

    return demo_analyses.run(out_dir, gpkg, language)


def own_data(out_dir, gpkg, language):
    """The gemeente's own data: own facilities feeding reachability, SYNTHETIC own figures."""
    import demo_own_data

    return demo_own_data.run(out_dir, gpkg, language)


def planning(out_dir, gpkg, language):
    """Closure ranking, the best extra sites and an example scenario (straight-line)."""
    import demo_planning

    return demo_planning.run(out_dir, gpkg, language)


def atlas(out_dir, gpkg, language, scenario=None):
    """The PDF atlas per buurt (with the scenario page) and the presentation PNGs."""
    import demo_atlas

    return demo_atlas.run(out_dir, gpkg, language, scenario=scenario)


def series(out_dir, catalog, language):
    """The monitor: the Maastricht series, its change maps and the peer comparison."""
    import demo_series

    return demo_series.run(out_dir, catalog, language)[1]


def print_summary(summary):
    print("RKSD demo - {} {} ({})".format(summary["gemeente"], summary["year"], summary["package"]))
    for name, layer in summary["layers"].items():
        missing = {k: v for k, v in layer["missing"].items() if v}
        print(
            "  {:<9} {:>3} features, {:>3} matched, only in CBS: {}, only in PDOK: {}".format(
                name, layer["features"], layer["matched"], len(layer["only_in_cbs"]), len(layer["only_in_pdok"])
            )
        )
        if missing:
            print("            missing values: " + ", ".join("{} {}".format(k, v) for k, v in sorted(missing.items())))
    for key, question in summary["questions"].items():
        print("  question {:<14} index {:<22} {:>2} buurten with index, {} components{}".format(
            key, question["index_field"], question["buurten_with_index"], len(question["component_fields"]),
            " (not in sample: {})".format(", ".join(question["unavailable_components"]))
            if question["unavailable_components"] else ""))
    own = summary.get("own_data") or {}
    if own:
        print("  own facilities: {placed} placed, {not_placed} not placed -> {geopackage}".format(**own["facilities"]))
        print("  own figures (SYNTHETIC): {} indicators, Wmo afgeschermd in {} buurten".format(
            len(own["figures"]["indicators"]), own["figures"]["suppressed_buurten_wmo"]))
    plan = summary.get("planning") or {}
    if plan:
        scenario = plan["scenario"]
        print("  planning ({}): best sites {} ({}, gap {} %); scenario '{}': within 1 km {} % -> {} % ({})".format(
            plan["method"], plan["best_sites"]["chosen"], plan["best_sites"]["status"], plan["best_sites"]["gap_pct"],
            scenario["name"], scenario["within_before_pct"], scenario["within_after_pct"], plan["geopackage"]))
    print("  GeoPackage: {}".format(summary["geopackage"]))
    for png in summary["maps"]:
        print("  output: {}".format(png))
    series_part = summary.get("series")
    if series_part:
        print("  series {} -> {} on the indeling of {}: {}".format(
            series_part["years"][0], series_part["years"][-1], series_part["target_year"], series_part["geopackage"]))
        for key, years in sorted(series_part["keys_with_two_years"].items()):
            print("    {:<28} {}".format(key, ", ".join(str(y) for y in years)))
        for year, peers in sorted(series_part["peers"].items()):
            print("    peers {}: {} ({})".format(year, ", ".join(peers["gemeenten"]), peers["rule"]))
        for png in series_part["change_maps"]:
            print("  output: {}".format(png))
        print("  output: {}".format(series_part["peer_comparison"]))
        print("  output: {} ({} pages)".format(series_part["atlas"], series_part["atlas_pages"]))
    print("  pipeline {:.2f} s, total {:.2f} s".format(summary["seconds"], summary["seconds_total"]))


if __name__ == "__main__":
    main()
