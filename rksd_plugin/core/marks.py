"""One visual language: every mark, sign and wording RKSD prints, with its rule (pure Python).

The dock, the maps and their legends, the presentation PNGs, the atlas and the table
export all take their marks from here, so a sign means one thing wherever a user meets
it. ``docs/visual_language.md`` is the user's version of this module; a test keeps the
two in step.

Three families:

* **Comparison** of a figure with its reference (the *maatstaf* the index ranks it
  against): an arrow for higher / lower / equal, and a word with a colour for worse /
  better. The colour and the word follow the component's score, so they can never
  contradict the index (``cue``).
* **Value marks** that travel with a figure or an indicator name: model estimate (in
  use), and - reserved for the engineers adding them - a figure from an earlier year, a
  figure re-allocated across a buurt boundary change and a figure from the gemeente's
  own source.
* **Kinds of missing**, each with one wording and one legend entry: geheim, te weinig
  inwoners, no index, not available in this source / this package, water, and
  (reserved) suppressed by disclosure control.

Adding a mark: add an entry to ``MARKS`` (symbol, words, rule in both languages, the
issue it belongs to, ``in_use``), use ``value_with_marks`` / ``legend`` to print it, and
add its row to ``docs/visual_language.md``.
"""
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional

from . import classify, units

NL, EN = "nl", "en"

# the two colours of worse / better (ColorBrewer Oranges / Blues, light enough for black text)
WORSE_COLOR = "#fdae6b"
BETTER_COLOR = "#9ecae1"
MISSING_COLOR = classify.MISSING_COLOR
SMALL_COLOR = "#f4f4f4"
WATER_COLOR = classify.WATER_COLOR


@dataclass(frozen=True)
class Mark:
    key: str
    family: str  # comparison | value | missing
    symbol: str  # '' when the mark is a wording, not a sign
    words: Dict[str, str]  # the wording printed with (or instead of) the value
    rule: Dict[str, str]  # when it applies, for the legend and the docs
    issue: Optional[int] = None  # the issue that introduces it (reserved marks)
    in_use: bool = True
    color: str = ""  # a cell or map colour that goes with it


def _m(key, family, symbol, nl, en, rule_nl, rule_en, issue=None, in_use=True, color=""):
    return Mark(key, family, symbol, {NL: nl, EN: en}, {NL: rule_nl, EN: rule_en}, issue, in_use, color)


MARKS = {mark.key: mark for mark in (
    # -- comparison with the reference (the maatstaf) --------------------------------------
    _m("higher", "comparison", "\u25b2", "hoger", "higher",
       "hoger dan de maatstaf", "higher than the reference"),
    _m("lower", "comparison", "\u25bc", "lager", "lower",
       "lager dan de maatstaf", "lower than the reference"),
    _m("equal", "comparison", "=", "gelijk", "equal",
       "gelijk aan de maatstaf (op de getoonde decimalen)", "equal to the reference (at the decimals shown)"),
    _m("worse", "comparison", "", "ongunstig", "unfavourable",
       "de score ligt duidelijk aan de risicokant van de maatstaf (oranje)",
       "the score lies clearly on the risk side of the reference (orange)", color=WORSE_COLOR),
    _m("better", "comparison", "", "gunstig", "favourable",
       "duidelijk aan de gunstige kant (blauw)", "clearly on the favourable side (blue)", color=BETTER_COLOR),
    # -- marks that travel with a figure -------------------------------------------------------
    _m("model", "value", "\u2248", "modelschatting", "model estimate",
       "modelschatting (RIVM Gezondheidsmonitor), geen telling", "model estimate (RIVM Health Monitor), not a count"),
    _m("earlier_year", "value", "[{year}]", "cijfer uit {year}", "figure from {year}",
       "cijfer uit een eerder jaar: de tabel van dit jaar is nog niet gevuld",
       "figure from an earlier year: this year's table is not filled yet", issue=10),
    _m("reallocated", "value", "\u25ca", "omgerekend", "re-allocated",
       "omgerekend naar de buurtindeling van dit jaar (grenswijziging)",
       "re-allocated to this year's buurt boundaries (boundary change)", issue=13, in_use=False),
    _m("own_source", "value", "\u2302", "eigen bron", "own source",
       "cijfer uit een eigen bron van de gemeente, niet van CBS",
       "figure from the municipality's own source, not from CBS", issue=14),
    # -- kinds of missing: one wording each, never 0 ----------------------------------------
    _m("secret", "missing", "", "geheim", "confidential",
       "de bron publiceert het cijfer niet; het telt nooit als 0",
       "the source does not publish the figure; it never counts as 0", color=MISSING_COLOR),
    _m("too_few", "missing", "", "te weinig inwoners", "too few inhabitants",
       "minder dan {threshold} inwoners: geen klasse, geen score, niet gerangschikt",
       "fewer than {threshold} inhabitants: no class, no score, not ranked", color=SMALL_COLOR),
    _m("no_index", "missing", "", "geen index (te weinig componenten)", "no index (too few components)",
       "te weinig componenten met een cijfer", "too few components with a figure", color=MISSING_COLOR),
    _m("no_figure", "missing", "", "geen cijfer (geen inwoners of onbekend)", "no figure (no inhabitants or unknown)",
       "een eigen cijfer zonder waarde: geen inwoners in de noemer of niet aangeleverd",
       "an own figure without a value: no inhabitants in the denominator or not supplied", issue=14,
       color=MISSING_COLOR),
    _m("not_in_source", "missing", "\u2013", "niet beschikbaar in deze bron", "not available in this source",
       "de gebruikte tabel heeft dit cijfer niet", "the table used has no such figure"),
    _m("not_in_package", "missing", "", "niet beschikbaar in dit pakket", "not available in this package",
       "het offline pakket (of het voorbeeld) heeft dit cijfer niet; het is niet ingevuld",
       "the offline package (or the sample) lacks this figure; it is not filled in"),
    _m("water", "missing", "", "water (geen cijfers)", "water (no figures)",
       "watergebied: geen cijfers, geen klasse", "water area: no figures, no class", color=WATER_COLOR),
    _m("suppressed", "missing", "", "afgeschermd (kleine aantallen)", "suppressed (small numbers)",
       "door de gemeente afgeschermd omdat de aantallen klein zijn (onthullingsbeheersing)",
       "suppressed by the municipality because the numbers are small (disclosure control)", issue=14),
)}

# a score (0-100, high = more risk) from which a component is coloured worse / better
WORSE_FROM = {"percentile": 60.0, "zscore": 0.25, "index100": 110.0}
BETTER_UPTO = {"percentile": 40.0, "zscore": -0.25, "index100": 90.0}
# the score that stands for "as the reference" (the maatstaf)
NEUTRAL_SCORE = {"percentile": 50.0, "zscore": 0.0, "index100": 100.0}

TERMS = {
    # the nouns of the product, one per language
    "buurt": {NL: "buurt", EN: "neighbourhood"},
    "buurten": {NL: "buurten", EN: "neighbourhoods"},
    "wijk": {NL: "wijk", EN: "district"},
    "wijken": {NL: "wijken", EN: "districts"},
    "gemeente": {NL: "gemeente", EN: "municipality"},
    "nederland": {NL: "Nederland", EN: "Netherlands"},
    "reference": {NL: "maatstaf", EN: "reference"},
    "score": {NL: "score", EN: "score"},
}
REFERENCE_KIND = {
    # what the maatstaf of a component is, by normalisation and basis
    ("percentile", "nederland"): {NL: "mediaan buurt NL", EN: "median neighbourhood NL"},
    ("percentile", "gemeente"): {NL: "mediaan buurt gem.", EN: "median neighbourhood mun."},
    ("zscore", "nederland"): {NL: "gem. buurt NL", EN: "mean neighbourhood NL"},
    ("zscore", "gemeente"): {NL: "gem. buurt gem.", EN: "mean neighbourhood mun."},
    ("index100", "nederland"): {NL: "Nederland", EN: "Netherlands"},
    ("index100", "gemeente"): {NL: "Nederland", EN: "Netherlands"},
}
REFERENCE_TAG = {"nederland": {NL: "NL", EN: "NL"}, "gemeente": {NL: "gem.", EN: "mun."}}


def mark(key):
    return MARKS[key]


def words(key, language=NL, **values):
    """The wording of a mark (a kind of missing, a comparison word) in ``language``."""
    entry = MARKS[key].words
    return (entry.get(language) or entry[NL]).format(**values) if values else (entry.get(language) or entry[NL])


def symbol(key, **values):
    return MARKS[key].symbol.format(**values) if values else MARKS[key].symbol


def term(key, language=NL):
    return TERMS[key].get(language) or TERMS[key][NL]


def rule(key, language=NL, **values):
    entry = MARKS[key].rule
    text = entry.get(language) or entry[NL]
    return text.format(**values) if values else text


# -- names -------------------------------------------------------------------------------------
def indicator_name(indicator, language=NL, with_unit=True):
    """The one way an indicator is named: title, unit in brackets, model mark after it.

    ``Eenzaam, 18+ (%) \u2248`` - the unit is left out where the title says it already."""
    title = indicator.title.get(language) or indicator.title.get(NL) or indicator.id
    unit = units.unit(indicator.unit, language)
    if with_unit and unit and _squeeze(unit) not in _squeeze(title):
        title = "{} ({})".format(title, unit)
    if indicator.model_estimate:
        title = "{} {}".format(title, symbol("model"))
    return title


def _squeeze(text):
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == "%")


def wijk_phrase(name, code="", language=NL):
    """"wijk Centrum" - but "Wijk 01 Centrum" as CBS names it, never "wijk Wijk 01"."""
    name = (name or "").strip() or code or "-"
    word = term("wijk", language)
    if name.lower().startswith(word.lower()) or name.lower().startswith("wijk"):
        return name
    return "{} {}".format(word, name)


# -- values ----------------------------------------------------------------------------------
def format_number(value, decimals=1, language=NL):
    return classify.format_number(float(value), decimals, language)


def value_text(value, decimals=1, language=NL, missing="secret"):
    """A figure in the language's number style, or the wording of why it is missing."""
    if value is None:
        return words(missing, language)
    return format_number(value, decimals, language)


YEAR_SUFFIX = "_jaar"  # issue 10: ``<indicator>_jaar`` holds the year a figure was taken from


def earlier_year(record, key):
    """The earlier year ``record``'s figure for ``key`` comes from, or None (this year's)."""
    year = record.get(key + YEAR_SUFFIX)
    try:
        return int(year) if year else None
    except (TypeError, ValueError):
        return None


def figure_text(record, key, decimals=1, language=NL, missing="secret", legend=None):
    """A record's figure as printed everywhere: the number (or why it is missing) and its value marks."""
    value = record.get(key)
    text = value_text(value, decimals, language, missing)
    year = earlier_year(record, key) if value is not None else None
    if year:
        text = value_with_marks(text, ["earlier_year"], language, year=year)
        if legend is not None:
            legend.add("earlier_year")
    return text


def value_with_marks(text, marks=(), language=NL, year=None):
    """``text`` followed by the symbols of value marks (``earlier_year`` needs ``year``)."""
    parts = [text]
    for key in marks:
        parts.append(symbol(key, year=year) if key == "earlier_year" else symbol(key))
    return " ".join(p for p in parts if p)


# -- comparison --------------------------------------------------------------------------------
@dataclass
class Cue:
    arrow: str = ""  # higher | lower | equal | ''
    tone: str = ""  # worse | better | ''
    score: Optional[float] = None

    def text(self, language=NL, decimals=0):
        """``\u25b2 62 ongunstig``: arrow, score, and the word of worse / better."""
        parts = []
        if self.arrow:
            parts.append(symbol(self.arrow))
        if self.score is not None:
            parts.append(format_number(self.score, decimals, language))
        if self.tone:
            parts.append(words(self.tone, language))
        return " ".join(parts)

    @property
    def color(self):
        return MARKS[self.tone].color if self.tone else ""


def arrow(value, reference, decimals):
    """higher / lower / equal of ``value`` against ``reference`` at the decimals shown."""
    if value is None or reference is None:
        return ""
    a, b = round(float(value), decimals), round(float(reference), decimals)
    if a == b:
        return "equal"
    return "higher" if a > b else "lower"


def tone(score, method="percentile"):
    """worse / better / '' from a component's score (high = more risk)."""
    if score is None:
        return ""
    if score >= WORSE_FROM.get(method, WORSE_FROM["percentile"]):
        return "worse"
    if score <= BETTER_UPTO.get(method, BETTER_UPTO["percentile"]):
        return "better"
    return ""


def cue(value, reference, decimals, score, method="percentile"):
    """The comparison of one index component: arrow against its maatstaf, tone from its score.

    Both derive from the same reference the score was computed against, so they agree:
    an arrow up for a higher-is-risk indicator never comes with a "favourable" word."""
    return Cue(arrow(value, reference, decimals), tone(score, method), score)


def reference_label(method, basis, language=NL):
    """What the maatstaf of a component is: "mediaan buurt NL", "gem. buurt gem.", "Nederland"."""
    entry = REFERENCE_KIND.get((method, basis)) or REFERENCE_KIND[("percentile", "nederland")]
    return entry.get(language) or entry[NL]


def reference_text(value, decimals, basis, language=NL):
    """The maatstaf in a table cell: ``39,4 NL`` / ``22,1 gem.``."""
    if value is None:
        return ""
    tag = REFERENCE_TAG.get(basis, {}).get(language, "")
    return "{} {}".format(format_number(value, decimals, language), tag).strip()


# -- index states --------------------------------------------------------------------------
def index_state(record, question):
    """``('value', v)``, ``('too_few', None)`` or ``('no_index', None)`` for one buurt record.

    The chart, the table, the map and the dock all ask this one function, so a buurt
    without an index reads the same everywhere."""
    if record.get("water") == "JA":
        return "water", None
    value = record.get(question.index_id)
    if record.get(question.id + "_klein") == "JA":
        return "too_few", None
    if value is None:
        return "no_index", None
    return "value", value


def index_text(record, question, decimals=0, language=NL):
    state, value = index_state(record, question)
    return format_number(value, decimals, language) if state == "value" else words(state, language)


def too_small(record, indicator, population_field="inwoners"):
    """True when the buurt has fewer inhabitants than the indicator's threshold."""
    if not indicator.min_population:
        return False
    population = record.get(population_field)
    return population is None or population < indicator.min_population


# -- the legend block every output carries ---------------------------------------------------
@dataclass
class Legend:
    """The marks one output uses, explained once (atlas page, map, PNG, dock, export)."""

    keys: List[str] = field(default_factory=list)
    threshold: Optional[int] = None

    def add(self, *keys):
        for key in keys:
            if key and key not in self.keys:
                self.keys.append(key)
        return self

    def lines(self, language=NL):
        return legend_lines(self.keys, language, self.threshold)

    def text(self, language=NL, separator=" \u00b7 "):
        return separator.join(self.lines(language))


ORDER = [key for key in MARKS]


def legend_lines(keys: Iterable[str], language=NL, threshold=None):
    """One line per mark: ``\u25b2/\u25bc hoger/lager: ...``, ``geheim: ...``."""
    keys = [k for k in ORDER if k in set(keys)]
    lines = []
    done = set()
    for key in keys:
        if key in done:
            continue
        entry = MARKS[key]
        if key in ("higher", "lower", "equal"):
            shown = [k for k in ("higher", "lower", "equal") if k in keys]
            done.update(shown)
            lines.append("{} {}".format("/".join(symbol(k) for k in shown), _reference_rule(language)))
            continue
        if key in ("worse", "better"):
            shown = [k for k in ("worse", "better") if k in keys]
            done.update(shown)
            lines.append("; ".join("{}: {}".format(words(k, language), rule(k, language)) for k in shown))
            continue
        done.add(key)
        if entry.family == "missing":
            head = "{} {}".format(entry.symbol, words(key, language)).strip()
        else:
            head = entry.symbol.format(year="jaar" if language == NL else "year")
        text = rule(key, language, threshold=threshold if threshold is not None else "-")
        lines.append("{}: {}".format(head, text))
    return lines


def _reference_rule(language):
    if language == NL:
        return "hoger/lager/gelijk dan de maatstaf; het getal erachter is de score van de component in de index"
    return "higher/lower/equal than the reference; the number after it is the component's score in the index"


def attribution(text, language=NL):
    """The stored (Dutch) attribution in ``language``: "Bron:" becomes "Source:" in English."""
    if language == NL or not text:
        return text
    for dutch, english in (("Bron:", "Source:"), ("geometrie:", "geometry:"), ("GGD'en", "GGDs")):
        text = text.replace(dutch, english)
    return text
