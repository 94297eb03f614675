"""Put a finished series in the layer tree and set the temporal controller on its years.

One group per gemeente and range of years (found again and refilled by a second run,
like a single year's group): the newest year's question maps exactly as a single run
shows them, a group with the change map, and a group with every year's buurten on its
own boundaries - each with a fixed temporal range, so the temporal controller plays the
years. The project's time settings span the series, one step a year.
"""
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_io.layers import open_layer
from . import results

_translate = QCoreApplication.translate
YEARS_GROUP_PROPERTY = "rksd/series_years"


def add_series(project, gpkg_path, series, catalog, language, question_ids, canvas=None, sample=False):
    from ..qgis_io.question_maps import add_question_groups
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
    themes = add_question_groups(project, group, gpkg_path, newest, catalog, language, sample=sample,
                                 question_ids=question_ids or None)
    shown = True
    for question in catalog.questions:
        if question.id in themes:
            themes[question.id][0].setItemVisibilityChecked(shown)
            themes[question.id][0].setExpanded(False)
            shown = False
    change_group = group.insertGroup(0, _translate("RksdDock", "Change between years"))
    change = open_layer(gpkg_path, "verandering_buurten", _translate("RksdDock", "Change map (buurten)"))
    project.addMapLayer(change, False)
    change_group.addLayer(change)
    change_group.setItemVisibilityChecked(False)
    years_group = group.addGroup(_translate("RksdDock", "Every year on its own boundaries"))
    years_group.setCustomProperty(YEARS_GROUP_PROPERTY, "{}-{}".format(first, last))
    for year in series.years:
        layer = open_layer(gpkg_path, year_layer_name("buurten", year), _translate("RksdDock", "Buurten {year}").format(
            year=year))
        set_layer_year(layer, year)  # also in its stored style; set here for every QGIS version
        project.addMapLayer(layer, False)
        years_group.addLayer(layer)
    years_group.setItemVisibilityChecked(False)
    years_group.setExpanded(False)
    set_project_years(project, first, last)
    if canvas is not None:
        set_canvas_years(canvas, first, last)
    return group
