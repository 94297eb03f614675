"""Missing is never zero.

CBS marks a value it cannot publish in several ways: OData ``null``, StatLine's ``.``,
and in map files (wijk- en buurtkaart, vierkanten) negative codes such as -99999999,
-99997 and -99995. All of them become ``None``; ``reason`` keeps why where it is known.
"""
import math

MAPFILE_CODE_LIMIT = -99990

REASON_NULL = "null"
REASON_SECRET = "geheim"
REASON_BLANK = "blank"


def clean(value):
    """Return ``(number_or_None, reason_or_None)`` for one raw CBS value."""
    if value is None:
        return None, REASON_NULL
    if isinstance(value, bool):
        return float(value), None
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None, REASON_NULL
        if value <= MAPFILE_CODE_LIMIT:
            return None, "code {}".format(int(value))
        return value, None
    text = str(value).strip()
    if text == "":
        return None, REASON_BLANK
    if text == ".":
        return None, REASON_SECRET
    try:
        number = float(text.replace(",", ".")) if "," in text and "." not in text else float(text)
    except ValueError:
        return None, "not a number: {!r}".format(text[:20])
    if number <= MAPFILE_CODE_LIMIT:
        return None, "code {}".format(int(number))
    return (int(number) if number.is_integer() and "." not in text else number), None


def value(raw):
    """Only the cleaned value."""
    return clean(raw)[0]
