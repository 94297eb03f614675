"""PNG maps of indicators per buurt, rendered by QGIS (demo, reports, presentations)."""
import os

from qgis.core import QgsProject

from ..core import marks
from . import labels, render
from .layers import open_layer, outline_renderer, style_area_layer
from .question_maps import basis_text, index_layer, unavailable_names

WIJKEN = {"nl": "Wijkgrenzen", "en": "District boundaries"}
GEMEENTE = {"nl": "Gemeentegrens", "en": "Municipal boundary"}
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
    "with_index": {"nl": "buurten met een index", "en": "neighbourhoods with an index"},
    "of": {"nl": "van", "en": "of"},
    "weights": {"nl": "gelijke gewichten", "en": "equal weights"},
    "own_weights": {"nl": "eigen gewichten", "en": "own weights"},
    "min": {"nl": "Index alleen bij minstens {} component(en)", "en": "Index only with at least {} component(s)"},
}


def outlines(gpkg_path, language):
    """The offline background of every map: wijk boundaries and the gemeente's outline."""
    wijken = open_layer(gpkg_path, "wijken", WIJKEN[language])
    wijken.setRenderer(outline_renderer("#303030", 0.5))
    gemeente = open_layer(gpkg_path, "gemeente", GEMEENTE[language])
    gemeente.setRenderer(outline_renderer("#111111", 0.9))
    return wijken, gemeente


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
        layer = open_layer(gpkg_path, "buurten", marks.indicator_name(indicator, language))
        info = style_area_layer(layer, buurten, catalog, indicator_id, language)
        labels.label_areas(layer)
        wijken, gemeente = outlines(gpkg_path, language)
        project.addMapLayers([layer, wijken, gemeente], False)
        subtitle = "{} ({}), {} \u00b7 {} \u00b7 {}: {}".format(
            _gemeente_name(result), result.gemeente, result.year, TEXT["per_buurt"][language],
            TEXT["classes"][language], TEXT[info["method"]][language],
        )
        title = marks.indicator_name(indicator, language)
        legend = marks.Legend(threshold=indicator.min_population).add("too_few", "secret")
        if indicator.model_estimate:
            legend.add("model")
        path = os.path.join(out_dir, "{}.png".format(indicator_id))
        lines = [line + "." for line in legend.lines(language)] + ([note] if note else [])
        render.render_layer_png([gemeente, wijken, layer], path, title, subtitle, _attribution(result, catalog, language),
                                "\n".join(lines), project=project, language=language, legend_layers=[layer, wijken])
        written.append(path)
    return written


def _gemeente_name(result):
    records = result.layers["gemeente"].records
    return records[0]["naam"] if records else result.gemeente


def _attribution(result, catalog, language):
    values = result.provenance.get("attributions", [catalog.attribution["nl"]])
    return " \u00b7 ".join(marks.attribution(v, language) for v in values)


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
        layer = index_layer(gpkg_path, result, question, language)
        labels.label_areas(layer)
        wijken, gemeente = outlines(gpkg_path, language)
        project.addMapLayers([layer, wijken, gemeente], False)
        components = [catalog.indicators[k] for k in summary["component_fields"]]
        normalisation = summary.get("normalisation") or result.provenance.get("normalisation", "percentile")
        weights = TEXT["weights"][language] if len(set(summary["weights"].values())) <= 1 else \
            TEXT["own_weights"][language]
        lines = [
            "{}: {}.".format(TEXT["index"][language], TEXT["method_" + normalisation][language]),
            "{}: {}.".format(TEXT["components"][language], ", ".join(
                marks.indicator_name(c, language) for c in components)),
            "{} {}.".format(TEXT["normalised"][language], basis_text(summary, catalog, language)),
            "{} ({}).".format(TEXT["min"][language].format(question.min_components), weights),
            "{} {} {} {}.".format(summary["buurten_with_index"], TEXT["of"][language], len(land),
                                  TEXT["with_index"][language]),
        ]
        unavailable = unavailable_names(result, catalog, question, language, sample)
        if unavailable:
            lines.append("; ".join(unavailable) + ".")
        legend = marks.Legend(threshold=max([c.min_population for c in components] or [0])).add("too_few")
        if any(c.model_estimate for c in components):
            legend.add("model")
        lines += [line + "." for line in legend.lines(language)]
        if question.note:
            lines.append(question.note.get(language))
        if note:
            lines.append(note)
        subtitle = "{} \u2013 {} ({}), {}".format(
            question.question.get(language), _gemeente_name(result), result.gemeente, result.year)
        title = "{}. {}".format(question.number, question.title.get(language))
        path = os.path.join(out_dir, "vraag{}_{}.png".format(question.number, question.id))
        render.render_layer_png([gemeente, wijken, layer], path, title, subtitle,
                                _attribution(result, catalog, language), "\n".join(lines), project=project,
                                language=language, legend_layers=[layer, wijken])
        written.append(path)
    return written

