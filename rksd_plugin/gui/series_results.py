"""Put a finished series in the layer tree and set the temporal controller on its years.

One group per gemeente and range of years (found again and refilled by a second run,
like a single year's group): the newest year's three layers exactly as a single run
shows them (question maps as styles of Buurten), a collapsed group with the change map
(one layer, a style per indicator), and a collapsed group with every year's buurten on
its own boundaries - each with a fixed temporal range, so the temporal controller plays
the years. The project's time settings span the series, one step a year.
"""
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_io.layers import open_layer
from . import results

_translate = QCoreApplication.translate
YEARS_GROUP_PROPERTY = "rksd/series_years"
CHANGE_GROUP_PROPERTY = "rksd/series_change"  # the series GeoPackage whose change maps the group holds


def add_series(project, gpkg_path, series, catalog, language, question_ids, canvas=None, sample=False):
    """Fill the series' group as a single run's (three layers, a style per question map),
    then a collapsed group with the change map (one layer, a style per indicator) and one
    with every year's buurten on its own boundaries. Returns ``(group, run_layers)``."""
    from ..qgis_io.question_maps import add_run_layers
    from ..qgis_io.series_writer import year_layer_name
    from ..qgis_io.temporal import set_canvas_years, set_layer_year, set_project_years
    from .series_runner import series_key

    project = project or QgsProject.instance()
    newest = series.newest
    records = newest.layers["gemeente"].records
    name = records[0].get("naam") if records else series.gemeente
    first, last = series.years[0], series.years[-1]
    title = "RKSD \u2013 {} {}\u2013{}".format(name, first, last)
    group = results.prepare_run_group(project, series_key(series.gemeente, first, last), title)
    run = add_run_layers(project, group, gpkg_path, newest, catalog, language, sample=sample,
                         question_ids=question_ids or None)
    # under the gemeente and wijk outlines, over Buurten: a change map shows with its wijken
    outlines = sum(1 for layer in (run.gemeente, run.wijken) if group.findLayer(layer.id()) is not None)
    change_group = group.insertGroup(outlines, _translate("RksdDock", "Change between years"))
    change_group.setCustomProperty(CHANGE_GROUP_PROPERTY, gpkg_path)
    change = change_map_layer(gpkg_path)
    project.addMapLayer(change, False)
    change_group.addLayer(change)
    change_group.setItemVisibilityChecked(False)
    change_group.setExpanded(False)
    years_group = group.addGroup(_translate("RksdDock", "Every year on its own boundaries"))
    years_group.setCustomProperty(YEARS_GROUP_PROPERTY, "{}-{}".format(first, last))
    for year in series.years:
        layer = open_layer(gpkg_path, year_layer_name("buurten", year),
                           _translate("RksdDock", "Neighbourhoods {year}").format(year=year))
        set_layer_year(layer, year)  # also in its stored style; set here for every QGIS version
        project.addMapLayer(layer, False)
        years_group.addLayer(layer)
    years_group.setItemVisibilityChecked(False)
    years_group.setExpanded(False)
    set_project_years(project, first, last)
    if canvas is not None:
        set_canvas_years(canvas, first, last)
    return group, run


def change_map_layer(gpkg_path):
    """The series' change map: one layer, a style per indicator (named by its title, so
    the layer's name says which change is on screen, as Buurten says which question)."""
    from ..qgis_io.question_maps import BASE_NAME, PLAIN_STYLE, follow_style
    from ..qgis_io.style_store import load_stored_styles

    base = _translate("RksdDock", "Change map")
    layer = open_layer(gpkg_path, "verandering_buurten", base)
    load_stored_styles(layer)
    layer.setCustomProperty(BASE_NAME, base)
    layer.setCustomProperty(PLAIN_STYLE, "")
    follow_style(layer)
    return layer


def change_group_of(project, gpkg_path):
    """The layer-tree group that holds the change maps of ``gpkg_path``'s series, or None."""
    for group in (project or QgsProject.instance()).layerTreeRoot().findGroups(True):
        if group.customProperty(CHANGE_GROUP_PROPERTY) == gpkg_path:
            return group
    return None
