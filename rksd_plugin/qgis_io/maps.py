"""PNG maps of indicators per buurt, rendered by QGIS (demo, reports, presentations)."""
import os

from qgis.core import QgsProject

from . import render
from .layers import open_layer, outline_renderer, style_area_layer
from .question_maps import basis_text, question_layers

WIJKEN = {"nl": "Wijkgrenzen", "en": "Wijk boundaries"}
TEXT = {
    "per_buurt": {"nl": "per buurt", "en": "per neighbourhood"},
    "classes": {"nl": "klassen", "en": "classes"},
    "quantile": {"nl": "kwantielen", "en": "quantiles"},
    "fixed": {"nl": "vaste klassen", "en": "fixed classes"},
    "components": {"nl": "Componenten", "en": "Components"},
    "index": {"nl": "Index", "en": "Index"},
    "method_percentile": {"nl": "gewogen gemiddelde van percentielrangen (0-100), hoog = meer risico",
                          "en": "weighted mean of percentile ranks (0-100), high = more risk"},
    "method_zscore": {"nl": "gewogen gemiddelde van z-scores (begrensd op 3), hoog = meer risico",
                      "en": "weighted mean of z-scores (winsorised at 3), high = more risk"},
    "method_index100": {"nl": "gewogen gemiddelde van indexcijfers (Nederland = 100)",
                        "en": "weighted mean of index numbers (Netherlands = 100)"},
    "normalised": {"nl": "Genormaliseerd", "en": "Normalised"},
    "with_index": {"nl": "buurten met een index", "en": "buurten with an index"},
    "of": {"nl": "van", "en": "of"},
    "model": {"nl": "Cijfers van de Gezondheidsmonitor zijn modelschattingen (RIVM).",
              "en": "Health Monitor figures are model estimates (RIVM)."},
    "weights": {"nl": "gelijke gewichten", "en": "equal weights"},
    "min": {"nl": "Index alleen bij minstens {} component(en)", "en": "Index only with at least {} component(s)"},
}


def render_indicator_maps(gpkg_path, result, catalog, out_dir, language="nl", indicators=None, note=""):
    """One PNG per indicator on the buurten layer, with the wijk outlines on top."""
    os.makedirs(out_dir, exist_ok=True)
    project = QgsProject()
    written = []
    buurten = result.layers["buurten"]
    for indicator_id in indicators or list(catalog.indicators):
        indicator = catalog.indicators[indicator_id]
        if not buurten.records or indicator_id not in buurten.records[0]:
            continue  # not computed in this run (e.g. not in the package)
        layer = open_layer(gpkg_path, "buurten", catalog.text(indicator.title, language))
        info = style_area_layer(layer, buurten, catalog, indicator_id, language)
        wijken = open_layer(gpkg_path, "wijken", WIJKEN[language])
        wijken.setRenderer(outline_renderer("#303030", 0.5))
        project.addMapLayers([layer, wijken], False)
        subtitle = "{} ({}), {} \u00b7 {} \u00b7 {}: {}".format(
            _gemeente_name(result), result.gemeente, result.year, TEXT["per_buurt"][language],
            TEXT["classes"][language], TEXT[info["method"]][language],
        )
        title = "{} ({})".format(catalog.text(indicator.title, language), indicator.unit) if indicator.unit else catalog.text(indicator.title, language)
        path = os.path.join(out_dir, "{}.png".format(indicator_id))
        render.render_layer_png([wijken, layer], path, title, subtitle, catalog.attribution[language], note, project=project)
        written.append(path)
    return written


def _gemeente_name(result):
    records = result.layers["gemeente"].records
    return records[0]["naam"] if records else result.gemeente


def render_question_maps(gpkg_path, result, catalog, out_dir, language="nl", sample=False, note=""):
    """One PNG per question: its index per buurt, with method, components and gaps."""
    os.makedirs(out_dir, exist_ok=True)
    project = QgsProject()
    written = []
    land = [r for r in result.layers["buurten"].records if r.get("water") != "JA"]
    for question in catalog.questions:
        if question.id not in result.questions:
            continue
        summary = result.questions[question.id]
        index_layer, _, _, _, unavailable = question_layers(gpkg_path, result, catalog, question, language, sample)
        index_layer.setName(question.index_title.get(language))
        wijken = open_layer(gpkg_path, "wijken", WIJKEN[language])
        wijken.setRenderer(outline_renderer("#303030", 0.5))
        project.addMapLayers([index_layer, wijken], False)
        components = [catalog.indicators[k] for k in summary["component_fields"]]
        normalisation = summary.get("normalisation") or result.provenance.get("normalisation", "percentile")
        lines = [
            "{}: {}.".format(TEXT["index"][language], TEXT["method_" + normalisation][language]),
            "{}: {}.".format(TEXT["components"][language], ", ".join(c.title.get(language) for c in components)),
            "{} {}.".format(TEXT["normalised"][language], basis_text(summary, catalog, language)),
            "{} ({}).".format(TEXT["min"][language].format(question.min_components), TEXT["weights"][language]
                              if len(set(summary["weights"].values())) <= 1 else "weights"),
            "{} {} {} {}.".format(summary["buurten_with_index"], TEXT["of"][language], len(land),
                                  TEXT["with_index"][language]),
        ]
        if unavailable:
            lines.append("; ".join(unavailable) + ".")
        if any(c.model_estimate for c in components):
            lines.append(TEXT["model"][language])
        if question.note:
            lines.append(question.note.get(language))
        if note:
            lines.append(note)
        subtitle = "{} – {} ({}), {}".format(
            question.question.get(language), _gemeente_name(result), result.gemeente, result.year)
        title = "{}. {}".format(question.number, question.title.get(language))
        path = os.path.join(out_dir, "vraag{}_{}.png".format(question.number, question.id))
        render.render_layer_png([wijken, index_layer], path, title, subtitle,
                                " \u00b7 ".join(result.provenance.get("attributions", [catalog.attribution[language]])),
                                "\n".join(lines), project=project)
        written.append(path)
    return written
