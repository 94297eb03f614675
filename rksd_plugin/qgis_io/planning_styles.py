"""Styles for the planning outputs: change maps, threshold crossings, sites, closure ranks.

A change map is diverging around "about the same" (closer = blue, farther = red,
ColorBrewer RdBu, colour-blind safe); a buurt without a change (no inhabitants of the
target group, or no distance) is the grey hatched class with the visual language's
wording for "no figure", as in every RKSD map. Sites show what a scenario or a choice does to them.
"""
from qgis.core import QgsFillSymbol, QgsMarkerSymbol, QgsRuleBasedRenderer

from ..compat import GEOMETRY_POINT
from ..core import classify, marks
from .network_styles import OUTLINE, distance_label
from .styles import missing_fill_symbol, quote_field

CHANGE_COLORS = ["#2166ac", "#92c5de", "#f7f7f7", "#f4a582", "#b2182b"]  # RdBu, reversed: closer is blue
CHANGE_STEPS = (100.0, 500.0)
TEXT = {
    "closer": {"nl": "dichterbij, meer dan {}", "en": "closer, by more than {}"},
    "closer_up_to": {"nl": "dichterbij, {} \u2013 {}", "en": "closer, by {} \u2013 {}"},
    "same": {"nl": "ongeveer gelijk (\u00b1 {})", "en": "about the same (\u00b1 {})"},
    "farther_up_to": {"nl": "verder weg, {} \u2013 {}", "en": "farther, by {} \u2013 {}"},
    "farther": {"nl": "verder weg, meer dan {}", "en": "farther, by more than {}"},
    "crossed_better": {"nl": "nu binnen de drempel", "en": "now within the threshold"},
    "crossed_worse": {"nl": "nu buiten de drempel", "en": "now beyond the threshold"},
    "crossed_none": {"nl": "geen verandering van kant", "en": "no change of side"},
    "site_kept": {"nl": "blijft", "en": "stays"},
    "site_closed": {"nl": "sluit", "en": "closes"},
    "site_added": {"nl": "nieuw", "en": "new"},
    "site_unused": {"nl": "kandidaat, niet gebruikt", "en": "candidate, not used"},
    "chosen": {"nl": "gekozen locatie", "en": "chosen site"},
    "existing": {"nl": "bestaande locatie", "en": "existing site"},
    "not_chosen": {"nl": "kandidaat, niet gekozen", "en": "candidate, not chosen"},
    "rank_top": {"nl": "rang 1\u2013{}: sluiten kost het meest", "en": "rank 1\u2013{}: closing costs most"},
    "rank_mid": {"nl": "rang {}\u2013{}", "en": "rank {}\u2013{}"},
    "rank_rest": {"nl": "rang {} en verder: sluiten kost het minst", "en": "rank {} and further: closing costs least"},
}

# status values stored in the outputs (Dutch, whatever the interface language)
KEPT, CLOSED, ADDED, UNUSED = "blijft", "sluit", "nieuw", "-"


def _marker(shape, color, size, outline="#2b2b2b", width=0.2):
    return QgsMarkerSymbol.createSimple({"name": shape, "color": color, "outline_color": outline,
                                         "outline_width": str(width), "size": str(size)})


def _fill(color):
    return QgsFillSymbol.createSimple({"color": color, "outline_color": OUTLINE, "outline_width": "0.2"})


def _rules(geometry_type, rules, language, missing_expression=None):
    """``rules`` = [(expression, label, colour)]: fills for areas, small circles for points."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, label, color in rules:
        symbol = _marker("circle", color, 1.6, "#4d4d4d") if geometry_type == GEOMETRY_POINT else _fill(color)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    if missing_expression:
        symbol = (_marker("circle", classify.MISSING_COLOR, 1.2, "#8c8c8c") if geometry_type == GEOMETRY_POINT
                  else missing_fill_symbol())
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, missing_expression, marks.words("no_figure", language)))
    return QgsRuleBasedRenderer(root)


def change_renderer(geometry_type, field_name, language="nl", steps=CHANGE_STEPS):
    """Diverging classes of a change in metres (after - before)."""
    small, large = (float(s) for s in steps)
    f = quote_field(field_name)
    label = lambda metres: distance_label(metres, language)  # noqa: E731 - a one-line formatter
    rules = [
        ("{f} < -{l}".format(f=f, l=repr(large)), TEXT["closer"][language].format(label(large)), CHANGE_COLORS[0]),
        ("{f} >= -{l} AND {f} < -{s}".format(f=f, l=repr(large), s=repr(small)),
         TEXT["closer_up_to"][language].format(label(small), label(large)), CHANGE_COLORS[1]),
        ("{f} >= -{s} AND {f} <= {s}".format(f=f, s=repr(small)), TEXT["same"][language].format(label(small)),
         CHANGE_COLORS[2]),
        ("{f} > {s} AND {f} <= {l}".format(f=f, l=repr(large), s=repr(small)),
         TEXT["farther_up_to"][language].format(label(small), label(large)), CHANGE_COLORS[3]),
        ("{f} > {l}".format(f=f, l=repr(large)), TEXT["farther"][language].format(label(large)), CHANGE_COLORS[4]),
    ]
    return _rules(geometry_type, rules, language, "{} IS NULL".format(f))


def area_distance_renderer(geometry_type, field_name, thresholds, language="nl"):
    """Reachability's distance classes per buurt; a buurt without demand gets the visual language's
    "no figure" wording (as on the change map), not the reachability's "no result"."""
    from .network_styles import distance_renderer

    renderer = distance_renderer(geometry_type, field_name, thresholds, language)
    for rule in renderer.rootRule().children():
        if rule.filterExpression().endswith("IS NULL"):
            rule.setLabel(marks.words("no_figure", language))
    return renderer


def crossing_renderer(geometry_type, field_name, language="nl"):
    """Points that cross the threshold: +1 now within (blue), -1 now beyond (red)."""
    f = quote_field(field_name)
    rules = [("{} = -1".format(f), TEXT["crossed_worse"][language], CHANGE_COLORS[4]),
             ("{} = 1".format(f), TEXT["crossed_better"][language], CHANGE_COLORS[0]),
             ("{} = 0".format(f), TEXT["crossed_none"][language], "#d0d0d0")]
    return _rules(geometry_type, rules, language, "{} IS NULL".format(f))


def scenario_sites_renderer(status_field, language="nl", unused=True):
    """Sites of a scenario by status: stays, closes, new (and candidates not used)."""
    f = quote_field(status_field)
    root = QgsRuleBasedRenderer.Rule(None)
    for value, key, symbol in (
        (CLOSED, "site_closed", _marker("cross2", "#b2182b", 4.0, "#b2182b", 0.8)),
        (ADDED, "site_added", _marker("star", "#1a9850", 4.2)),
        (KEPT, "site_kept", _marker("square", "#303030", 2.4, "#ffffff")),
        (UNUSED, "site_unused", _marker("circle", "#bdbdbd", 1.4, "#8c8c8c")),
    ):
        if value == UNUSED and not unused:
            continue
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "{} = '{}'".format(f, value), TEXT[key][language]))
    return QgsRuleBasedRenderer(root)


def chosen_sites_renderer(chosen_field="gekozen", source_field="bron", language="nl"):
    """Chosen sites as stars, existing ones as squares, candidates not chosen as grey dots."""
    c, s = quote_field(chosen_field), quote_field(source_field)
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, key, symbol in (
        ("{} = 1 AND {} = 'kandidaat'".format(c, s), "chosen", _marker("star", "#d7301f", 4.6)),
        ("{} = 'bestaand' AND {} = 1".format(s, c), "existing", _marker("square", "#303030", 2.6, "#ffffff")),
        ("{} = 0".format(c), "not_chosen", _marker("circle", "#bdbdbd", 1.3, "#8c8c8c")),
    ):
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, TEXT[key][language]))
    return QgsRuleBasedRenderer(root)


def candidate_renderer(language="nl"):
    """Candidate sites, not yet chosen: the grey dots of the best-sites map, a little larger."""
    from qgis.core import QgsSingleSymbolRenderer

    return QgsSingleSymbolRenderer(_marker("circle", "#bdbdbd", 1.8, "#636363"))


def closure_renderer(rank_field, count, language="nl", geometry_type=GEOMETRY_POINT):
    """Existing sites by closure rank: the top third large and dark, the rest smaller."""
    f = quote_field(rank_field)
    top = max(1, count // 3)
    middle = max(top + 1, (2 * count) // 3)
    point = geometry_type == GEOMETRY_POINT

    def symbol(color, size, outline="#2b2b2b"):
        return _marker("circle", color, size, outline) if point else _fill(color)

    root = QgsRuleBasedRenderer.Rule(None)
    rules = [("{} <= {}".format(f, top), TEXT["rank_top"][language].format(top), symbol("#b2182b", 4.2))]
    if count > top:
        rules.append(("{f} > {a} AND {f} <= {b}".format(f=f, a=top, b=middle),
                      TEXT["rank_mid"][language].format(top + 1, middle), symbol("#f4a582", 3.2)))
    if count > middle:
        rules.append(("{} > {}".format(f, middle), TEXT["rank_rest"][language].format(middle + 1),
                      symbol("#fddbc7", 2.4, "#8c8c8c")))
    for expression, label, made in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(made, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)
