"""Update i18n/rksd_*.ts from the sources (``make transup``), keeping every translation.

pylupdate5 files a call ``tr("text")`` under the context ``@default`` (or under the
enclosing class for ``self.tr``), whatever context the module's ``tr`` passes to
``QCoreApplication.translate`` at run time - so such strings would never translate.
pylupdate5 also misses a call whose last argument ends with a trailing comma. This
script runs pylupdate5, moves each ``@default`` message into the context its file's
module-level ``tr`` really uses, adds what only Python's own parser finds (every
``translate``/``QT_TRANSLATE_NOOP``/``tr`` call with literal text), and restores
translations that pylupdate5 dropped because their context moved. English files get
the source text as translation.

usage: python3 i18n/update_ts.py rksd_plugin i18n/rksd_nl.ts i18n/rksd_en.ts
"""
import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

MODULE_TR = re.compile(
    r"^def tr\(\s*(\w+)\s*\):\s*\n(?:\s*(?:\"\"\"[^\n]*\"\"\"|#[^\n]*)\n)*\s*return\s+"
    r"(?:QCoreApplication\.)?translate\(\s*[\"']([^\"']+)[\"']\s*,\s*\1\s*\)",
    re.MULTILINE,
)


def module_contexts(files):
    """File -> the context of its module-level ``tr`` (only files that have one)."""
    result = {}
    for path in files:
        with open(path, encoding="utf-8") as handle:
            match = MODULE_TR.search(handle.read())
        if match:
            result[os.path.abspath(path)] = match.group(2)
    return result


def python_messages(files, contexts):
    """``[(context, text, file, line)]`` of every translatable call Python's parser sees."""
    found = []
    for path in files:
        if not path.endswith(".py"):
            continue
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read(), path)
        module_context = contexts.get(os.path.abspath(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                    for a in node.args[:2]]
            if name in ("translate", "_translate", "QT_TRANSLATE_NOOP") and len(args) == 2 and None not in args:
                found.append((args[0], args[1], path, node.lineno))
            elif name == "tr" and isinstance(func, ast.Name) and module_context and args and args[0] is not None:
                found.append((module_context, args[0], path, node.lineno))
    return found


def add_missing(ts, messages):
    """Messages pylupdate5 did not extract, added with their location."""
    tree = ET.parse(ts)
    root = tree.getroot()
    by_name = {c.findtext("name"): c for c in root.iter("context")}
    known = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    folder = os.path.dirname(os.path.abspath(ts))
    added = 0
    for context, text, path, line in messages:
        if (context, text) in known:
            continue
        node = by_name.get(context)
        if node is None:
            node = ET.SubElement(root, "context")
            ET.SubElement(node, "name").text = context
            by_name[context] = node
        message = ET.SubElement(node, "message")
        ET.SubElement(message, "location", filename=os.path.relpath(path, folder), line=str(line))
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
        known.add((context, text))
        added += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return added


def read_memory(ts_paths):
    """``{(language_file, context, source): translation}`` of finished translations."""
    memory = {}
    for ts in ts_paths:
        if not os.path.exists(ts):
            continue
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") not in ("unfinished",
                                                                                                      "obsolete"):
                    memory[(ts, name, message.findtext("source"))] = translation.text
                    memory.setdefault((ts, None, message.findtext("source")), translation.text)
    return memory


def fix(ts, contexts, memory, english):
    tree = ET.parse(ts)
    root = tree.getroot()
    by_name = {c.findtext("name"): c for c in root.iter("context")}
    folder = os.path.dirname(os.path.abspath(ts))
    default = by_name.get("@default")
    if default is not None:
        for message in list(default.iter("message")):
            targets = {}
            for location in message.findall("location"):
                path = os.path.abspath(os.path.join(folder, location.get("filename")))
                context = contexts.get(path)
                if context:
                    targets.setdefault(context, []).append(location)
            if not targets:
                continue
            default.remove(message)
            for context, locations in targets.items():
                node = by_name.get(context)
                if node is None:
                    node = ET.SubElement(root, "context")
                    ET.SubElement(node, "name").text = context
                    by_name[context] = node
                copy = ET.SubElement(node, "message")
                for location in locations:
                    copy.append(location)
                for child in message:
                    if child.tag != "location":
                        copy.append(_clone(child))
        if not default.findall("message"):
            root.remove(default)
    _dedupe(root)
    missing = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") == "unfinished" or not translation.text:
                known = memory.get((ts, name, source)) or memory.get((ts, None, source))
                if english:
                    known = known or source
                if known:
                    translation.text = known
                    translation.attrib.pop("type", None)
                else:
                    translation.set("type", "unfinished")
                    missing += 1
    _sort(root)
    ET.indent(tree, space="    ") if hasattr(ET, "indent") else None
    with open(ts, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return missing


def _dedupe(root):
    """One message per context and source: the locations of repeats join the first."""
    for context in root.iter("context"):
        first = {}
        for message in list(context.findall("message")):
            source = message.findtext("source")
            if source not in first:
                first[source] = message
                continue
            keep = first[source]
            for location in message.findall("location"):
                keep.insert(0, location)
            translation, kept = message.find("translation"), keep.find("translation")
            if translation is not None and translation.text and (kept is None or not kept.text):
                keep.remove(kept) if kept is not None else None
                keep.append(translation)
            context.remove(message)


def _clone(element):
    copy = ET.Element(element.tag, dict(element.attrib))
    copy.text, copy.tail = element.text, element.tail
    for child in element:
        copy.append(_clone(child))
    return copy


def _sort(root):
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name"))
    for context in contexts:
        root.remove(context)
    for context in contexts:
        root.append(context)


def main(argv):
    package, ts_paths = argv[1], argv[2:]
    files = sorted(
        os.path.join(folder, name)
        for folder, _, names in os.walk(package)
        for name in names
        if name.endswith((".py", ".ui"))
    )
    memory = read_memory(ts_paths)
    subprocess.run(["pylupdate5", "-noobsolete"] + files + ["-ts"] + ts_paths, check=True)
    contexts = module_contexts([f for f in files if f.endswith(".py")])
    messages = python_messages(files, contexts)
    for ts in ts_paths:
        add_missing(ts, messages)
        missing = fix(ts, contexts, memory, english=os.path.basename(ts).endswith("_en.ts"))
        print("{}: {} untranslated".format(ts, missing))


if __name__ == "__main__":
    main(sys.argv)
