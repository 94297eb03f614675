"""The atlas of a series GeoPackage: a trend column, small trend charts, the peers up front."""
import os
import subprocess

import pytest


@pytest.fixture(scope="module")
def series_gpkg(tmp_path_factory, qgis_app):
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                    "scripts"))
    import demo_series

    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.monitor.peers import gemeente_names
    from rksd_plugin.qgis_io.series_writer import write_series

    catalog = Catalog.load()
    series = demo_series.run_series(catalog)
    path = str(tmp_path_factory.mktemp("series") / "reeks.gpkg")
    write_series(series, path, catalog, "nl", names=gemeente_names())
    return path


def test_series_atlas_pages_trends_and_peers(series_gpkg, tmp_path):
    from rksd_plugin.report.atlas import AtlasOptions, build_atlas

    pdf = str(tmp_path / "atlas.pdf")
    result = build_atlas(series_gpkg, pdf, AtlasOptions(level="buurt", dpi=72))
    assert result.pages == 51 and result.area_pages == 44 and not result.warnings
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    assert "Vergeleken met vergelijkbare gemeenten (2024)" in pages[0]
    assert "Over de jaren" in pages[0] and "Leeuwarden" in pages[0]
    amby = next(p for p in pages if p.strip() and "Amby" in p.splitlines()[0])
    flat = " ".join(amby.split())  # titles may wrap in their label
    # the strip of small charts and the trend column (Politie 2021-2024 of the buurt: 149 -> 169)
    assert "Over de jaren (indeling 2024" in amby
    # first the measures behind the table's indicators: the crimes behind crimes per 1 000, the inhabitants
    assert "Aantal inwoners (2017\u20132024)" in flat
    assert "Geregistreerde misdrijven (totaal)" in flat and "2021\u20132024" in flat
    # the trend column is there; the sample's indicators have one year each, so it stays empty
    assert "Trend" in amby.splitlines()[[i for i, l in enumerate(amby.splitlines()) if "Vraag en indicator" in l][0]]
