"""The words printed in the atlas, in Dutch (the main language) and English.

The atlas is written in the language the user asks for (a parameter of the dock, the
Processing algorithm and the scripts), independent of QGIS's interface language; the
preset maps in ``qgis_io`` work the same way. Interface strings (algorithm names, task
descriptions, messages) go through Qt's translation files instead.
"""

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}

TEXT = {
    # table
    "col_indicator": {"nl": "Vraag en indicator", "en": "Question and indicator"},
    "col_gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "col_nederland": {"nl": "Nederland", "en": "Netherlands"},
    "col_reference": {"nl": "Maatstaf", "en": "Reference"},
    "col_cue": {"nl": "Score t.o.v. maatstaf", "en": "Score vs. reference"},
    "level_buurt": {"nl": "Buurt", "en": "Neighbourhood"},
    "level_wijk": {"nl": "Wijk", "en": "District"},
    "index_row": {"nl": "{number}. {title} \u2013 index", "en": "{number}. {title} \u2013 index"},
    "index_row_wijk": {"nl": "{number}. {title} \u2013 index (mediaan van de buurten)",
                       "en": "{number}. {title} \u2013 index (median of the neighbourhoods)"},
    "rank": {"nl": "rang {rank} van {of}", "en": "rank {rank} of {of}"},
    "buurten_count": {"nl": "{n} buurten", "en": "{n} neighbourhoods"},
    "domains": {"nl": "Domeinen in het landelijk slechtste vijfde", "en": "Domains in the national worst fifth"},
    "domains_value": {"nl": "{n} van {of}", "en": "{n} of {of}"},
    "beside": {"nl": "ernaast, niet in de index", "en": "beside, not in the index"},
    "wijk_figure": {"nl": "cijfer van de wijk", "en": "figure of the district"},
    "not_in": {"nl": "Niet in deze atlas ({why}): {names}", "en": "Not in this atlas ({why}): {names}"},
    "table_note": {
        "nl": "Index: {index}; rang 1 = hoogste van de gemeente; het vakje ernaast heeft de kleur van de kaartklasse. "
              "Maatstaf: {reference} waartegen de index de component rangschikt (NL = alle buurten in Nederland, "
              "gem. = de buurten van de gemeente).",
        "en": "Index: {index}; rank 1 = highest in the municipality; the cell beside it has the colour of the map "
              "class. Reference: {reference} the index ranks the component against (NL = all neighbourhoods in the "
              "Netherlands, mun. = the neighbourhoods of the municipality).",
    },
    "reference_percentile": {"nl": "de mediane buurt", "en": "the median neighbourhood"},
    "reference_zscore": {"nl": "de gemiddelde buurt", "en": "the mean neighbourhood"},
    "reference_index100": {"nl": "de waarde van Nederland", "en": "the value of the Netherlands"},
    "reference_mixed": {"nl": "per vraag de mediane buurt, de gemiddelde buurt of Nederland",
                        "en": "per question the median neighbourhood, the mean neighbourhood or the Netherlands"},
    "index_percentile": {"nl": "percentielrang 0\u2013100, hoog = meer risico",
                         "en": "percentile rank 0\u2013100, high = more risk"},
    "index_zscore": {"nl": "z-score (begrensd op \u00b13), hoog = meer risico",
                     "en": "z-score (winsorised at \u00b13), high = more risk"},
    "index_index100": {"nl": "indexcijfer, Nederland = 100, hoog = meer risico",
                       "en": "index number, Netherlands = 100, high = more risk"},
    "index_mixed": {"nl": "per vraag genormaliseerd zoals op de kaartpagina staat, hoog = meer risico",
                    "en": "normalised per question as its map page says, high = more risk"},
    # area page
    "subtitle_buurt": {"nl": "Buurt {code} in {wijk} \u00b7 gemeente {gemeente} \u00b7 {population} inwoners ({year})",
                       "en": "Neighbourhood {code} in {wijk} \u00b7 municipality of {gemeente} \u00b7 {population} "
                             "inhabitants ({year})"},
    "subtitle_wijk": {"nl": "Wijk {code} \u00b7 gemeente {gemeente} \u00b7 {buurten} buurten \u00b7 {population} "
                            "inwoners ({year})",
                      "en": "District {code} \u00b7 municipality of {gemeente} \u00b7 {buurten} neighbourhoods "
                            "\u00b7 {population} inhabitants ({year})"},
    "kf_population": {"nl": "Inwoners: {value}", "en": "Inhabitants: {value}"},
    "kf_65plus": {"nl": "65 jaar of ouder: {count} ({share} %; gemeente {gemeente} %)",
                  "en": "Aged 65 or over: {count} ({share} %; municipality {gemeente} %)"},
    "kf_65plus_missing": {"nl": "65 jaar of ouder: {count} (gemeente {gemeente} %)",
                          "en": "Aged 65 or over: {count} (municipality {gemeente} %)"},
    "kf_households": {"nl": "Huishoudens: {count} (gemiddeld {size} personen)",
                      "en": "Households: {count} (on average {size} persons)"},
    "kf_density": {"nl": "Bevolkingsdichtheid: {value} inwoners per km\u00b2",
                   "en": "Population density: {value} inhabitants per km\u00b2"},
    "own_text_heading": {"nl": "Toelichting van de gemeente", "en": "Notes from the municipality"},
    "chart_title": {"nl": "Positie tussen de buurten van {gemeente} (index; \u25cf = {area})",
                    "en": "Position among the neighbourhoods of {gemeente} (index; \u25cf = {area})"},
    "this_buurt": {"nl": "deze buurt", "en": "this neighbourhood"},
    "its_buurten": {"nl": "de buurten van deze wijk", "en": "the neighbourhoods of this district"},
    "page_label": {"nl": "pagina {number} van {count}", "en": "page {number} of {count}"},
    "document_title": {"nl": "Atlas Sociaal Domein {gemeente} {year}", "en": "Social Domain Atlas {gemeente} {year}"},
    "footer": {"nl": "{attribution} \u00b7 {sources} \u00b7 {document}, gemaakt op {date} met RKSD",
               "en": "{attribution} \u00b7 {sources} \u00b7 {document}, made on {date} with RKSD"},
    # question page
    "question_subtitle": {"nl": "{question} \u2013 {gemeente} ({code}), {year}",
                          "en": "{question} \u2013 {gemeente} ({code}), {year}"},
    "q_index": {"nl": "Index: gewogen gemiddelde van de componenten ({method}).",
                "en": "Index: weighted mean of the components ({method})."},
    "q_components": {"nl": "Componenten: {names}.", "en": "Components: {names}."},
    "q_basis_nl": {"nl": "Genormaliseerd t.o.v. alle buurten in Nederland: {names}.",
                   "en": "Normalised against all neighbourhoods in the Netherlands: {names}."},
    "q_basis_gm": {"nl": "Genormaliseerd binnen de gemeente: {names}.",
                   "en": "Normalised within the municipality: {names}."},
    "q_min": {"nl": "Een index alleen bij minstens {k} van de {n} componenten; ontbrekende tellen niet als 0.",
              "en": "An index only with at least {k} of the {n} components; missing ones never count as 0."},
    "q_weights_equal": {"nl": "Gelijke gewichten.", "en": "Equal weights."},
    "q_weights": {"nl": "Gewichten: {weights}.", "en": "Weights: {weights}."},
    "q_with_index": {"nl": "{n} van de {of} buurten hebben een index.",
                     "en": "{n} of the {of} neighbourhoods have an index."},
    "q_beside": {"nl": "Ernaast, niet in de index: {names}.", "en": "Beside, not in the index: {names}."},
    "q_wijk": {"nl": "Alleen per wijk: {names}.", "en": "Per district only: {names}."},
    "q_domains": {"nl": "Ook geteld: in hoeveel domeinen een buurt tot het landelijk slechtste vijfde hoort.",
                  "en": "Also counted: in how many domains a neighbourhood belongs to the national worst fifth."},
    # method page
    "method_title": {"nl": "Over deze atlas", "en": "About this atlas"},
    "h_intro": {"nl": "Inleiding", "en": "Introduction"},
    "intro_default": {
        "nl": "Deze atlas laat per {level} in {gemeente} zien waar de zes vragen van het sociaal domein het "
              "scherpst spelen: kwetsbaarheid, financi\u00eble kwetsbaarheid, eenzaamheid, langer thuis wonen, "
              "zorgvraag en veiligheid. Elke {level} wordt vergeleken met de gemeente en met Nederland. De cijfers "
              "komen van CBS, RIVM en Politie; de atlas is gemaakt met RKSD uit de GeoPackage van de gemeente.",
        "en": "This atlas shows per {level} in {gemeente} where the six questions of the social domain are most "
              "pressing: vulnerability, financial vulnerability, loneliness, living at home for longer, care demand "
              "and safety. Every {level} is compared with the municipality and the Netherlands. The figures come "
              "from CBS, RIVM and the police; the atlas was made with RKSD from the municipality's GeoPackage.",
    },
    "h_reading": {"nl": "Zo leest u deze atlas", "en": "How to read this atlas"},
    "reading": {
        "nl": [
            "Pagina {first_question}\u2013{last_question}: per vraag een kaart van de gemeente met de index per buurt.",
            "Daarna een pagina per {level} ({count} in totaal), gesorteerd per wijk en op naam: een kaart van de "
            "{level} in haar omgeving, de positie op de zes vragen tussen de buurten van de gemeente, en een tabel "
            "met per vraag de index en de onderliggende cijfers: de {level}, de gemeente, Nederland en de maatstaf "
            "waartegen de index het cijfer rangschikt.",
            "Voor de index is hoog altijd meer risico; bij indicatoren waar laag ongunstig is (zoals inkomen of "
            "WOZ-waarde) is de richting daarvoor omgedraaid. De score van een component is zijn percentielrang "
            "t.o.v. de maatstaf: boven 50 ligt het cijfer aan de risicokant van de mediane buurt.",
        ],
        "en": [
            "Pages {first_question}\u2013{last_question}: per question a map of the municipality with the index per "
            "neighbourhood.",
            "Then one page per {level} ({count} in all), sorted by district and name: a map of the {level} in its "
            "surroundings, its position on the six questions among the neighbourhoods of the municipality, and a "
            "table with per question the index and the figures behind it: the {level}, the municipality, the "
            "Netherlands and the reference the index ranks the figure against.",
            "For the index, high always means more risk; indicators where low is unfavourable (such as income or "
            "WOZ value) are turned around for it. A component's score is its percentile rank against the "
            "reference: above 50 the figure is on the risk side of the median neighbourhood.",
        ],
    },
    "h_marks": {"nl": "Tekens", "en": "Marks"},
    "h_method": {"nl": "Methode", "en": "Method"},
    "method": {
        "nl": [
            "Per vraag 4 tot 8 indicatoren, als percentages of per 1.000 inwoners met een expliciete noemer.",
            "Normalisatie: {normalisation}. Waar de landelijke verdeling van alle buurten beschikbaar is, is dat de "
            "maatstaf; anders de buurten van de gemeente. Op elke kaartpagina staat welke; in de tabel staat de "
            "maatstaf (de mediane buurt) naast elk cijfer.",
            "De index is het gewogen gemiddelde van de genormaliseerde componenten die er zijn, alleen als er genoeg "
            "zijn (per vraag vermeld). Ontbrekende componenten tellen niet als 0.",
            "Drempel: buurten met minder dan {threshold} inwoners krijgen geen index (\u2018te weinig inwoners\u2019) "
            "en worden niet gerangschikt; op de kaarten staan ze in een eigen klasse.",
            "Wmo en jeugdzorg bestaan alleen per wijk en worden nooit over buurten verdeeld. Beleefde veiligheid "
            "bestaat niet per buurt; de atlas toont geregistreerde misdrijven en, ernaast, ervaren overlast.",
        ],
        "en": [
            "Per question 4 to 8 indicators, as percentages or per 1,000 inhabitants with an explicit denominator.",
            "Normalisation: {normalisation}. Where the national distribution of all neighbourhoods is available it is "
            "the yardstick; otherwise the neighbourhoods of the municipality. Each map page says which; the table "
            "shows the reference (the median neighbourhood) beside every figure.",
            "The index is the weighted mean of the normalised components that exist, only when there are enough "
            "(stated per question). Missing components never count as 0.",
            "Threshold: neighbourhoods with fewer than {threshold} inhabitants get no index (\u2018too few "
            "inhabitants\u2019) and are not ranked; the maps show them in a class of their own.",
            "Wmo (social support) and youth care exist per district only and are never spread over "
            "neighbourhoods. Perceived safety does not exist per neighbourhood; the atlas shows registered crime "
            "and, beside it, perceived nuisance.",
        ],
    },
    "normalisation_percentile": {"nl": "percentielrang (0\u2013100), zo gericht dat hoog = meer risico",
                                 "en": "percentile rank (0\u2013100), oriented so that high = more risk"},
    "normalisation_zscore": {"nl": "z-score, begrensd op \u00b13, hoog = meer risico",
                             "en": "z-score, winsorised at \u00b13, high = more risk"},
    "normalisation_index100": {"nl": "indexcijfer met Nederland = 100, hoog = meer risico",
                               "en": "index number with the Netherlands = 100, high = more risk"},
    "h_sources": {"nl": "Bronnen", "en": "Sources"},
    "source_line": {"nl": "{title} \u2013 tabel {table} ({catalog}), periode {period}{modified}{model}.",
                    "en": "{title} \u2013 table {table} ({catalog}), period {period}{modified}{model}."},
    "source_modified": {"nl": ", bijgewerkt {date}", "en": ", updated {date}"},
    "source_model": {"nl": "; modelschattingen", "en": "; model estimates"},
    "geometry_line": {"nl": "Geometrie: CBS/Kadaster via PDOK, {service} ({crs}).",
                      "en": "Geometry: CBS/Kadaster via PDOK, {service} ({crs})."},
    "downloaded": {"nl": "Gegevens opgehaald {first}{offline}; catalogus {version} ({date}).",
                   "en": "Data retrieved {first}{offline}; catalog {version} ({date})."},
    "offline": {"nl": " (uit een offline pakket)", "en": " (from an offline package)"},
    "attribution_line": {"nl": "Naamsvermelding: {attribution}.", "en": "Attribution: {attribution}."},
    "unavailable_line": {"nl": "Niet in deze atlas ({why}): {names}.", "en": "Not in this atlas ({why}): {names}."},
    "sample_line": {
        "nl": "Voorbeeld: deze atlas is gemaakt uit het meegeleverde offline pakket; indicatoren waarvan het pakket "
              "geen echte cijfers heeft staan er als \u2018niet beschikbaar in dit pakket\u2019 - nooit ingevuld.",
        "en": "Sample: this atlas was made from the bundled offline package; indicators for which the package holds "
              "no real figures are shown as \u2018not available in this package\u2019 - never filled in.",
    },
    "h_contents": {"nl": "Inhoud", "en": "Contents"},
    "h_contents_more": {"nl": "Inhoud (vervolg)", "en": "Contents (continued)"},
    "continued": {"nl": "vervolg", "en": "continued"},
    "contents_questions": {"nl": "Kaarten per vraag", "en": "Maps per question"},
}


def t(key, language="nl"):
    entry = TEXT[key]
    return entry.get(language) or entry["nl"]


def written_date(date, language="nl"):
    """``date`` (a ``datetime.date``) written out: 30 november 2026 / 30 November 2026."""
    months = MONTHS.get(language, MONTHS["nl"])
    return "{} {} {}".format(date.day, months[date.month - 1], date.year)
