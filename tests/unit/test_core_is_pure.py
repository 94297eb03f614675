"""core/ imports no QGIS and no Qt: it runs in a Python where both are unavailable."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORE = os.path.join(ROOT, "rksd_plugin", "core")


def core_modules():
    for folder, _, files in os.walk(CORE):
        for name in sorted(files):
            if name.endswith(".py"):
                relative = os.path.relpath(os.path.join(folder, name), ROOT)[:-3].replace(os.sep, ".")
                yield relative[: -len(".__init__")] if relative.endswith("__init__") else relative


def test_every_core_module_imports_with_qgis_and_qt_blocked():
    modules = list(core_modules())
    assert len(modules) > 10
    code = (
        "import sys\n"
        "for blocked in ('qgis', 'PyQt5', 'PyQt6', 'processing', 'osgeo'):\n"
        "    sys.modules[blocked] = None\n"
        "import importlib\n"
        "for name in {!r}:\n"
        "    importlib.import_module(name)\n"
        "print('OK', len({!r}))\n"
    ).format(modules, modules)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("OK")
