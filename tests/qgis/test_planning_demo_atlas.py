"""The planning part of `make demo` (Maastricht, straight-line) and the scenario page of the atlas.

Real: the Maastricht sample (KWB 2024 65+ per buurt) and the OpenStreetMap ontmoeting/zorg
nodes; the candidates are real OSM places used as an EXAMPLE, and the scenario is an example,
both said on the maps.
"""
import os
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest
from qgis.PyQt.QtGui import QColor, QImage

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io import planning_styles
from rksd_plugin.qgis_io.layers import write_result
from rksd_plugin.report.atlas import AtlasOptions, build_atlas

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))


def nl(value, decimals):
    text = "{:,.{}f}".format(value, decimals)
    return text.replace(",", "#").replace(".", ",").replace("#", ".")


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    catalog = Catalog.load()
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    path = str(tmp_path_factory.mktemp("planning") / "maastricht.gpkg")
    write_result(result, path, catalog, "nl")
    return path


@pytest.fixture(scope="module")
def demo(gpkg, tmp_path_factory, qgis_processing):
    from qgis.core import QgsApplication

    import demo_planning

    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("rksd") is not None
    out = str(tmp_path_factory.mktemp("planning_demo"))
    try:
        pngs, summary, planning = demo_planning.run(out, gpkg, "nl")
    finally:
        if not had_provider and registry.providerById("rksd") is not None:  # leave the registry as found
            registry.removeProvider(registry.providerById("rksd"))
    return out, pngs, summary, planning


def table(planning, name):
    with closing(sqlite3.connect(planning)) as db:
        cursor = db.execute('SELECT * FROM "{}"'.format(name))
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


def test_demo_ranks_closures_chooses_sites_and_compares_the_example_scenario(demo):
    out, pngs, summary, planning = demo
    assert [os.path.basename(p) for p in pngs] == ["beste_locaties.png", "scenario_ontmoeting.png"]
    assert summary["method"].startswith("hemelsbreed")
    closure = sorted(table(planning, "sluiting"), key=lambda r: r["rang"])
    assert [r["rang"] for r in closure] == [1, 2, 3, 4, 5, 6] and {r["methode"] for r in closure} == {"hemelsbreed"}
    assert closure[0]["extra_afstand"] >= closure[-1]["extra_afstand"]
    best = table(planning, "beste_locaties_samenvatting")[0]
    assert best["probleem"] == "p_median" and best["status"] == "optimal" and best["gat_pct"] == 0.0
    assert best["aantal"] == 3
    scenario = table(planning, "scenario_tabel")[0]
    # the two sites whose closure costs least close, the two best candidates open
    assert set(scenario["gesloten"].split("; ")) == {closure[-1]["naam"], closure[-2]["naam"]}
    assert len(scenario["toegevoegd"].split("; ")) == 2
    assert scenario["methode"] == "hemelsbreed" and '"threshold_m": 1000.0' in scenario["invoer"]
    assert scenario["gem_na_m"] < scenario["gem_voor_m"]
    # the target group is the real KWB 65+ count of the buurten, spread and kept whole
    assert scenario["gewicht"] == pytest.approx(sum(r["inwoners_65plus"] or 0 for r in table(planning, "scenario_buurten")),
                                                abs=1.0)


def test_demo_maps_show_the_change_classes_and_the_sites(demo):
    _, pngs, _, _ = demo
    image = QImage(pngs[1])
    assert image.width() > 1000
    seen = set()
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            seen.add(image.pixel(x, y))
    blues = {QColor(c).rgb() for c in planning_styles.CHANGE_COLORS[:2]}
    assert blues & seen  # buurten that come closer to a site are on the map
    assert QColor("#1a9850").rgb() in seen  # the new sites (stars)


def test_atlas_gets_a_scenario_page_with_the_side_by_side_figures(gpkg, demo, tmp_path):
    _, _, _, planning = demo
    pdf = str(tmp_path / "atlas.pdf")
    result = build_atlas(gpkg, pdf, AtlasOptions(level="buurt", scenario=planning))
    assert result.opening_pages == 1 + 6 + 1 and result.pages == 8 + 44
    text = subprocess.run(["pdftotext", "-f", "8", "-l", "8", "-layout", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    scenario = table(planning, "scenario_tabel")[0]
    assert "Scenario: Voorbeeld: 2 dicht en 2 nieuw" in " ".join(text.split())
    assert "hemelsbreed" in text
    assert nl(scenario["gem_voor_m"], 0) in text and nl(scenario["gem_na_m"], 0) in text
    assert nl(scenario["binnen_voor_pct"], 1) in text and nl(scenario["binnen_na_pct"], 1) in text
    plain = build_atlas(gpkg, str(tmp_path / "plain.pdf"), AtlasOptions(level="buurt"))
    assert plain.pages == 7 + 44  # without a scenario GeoPackage nothing changes
