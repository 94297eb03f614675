"""The dock's state inside the QGIS project, so reopening a project restores it.

Stored as one JSON entry (scope ``rksd``): gemeente, year, ticked questions, weights and
normalisation per question, the last run's GeoPackage, the buurt shown, the output
folder of this project and the Rapport step's choices (own texts typed in the dock
included). Paths go through the project's path resolver, so a project saved with
relative paths moves.
"""
import json

from qgis.core import QgsProject

SCOPE = "rksd"
KEY = "state"
VERSION = 1
PATHS = (("run", "gpkg"), ("output_dir",), ("report", "gpkg"), ("report", "template"), ("report", "texts_csv"))


def _map_paths(data, convert):
    for path in PATHS:
        holder = data
        for key in path[:-1]:
            holder = holder.get(key) if isinstance(holder, dict) else None
        if isinstance(holder, dict) and isinstance(holder.get(path[-1]), str) and holder[path[-1]]:
            if holder is not data:
                holder = dict(holder)
                parent = data
                for key in path[:-2]:
                    parent = parent[key]
                parent[path[-2]] = holder
            holder[path[-1]] = convert(holder[path[-1]])
    return data


def save(state, project=None):
    project = project or QgsProject.instance()
    data = _map_paths(dict(state, version=VERSION), project.writePath)
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
    return _map_paths(data, project.readPath)
