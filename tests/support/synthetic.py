"""A SYNTHETIC gemeente for layout tests: many buurten with very long names, made-up figures.

Nothing here is real data. The gemeente is called "Synthetisch (geen echte gemeente)",
code GM9999 (no such gemeente exists), every buurt and wijk name starts with
"Synthetisch", the source table is "SYNTHETISCH" and the attribution says the figures
are invented - so every file, layer, map and page made from it is labelled synthetic.
The figures are drawn from a seeded random generator within plausible ranges; they only
exist to fill pages (60-character names, 500 buurten, secret values, small buurten).

It goes through RKSD's own code from the join onwards (``join_level``, indicators,
indices, the GeoPackage writer), so the atlas reads it exactly as a real run.
"""
import random

from rksd_plugin.core import indices, wkb
from rksd_plugin.core.indicators import add_indicators
from rksd_plugin.core.join import join_level
from rksd_plugin.core.pipeline import RunResult

GEMEENTE = "GM9999"
GEMEENTE_NAME = "Synthetisch (geen echte gemeente)"
YEAR = 2024
SIDE = 250.0  # metres: each synthetic buurt is a square
ORIGIN = (100000.0, 400000.0)  # RD New, in open country: no real place is suggested
WORDS = ["Synthetisch", "voorbeeld", "Langgerekteproefbuurtverbindingsstraat", "aan", "de", "Noordelijke",
         "Oeverlanden", "en", "het", "Testpark", "Zuid-Oost", "bij", "Denkbeeldige", "Molenvliet", "Westerkade"]


def long_name(kind, number, length=60, seed=0):
    """A name of exactly ``length`` characters that starts with "Synthetisch <kind> <number>"."""
    rng = random.Random(number * 31 + seed)
    text = "Synthetisch {} {:03d}".format(kind, number)
    while len(text) < length:
        text += " " + rng.choice(WORDS[1:])
    text = text[:length].rstrip(" -")
    while len(text) < length:
        text += "x"
    return text


def _square(x, y, width, height):
    ring = [[x, y], [x + width, y], [x + width, y + height], [x, y + height], [x, y]]
    return wkb.from_geojson({"type": "Polygon", "coordinates": [ring]})


def _measure_value(rng, measure, inwoners):
    """A plausible made-up value for one measure of one area."""
    if measure.id == "inwoners":
        return inwoners
    if measure.id == "huishoudensgrootte":
        return round(rng.uniform(1.4, 2.9), 1)
    if measure.id == "stedelijkheid":
        return rng.randint(1, 5)
    if measure.unit == "aantal":
        share = {"inwoners_0_15": (0.08, 0.22), "inwoners_65plus": (0.08, 0.4), "huishoudens": (0.35, 0.6),
                 "eenpersoonshuishoudens": (0.12, 0.35)}.get(measure.id, (0.001, 0.06))
        return int(round(inwoners * rng.uniform(*share)))
    if measure.unit == "%":
        return round(rng.uniform(2, 70), 1)
    if measure.unit == "km":
        return round(rng.uniform(0.2, 6.0), 1)
    if measure.unit == "x 1 000 euro":
        return round(rng.uniform(150, 650)) if "woz" in measure.id else round(rng.uniform(18, 45), 1)
    if measure.unit == "per 1 000 inwoners":
        return round(rng.uniform(20, 120), 1)
    if measure.unit in ("ha",):
        return round(SIDE * SIDE / 10000.0, 1)
    return round(rng.uniform(1, 500), 1)


def build(catalog, buurten=500, per_wijk=20, name_length=60, seed=7):
    """A ``RunResult`` of the synthetic gemeente (``buurten`` buurten in wijken of ``per_wijk``)."""
    rng = random.Random(seed)
    columns = max(1, int(round((buurten * 1.25) ** 0.5)))
    measures = list(catalog.measures.values())
    features = {"buurt": [], "wijk": [], "gemeente": []}
    values = {}
    wijk_bounds = {}
    for number in range(buurten):
        wijk, within = divmod(number, per_wijk)
        code = "BU{}{:02d}{:02d}".format(GEMEENTE[2:], wijk, within)
        row, column = divmod(number, columns)
        x, y = ORIGIN[0] + column * SIDE, ORIGIN[1] - row * SIDE
        water = number % 97 == 96
        features["buurt"].append({"properties": {"buurtcode": code, "buurtnaam": long_name("buurt", number + 1,
                                                                                           name_length, seed),
                                                 "water": "JA" if water else "NEE"},
                                  "geometry": _square(x, y, SIDE, SIDE)})
        left, bottom, right, top = wijk_bounds.get(wijk, (x, y, x + SIDE, y + SIDE))
        wijk_bounds[wijk] = (min(left, x), min(bottom, y), max(right, x + SIDE), max(top, y + SIDE))
        if water:
            continue
        # a few buurten are small: under the catalog's thresholds (50 for the 65+ share, 100 otherwise)
        inwoners = rng.choice([15, 40, 80]) if number % 37 == 5 else rng.randint(150, 6000)
        area = {m.id: (_measure_value(rng, m, inwoners), None) for m in measures if not m.levels or "buurt" in m.levels}
        for measure_id in ("inkomen_per_inwoner", "woz_waarde"):  # secret now and then, as CBS does
            if rng.random() < 0.15:
                area[measure_id] = (None, "geheim")
        values[code] = area
    for wijk, (left, bottom, right, top) in wijk_bounds.items():
        code = "WK{}{:02d}".format(GEMEENTE[2:], wijk)
        features["wijk"].append({"properties": {"wijkcode": code, "wijknaam": long_name("wijk", wijk + 1, name_length,
                                                                                        seed), "water": "NEE"},
                                 "geometry": _square(left, bottom, right - left, top - bottom)})
        values[code] = {m.id: (_measure_value(rng, m, 20000), None) for m in measures}
    left = min(b[0] for b in wijk_bounds.values())
    bottom = min(b[1] for b in wijk_bounds.values())
    right = max(b[2] for b in wijk_bounds.values())
    top = max(b[3] for b in wijk_bounds.values())
    features["gemeente"].append({"properties": {"gemeentecode": GEMEENTE, "gemeentenaam": GEMEENTE_NAME,
                                                "water": "NEE"},
                                 "geometry": _square(left, bottom, right - left, top - bottom)})
    values[GEMEENTE] = {m.id: (_measure_value(rng, m, 400000), None) for m in measures}
    nederland = {m.id: _measure_value(rng, m, 17900000) for m in measures if m.source == "rivm"}

    layers = {}
    indicators = list(catalog.indicators.values())
    gm_values = {k: v[0] for k, v in values[GEMEENTE].items()}
    for level in ("buurt", "wijk", "gemeente"):
        layer = join_level(level, features[level], values, measures, catalog.geometry)
        add_indicators(layer, indicators, gm_values, nederland)
        layers[layer.name] = layer
    questions = {}
    buurt_layer = layers["buurten"]
    references = {i.id: indices.gemeente_reference(buurt_layer.records, i.id, i) for i in indicators
                  if "buurt" in i.levels}
    nl_indicators = {i.id: i.formula.evaluate(nederland) for i in indicators}
    by_id = {i.id: i for i in indicators}
    for question in catalog.questions:
        components = {c.indicator: by_id[c.indicator] for c in question.components}
        for key in components:
            if not any(f.name == key + "_score" for f in buurt_layer.fields):
                buurt_layer.fields[-2:-2] = [indices.score_fields(components[key])]
        buurt_layer.fields[-2:-2] = indices.question_fields(question)
        summary = indices.compute_question(buurt_layer.records, question, components, references, nl_indicators,
                                           indices.PERCENTILE)
        summary["show_beside"] = list(question.show_beside)
        summary["wijk_indicators"] = list(question.wijk_indicators)
        questions[question.id] = summary
    attribution = "Synthetische cijfers - geen echte gegevens, geen bron"
    provenance = {
        "attribution": attribution, "attributions": [attribution], "gemeente": GEMEENTE, "year": YEAR,
        "catalog_version": catalog.version, "catalog_date": catalog.date,
        "sources": [{"source": "synthetisch", "table": "SYNTHETISCH", "catalog": "geen", "title":
                     "Synthetische cijfers (geen echte gegevens)", "period": str(YEAR), "modified": "",
                     "model_estimate": False, "attribution": attribution, "keys": {}}],
        "geometry": {"service": "synthetisch raster van vierkanten", "crs": "EPSG:28992"},
        "normalisation": "percentile",
        "questions": {key: {"basis": q["basis"], "weights": q["weights"], "unavailable": [],
                            "normalisation": "percentile", "reference": q["reference"]}
                      for key, q in questions.items()},
        "written_at": "2026-01-01T00:00:00Z", "offline": False, "unavailable": {}, "synthetic": True,
    }
    summary = {"layers": {}, "gemeente": GEMEENTE, "year": YEAR}
    return RunResult(GEMEENTE, YEAR, layers, provenance, summary, {}, questions)


def write(catalog, path, language="nl", **kwargs):
    """Write the synthetic gemeente to ``path`` (its name should say "synthetisch"); returns the result."""
    from rksd_plugin.qgis_io.layers import write_result

    result = build(catalog, **kwargs)
    write_result(result, path, catalog, language)
    return result
