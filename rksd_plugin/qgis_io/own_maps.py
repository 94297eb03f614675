"""PNG maps of the gemeente's own indicators: afgeschermd buurten marked, SYNTHETISCH when made up."""
import os

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.owndata import marks
from . import render
from .layers import open_layer, outline_renderer
from .own_styles import style_own_layer

TEXT = {
    "subtitle": {"nl": "{gemeente} ({code}), {year} \u00b7 per buurt \u00b7 eigen cijfers van de gemeente naast CBS",
                 "en": "{gemeente} ({code}), {year} \u00b7 per neighbourhood \u00b7 the municipality's own figures "
                       "beside CBS"},
    "wijken": {"nl": "Wijkgrenzen", "en": "Wijk boundaries"},
    "note": {"nl": "{suppressed} van {of} buurten afgeschermd (kleine aantallen, minimum {min}). Cijfers per 1.000 "
                   "alleen uit gepubliceerde aantallen; de CBS-bevolking van {year}. Privacyverslag: tabel "
                   "rksd_privacy in de GeoPackage en de methodepagina van de atlas.",
             "en": "{suppressed} of {of} neighbourhoods suppressed (small numbers, minimum {min}). Rates per 1,000 "
                   "only from published counts; CBS population of {year}. Privacy report: table rksd_privacy in the "
                   "GeoPackage and the atlas's method page."},
}


def synthetic_stamp(layout, language, note=None, page=(297.0, 210.0)):
    """A large red "SYNTHETISCH" at the foot of the legend column: nobody can miss it, and it
    hides no buurt. The note above it (``note``: its text) gives up the room it needs."""
    from . import fit

    side, _, column_w, bottom = render.side_column(page)
    stamp_h = 16.0
    for item in layout.items():
        if note and isinstance(item, QgsLayoutItemLabel) and item.text() == note:
            top = item.positionWithUnits().y()
            item.attemptResize(QgsLayoutSize(column_w, max(bottom - stamp_h - 3.0 - top, 10.0), render.MM))
            fit.fit_label(item)
    label = QgsLayoutItemLabel(layout)
    label.setText(marks.words("synthetic", language))
    font = QFont("DejaVu Sans", 26)
    font.setBold(True)
    label.setFont(font)
    label.setFontColor(QColor("#c00000"))
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setVAlign(Qt.AlignmentFlag.AlignBottom)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(side, bottom - stamp_h, render.MM))
    label.attemptResize(QgsLayoutSize(column_w, stamp_h, render.MM))
    fit.fit_label(label)
    return label


def render_own_indicator(gpkg_path, data, indicator, path, language="nl", attribution=""):
    """One own indicator per buurt as a PNG with title, legend and the privacy note."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    project = QgsProject()
    records = data.records("buurt")
    # the legend's heading: short (the map's title says SYNTHETISCH and eigen bron in full)
    layer = open_layer(gpkg_path, "buurten", "{} {}".format(marks.symbol("own_source"),
                                                            indicator.title.get(language) or indicator.id))
    info = style_own_layer(layer, indicator, records, language)
    wijken = open_layer(gpkg_path, "wijken", TEXT["wijken"][language])
    wijken.setRenderer(outline_renderer("#303030", 0.5))
    project.addMapLayers([layer, wijken], False)
    land = [r for r in records if r.get("water") != "JA"]
    release_rules = _rules(data, indicator)
    title = indicator.name(language)
    subtitle = TEXT["subtitle"][language].format(gemeente=data.gemeente_name, code=data.gemeente, year=data.year)
    note = TEXT["note"][language].format(suppressed=info["suppressed"], of=len(land),
                                         min=release_rules.get("min_count", "-"), year=data.year)
    if indicator.synthetic:
        note = "{}: {}. {}".format(marks.words("synthetic", language), marks.rule("synthetic", language), note)
    note = "{}\n{}".format(note, marks.legend_line("own_source", language))
    layout = render.map_layout(project, [wijken, layer], title, subtitle, attribution, note)
    if indicator.synthetic:
        synthetic_stamp(layout, language, note)
    render.export_png(layout, path)
    return path, info


def _rules(data, indicator):
    releases = (data.provenance.get("own_data") or {}).get("releases") or {}
    release = releases.get(indicator.dataset) or {}
    return release.get("rules") or {}
