#!/usr/bin/env python3
"""Find Qt5-only idioms that break the plugin on QGIS 4 (Qt6, PyQt6), without running Qt6.

plugins.qgis.org runs QGIS's ``pyqt5_to_pyqt6.py`` in dry-run mode on every upload; this
check looks for the same kinds of finding, so ``make test`` fails before an upload would:

- QT6001 an unscoped enum (``Qt.AlignLeft``, ``QgsProcessing.TypeVectorPoint``): PyQt6 only
  knows ``Qt.AlignmentFlag.AlignLeft``. Found by *introspecting* the running PyQt/PyQGIS:
  every ``Name.attr`` whose value is a member of an enum other than ``Name`` itself is
  reported with its scoped spelling. A moved QGIS enum (``QgsWkbTypes.PointGeometry`` ->
  ``Qgis.GeometryType.Point``) is reported with its new home.
- QT6002 ``exec_``; QT6003 a direct ``PyQt5`` import; QT6004 ``QAction``/``QActionGroup``/
  ``QShortcut``/``QFileSystemModel`` from ``QtWidgets`` (QtGui in Qt6); QT6005 ``QVariant.Int``-style
  type names (``QMetaType.Type`` in Qt6); QT6006 names removed in Qt6 (``qApp``, ``QRegExp``,
  ``QDesktopWidget``, ``QFontMetrics.width``, ``activated[str]``, ``setMargin`` ...);
  QT6007 ``qgis.PyQt.Qt``; QT6008 a compiled resources module.

Names whose new form does not exist on QGIS 3.22 live in ``rksd_plugin/compat.py`` and are
looked up by string there, on purpose.

usage: python3 scripts/qt6_check.py [PATH ...]   (default: rksd_plugin)   exit 1 on findings
"""
import ast
import enum
import importlib
import inspect
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtXml", "QtSvg", "QtPrintSupport", "QtSql", "QtTest")
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QFileSystemModel", "QUndoCommand", "QUndoStack",
                  "QUndoGroup"}
REMOVED_NAMES = {
    "qApp": "QApplication.instance()",
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QApplication.screens())",
    "QTextCodec": "Python str/bytes",
    "QGLWidget": "QOpenGLWidget",
    "QSound": "QSoundEffect",
}
REMOVED_METHODS = {  # only where the receiver is known (QApplication.desktop())
    "desktop": "QApplication.screens()",
}
RENAMED_ENUMS = {  # removed in Qt6 under these names
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
    ("QPalette", "Background"): "QPalette.ColorRole.Window",
    ("QPalette", "Foreground"): "QPalette.ColorRole.WindowText",
}


class RenameAttribute:
    """A fix that keeps the expression before the dot and renames the attribute after it."""

    def __init__(self, new_name):
        self.new_name = new_name

    def apply(self, span):
        return span[: span.rindex(b".") + 1] + self.new_name.encode("utf-8")


class Finding:
    def __init__(self, path, node, code, message, replacement=None):
        self.path = path
        self.line = getattr(node, "lineno", 0)
        self.column = getattr(node, "col_offset", 0)
        self.end = (getattr(node, "end_lineno", 0), getattr(node, "end_col_offset", 0))
        self.code = code
        self.message = message
        self.replacement = replacement  # text for the node's span, where the fix is mechanical

    def __str__(self):
        return "{}:{}:{}: {} {}".format(self.path, self.line, self.column, self.code, self.message)


def _is_enum_type(value):
    """A Qt/QGIS enum type: a sip enum (PyQt5) or a Python enum (PyQt6, moved QGIS enums)."""
    if not inspect.isclass(value):
        return False
    return issubclass(value, enum.Enum) or type(value).__name__ in ("enumtype", "EnumType", "EnumMeta")


def _is_enum_member(value):
    return not inspect.isclass(value) and _is_enum_type(type(value))


def _enum_home(owner, value, attr_name):
    """The scoped spelling of ``value`` (an enum member reached as ``owner.attr_name``)."""
    enum_type = type(value)
    name = getattr(value, "name", None) or attr_name  # sip enum members carry no name
    qualname = getattr(enum_type, "__qualname__", enum_type.__name__)
    for attr in sorted(dir(owner), key=lambda a: a != enum_type.__name__):
        try:
            candidate = getattr(owner, attr)
        except Exception:  # noqa: BLE001 - sip can raise anything on odd attributes
            continue
        if candidate is enum_type:  # also inherited: QTableWidget.SelectionBehavior
            return "{}.{}.{}".format(owner.__name__, attr, name)
    # the enum moved to another class (QgsRenderContext.TextFormatAlwaysText -> Qgis.TextRenderFormat)
    return "{}.{}".format(qualname, name)


class ImportTable:
    """Local name -> the live object it was imported as (Qt via qgis.PyQt, QGIS modules)."""

    def __init__(self):
        self.names = {}

    def add(self, node):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = self._module(node.module)
            if module is None:
                return
            for alias in node.names:
                try:
                    self.names[alias.asname or alias.name] = getattr(module, alias.name)
                except AttributeError:
                    continue
        elif isinstance(node, ast.Import):
            for alias in node.names:
                module = self._module(alias.name)
                if module is not None:
                    self.names[alias.asname or alias.name.split(".")[0]] = importlib.import_module(
                        alias.name if alias.asname else alias.name.split(".")[0])

    @staticmethod
    def _module(name):
        if not (name.startswith("qgis") or name.startswith("PyQt5")):
            return None
        try:
            return importlib.import_module(name)
        except ImportError:
            return None

    def resolve(self, node):
        """The live object a ``Name``/``Name.attr...`` expression refers to, or None."""
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.Attribute):
            owner = self.resolve(node.value)
            if owner is None:
                return None
            try:
                return getattr(owner, node.attr)
            except Exception:  # noqa: BLE001
                return None
        return None


def _dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return inner + "." + node.attr if inner else None
    return None


def check_source(source, path="<string>"):
    tree = ast.parse(source, path)
    imports = ImportTable()
    findings = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.add(node)
            findings += _import_findings(node, path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            findings += _attribute_findings(node, imports, path)
        elif isinstance(node, ast.FunctionDef) and node.name == "exec_":
            findings.append(Finding(path, node, "QT6002", "def exec_(): name it exec()"))
        elif isinstance(node, ast.Name) and node.id in REMOVED_NAMES and REMOVED_NAMES[node.id]:
            if isinstance(node.ctx, ast.Load):
                findings.append(Finding(path, node, "QT6006", "{} is removed in Qt6: use {}".format(
                    node.id, REMOVED_NAMES[node.id])))
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
            if node.value.attr == "activated" and _dotted(node.slice) == "str":
                findings.append(Finding(path, node, "QT6006", "activated[str] is removed in Qt6: use textActivated"))
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    return findings


def _import_findings(node, path):
    found = []
    module = node.module if isinstance(node, ast.ImportFrom) else None
    names = [a.name for a in node.names]
    if isinstance(node, ast.Import):
        for name in names:
            if name.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6"):
                found.append(Finding(path, node, "QT6003", "import {}: import Qt through qgis.PyQt".format(name)))
        return found
    if module and module.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6"):
        found.append(Finding(path, node, "QT6003", "from {}: import Qt through qgis.PyQt".format(module)))
    if module in ("qgis.PyQt.QtWidgets", "PyQt5.QtWidgets"):
        for name in names:
            if name in MOVED_TO_QTGUI:
                found.append(Finding(path, node, "QT6004", "{} is in QtGui in Qt6: use rksd_plugin.compat.{}".format(
                    name, name) if name == "QAction" else "{} is in QtGui in Qt6".format(name)))
    if module == "qgis.PyQt.Qt":
        found.append(Finding(path, node, "QT6007", "qgis.PyQt.Qt does not exist in Qt6: import from qgis.PyQt.QtCore"))
    for name in names:
        if name.endswith("resources_rc") or name == "resources":
            found.append(Finding(path, node, "QT6008", "compiled Qt resources are gone in Qt6: load files by path"))
        if name in REMOVED_NAMES and REMOVED_NAMES[name]:
            found.append(Finding(path, node, "QT6006", "{} is removed in Qt6: use {}".format(name, REMOVED_NAMES[name])))
    return found


def _attribute_findings(node, imports, path):
    found = []
    if node.attr == "exec_":
        found.append(Finding(path, node, "QT6002", "exec_() is removed in Qt6: call exec()",
                             replacement=RenameAttribute("exec")))
        return found
    if node.attr in REMOVED_METHODS and REMOVED_METHODS[node.attr] and isinstance(node.ctx, ast.Load):
        owner_name = _dotted(node.value) or ""
        if owner_name.endswith(("QApplication", "app")):
            found.append(Finding(path, node, "QT6006", ".{}() is removed in Qt6: use {}".format(
                node.attr, REMOVED_METHODS[node.attr])))
    if node.attr == "width" and isinstance(node.value, ast.Call):
        called = _dotted(node.value.func) or ""
        if called.endswith("fontMetrics") or called.endswith("QFontMetrics") or called.endswith("QFontMetricsF"):
            found.append(Finding(path, node, "QT6006", "QFontMetrics.width() is removed in Qt6: use horizontalAdvance()"))
    owner_name = _dotted(node.value)
    if owner_name is None:
        return found
    key = (owner_name.split(".")[-1], node.attr)
    if key in RENAMED_ENUMS:
        found.append(Finding(path, node, "QT6001", "{}.{} is removed in Qt6: use {}".format(
            owner_name, node.attr, RENAMED_ENUMS[key])))
        return found
    owner = imports.resolve(node.value)
    if owner is None or not inspect.isclass(owner):
        return found
    if owner.__name__ == "QVariant" and node.attr[:1].isupper():
        try:
            value = getattr(owner, node.attr)
        except AttributeError:
            value = None
        if value is not None and not inspect.isclass(value):
            found.append(Finding(path, node, "QT6005", "QVariant.{} is a Qt5 type name: use QMetaType.Type "
                                 "(rksd_plugin.compat.field_type for QgsField)".format(node.attr)))
            return found
    if _is_enum_type(owner):
        value = getattr(owner, node.attr, None)
        canonical = getattr(value, "name", None)
        if _is_enum_member(value) and isinstance(canonical, str) and canonical != node.attr:
            found.append(Finding(path, node, "QT6001", "{}.{} is an old alias: use {}.{}".format(
                owner_name, node.attr, getattr(type(value), "__qualname__", owner_name), canonical)))
        return found  # scoped access: Qt.AlignmentFlag.AlignLeft
    try:
        value = getattr(owner, node.attr)
    except Exception:  # noqa: BLE001
        return found
    if _is_enum_member(value):
        home = _enum_home(owner, value, node.attr)
        scoped = owner_name.rsplit(".", 1)[0] + "." + home if "." in owner_name else home
        same_owner = home.startswith(owner.__name__ + ".") and home.endswith("." + node.attr)
        found.append(Finding(path, node, "QT6001", "unscoped enum {}.{}: write {}".format(
            owner_name, node.attr, home), replacement=scoped if same_owner else None))
    return found


def python_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "ext_libs"))
            for name in sorted(files):
                if name.endswith(".py"):
                    yield os.path.join(folder, name)


def check_paths(paths):
    findings = []
    for path in python_files(paths):
        with open(path, encoding="utf-8") as handle:
            findings += check_source(handle.read(), os.path.relpath(path, ROOT))
    return findings


def apply_fixes(findings):
    """Rewrite the mechanical findings in place (scoped enums on the same class, exec)."""
    by_path = {}
    for finding in findings:
        if finding.replacement and finding.line == finding.end[0]:
            by_path.setdefault(finding.path, []).append(finding)
    for path, items in by_path.items():
        full = os.path.join(ROOT, path)
        with open(full, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        for finding in sorted(items, key=lambda f: (f.line, f.column), reverse=True):
            line = lines[finding.line - 1].encode("utf-8")  # ast offsets are UTF-8 bytes
            span = line[finding.column:finding.end[1]]
            if isinstance(finding.replacement, RenameAttribute):
                new = finding.replacement.apply(span)
            else:
                new = finding.replacement.encode("utf-8")
            line = line[:finding.column] + new + line[finding.end[1]:]
            lines[finding.line - 1] = line.decode("utf-8")
        with open(full, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines))
    return sum(len(v) for v in by_path.values())


def main(argv=None):
    args = list(argv if argv is not None else sys.argv[1:])
    fix = "--fix" in args
    args = [a for a in args if a != "--fix"]
    paths = args or [os.path.join(ROOT, "rksd_plugin")]
    import qgis.core  # noqa: F401 - the bindings to introspect must be importable

    findings = check_paths(paths)
    if fix:
        print("qt6_check: fixed {} finding(s)".format(apply_fixes(findings)))
        findings = check_paths(paths)
    for finding in findings:
        print(finding)
    print("qt6_check: {} finding(s) in {}".format(len(findings), ", ".join(os.path.relpath(p, ROOT) for p in paths)))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
