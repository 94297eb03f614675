"""Readable names (aliases) for the fields of the reachability outputs, in Dutch and English.

The field names stay short and stable (``afstand_huisarts_m``) so scripts and joins keep
working; what a user reads in the attribute table and the legend is the alias. Plain
Python: the Processing algorithm applies the result when QGIS loads the layer.
"""
import re

WORDS = {
    "methode": {"nl": "Methode", "en": "Method"},
    "aansluiting_m": {"nl": "Afstand tot de weg (m)", "en": "Distance to the road (m)"},
    "punten": {"nl": "Aantal punten", "en": "Number of points"},
    "gewicht": {"nl": "Gewicht", "en": "Weight"},
    "gebied_fid": {"nl": "Gebied (fid)", "en": "Area (fid)"},
    "afstand": {"nl": "Afstand over de weg{to} (m)", "en": "Road distance{to} (m)"},
    "rechtlijn": {"nl": "Hemelsbrede afstand{to} (m)", "en": "Straight-line distance{to} (m)"},
    "reistijd": {"nl": "Reistijd{to} (min)", "en": "Travel time{to} (min)"},
    "voorziening": {"nl": "Dichtstbijzijnde voorziening{of}", "en": "Nearest facility{of}"},
    "status": {"nl": "Status{of}", "en": "Status{of}"},
    "binnen": {"nl": "Voorzieningen{of} binnen {r}", "en": "Facilities{of} within {r}"},
    "gem_afstand": {"nl": "Gemiddelde afstand over de weg{to} (m)", "en": "Mean road distance{to} (m)"},
    # without a road network the analysis distance is the straight line itself
    "afstand_line": {"nl": "Afstand{to} (m, hemelsbreed)", "en": "Distance{to} (m, straight line)"},
    "gem_afstand_line": {"nl": "Gemiddelde afstand{to} (m, hemelsbreed)", "en": "Mean distance{to} (m, straight line)"},
    "gem_rechtlijn": {"nl": "Gemiddelde hemelsbrede afstand{to} (m)", "en": "Mean straight-line distance{to} (m)"},
    "aandeel": {"nl": "Aandeel met {with_} binnen {r} (%)", "en": "Share with {with_} within {r} (%)"},
    "aandeel_onbekend": {"nl": "Aandeel onbekend{of} (%)", "en": "Share unknown{of} (%)"},
    "any": {"nl": "een voorziening", "en": "a facility"},
    "to": {"nl": " tot {}", "en": " to {}"},
    "of": {"nl": " ({})", "en": " ({})"},
    "all": {"nl": "alle voorzieningen", "en": "all facilities"},
}

_PATTERNS = [  # (word, regular expression over the field name); longer prefixes first
    ("aandeel_onbekend", r"aandeel_onbekend(?:_(?P<token>.+))?"),
    ("gem_afstand", r"gem_afstand(?:_(?P<token>.+))?_m"),
    ("gem_rechtlijn", r"gem_rechtlijn(?:_(?P<token>.+))?_m"),
    ("aandeel", r"aandeel_(?P<radius>\d+(?:_\d+)?)(?:_(?P<token>.+))?"),
    ("afstand", r"afstand(?:_(?P<token>.+))?_m"),
    ("rechtlijn", r"rechtlijn(?:_(?P<token>.+))?_m"),
    ("reistijd", r"reistijd(?:_(?P<token>.+))?_min"),
    ("binnen", r"binnen_(?P<radius>\d+(?:_\d+)?)(?:_(?P<token>.+))?"),
    ("voorziening", r"voorziening(?:_(?P<token>.+))?"),
    ("status", r"status(?:_(?P<token>.+))?"),
]


def _radius_text(label, language):
    metres = float(label.replace("_", "."))
    text = "{:g} km".format(metres / 1000.0) if metres >= 1000 else "{:g} m".format(metres)
    return text.replace(".", ",") if language == "nl" else text


def alias(name, categories, language="nl", network=True):
    """The readable name of output field ``name``; None for fields this analysis did not make.

    ``categories``: {field-name token: category value as the user wrote it}; ``network``:
    False when the distances are straight lines (no road network given).
    """
    language = language if language in ("nl", "en") else "nl"
    if name in ("methode", "aansluiting_m", "punten", "gewicht", "gebied_fid"):
        return WORDS[name][language]
    for word, pattern in _PATTERNS:
        match = re.fullmatch(pattern, name)
        if not match:
            continue
        token = match.group("token")
        if token is not None and token not in categories:
            continue  # e.g. a kept input field that merely looks like ours
        category = categories.get(token) if token is not None else None
        groups = match.groupdict()
        if not network and word in ("afstand", "gem_afstand"):
            word += "_line"
        return WORDS[word][language].format(
            to=WORDS["to"][language].format(category) if category is not None else "",
            of=WORDS["of"][language].format(category) if category is not None else "",
            with_=category if category is not None else WORDS["any"][language],
            r=_radius_text(groups["radius"], language) if groups.get("radius") else "")
    return None


def aliases(own_names, output_names, categories, language="nl", network=True):
    """{output field name: alias} for the analysis's own fields.

    ``own_names``: the fields as the analysis named them; ``output_names``: every field of
    the output, the kept input fields first, so the own fields are the last ones (QGIS adds a
    suffix where a kept field had the same name: ``status`` becomes ``status_2``).
    """
    own_names, output_names = list(own_names), list(output_names)
    out = {}
    for output_name, own_name in zip(output_names[len(output_names) - len(own_names):], own_names):
        text = alias(own_name, categories, language, network)
        if text is not None:
            out[output_name] = text
    return out


def style_name(category, language="nl"):
    """The name of the map style of one category (None: all facilities)."""
    return WORDS["all"][language if language in ("nl", "en") else "nl"] if category is None else str(category)
