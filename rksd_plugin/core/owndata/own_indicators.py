"""Own indicators beside CBS: rates per 1 000 of a CBS population group, and the stapeling share.

Computed only from published counts (after disclosure control and rounding), so a rate
never reveals more than the count shown beside it. Every area layer gets, per indicator,
``<id>`` (the rate or share), ``<id>_n`` (the published count), ``<id>_gm`` (the gemeente's
value) and ``<id>_status`` (gepubliceerd / afgeschermd / geen inwoners); field names
start with ``eigen_`` and aliases carry the own-source mark, so nobody takes them for CBS.
"""
from dataclasses import dataclass
from typing import Dict, List, Optional

from ..areas import FieldSpec
from . import marks
from .model import AT_LEAST_ONE, COUNT, POPULATION_GROUPS, TWO_OR_MORE, Release

PREFIX = "eigen_"
RATE, SHARE = "rate", "share"
LAYER_LEVELS = {"buurten": "buurt", "wijken": "wijk", "gemeente": "gemeente"}
ROLE = "own"


@dataclass
class OwnIndicator:
    id: str
    dataset: str
    measure: str
    kind: str  # rate | share
    title: Dict[str, str]
    unit: Dict[str, str]
    population: str
    direction: str
    decimals: int = 1
    synthetic: bool = False
    levels: tuple = ("buurt", "wijk", "gemeente")

    def name(self, language="nl"):
        """The indicator's name with the own-source mark (and SYNTHETISCH for made-up data)."""
        name = marks.own_name(self.title.get(language) or self.title["nl"], language)
        return "{} – {}".format(marks.words("synthetic", language), name) if self.synthetic else name

    def fields(self):
        title = self.title
        unit = self.unit
        own = {k: marks.words("own_source", k) for k in ("nl", "en")}
        return [
            FieldSpec(self.id, "real", {k: "{} {} ({}, {})".format(marks.symbol("own_source"), title[k], unit[k], own[k])
                                        for k in ("nl", "en")}, unit=unit["nl"], role=ROLE, decimals=self.decimals),
            FieldSpec(self.id + "_n", "int", {"nl": "{} - aantal ({})".format(title["nl"], own["nl"]),
                                              "en": "{} - count ({})".format(title["en"], own["en"])}, role=ROLE),
            FieldSpec(self.id + "_gm", "real", {"nl": "{} - gemeente ({})".format(title["nl"], own["nl"]),
                                                "en": "{} - municipality ({})".format(title["en"], own["en"])},
                      unit=unit["nl"], role=ROLE, decimals=self.decimals),
            FieldSpec(self.id + "_status", "string", {"nl": "{} - status".format(title["nl"]),
                                                      "en": "{} - status".format(title["en"])}, role="flag"),
        ]

    def as_dict(self):
        return {"id": self.id, "dataset": self.dataset, "measure": self.measure, "kind": self.kind,
                "title": self.title, "unit": self.unit, "population": self.population,
                "direction": self.direction, "decimals": self.decimals, "synthetic": self.synthetic}


def indicators_for(release: Release) -> List[OwnIndicator]:
    """A rate per 1 000 for every count, the stapeling share when there is stapeling."""
    info = release.info
    result = []
    for measure in release.measures:
        base_id = "{}{}_{}".format(PREFIX, info.key, measure.key)
        population = info.population_of(measure.key)
        group = POPULATION_GROUPS[population]
        if measure.kind in (COUNT, AT_LEAST_ONE):
            result.append(OwnIndicator(
                base_id, info.key, measure.key, RATE,
                {"nl": "{} per 1.000 {}".format(measure.title["nl"], group["nl"]),
                 "en": "{} per 1,000 {}".format(measure.title["en"], group["en"])},
                {"nl": "per 1 000 {}".format(group["nl"]), "en": "per 1,000 {}".format(group["en"])},
                population, info.direction, 1, info.synthetic))
        elif measure.kind == TWO_OR_MORE:
            result.append(OwnIndicator(
                base_id, info.key, measure.key, SHARE,
                {"nl": "{}, % van wie een voorziening heeft".format(measure.title["nl"]),
                 "en": "{}, % of those with a provision".format(measure.title["en"])},
                {"nl": "%", "en": "%"}, population, info.direction, 1, info.synthetic))
    return result


def values(release: Release, indicator: OwnIndicator, level, record, gemeente_record) -> dict:
    """The four field values of ``indicator`` for one area record."""
    count = release.value(indicator.measure, level, record.get("code"))
    hidden = release.is_hidden(indicator.measure, level, record.get("code"))
    value, status = _value(release, indicator, level, record, count, hidden)
    gm_code = gemeente_record.get("code") if gemeente_record else None
    gm_count = release.value(indicator.measure, "gemeente", gm_code) if gm_code else None
    gm_value, _ = _value(release, indicator, "gemeente", gemeente_record or {}, gm_count,
                         release.is_hidden(indicator.measure, "gemeente", gm_code) if gm_code else True)
    return {indicator.id: value, indicator.id + "_n": count, indicator.id + "_gm": gm_value,
            indicator.id + "_status": status}


def _value(release, indicator, level, record, count, hidden):
    if hidden:
        return None, marks.SUPPRESSED_STATUS
    if count is None:
        return None, marks.NO_BASE_STATUS
    if indicator.kind == SHARE:
        code = record.get("code")
        clients = release.value(_any_measure(release), level, code)
        if clients is None:
            return None, marks.SUPPRESSED_STATUS  # the share would reveal the hidden number of clients
        if clients == 0:
            return None, marks.PUBLISHED_STATUS
        return 100.0 * count / clients, marks.PUBLISHED_STATUS
    base = record.get(indicator.population)
    if base is None or base <= 0:
        return None, marks.NO_BASE_STATUS
    return 1000.0 * count / base, marks.PUBLISHED_STATUS


def _any_measure(release):
    for measure in release.measures:
        if measure.kind == AT_LEAST_ONE:
            return measure.key
    raise KeyError("at_least_one")


def apply_to_layers(layers: Dict[str, object], release: Release) -> List[OwnIndicator]:
    """Add every own indicator of ``release`` to the area layers (``AreaLayer`` by name)."""
    indicators = indicators_for(release)
    gemeente_layer = layers.get("gemeente")
    gemeente_record = gemeente_layer.records[0] if gemeente_layer is not None and gemeente_layer.records else None
    for name, layer in layers.items():
        level = LAYER_LEVELS.get(name)
        if level is None or (level == "buurt" and release.level != "buurt"):
            continue
        existing = {spec.name for spec in layer.fields}
        for indicator in indicators:
            new = [f for f in indicator.fields() if f.name not in existing]
            _insert_fields(layer, new)
            existing.update(f.name for f in new)
            for record in layer.records:
                record.update(values(release, indicator, level, record, gemeente_record))
    return indicators


def _insert_fields(layer, new_fields):
    """Own fields go before the flag fields at the end (water, ontbrekend), as indicators do."""
    flags = [i for i, spec in enumerate(layer.fields) if spec.name in ("water", "ontbrekend")]
    position = flags[0] if flags else len(layer.fields)
    layer.fields[position:position] = list(new_fields)


def indicator_by_id(indicators, key) -> Optional[OwnIndicator]:
    for indicator in indicators:
        if indicator.id == key:
            return indicator
    return None
