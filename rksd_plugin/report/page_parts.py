"""What every atlas page sets the same way: its map on the gemeente, and its page number.

One place for them, so the question pages, the scenario pages and the area and method
pages cannot drift apart in margin, scale bar, legend or page label.
"""
from qgis.core import QgsLayerTree, QgsLayoutItemLegend, QgsLayoutItemMap

from . import contract
from .scalebar import apply_nice_segments, fit_extent
from .template import item
from .texts import t

GEMEENTE_MARGIN = 1.04  # the whole gemeente with a little room around it


def show_on_gemeente_map(layout, layers, legend_layers, gemeente, language, legend_roots):
    """The page's map shows ``layers`` (top to bottom, in the CRS of the bottom one) over the
    whole ``gemeente``, its scale bar has round numbers, its legend lists ``legend_layers``.
    Returns the legend (None when the template has none) for the caller to size; its layer
    tree is kept alive in ``legend_roots``."""
    page_map = item(layout, contract.MAP)
    page_map.setCrs(layers[-1].crs())
    page_map.setLayers(layers)
    page_map.setKeepLayerSet(True)
    if isinstance(page_map, QgsLayoutItemMap):
        extent = gemeente.extent()
        extent.scale(GEMEENTE_MARGIN)
        fit_extent(page_map, extent)
    apply_nice_segments(item(layout, contract.SCALEBAR), language)
    legend = item(layout, contract.LEGEND)
    if not isinstance(legend, QgsLayoutItemLegend):
        return None
    root = QgsLayerTree()
    for layer in legend_layers:
        root.addLayer(layer)
    legend.setAutoUpdateModel(False)
    legend.model().setRootGroup(root)
    legend_roots.append(root)  # the model does not own its root: keep it alive
    return legend


def page_variables(number, count, language):
    """The layout variables of page ``number`` of ``count`` ("pagina 9 van 51")."""
    return {contract.VAR_PAGE_NUMBER: number,
            contract.VAR_PAGE_COUNT: count,
            contract.VAR_PAGE_LABEL: t("page_label", language).format(number=number, count=count)}
