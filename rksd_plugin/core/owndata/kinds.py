"""The catalog's facility kinds, and a gemeente's own categories mapped onto them.

A gemeente's list says "Huisartsenpraktijk", "Buurthuis De Kei" or "WMO-loket"; the
analyses know kinds (``supermarkt``, ``huisarts``, ``ontmoeting``, ...) from the catalog
(``facility_kinds``: a title and synonyms each). A category is mapped automatically when
its words equal a kind's key, title or a synonym; the user can map any category by hand.
What stays unmapped keeps its own category and gets the kind ``overig``, and is listed.
"""
from typing import Dict, Optional

from . import codes

OTHER = "overig"
OTHER_TITLE = {"nl": "Overig (eigen categorie)", "en": "Other (own category)"}


def facility_kinds(catalog):
    """``{key: {'title': {...}, 'synonyms': [...]}}`` from the catalog (the built-in one if absent)."""
    kinds = (getattr(catalog, "document", None) or {}).get("facility_kinds")
    if not kinds:
        from ..catalog import Catalog

        kinds = Catalog.load().document.get("facility_kinds", {})
    return kinds


class KindMapper:
    """Own category -> kind key (or ``overig``), automatically or as the user says."""

    def __init__(self, catalog, overrides: Optional[Dict[str, str]] = None):
        self.kinds = facility_kinds(catalog)
        self.words = {}
        for key, kind in self.kinds.items():
            for name in [key, key.replace("_", " ")] + list(kind.get("title", {}).values()) + list(
                    kind.get("synonyms", [])):
                self.words.setdefault(codes.normal_words(name), key)
        self.overrides = {codes.normal_words(k): v for k, v in (overrides or {}).items()}

    def kind(self, category):
        """The kind key of an own category; ``overig`` when nothing matches."""
        words = codes.normal_words(category)
        if words in self.overrides:
            chosen = self.overrides[words]
            return chosen if chosen in self.kinds else OTHER
        return self.words.get(words) or self._first_word(words) or OTHER

    def _first_word(self, words):
        """``"Huisartsenpraktijk De Linde"``: a category that starts with a kind's words."""
        best = None
        for name, key in self.words.items():
            if name and (words == name or words.startswith(name + " ")) and (best is None or len(name) > len(best[0])):
                best = (name, key)
        return best[1] if best else None

    def title(self, key, language="nl"):
        if key == OTHER:
            return OTHER_TITLE.get(language) or OTHER_TITLE["nl"]
        kind = self.kinds.get(key, {})
        title = kind.get("title", {})
        return title.get(language) or title.get("nl") or key


def parse_overrides(text):
    """``"Buurthuis=ontmoeting; Wmo-loket=welzijn"`` -> dict (for Processing and scripts)."""
    result = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if "=" in part:
            own, kind = part.split("=", 1)
            if own.strip():
                result[own.strip()] = kind.strip()
    return result
