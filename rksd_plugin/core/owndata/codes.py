"""Postcodes, house numbers and area codes as a gemeente's files spell them.

Files exported from case-management systems and spreadsheets write the same address in
many ways (``6211 ab``, ``6211AB``; ``12a``, ``12 A``, ``12-A``, ``111-A``; a house number
``4-2`` that a spreadsheet turned into the date ``4-Feb``). Everything is compared in one
normal form: PC6 ``6211AB``, PC4 ``6211``, house number as (number, letter, addition) as
the BAG has it. Functions return None (never guess) for what cannot be read.
"""
import re
from dataclasses import dataclass
from typing import Optional

from .. import regions

_PC6 = re.compile(r"^([1-9]\d{3})\s*([A-Z]{2})$")
_PC4 = re.compile(r"^([1-9]\d{3})$")
# BAG: huisnummer 1-99999, huisletter one letter, huisnummertoevoeging up to 4 letters/digits
_HOUSE = re.compile(
    r"^(?P<number>\d{1,5})"
    r"(?:\s*[-\s/]?\s*(?P<letter>[A-Za-z])(?![A-Za-z0-9]))?"
    r"(?:\s*[-\s/]?\s*(?P<addition>[A-Za-z0-9]{1,4}))?$"
)
_MONTHS = ("jan", "feb", "mrt", "mar", "apr", "mei", "may", "jun", "jul", "aug", "sep", "okt", "oct", "nov", "dec")
_DATE_LIKE = re.compile(r"^\d{1,2}[-/\s](?:" + "|".join(_MONTHS) + r")[a-z]*$", re.IGNORECASE)


def pc6(value):
    """``'6211AB'`` for ``'6211 ab'``, or None."""
    text = _text(value).upper().replace("\u00a0", " ")
    match = _PC6.match(text)
    return match.group(1) + match.group(2) if match else None


def pc4(value):
    """``'6211'`` for ``'6211'``, ``6211.0`` or a full PC6, or None."""
    text = _text(value).upper()
    if _PC4.match(text):
        return text
    full = pc6(text)
    return full[:4] if full else None


@dataclass(frozen=True)
class HouseNumber:
    number: int
    letter: str = ""
    addition: str = ""

    def text(self):
        """``12``, ``12A``, ``12-3``, ``12A-3``: how the BAG writes it in a display name."""
        result = "{}{}".format(self.number, self.letter)
        return "{}-{}".format(result, self.addition) if self.addition else result


def house_number(value, letter=None, addition=None):
    """A ``HouseNumber`` from a cell (``'12a'``, ``'111-A'``, ``12.0``) or None.

    A separate letter or addition column wins over what is glued to the number."""
    text = _text(value)
    if not text or looks_like_date(text):
        return None
    match = _HOUSE.match(text)
    if not match:
        return None
    number = int(match.group("number"))
    if number < 1:
        return None
    found_letter = (match.group("letter") or "").upper()  # "12-A" is house letter A, as the BAG has it
    found_addition = (match.group("addition") or "").upper()
    extra_letter = _text(letter).upper()
    extra_addition = _text(addition).upper()
    if extra_letter:
        if len(extra_letter) != 1 or not extra_letter.isalpha():
            return None
        found_letter = extra_letter
    if extra_addition:
        if not re.match(r"^[A-Z0-9]{1,4}$", extra_addition):
            return None
        found_addition = extra_addition
    return HouseNumber(number, found_letter, found_addition)


def looks_like_date(value):
    """True for ``'4-Feb'``: a house number such as 4-2 that a spreadsheet made a date of."""
    return bool(_DATE_LIKE.match(_text(value)))


def area_code(value, level):
    """A buurt or wijk code in its canonical form, accepting CBS's bare 8/6 digits too.

    Case-management exports often hold ``'09350101'`` or ``'935101'`` instead of
    ``'BU09350101'``; only exact lengths are accepted, never a guess."""
    text = _text(value).upper()
    if not text:
        return None
    prefix, width = {"buurt": ("BU", 8), "wijk": ("WK", 6), "gemeente": ("GM", 4)}[level]
    if not text.startswith(prefix):
        if not text.isdigit() or len(text) > width:
            return None
        text = prefix + text.zfill(width)
    code = regions.try_normalise(text)
    if code is None or not code.startswith(prefix):
        return None
    return code


def _text(value):
    """A cell as text: numbers from spreadsheets lose their ``.0``; None/NULL is empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value).strip()


def text(value):
    return _text(value)


def normal_words(value):
    """Lower case, accents and punctuation removed, single spaces: for matching names."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", _text(value))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = re.sub(r"[^a-z0-9]+", " ", plain)
    return plain.strip()


def optional_int(value) -> Optional[int]:
    """A whole, non-negative count from a cell (``'12'``, ``12.0``), or None."""
    text_ = _text(value).replace("\u00a0", "").replace(" ", "")
    if not text_:
        return None
    if re.match(r"^\d+$", text_):
        return int(text_)
    if re.match(r"^\d+[.,]0+$", text_):
        return int(re.split(r"[.,]", text_)[0])
    return None
