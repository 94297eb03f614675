"""Write the scenario page template ``resources/layouts/rksd_atlas_scenario.qpt`` (a developer tool).

    QT_QPA_PLATFORM=offscreen python -m rksd_plugin.report.build_scenario_template

Built from the same pieces as the other atlas templates (``build_templates``); the item
ids are those of ``scenario_page``. Like every RKSD template, a gemeente may restyle it.
"""
import os
import sys

from qgis.core import QgsProject, QgsReadWriteContext
from qgis.PyQt.QtCore import Qt

from ..core import paths
from . import contract
from .build_templates import GREY, _label, _legend, _map, _new_layout, _north_arrow, _scalebar, _table, _band
from .scenario_page import AREAS_TABLE, FIGURES_TABLE, SCENARIO_TEMPLATE


def scenario_template(project):
    layout = _new_layout(project, 210, 297, "RKSD atlas - scenario")
    _band(layout, 210)
    _label(layout, contract.TITLE, "[% @rksd_scenario_title %]", 10, 8, 150, 10, 14, bold=True)
    _label(layout, contract.PAGE, "[% @rksd_document_title %]\n[% @rksd_page_label %]", 130, 8.5, 70, 8, 6.5,
           color=GREY, align=Qt.AlignmentFlag.AlignRight)
    _label(layout, contract.SUBTITLE, "[% @rksd_scenario_subtitle %]", 10, 19, 190, 9, 8.5, color=GREY)
    scenario_map = _map(layout, contract.MAP, 10, 30, 120, 150)
    _scalebar(layout, scenario_map, 12, 170)
    _north_arrow(layout, scenario_map, 121, 32)
    _legend(layout, scenario_map, 134, 30, size=7, title_size=8)
    _table(layout, [(FIGURES_TABLE, 10, 184, 190, 38)],
           [("", 82), ("Voor", 34), ("Na", 34), ("Verschil", 36)], size=7.2)
    _table(layout, [(AREAS_TABLE, 10, 225, 118, 58)],
           [("Buurt", 50), ("Voor (m)", 22), ("Na (m)", 22), ("Over drempel", 22)], size=6.6)
    _label(layout, contract.NOTES, "[% @rksd_scenario_notes %]", 132, 225, 68, 58, 6.3, color="#333333")
    _label(layout, contract.FOOTER, "[% @rksd_footer %]", 10, 289.5, 190, 6, 5.6, color=GREY)
    return layout


def write_template(folder=None):
    folder = folder or paths.resource("layouts")
    path = os.path.join(folder, SCENARIO_TEMPLATE)
    layout = scenario_template(QgsProject())
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise RuntimeError("writing {} failed".format(path))
    return path


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                    "scripts"))
    from qgis_headless import start_qgis

    start_qgis()
    print(write_template())
