"""Indicator values from catalog formulas, with the gemeente and Nederland values beside.

A record gets ``<indicator>`` (its own value), ``<indicator>_gm`` and ``<indicator>_nl``
so a label or report can say "12.4 % (gemeente 9.8 %, Nederland 8.1 %)"; an indicator whose
figures come from an earlier table than the run's also gets ``<indicator>_jaar``, shown
beside the value with the visual language's earlier-year mark ("[2024]").
"""
from . import marks, units
from .areas import FieldSpec


def evaluate(indicator, values):
    """The indicator's value for one area (``values``: measure id -> number or None).

    Stored at full precision; rounding to the catalog's decimals happens on display."""
    return indicator.formula.evaluate(values)


def data_year(indicator, measure_years):
    """The year of the oldest measure taken from an earlier table, or None (all of this year)."""
    years = [measure_years[m] for m in indicator.measures if m in (measure_years or {})]
    return min(years) if years else None


def indicator_fields(indicator, year=None):
    title = indicator.title

    def unit(language):
        text = units.unit(indicator.unit, language)
        return " ({})".format(text) if text else ""

    # a figure from an earlier table: the visual language's mark, e.g. "[2024]"
    mark = " " + marks.symbol("earlier_year", year=year) if year else ""
    fields = [
        FieldSpec(indicator.id, "real", {k: v + unit(k) + mark for k, v in title.items()}, unit=indicator.unit,
                  role="indicator", decimals=indicator.decimals),
        FieldSpec(indicator.id + "_gm", "real",
                  {"nl": "{} - gemeente{}".format(title.get("nl"), unit("nl")),
                   "en": "{} - municipality{}".format(title.get("en"), unit("en"))},
                  unit=indicator.unit, role="comparison", decimals=indicator.decimals),
        FieldSpec(indicator.id + "_nl", "real",
                  {"nl": "{} - Nederland{}".format(title.get("nl"), unit("nl")),
                   "en": "{} - Netherlands{}".format(title.get("en"), unit("en"))},
                  unit=indicator.unit, role="comparison", decimals=indicator.decimals),
    ]
    if year:
        fields.append(FieldSpec(indicator.id + "_jaar", "int",
                                {"nl": "{} - jaar van de cijfers (voorlopige tabel)".format(title.get("nl")),
                                 "en": "{} - year of the figures (preliminary table)".format(title.get("en"))},
                                role="comparison"))
    return fields


def add_indicators(layer, indicators, gemeente_values, nederland_values, measure_years=None):
    """Add each indicator and its comparison values to every record of ``layer``."""
    for indicator in indicators:
        if layer.level not in indicator.levels:
            continue
        existing = {spec.name for spec in layer.fields}
        # an indicator that is a measure as published (woz_waarde) shares its field
        year = data_year(indicator, measure_years)
        layer.fields[-2:-2] = [f for f in indicator_fields(indicator, year) if f.name not in existing]
        gm = evaluate(indicator, gemeente_values) if gemeente_values else None
        nl = evaluate(indicator, nederland_values) if nederland_values else None
        for record in layer.records:
            record[indicator.id] = evaluate(indicator, record)
            record[indicator.id + "_gm"] = gm
            record[indicator.id + "_nl"] = nl
            if year:
                record[indicator.id + "_jaar"] = year
