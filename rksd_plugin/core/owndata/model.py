"""What an own-data import is and what of it may be written: the published release.

``Release`` holds only published figures (counts after disclosure control, ``None`` where
hidden) and what describes them; it is what goes into the GeoPackage, the atlas and the
project. True counts never enter it.
"""
import json
import time
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional

from .disclosure import Rules

POPULATION_GROUPS = {
    # CBS measure of the RKSD GeoPackage -> what a rate is "per 1 000" of
    "inwoners": {"nl": "inwoners", "en": "inhabitants"},
    "inwoners_0_15": {"nl": "inwoners van 0 tot 15 jaar", "en": "inhabitants aged 0-14"},
    "inwoners_65plus": {"nl": "inwoners van 65 jaar of ouder", "en": "inhabitants aged 65 or over"},
    "huishoudens": {"nl": "huishoudens", "en": "households"},
}
UNITS = {
    "personen": {"nl": "personen", "en": "persons"},
    "huishoudens": {"nl": "huishoudens", "en": "households"},
    "aantal": {"nl": "aantal", "en": "count"},
}
DIRECTIONS = ("higher_is_risk", "lower_is_risk", "neutral")
COUNT, AT_LEAST_ONE, TWO_OR_MORE = "count", "at_least_one", "two_or_more"
KEY_LENGTH = 20


@dataclass
class DatasetInfo:
    """What the user says about the data: name, source, period, counting unit, use."""

    key: str  # field-name part: eigen_<key>_...
    title: Dict[str, str]
    source: str = ""
    period: str = ""
    unit: str = "personen"
    population: str = "inwoners"
    synthetic: bool = False
    direction: str = "higher_is_risk"
    question: Optional[str] = None  # a question whose index takes the main indicator
    weight: float = 1.0
    main_measure: Optional[str] = None  # which measure feeds the question (default the first)
    populations: Dict[str, str] = field(default_factory=dict)  # measure -> population group, else ``population``

    def label(self, language="nl"):
        return self.title.get(language) or self.title.get("nl") or self.key

    def population_of(self, measure):
        group = self.populations.get(measure) or self.population
        return group if group in POPULATION_GROUPS else "inwoners"


def default_population(measure, fallback="inwoners"):
    """A sensible denominator for a voorziening by its name: youth care per young inhabitant."""
    words = str(measure).lower()
    if "jeugd" in words or "youth" in words:
        return "inwoners_0_15"
    return fallback


def parse_populations(text):
    """``"jeugdwet=inwoners_0_15; wmo=inwoners_65plus"`` -> dict (for Processing and scripts)."""
    result = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if "=" in part:
            measure, group = (p.strip() for p in part.split("=", 1))
            if measure and group in POPULATION_GROUPS:
                result[measure] = group
    return result


@dataclass
class MeasureInfo:
    key: str
    title: Dict[str, str]
    kind: str = COUNT  # count | at_least_one | two_or_more


@dataclass
class Release:
    """The published figures of one import, per measure and area cell ``'level:code'``."""

    info: DatasetInfo
    gemeente: str
    year: int
    level: str  # buurt | wijk: the finest level with figures
    rules: Rules
    measures: List[MeasureInfo]
    published: Dict[str, Dict[str, Optional[int]]]  # measure -> "buurt:BU..." -> count or None
    privacy: dict = field(default_factory=dict)
    created: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))

    def value(self, measure, level, code):
        return self.published.get(measure, {}).get(cell_key(level, code))

    def is_hidden(self, measure, level, code):
        key = cell_key(level, code)
        return key in self.published.get(measure, {}) and self.published[measure][key] is None

    @property
    def main_measure(self):
        keys = [m.key for m in self.measures]
        if self.info.main_measure in keys:
            return self.info.main_measure
        counts = [m.key for m in self.measures if m.kind == COUNT]
        return counts[0] if counts else keys[0]

    def to_json(self):
        document = asdict(self)
        document["rules"] = self.rules.as_dict()
        return json.dumps(document, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        document = json.loads(text)
        return cls(
            info=DatasetInfo(**document["info"]),
            gemeente=document["gemeente"],
            year=int(document["year"]),
            level=document["level"],
            rules=Rules(**document["rules"]),
            measures=[MeasureInfo(**m) for m in document["measures"]],
            published={k: dict(v) for k, v in document["published"].items()},
            privacy=document.get("privacy") or {},
            created=document.get("created", ""),
        )


def cell_key(level, code):
    return "{}:{}".format(level, code)


def split_cell_key(key):
    level, code = key.split(":", 1)
    return level, code
