"""Fill unfinished translations of a .ts file from other .ts files (after a merge).

Two branches that both add strings conflict in the .ts files. Resolve by taking one side,
run ``make transup`` (which adds the other side's strings as unfinished), then fill them
from the other side's file:

    git show :3:i18n/rksd_nl.ts > /tmp/theirs_nl.ts
    python3 i18n/fill_from.py i18n/rksd_nl.ts /tmp/theirs_nl.ts

A translation is taken for the same context and source text, else for the same source
text in any context. Prints how many were filled and how many stay unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def finished(ts_path):
    exact, loose = {}, {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not translation.text or translation.get("type") in ("unfinished", "obsolete"):
                continue
            source = message.findtext("source")
            exact[(name, source)] = translation.text
            loose.setdefault(source, translation.text)
    return exact, loose


def fill(target, donors):
    exact, loose = {}, {}
    for donor in donors:
        more_exact, more_loose = finished(donor)
        for key, value in more_exact.items():
            exact.setdefault(key, value)
        for key, value in more_loose.items():
            loose.setdefault(key, value)
    tree = ET.parse(target)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            text = exact.get((name, source)) or loose.get(source)
            if text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
            else:
                left += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return filled, left


if __name__ == "__main__":
    done, open_ = fill(sys.argv[1], sys.argv[2:])
    print("{}: filled {}, still unfinished {}".format(sys.argv[1], done, open_))
