"""Resolve CBS measure keys at run time from ``DataProperties``.

CBS keys carry a positional suffix (``AantalInwoners_5``) that changes between years and
even between revisions of one table. The catalog names the stem and the expected title;
this module finds the one key that fits, or explains what it saw instead.
"""
import copy
import difflib
import re
import unicodedata

from .errors import MeasureNotFound

_SUFFIX = re.compile(r"_\d+$")


def stem_of(key):
    """``'AantalInwoners_5'`` -> ``'AantalInwoners'``."""
    return _SUFFIX.sub("", key or "")


def _norm_title(title):
    text = unicodedata.normalize("NFKC", title or "").lower()
    return " ".join(text.replace(";", " ").split())


def _titles_match(found, expected):
    a, b = _norm_title(found), _norm_title(expected)
    # CBS cuts titles at 40 characters ("Percentage twee-onder-één-kap-woning (ee")
    return a == b or (len(a) >= 30 and b.startswith(a)) or (len(b) >= 30 and a.startswith(b))


def _similar(found, expected, cutoff=0.6):
    ratio = difflib.SequenceMatcher(None, _norm_title(found), _norm_title(expected)).ratio()
    return ratio >= cutoff


def topics(data_properties):
    return [p for p in data_properties if p.get("Type") == "Topic" and p.get("Key")]


def _group_titles(data_properties):
    by_id = {p.get("ID"): p for p in data_properties}

    def path(entry):
        titles, parent = [], entry.get("ParentID")
        while parent is not None and parent in by_id:
            titles.append(_norm_title(by_id[parent].get("Title")))
            parent = by_id[parent].get("ParentID")
        return titles

    return path


def resolve(data_properties, measure, table_id):
    """Return ``(key, how)`` for ``measure`` in ``data_properties``.

    ``how`` is 'stem+title', 'stem' (title changed), 'title' (key renamed) or
    'alternative' (a renamed key the catalog lists under ``alternatives``).
    Raises ``MeasureNotFound`` naming the table and the nearest candidates."""
    try:
        return _resolve_one(data_properties, measure, table_id)
    except MeasureNotFound:
        for alternative in measure.alternatives or []:
            variant = copy.copy(measure)
            variant.stem = alternative.get("stem", measure.stem)
            variant.title = alternative.get("title", measure.title)
            try:
                return _resolve_one(data_properties, variant, table_id)[0], "alternative"
            except MeasureNotFound:
                continue
        raise


def _resolve_one(data_properties, measure, table_id):
    entries = topics(data_properties)
    by_stem = [p for p in entries if stem_of(p["Key"]) == measure.stem]
    group_path = _group_titles(data_properties)
    if measure.group:
        in_group = [p for p in by_stem if _norm_title(measure.group) in group_path(p)]
        by_stem = in_group or by_stem
    exact = [p for p in by_stem if _titles_match(p.get("Title"), measure.title)]
    if len(exact) == 1:
        return exact[0]["Key"], "stem+title"
    if len(by_stem) == 1 and not exact and _similar(by_stem[0].get("Title"), measure.title):
        return by_stem[0]["Key"], "stem"
    by_title = [p for p in entries if _titles_match(p.get("Title"), measure.title)]
    if measure.group:
        by_title = [p for p in by_title if _norm_title(measure.group) in group_path(p)] or by_title
    if len(by_title) == 1 and not by_stem:
        return by_title[0]["Key"], "title"
    raise MeasureNotFound(
        measure=measure.id,
        stem=measure.stem,
        title=measure.title,
        table=table_id,
        candidates=", ".join(_candidates(entries, measure, exact or by_stem or by_title)) or "-",
    )


def _candidates(entries, measure, ambiguous):
    """What the table offers instead: the ambiguous matches, or the three nearest topics."""
    if ambiguous:
        return ["{} ('{}')".format(p["Key"], p.get("Title", "").strip()) for p in ambiguous[:5]]

    def similarity(entry):
        by_stem = difflib.SequenceMatcher(None, stem_of(entry["Key"]).lower(), measure.stem.lower()).ratio()
        by_title = difflib.SequenceMatcher(None, _norm_title(entry.get("Title")), _norm_title(measure.title)).ratio()
        return max(by_stem, by_title)

    nearest = sorted(entries, key=similarity, reverse=True)[:3]
    return ["{} ('{}')".format(p["Key"], p.get("Title", "").strip()) for p in nearest]
