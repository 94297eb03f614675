"""Indicator values from catalog formulas, with the gemeente and Nederland values beside.

A record gets ``<indicator>`` (its own value), ``<indicator>_gm`` and ``<indicator>_nl``
so a label or report can say "12.4 % (gemeente 9.8 %, Nederland 8.1 %)".
"""
from . import units
from .areas import FieldSpec


def evaluate(indicator, values):
    """The indicator's value for one area (``values``: measure id -> number or None).

    Stored at full precision; rounding to the catalog's decimals happens on display."""
    return indicator.formula.evaluate(values)


def indicator_fields(indicator):
    title = indicator.title

    def unit(language):
        text = units.unit(indicator.unit, language)
        return " ({})".format(text) if text else ""

    return [
        FieldSpec(indicator.id, "real", {k: v + unit(k) for k, v in title.items()}, unit=indicator.unit,
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


def add_indicators(layer, indicators, gemeente_values, nederland_values):
    """Add each indicator and its comparison values to every record of ``layer``."""
    for indicator in indicators:
        if layer.level not in indicator.levels:
            continue
        existing = {spec.name for spec in layer.fields}
        # an indicator that is a measure as published (woz_waarde) shares its field
        layer.fields[-2:-2] = [f for f in indicator_fields(indicator) if f.name not in existing]
        gm = evaluate(indicator, gemeente_values) if gemeente_values else None
        nl = evaluate(indicator, nederland_values) if nederland_values else None
        for record in layer.records:
            record[indicator.id] = evaluate(indicator, record)
            record[indicator.id + "_gm"] = gm
            record[indicator.id + "_nl"] = nl
