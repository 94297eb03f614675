"""The privacy report in words (Dutch and English): for the atlas's method page and the GeoPackage.

Built from a ``Release``'s language-neutral report. It says which rules applied, how
many areas are afgeschermd per level and measure, and how that was checked - never which
hidden count is small itself.
"""
from . import marks
from .model import POPULATION_GROUPS, UNITS

TEXT = {
    "heading": {"nl": "Eigen cijfers van de gemeente en privacy", "en": "The municipality's own figures and privacy"},
    "dataset": {"nl": "{mark} {title}: {source}{period}; geteld: {unit}{synthetic}.",
                "en": "{mark} {title}: {source}{period}; counted: {unit}{synthetic}."},
    "synthetic": {"nl": " - SYNTHETISCH: verzonnen voorbeeldgegevens, geen echte cliënten",
                  "en": " - SYNTHETIC: made-up example data, no real clients"},
    "primary": {
        "nl": "Onthullingsbeheersing vóór alles wat getoond of opgeslagen wordt: aantallen van 1 tot en met {small} "
              "zijn afgeschermd, en ook aantallen die minder dan {min} onder het aantal {population} van het gebied "
              "liggen (bijna iedereen is cliënt). Een 0 wordt wel getoond.",
        "en": "Disclosure control before anything is shown or stored: counts from 1 to {small} are suppressed, and so "
              "are counts less than {min} below the number of {population} of the area (nearly everybody is a "
              "client). A 0 is shown."},
    "primary_no_complement": {
        "nl": "Onthullingsbeheersing vóór alles wat getoond of opgeslagen wordt: aantallen van 1 tot en met {small} "
              "zijn afgeschermd. Een 0 wordt wel getoond.",
        "en": "Disclosure control before anything is shown or stored: counts from 1 to {small} are suppressed. "
              "A 0 is shown."},
    "secondary": {
        "nl": "Daarna is zoveel extra afgeschermd dat geen afgeschermd aantal terug te rekenen is uit een totaal "
              "(wijk, gemeente) of uit de andere gebieden van zijn wijk of gemeente. Gecontroleerd: voor elk "
              "afgeschermd klein aantal laat alles wat gepubliceerd is nog steeds elke waarde van 1 tot en met "
              "{small} open.",
        "en": "Then enough more was suppressed that no suppressed count can be derived from a total (wijk, "
              "municipality) or from the other areas of its wijk or municipality. Checked: for every suppressed "
              "small count, everything published still leaves every value from 1 to {small} open."},
    "linked": {
        "nl": "De kolommen komen uit dezelfde cliënten; ook is gecontroleerd (lineaire programmering, {checked} "
              "controles) dat geen kleine combinatie van voorzieningen uit alle kolommen samen af te leiden is.",
        "en": "The columns come from the same clients; it was also checked (linear programming, {checked} checks) "
              "that no small combination of provisions can be derived from all columns together."},
    "total_of_parts": {
        "nl": "Kolom {total} is de som van {parts}; ze zijn samen beschermd.",
        "en": "Column {total} is the sum of {parts}; they were protected together."},
    "rounding": {
        "nl": "Gepubliceerde aantallen zijn afgerond op {round}; totalen zijn afgerond vanuit hun echte waarde, "
              "dus de som van afgeronde delen kan afwijken.",
        "en": "Published counts are rounded to {round}; totals are rounded from their true value, so the sum of "
              "rounded parts may differ."},
    "same_word": {
        "nl": "Alle afgeschermde cijfers heten '{word}': welke zelf klein zijn en welke andere beschermen, staat "
              "nergens, omdat dat de afgeschermde waarden zou verraden.",
        "en": "Every suppressed figure reads '{word}': which are small themselves and which protect others is "
              "not stated anywhere, because that would give the suppressed values away."},
    "hidden": {"nl": "{measure}: afgeschermd {buurten}{wijken}, gemeente {gemeente}.",
               "en": "{measure}: suppressed {buurten}{wijken}, municipality {gemeente}."},
    "unplaced": {"nl": "Regels zonder bekende buurt (of van een andere gemeente) tellen in geen enkel cijfer mee, "
                       "ook niet in dat van de gemeente; hoeveel het er waren, is alleen aan de gebruiker getoond.",
                 "en": "Rows without a known neighbourhood (or of another municipality) count in no figure, not even "
                       "the municipality's; how many there were was shown to the user only."},
    "of_buurten": {"nl": "{n} van {of} buurten, ", "en": "{n} of {of} neighbourhoods, "},
    "of_wijken": {"nl": "{n} van {of} wijken", "en": "{n} of {of} districts"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "rates": {
        "nl": "Cijfers per 1.000 en aandelen zijn alleen berekend uit gepubliceerde (afgeronde) aantallen en de "
              "CBS-bevolking van dat jaar; waar het aantal is afgeschermd, is ook het cijfer afgeschermd.",
        "en": "Rates per 1,000 and shares are computed only from published (rounded) counts and the CBS population "
              "of that year; where the count is suppressed, so is the rate."},
    "records": {
        "nl": "Cliëntgegevens zijn alleen op deze computer verwerkt: geen adres is naar een webdienst gestuurd en "
              "geen regel per persoon is ergens opgeslagen.",
        "en": "Client records were processed on this computer only: no address was sent to a web service and no "
              "person-level row was stored anywhere."},
}


def t(key, language):
    entry = TEXT[key]
    return entry.get(language) or entry["nl"]


def privacy_lines(release, language="nl"):
    """The privacy report of one release as paragraphs."""
    info = release.info
    report = release.privacy or {}
    rules = release.rules
    small = rules.min_count - 1
    population = POPULATION_GROUPS.get(info.population, POPULATION_GROUPS["inwoners"])[language]
    lines = [t("dataset", language).format(
        mark=marks.symbol("own_source"), title=info.label(language),
        source=info.source or marks.words("own_source", language),
        period=", {}".format(info.period) if info.period else "",
        unit=UNITS.get(info.unit, UNITS["aantal"])[language],
        synthetic=t("synthetic", language) if info.synthetic else "")]
    lines.append(t("primary" if rules.complement else "primary_no_complement", language).format(
        small=small, min=rules.min_count, population=population))
    lines.append(t("secondary", language).format(small=small))
    if report.get("linked"):
        lines.append(t("linked", language).format(checked=report.get("checked", 0)))
    if report.get("total_of_parts"):
        parts = report["total_of_parts"]
        lines.append(t("total_of_parts", language).format(total=parts["total"], parts=", ".join(parts["parts"])))
    if rules.round_to:
        lines.append(t("rounding", language).format(round=rules.round_to))
    cells = report.get("cells", {})
    for measure in release.measures:
        hidden = report.get("measures", {}).get(measure.key, {}).get("hidden", {})
        buurten = t("of_buurten", language).format(n=hidden.get("buurt", 0), of=cells.get("buurt", 0)) \
            if release.level == "buurt" else ""
        lines.append(t("hidden", language).format(
            measure=measure.title.get(language) or measure.key, buurten=buurten,
            wijken=t("of_wijken", language).format(n=hidden.get("wijk", 0), of=cells.get("wijk", 0)),
            gemeente=t("yes", language) if hidden.get("gemeente") else t("no", language)))
    lines.append(t("unplaced", language))
    lines.append(t("rates", language))
    lines.append(t("same_word", language).format(word=marks.words("suppressed", language)))
    if report.get("source_kind") == "records":
        lines.append(t("records", language))
    return lines
