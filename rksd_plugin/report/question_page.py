"""A question page: the gemeente map of one question's index, its legend and its notes.

The same filler serves the atlas's opening pages (A4) and the presentation PNGs (16:9):
both templates carry a map, a legend and a notes label with the ids of the contract.
"""
from qgis.core import QgsExpressionContextUtils

from ..qgis_io import fit, labels, question_maps
from ..qgis_io.layers import open_layer, outline_renderer
from . import content, contract
from .model import pick
from .page_parts import page_variables, show_on_gemeente_map

WIJKEN = {"nl": "Wijkgrenzen", "en": "District boundaries"}
GEMEENTE = {"nl": "Gemeentegrens", "en": "Municipal boundary"}


class QuestionPages:
    """Opens the index layers once; ``fill(question)`` turns the layout to that question."""

    def __init__(self, layout, data, project, language, note=""):
        self.layout = layout
        self.data = data
        self.project = project
        self.language = language
        self.note = note
        gpkg = data.gpkg_path
        self.wijken = open_layer(gpkg, "wijken", WIJKEN.get(language, WIJKEN["nl"]))
        self.wijken.setRenderer(outline_renderer("#303030", 0.5))
        self.gemeente = open_layer(gpkg, "gemeente", GEMEENTE.get(language, GEMEENTE["nl"]))
        self.gemeente.setRenderer(outline_renderer("#1a1a1a", 0.8))
        self.index_layers = {}
        for question in data.question_list():
            layer = open_layer(gpkg, "buurten", pick(question.index_title, language))
            question_maps.style_index_layer(layer, data.layers["buurten"], question, data.normalisation_of(question.id),
                                            language)
            labels.label_areas(layer)
            self.index_layers[question.id] = layer
        project.addMapLayers([self.wijken, self.gemeente] + list(self.index_layers.values()), False)
        self.legend_roots = []

    def fill(self, question, page_number=None, page_count=None):
        layout, language, data = self.layout, self.language, self.data
        index_layer = self.index_layers[question.id]
        legend = show_on_gemeente_map(layout, [self.gemeente, self.wijken, index_layer], [index_layer, self.wijken],
                                      self.gemeente, language, self.legend_roots)
        if legend is not None:
            fit.fit_legend(legend)
        lines = content.question_notes(data, question, language, self.note)
        values = {
            contract.VAR_QUESTION_NUMBER: question.number,
            contract.VAR_QUESTION_TITLE: "{}. {}".format(question.number, pick(question.title, language)),
            contract.VAR_QUESTION_TEXT: pick(question.question, language),
            contract.VAR_QUESTION_SUBTITLE: content.question_subtitle(data, question, language),
            contract.VAR_QUESTION_NOTES: "\n".join(lines),
        }
        if page_number is not None:
            values.update(page_variables(page_number, page_count, language))
        for name, value in values.items():
            QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
        fit.fit_labels(layout)
