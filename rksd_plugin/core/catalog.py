"""The curated catalog: sources, measures and indicators, loaded from JSON data.

The catalog is data, not code: table ids per year, CBS key stems with their expected
titles, formulas and styles all live in ``resources/catalog/rksd_catalog.json`` and can
be replaced by a newer file without a plugin release.
"""
import json
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from . import paths, schema
from .errors import CatalogInvalid, FormulaError, NoTableForYear, RksdError
from .formula import Formula
from .http.limits import DEFAULT_MAX_MB, MB

DEFAULT_CATALOG = ("catalog", "rksd_catalog.json")
SCHEMA = ("catalog", "rksd_catalog.schema.json")
MAX_ERRORS_SHOWN = 3
MAX_CATALOG_BYTES = DEFAULT_MAX_MB["catalog"] * MB  # a file is bounded like a download


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
    year_match: str = "exact"
    model_estimate: bool = False
    attribution: str = ""

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

    def table_for_run(self, year):
        """The table a run for ``year`` uses, following the source's ``year_match``."""
        return self.table_for(year, exact=self.year_match == "exact")


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
    domain: str = ""

    @property
    def measures(self):
        return sorted(self.formula.names)


@dataclass
class Component:
    indicator: str
    weight: float


@dataclass
class Question:
    """One of the six information questions: its indicators and composite index."""

    id: str
    number: int
    title: Dict[str, str]
    question: Dict[str, str]
    explanation: Dict[str, str]
    index_id: str
    index_title: Dict[str, str]
    components: List[Component]
    min_components: int
    count_domains: bool
    show_beside: List[str]
    wijk_indicators: List[str]
    note: Dict[str, str]

    @property
    def indicators(self):
        """Every indicator the question shows: components, beside, wijk-only."""
        seen = []
        for key in [c.indicator for c in self.components] + self.show_beside + self.wijk_indicators:
            if key not in seen:
                seen.append(key)
        return seen

    def weights(self):
        return {c.indicator: c.weight for c in self.components}


_SCHEMA_CACHE = {}


def _formula(indicator, text, measures):
    """The indicator's parsed formula; a refused one names the indicator."""
    try:
        return Formula(text, known_names=measures)
    except FormulaError as exc:
        raise FormulaError(formula=exc.params.get("formula", ""),
                           detail="{} (indicator {})".format(exc.params.get("detail", ""), indicator)) from exc


def _schema():
    if "schema" not in _SCHEMA_CACHE:
        with open(paths.resource(*SCHEMA), encoding="utf-8") as handle:
            _SCHEMA_CACHE["schema"] = json.load(handle)
    return _SCHEMA_CACHE["schema"]


class Catalog:
    """Typed, read-only view on a catalog document."""

    def __init__(self, document, source="(built-in)"):
        self.document = document
        self.source = source
        if not isinstance(document, dict):
            raise CatalogInvalid(source=source, detail="not a JSON object")
        problems = schema.validate(document, _schema())
        if problems:
            more = " (+{} more)".format(len(problems) - MAX_ERRORS_SHOWN) if len(problems) > MAX_ERRORS_SHOWN else ""
            raise CatalogInvalid(source=source, detail="; ".join(problems[:MAX_ERRORS_SHOWN]) + more)
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
                    year_match=value.get("year_match", "exact"),
                    model_estimate=bool(value.get("model_estimate", False)),
                    attribution=value.get("attribution", ""),
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
                    formula=_formula(key, value["formula"], self.measures),
                    unit=value.get("unit", ""),
                    decimals=int(value.get("decimals", 1)),
                    direction=value.get("direction", "neutral"),
                    levels=value.get("levels", ["buurt", "wijk", "gemeente", "land"]),
                    model_estimate=bool(value.get("model_estimate", False)),
                    min_population=int(value.get("min_population", 0)),
                    style=value.get("style", {}),
                    raw=value,
                    domain=value.get("domain", ""),
                )
                for key, value in document["indicators"].items()
            }
            self.questions = [
                Question(
                    id=q["id"],
                    number=int(q["number"]),
                    title=q["title"],
                    question=q["question"],
                    explanation=q.get("explanation", {}),
                    index_id=q["index"]["id"],
                    index_title=q["index"]["title"],
                    components=[Component(c["indicator"], float(c.get("weight", 1))) for c in q["index"]["components"]],
                    min_components=int(q["index"].get("min_components", 1)),
                    count_domains=bool(q["index"].get("count_worst_quintile_domains", False)),
                    show_beside=list(q.get("show_beside", [])),
                    wijk_indicators=list(q.get("wijk_indicators", [])),
                    note=q.get("note", {}),
                )
                for q in document.get("questions", [])
            ]
            self.normalisation = document.get("normalisation", {"default": "percentile"})
        except FormulaError as exc:
            raise CatalogInvalid(source=source, detail=exc.message().rstrip(".")) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CatalogInvalid(source=source, detail="missing or wrong member {}".format(exc)) from exc
        self._check_references(source)

    def _check_references(self, source):
        """Names that point elsewhere in the catalog must exist there."""
        services = self.geometry["services"]
        for year, names in self.geometry["years"].items():
            for name in names:
                if name not in services:
                    raise CatalogInvalid(
                        source=source, detail="geometry year {} names unknown service {}".format(year, name)
                    )
        for name, service in services.items():
            if service["kind"] == "wfs" and "typenames" not in service:
                raise CatalogInvalid(source=source, detail="WFS service {} needs typenames".format(name))
        for measure in self.measures.values():
            if measure.source not in self.sources:
                raise CatalogInvalid(
                    source=source, detail="measure {} names unknown source {}".format(measure.id, measure.source)
                )
        for key, indicator in self.indicators.items():
            if key in self.measures and indicator.formula.text.strip() != key:
                raise CatalogInvalid(
                    source=source, detail="indicator {} has a measure's name but another formula".format(key)
                )
        for question in self.questions:
            for key in question.indicators:
                if key not in self.indicators:
                    raise CatalogInvalid(
                        source=source, detail="question {} names unknown indicator {}".format(question.id, key)
                    )
            if not 1 <= question.min_components <= len(question.components):
                raise CatalogInvalid(
                    source=source, detail="question {}: min_components must be 1..{}".format(
                        question.id, len(question.components))
                )

    def geometry_years(self):
        """Years for which the catalog names at least one geometry service."""
        return sorted(int(y) for y, names in self.geometry["years"].items() if names)

    def run_years(self):
        """Years a run can have: KWB figures and boundaries both exist."""
        return sorted(set(self.sources["kwb"].years()) & set(self.geometry_years()))

    def question(self, question_id):
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def indicators_for(self, question_ids):
        """Indicator ids of the given questions, in question order, without repeats."""
        result = []
        for question in self.questions:
            if question.id in question_ids:
                for key in question.indicators:
                    if key not in result:
                        result.append(key)
        return result

    @classmethod
    def load(cls, path=None, max_bytes=MAX_CATALOG_BYTES):
        """The catalog in ``path`` (default: the one shipped with the plugin)."""
        path = path or paths.resource(*DEFAULT_CATALOG)
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise CatalogInvalid(source=path, detail="the file is {:g} MB; a catalog may be at most {:g} MB".format(
                    round(size / 1048576.0, 1), round(max_bytes / 1048576.0, 1)))
            with open(path, "rb") as handle:
                document = json.loads(handle.read().decode("utf-8-sig"))
        except (OSError, ValueError) as exc:
            raise CatalogInvalid(source=path, detail=str(exc)) from exc
        except RecursionError as exc:
            raise CatalogInvalid(source=path, detail="the JSON is nested too deeply") from exc
        return cls(document, source=path)

    @classmethod
    def from_url(cls, url, transport):
        """A newer catalog published at ``url``, fetched through the plugin's transport
        (bounded like every download: the catalog size limit and the deadline apply)."""
        try:
            document = transport.get_json(url, kind="catalog")
        except RksdError as exc:
            raise CatalogInvalid(source=url, detail=exc.message().rstrip(".")) from exc
        return cls(document, source=url)

    @classmethod
    def from_source(cls, source, transport=None):
        """A path, an http(s) URL or empty (the built-in catalog)."""
        if not source:
            return cls.load()
        if source.startswith(("http://", "https://")):
            if transport is None:
                raise CatalogInvalid(source=source, detail="no network transport to fetch it")
            return cls.from_url(source, transport)
        return cls.load(source)

    def measures_for(self, indicator_ids):
        """The measure ids the given indicators need, in catalog order."""
        wanted = set()
        for key in indicator_ids:
            wanted.update(self.indicators[key].measures)
        return [m for m in self.measures if m in wanted]

    def text(self, mapping, language):
        return mapping.get(language) or mapping.get("nl") or next(iter(mapping.values()), "")
