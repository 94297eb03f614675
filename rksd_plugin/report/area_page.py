"""The area page: one atlas page per buurt or wijk, filled into the template's items.

QGIS's atlas (``QgsLayoutAtlas`` on the buurten or wijken layer) moves the map and sets
``@atlas_feature``; for each feature this class puts the area's texts in layout
variables, its rows in the manual table and its chart in the picture item.
"""
import os

from qgis.core import QgsExpressionContextUtils, QgsLayoutItemMap, QgsLayoutItemPicture

from ..compat import PICTURE_SVG
from ..qgis_io import fit
from . import charts, content, contract, table_cells, trends
from .page_parts import page_variables
from .scalebar import apply_nice_segments, fit_extent
from .template import item, manual_table
from .texts import t

SORT = {"buurt": "\"wijkcode\" || ' ' || \"naam\"", "wijk": "\"code\""}
LAND = "coalesce(\"water\", 'NEE') <> 'JA'"


class AreaPage:
    def __init__(self, layout, data, layers, level, language, own_texts, classes, work_dir, codes=None):
        self.layout = layout
        self.data = data
        self.layers = layers
        self.level = level
        self.language = language
        self.own_texts = own_texts
        self.classes = classes
        self.work_dir = work_dir
        self.codes = codes
        self.table, self.table_frame = manual_table(layout, contract.TABLE)
        self.font_sizes = []
        self._prepare()

    # -- once ------------------------------------------------------------------------
    def _prepare(self):
        layout, language = self.layout, self.language
        area_map = item(layout, contract.MAP)
        area_map.setCrs(self.layers.coverage.crs())
        area_map.setLayers(self.layers.area_map())
        area_map.setKeepLayerSet(True)
        # a valid starting extent of the item's shape: with none, the atlas reshapes the map item
        fit_extent(area_map, self.layers.gemeente_extent())
        if not area_map.atlasDriven():
            area_map.setAtlasDriven(True)
            area_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
            area_map.setAtlasMargin(0.6)
        overview = item(layout, contract.OVERVIEW_MAP)
        if isinstance(overview, QgsLayoutItemMap):
            overview.setCrs(self.layers.coverage.crs())
            overview.setLayers(self.layers.overview_map())
            overview.setKeepLayerSet(True)
            if not overview.atlasDriven():
                extent = self.layers.gemeente_extent()
                extent.scale(1.05)
                fit_extent(overview, extent)
        atlas = layout.atlas()
        atlas.setCoverageLayer(self.layers.coverage)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        atlas.setFilterFeatures(True)
        if self.codes is None:
            atlas.setFilterExpression(LAND)
        else:
            quoted = ", ".join("'{}'".format(str(c).replace("'", "''")) for c in self.codes) or "''"
            atlas.setFilterExpression("{} AND \"code\" IN ({})".format(LAND, quoted))
        atlas.setSortFeatures(True)
        atlas.setSortAscending(True)
        atlas.setSortExpression(SORT[self.level])
        atlas.setPageNameExpression("\"naam\"")
        if self.table is not None:
            level_word = t("level_" + self.level, language)
            table_cells.set_headers(self.table, [t("col_indicator", language), level_word, t("col_gemeente", language),
                                                 t("col_nederland", language), t("col_reference", language),
                                                 t("col_cue", language)])
        self._set(contract.VAR_TABLE_NOTE, content.table_note(self.data, language))
        self._set(contract.VAR_OWN_TEXT_HEADING, t("own_text_heading", language))
        self._set(contract.VAR_CHART_TITLE, content.chart_title(self.data, self.level, language))
        # a series GeoPackage: a trend column and a strip of small trend charts (report/trends.py)
        self.series = trends.load(self.data)
        self.trend_picture, self.trend_titles = trends.prepare(layout, self.series, self.table, self.table_frame,
                                                               language, self.data.year)

    def _set(self, name, value):
        QgsExpressionContextUtils.setLayoutVariable(self.layout, name, value)

    # -- per feature -----------------------------------------------------------------
    def current_record(self):
        feature = self.layout.reportContext().feature()
        code = feature.attribute("code") if feature.isValid() else None
        return self.data.record(self.level, code)

    def fill(self, record, page_number, page_count):
        data, language, level = self.data, self.language, self.level
        code = record.get("code")
        own = self.own_texts.text_for(code) if self.own_texts else ""
        values = {
            contract.VAR_AREA_NAME: record.get("naam") or code,
            contract.VAR_AREA_CODE: code,
            contract.VAR_AREA_LEVEL: t("level_" + level, language),
            contract.VAR_AREA_PARENT: (data.wijk_of(record) or {}).get("naam", "") if level == "buurt" else "",
            contract.VAR_AREA_POPULATION: content.population_text(record, language),
            contract.VAR_AREA_SUBTITLE: content.area_subtitle(data, record, level, language),
            contract.VAR_AREA_KEY_FIGURES: content.key_figures(record, language),
            contract.VAR_AREA_TEXT: own,
            **page_variables(page_number, page_count, language),
        }
        for name, value in values.items():
            self._set(name, value)
        apply_nice_segments(item(self.layout, contract.SCALEBAR), language)
        for item_id in (contract.OWN_TEXT, contract.OWN_TEXT_HEADING):
            own_item = item(self.layout, item_id)
            if own_item is not None:
                own_item.setVisibility(bool(own))
        rows = content.area_rows(data, record, level, language, self.classes)
        trends.fill_rows(data, self.series, record, level, rows, language)  # a series: the trend column
        self._set(contract.VAR_TABLE_NOTE, content.table_note(data, language, rows))
        if self.table is not None:
            if self.trend_picture is not None:
                trends.fill_strip(self.trend_picture, self.trend_titles, data, self.series, record, level, rows,
                                  language, self.work_dir)
            self.font_sizes.append(table_cells.fill_area_table(self.table, self.table_frame, rows,
                                                               missing_texts(language)))
        chart = item(self.layout, contract.CHART)
        if isinstance(chart, QgsLayoutItemPicture):
            self._fill_chart(chart, content.chart_data(data, record, level, language, self.classes), code)
        fit.fit_labels(self.layout)

    def _fill_chart(self, chart, chart_data, code):
        """The strips as SVG; their texts in the label table on top, when the template has it."""
        labels, _ = manual_table(self.layout, contract.CHART_LABELS)
        width, height = chart.rect().width(), chart.rect().height()
        svg = charts.strip_chart_svg(chart_data, self.language, width, height, labels=labels is None)
        path = os.path.join(self.work_dir, "chart_{}.svg".format(code))
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(svg)
        chart.setPicturePath(path, PICTURE_SVG)
        if labels is not None:
            geometry = charts.geometry_for(chart_data, width, height)
            table_cells.fill_chart_labels(labels, charts.label_rows(chart_data, self.language), geometry.pitch,
                                          charts.AXIS, width)


def missing_texts(language):
    """Cell texts that stand for a missing value: printed grey in the table."""
    from ..core import marks

    kinds = [k for k, m in marks.MARKS.items() if m.family == "missing"]
    return [marks.words(k, language) for k in kinds] + [marks.symbol("not_in_source")]
