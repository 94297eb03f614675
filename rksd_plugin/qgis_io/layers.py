"""Turn a pipeline result into a styled GeoPackage and layers in the project."""
from qgis.core import QgsFillSymbol, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

from . import styles
from .gpkg_writer import write_geopackage

AREA_LAYERS = ("buurten", "wijken", "gemeente")
GROUP_PROPERTY = "rksd/group"


def open_layer(gpkg_path, name, display_name=None):
    layer = QgsVectorLayer("{}|layername={}".format(gpkg_path, name), display_name or name, "ogr")
    if not layer.isValid():
        raise RuntimeError("cannot open layer {} in {}".format(name, gpkg_path))
    return layer


def outline_renderer(color="#3b3b3b", width=0.6):
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": color, "outline_width": str(width), "style": "no"}
    )
    return QgsSingleSymbolRenderer(symbol)


def style_area_layer(vector_layer, area_layer, catalog, indicator_id, language="nl"):
    """Style one area layer by ``indicator_id`` (or as an outline when it has none)."""
    indicator = catalog.indicators.get(indicator_id) if indicator_id else None
    if indicator is not None and area_layer.level in indicator.levels:
        return styles.style_indicator_layer(vector_layer, area_layer, indicator, language)
    vector_layer.setRenderer(outline_renderer())
    styles.apply_aliases(vector_layer, area_layer.fields, language)
    return None


def write_result(result, path, catalog, language="nl", indicator_id="aandeel_65plus", is_cancelled=None):
    """Write ``result`` to ``path`` (atomically) with default styles stored inside."""

    def store_styles(tmp_path):
        for name, area_layer in result.layers.items():
            vector_layer = open_layer(tmp_path, name)
            chosen = indicator_id if name != "gemeente" else None
            style_area_layer(vector_layer, area_layer, catalog, chosen, language)
            _save_style(vector_layer, name, "RKSD preset style", True)
            if name == "buurten":
                _store_question_styles(vector_layer, area_layer, result, catalog, language)
            del vector_layer

    return write_geopackage(path, result.layers, result.provenance, language, is_cancelled, store_styles)


def _save_style(vector_layer, name, description, default):
    message = vector_layer.saveStyleToDatabase(name, description, default, "")
    if message:
        raise RuntimeError("storing the style {} failed: {}".format(name, message))


def _store_question_styles(vector_layer, area_layer, result, catalog, language):
    """Each question's index as an extra named style (Layer Properties > Style in QGIS)."""
    from .question_maps import style_index_layer

    for question in catalog.questions:
        if question.id in result.questions:
            normalisation = result.questions[question.id].get("normalisation") or result.provenance.get(
                "normalisation", "percentile")
            style_index_layer(vector_layer, area_layer, question, normalisation, language)
            # GeoPackage style names hold at most 30 characters
            word = "vraag" if language == "nl" else "question"
            title = "RKSD {} {} - {}".format(word, question.number, question.id)[:30]
            _save_style(vector_layer, title, question.index_title.get(language), False)

def add_group(project, group_name, layers, replace=True):
    """Put ``layers`` in a layer-tree group; a second run replaces the group's layers."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.findGroup(group_name)
    if group is not None and replace:
        for child in list(group.findLayers()):
            project.removeMapLayer(child.layerId())
        group.removeAllChildren()
    if group is None:
        group = root.insertGroup(0, group_name)
    group.setCustomProperty(GROUP_PROPERTY, group_name)
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return group


PDOK_BACKGROUND = ("type=xyz&zmin=0&zmax=19&url=https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/"
                   "grijs/EPSG:3857/{z}/{x}/{y}.png")
BACKGROUND_NAME = {"nl": "Achtergrond PDOK (online)", "en": "PDOK background (online)"}


def pdok_background(language="nl"):
    """PDOK's grey BRT background map (online only); None when QGIS cannot make the layer."""
    from qgis.core import QgsRasterLayer

    layer = QgsRasterLayer(PDOK_BACKGROUND, BACKGROUND_NAME.get(language, BACKGROUND_NAME["nl"]), "wms")
    if not layer.isValid():
        return None
    layer.setCustomProperty("rksd/background", True)
    return layer
