"""What the atlas says about the gemeente's own data (pure Python, no QGIS).

On an area page: a band "⌂ Eigen cijfers (eigen bron)" and a row per own indicator - the
area's figure or "afgeschermd (kleine aantallen)", the gemeente's figure, no Nederland.
On the method page: the privacy report of every own data set (rules, what was hidden,
how that was checked), and "SYNTHETISCH" where the data are made up.
"""
import json

from ..core.owndata import marks, report
from ..core.owndata.model import Release
from .content import Row, format_value


def own_indicators(data):
    stored = (data.provenance.get("own_data") or {}).get("indicators") or {}
    return sorted(stored.items(), key=lambda pair: pair[1].get("dataset", ""))  # stable: the release's order


def releases(data):
    stored = (data.provenance.get("own_data") or {}).get("releases") or {}
    return [Release.from_json(json.dumps(document)) for _, document in sorted(stored.items())]


def own_rows(data, record, level, language):
    """Rows for one area's table; none when the GeoPackage holds no own figures."""
    wijk = (data.wijk_of(record) or {}) if level == "buurt" else {}
    found = []
    for key, description in own_indicators(data):
        source = record if key in record else wijk  # own figures per wijk: the buurt's wijk
        if key in source:
            found.append((key, description, source))
    if not found:
        return []
    rows = [Row("question", marks.own_name({"nl": "Eigen cijfers", "en": "Own figures"}[language], language))]
    for key, description, source in found:
        title = (description.get("title") or {}).get(language) or key
        if description.get("synthetic"):
            title = "{} ({})".format(title, marks.words("synthetic", language))
        decimals = int(description.get("decimals", 1))
        if source.get(key + "_status") == marks.SUPPRESSED_STATUS:
            value = marks.words("suppressed", language)
        else:
            value = format_value(source.get(key), decimals, language)
        if source is not record:
            value = "{} ({})".format(value, "wijk")
        rows.append(Row("beside", "{} {}".format(marks.symbol("own_source"), title), value,
                        format_value(source.get(key + "_gm"), decimals, language), "\u2013"))
    return rows


def method_blocks(data, language):
    """The privacy report of each own data set for the method page."""
    found = releases(data)
    if not found:
        return []
    blocks = [("heading", report.t("heading", language))]
    for release in found:
        for line in report.privacy_lines(release, language):
            blocks.append(("text", line))
    return blocks
