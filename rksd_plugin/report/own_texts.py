"""The gemeente's own words: an optional text per area and an introduction (pure Python).

From a CSV file - two columns ``code;tekst``, UTF-8 (with or without BOM), separated by
``;`` or ``,``, a header row optional - or from a dictionary the dock passes. Codes are
buurt or wijk codes (``BU09350406``, ``WK093504``; any spelling ``regions`` accepts);
the introduction has the code ``inleiding`` (or ``intro``, or the gemeente code). Texts
may span several lines inside quotes. Rows that name no known code are reported.
"""
import csv
import io
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..core import regions

INTRO_CODES = ("inleiding", "intro", "introductie", "introduction")
HEADER_CODES = ("code", "buurtcode", "wijkcode", "gebiedscode", "regiocode")
MAX_CHARACTERS = 500  # what fits on an area page in the default template (the text shrinks to 5 pt)


@dataclass
class OwnTexts:
    by_code: Dict[str, str] = field(default_factory=dict)
    intro: Optional[str] = None
    warnings: List[str] = field(default_factory=list)

    def text_for(self, code):
        return self.by_code.get(code, "")

    def check_codes(self, known_codes, gemeente=None):
        """Warn about texts for codes the atlas has no page for."""
        known = set(known_codes)
        for code in sorted(self.by_code):
            if code not in known and code != gemeente:
                self.warnings.append("text for {}: no page with that code in this atlas".format(code))
        return self.warnings


def read_csv(path):
    """``OwnTexts`` from a CSV file (see the module doc for the format)."""
    with open(path, "rb") as handle:
        raw = handle.read()
    return parse_csv(raw.decode("utf-8-sig"))


def parse_csv(text):
    sample = text[:4096]
    first_line = sample.splitlines()[0] if sample.splitlines() else ""
    delimiter = ";" if first_line.count(";") >= first_line.count(",") and ";" in first_line else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    result = OwnTexts()
    for number, row in enumerate(reader, start=1):
        if not row or not any(cell.strip() for cell in row):
            continue
        code_cell = row[0].strip()
        body = delimiter.join(row[1:]).strip() if len(row) > 1 else ""
        if number == 1 and code_cell.lower() in HEADER_CODES:
            continue
        _add(result, code_cell, body, "line {}".format(number))
    return result


def from_mapping(mapping, intro=None):
    """``OwnTexts`` from ``{code: text}`` (the dock); ``intro`` or an intro key sets the introduction."""
    result = OwnTexts()
    for code, body in (mapping or {}).items():
        _add(result, str(code), str(body or "").strip(), "entry {}".format(code))
    if intro and intro.strip():
        result.intro = intro.strip()
    return result


def load(texts=None, intro=None):
    """Whatever the caller has - a CSV path, a mapping, ``OwnTexts`` or nothing - as ``OwnTexts``."""
    if texts is None or texts == "":
        result = OwnTexts()
    elif isinstance(texts, OwnTexts):
        result = texts
    elif isinstance(texts, dict):
        result = from_mapping(texts)
    else:
        result = read_csv(str(texts))
    if intro and intro.strip():
        result.intro = intro.strip()
    return result


def _add(result, code_cell, body, where):
    if not body:
        return
    if code_cell.lower() in INTRO_CODES:
        result.intro = body
        return
    code = regions.try_normalise(code_cell)
    if code is None:
        result.warnings.append("{}: '{}' is not a buurt or wijk code".format(where, code_cell))
        return
    if code.startswith("GM"):
        result.intro = body
        return
    if len(body) > MAX_CHARACTERS:
        result.warnings.append("{}: the text for {} has {} characters; about {} fit on the page".format(
            where, code, len(body), MAX_CHARACTERS))
    result.by_code[code] = body
