"""The atlas in a QgsTask (progress, cancel), as Processing algorithm rksd:atlas, and the PNGs."""
import os
import subprocess
import time

import pytest
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QImage

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io.layers import write_result
from rksd_plugin.report.presentation import export_question_pngs
from rksd_plugin.report.scalebar import nice_length
from rksd_plugin.report.task import AtlasTask


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    catalog = Catalog.load()
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    path = str(tmp_path_factory.mktemp("atlas_task") / "maastricht.gpkg")
    write_result(result, path, catalog, "nl")
    return path


def start(task):
    outcome = {"progress": []}
    task.taskCompleted.connect(lambda: outcome.setdefault("status", QgsTask.Complete))
    task.taskTerminated.connect(lambda: outcome.setdefault("status", QgsTask.Terminated))
    task.progressChanged.connect(lambda value: outcome["progress"].append(value))
    QgsApplication.taskManager().addTask(task)
    return outcome


def wait_for(outcome, seconds=120, until=None):
    deadline = time.time() + seconds
    while "status" not in outcome and time.time() < deadline:
        QCoreApplication.processEvents()
        if until is not None and until():
            return None
        time.sleep(0.02)
    return outcome.get("status")


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def test_task_writes_the_atlas_in_the_background(gpkg, tmp_path):
    pdf = str(tmp_path / "atlas_wijk.pdf")
    task = AtlasTask(gpkg, pdf, level="wijk", language="nl")
    outcome = start(task)
    assert wait_for(outcome) == QgsTask.Complete, task.error
    assert task.result.pages == pages(pdf) == 7 + 7
    assert outcome["progress"] and max(outcome["progress"]) == 100.0


def test_cancelling_the_task_leaves_no_pdf(gpkg, tmp_path):
    pdf = tmp_path / "atlas.pdf"
    task = AtlasTask(gpkg, str(pdf), level="buurt")
    outcome = start(task)
    assert wait_for(outcome, until=lambda: task.progress() > 5) is None  # under way
    task.cancel()
    assert wait_for(outcome) == QgsTask.Terminated
    assert type(task.error).__name__ == "Cancelled"
    assert not pdf.exists() and list(tmp_path.iterdir()) == []


def test_processing_algorithm_writes_the_atlas(rksd_provider, gpkg, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    algorithm = rksd_provider.algorithmById("rksd:atlas")
    assert algorithm is not None and algorithm.group() and len(algorithm.shortHelpString()) > 400
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names[:2] == ["INPUT", "LEVEL"] and {"TEMPLATE", "TEXTS", "OUTPUT"} <= set(names)
    texts = tmp_path / "teksten.csv"
    texts.write_text("code,tekst\nWK093500,Het centrum krijgt een eigen pagina met deze tekst.\n", encoding="utf-8")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("rksd:atlas", {
        "INPUT": gpkg, "LEVEL": 1, "LANGUAGE": 0, "TEXTS": str(texts), "OUTPUT": str(tmp_path / "atlas.pdf"),
    }, context=context, feedback=QgsProcessingFeedback())
    assert result["PAGES"] == 14 and os.path.exists(result["OUTPUT"]) and pages(result["OUTPUT"]) == 14
    text = subprocess.run(["pdftotext", result["OUTPUT"], "-"], capture_output=True, text=True).stdout
    assert "Het centrum krijgt een eigen pagina met deze tekst." in " ".join(text.split())


def test_presentation_pngs_at_both_sizes(gpkg, tmp_path):
    written = export_question_pngs(gpkg, str(tmp_path), "nl", question_ids=["veiligheid"])
    assert [os.path.basename(p) for p in written] == ["vraag6_veiligheid_1920x1080.png",
                                                      "vraag6_veiligheid_a4_300dpi.png"]
    sizes = [(QImage(p).width(), QImage(p).height()) for p in written]
    assert sizes == [(1920, 1080), (2480, 3508)]
    image = QImage(written[0])
    colours = {image.pixel(x, y) for x in range(0, 1920, 40) for y in range(0, 1080, 40)}
    assert len(colours) > 8


def test_nice_scalebar_lengths():
    assert [nice_length(m) for m in (0.5, 180, 420, 999, 1500, 7300)] == [1.0, 100.0, 200.0, 500.0, 1000.0, 5000.0]


def test_qgis_process_runs_the_atlas_from_an_installed_plugin(gpkg, tmp_path):
    """As `make plugin` lays it out: the templates are found inside the plugin folder."""
    import shutil

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    if binary is None:
        pytest.skip("qgis_process is not installed")
    plugin = tmp_path / "plugins" / "rksd_plugin"
    shutil.copytree(os.path.join(root, "rksd_plugin"), plugin, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(os.path.join(root, "metadata.txt"), plugin / "metadata.txt")
    shutil.copytree(os.path.join(root, "resources"), plugin / "resources")
    profile = tmp_path / "config" / "profiles" / "default" / "QGIS"
    profile.mkdir(parents=True)
    (profile / "QGIS3.ini").write_text("[PythonPlugins]\nrksd_plugin=true\n")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"), QGIS_PLUGINPATH=str(tmp_path / "plugins"),
               QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    output = str(tmp_path / "atlas.pdf")
    out = subprocess.run([binary, "run", "rksd:atlas", "--", "INPUT=" + gpkg, "LEVEL=1", "OUTPUT=" + output],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert pages(output) == 14


def test_template_check_names_what_a_template_lacks(tmp_path):
    from rksd_plugin.report import template

    assert template.check(None, "area") == [] and template.check(None, "method") == []
    text = open(resource("layouts", "rksd_atlas.qpt"), encoding="utf-8").read()
    (tmp_path / "zonder_grafiek.qpt").write_text(text.replace('id="rksd_chart"', 'id="grafiek"'), encoding="utf-8")
    assert template.check(str(tmp_path / "zonder_grafiek.qpt"), "area") == ["rksd_chart"]
    (tmp_path / "leeg.qpt").write_text("geen xml", encoding="utf-8")
    with pytest.raises(template.TemplateError):
        template.check(str(tmp_path / "leeg.qpt"), "area")
