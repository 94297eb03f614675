"""The two marks of the gemeente's own data: "own source" and "afgeschermd (kleine aantallen)".

Kept in this one small place with the keys, symbol and wording of the central marks
module (``core/marks.py``, issue 12) so the own-data code can switch over to it by
changing this module only.
"""
NL, EN = "nl", "en"

MARKS = {
    "own_source": {
        "symbol": "\u2302",
        "words": {NL: "eigen bron", EN: "own source"},
        "rule": {NL: "cijfer uit een eigen bron van de gemeente, niet van CBS",
                 EN: "figure from the municipality's own source, not from CBS"},
    },
    "suppressed": {
        "symbol": "",
        "words": {NL: "afgeschermd (kleine aantallen)", EN: "suppressed (small numbers)"},
        "rule": {NL: "door de gemeente afgeschermd omdat de aantallen klein zijn (onthullingsbeheersing)",
                 EN: "suppressed by the municipality because the numbers are small (disclosure control)"},
    },
    "synthetic": {
        "symbol": "",
        "words": {NL: "SYNTHETISCH", EN: "SYNTHETIC"},
        "rule": {NL: "verzonnen voorbeeldgegevens, geen echte cliënten",
                 EN: "made-up example data, no real clients"},
    },
}
# the value stored in a GeoPackage status field: Dutch whatever the interface language,
# so a file reads the same for everyone who opens it
SUPPRESSED_STATUS = "afgeschermd"
PUBLISHED_STATUS = "gepubliceerd"
NO_BASE_STATUS = "geen inwoners"


def symbol(key):
    return MARKS[key]["symbol"]


def words(key, language=NL):
    entry = MARKS[key]["words"]
    return entry.get(language) or entry[NL]


def rule(key, language=NL):
    entry = MARKS[key]["rule"]
    return entry.get(language) or entry[NL]


def own_name(title, language=NL):
    """``"⌂ Wmo-cliënten per 1.000 inwoners (eigen bron)"``: an own indicator is never mistaken for CBS."""
    return "{} {} ({})".format(symbol("own_source"), title, words("own_source", language))


def legend_line(key, language=NL):
    head = symbol(key) or words(key, language)
    return "{}: {}".format(head, rule(key, language))
