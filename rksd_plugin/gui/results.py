"""Put a finished run in the layer tree: one group per gemeente and year, replaced in place.

The group carries a custom property with the run key, so a second run for the same
gemeente and year finds it (wherever the user moved it, whatever it is called now),
empties it and fills it again - never a second copy of every layer.

A run writes its GeoPackage under a staging name; only when it is complete are the old
layers released and the file moved into place (on the GUI thread). The old layers stay
usable during the run, and a GeoPackage is never replaced while QGIS reads it.
"""
import os

from qgis.core import QgsProject

RUN_PROPERTY = "rksd/run"


def run_key(gemeente, year):
    return "{}/{}".format(gemeente, int(year))


def find_run_group(root, key):
    for group in root.findGroups(True):
        if group.customProperty(RUN_PROPERTY) == key:
            return group
    return None


def prepare_run_group(project, key, title):
    """The run's group, emptied (layers removed from the project) or newly created on top."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = find_run_group(root, key)
    if group is None:
        group = root.insertGroup(0, title)
        group.setCustomProperty(RUN_PROPERTY, key)
        return group
    layer_ids = [node.layerId() for node in group.findLayers()]
    group.removeAllChildren()
    project.removeMapLayers(layer_ids)
    group.setName(title)
    group.setItemVisibilityChecked(True)
    return group


def staging_path(final_path):
    folder, name = os.path.split(final_path)
    return os.path.join(folder, ".rksd-new-" + name)


def move_into_place(staging, final_path):
    """Move a finished GeoPackage to its name; return the name it got.

    SQLite's ``-wal``/``-shm`` files of the old file are removed with it. Where the old
    file is still locked (Windows, a connection QGIS keeps), a numbered name is used."""
    candidates = [final_path] + ["{}_{}{}".format(os.path.splitext(final_path)[0], n, ".gpkg") for n in range(2, 50)]
    for target in candidates:
        try:
            for suffix in ("-wal", "-shm", "-journal"):
                if os.path.exists(target + suffix):
                    os.unlink(target + suffix)
            os.replace(staging, target)
            return target
        except PermissionError:
            continue
    raise PermissionError(final_path)


def discard(staging):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(staging + suffix):
            os.unlink(staging + suffix)


def add_run(project, gpkg_path, result, catalog, language, question_ids, sample=False, title=None, background=False):
    """Fill the run's group: gemeente outline, wijken and one "Buurten" layer whose styles
    are the question maps (a map theme per question); the first question's index is shown.

    Returns ``(group, run_layers)`` (``qgis_io.question_maps.RunLayers``)."""
    from ..qgis_io.layers import pdok_background
    from ..qgis_io.question_maps import add_run_layers

    project = project or QgsProject.instance()
    records = result.layers["gemeente"].records
    name = records[0].get("naam") if records else result.gemeente
    title = title or "RKSD \u2013 {} {}".format(name, result.year)
    group = prepare_run_group(project, run_key(result.gemeente, result.year), title)
    run = add_run_layers(project, group, gpkg_path, result, catalog, language, sample=sample,
                         question_ids=question_ids or None)
    if background:
        layer = pdok_background(language)
        if layer is not None:
            project.addMapLayer(layer, False)
            group.addLayer(layer).setItemVisibilityChecked(False)  # a tick away; nothing is fetched until then
    return group, run


def run_layers(project, key):
    """The map layers in the run's group (empty when it was removed)."""
    group = find_run_group((project or QgsProject.instance()).layerTreeRoot(), key)
    return [node.layer() for node in group.findLayers()] if group is not None else []
