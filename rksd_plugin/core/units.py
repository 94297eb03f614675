"""Units in the reader's language (pure Python).

The catalog writes a unit once, in Dutch ("per 1 000 inwoners", "x 1 000 euro"). Dutch
output prints it as it is; English output prints the English unit with English digit
grouping. A unit this table does not know is printed as the catalog has it.
"""

ENGLISH = {
    "%": "%",
    "km": "km",
    "score": "score",
    "per 1 000 inwoners": "per 1,000 inhabitants",
    "per 1 000 huishoudens": "per 1,000 households",
    "per 1 000 inwoners 18+": "per 1,000 inhabitants aged 18+",
    "x 1 000 euro": "\u00d7 \u20ac1,000",
    "euro": "\u20ac",
    "inwoners": "inhabitants",
    "inwoners per km\u00b2": "inhabitants per km\u00b2",
    "jaar": "years",
    "personen": "persons",
    "aantal": "number",
    "getal": "number",
    "per km\u00b2": "per km\u00b2",
    "ha": "ha",
    "code": "code",
}


def unit(text, language="nl"):
    """``text`` (a catalog unit) in ``language``."""
    if not text or language == "nl":
        return text or ""
    return ENGLISH.get(text.strip(), text)
