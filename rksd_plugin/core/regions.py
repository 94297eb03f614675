"""Region codes: the one place that normalises GM/WK/BU codes.

CBS and PDOK spell the same area differently: OData v3 keys are right-padded to ten
characters (``'GM0935    '``), the Locatieserver gives a bare ``'0935'``, and since 2023
wijk and buurt parts may contain letters (Amsterdam). Everything is compared in the
normalised form: upper case, no padding, with its prefix.
"""
import re

from .errors import InvalidRegionCode

_PATTERNS = {
    "gemeente": re.compile(r"^GM\d{4}$"),
    "wijk": re.compile(r"^WK\d{4}[0-9A-Z]{2}$"),
    "buurt": re.compile(r"^BU\d{4}[0-9A-Z]{4}$"),
    "land": re.compile(r"^NL\d{2}$"),
}
_PREFIX_LEVEL = {"GM": "gemeente", "WK": "wijk", "BU": "buurt", "NL": "land"}
KEY_WIDTH = 10
NEDERLAND = "NL00"


def normalise(code):
    """Return the canonical code (``'GM0935'``) or raise ``InvalidRegionCode``."""
    text = str(code if code is not None else "").strip().upper()
    level = _PREFIX_LEVEL.get(text[:2])
    if level is None or not _PATTERNS[level].match(text):
        raise InvalidRegionCode(code=code, level="region")
    if level == "land":
        return NEDERLAND  # KWB says NL00, the RIVM tables NL01: both mean Nederland
    return text


def try_normalise(code):
    """Like ``normalise`` but returns None for anything that is not a region code."""
    try:
        return normalise(code)
    except InvalidRegionCode:
        return None


def level_of(code):
    """'gemeente', 'wijk', 'buurt' or 'land' for a (possibly padded) code."""
    return _PREFIX_LEVEL[normalise(code)[:2]]


def padded(code):
    """The OData v3 dimension key: the code right-padded to ten characters."""
    return normalise(code).ljust(KEY_WIDTH)


def parse_gemeente(text):
    """Accept 'GM0935', 'gm935', '0935' or '935' and return 'GM0935'."""
    raw = str(text or "").strip().upper()
    digits = raw[2:] if raw.startswith("GM") else raw
    if not digits.isdigit() or not 1 <= len(digits) <= 4:
        raise InvalidRegionCode(code=text, level="gemeente")
    return "GM" + digits.zfill(4)


def gemeente_of(code):
    """The gemeente a wijk or buurt belongs to: its four digits after the prefix."""
    canonical = normalise(code)
    if canonical.startswith("NL"):
        raise InvalidRegionCode(code=code, level="gemeente, wijk or buurt")
    return "GM" + canonical[2:6]


def wijk_of(code):
    """The wijk of a buurt (first six characters after the prefix)."""
    canonical = normalise(code)
    if not canonical.startswith("BU"):
        raise InvalidRegionCode(code=code, level="buurt")
    return "WK" + canonical[2:8]


def gemeente_digits(code):
    """'0935' for 'GM0935' - the form OData filters on ``startswith`` use."""
    return parse_gemeente(code)[2:]
