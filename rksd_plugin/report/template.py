"""Load a ``.qpt`` layout template into a fresh print layout - read only, never saved back.

The default templates live in ``resources/layouts``; a gemeente points the plugin to its
own restyled copy instead. Relative paths inside a template (a logo next to it) resolve
against the template's folder.
"""
import os

from qgis.core import QgsLayoutItemManualTable, QgsPathResolver, QgsPrintLayout, QgsReadWriteContext
from qgis.PyQt.QtWidgets import QGraphicsScene
from qgis.PyQt.QtXml import QDomDocument

from ..core import paths
from ..core.errors import QT_TRANSLATE_NOOP, RksdError
from . import contract

DEFAULTS = {
    "area": contract.AREA_TEMPLATE,
    "question": contract.QUESTION_TEMPLATE,
    "method": contract.METHOD_TEMPLATE,
    "presentation": contract.PRESENTATION_TEMPLATE,
}


class TemplateError(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The layout template {path} cannot be used: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Start from a copy of the RKSD template and keep the item ids listed in docs/atlas.md.")


def default_path(kind):
    return paths.resource("layouts", DEFAULTS[kind])


def resolve(kind, path=None):
    """The template to use for ``kind``: the user's file when given, else the default."""
    chosen = path or default_path(kind)
    if not os.path.isfile(chosen):
        raise TemplateError(path=chosen, detail="file not found")
    return chosen


def load_layout(project, kind, path=None):
    """A ``QgsPrintLayout`` of ``project`` built from the template (the file is only read)."""
    path = resolve(kind, path)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(path=path, detail=str(exc)) from exc
    document = QDomDocument()
    parsed = document.setContent(text)
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        raise TemplateError(path=path, detail="not a valid XML document")
    layout = QgsPrintLayout(project)
    # no spatial index of items: it is for mouse lookups in the designer, and its timers
    # cannot run on a task's worker thread
    layout.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
    context = QgsReadWriteContext()
    context.setPathResolver(QgsPathResolver(path))
    loaded = layout.loadFromTemplate(document, context)
    ok = loaded[1] if isinstance(loaded, tuple) else bool(loaded)
    if not ok or layout.pageCollection().pageCount() == 0:
        raise TemplateError(path=path, detail="QGIS could not read it as a print layout")
    for item_id in contract.REQUIRED.get(kind if kind != "presentation" else "question", ()):
        if layout.itemById(item_id) is None:
            raise TemplateError(path=path, detail="it has no item with the id '{}'".format(item_id))
    layout.setName(os.path.splitext(os.path.basename(path))[0])
    layout.rksd_template_path = path
    return layout


def item(layout, item_id):
    """The item with ``item_id``, or None when the template left it out."""
    return layout.itemById(item_id)


def manual_table(layout, item_id):
    """The manual table whose frame has ``item_id`` (or None)."""
    frame = layout.itemById(item_id)
    if frame is None or not hasattr(frame, "multiFrame"):
        return None, None
    table = frame.multiFrame()
    if not isinstance(table, QgsLayoutItemManualTable):
        return None, None
    return table, frame


def check(path, kind="area"):
    """Which contract items a template has not (for the dock, before a run).

    Returns the list of missing optional item ids; raises ``TemplateError`` when the
    template cannot be used at all."""
    from qgis.core import QgsProject

    from . import contract as ids

    expected = {"area": ids.AREA_ITEMS, "question": ids.QUESTION_ITEMS, "method": ids.METHOD_ITEMS,
                "presentation": ids.QUESTION_ITEMS}[kind]
    project = QgsProject()
    layout = load_layout(project, kind, path)
    missing = [item_id for item_id in expected if layout.itemById(item_id) is None]
    del layout
    return missing
