"""The dock's Report tab, driven as a user would: atlas with own texts, cancel, the table, the folder per project."""
import csv
import os
import subprocess

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from rksd_plugin.gui import settings
from rksd_plugin.gui.dock import REPORT_TAB
from tests.qgis.test_dock_fixtures import (  # noqa: F401 - fixtures
    counted,
    dock,
    dock_settings,
    wait_for_run,
    wait_until,
)


def sample_run(dock):  # noqa: F811
    QTest.mouseClick(dock.sample_button, Qt.LeftButton)
    assert counted(wait_for_run(dock))
    return os.path.join(dock.output_dir(), "rksd_GM0935_2024.gpkg")


def opened(dock):  # noqa: F811
    """What the Report tab asked the desktop to open (nothing is opened in a test)."""
    calls = []
    dock.report.open_file = calls.append
    return calls


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def test_atlas_from_the_dock_with_typed_texts_and_pngs(dock, dock_settings):  # noqa: F811
    folder = str(dock_settings / "project_out")
    dock.maps.output_dir.setFilePath(folder)  # chosen on the Maps tab, the Report tab follows
    assert dock.report.output_dir.filePath() == folder
    gpkg = sample_run(dock)
    assert gpkg.startswith(folder) and os.path.exists(gpkg)
    report = dock.report
    calls = opened(dock)
    dock.tabs.setCurrentIndex(REPORT_TAB)
    assert report.gpkg.filePath() == gpkg and report.make_button.isEnabled()
    choose(report.level, "wijk")
    choose(report.texts_mode, "typed")
    assert report.area_combo.count() == 1 + 7  # the introduction and the 7 wijken
    report.area_combo.setCurrentIndex(0)
    report.area_text.setPlainText("Deze atlas is voor het overleg met de corporaties (getypt in het dock).")
    report.area_combo.setCurrentIndex(report.area_combo.findData("WK093504"))
    report.area_text.setPlainText("Buitenwijk Oost: een tekst die in het dock is getypt.")
    assert report.typed_count.text().split(":")[1].strip().startswith("1")
    QTest.mouseClick(report.make_button, Qt.LeftButton)
    assert report.task is not None and report.cancel_button.isEnabled() and not report.make_button.isEnabled()
    assert wait_until(lambda: report.task is None, 240), report.status.text()
    pdf, png_dir = report.output_paths()
    assert calls == [pdf] and os.path.exists(pdf)  # the result opens when done
    assert report.progress.value() == 100 and os.path.basename(pdf) in report.status.text()
    text = " ".join(pdf_text(pdf).split())
    assert "Buitenwijk Oost: een tekst die in het dock is getypt." in text
    assert "Deze atlas is voor het overleg met de corporaties (getypt in het dock)." in text
    pngs = sorted(os.listdir(png_dir))
    assert len(pngs) == 12 and all(name.endswith(".png") for name in pngs)


def test_cancel_leaves_no_atlas(dock):  # noqa: F811
    sample_run(dock)
    report = dock.report
    calls = opened(dock)
    report.pngs.setChecked(False)
    QTest.mouseClick(report.make_button, Qt.LeftButton)
    assert wait_until(lambda: report.progress.value() > 0, 60)
    QTest.mouseClick(report.cancel_button, Qt.LeftButton)
    assert wait_until(lambda: report.task is None, 60)
    pdf, _ = report.output_paths()
    assert not os.path.exists(pdf) and calls == []
    assert not [n for n in os.listdir(os.path.dirname(pdf)) if n.startswith(".rksd-atlas-")]
    assert report.make_button.isEnabled() and not report.cancel_button.isEnabled()
    assert report.status.text() in ("Cancelled; no atlas was written.", "Geannuleerd; er is geen atlas geschreven.")


def test_the_buurt_table_as_csv_and_xlsx(dock):  # noqa: F811
    from openpyxl import load_workbook

    sample_run(dock)
    report = dock.report
    calls = opened(dock)
    language = dock.language
    choose(report.language_combo, "nl")
    choose(report.table_format, "csv")
    QTest.mouseClick(report.export_button, Qt.LeftButton)
    assert len(calls) == 1 and calls[0].endswith("rksd_GM0935_2024_buurten.csv")
    with open(calls[0], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    assert header[:4] == ["Code", "Naam", "Wijk", "Inwoners"]
    assert "Eenzaam, 18+ (%) \u2248" in header  # the atlas's name, with the model-estimate mark
    assert rows[1][1] == "Nederland" and rows[2][1] == "Gemeente Maastricht"
    by_code = {row[0]: dict(zip(header, row)) for row in rows[3:]}
    assert len(by_code) == 44
    small = by_code["BU09350500"]  # Beatrixhaven
    assert small["3. Eenzaamheid \u2013 index"] == "te weinig inwoners"
    income = "Gemiddeld inkomen per inwoner (x 1 000 euro)"
    assert "geheim" in {row[income] for row in by_code.values()}  # missing is said, never 0 or empty
    assert "," in by_code["BU09350406"]["Aandeel 65-plussers (%)"]  # a Dutch decimal comma
    choose(report.table_format, "xlsx")
    QTest.mouseClick(report.export_button, Qt.LeftButton)
    book = load_workbook(calls[-1])
    sheet = book.worksheets[0]
    titles = [cell.value for cell in sheet[1]]
    column = titles.index("Aandeel 65-plussers (%)")
    values = [row[column].value for row in sheet.iter_rows(min_row=4)]
    assert sum(isinstance(v, float) for v in values) >= 40  # numbers stay numbers
    assert any(line.startswith("\u2248: modelschatting") for (line,) in book.worksheets[1].iter_rows(values_only=True)
               if line)
    assert language in ("nl", "en")


def test_folder_and_report_choices_are_kept_in_the_project(dock, dock_settings, iface):  # noqa: F811
    from rksd_plugin.gui.dock import RksdDock

    folder = str(dock_settings / "voor_dit_project")
    dock.report.output_dir.setFilePath(folder)
    assert dock.maps.output_dir.filePath() == folder
    choose(dock.report.level, "wijk")
    choose(dock.report.texts_mode, "typed")
    dock.report.typed = {"wijk": {"WK093501": "Eigen tekst"}, "inleiding": "Onze inleiding"}
    dock.save_state()
    path = str(dock_settings / "project.qgz")
    assert QgsProject.instance().write(path)
    QgsProject.instance().clear()
    assert QgsProject.instance().read(path)
    fresh = RksdDock(iface, iface.mainWindow())
    try:
        assert fresh.output_dir() == folder and fresh.report.output_dir.filePath() == folder
        assert fresh.report.level_value() == "wijk" and fresh.report.texts_mode.currentData() == "typed"
        assert fresh.report.own_texts() == ({"WK093501": "Eigen tekst"}, "Onze inleiding")
    finally:
        fresh.shutdown()
    assert settings.output_dir() != folder  # the project's choice, not the default for every project
