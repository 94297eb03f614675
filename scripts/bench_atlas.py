"""`make bench` (atlas part): the 44-buurt atlas of the Maastricht sample, timed.

Builds the sample GeoPackage (pipeline from the bundled offline package, not timed),
then times the atlas PDF (7 opening pages + a page per buurt) with QGIS's atlas
(``QgsLayoutAtlas``: one layout, the atlas moves it from buurt to buurt) and, for
comparison, the obvious alternative: a fresh layout from the template per buurt with its
own ``QgsLayoutExporter.exportToPdf`` (what a script without the atlas would do; it
writes one PDF per page and still needs merging, which is not counted). Writes
out/bench/atlas.json. The target is under 30 s for the atlas.
"""
import argparse
import json
import os
import platform
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

TARGET_SECONDS = 30.0


def sample_geopackage(folder):
    from rksd_plugin.core import paths
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.package import OfflinePackage
    from rksd_plugin.core.pipeline import Pipeline
    from rksd_plugin.qgis_io.layers import write_result

    catalog = Catalog.load()
    package = OfflinePackage.open(paths.resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    path = os.path.join(folder, "maastricht.gpkg")
    write_result(result, path, catalog, "nl")
    return path


def time_atlas(gpkg, folder):
    from rksd_plugin.report.atlas import AtlasOptions, build_atlas

    started = time.perf_counter()
    result = build_atlas(gpkg, os.path.join(folder, "atlas.pdf"), AtlasOptions(level="buurt"))
    return {
        "seconds": round(time.perf_counter() - started, 2),
        "pages": result.pages,
        "area_pages": result.area_pages,
        "opening_pages": result.opening_pages,
        "pdf_bytes": os.path.getsize(result.path),
    }


def time_layout_per_page(gpkg, folder):
    """The alternative: per buurt a new layout from the template and its own PDF export."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsLayoutExporter, QgsProject

    from rksd_plugin.qgis_io.question_maps import INDEX_STYLES
    from rksd_plugin.report import content, own_texts
    from rksd_plugin.report.area_page import AreaPage
    from rksd_plugin.report.gpkg_reader import read_atlas_data
    from rksd_plugin.report.maplayers import AtlasLayers
    from rksd_plugin.report.pdf import ALWAYS_TEXT
    from rksd_plugin.report.template import load_layout

    started = time.perf_counter()
    data = read_atlas_data(gpkg)
    classes = content.question_classes(data, INDEX_STYLES)
    areas = data.land_records("buurt")
    pages = 0
    for record in areas:
        project = QgsProject()
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
        layout = load_layout(project, "area")
        layers = AtlasLayers(project, gpkg, "buurt", "#1f5f8b")
        page = AreaPage(layout, data, layers, "buurt", "nl", own_texts.OwnTexts(), classes, folder)
        atlas = layout.atlas()
        atlas.setFilterExpression("\"code\" = '{}'".format(record["code"]))
        atlas.beginRender()
        atlas.first()
        page.fill(record, pages + 1, len(areas))
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = ALWAYS_TEXT
        QgsLayoutExporter(layout).exportToPdf(os.path.join(folder, "page_{}.pdf".format(record["code"])), settings)
        atlas.endRender()
        project.clear()
        pages += 1
    return {"seconds": round(time.perf_counter() - started, 2), "pages": pages,
            "note": "area pages only, one PDF per page, not merged"}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    parser.add_argument("--no-alternative", action="store_true")
    args = parser.parse_args()
    from qgis_headless import start_qgis

    start_qgis()
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rksd-bench-atlas-") as folder:
        gpkg = sample_geopackage(folder)
        atlas = time_atlas(gpkg, folder)
        report = {
            "case": "Maastricht sample (GM0935, 2024), a page per buurt",
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load": _load()},
            "target_seconds": TARGET_SECONDS,
            "atlas": atlas,
            "within_target": atlas["seconds"] < TARGET_SECONDS,
        }
        if not args.no_alternative:
            alternative = time_layout_per_page(gpkg, folder)
            report["alternative_layout_per_page"] = alternative
            report["seconds_per_page"] = {
                "atlas": round(atlas["seconds"] / max(atlas["pages"], 1), 3),
                "layout_per_page": round(alternative["seconds"] / max(alternative["pages"], 1), 3),
            }
    path = os.path.join(args.out, "atlas.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    print("atlas: {pages} pages in {seconds:.1f} s (target < {target:.0f} s)".format(
        target=TARGET_SECONDS, **report["atlas"]))
    if "alternative_layout_per_page" in report:
        print("alternative (a layout and a PDF per page): {pages} pages in {seconds:.1f} s".format(
            **report["alternative_layout_per_page"]))
    print("written: {}".format(os.path.relpath(path, ROOT)))


def _load():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


if __name__ == "__main__":
    main()
