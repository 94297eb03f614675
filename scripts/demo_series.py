"""`make demo`, the monitor part: the Maastricht series from the bundled sample, offline.

Every year the sample holds (2017, 2021-2024) through the one pipeline, carried to the
newest indeling, into out/demo/maastricht_reeks.gpkg; change maps into
out/demo/maps/verandering_*.png; the peer comparison into
out/demo/vergelijking_gemeenten.csv; the atlas of the series (a trend column and small
charts per buurt, the peer comparison on its opening page) into
out/demo/atlas_maastricht_reeks.pdf. Returns what it wrote and a summary.
"""
import csv
import os
import time

CHANGE_KEYS = [("inwoners", "relative"), ("misdrijven_totaal", "relative"), ("rivm_gezondheid_goed_18", "absolute"),
               ("huishoudensgrootte", "absolute")]
NOTE = {
    "nl": "Voorbeeld: echte cijfers van 2017 (CBS Wijk- en buurtkaart), 2021-2024 (politie), 2020-2024 "
          "(RIVM 50150NED) en 2024 (KWB); buurtgrenzen van 2017, codes ongewijzigd.",
    "en": "Sample: real figures of 2017 (CBS Wijk- en buurtkaart), 2021-2024 (police), 2020-2024 (RIVM "
          "50150NED) and 2024 (KWB); buurt boundaries of 2017, codes unchanged.",
}


def run_series(catalog):
    from rksd_plugin.core import paths
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.monitor.series import SeriesBuilder, SeriesRequest
    from rksd_plugin.core.package import OfflinePackage
    from rksd_plugin.core.package_builder import request_for, series_entry

    package = OfflinePackage.open(paths.resource("sample", "maastricht_2024"))
    spec = series_entry(package.manifest, package.gemeente)
    transport = Transport(cache=package.cache, offline=True)
    request = SeriesRequest(spec["gemeente"], spec["years"], history_tables=spec.get("history_tables", {}),
                            history_measures=spec.get("history_measures", {}),
                            request_for_year=lambda year: request_for(package.manifest, spec["gemeente"], year))
    return SeriesBuilder(transport, catalog).run(request)


def run(out_dir, catalog, language="nl"):
    from rksd_plugin.core.monitor import change as change_module
    from rksd_plugin.core.monitor import tables
    from rksd_plugin.qgis_io.change_maps import render_change_maps
    from rksd_plugin.qgis_io.series_writer import write_series

    started = time.perf_counter()
    series = run_series(catalog)
    from rksd_plugin.core.monitor.peers import gemeente_names

    names = gemeente_names()
    gpkg = os.path.join(out_dir, "maastricht_reeks.gpkg")
    write_series(series, gpkg, catalog, language, names=names)
    newest = series.newest
    name = (newest.layers["gemeente"].records or [{}])[0].get("naam") or series.gemeente
    pngs = []
    for key, kind in CHANGE_KEYS:
        change, info = tables.change_layer(series.rows["buurt"], newest.layers["buurten"], catalog, keys=[key],
                                           kind=kind, language=language)
        pngs += render_change_maps(gpkg, change, info, [key], os.path.join(out_dir, "maps"), name,
                                   series.gemeente, series.target_year, catalog.attribution[language], language,
                                   NOTE[language])
    peers_csv = write_peers_csv(series, catalog, names, os.path.join(out_dir, "vergelijking_gemeenten.csv"), language)
    from rksd_plugin.report.atlas import AtlasOptions, build_atlas

    atlas_pdf = os.path.join(out_dir, "atlas_maastricht_reeks.pdf")
    atlas = build_atlas(gpkg, atlas_pdf, AtlasOptions(level="buurt", language=language, note=NOTE[language]), catalog)
    summary = {
        "geopackage": gpkg,
        "years": series.years,
        "target_year": series.target_year,
        "rows": series.summary["rows"],
        "keys_with_two_years": {k: tables.comparable_years(series.rows["buurt"], k)
                                for k in series.keys if len(tables.comparable_years(series.rows["buurt"], k)) >= 2},
        "crosswalk_methods": {y: {lvl: v["counts"] for lvl, v in by.items()}
                              for y, by in series.summary["crosswalks"].items()},
        "peers": {str(y): {"rule": c.group.rule, "band": list(c.group.band), "urbanity": c.group.urbanity,
                           "gemeenten": [names.get(code, code) for code in c.group.codes], "note": c.group.note}
                  for y, c in series.peers.items()},
        "change_maps": pngs,
        "peer_comparison": peers_csv,
        "atlas": atlas_pdf,
        "atlas_pages": atlas.pages,
        "rule": change_module.RULE[language],
        "seconds": round(time.perf_counter() - started, 3),
    }
    return series, summary


def write_peers_csv(series, catalog, names, path, language="nl"):
    from rksd_plugin.core.monitor import tables

    stats, group = tables.peer_tables(series.peers, catalog, names, language)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f.name for f in stats.fields])
        for record in stats.records:
            if record["aantal"] or record["gemeente"] is not None:
                writer.writerow([record.get(f.name) for f in stats.fields])
        writer.writerow([])
        writer.writerow([f.name for f in group.fields])
        for record in group.records:
            writer.writerow([record.get(f.name) for f in group.fields])
    return path
