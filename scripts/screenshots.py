"""Screenshots of the real QGIS desktop with the RKSD dock, for docs/img/ (``make screenshots``).

For each language (and optionally a 150 % scale) QGIS starts on a virtual X screen
(xvfb) with the built plugin in a fresh, throw-away profile whose locale is set to that
language. A script inside QGIS opens the dock, loads the bundled Maastricht sample
(offline, as a new user would), and grabs the screen at each step: the dock with the
first question's map, another question's map, the buurt panel and its chart, the Report
tab with a typed text before and after making the atlas, the offline tab (at 150 % only
the maps and the buurt panel).

usage: python3 scripts/screenshots.py [--plugin build/rksd_plugin] [--out docs/img]
                                      [--languages nl en] [--scales 1 1.5] [--size 1600x1000]
Needs the Debian packages qgis and xvfb (``make system``).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Runs inside QGIS. Steps are chained with timers so QGIS keeps painting in between.
INSIDE = r'''
import os, traceback
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QGuiApplication, QImage
from qgis.utils import iface, plugins

OUT = {out!r}
SUFFIX = {suffix!r}
ONLY = {only!r}
BUURT = "BU09350406"
log = open(os.path.join(OUT, ".screenshots{suffix}.log"), "w")


def shot(name):
    if SUFFIX.endswith("_150") and name not in ("dock_maps", "buurt_panel"):
        return  # at 150 % the two busiest views prove nothing is cut off
    if ONLY and name not in ONLY:
        return
    QgsApplication.processEvents()
    path = os.path.join(OUT, "{{}}{{}}.png".format(name, SUFFIX))
    image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
    # 256 colours: a quarter of the size in git, the text as sharp
    image.convertToFormat(QImage.Format.Format_Indexed8,
                          Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AutoColor).save(path)
    log.write("wrote {{}}\n".format(path)); log.flush()


def later(ms, step):
    def run():
        try:
            step()
        except Exception:
            log.write(traceback.format_exc()); log.flush()
            finish()
    QTimer.singleShot(ms, run)


def dock():
    return plugins["rksd_plugin"].dock


def start():
    iface.mainWindow().setGeometry(0, 0, {width}, {height})
    plugins["rksd_plugin"].action.setChecked(True)
    iface.mainWindow().resizeDocks([dock()], [int({width} * 0.3)], 1)  # Qt.Horizontal
    later(1500, empty)


def run_layers():
    return dock().run_layers


def show(question, kind="index", field=None):
    from rksd_plugin.qgis_io.question_maps import show_map

    run = run_layers()
    choice = next(c for c in run.maps if c.question == question and c.kind == kind
                  and (field is None or c.field == field))
    show_map(run, choice.style)
    dock().maps.map_chooser.select(choice.style)


def empty():
    shot("dock_start")
    dock().load_sample()
    later(500, wait)


def wait():
    if dock().task is not None:
        later(300, wait)
        return
    later(2500, maps)


def maps():
    shot("dock_maps")
    show("eenzaamheid")
    iface.layerTreeView().expandAll()
    iface.mapCanvas().refreshAllLayers()
    later(2500, question)


def question():
    shot("question_map")
    panel = dock().buurt_panel
    panel.show_buurt(BUURT)
    dock().tabs.setCurrentIndex(1)
    run_layers().buurten.selectByExpression("\"code\" = '{{}}'".format(BUURT))
    later(2500, buurt)


def buurt():
    shot("buurt_panel")
    area = dock().tabs.widget(1)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    later(1500, chart)


def chart():
    shot("buurt_chart")
    run_layers().buurten.removeSelection()
    report = dock().report
    report.open_file = lambda path: None  # no viewer on the virtual screen
    dock().tabs.setCurrentIndex(2)
    report.texts_mode.setCurrentIndex(report.texts_mode.findData("typed"))
    report.area_combo.setCurrentIndex(report.area_combo.findData(BUURT))
    report.area_text.setPlainText({text!r})
    later(1500, report_step)


def report_step():
    shot("dock_report")
    dock().report.make()
    later(1000, report_wait)


def report_wait():
    if dock().report.task is not None:
        later(500, report_wait)
        return
    later(1000, report_done)


def report_done():
    shot("dock_report_done")
    dock().tabs.setCurrentIndex(3)
    later(1500, offline)


def offline():
    shot("dock_offline")
    finish()


def finish():
    log.close()
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(200, lambda: QgsApplication.exit(0))


later(2000, start)
'''


OWN_TEXT = {
    "nl": "Voorbeeldtekst (getypt in het dock): in Amby opent volgend jaar een nieuw wijkcentrum.",
    "en": "Example text (typed in the dock): a new community centre opens in Amby next year.",
}


def profile(work, plugin, language, output_dir):
    plugins = os.path.join(work, "profiles", "default", "python", "plugins")
    os.makedirs(plugins)
    os.makedirs(os.path.join(work, "profiles", "default", "QGIS"))
    shutil.copytree(plugin, os.path.join(plugins, os.path.basename(os.path.normpath(plugin))))
    with open(os.path.join(work, "profiles", "default", "QGIS", "QGIS3.ini"), "w", encoding="utf-8") as handle:
        handle.write(
            "[PythonPlugins]\nrksd_plugin=true\n"
            "[qgis]\nshowTips=false\ncheckVersion=false\n"
            "[locale]\noverrideFlag=true\nuserLocale={}\n"
            "[rksd]\noutput_dir={}\n".format(language, output_dir)
        )


def take(plugin, out, language, scale, size, timeout, tag="", only=()):
    """``size`` is the screen in logical pixels; at 150 % the virtual screen is 1.5 times larger."""
    width, height = (int(int(v) * float(scale)) for v in size.split("x"))
    suffix = "_{}".format(language) + ("" if float(scale) == 1 else "_{}".format(int(float(scale) * 100))) + tag
    work = tempfile.mkdtemp(prefix="rksd-shots-")
    try:
        profile(work, plugin, language, os.path.join(work, "out"))
        code = os.path.join(work, "inside.py")
        with open(code, "w", encoding="utf-8") as handle:
            # the window is sized in logical pixels: the physical screen divided by the scale
            handle.write(INSIDE.format(out=os.path.abspath(out), suffix=suffix, only=list(only), width=int(width / float(scale)),
                                       height=int(height / float(scale)), text=OWN_TEXT[language]))
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=str(scale), LANG="C.UTF-8")
        env.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
        command = [
            "xvfb-run", "-a", "-s", "-screen 0 {}x{}x24".format(width, height),
            "qgis", "--profiles-path", work, "--profile", "default", "--nologo", "--noversioncheck",
            "--code", code,
        ]
        with open(os.path.join(work, "qgis.log"), "w") as log:
            try:
                subprocess.run(command, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=timeout, check=False)
            except subprocess.TimeoutExpired:
                print("QGIS did not finish within {} s ({} {})".format(timeout, language, scale), file=sys.stderr)
        inside_log = os.path.join(out, ".screenshots{}.log".format(suffix))
        if os.path.exists(inside_log):
            with open(inside_log, encoding="utf-8") as handle:
                print(handle.read().rstrip())
            os.unlink(inside_log)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plugin", default=os.path.join(ROOT, "build", "rksd_plugin"))
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "img"))
    parser.add_argument("--languages", nargs="+", default=["nl", "en"])
    parser.add_argument("--scales", nargs="+", default=["1", "1.5"])
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--timeout", type=int, default=240)
    parser.add_argument("--tag", default="", help="added to every file name, e.g. _qgis3_40")
    parser.add_argument("--only", nargs="*", default=[], help="only these shots, e.g. dock_maps buurt_panel")
    args = parser.parse_args(argv)
    if not os.path.isfile(os.path.join(args.plugin, "metadata.txt")):
        parser.error("no plugin at {} (run make plugin)".format(args.plugin))
    for tool in ("qgis", "xvfb-run"):
        if shutil.which(tool) is None:
            parser.error("{} is missing (make system installs it)".format(tool))
    os.makedirs(args.out, exist_ok=True)
    for scale in args.scales:
        for language in args.languages:
            take(args.plugin, args.out, language, scale, args.size, args.timeout, args.tag, args.only)


if __name__ == "__main__":
    main()
