"""Ready for QGIS 4 (Qt6): no Qt5-only idiom in the plugin, and a check that finds them.

The check (scripts/qt6_check.py) introspects the running PyQt and PyQGIS, so it runs here,
in the QGIS test session, on every QGIS of the matrix (3.22, 3.40, 3.44): an enum QGIS
moved or renamed on one of them is caught on that one.
"""
import configparser
import os
import re
import shutil

import pytest

from scripts import qt6_check

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "tests", "fixtures", "qt6", "qt5_style_plugin.py")


def expected_codes(path):
    """``{line: [codes]}`` from the ``# QT600x`` marks in the sample."""
    expected = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            codes = re.findall(r"QT60\d\d", line.split("#", 1)[1]) if "#" in line else []
            if codes:
                expected[number] = sorted(codes)
    return expected


def test_the_plugin_has_no_qt5_only_idiom():
    findings = qt6_check.check_paths([os.path.join(ROOT, "rksd_plugin")])
    assert not findings, "\n".join(str(f) for f in findings)


def test_the_check_flags_every_qt5_idiom_of_the_sample():
    with open(SAMPLE, encoding="utf-8") as handle:
        findings = qt6_check.check_source(handle.read(), SAMPLE)
    found = {}
    for finding in findings:
        found.setdefault(finding.line, []).append(finding.code)
    found = {line: sorted(codes) for line, codes in found.items()}
    assert found == expected_codes(SAMPLE)
    messages = "\n".join(str(f) for f in findings)
    assert "Qt.AlignmentFlag.AlignLeft" in messages and "QSizePolicy.Policy.Expanding" in messages
    assert "Qgis.MessageLevel.Warning" in messages
    assert "Qt.MouseButton.MiddleButton" in messages


def test_fix_mode_scopes_the_mechanical_findings(tmp_path, monkeypatch):
    copy = tmp_path / "qt5_style_plugin.py"
    shutil.copy(SAMPLE, copy)
    monkeypatch.setattr(qt6_check, "ROOT", str(tmp_path))
    findings = qt6_check.check_source(copy.read_text(encoding="utf-8"), "qt5_style_plugin.py")
    fixed = qt6_check.apply_fixes(findings)
    text = copy.read_text(encoding="utf-8")
    assert fixed >= 6
    assert "Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop" in text
    assert "super().exec()" in text and "def exec_" in text  # a definition is renamed by hand
    left = qt6_check.check_source(text, "qt5_style_plugin.py")
    assert all(f.replacement is None for f in left)
    assert len(left) < len(findings)


def test_metadata_lets_qgis_4_install_the_plugin():
    """plugins.qgis.org and QGIS 4 list a plugin for QGIS 4 by ``qgisMaximumVersion`` >= 4;
    QGIS 3.44's Qt6 builds (Windows) still look for ``supportsQt6``."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    general = parser["general"]
    assert float(general["qgisMinimumVersion"]) == pytest.approx(3.22)
    assert int(general["qgisMaximumVersion"].split(".")[0]) == 4
    assert general.get("supportsQt6", "").strip() == "True"
