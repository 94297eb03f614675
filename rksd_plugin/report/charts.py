"""Small charts for an area page, as SVG text (pure Python).

One strip per question: the index of every buurt in the gemeente as a thin tick over the
map's class colours, the area's own value as a dot (for a wijk: the dots of its buurten).
It answers at a glance "where does this buurt stand in our gemeente?".

The SVG is drawn in millimetres at the size of the template's picture item. Its texts
(question, value, axis ends) are normally printed by a table lying on the picture
(``rksd_chart_labels``), because Qt writes SVG text into a PDF as outlines - about
150 kB per chart; without that table the SVG carries its own text.
"""
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..core import classify

FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
AXIS = 3.2  # mm below the strips for the axis


@dataclass
class Geometry:
    width: float
    height: float
    rows: int

    @property
    def pitch(self):
        return (self.height - AXIS) / max(self.rows, 1)

    @property
    def strip_offset(self):
        """From the top of a row to its strip: room for one line of text above it."""
        return max(self.pitch - 3.0, self.pitch * 0.45)

    @property
    def strip_height(self):
        return max(min(2.6, self.pitch - self.strip_offset - 0.35), 0.8)


def geometry_for(chart, width, height=None):
    rows = len(chart.rows)
    return Geometry(width, height if height else rows * 7.6 + AXIS, rows)


def strip_chart_svg(chart, language="nl", width=95.0, height=None, labels=True):
    """An SVG document for ``content.ChartData``; ``labels=False`` leaves out all text."""
    geometry = geometry_for(chart, width, height)

    def scale(low, high):
        span = (high - low) or 1.0
        return lambda value: (value - low) / span * width

    x = scale(chart.low, chart.high)

    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}">'.format(
        w=_n(width), h=_n(geometry.height))]
    for index, row in enumerate(chart.rows):
        top = index * geometry.pitch
        if labels:
            left, right = (row.label, row.text) if row.marked else ("{} \u2013 {}".format(row.label, row.text), "")
            parts.append(_text(0, top + 2.5, left, anchor="start"))
            parts.append(_text(width, top + 2.5, right, anchor="end", bold=True))
        strip_top = top + geometry.strip_offset
        strip_height = geometry.strip_height
        classes = row.classes or chart.classes
        low = chart.low if row.low is None else row.low
        high = chart.high if row.high is None else row.high
        row_x = scale(low, high)
        for band in range(len(classes.breaks) - 1):
            left = row_x(max(classes.breaks[band], low))
            right = row_x(min(classes.breaks[band + 1], high))
            parts.append('<rect x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="0.45"/>'.format(
                _n(left), _n(strip_top), _n(max(right - left, 0)), _n(strip_height), classes.colors[band]))
        for value in row.values:
            parts.append('<line x1="{v}" y1="{a}" x2="{v}" y2="{b}" stroke="#6b6b6b" stroke-width="0.18"/>'.format(
                v=_n(row_x(value)), a=_n(strip_top + 0.25), b=_n(strip_top + strip_height - 0.25)))
        radius = min(1.35 if len(row.marked) <= 1 else 1.0, strip_height * 0.55)
        for value in row.marked:
            parts.append('<circle cx="{}" cy="{}" r="{}" fill="#111111" stroke="#ffffff" stroke-width="0.35"/>'.format(
                _n(row_x(value)), _n(strip_top + strip_height / 2), _n(radius)))
    axis = len(chart.rows) * geometry.pitch + 0.3
    for tick in chart.ticks:
        if chart.low <= tick <= chart.high:
            parts.append('<line x1="{v}" y1="{a}" x2="{v}" y2="{b}" stroke="#8c8c8c" stroke-width="0.2"/>'.format(
                v=_n(x(tick)), a=_n(axis), b=_n(axis + 0.9)))
            if labels:
                anchor = "start" if tick == chart.low else ("end" if tick == chart.high else "middle")
                parts.append(_text(x(tick), axis + 2.6, axis_text(tick, language), anchor=anchor, size=1.9,
                                   color="#555555"))
    parts.append("</svg>")
    return "\n".join(parts)


def axis_text(value, language="nl"):
    return classify.format_number(value, 0 if float(value).is_integer() else 1, language)


def label_rows(chart, language="nl"):
    """What the label table prints: ``[(question, value), ...]`` and the axis ends."""
    # a strip without a dot says why in the title's cell: the value column stays narrow
    rows = [(row.label, row.text) if row.marked else ("{} \u2013 {}".format(row.label, row.text), "")
            for row in chart.rows]
    if chart.ticks:
        rows.append((axis_text(chart.low, language), axis_text(chart.high, language)))
    else:
        rows.append(("", ""))  # strips on different scales: no common axis
    return rows


def _n(value):
    return "{:.2f}".format(value).rstrip("0").rstrip(".")


def _text(x, y, text, anchor="start", size=2.35, bold=False, color="#222222"):
    return ('<text x="{}" y="{}" font-family="{}" font-size="{}" font-weight="{}" fill="{}" '
            'text-anchor="{}">{}</text>').format(_n(x), _n(y), FONT, _n(size), "bold" if bold else "normal", color,
                                                 anchor, escape(text))
