"""Demo of the gemeente's own data for Maastricht: own facilities and SYNTHETIC own figures.

Called by scripts/demo.py after the GeoPackage and the analyses, before the atlas:
``run(out_dir, gpkg_path, language) -> ([png paths], summary)``.

1. **Own facilities**: the example facility list (resources/sample/maastricht_osm/
   eigen_voorzieningen_voorbeeld.csv, OpenStreetMap 2023 in a gemeente's columns and
   wording) is imported with rksd:eigen_voorzieningen - by coordinates, and by address
   where coordinates are missing. The demo is offline, so those addresses cannot be
   geocoded and are listed as not placed with that reason. The points feed
   rksd:bereikbaarheid: a map of the distance to the nearest own pharmacy.
2. **Own figures (SYNTHETIC)**: a made-up client file for Maastricht's real buurten
   (core.owndata.synthetic; written as out/demo/SYNTHETISCH_clientbestand_maastricht.csv
   to practise with) is counted per buurt with rksd:eigen_clienten - Wmo, Jeugdwet,
   Participatiewet and stapeling - with disclosure control, joined to the GeoPackage and
   added to the index of question 1. The map shows the afgeschermd buurten and says
   SYNTHETISCH in its title and across the map.
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

TEXT = {
    "reach_title": {"nl": "Afstand tot de dichtstbijzijnde apotheek \u2013 eigen voorzieningenlijst (\u2302 eigen bron)",
                    "en": "Distance to the nearest pharmacy \u2013 own facility list (\u2302 own source)"},
    "reach_layer": {"nl": "Gem. afstand per buurt (hemelsbreed)", "en": "Mean distance per buurt (straight line)"},
    "points": {"nl": "\u2302 Apotheken (eigen lijst)", "en": "\u2302 Pharmacies (own list)"},
    "wijken": {"nl": "Wijken", "en": "Wijken (districts)"},
    "subtitle": {"nl": "Maastricht (GM0935), buurten \u00b7 de eigen voorzieningenlijst van de gemeente, geplaatst "
                       "door RKSD, voedt de bereikbaarheidsanalyse",
                 "en": "Maastricht (GM0935), buurten \u00b7 the municipality's own facility list, placed by RKSD, "
                       "feeds the reachability analysis"},
    "reach_note": {
        "nl": "Eigen lijst: {placed} voorzieningen geplaatst ({coordinates} op co\u00f6rdinaten), {unplaced} niet "
              "geplaatst (o.a. offline: adres niet te geocoderen; geen adres). Voorbeeldlijst afgeleid van "
              "OpenStreetMap 2023. Hemelsbreed, geen looproute.",
        "en": "Own list: {placed} facilities placed ({coordinates} by coordinates), {unplaced} not placed (e.g. "
              "offline: address cannot be geocoded; no address). Example list derived from OpenStreetMap 2023. "
              "Straight line, not a walking route."},
    "attribution": {
        "nl": "Voorzieningen: voorbeeld van een eigen lijst, \u00a9 OpenStreetMap-bijdragers (ODbL); buurten: "
              "CBS/Kadaster via PDOK (CC BY 4.0). Analyse: RKSD.",
        "en": "Facilities: example own list, \u00a9 OpenStreetMap contributors (ODbL); buurten: CBS/Kadaster via "
              "PDOK (CC BY 4.0). Analysis: RKSD."},
    "own_attribution": {
        "nl": "SYNTHETISCHE cli\u00ebntgegevens (verzonnen, geen echte personen); bevolking en buurten: CBS "
              "(CC BY 4.0), CBS/Kadaster via PDOK. RKSD.",
        "en": "SYNTHETIC client data (made up, no real persons); population and buurten: CBS (CC BY 4.0), "
              "CBS/Kadaster via PDOK. RKSD."},
}
SYNTHETIC_FILE = "SYNTHETISCH_clientbestand_maastricht.csv"
_KEEP = []  # layers and projects the rendered maps still refer to


def _feedback():
    """A feedback that keeps error messages, so a failed demo step says why."""
    from qgis.core import QgsProcessingFeedback

    class CollectingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802 - QGIS API
            self.errors.append(error)
            super().reportError(error, fatalError)

    return CollectingFeedback()


def _run(algorithm_id, parameters, context):
    from qgis_headless import rksd_algorithm

    feedback = _feedback()
    results, ok = rksd_algorithm(algorithm_id).run(parameters, context, feedback)
    if not ok:
        raise RuntimeError("{} failed: {}".format(algorithm_id, " | ".join(feedback.errors) or "no message"))
    return results


def facilities(out_dir, gpkg_path, language, context):
    """Own facilities from the example list, and the reachability of the own pharmacies."""
    from qgis.core import QgsProject, QgsVectorLayer

    from rksd_plugin.core import paths
    from rksd_plugin.qgis_io import network_styles, render
    from rksd_plugin.qgis_io.layers import outline_renderer
    from rksd_plugin.qgis_io.own_facilities_io import open_facilities

    source = paths.resource("sample", "maastricht_osm", "eigen_voorzieningen_voorbeeld.csv")
    own_gpkg = os.path.join(out_dir, "eigen_voorzieningen.gpkg")
    if os.path.exists(own_gpkg):
        os.unlink(own_gpkg)
    results = _run("rksd:eigen_voorzieningen", {
        "INPUT": source, "CATEGORY_FIELD": "categorie", "NAME_FIELD": "naam", "X_FIELD": "lon", "Y_FIELD": "lat",
        "COORDINATE_CRS": 1, "POSTCODE_FIELD": "postcode", "NUMBER_FIELD": "huisnummer", "STREET_FIELD": "straat",
        "PLACE_FIELD": "plaats", "CATEGORY_MAP": "Polikliniek=zorg", "OFFLINE": True,
        "OUTPUT": "ogr:dbname='{}' table=\"eigen_voorzieningen\" (geom)".format(own_gpkg),
        "UNPLACED": "ogr:dbname='{}' table=\"niet_geplaatst\"".format(own_gpkg)}, context)
    points = QgsVectorLayer("{}|layername=eigen_voorzieningen".format(own_gpkg), "own", "ogr")
    by_method = {}
    for feature in points.getFeatures():
        by_method[feature["plaatsing"]] = by_method.get(feature["plaatsing"], 0) + 1
    reach = _run("rksd:bereikbaarheid", {
        "ORIGINS": "{}|layername=buurten".format(gpkg_path), "FACILITIES": points, "CATEGORY_FIELD": "categorie",
        "FACILITY_ID_FIELD": "naam", "RADII": "500;1000;3000", "OUTPUT": "memory:"}, context)
    from qgis.core import QgsProcessingUtils

    reach_layer = QgsProcessingUtils.mapLayerFromString(reach["OUTPUT"], context)
    reach_layer.setName(TEXT["reach_layer"][language])
    reach_layer.setRenderer(network_styles.distance_renderer(
        reach_layer.geometryType(), "gem_afstand_apotheek_m", [500, 1000, 3000], language))
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.qgis_io.own_styles import facility_renderer

    pharmacies = open_facilities(own_gpkg, language, TEXT["points"][language])
    pharmacies.setSubsetString("\"categorie\" = 'apotheek'")
    pharmacies.setRenderer(facility_renderer(pharmacies, Catalog.load(), language))
    wijken = QgsVectorLayer("{}|layername=wijken".format(gpkg_path), TEXT["wijken"][language], "ogr")
    wijken.setRenderer(outline_renderer("#303030", 0.5))
    project = QgsProject()
    project.addMapLayers([reach_layer, wijken, pharmacies], False)
    png = os.path.join(out_dir, "maps", "bereikbaarheid_eigen_voorzieningen.png")
    note = TEXT["reach_note"][language].format(placed=results["PLACED_COUNT"], unplaced=results["UNPLACED_COUNT"],
                                               coordinates=by_method.get("coordinaten", 0))
    render.render_layer_png([pharmacies, wijken, reach_layer], png, TEXT["reach_title"][language],
                            TEXT["subtitle"][language], TEXT["attribution"][language], note, project=project)
    _KEEP.extend([project, reach_layer, pharmacies, wijken, points])
    summary = {"geopackage": os.path.relpath(own_gpkg, ROOT), "placed": int(results["PLACED_COUNT"]),
               "not_placed": int(results["UNPLACED_COUNT"]), "placed_by": by_method}
    return [png], summary


def figures(out_dir, gpkg_path, language, context):
    """SYNTHETIC client records -> protected own figures in the GeoPackage -> a map."""
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.owndata import own_indicators, synthetic
    from rksd_plugin.qgis_io.own_figures_io import read_areas
    from rksd_plugin.qgis_io.own_maps import render_own_indicator
    from rksd_plugin.report.gpkg_reader import read_atlas_data

    areas = read_areas(gpkg_path)
    rows = synthetic.synthetic_clients(areas.records("buurten"), seed=14, stacking=0.15)
    records_path = synthetic.write_csv(os.path.join(out_dir, SYNTHETIC_FILE), rows)
    questions = [q.id for q in Catalog.load().questions]
    results = _run("rksd:eigen_clienten", {
        "INPUT": records_path, "AREA_KIND": 0, "AREA_FIELD": "buurtcode", "VOORZIENING_FIELD": "voorziening",
        "UNIT_FIELD": "client_id", "UNIT": 0, "STAPELING": True, "GPKG": gpkg_path, "KEY": "sd",
        "TITLE": "Cli\u00ebnten sociaal domein" if language == "nl" else "Social domain clients",
        "SOURCE_LABEL": "Gemeente Maastricht (SYNTHETISCH voorbeeld)", "PERIOD": "2024", "POPULATION": 0,
        "MIN_COUNT": 5, "ROUND": 0, "QUESTION": questions.index("kwetsbaarheid") + 1, "WEIGHT": 1.0,
        "SYNTHETIC": True}, context)
    data = read_atlas_data(gpkg_path, Catalog.load(), language)
    stored = (data.provenance.get("own_data") or {}).get("indicators") or {}
    wmo = own_indicators.OwnIndicator(**stored["eigen_sd_wmo"])
    png = os.path.join(out_dir, "maps", "eigen_cijfers_synthetisch_wmo.png")
    _, info = render_own_indicator(gpkg_path, data, wmo, png, language, TEXT["own_attribution"][language])
    release = (data.provenance.get("own_data") or {}).get("releases", {}).get("sd", {})
    summary = {"client_file": os.path.relpath(records_path, ROOT), "synthetic": True, "rows": len(rows),
               "indicators": sorted(stored), "suppressed_buurten_wmo": info["suppressed"],
               "hidden_per_measure": {k: v["hidden"] for k, v in release.get("privacy", {}).get("measures", {}).items()},
               "report": results.get("REPORT", "").splitlines()}
    return [png], summary


def run(out_dir, gpkg_path, language="nl"):
    from qgis.core import QgsProcessingContext, QgsProject

    os.makedirs(os.path.join(out_dir, "maps"), exist_ok=True)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    pngs, summary = [], {}
    written, summary["facilities"] = facilities(out_dir, gpkg_path, language, context)
    pngs += written
    written, summary["figures"] = figures(out_dir, gpkg_path, language, context)
    pngs += written
    return pngs, summary


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gpkg", default=os.path.join(ROOT, "out", "demo", "maastricht.gpkg"))
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from qgis_headless import start_qgis

    start_qgis()
    pngs, summary = run(os.path.dirname(os.path.abspath(args.gpkg)), args.gpkg, args.language)
    for path in pngs:
        print("map:", os.path.relpath(path, ROOT))
    print(summary)


if __name__ == "__main__":
    main()
