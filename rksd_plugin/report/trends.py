"""The atlas of a series GeoPackage: a trend column, small trend charts, the peer comparison.

Hooked into the atlas with small calls (the area page's ``_prepare`` and ``fill``, the
method page's blocks); an atlas of a single year is unchanged. On an area page the
table gets a seventh column, "trend" (first and last year with a value, the change, a mark
where a value was re-allocated across a boundary change, and for a model estimate
whether the intervals allow calling it a change), and a strip of up to four small
charts under the table: the area over the years with the gemeente (and Nederland).
The opening (method) page lists the peer group and the gemeente against it.
"""
from ..core import classify, marks
from ..core.monitor import change as change_module
from ..core.monitor import reader
from ..core.monitor import tables as monitor_tables

TEXT = {
    "col_trend": {"nl": "Trend", "en": "Trend"},
    "strip_title": {"nl": "Over de jaren (indeling {year}; {sign} {words})",
                    "en": "Over the years (boundaries of {year}; {sign} {words})"},
    "within": {"nl": "binnen marge", "en": "within margin"},
    "beyond": {"nl": "buiten marge", "en": "beyond margin"},
    "untested": {"nl": "niet getoetst", "en": "not tested"},
    "h_peers": {"nl": "Vergeleken met vergelijkbare gemeenten ({year})",
                "en": "Compared with similar municipalities ({year})"},
    "peer_group": {"nl": "{n} gemeenten, {rule}: {names}.", "en": "{n} municipalities, {rule}: {names}."},
    "peer_line": {"nl": "{title}: {gemeente} {name}; mediaan {median} ({low} \u2013 {high}, {n} gemeenten); "
                        "Nederland {nl}.",
                  "en": "{title}: {gemeente} {name}; median {median} ({low} \u2013 {high}, {n} municipalities); "
                        "Netherlands {nl}."},
    "peer_lacking": {"nl": "Zonder cijfers van de vergelijkbare gemeenten: {names}.",
                     "en": "Without figures of the similar municipalities: {names}."},
    "h_series": {"nl": "Over de jaren", "en": "Over the years"},
    "series_text": {"nl": "Deze atlas toont ook de jaren {years} op de buurtgrenzen van {year}. Onveranderde buurten "
                          "krijgen hun gepubliceerde waarden; heringedeelde buurten krijgen tellingen omgerekend naar "
                          "waar mensen wonen (CBS 100 m-vierkanten of adressen, anders oppervlakte), en percentages "
                          "opnieuw berekend uit omgerekende tellers en noemers; andere waarden heten dan niet "
                          "vergelijkbaar. {sign} in de trendkolom: {words}. Bij modelschattingen telt een "
                          "verschil pas als verandering als het de gecombineerde marge van beide jaren overschrijdt.",
                    "en": "This atlas also shows the years {years} on the neighbourhood boundaries of {year}. "
                          "Unchanged neighbourhoods keep their published values; re-bounded neighbourhoods get counts "
                          "re-allocated by where "
                          "people live (CBS 100 m squares or addresses, else area), and percentages recomputed from "
                          "re-allocated numerators and denominators; other values are then not comparable. {sign} in "
                          "the trend column: {words}. For model estimates a difference counts as a change only "
                          "beyond the combined margin of both years."},
}
MAX_CHARTS = 4
TABLE_WIDTHS = [57, 15, 16, 16, 20, 28, 30]  # the template's six columns, narrower, and the trend
# between the table and the table's note (the legend of its marks, from 272.5 mm)
STRIP = {"title_y": 246.5, "labels_y": 250.4, "labels_h": 4.6, "chart_y": 255.1, "chart_h": 15.4, "left": 10.0,
         "width": 190.0}
BUURT, GEMEENTE, NEDERLAND = "#0072B2", "#000000", "#E69F00"


def text(key, language):
    return TEXT[key][language]


# -- the data -----------------------------------------------------------------------------
def load(data):
    """The series of ``data``'s GeoPackage per level and code: ``{level: {code: {key: [rows]}}}``."""
    if not reader.has_series(data.gpkg_path):
        return {}
    result = {}
    for level in ("buurt", "wijk", "gemeente"):
        by_code = {}
        for row in reader.series_rows(data.gpkg_path, level):
            by_code.setdefault(row["code"], {}).setdefault(row["kenmerk"], []).append(row)
        for keys in by_code.values():
            for rows in keys.values():
                rows.sort(key=lambda r: r["jaar"])
        result[level] = by_code
    return result


def years_of(series):
    return sorted({r["jaar"] for level in series.values() for keys in level.values() for rows in keys.values()
                   for r in rows if r["waarde"] is not None})


def trend_text(catalog, key, rows, decimals, language):
    """'2017-24: +3,2 %' (counts, rates) or '2020-24: -4,1 (binnen marge)' (model estimates)."""
    valued = [r for r in rows if r["waarde"] is not None]
    if len(valued) < 2:
        return ""
    first, last = valued[0], valued[-1]
    span = "{}\u2013{}".format(first["jaar"], str(last["jaar"])[2:])
    mark = " " + marks.symbol("reallocated") if any(r["methode"] == "reallocated" for r in valued) else ""
    if monitor_tables.is_model_estimate(catalog, key):
        verdict = change_module.test(first["waarde"], last["waarde"], True, (first["ondergrens"], first["bovengrens"]),
                                     (last["ondergrens"], last["bovengrens"]))
        word = {change_module.SIGNIFICANT: "beyond", change_module.WITHIN_MARGIN: "within",
                change_module.NOT_TESTED: "untested"}[verdict]
        difference = classify.format_number(last["waarde"] - first["waarde"], decimals, language)
        sign = "+" if last["waarde"] > first["waarde"] else ""
        return "{}: {}{} ({}){}".format(span, sign, difference, text(word, language), mark)
    if not first["waarde"]:
        return "{}: {}".format(span, classify.format_number(last["waarde"], decimals, language)) + mark
    relative = 100.0 * (last["waarde"] - first["waarde"]) / abs(first["waarde"])
    return "{}: {}{} %{}".format(span, "+" if relative > 0 else "", classify.format_number(relative, 1, language), mark)


def fill_rows(data, series, record, level, rows, language):
    """Put the trend text of every row that has a key into ``row.trend``."""
    keys = series.get(level, {}).get(record.get("code"), {})
    for row in rows:
        key = getattr(row, "key", "")
        if not key or key not in keys:
            continue
        decimals = data.catalog.indicators[key].decimals if key in data.catalog.indicators else 1
        row.trend = trend_text(data.catalog, key, keys[key], decimals, language)
        if marks.symbol("reallocated") in row.trend:
            row.missing.append("reallocated")  # not missing: a value mark the table's legend explains


def chart_keys(data, series, record, level, rows):
    """Up to four keys for the small charts: the table's keys first, then any with two years."""
    keys = series.get(level, {}).get(record.get("code"), {})
    table_keys = [getattr(r, "key", "") for r in rows]
    # then the measures behind the table's indicators (the crimes behind crimes per 1 000), then the rest
    behind = [m for k in table_keys if k in data.catalog.indicators for m in data.catalog.indicators[k].measures]
    chosen = []
    for key in table_keys + behind + list(keys):
        if key and key not in chosen and key in keys and sum(1 for r in keys[key] if r["waarde"] is not None) >= 2:
            chosen.append(key)
    return chosen[:MAX_CHARTS]


# -- the small charts -------------------------------------------------------------------------
def chart_svg(data, series, record, level, keys, width, height):
    """Small multiples (no text: the titles are layout labels): the area (blue), the
    gemeente (black) and Nederland (orange), a hollow diamond (the re-allocated mark) where re-allocated."""
    rows = series.get(level, {}).get(record.get("code"), {})
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}">'.format(
        w=_n(width), h=_n(height))]
    if keys:
        gap = 4.0
        panel = (width - gap * (MAX_CHARTS - 1)) / MAX_CHARTS
        for index, key in enumerate(keys):
            left = index * (panel + gap)
            parts.append(_panel(data, key, rows.get(key, []), left, panel, height))
    parts.append("</svg>")
    return "".join(parts)


def _panel(data, key, rows, left, width, height):
    valued = [r for r in rows if r["waarde"] is not None]
    counts = key in data.catalog.measures and data.catalog.measures[key].additive
    lines = {"buurt": [(r["jaar"], r["waarde"]) for r in valued]}
    if not counts:  # a gemeente's total is no line to set beside a buurt's count
        lines["gemeente"] = [(r["jaar"], r["gemeente"]) for r in rows if r.get("gemeente") is not None]
        lines["nederland"] = [(r["jaar"], r["nederland"]) for r in rows if r.get("nederland") is not None]
    values = [v for series in lines.values() for _, v in series] + [
        r[b] for r in valued for b in ("ondergrens", "bovengrens") if r.get(b) is not None]
    years = [y for series in lines.values() for y, _ in series]
    if not values or not years:
        return ""
    low, high = min(values), max(values)
    if high == low:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.1
    low, high = low - pad, high + pad
    first, last = min(years), max(years)
    top, bottom = 0.8, height - 0.8

    def x(year):
        return left + 1.5 + ((year - first) / (last - first) if last > first else 0.5) * (width - 3.0)

    def y(value):
        return bottom - (value - low) / (high - low) * (bottom - top)

    out = ['<rect x="{}" y="0" width="{}" height="{}" fill="#f4f6f8"/>'.format(_n(left), _n(width), _n(height))]
    for name, color, stroke in (("nederland", NEDERLAND, 0.45), ("gemeente", GEMEENTE, 0.35), ("buurt", BUURT, 0.7)):
        series = lines.get(name) or []
        if len(series) > 1:
            out.append('<polyline fill="none" stroke="{}" stroke-width="{}" points="{}"/>'.format(
                color, stroke, " ".join("{},{}".format(_n(x(a)), _n(y(b))) for a, b in series)))
    for row in valued:
        if row.get("ondergrens") is not None and row.get("bovengrens") is not None:
            out.append('<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="{3}" stroke-width="0.25"/>'.format(
                _n(x(row["jaar"])), _n(y(row["ondergrens"])), _n(y(row["bovengrens"])), BUURT))
        if row["methode"] == "reallocated":  # the visual language's re-allocated mark: a hollow diamond
            cx, cy = x(row["jaar"]), y(row["waarde"])
            out.append('<polygon points="{},{} {},{} {},{} {},{}" fill="#ffffff" stroke="{}" stroke-width="0.3"/>'.format(
                _n(cx), _n(cy - 1.1), _n(cx + 0.8), _n(cy), _n(cx), _n(cy + 1.1), _n(cx - 0.8), _n(cy), BUURT))
        else:
            out.append('<circle cx="{}" cy="{}" r="0.75" fill="{}" stroke="{}" stroke-width="0.3"/>'.format(
                _n(x(row["jaar"])), _n(y(row["waarde"])), BUURT, BUURT))
    return "".join(out)


def _n(value):
    return "{:.2f}".format(value).rstrip("0").rstrip(".")


def panel_title(data, key, rows, language):
    valued = [r["jaar"] for r in rows if r["waarde"] is not None]
    title = monitor_tables.label_of(data.catalog, key, language)
    return "{} ({}\u2013{})".format(title, valued[0], valued[-1]) if valued else title


# -- the opening page ------------------------------------------------------------------------
def peer_blocks(data, language):
    """``[(kind, text)]`` for the method page: the series and the peer comparison."""
    blocks = []
    series_years = years_of(load(data)) if reader.has_series(data.gpkg_path) else []
    if series_years:
        blocks.append(("heading", text("h_series", language)))
        blocks.append(("text", text("series_text", language).format(
            years="{}\u2013{}".format(series_years[0], series_years[-1]), year=data.year,
            sign=marks.symbol("reallocated"), words=marks.words("reallocated", language))))
    stats, group = reader.peer_rows(data.gpkg_path) if series_years else ([], [])
    if not stats:
        return blocks
    year = max(r["jaar"] for r in stats)
    members = [r for r in group if r["jaar"] == year]
    own = next((r for r in members if r["code"] == data.gemeente), {})
    peers = [r for r in members if r is not own]
    blocks.append(("heading", text("h_peers", language).format(year=year)))
    if peers:
        blocks.append(("text", text("peer_group", language).format(
            n=len(peers), rule=peers[0]["regel"], names=", ".join(r["naam"] or r["code"] for r in peers))))
    if own.get("toelichting"):
        blocks.append(("text", own["toelichting"]))
    lacking = []
    for stat in (r for r in stats if r["jaar"] == year):
        if stat["gemeente"] is None:
            continue
        if not stat["aantal"]:
            lacking.append(stat["titel"])
            continue
        decimals = data.catalog.indicators[stat["kenmerk"]].decimals if stat["kenmerk"] in data.catalog.indicators \
            else (0 if float(stat["gemeente"]).is_integer() else 1)

        def fmt(value):
            return classify.format_number(value, decimals, language) if value is not None else marks.symbol(
                "not_in_source")

        blocks.append(("text", text("peer_line", language).format(
            title=stat["titel"], gemeente=fmt(stat["gemeente"]), name=data.gemeente_name, median=fmt(stat["mediaan"]),
            low=fmt(stat["laagste"]), high=fmt(stat["hoogste"]), n=stat["aantal"], nl=fmt(stat["nederland"]))))
    if lacking:
        blocks.append(("text", text("peer_lacking", language).format(names=", ".join(lacking))))
    return blocks


# -- the layout ------------------------------------------------------------------------------
def prepare(layout, series, table, frame, language, year):
    """Make room on the area page for the trend column and the strip of small charts.

    Returns ``(picture, title_labels)`` or ``(None, [])`` for a GeoPackage of one year."""
    if not series:
        return None, []
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemPicture, QgsLayoutPoint, QgsLayoutSize
    from qgis.PyQt.QtGui import QFont

    from ..compat import LAYOUT_MILLIMETERS
    from . import table_cells

    if table is not None:
        titles = [column.heading() for column in table.headers()][:6]
        table_cells.set_headers(table, titles + [text("col_trend", language)])
        table.setColumnWidths(TABLE_WIDTHS)
    if frame is not None:
        frame.attemptResize(QgsLayoutSize(frame.rect().width(), STRIP["title_y"] - 115.5, LAYOUT_MILLIMETERS))

    def label(content, x, y, width, size, bold=False, height=4.0):
        item = QgsLayoutItemLabel(layout)
        item.setText(content)
        font = QFont("DejaVu Sans", 1)
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
        item.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
        return item

    label(text("strip_title", language).format(year=year, sign=marks.symbol("reallocated"),
                                               words=marks.words("reallocated", language)), STRIP["left"], STRIP["title_y"], STRIP["width"], 6.6,
          bold=True)
    gap = 4.0
    panel = (STRIP["width"] - gap * (MAX_CHARTS - 1)) / MAX_CHARTS
    titles = [label("", STRIP["left"] + i * (panel + gap), STRIP["labels_y"], panel, 5.0, height=STRIP["labels_h"])
              for i in range(MAX_CHARTS)]
    picture = QgsLayoutItemPicture(layout)
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(STRIP["left"], STRIP["chart_y"], LAYOUT_MILLIMETERS))
    picture.attemptResize(QgsLayoutSize(STRIP["width"], STRIP["chart_h"], LAYOUT_MILLIMETERS))
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    return picture, titles


def fill_strip(picture, titles, data, series, record, level, rows, language, work_dir):
    """The small charts of one area: an SVG on the picture, the titles in the labels."""
    import os

    from ..compat import PICTURE_SVG

    keys = chart_keys(data, series, record, level, rows)
    by_key = series.get(level, {}).get(record.get("code"), {})
    for index, label in enumerate(titles):
        label.setText(panel_title(data, keys[index], by_key.get(keys[index], []), language) if index < len(keys)
                      else "")
    svg = chart_svg(data, series, record, level, keys, STRIP["width"], STRIP["chart_h"])
    path = os.path.join(work_dir, "trend_{}.svg".format(record.get("code")))
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(svg)
    picture.setPicturePath(path, PICTURE_SVG)
    return keys

