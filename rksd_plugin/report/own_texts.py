"""The gemeente's own words: an optional text per area and an introduction (pure Python).

From a CSV file - two columns ``code;tekst``, a header row optional - or from a dictionary
the dock passes. Codes are buurt or wijk codes (``BU09350406``, ``WK093504``; any spelling
``regions`` accepts); the introduction has the code ``inleiding`` (or ``intro``, or the
gemeente code). Texts may span several lines inside quotes.

The file is read as Excel writes it on Dutch and English Windows and on a Mac: UTF-8 with
or without BOM, UTF-16 ("Unicode text"), Windows-1252 or Mac Roman; separated by ``;``
(Dutch Windows), ``,`` or tab, decided from the whole file - the separator under which
most lines start with a code - never from the first line alone (``WK093504;Oud, groen,
rustig`` is a ``;`` file). Every line that is skipped is reported with its number and why.
"""
import codecs
import csv
import io
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..core import regions
from ..core.errors import OwnTextsInvalid

INTRO_CODES = ("inleiding", "intro", "introductie", "introduction")
HEADER_CODES = ("code", "buurtcode", "wijkcode", "gebiedscode", "regiocode")
MAX_CHARACTERS = 500  # what fits on an area page in the default template (the text shrinks to 5 pt)
MAX_FILE_BYTES = 5 * 1024 * 1024  # thousands of texts; an atlas has at most a few hundred pages
DELIMITERS = (";", "\t", ",")  # on a tie, in this order: Dutch Excel writes ';'
_TYPOGRAPHY = set("\u20ac\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00ab\u00bb\u00b0\u00b1\u00d7\u00b7\u00a0")


@dataclass
class OwnTexts:
    by_code: Dict[str, str] = field(default_factory=dict)
    intro: Optional[str] = None
    warnings: List[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

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
    """``OwnTexts`` from a CSV file (see the module doc for the formats it reads)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise OwnTextsInvalid(path=path, detail=exc.strerror or str(exc)) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise OwnTextsInvalid(path=path, detail="it is larger than {} MB".format(MAX_FILE_BYTES >> 20))
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise OwnTextsInvalid(path=path, detail="it is an Excel workbook, not a CSV file")
    text, encoding = decode(raw)
    result = parse_csv(text)
    result.encoding = encoding
    return result


def decode(raw):
    """``(text, encoding)`` for the bytes of a CSV as Excel or a text editor saved it."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    sixteen = _utf16_without_bom(raw)
    if sixteen:
        return raw.decode(sixteen, errors="replace"), sixteen
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("cp1252", "mac_roman"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:  # cp1252 leaves five bytes undefined
            continue
        candidates.append((_plausibility(text), -len(candidates), text, encoding))
    best = max(candidates)
    return best[2], best[3]


def _utf16_without_bom(raw):
    """'utf-16-le'/'utf-16-be' when every other byte of the start is NUL (ASCII text in UTF-16)."""
    sample = raw[:200]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    if all(b == 0 for b in sample[1::2]) and any(sample[0::2]):
        return "utf-16-le"
    if all(b == 0 for b in sample[0::2]) and any(sample[1::2]):
        return "utf-16-be"
    return None


def _plausibility(text):
    """How much the non-ASCII characters look like Dutch or English text (higher is likelier).

    Windows-1252 and Mac Roman put letters and punctuation on the same bytes; in the wrong
    one, 'financiële' becomes 'financiÎle' (a capital inside a word) or a symbol."""
    score = 0
    for index, char in enumerate(text):
        if ord(char) < 128:
            continue
        previous = text[index - 1] if index else " "
        if char.isalpha():
            score += -2 if (previous.isalpha() and previous.islower() and char.isupper()) else 1
        elif char in _TYPOGRAPHY:
            score += 1
        else:
            score -= 1
    return score


def parse_csv(text):
    """``OwnTexts`` from the text of a CSV file; the separator is decided from all lines."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # Windows, old Mac, Unix
    delimiter = _choose_delimiter(text)
    result = OwnTexts(delimiter=delimiter)
    seen = {}
    for number, row in _rows(text, delimiter):
        if row is None:
            result.warnings.append("line {}: skipped with the rest of the file, it cannot be read as CSV".format(
                number))
            break
        if not row or not any(cell.strip() for cell in row):
            continue
        code_cell = row[0].strip()
        cells = list(row[1:])
        while cells and not cells[-1].strip():
            cells.pop()  # Excel writes the empty cells of a column that was touched once
        body = delimiter.join(cells).strip()
        if not seen and number == 1 and code_cell.lower() in HEADER_CODES:
            continue
        if _swallowed_lines(body, delimiter):
            result.warnings.append(
                "line {}: the text for {} runs over several lines that start with a code; a quotation mark "
                "is probably not closed".format(number, code_cell))
        _add(result, code_cell, body, "line {}".format(number), seen)
    return result


def _rows(text, delimiter):
    """``(first line number, cells)`` of each record; ``(line, None)`` where reading fails."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:  # e.g. a field beyond csv's size limit
            yield line, None
            return
        yield line, row
        line = reader.line_num + 1


def _swallowed_lines(body, delimiter):
    """Does a (quoted) text hold lines that look like records of their own?"""
    lines = body.split("\n")[1:]
    return sum(1 for line in lines if delimiter in line and _is_key(line.split(delimiter, 1)[0].strip())) >= 1


def _choose_delimiter(text):
    """The separator under which most records start with a code (ties: ';', tab, ',')."""
    best, best_score = DELIMITERS[0], -1
    for delimiter in DELIMITERS:
        score = 0
        for _, row in _rows(text, delimiter):
            if row and len(row) >= 2 and row[1].strip() and _is_key(row[0].strip()):
                score += 1
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _is_key(cell):
    lowered = cell.lower()
    return lowered in INTRO_CODES or lowered in HEADER_CODES or regions.try_normalise(cell) is not None


def from_mapping(mapping, intro=None):
    """``OwnTexts`` from ``{code: text}`` (the dock); ``intro`` or an intro key sets the introduction."""
    result = OwnTexts()
    seen = {}
    for code, body in (mapping or {}).items():
        _add(result, str(code), str(body or "").strip(), "entry {}".format(code), seen)
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


def _add(result, code_cell, body, where, seen):
    if code_cell.lower() in INTRO_CODES:
        code = "inleiding"
    else:
        code = regions.try_normalise(code_cell)
        if code is None:
            shown = code_cell if len(code_cell) <= 40 else code_cell[:37] + "..."
            result.warnings.append("{}: skipped, '{}' is not a buurt or wijk code".format(where, shown))
            return
        if code.startswith("GM"):
            code = "inleiding"
    if not body:
        result.warnings.append("{}: skipped, there is no text after {}".format(where, code_cell))
        return
    if code in seen:
        result.warnings.append("{}: {} was given before ({}); this text replaces it".format(where, code, seen[code]))
    seen[code] = where
    if code == "inleiding":
        result.intro = body
        return
    if len(body) > MAX_CHARACTERS:
        result.warnings.append("{}: the text for {} has {} characters; about {} fit on the page".format(
            where, code, len(body), MAX_CHARACTERS))
    result.by_code[code] = body
