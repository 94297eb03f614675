"""Preset maps per question as styles of one "Buurten" layer, with a map theme per question.

A run adds three layers: the gemeente outline, the wijken and **one "Buurten" data
layer** that carries every field. Each question map is a named style of that layer (its
index, and every component under it), so the layer tree stays short, Processing dialogs
find one buurten layer, and every map shows the same data. The layer's name follows the
style on screen ("Buurten \u00b7 3. Eenzaamheid"). Wijk-only indicators (Wmo, youth care) are
styles of the wijken layer. Units are in the legend's class labels, not in the names.

Maps for PNGs and the atlas are drawn with the same styling functions on layers of their
own (``index_layer``, ``indicator_layer``).
"""
import json
from dataclasses import asdict, dataclass, field
from typing import Dict, List

from qgis.core import QgsMapThemeCollection, QgsProject
from qgis.PyQt.QtCore import QObject

from ..core import classify, marks
from . import labels, styles
from .layers import open_layer, outline_renderer

TEXT = {
    "index_percentile": {"nl": "percentielrang, hoog = meer risico", "en": "percentile rank, high = more risk"},
    "index_zscore": {"nl": "z-score (begrensd op \u00b13), hoog = meer risico",
                     "en": "z-score (winsorised at \u00b13), high = more risk"},
    "index_index100": {"nl": "index, Nederland = 100, hoog = meer risico",
                       "en": "index, Netherlands = 100, high = more risk"},
    "basis_nl": {"nl": "t.o.v. alle buurten in Nederland", "en": "against all neighbourhoods in the Netherlands"},
    "basis_gm": {"nl": "binnen de gemeente", "en": "within the municipality"},
    "buurten": {"nl": "Buurten", "en": "Neighbourhoods"},
    "wijken": {"nl": "Wijken", "en": "Districts"},
    "gemeente": {"nl": "Gemeentegrens", "en": "Municipal boundary"},
    "outline": {"nl": "Grenzen", "en": "Boundaries"},
    "plain": {"nl": "Buurten (zonder kaart)", "en": "Neighbourhoods (no map)"},
    "index": {"nl": "index", "en": "index"},
    "beside": {"nl": "ernaast", "en": "beside"},
}
INDEX_STYLES = {
    "percentile": ({"method": "fixed", "breaks": [0, 20, 40, 60, 80, 100], "ramp": "OrRd"},
                   {"nl": ["0\u201320 (laagste 20 %)", "20\u201340", "40\u201360", "60\u201380", "80\u2013100 (hoogste 20 %)"],
                    "en": ["0\u201320 (lowest 20 %)", "20\u201340", "40\u201360", "60\u201380", "80\u2013100 (highest 20 %)"]}),
    "zscore": ({"method": "fixed", "breaks": [-3, -1, -0.5, 0.5, 1, 3], "ramp": "OrRd"}, None),
    "index100": ({"method": "fixed", "breaks": [80, 95, 105, 120], "ramp": "OrRd"}, None),
}
NAME_SEPARATOR = " \u00b7 "
BASE_NAME = "rksd/base_name"
PLAIN_STYLE = "rksd/plain_style"  # the style with no map: outlines only
FOLLOWER = "rksd_style_follower"
STYLE_KIND = "rksd/map"  # custom property: the map (style) a layer shows
MAPS = "rksd/maps"  # custom property of the buurten layer: every map of the run (JSON)
ROLE = "rksd/role"  # buurten | wijken | gemeente


def t(key, language):
    return TEXT[key][language]


# -- names ---------------------------------------------------------------------------------------
def question_name(question, language):
    """"3. Eenzaamheid": the short name of a question map."""
    return "{}. {}".format(question.number, question.title.get(language) or question.title.get("nl"))


def index_style_name(question, language):
    return question_name(question, language)


def indicator_style_name(question, indicator, language, beside=False):
    """"3. Eenzaamheid \u00b7 Eenzaam, 18+ \u2248" - short, no unit (the legend has it)."""
    name = marks.indicator_name(indicator, language, with_unit=False)
    if beside:
        name = "{} ({})".format(name, t("beside", language))
    return "{}{}{}".format(question_name(question, language), NAME_SEPARATOR, name)


def index_layer_name(question, normalisation, language):
    """A legend title for an index map: the index and what its numbers are."""
    return "{} ({})".format(question.index_title.get(language), t("index_" + normalisation, language))


def indicator_layer_name(indicator, language):
    return marks.indicator_name(indicator, language)


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


# -- styling -------------------------------------------------------------------------------------
def question_ramp(question):
    return classify.question_ramp(question.number)


def style_index_layer(layer, area_layer, question, normalisation, language):
    style, class_labels = INDEX_STYLES[normalisation]
    style = dict(style, ramp=question_ramp(question))
    values = [r.get(question.index_id) for r in area_layer.records if r.get("water") != "JA"]
    has_water = any(r.get("water") == "JA" for r in area_layer.records)
    renderer, info = styles.choropleth_renderer(
        question.index_id, values, style, "", 0 if normalisation == "percentile" else 1, language,
        has_water=has_water, labels=class_labels[language] if class_labels else None,
        small_expression="coalesce({}, 'NEE') = 'JA'".format(styles.quote_field(question.id + "_klein")),
        missing_kind="no_index",
    )
    layer.setRenderer(renderer)
    styles.apply_aliases(layer, area_layer.fields, language)
    layer.setCustomProperty("rksd/question", question.id)
    layer.setCustomProperty("rksd/field", question.index_id)
    return info


def style_indicator(layer, area_layer, question, indicator, language):
    info = styles.style_indicator_layer(layer, area_layer, indicator, language, ramp=question_ramp(question))
    layer.setCustomProperty("rksd/question", question.id)
    layer.setCustomProperty("rksd/field", indicator.id)
    return info


def index_layer(gpkg_path, result, question, language):
    """A layer of its own with one question's index map (PNGs, atlas pages)."""
    summary = result.questions[question.id]
    normalisation = summary.get("normalisation") or result.provenance.get("normalisation", "percentile")
    layer = open_layer(gpkg_path, "buurten", index_layer_name(question, normalisation, language))
    style_index_layer(layer, result.layers["buurten"], question, normalisation, language)
    return layer


def unavailable_names(result, catalog, question, language, sample=False):
    """"Eenpersoonshuishoudens \u2013 niet beschikbaar in dit pakket" for each indicator a run lacks."""
    kind = "not_in_package" if sample or any("package" in str(v) for v in result.unavailable.values()) \
        else "not_in_source"
    return ["{} \u2013 {}".format(catalog.indicators[k].title.get(language), marks.words(kind, language))
            for k in question.indicators if k in result.unavailable]


# -- the layer tree of a run -------------------------------------------------------------------------
@dataclass
class MapChoice:
    """One map a user can put on screen: a style of the buurten (or wijken) layer."""

    question: str
    field: str
    style: str  # the style's name
    level: str  # buurten | wijken
    kind: str  # index | component | beside | wijk
    label: str  # what the dock's map chooser shows


@dataclass
class RunLayers:
    buurten: object
    wijken: object
    gemeente: object
    maps: List[MapChoice] = field(default_factory=list)
    themes: Dict[str, str] = field(default_factory=dict)  # question id -> map theme name
    unavailable: Dict[str, List[str]] = field(default_factory=dict)  # question id -> names

    def map_choice(self, style):
        for choice in self.maps:
            if choice.style == style:
                return choice
        return None


def plan_maps(result, catalog, questions, language, sample=False):
    """Every map of a run, before any is styled: ``(maps, unavailable)``."""
    maps, unavailable = [], {}
    for question in questions:
        summary = result.questions[question.id]
        maps.append(MapChoice(question.id, question.index_id, index_style_name(question, language), "buurten",
                              "index", "{} ({})".format(question_name(question, language), t("index", language))))
        for kind, keys in (("component", summary["component_fields"]), ("beside", summary["show_beside"])):
            for key in keys:
                style_name = indicator_style_name(question, catalog.indicators[key], language, beside=kind == "beside")
                maps.append(MapChoice(question.id, key, style_name, "buurten", kind,
                                      style_name.split(NAME_SEPARATOR, 1)[1]))
        for key in summary["wijk_indicators"]:
            indicator = catalog.indicators[key]
            maps.append(MapChoice(question.id, key, indicator_style_name(question, indicator, language), "wijken",
                                  "wijk", marks.indicator_name(indicator, language, with_unit=False)))
        missing = unavailable_names(result, catalog, question, language, sample)
        if missing:
            unavailable[question.id] = missing
    return maps, unavailable


def add_run_layers(project, parent, gpkg_path, result, catalog, language="nl", sample=False, question_ids=None):
    """The run's three layers under ``parent``: gemeente outline, wijken, and "Buurten" with a
    style per question map; a map theme per question. Shows the first question's index."""
    project = project or QgsProject.instance()
    buurten_area, wijken_area = result.layers["buurten"], result.layers["wijken"]
    buurten = open_layer(gpkg_path, "buurten", t("buurten", language))
    wijken = open_layer(gpkg_path, "wijken", t("wijken", language))
    gemeente = open_layer(gpkg_path, "gemeente", t("gemeente", language))
    gemeente.setRenderer(outline_renderer("#202020", 0.8))
    styles.apply_aliases(gemeente, result.layers["gemeente"].fields, language)
    run = RunLayers(buurten, wijken, gemeente)
    questions = [q for q in catalog.questions if q.id in result.questions
                 and (not question_ids or q.id in question_ids)]
    run.maps, run.unavailable = plan_maps(result, catalog, questions, language, sample)
    # QGIS keeps a layer's custom properties in each of its styles: set them before the
    # first style is taken, so every map carries them
    for layer, role, base, plain in ((buurten, "buurten", t("buurten", language), t("plain", language)),
                                     (wijken, "wijken", t("wijken", language), t("outline", language)),
                                     (gemeente, "gemeente", "", "")):
        layer.setCustomProperty(ROLE, role)
        if base:
            layer.setCustomProperty(BASE_NAME, base)
            layer.setCustomProperty(PLAIN_STYLE, plain)
    buurten.setCustomProperty(MAPS, json.dumps({"maps": [asdict(c) for c in run.maps], "unavailable": run.unavailable},
                                               ensure_ascii=False))
    _plain(wijken, wijken_area, language, t("outline", language), "#303030", 0.5, names=False)
    _plain(buurten, buurten_area, language, t("plain", language), "#6b6b6b", 0.25)
    by_id = {q.id: q for q in questions}
    for choice in run.maps:
        question = by_id[choice.question]
        layer, area = (buurten, buurten_area) if choice.level == "buurten" else (wijken, wijken_area)
        if choice.kind == "index":
            summary = result.questions[question.id]
            normalisation = summary.get("normalisation") or result.provenance.get("normalisation", "percentile")
            style_index_layer(layer, area, question, normalisation, language)
        else:
            style_indicator(layer, area, question, catalog.indicators[choice.field], language)
        labels.label_areas(layer)
        layer.styleManager().addStyleFromLayer(choice.style)
    # each layer is in its plain style again: only that may be saved into it
    _plain(wijken, wijken_area, language, t("outline", language), "#303030", 0.5, names=False)
    _plain(buurten, buurten_area, language, t("plain", language), "#6b6b6b", 0.25)
    project.addMapLayers([gemeente, wijken, buurten], False)
    parent.addLayer(gemeente)
    parent.addLayer(wijken)
    parent.addLayer(buurten)
    _map_themes(project, run, questions, catalog, language)
    first = next((c for c in run.maps if c.kind == "index"), None)
    if first is not None:
        show_map(run, first.style)
    for layer in (buurten, wijken):
        follow_style(layer)
    return run


def run_from_layers(layers):
    """The ``RunLayers`` of a run's layers found in a project (after it was opened again)."""
    by_role = {layer.customProperty(ROLE): layer for layer in layers if layer.customProperty(ROLE)}
    if not {"buurten", "wijken", "gemeente"} <= set(by_role):
        return None
    run = RunLayers(by_role["buurten"], by_role["wijken"], by_role["gemeente"])
    try:
        stored = json.loads(by_role["buurten"].customProperty(MAPS) or "{}")
    except ValueError:
        stored = {}
    run.maps = [MapChoice(**entry) for entry in stored.get("maps", []) if isinstance(entry, dict)]
    run.unavailable = stored.get("unavailable", {})
    return run


def current_map(run):
    """The style of the map on screen (a wijk map when the wijken layer shows one)."""
    wijk_style = run.wijken.styleManager().currentStyle()
    if wijk_style != run.wijken.customProperty(PLAIN_STYLE) and run.map_choice(wijk_style):
        return wijk_style
    return run.buurten.styleManager().currentStyle()


def _plain(layer, area_layer, language, name, color, width, names=True):
    """The layer without a map (outlines; names where ``names``): the style called ``name``."""
    layer.setRenderer(outline_renderer(color, width))
    styles.apply_aliases(layer, area_layer.fields, language)
    if names:
        labels.label_areas(layer)
    else:
        layer.setLabelsEnabled(False)
    manager = layer.styleManager()
    current = manager.currentStyle()
    if current != name and name not in manager.styles():
        manager.renameStyle(current, name)


def show_map(run, style):
    """Put the map ``style`` on screen: its layer takes the style, the other goes plain."""
    choice = run.map_choice(style)
    if choice is None:
        return False
    plain_buurten = run.buurten.customProperty(PLAIN_STYLE)
    plain_wijken = run.wijken.customProperty(PLAIN_STYLE)
    if choice.level == "wijken":
        run.wijken.styleManager().setCurrentStyle(style)
        run.buurten.styleManager().setCurrentStyle(plain_buurten)
    else:
        run.buurten.styleManager().setCurrentStyle(style)
        run.wijken.styleManager().setCurrentStyle(plain_wijken)
    for layer in (run.buurten, run.wijken):
        layer.triggerRepaint()
    return True


class _StyleNameFollower(QObject):
    """Lives as the layer's child: renames the layer when its style changes."""

    def __init__(self, layer):
        super().__init__(layer)
        self.setObjectName(FOLLOWER)
        self.layer = layer
        layer.styleManager().currentStyleChanged.connect(self.rename)

    def rename(self, *args):
        layer = self.layer
        base = layer.customProperty(BASE_NAME)
        style = layer.styleManager().currentStyle()
        plain = layer.customProperty(PLAIN_STYLE)
        layer.setName(base if not style or style == plain else "{}{}{}".format(base, NAME_SEPARATOR, style))
        layer.setCustomProperty(STYLE_KIND, style)


def follow_style(layer):
    """The layer's name says which map it shows: "Buurten · 3. Eenzaamheid" (also after a
    project is opened again: the dock calls this for every RKSD layer)."""
    if not layer.customProperty(BASE_NAME):
        return None
    follower = layer.findChild(QObject, FOLLOWER)
    if follower is None or not hasattr(follower, "rename"):
        follower = _StyleNameFollower(layer)
    follower.rename()
    return follower


def _map_themes(project, run, questions, catalog, language):
    """One map theme per question: Buurten with the question's index style, wijken and gemeente."""
    collection = project.mapThemeCollection()
    outline = run.wijken.customProperty(PLAIN_STYLE)
    for question in questions:
        record = QgsMapThemeCollection.MapThemeRecord()
        for layer, style in ((run.buurten, index_style_name(question, language)), (run.wijken, outline),
                             (run.gemeente, None)):
            layer_record = QgsMapThemeCollection.MapThemeLayerRecord(layer)
            if style:
                layer_record.usingCurrentStyle = True
                layer_record.currentStyle = style
            record.addLayerRecord(layer_record)
        name = "RKSD {}".format(question_name(question, language))
        if collection.hasMapTheme(name):
            collection.update(name, record)
        else:
            collection.insert(name, record)
        run.themes[question.id] = name
