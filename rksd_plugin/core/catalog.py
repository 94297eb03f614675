"""The curated catalog: sources, measures and indicators, loaded from JSON data.

The catalog is data, not code: table ids per year, CBS key stems with their expected
titles, formulas and styles all live in ``resources/catalog/rksd_catalog.json`` and can
be replaced by a newer file without a plugin release.
"""
import json
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from . import paths
from .errors import CatalogInvalid, NoTableForYear
from .formula import Formula

DEFAULT_CATALOG = ("catalog", "rksd_catalog.json")


@dataclass
class Source:
    id: str
    title: Dict[str, str]
    catalog: str
    host: str
    region_dimension: str
    levels: List[str]
    tables: Dict[str, dict]
    dimensions: Dict[str, str] = field(default_factory=dict)

    def years(self):
        return sorted(int(y) for y in self.tables)

    def table_for(self, year, exact=True):
        """The table entry ``{'id': ..., 'period': ...}`` for ``year``.

        With ``exact=False`` the newest table not after ``year`` is used (health
        monitors appear every two to four years)."""
        key = str(year)
        if key in self.tables:
            return dict(self.tables[key], year=int(year))
        if not exact:
            earlier = [y for y in self.years() if y <= int(year)]
            if earlier:
                return dict(self.tables[str(earlier[-1])], year=earlier[-1])
        raise NoTableForYear(source=self.id, year=year, years=", ".join(map(str, self.years())))


@dataclass
class Measure:
    id: str
    source: str
    stem: str
    title: str
    unit: str
    label: Dict[str, str]
    dimensions: Dict[str, str] = field(default_factory=dict)
    group: Optional[str] = None
    levels: Optional[List[str]] = None
    alternatives: List[dict] = field(default_factory=list)


@dataclass
class Indicator:
    id: str
    title: Dict[str, str]
    explanation: Dict[str, str]
    formula: Formula
    unit: str
    decimals: int
    direction: str
    levels: List[str]
    model_estimate: bool
    min_population: int
    style: dict
    raw: dict

    @property
    def measures(self):
        return sorted(self.formula.names)


class Catalog:
    """Typed, read-only view on a catalog document."""

    def __init__(self, document, source="(built-in)"):
        self.document = document
        self.source = source
        try:
            self.version = document["catalog_version"]
            self.date = document["date"]
            self.attribution = document["attribution"]
            self.hosts = document["hosts"]
            self.geometry = document["geometry"]
            self.sources = {
                key: Source(
                    id=key,
                    title=value["title"],
                    catalog=value["catalog"],
                    host=self.hosts[value["catalog"]],
                    region_dimension=value.get("region_dimension", "WijkenEnBuurten"),
                    levels=value.get("levels", ["buurt", "wijk", "gemeente", "land"]),
                    tables=value["tables"],
                    dimensions=value.get("dimensions", {}),
                )
                for key, value in document["sources"].items()
            }
            self.measures = {
                key: Measure(
                    id=key,
                    source=value["source"],
                    stem=value["stem"],
                    title=value["title"],
                    unit=value.get("unit", ""),
                    label=value.get("label", {"nl": value["title"], "en": value["title"]}),
                    dimensions=value.get("dimensions", {}),
                    group=value.get("group"),
                    levels=value.get("levels"),
                    alternatives=value.get("alternatives", []),
                )
                for key, value in document["measures"].items()
            }
            self.indicators = {
                key: Indicator(
                    id=key,
                    title=value["title"],
                    explanation=value.get("explanation", {}),
                    formula=Formula(value["formula"], known_names=self.measures),
                    unit=value.get("unit", ""),
                    decimals=int(value.get("decimals", 1)),
                    direction=value.get("direction", "neutral"),
                    levels=value.get("levels", ["buurt", "wijk", "gemeente", "land"]),
                    model_estimate=bool(value.get("model_estimate", False)),
                    min_population=int(value.get("min_population", 0)),
                    style=value.get("style", {}),
                    raw=value,
                )
                for key, value in document["indicators"].items()
            }
        except (KeyError, TypeError, ValueError) as exc:
            raise CatalogInvalid(source=source, detail="missing or wrong member {}".format(exc)) from exc
        for measure in self.measures.values():
            if measure.source not in self.sources:
                raise CatalogInvalid(
                    source=source, detail="measure {} names unknown source {}".format(measure.id, measure.source)
                )

    @classmethod
    def load(cls, path=None):
        path = path or paths.resource(*DEFAULT_CATALOG)
        try:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle)
        except (OSError, ValueError) as exc:
            raise CatalogInvalid(source=path, detail=str(exc)) from exc
        return cls(document, source=path)

    def measures_for(self, indicator_ids):
        """The measure ids the given indicators need, in catalog order."""
        wanted = set()
        for key in indicator_ids:
            wanted.update(self.indicators[key].measures)
        return [m for m in self.measures if m in wanted]

    def text(self, mapping, language):
        return mapping.get(language) or mapping.get("nl") or next(iter(mapping.values()), "")
