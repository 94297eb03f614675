"""Preset maps per question: a layer group with the index and its components, a map theme.

Every map is a layer on the same GeoPackage table with its own renderer, so a question
group costs no extra data. Components are listed under the index, switched off; the
indicators shown beside the index (perceived nuisance for safety) and the wijk-only
indicators (Wmo, youth care) follow; indicators a package cannot answer get an empty
entry that says so.
"""
from qgis.core import QgsMapThemeCollection, QgsProject

from . import styles
from .layers import open_layer, outline_renderer

TEXT = {
    "index_percentile": {"nl": "percentielrang, hoog = meer risico", "en": "percentile rank, high = more risk"},
    "index_zscore": {"nl": "z-score (begrensd op \u00b13), hoog = meer risico",
                     "en": "z-score (winsorised at \u00b13), high = more risk"},
    "index_index100": {"nl": "index, Nederland = 100, hoog = meer risico",
                       "en": "index, Netherlands = 100, high = more risk"},
    "model": {"nl": "modelschatting", "en": "model estimate"},
    "unavailable_sample": {"nl": "niet beschikbaar in dit voorbeeld", "en": "not available in this sample"},
    "unavailable": {"nl": "niet beschikbaar", "en": "not available"},
    "components": {"nl": "Componenten", "en": "Components"},
    "beside": {"nl": "Ernaast (niet in de index)", "en": "Beside (not in the index)"},
    "wijk_only": {"nl": "Alleen per wijk", "en": "Per wijk only"},
    "basis_nl": {"nl": "t.o.v. alle buurten in Nederland", "en": "against all buurten in the Netherlands"},
    "basis_gm": {"nl": "binnen de gemeente", "en": "within the gemeente"},
    "wijken": {"nl": "Wijkgrenzen", "en": "Wijk boundaries"},
    "gemeente": {"nl": "Gemeentegrens", "en": "Municipal boundary"},
}
INDEX_STYLES = {
    "percentile": ({"method": "fixed", "breaks": [0, 20, 40, 60, 80, 100], "ramp": "OrRd"},
                   {"nl": ["0\u201320 (laagste 20 %)", "20\u201340", "40\u201360", "60\u201380", "80\u2013100 (hoogste 20 %)"],
                    "en": ["0\u201320 (lowest 20 %)", "20\u201340", "40\u201360", "60\u201380", "80\u2013100 (highest 20 %)"]}),
    "zscore": ({"method": "fixed", "breaks": [-3, -1, -0.5, 0.5, 1, 3], "ramp": "OrRd"}, None),
    "index100": ({"method": "fixed", "breaks": [80, 95, 105, 120], "ramp": "OrRd"}, None),
}


def t(key, language):
    return TEXT[key][language]


def indicator_layer_name(indicator, language):
    title = indicator.title.get(language) or indicator.title.get("nl")
    unit = " ({})".format(indicator.unit) if indicator.unit else ""
    suffix = " \u2013 {}".format(t("model", language)) if indicator.model_estimate else ""
    return "{}{}{}".format(title, unit, suffix)


def index_layer_name(question, normalisation, language):
    return "{} ({})".format(question.index_title.get(language), t("index_" + normalisation, language))


def basis_text(summary, catalog, language):
    """Which components were normalised nationally and which within the gemeente."""
    national = [k for k, b in summary["basis"].items() if b == "nederland"]
    local = [k for k, b in summary["basis"].items() if b == "gemeente"]
    parts = []
    if national:
        parts.append("{}: {}".format(t("basis_nl", language), ", ".join(
            catalog.indicators[k].title.get(language) for k in national)))
    if local:
        parts.append("{}: {}".format(t("basis_gm", language), ", ".join(
            catalog.indicators[k].title.get(language) for k in local)))
    return "; ".join(parts)


def style_index_layer(layer, area_layer, question, normalisation, language):
    style, labels = INDEX_STYLES[normalisation]
    values = [r.get(question.index_id) for r in area_layer.records if r.get("water") != "JA"]
    has_water = any(r.get("water") == "JA" for r in area_layer.records)
    renderer, info = styles.choropleth_renderer(
        question.index_id, values, style, "", 0 if normalisation == "percentile" else 1, language,
        has_water=has_water, labels=labels[language] if labels else None, small_field=question.id + "_klein",
    )
    layer.setRenderer(renderer)
    styles.apply_aliases(layer, area_layer.fields, language)
    layer.setCustomProperty("rksd/question", question.id)
    layer.setCustomProperty("rksd/field", question.index_id)
    return info


def question_layers(gpkg_path, result, catalog, question, language, sample=False):
    """``(index_layer, component_layers, beside_layers, wijk_layers, unavailable_names)``."""
    summary = result.questions[question.id]
    normalisation = summary.get("normalisation") or result.provenance.get("normalisation", "percentile")
    buurten = result.layers["buurten"]
    index_layer = open_layer(gpkg_path, "buurten", index_layer_name(question, normalisation, language))
    style_index_layer(index_layer, buurten, question, normalisation, language)

    def indicator_layer(key, level):
        indicator = catalog.indicators[key]
        area = result.layers[level]
        layer = open_layer(gpkg_path, level, indicator_layer_name(indicator, language))
        styles.style_indicator_layer(layer, area, indicator, language)
        layer.setCustomProperty("rksd/question", question.id)
        layer.setCustomProperty("rksd/field", key)
        return layer

    components = [indicator_layer(k, "buurten") for k in summary["component_fields"]]
    beside = [indicator_layer(k, "buurten") for k in summary["show_beside"]]
    wijk = [indicator_layer(k, "wijken") for k in summary["wijk_indicators"]]
    missing_text = t("unavailable_sample" if sample else "unavailable", language)
    unavailable = [
        "{} \u2013 {}".format(catalog.indicators[k].title.get(language), missing_text)
        for k in question.indicators if k in result.unavailable
    ]
    return index_layer, components, beside, wijk, unavailable


def add_question_groups(project, parent, gpkg_path, result, catalog, language="nl", sample=False,
                        question_ids=None):
    """A subgroup per question under ``parent`` and a map theme per question."""
    project = project or QgsProject.instance()
    wijken = open_layer(gpkg_path, "wijken", t("wijken", language))
    wijken.setRenderer(outline_renderer("#303030", 0.4))
    gemeente = open_layer(gpkg_path, "gemeente", t("gemeente", language))
    gemeente.setRenderer(outline_renderer("#202020", 0.8))
    project.addMapLayers([wijken, gemeente], False)
    parent.addLayer(gemeente)
    parent.addLayer(wijken)
    themes = {}
    for question in catalog.questions:
        if question.id not in result.questions or (question_ids and question.id not in question_ids):
            continue
        index_layer, components, beside, wijk, unavailable = question_layers(
            gpkg_path, result, catalog, question, language, sample)
        group = parent.addGroup("{}. {}".format(question.number, question.title.get(language)))
        group.setCustomProperty("rksd/question", question.id)
        project.addMapLayer(index_layer, False)
        group.addLayer(index_layer)
        sub = group.addGroup(t("components", language))
        for layer in components:
            project.addMapLayer(layer, False)
            sub.addLayer(layer).setItemVisibilityChecked(False)
        if beside:
            side = group.addGroup(t("beside", language))
            for layer in beside:
                project.addMapLayer(layer, False)
                side.addLayer(layer).setItemVisibilityChecked(False)
        if wijk:
            per_wijk = group.addGroup(t("wijk_only", language))
            for layer in wijk:
                project.addMapLayer(layer, False)
                per_wijk.addLayer(layer).setItemVisibilityChecked(False)
        for name in unavailable:
            group.addGroup(name).setItemVisibilityChecked(False)
        sub.setExpanded(False)
        themes[question.id] = (group, index_layer)
    _map_themes(project, parent, themes, wijken, gemeente, catalog, language)
    return themes


def _map_themes(project, parent, themes, wijken, gemeente, catalog, language):
    """One map theme per question: its index with the wijk and gemeente outlines."""
    collection = project.mapThemeCollection()
    root = project.layerTreeRoot()
    for question_id, (group, index_layer) in themes.items():
        question = catalog.question(question_id)
        record = QgsMapThemeCollection.MapThemeRecord()
        for layer in (index_layer, wijken, gemeente):
            record.addLayerRecord(QgsMapThemeCollection.MapThemeLayerRecord(layer))
        name = "RKSD {}. {}".format(question.number, question.title.get(language))
        if collection.hasMapTheme(name):
            collection.update(name, record)
        else:
            collection.insert(name, record)
    return root
