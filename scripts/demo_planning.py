"""Demo of the planning algorithms for Maastricht: which site matters, where best, a scenario.

Called by scripts/demo.py after the buurten GeoPackage is written:
``run(out_dir, gpkg_path, language) -> (png paths, summary dict, planning GeoPackage)``.
No road network for Maastricht ships with the plugin, so every distance is straight-line
(hemelsbreed) - said on every map. Data: the real KWB 2024 inwoners 65+ per buurt, spread
over sample points every 100 m in each buurt (area-weighted: no CBS 100 m squares or
addresses are bundled); the real OpenStreetMap ontmoeting/zorg nodes (2023) as the
existing sites; OSM supermarkets, pharmacies and GP practices as EXAMPLE candidate sites
(buildings people already visit - not the gemeente's real estate, which is not public).

1. ``rksd:sluiting``: what closing each ontmoeting site alone would cost the 65+;
2. ``rksd:locatiekeuze``: the best 3 extra sites among the candidates (p-median, the
   existing sites stay open) -> ``maps/beste_locaties.png``;
3. ``rksd:scenario``: an EXAMPLE scenario (not policy): the 2 sites whose closure costs
   least close, the 2 best candidates open -> ``maps/scenario_ontmoeting.png``, and the
   scenario page of the atlas.

Standalone: ``python scripts/demo_planning.py --gpkg out/demo/maastricht.gpkg``.
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

K = 3
THRESHOLD = 1000.0
SCENARIO = {"nl": "Voorbeeld: 2 dicht en 2 nieuw", "en": "Example: 2 close and 2 new"}
TEXT = {
    "best_title": {"nl": "Beste {k} extra locaties voor ontmoeting en zorg (65+) \u2013 hemelsbreed",
                   "en": "Best {k} extra sites for meeting and care (65+) \u2013 straight line"},
    "best_layer": {"nl": "Afstand 65+ tot dichtstbijzijnde locatie", "en": "Distance of the 65+ to the nearest site"},
    "scenario_title": {"nl": "Voorbeeldscenario ontmoeting en zorg: verandering van de afstand voor 65+",
                       "en": "Example scenario meeting and care: change in distance for the 65+"},
    "subtitle": {"nl": "Maastricht (GM0935), buurten \u00b7 HEMELSBREED: geen wegennet meegeleverd, "
                       "afstanden over de weg zijn langer",
                 "en": "Maastricht (GM0935), buurten \u00b7 STRAIGHT LINE: no road network supplied, "
                       "road distances are longer"},
    "best_note": {
        "nl": "Minste totale afstand (p-median) voor de 65+ (KWB 2024 per buurt, gespreid over punten elke 100 m), "
              "de 6 bestaande ontmoetings-/zorglocaties (OSM) blijven open. Kandidaten: bij wijze van VOORBEELD de "
              "OSM-supermarkten, apotheken en huisartsen (panden die mensen al bezoeken), niet het vastgoed van de "
              "gemeente. {status}",
        "en": "Least total distance (p-median) for the 65+ (KWB 2024 per buurt, spread over points every 100 m), "
              "the 6 existing meeting/care sites (OSM) stay open. Candidates: as an EXAMPLE the OSM supermarkets, "
              "pharmacies and GP practices (buildings people already visit), not the gemeente's real estate. "
              "{status}"},
    "scenario_note": {
        "nl": "VOORBEELD, geen beleid: de 2 locaties waarvan sluiten het minst kost (rksd:sluiting) gaan dicht, de "
              "2 beste kandidaten (rksd:locatiekeuze) openen. 65+ binnen {t} m: {wb} % \u2192 {wa} %; "
              "{worse} raken buiten de drempel, {better} komen erbinnen.",
        "en": "EXAMPLE, not policy: the 2 sites whose closure costs least (rksd:sluiting) close, the 2 best "
              "candidates (rksd:locatiekeuze) open. 65+ within {t} m: {wb} % \u2192 {wa} %; "
              "{worse} pushed beyond the threshold, {better} brought within it."},
    "status": {"nl": "Bewezen optimaal (HiGHS).", "en": "Proven optimal (HiGHS)."},
    "gap": {"nl": "Hooguit {g:.2f} % van het optimum.", "en": "At most {g:.2f} % from the optimum."},
    "wijken": {"nl": "Wijken", "en": "Wijken (districts)"},
    "attribution": {
        "nl": "Locaties \u00a9 OpenStreetMap-bijdragers (ODbL); 65+ per buurt: CBS KWB 2024; buurten: CBS/Kadaster "
              "via PDOK (CC BY 4.0). Analyse: RKSD.",
        "en": "Sites \u00a9 OpenStreetMap contributors (ODbL); 65+ per buurt: CBS KWB 2024; buurten: CBS/Kadaster "
              "via PDOK (CC BY 4.0). Analysis: RKSD."},
}


def _execute(algorithm_id, parameters, context):
    """Run an algorithm; its output layers are taken out of the context (ours to own now)."""
    from qgis.core import QgsProcessingFeedback
    from qgis_headless import rksd_algorithm

    results, ok = rksd_algorithm(algorithm_id).run(parameters, context, QgsProcessingFeedback())
    if not ok:
        raise RuntimeError("{} failed".format(algorithm_id))
    out = {}
    for key, value in results.items():
        layer = context.takeResultLayer(value) if isinstance(value, str) else None
        out[key] = layer if layer is not None else value
    return out


def _dispose(layer):
    """Let a project delete a file-based layer (deleting it from Python may crash QGIS 3.22)."""
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(layer, False)
    QgsProject.instance().removeMapLayer(layer.id())


def _sites(facilities_path, categories, name, flags=None):
    """OSM sites of ``categories`` as a memory layer; ``flags`` adds a text field per site."""
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsField, QgsVectorLayer

    from rksd_plugin.compat import field_type

    source = QgsVectorLayer(facilities_path, "facilities", "ogr")
    layer = QgsVectorLayer("Point?crs={}".format(source.crs().authid()), name, "memory")
    layer.dataProvider().addAttributes([QgsField("naam", field_type("string")), QgsField("categorie", field_type("string")),
                                        QgsField("bron_id", field_type("string")), QgsField("scenario", field_type("string"))])
    layer.updateFields()
    expression = '"categorie" IN ({})'.format(", ".join("'{}'".format(c) for c in categories))
    features = []
    for feature in source.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
        label = feature["naam"] or "{} {}".format(feature["categorie"], feature["bron_id"].split("/")[-1])
        copy = QgsFeature(layer.fields())
        copy.setAttributes([label, feature["categorie"], feature["bron_id"], (flags or {}).get(feature["bron_id"], "")])
        copy.setGeometry(feature.geometry())
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    _dispose(source)
    return layer


def _save(layer, path, name, first):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if first
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError("writing {} failed: {}".format(name, error))


def run(out_dir, gpkg_path, language="nl"):
    """Closure ranking, best extra sites and an example scenario; returns (pngs, summary, planning gpkg)."""
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

    from rksd_plugin.core import paths
    from rksd_plugin.core.classify import format_number
    from rksd_plugin.qgis_io import planning_styles, render

    def number(value, decimals):
        return format_number(value, decimals, language)
    from rksd_plugin.qgis_io.layers import outline_renderer

    os.makedirs(os.path.join(out_dir, "maps"), exist_ok=True)
    facilities = paths.resource("sample", "maastricht_osm", "maastricht_voorzieningen.geojson")
    buurten = "{}|layername=buurten".format(gpkg_path)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    demand = {"DEMAND": buurten, "DEMAND_FIELD": "inwoners_65plus"}
    existing = _sites(facilities, ["ontmoeting"], "ontmoeting/zorg (OSM)")
    candidates = _sites(facilities, ["supermarkt", "apotheek", "huisarts"], "kandidaten: voorbeeld (OSM)")

    closure = _execute("rksd:sluiting", dict(demand, FACILITIES=existing, FACILITY_NAME_FIELD="naam",
                                             THRESHOLD=THRESHOLD, OUTPUT="memory:"), context)["OUTPUT"]
    ranked = sorted(closure.getFeatures(), key=lambda f: f["rang"])
    least = [f["bron_id"] for f in ranked[-2:]]
    best = _execute("rksd:locatiekeuze", dict(
        demand, CANDIDATES=candidates, CANDIDATE_NAME_FIELD="naam", EXISTING=existing, EXISTING_NAME_FIELD="naam",
        PROBLEM=0, SITES=K, METHOD=0, RADIUS=THRESHOLD, OUTPUT="memory:", OUTPUT_AREAS="memory:",
        OUTPUT_TABLE="memory:"), context)
    chosen = {f["fid_bron"]: f["volgorde"] for f in best["OUTPUT"].getFeatures()
              if f["bron"] == "kandidaat" and f["gekozen"]}
    first_two = {candidates.getFeature(fid)["bron_id"] for fid, _ in sorted(chosen.items(), key=lambda item: item[1])[:2]}
    name = SCENARIO[language]
    scenario_existing = _sites(facilities, ["ontmoeting"], "ontmoeting/zorg (OSM)", {key: name for key in least})
    scenario_candidates = _sites(facilities, ["supermarkt", "apotheek", "huisarts"], "kandidaten: voorbeeld (OSM)")
    scenario_candidates.startEditing()
    index = scenario_candidates.fields().indexOf("scenario")
    for feature in scenario_candidates.getFeatures():
        if feature["bron_id"] in first_two:
            scenario_candidates.changeAttributeValue(feature.id(), index, name)
    scenario_candidates.commitChanges()
    scenario = _execute("rksd:scenario", dict(
        demand, FACILITIES=scenario_existing, FACILITY_NAME_FIELD="naam", CLOSE_FIELD="scenario",
        CANDIDATES=scenario_candidates, CANDIDATE_NAME_FIELD="naam", ADD_FIELD="scenario", THRESHOLD=THRESHOLD,
        OUTPUT="memory:", OUTPUT_SITES="memory:", OUTPUT_TABLE="memory:"), context)

    planning = os.path.join(out_dir, "planning.gpkg")
    for index_, (layer, layer_name) in enumerate((
            (scenario["OUTPUT"], "scenario_buurten"), (scenario["OUTPUT_SITES"], "scenario_locaties"),
            (scenario["OUTPUT_TABLE"], "scenario_tabel"), (best["OUTPUT"], "beste_locaties"),
            (best["OUTPUT_AREAS"], "beste_locaties_buurten"), (best["OUTPUT_TABLE"], "beste_locaties_samenvatting"),
            (closure, "sluiting"))):
        _save(layer, planning, layer_name, index_ == 0)

    row = next(scenario["OUTPUT_TABLE"].getFeatures())
    token = row["veld"]
    summary_row = next(best["OUTPUT_TABLE"].getFeatures())
    project = QgsProject()
    wijken = QgsVectorLayer("{}|layername=wijken".format(gpkg_path), TEXT["wijken"][language], "ogr")
    wijken.setRenderer(outline_renderer("#303030", 0.5))
    # the outputs as the algorithms made them (the GeoPackage holds the same): styled and drawn
    change = scenario["OUTPUT"]
    change.setName({"nl": "Verandering van de afstand", "en": "Change in distance"}[language])
    change.setRenderer(planning_styles.change_renderer(change.geometryType(), "verschil_{}_m".format(token), language))
    sites = scenario["OUTPUT_SITES"]
    sites.setName({"nl": "Locaties in het scenario", "en": "Sites in the scenario"}[language])
    sites.setSubsetString("\"{}\" != '{}'".format(token, planning_styles.UNUSED))
    sites.setRenderer(planning_styles.scenario_sites_renderer(token, language, unused=False))
    areas = best["OUTPUT_AREAS"]
    areas.setName(TEXT["best_layer"][language])
    areas.setRenderer(planning_styles.area_distance_renderer(areas.geometryType(), "gem_afstand_m", [500, 1000, 2000],
                                                             language))
    chosen_layer = best["OUTPUT"]
    chosen_layer.setName({"nl": "Locaties", "en": "Sites"}[language])
    chosen_layer.setRenderer(planning_styles.chosen_sites_renderer("gekozen", "bron", language))
    for layer in (wijken, change, sites, areas, chosen_layer):
        if not layer.isValid():
            raise RuntimeError("cannot open {}".format(layer.name()))
    project.addMapLayers([wijken, change, sites, areas, chosen_layer], False)
    status = (TEXT["status"][language] if summary_row["status"] == "optimal"
              else TEXT["gap"][language].format(g=summary_row["gat_pct"] or 0.0))
    best_png = os.path.join(out_dir, "maps", "beste_locaties.png")
    render.render_layer_png([chosen_layer, wijken, areas], best_png, TEXT["best_title"][language].format(k=K),
                            TEXT["subtitle"][language], TEXT["attribution"][language],
                            TEXT["best_note"][language].format(status=status), project=project)
    scenario_png = os.path.join(out_dir, "maps", "scenario_ontmoeting.png")
    render.render_layer_png([sites, wijken, change], scenario_png, TEXT["scenario_title"][language],
                            TEXT["subtitle"][language], TEXT["attribution"][language],
                            TEXT["scenario_note"][language].format(
                                t=number(THRESHOLD, 0), wb=number(row["binnen_voor_pct"], 1),
                                wa=number(row["binnen_na_pct"], 1), worse=number(row["slechter"], 0),
                                better=number(row["beter"], 0)), project=project)
    project.clear()  # the drawn layers are the project's: gone with it, before QGIS exits
    summary = {
        "method": "hemelsbreed (no road network bundled)",
        "closure_rank": [(f["naam"], f["rang"], round(f["extra_afstand"] or 0), round(f["over_drempel"] or 0, 1))
                         for f in ranked],
        "best_sites": {"chosen": summary_row["gekozen"], "status": summary_row["status"],
                       "solver": summary_row["oplosser"], "objective": summary_row["doelwaarde"],
                       "gap_pct": summary_row["gat_pct"]},
        "scenario": {"name": row["scenario"], "closed": row["gesloten"], "added": row["toegevoegd"],
                     "mean_before_m": row["gem_voor_m"], "mean_after_m": row["gem_na_m"],
                     "within_before_pct": row["binnen_voor_pct"], "within_after_pct": row["binnen_na_pct"],
                     "pushed_beyond": row["slechter"], "brought_within": row["beter"]},
        "geopackage": planning,
    }
    return [best_png, scenario_png], summary, planning


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gpkg", default=os.path.join(ROOT, "out", "demo", "maastricht.gpkg"))
    parser.add_argument("--out", default=None, help="folder for planning.gpkg and maps/ (default: the GeoPackage's)")
    parser.add_argument("--language", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from qgis_headless import start_qgis

    start_qgis()
    pngs, summary, _ = run(args.out or os.path.dirname(os.path.abspath(args.gpkg)), args.gpkg, args.language)
    for path in pngs:
        print("map:", os.path.relpath(path, ROOT))
    print(summary)


if __name__ == "__main__":
    main()
