"""PNG maps of indicators per buurt, rendered by QGIS (demo, reports, presentations)."""
import os

from qgis.core import QgsProject

from . import render
from .layers import open_layer, outline_renderer, style_area_layer

TEXT = {
    "per_buurt": {"nl": "per buurt", "en": "per neighbourhood"},
    "classes": {"nl": "klassen", "en": "classes"},
    "quantile": {"nl": "kwantielen", "en": "quantiles"},
    "fixed": {"nl": "vaste klassen", "en": "fixed classes"},
}


def render_indicator_maps(gpkg_path, result, catalog, out_dir, language="nl", indicators=None, note=""):
    """One PNG per indicator on the buurten layer, with the wijk outlines on top."""
    os.makedirs(out_dir, exist_ok=True)
    project = QgsProject()
    written = []
    buurten = result.layers["buurten"]
    for indicator_id in indicators or list(catalog.indicators):
        indicator = catalog.indicators[indicator_id]
        if indicator_id not in buurten.records[0] if buurten.records else True:
            continue
        layer = open_layer(gpkg_path, "buurten", catalog.text(indicator.title, language))
        info = style_area_layer(layer, buurten, catalog, indicator_id, language)
        wijken = open_layer(gpkg_path, "wijken", "wijken")
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
