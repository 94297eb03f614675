"""`make package`: a zip QGIS's "Install from ZIP" accepts, cbsodata inside, no tests."""
import configparser
import os
import subprocess
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_package_zip(tmp_path):
    run = subprocess.run(["make", "-s", "package"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    version = configparser.ConfigParser()
    version.read(os.path.join(ROOT, "metadata.txt"))
    path = os.path.join(ROOT, "dist", "rksd_plugin-{}.zip".format(version["general"]["version"]))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        archive.extractall(str(tmp_path))
    assert all(name.startswith("rksd_plugin/") for name in names)  # one top folder, as QGIS wants
    assert "rksd_plugin/metadata.txt" in names and "rksd_plugin/__init__.py" in names
    assert "rksd_plugin/ext_libs/cbsodata/cbsodata3.py" in names
    assert "rksd_plugin/resources/catalog/rksd_catalog.json" in names
    assert any(n.startswith("rksd_plugin/resources/sample/maastricht_2024/cache/") for n in names)
    assert not any("/tests/" in n or n.endswith(".pyc") or "__pycache__" in n for n in names)
    meta = configparser.ConfigParser()
    meta.read(os.path.join(str(tmp_path), "rksd_plugin", "metadata.txt"))
    general = meta["general"]
    assert general["qgisMinimumVersion"] == "3.22" and general["qgisMaximumVersion"] == "4.99"
    assert general["description[nl]"] and general["about[nl]"]
    assert os.path.exists(os.path.join(str(tmp_path), "rksd_plugin", general["icon"]))
    # the bundled cbsodata is the one used when no other is installed (system Python here)
    code = (
        "import sys; sys.path.insert(0, {!r});"
        "from rksd_plugin.core.http.cbsodata_bridge import cbsodata_module;"
        "print(cbsodata_module().__file__)"
    ).format(str(tmp_path))
    out = subprocess.run(["/usr/bin/python3", "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().startswith(os.path.join(str(tmp_path), "rksd_plugin", "ext_libs", "cbsodata"))
