"""Which gemeente does the user mean? Code lists, merged gemeenten and name search.

The list of gemeenten of a year comes from the ``WijkenEnBuurten`` code list of that
year's Kerncijfers table (through the plugin's transport, so it is cached and works
offline once fetched). A small curated file maps gemeenten that merged since 2017 to
their successor, so "Uden" still finds Maashorst. A bundled list of the 2024 gemeenten
lets a fresh, offline laptop search by name before anything was downloaded.
"""
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import List, Optional, Tuple
from urllib.parse import quote

from . import paths, regions
from .errors import QT_TRANSLATE_NOOP, BadResponse, InvalidRegionCode, RksdError

MERGERS_FILE = ("gemeenten", "samenvoegingen.json")
FALLBACK_FILE = ("gemeenten", "gemeenten_2024.json")
CODE_LIST = "https://{host}/ODataFeed/odata/{table}/WijkenEnBuurten"
_CODE_IN_TEXT = re.compile(r"\bGM\s?(\d{4})\b", re.IGNORECASE)


class GemeenteNotFound(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "No municipality matches '{text}'.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Type (part of) the name or the code, e.g. Maastricht or GM0935, and pick it from the list."
    )


class GemeenteAmbiguous(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "'{text}' matches several municipalities: {names}.")
    hint = QT_TRANSLATE_NOOP("RksdErrors", "Pick one from the list.")


class GemeenteDivided(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "{name} ({code}) was divided over {names} in {year}."
    )
    hint = QT_TRANSLATE_NOOP("RksdErrors", "Pick the municipality that holds the neighbourhoods you are interested in.")


@dataclass(frozen=True)
class Gemeente:
    code: str
    name: str


@dataclass(frozen=True)
class Merger:
    """``old_code``/``old_name`` no longer exists from the CBS indeling of ``year`` on."""

    old_code: str
    old_name: str
    new_code: str
    new_name: str
    year: int
    effective: str = ""
    split_over: Tuple[Gemeente, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """The gemeente meant, and the merger that led there (if any)."""

    gemeente: Gemeente
    merger: Optional[Merger] = None


# -- the CBS code list -----------------------------------------------------------------
def code_list_url(catalog, year):
    """URL of the gemeente entries of the ``WijkenEnBuurten`` code list for ``year``."""
    source = catalog.sources["kwb"]
    table = source.table_for(year)["id"]
    query = "$format=json&$filter={}&$select=Key,Title".format(quote("startswith(Key,'GM')", safe="(),'"))
    return "{}?{}".format(CODE_LIST.format(host=source.host, table=table), query)


def parse_code_list(rows):
    """``[{'Key': 'GM0935    ', 'Title': 'Maastricht'}, ...]`` -> sorted ``Gemeente`` list."""
    found = {}
    for row in rows:
        if not isinstance(row, dict):
            continue
        code = regions.try_normalise(row.get("Key"))
        if code is None or not code.startswith("GM"):
            continue
        found[code] = Gemeente(code, str(row.get("Title") or "").strip() or code)
    return sorted(found.values(), key=lambda g: sort_key(g.name))


def fetch_gemeenten(transport, catalog, year):
    """The gemeenten of ``year`` from CBS (or the cache), following ``odata.nextLink``."""
    url = code_list_url(catalog, year)
    rows, seen = [], set()
    while url:
        if url in seen:
            raise BadResponse(url=url, detail="the next link points back to an earlier page")
        seen.add(url)
        page = transport.get_json(url)
        if not isinstance(page, dict) or not isinstance(page.get("value"), list):
            raise BadResponse(url=url, detail="no 'value' list")
        rows.extend(page["value"])
        url = page.get("odata.nextLink")
    gemeenten = parse_code_list(rows)
    if not gemeenten:
        raise BadResponse(url=code_list_url(catalog, year), detail="no gemeenten in the code list")
    return gemeenten


# -- bundled data ------------------------------------------------------------------------
def load_mergers(path=None):
    with open(path or paths.resource(*MERGERS_FILE), encoding="utf-8") as handle:
        document = json.load(handle)
    result = []
    for item in document["mergers"]:
        split = tuple(Gemeente(s["code"], s["name"]) for s in item.get("split_over", []))
        result.append(
            Merger(item["old_code"], item["old_name"], item["new_code"], item["new_name"], int(item["year"]),
                   item.get("effective", ""), split)
        )
    return result


def load_fallback(path=None):
    """``(year, gemeenten, aliases)`` of the bundled list (for search before any download)."""
    with open(path or paths.resource(*FALLBACK_FILE), encoding="utf-8") as handle:
        document = json.load(handle)
    gemeenten = [Gemeente(g["code"], g["name"]) for g in document["gemeenten"]]
    aliases = {k: list(v) for k, v in document.get("aliases", {}).items()}
    return int(document["year"]), gemeenten, aliases


def gemeenten_from_manifest(manifest):
    """The gemeenten an offline package holds, as ``[(Gemeente, year)]``."""
    result = []
    for entry in manifest.get("contents") or [manifest]:
        code = regions.try_normalise(entry.get("gemeente"))
        if code is None:
            continue
        name = entry.get("name") or _name_from_title(manifest.get("title", ""), code)
        result.append((Gemeente(code, name or code), int(entry.get("year", manifest.get("year", 0)))))
    return result


def _name_from_title(title, code):
    """'Maastricht (GM0935) 2024 - voorbeeld' -> 'Maastricht'."""
    marker = "({})".format(code)
    return title.split(marker)[0].strip() if marker in title else ""


# -- search ----------------------------------------------------------------------------
def sort_key(name):
    """Names sort and match without accents, case or a leading "'s-"."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    return text[3:] if text.startswith("'s-") else text


def display(gemeente):
    return "{} ({})".format(gemeente.name, gemeente.code)


@dataclass
class GemeenteIndex:
    """Gemeenten of one year plus the mergers that led to them; resolves what a user typed."""

    gemeenten: List[Gemeente]
    mergers: List[Merger] = field(default_factory=list)
    year: Optional[int] = None
    aliases: dict = field(default_factory=dict)

    def __post_init__(self):
        self.by_code = {g.code: g for g in self.gemeenten}

    def _merged(self):
        """Mergers that already happened in ``year`` (all of them when no year is known)."""
        return [m for m in self.mergers if self.year is None or m.year <= self.year]

    def name_of(self, code):
        found = self.by_code.get(code)
        if found is not None:
            return found.name
        for merger in self.mergers:
            if merger.new_code == code:
                return merger.new_name
        return ""

    def successor(self, merger):
        return Gemeente(merger.new_code, self.name_of(merger.new_code) or merger.new_name)

    def entries(self):
        """``(text, code)`` pairs for a completer: every gemeente and every former one."""
        result = [(display(g), g.code) for g in self.gemeenten]
        for code, names in self.aliases.items():
            if code in self.by_code:
                result += [("{} \u2192 {}".format(alias, display(self.by_code[code])), code) for alias in names]
        for merger in self._merged():
            if merger.old_code in self.by_code:
                continue  # still listed that year
            result.append(("{} \u2192 {}".format(merger.old_name, display(self.successor(merger))), merger.new_code))
        return sorted(result, key=lambda pair: sort_key(pair[0]))

    def resolve(self, text):
        """The ``Resolution`` for a name, a code or a completer entry; errors name the problem."""
        raw = str(text or "").strip()
        if not raw:
            raise GemeenteNotFound(text=raw)
        # a completer entry or a code: "Uden -> Maashorst (GM1991)", "GM0935", "935"
        codes = _CODE_IN_TEXT.findall(raw)
        if codes:
            return self._by_code("GM" + codes[-1])
        if raw.isdigit():
            return self._by_code(regions.parse_gemeente(raw))
        wanted = sort_key(raw)
        exact = [g for g in self.gemeenten if sort_key(g.name) == wanted]
        exact += [self.by_code[c] for c, names in self.aliases.items()
                  if c in self.by_code and wanted in (sort_key(n) for n in names)]
        if exact:
            return Resolution(exact[0])
        for merger in self.mergers:
            if merger not in self._merged() and sort_key(merger.old_name) == wanted:
                return Resolution(Gemeente(merger.old_code, merger.old_name))  # not merged yet that year
        for merger in self._merged():
            if sort_key(merger.old_name) == wanted and merger.old_code not in self.by_code:
                return self._follow(merger)
        partial = [g for g in self.gemeenten if wanted in sort_key(g.name)]
        if len(partial) == 1:
            return Resolution(partial[0])
        former = [m for m in self._merged() if wanted in sort_key(m.old_name) and m.old_code not in self.by_code]
        if not partial and len(former) == 1:
            return self._follow(former[0])
        if partial or former:
            names = [g.name for g in partial] + [m.old_name for m in former]
            shown = ", ".join(sorted(names, key=sort_key)[:6]) + (", ..." if len(names) > 6 else "")
            raise GemeenteAmbiguous(text=raw, names=shown)
        raise GemeenteNotFound(text=raw)

    def _by_code(self, code):
        try:
            code = regions.parse_gemeente(code)
        except InvalidRegionCode:
            raise GemeenteNotFound(text=code) from None
        if code in self.by_code or not self.mergers:
            return Resolution(Gemeente(code, self.name_of(code) or code))
        for merger in self.mergers:
            if merger.old_code == code:
                if merger in self._merged():
                    return self._follow(merger)
                return Resolution(Gemeente(code, merger.old_name))
        return Resolution(Gemeente(code, self.name_of(code) or code))

    def _follow(self, merger):
        if merger.split_over:
            names = ", ".join(display(Gemeente(g.code, self.name_of(g.code) or g.name)) for g in merger.split_over)
            raise GemeenteDivided(name=merger.old_name, code=merger.old_code, names=names, year=merger.year)
        return Resolution(self.successor(merger), merger)
