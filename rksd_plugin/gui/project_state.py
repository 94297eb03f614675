"""The dock's state inside the QGIS project, so reopening a project restores it.

Stored as one JSON entry (scope ``rksd``): gemeente, year, ticked questions, weights and
normalisation per question, the last run's GeoPackage and the buurt shown. Paths go
through the project's path resolver, so a project saved with relative paths moves.
"""
import json

from qgis.core import QgsProject

SCOPE = "rksd"
KEY = "state"
VERSION = 1


def save(state, project=None):
    project = project or QgsProject.instance()
    data = dict(state, version=VERSION)
    run = data.get("run")
    if run and run.get("gpkg"):
        data["run"] = dict(run, gpkg=project.writePath(run["gpkg"]))
    text = json.dumps(data, sort_keys=True)
    if project.readEntry(SCOPE, KEY, "")[0] != text:
        project.writeEntry(SCOPE, KEY, text)


def load(project=None):
    """The stored state, or None when the project holds none (or a broken one)."""
    project = project or QgsProject.instance()
    text, found = project.readEntry(SCOPE, KEY, "")
    if not found or not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    run = data.get("run")
    if isinstance(run, dict) and run.get("gpkg"):
        data["run"] = dict(run, gpkg=project.readPath(run["gpkg"]))
    return data
