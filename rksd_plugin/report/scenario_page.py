"""A scenario page of the atlas: the change map and the side-by-side figures of a scenario.

Reads what ``rksd:scenario`` wrote into a GeoPackage (layers ``scenario_buurten`` and
``scenario_locaties``, table ``scenario_tabel``): one page per scenario with the change
in distance per buurt, the sites that close and open, before/after figures for the
target group and the buurten that lose most. The scenario's stored inputs make the page
reproducible; its method (network or straight line) is said on the page.
"""
import os
import sqlite3
from contextlib import closing

from qgis.core import QgsExpressionContextUtils, QgsTableCell

from ..core import paths
from ..qgis_io import planning_styles
from ..qgis_io.layers import open_layer, outline_renderer
from . import table_cells
from .page_parts import page_variables, show_on_gemeente_map
from .template import load_layout, manual_table

SCENARIO_TEMPLATE = "rksd_atlas_scenario.qpt"
FIGURES_TABLE = "rksd_scenario_table"
AREAS_TABLE = "rksd_scenario_buurten"
AREAS_LAYER, SITES_LAYER, TABLE_LAYER = "scenario_buurten", "scenario_locaties", "scenario_tabel"
VAR_TITLE, VAR_SUBTITLE, VAR_NOTES = "rksd_scenario_title", "rksd_scenario_subtitle", "rksd_scenario_notes"

TEXT = {
    "title": {"nl": "Scenario: {}", "en": "Scenario: {}"},
    "closed": {"nl": "sluit: {}", "en": "closes: {}"},
    "added": {"nl": "nieuw: {}", "en": "new: {}"},
    "nothing": {"nl": "geen", "en": "none"},
    "threshold": {"nl": "drempel {} m", "en": "threshold {} m"},
    "method": {"netwerk": {"nl": "afstand over het wegennet", "en": "distance over the road network"},
               "hemelsbreed": {"nl": "afstand hemelsbreed (geen wegennet meegeleverd)",
                               "en": "straight-line distance (no road network supplied)"}},
    "head": {"nl": ("", "Voor", "Na", "Verschil"), "en": ("", "Before", "After", "Change")},
    "areas_head": {"nl": ("Buurt (grootste achteruitgang)", "Voor (m)", "Na (m)", "Over drempel"),
                   "en": ("Buurt (largest loss)", "Before (m)", "After (m)", "Beyond threshold")},
    "mean": {"nl": "Gemiddelde afstand doelgroep (m)", "en": "Mean distance of the target group (m)"},
    "share": {"nl": "Doelgroep binnen de drempel (%)", "en": "Target group within the threshold (%)"},
    "within": {"nl": "Doelgroep binnen de drempel (aantal)", "en": "Target group within the threshold (number)"},
    "worse": {"nl": "Buiten de drempel geraakt", "en": "Pushed beyond the threshold"},
    "better": {"nl": "Binnen de drempel gekomen", "en": "Brought within the threshold"},
    "unreached": {"nl": "Zonder bereikbare locatie", "en": "Without a reachable site"},
    "sites_closed": {"nl": "Sluit", "en": "Closes"},
    "sites_added": {"nl": "Nieuw", "en": "New"},
    "change_legend": {"nl": "Verandering van de afstand", "en": "Change in distance"},
    "sites_legend": {"nl": "Locaties in het scenario", "en": "Sites in the scenario"},
    "gemeente": {"nl": "Gemeentegrens", "en": "Municipal boundary"},
    "notes": {
        "nl": "Per buurt: de gemiddelde afstand van de doelgroep (het gewicht van de vraagpunten) tot de "
              "dichtstbijzijnde open locatie, voor en na het scenario. 'Over drempel' telt wie binnen de drempel "
              "zat en er na het scenario buiten valt. Vraag: {demand}. Het scenario en zijn invoer staan in de "
              "tabel scenario_tabel (kolom invoer): de berekening is te herhalen.",
        "en": "Per buurt: the target group's (the demand points' weight) mean distance to the nearest open site, "
              "before and after the scenario. 'Beyond threshold' counts who was within the threshold and falls "
              "beyond it after the scenario. Demand: {demand}. The scenario and its inputs are stored in the table "
              "scenario_tabel (column invoer): the computation can be repeated.",
    },
}


def _t(key, language):
    value = TEXT[key]
    return value.get(language) or value["nl"]


def default_template():
    return paths.resource("layouts", SCENARIO_TEMPLATE)


def read_scenarios(gpkg_path):
    """The rows of ``scenario_tabel`` (dicts), or [] when the GeoPackage has no scenario."""
    if not gpkg_path or not os.path.isfile(gpkg_path):
        return []
    try:
        with closing(sqlite3.connect("file:{}?mode=ro".format(gpkg_path), uri=True)) as db:
            names = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
            if not {AREAS_LAYER, SITES_LAYER, TABLE_LAYER} <= names:
                return []
            cursor = db.execute('SELECT * FROM "{}"'.format(TABLE_LAYER))
            columns = [c[0] for c in cursor.description]
            return [dict(zip(columns, row)) for row in cursor.fetchall()]
    except sqlite3.Error:
        return []


class ScenarioPages:
    """Opens the scenario layers once; ``fill(row)`` turns the layout to that scenario."""

    def __init__(self, layout, scenario_gpkg, atlas_gpkg, project, language="nl"):
        self.layout, self.language = layout, language
        self.areas = open_layer(scenario_gpkg, AREAS_LAYER, _t("change_legend", language))
        self.sites = open_layer(scenario_gpkg, SITES_LAYER, _t("sites_legend", language))
        self.gemeente = open_layer(atlas_gpkg, "gemeente", _t("gemeente", language))
        self.gemeente.setRenderer(outline_renderer("#1a1a1a", 0.8))
        project.addMapLayers([self.areas, self.sites, self.gemeente], False)
        self.legend_roots = []

    def fill(self, row, page_number=None, page_count=None):
        language, layout = self.language, self.layout
        token = row["veld"]
        self.areas.setRenderer(planning_styles.change_renderer(self.areas.geometryType(),
                                                               "verschil_{}_m".format(token), language))
        self.sites.setRenderer(planning_styles.scenario_sites_renderer(token, language, unused=False))
        self.sites.setSubsetString("\"{}\" != '{}'".format(token.replace('"', '""'), planning_styles.UNUSED))
        legend = show_on_gemeente_map(layout, [self.sites, self.gemeente, self.areas], [self.areas, self.sites],
                                      self.gemeente, language, self.legend_roots)
        if legend is not None:
            legend.adjustBoxSize()
        self._figures(row)
        self._areas(token)
        values = {VAR_TITLE: _t("title", language).format(row["scenario"]),
                  VAR_SUBTITLE: subtitle(row, language),
                  VAR_NOTES: _t("notes", language).format(demand=_demand_text(row))}
        if page_number is not None:
            values.update(page_variables(page_number, page_count, language))
        for name, value in values.items():
            QgsExpressionContextUtils.setLayoutVariable(layout, name, value)

    def _figures(self, row):
        table, frame = manual_table(self.layout, FIGURES_TABLE)
        if table is None:
            return
        language = self.language
        table_cells.set_headers(table, _t("head", language))
        rows = figure_rows(row, language)
        base = table.contentTextFormat()
        contents = []
        for label, before, after, change, tone in rows:
            cells = [QgsTableCell(text) for text in (label, before, after, change)]
            for cell in cells:
                cell.setTextFormat(base)
            if tone in table_cells.TONES:
                from qgis.PyQt.QtGui import QColor

                cells[3].setBackgroundColor(QColor(table_cells.TONES[tone]))
            contents.append(cells)
        table.setTableContents(contents)

    def _areas(self, token):
        table, _ = manual_table(self.layout, AREAS_TABLE)
        if table is None:
            return
        table_cells.set_headers(table, _t("areas_head", self.language))
        records = []
        for feature in self.areas.getFeatures():
            worse = feature["slechter_{}".format(token)]
            change = feature["verschil_{}_m".format(token)]
            records.append((_number(worse) or 0.0, _number(change) or 0.0, feature))
        records.sort(key=lambda r: (-r[0], -r[1]))
        base = table.contentTextFormat()
        contents = []
        for worse, change, feature in records[:8]:
            if worse <= 0 and change < 1.0:  # no loss worth a line
                break
            texts = [str(feature["naam"] if "naam" in feature.fields().names() else feature.id()),
                     _format(feature["voor_m"], 0, self.language),
                     _format(feature["na_{}_m".format(token)], 0, self.language), _format(worse, 0, self.language)]
            cells = [QgsTableCell(text) for text in texts]
            for cell in cells:
                cell.setTextFormat(base)
            contents.append(cells)
        table.setTableContents(contents)


def subtitle(row, language):
    closed = row.get("gesloten") or _t("nothing", language)
    added = row.get("toegevoegd") or _t("nothing", language)
    parts = [_t("closed", language).format(closed), _t("added", language).format(added),
             _t("threshold", language).format(_format(row.get("drempel_m"), 0, language)),
             TEXT["method"].get(row.get("methode"), TEXT["method"]["netwerk"])[language]]
    return " \u00b7 ".join(parts)


def figure_rows(row, language):
    """(label, before, after, change, tone) for the side-by-side table."""
    def diff(a, b, decimals=0):
        a, b = _number(a), _number(b)
        if a is None or b is None:
            return ""
        value = b - a
        text = _format(value, decimals, language)
        return ("+" + text) if value > 0 else text

    weight = _number(row.get("gewicht")) or 0.0
    within_before = weight * (_number(row.get("binnen_voor_pct")) or 0.0) / 100.0
    within_after = weight * (_number(row.get("binnen_na_pct")) or 0.0) / 100.0
    mean_change = (_number(row.get("gem_na_m")) or 0.0) - (_number(row.get("gem_voor_m")) or 0.0)
    return [
        (_t("mean", language), _format(row.get("gem_voor_m"), 0, language), _format(row.get("gem_na_m"), 0, language),
         diff(row.get("gem_voor_m"), row.get("gem_na_m")), "worse" if mean_change > 0 else "better"),
        (_t("share", language), _format(row.get("binnen_voor_pct"), 1, language),
         _format(row.get("binnen_na_pct"), 1, language), diff(row.get("binnen_voor_pct"), row.get("binnen_na_pct"), 1),
         ""),
        (_t("within", language), _format(within_before, 0, language), _format(within_after, 0, language),
         diff(within_before, within_after), ""),
        (_t("worse", language), "", "", _format(row.get("slechter"), 0, language), "worse"),
        (_t("better", language), "", "", _format(row.get("beter"), 0, language), "better"),
        (_t("unreached", language), _format(row.get("onbereikbaar_voor"), 0, language),
         _format(row.get("onbereikbaar_na"), 0, language),
         diff(row.get("onbereikbaar_voor"), row.get("onbereikbaar_na")), ""),
    ]


def _demand_text(row):
    import json

    try:
        stored = json.loads(row.get("invoer") or "{}")
    except ValueError:
        return "?"

    def name(reference):
        return reference.get("name") if isinstance(reference, dict) else reference

    field = stored.get("demand_field") or "1"
    spread = name(stored.get("spread")) or "{:g} m".format(stored.get("spacing_m") or 100)
    return "{} ({}; {})".format(field, name(stored.get("demand")) or "?", spread)


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _format(value, decimals, language):
    from ..core.classify import format_number

    number = _number(value)
    return "" if number is None else format_number(number, decimals, language)


def load(project, path=None):
    return load_layout(project, "scenario", path or default_template())
