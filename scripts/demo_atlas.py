"""The atlas part of `make demo`: the Maastricht atlas PDF and the presentation maps.

Called by scripts/demo.py after it wrote the GeoPackage::

    import demo_atlas
    paths = demo_atlas.run(out_dir, gpkg_path, language)

Writes ``out_dir/atlas_maastricht.pdf`` (a page per buurt) and ``out_dir/presentatie/``
(each question map at 1920 x 1080 and A4 300 dpi). The English atlas (``language="en"``)
has no example texts (the example file is Dutch). Can also run on its own::

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/demo_atlas.py out/demo/maastricht.gpkg --out out/demo
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
if os.path.dirname(os.path.abspath(__file__)) not in sys.path:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sample_note import SAMPLE_NOTE  # noqa: E402

EXAMPLE_TEXTS = os.path.join(ROOT, "resources", "layouts", "voorbeeld_teksten.csv")


def run(out_dir, gpkg_path, language="nl", level="buurt", texts=EXAMPLE_TEXTS, pngs=True, scenario=None):
    """Write the atlas PDF (and the presentation PNGs); returns the written paths.

    ``texts``: the gemeente's own words (CSV); the demo uses an example file whose texts
    say they are examples (an introduction and one buurt, Amby). ``scenario``: a GeoPackage with
    rksd:scenario's outputs (scripts/demo_planning.py writes one): a scenario page per scenario."""
    from rksd_plugin.report.atlas import AtlasOptions, build_atlas
    from rksd_plugin.report.presentation import export_question_pngs

    os.makedirs(out_dir, exist_ok=True)
    note = SAMPLE_NOTE.get(language, SAMPLE_NOTE["nl"])
    if language != "nl" and texts == EXAMPLE_TEXTS:
        texts = None
    pdf = os.path.join(out_dir, "atlas_maastricht.pdf")
    result = build_atlas(gpkg_path, pdf, AtlasOptions(level=level, language=language, texts=texts, note=note,
                                                      scenario=scenario))
    print("  atlas: {} ({} pages: {} opening, {} {}; {:.1f} s)".format(
        os.path.relpath(result.path, ROOT), result.pages, result.opening_pages, result.area_pages, level,
        result.seconds))
    for warning in result.warnings:
        print("    warning: {}".format(warning))
    written = [result.path]
    if pngs:
        written += export_question_pngs(gpkg_path, os.path.join(out_dir, "presentatie"), language, note=note)
        print("  presentation maps: {} PNGs in {}".format(
            len(written) - 1, os.path.relpath(os.path.join(out_dir, "presentatie"), ROOT)))
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gpkg", help="a GeoPackage written by RKSD (scripts/demo.py writes out/demo/maastricht.gpkg)")
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "demo"))
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    parser.add_argument("--level", default="buurt", choices=["buurt", "wijk"])
    parser.add_argument("--texts", default=EXAMPLE_TEXTS, help="CSV with the gemeente's own words (code;tekst)")
    parser.add_argument("--no-png", action="store_true", help="only the PDF")
    args = parser.parse_args()
    from qgis_headless import start_qgis

    start_qgis()
    run(args.out, args.gpkg, args.language, args.level, args.texts, not args.no_png)


if __name__ == "__main__":
    main()
