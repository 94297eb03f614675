"""PNG change maps of a series: per key, the change between two years per buurt.

The layer is the series GeoPackage's ``verandering_buurten`` styled for one key
(``change_styles``); the note under the legend says which years, absolute or relative,
how re-allocated values are marked and whether a model estimate's change was tested.
"""
import os

from qgis.core import QgsProject

from ..core import marks
from ..core.monitor import change as change_module
from . import render
from .change_styles import style_change_layer
from .layers import open_layer, outline_renderer

TEXT = {
    "title": {"nl": "{title}: verandering {first}-{last}", "en": "{title}: change {first}-{last}"},
    "subtitle": {"nl": "{name} ({code}) - per buurt, buurtgrenzen van {year}",
                 "en": "{name} ({code}) - per neighbourhood, boundaries of {year}"},
    "relative": {"nl": "Relatieve verandering (% van {first}).", "en": "Relative change (% of {first})."},
    "absolute": {"nl": "Absolute verandering ({unit}).", "en": "Absolute change ({unit})."},
    "classes": {"nl": "Klassen symmetrisch rond 0: groei en daling even breed.",
                "en": "Classes symmetric around 0: growth and decline equally wide."},
    "reallocated": {"nl": "{sign} {words} ({n} buurten, gestippeld omlijnd): {rule}.",
                    "en": "{sign} {words} ({n} neighbourhoods, dashed outline): {rule}."},
    "none_reallocated": {"nl": "Alle waarden direct (zelfde code, zelfde gebied).",
                         "en": "Every value direct (same code, same area)."},
    "not_tested": {"nl": "Modelschatting: zonder interval is een verandering niet getoetst.",
                   "en": "Model estimate: without an interval a change is not tested."},
    "wijken": {"nl": "Wijkgrenzen", "en": "District boundaries"},
}


def render_change_maps(gpkg_path, change, info, keys, out_dir, gemeente_name, gemeente, year, attribution,
                       language="nl", note=""):
    """One PNG per key of ``keys`` that has a change; returns the paths."""
    os.makedirs(out_dir, exist_ok=True)
    project = QgsProject()
    written = []
    for key in keys:
        if key not in info:
            continue
        item = info[key]
        layer = open_layer(gpkg_path, "verandering_buurten", item["title"])
        style_change_layer(layer, key, item, change.fields, language)
        wijken = open_layer(gpkg_path, "wijken", TEXT["wijken"][language])
        wijken.setRenderer(outline_renderer("#303030", 0.5))
        project.addMapLayers([layer, wijken], False)
        lines = [
            (TEXT["relative"][language].format(first=item["first"]) if item["kind"] == change_module.RELATIVE
             else TEXT["absolute"][language].format(unit=item["unit"] or "-")),
            TEXT["classes"][language],
            (TEXT["reallocated"][language].format(n=item["reallocated"], sign=marks.symbol("reallocated"),
                                                  words=marks.words("reallocated", language),
                                                  rule=marks.rule("reallocated", language))
             if item["reallocated"]
             else TEXT["none_reallocated"][language]),
        ]
        if item["model_estimate"]:
            lines.append(change_module.RULE[language])
            lines.append(TEXT["not_tested"][language])
        if note:
            lines.append(note)
        title = TEXT["title"][language].format(title=item["title"], first=item["first"], last=item["last"])
        subtitle = TEXT["subtitle"][language].format(name=gemeente_name, code=gemeente, year=year)
        path = os.path.join(out_dir, "verandering_{}.png".format(key))
        render.render_layer_png([wijken, layer], path, title, subtitle, item.get("source_attribution") or attribution,
                                "\n".join(lines), project=project)
        written.append(path)
    return written
