"""What the atlas knows about one RKSD GeoPackage (pure Python, no QGIS).

``AtlasData`` holds the area records of each level, the provenance and the question
summaries rebuilt from them. It has the shape of the pipeline's ``RunResult`` where the
map styling code needs it (``layers``, ``questions``, ``provenance``, ``unavailable``), so
the preset question maps can be drawn from a GeoPackage alone - from the dock, from
Processing or from a script - without running the pipeline again.
"""
from dataclasses import dataclass, field
from typing import Dict, List

LEVEL_LAYERS = {"buurt": "buurten", "wijk": "wijken", "gemeente": "gemeente"}


@dataclass
class AtlasData:
    gpkg_path: str
    catalog: object
    provenance: dict
    layers: Dict[str, object]  # AreaLayer by layer name: buurten, wijken, gemeente
    questions: Dict[str, dict] = field(default_factory=dict)
    unavailable: Dict[str, str] = field(default_factory=dict)
    gemeente: str = ""
    year: int = 0
    sample: bool = False
    warnings: List[str] = field(default_factory=list)

    # -- areas -----------------------------------------------------------------------
    def records(self, level):
        layer = self.layers.get(LEVEL_LAYERS.get(level, level))
        return layer.records if layer is not None else []

    def record(self, level, code):
        for record in self.records(level):
            if record.get("code") == code:
                return record
        return None

    def land_records(self, level):
        """Areas that get a page: water areas carry no data and are left out."""
        return [r for r in self.records(level) if r.get("water") != "JA"]

    @property
    def gemeente_record(self):
        records = self.records("gemeente")
        return records[0] if records else {}

    @property
    def gemeente_name(self):
        return self.gemeente_record.get("naam") or self.gemeente

    def wijk_of(self, buurt_record):
        return self.record("wijk", buurt_record.get("wijkcode"))

    def buurten_in(self, wijk_code):
        return [r for r in self.land_records("buurt") if r.get("wijkcode") == wijk_code]

    # -- questions -------------------------------------------------------------------
    @property
    def normalisation(self):
        """The run's normalisation; a question may have its own (``normalisation_of``)."""
        return self.provenance.get("normalisation", "percentile")

    def normalisation_of(self, question_id):
        summary = self.questions.get(question_id) or {}
        return summary.get("normalisation") or self.normalisation

    def normalisations(self):
        return sorted({self.normalisation_of(q.id) for q in self.question_list()}) or [self.normalisation]

    def question_list(self):
        """Catalog questions this GeoPackage answers, in catalog order."""
        return [q for q in self.catalog.questions if q.id in self.questions]

    def index_values(self, question_id):
        """Index of every land buurt (None where there is none), for charts and ranks."""
        question = self.catalog.question(question_id)
        return [r.get(question.index_id) for r in self.land_records("buurt")]

    def rank(self, question_id, value):
        """``(rank, of)``: 1 is the highest index (most risk) among buurten with an index."""
        values = sorted((v for v in self.index_values(question_id) if v is not None), reverse=True)
        if value is None or not values:
            return None, len(values)
        higher = sum(1 for v in values if v > value)
        return higher + 1, len(values)


def question_summaries(catalog, provenance, buurten, wijken):
    """Per question what the pipeline's summary said, rebuilt from the stored layers.

    A component is available when the pipeline normalised it (it has a ``basis`` in the
    provenance and a score field); indicators beside the index and wijk-only ones when
    their field exists on their layer."""
    stored = provenance.get("questions") or {}
    buurt_fields = {spec.name for spec in buurten.fields} if buurten is not None else set()
    wijk_fields = {spec.name for spec in wijken.fields} if wijken is not None else set()
    summaries = {}
    for question in catalog.questions:
        if question.index_id not in buurt_fields:
            continue
        info = stored.get(question.id, {})
        basis = info.get("basis") or {}
        components = [
            c.indicator for c in question.components
            if c.indicator in buurt_fields and (c.indicator in basis or (c.indicator + "_score") in buurt_fields)
        ]
        records = buurten.records if buurten is not None else []
        missing = info.get("unavailable") or [c.indicator for c in question.components if c.indicator not in components]
        summaries[question.id] = {
            "index_field": question.index_id,
            "component_fields": components,
            "unavailable_components": list(missing),
            "show_beside": [k for k in question.show_beside if k in buurt_fields],
            "wijk_indicators": [k for k in question.wijk_indicators if k in wijk_fields],
            "buurten_with_index": sum(1 for r in records if r.get(question.index_id) is not None),
            "basis": basis,
            "weights": info.get("weights") or {c.indicator: c.weight for c in question.components},
            "normalisation": info.get("normalisation") or provenance.get("normalisation", "percentile"),
            "reference": info.get("reference") or {},
        }
    return summaries


def is_sample(provenance):
    """True for a run from an offline package that lacked some figures (the sample)."""
    unavailable = provenance.get("unavailable") or {}
    return bool(provenance.get("offline")) and any("package" in str(v) for v in unavailable.values())


def pick(mapping, language, default=""):
    """The text of a ``{'nl': ..., 'en': ...}`` mapping in ``language`` (Dutch first)."""
    if not mapping:
        return default
    if isinstance(mapping, str):
        return mapping
    return mapping.get(language) or mapping.get("nl") or next(iter(mapping.values()), default)


def source_records(provenance) -> List[dict]:
    return [s for s in provenance.get("sources") or [] if isinstance(s, dict)]
