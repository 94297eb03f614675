"""Plain data classes for joined area layers: what ``qgis_io`` turns into layers."""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

LAYER_NAMES = {"buurt": "buurten", "wijk": "wijken", "gemeente": "gemeente"}


@dataclass
class FieldSpec:
    """One attribute: its type ('string', 'int', 'real', 'bool'), aliases and role."""

    name: str
    type: str
    alias: Dict[str, str]
    unit: str = ""
    role: str = "measure"
    decimals: Optional[int] = None


@dataclass
class AreaLayer:
    level: str
    fields: List[FieldSpec]
    records: List[dict]
    geometries: List[Optional[dict]]
    only_in_cbs: List[str] = field(default_factory=list)
    only_in_pdok: List[str] = field(default_factory=list)
    water_parts: List[str] = field(default_factory=list)  # codes whose separate water part was set aside

    @property
    def name(self):
        return LAYER_NAMES[self.level]

    def field(self, name):
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def values(self, name):
        return [record.get(name) for record in self.records]
