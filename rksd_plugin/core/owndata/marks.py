"""The marks of the gemeente's own data, from the one visual language (``core/marks.py``).

"own source" and "afgeschermd (kleine aantallen)" are marks of the central module; only the
"synthetic" label of demo and training data, and the status words stored in GeoPackages,
live here.
"""
from .. import marks as central

NL, EN = "nl", "en"

LOCAL = {
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
    return LOCAL[key]["symbol"] if key in LOCAL else central.symbol(key)


def words(key, language=NL):
    if key not in LOCAL:
        return central.words(key, language)
    entry = LOCAL[key]["words"]
    return entry.get(language) or entry[NL]


def rule(key, language=NL):
    if key not in LOCAL:
        return central.rule(key, language)
    entry = LOCAL[key]["rule"]
    return entry.get(language) or entry[NL]


def own_name(title, language=NL):
    """``"⌂ Wmo-cliënten per 1.000 inwoners (eigen bron)"``: an own indicator is never mistaken for CBS."""
    return "{} {} ({})".format(symbol("own_source"), title, words("own_source", language))


def legend_line(key, language=NL):
    head = symbol(key) or words(key, language)
    return "{}: {}".format(head, rule(key, language))
