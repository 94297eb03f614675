"""Text that stays inside its box, whatever the gemeente: labels and legends wrap, then shrink.

A buurt of 60 characters, an English question title or a long own text must not run
over the item below it or off the page. QGIS's layout label wraps at its width but
grows downwards without limit, and a legend in QGIS 3.22 does not wrap at all; so the
text of every label is measured (Qt's font metrics, in millimetres as the layout draws
it), and the font shrinks - down to a floor - until the wrapped text fits the box the
template gave the item. Legend titles and entries get line breaks at the legend's width.

Works on QGIS 3.22 (labels with a QFont) and later versions (labels with a text format).
"""
from qgis.core import QgsLayoutItemLabel, QgsLegendStyle
from qgis.PyQt.QtGui import QFont, QFontMetricsF

from ..compat import RENDER_POINTS

PT_TO_MM = 25.4 / 72.0
SCALE = 10.0  # measure at 10 pixels per millimetre: integer font pixel sizes stay exact enough
SAFETY = 0.98  # leave 2 % of the width: renderers differ a little from Qt's metrics
ORIGINAL = "rksd/fit_original_size"


# -- fonts of layout items (QFont on 3.22, QgsTextFormat later) ----------------------------------
def label_font(label):
    """The label's font with its point size."""
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        font = QFont(text_format.font())
        font.setPointSizeF(_format_points(text_format))
        return font
    return QFont(label.font())


def set_label_size(label, points):
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        text_format.setSize(points)
        text_format.setSizeUnit(RENDER_POINTS)
        label.setTextFormat(text_format)
    else:
        font = QFont(label.font())
        font.setPointSizeF(points)
        label.setFont(font)


def _format_points(text_format):
    size = text_format.size()
    unit = text_format.sizeUnit()
    if unit == RENDER_POINTS:
        return size
    return size / PT_TO_MM  # millimetres (the other unit layouts use)


def legend_font(legend, style):
    item_style = legend.style(style) if not hasattr(legend, "styleFont") else None
    if item_style is not None and hasattr(item_style, "textFormat"):
        text_format = item_style.textFormat()
        font = QFont(text_format.font())
        font.setPointSizeF(_format_points(text_format))
        return font
    return QFont(legend.styleFont(style))


def set_legend_size(legend, style, points):
    if not hasattr(legend, "styleFont"):
        item_style = legend.style(style)
        text_format = item_style.textFormat()
        text_format.setSize(points)
        text_format.setSizeUnit(RENDER_POINTS)
        item_style.setTextFormat(text_format)
        legend.setStyle(style, item_style)
        return
    font = QFont(legend.styleFont(style))
    font.setPointSizeF(points)
    legend.setStyleFont(style, font)


# -- measuring ---------------------------------------------------------------------------------
def _metrics(font):
    scaled = QFont(font)
    scaled.setPixelSize(max(1, int(round(font.pointSizeF() * PT_TO_MM * SCALE))))
    return QFontMetricsF(scaled)


def text_width(text, font):
    """Width of one line of ``text`` in millimetres."""
    return _metrics(font).horizontalAdvance(text) / SCALE


def line_height(font):
    metrics = _metrics(font)
    return metrics.lineSpacing() / SCALE


def wrap(text, font, width):
    """Greedy word wrap of ``text`` at ``width`` mm; hard line breaks are kept.

    Returns ``(lines, widest)``; a single word wider than ``width`` stays one line (and
    makes ``widest`` exceed the width: the caller shrinks)."""
    metrics = _metrics(font)
    limit = width * SCALE
    lines, widest = [], 0.0
    for paragraph in (text or "").split("\n"):
        words = paragraph.split(" ")
        current = ""
        for word in words:
            candidate = word if not current else current + " " + word
            if current and metrics.horizontalAdvance(candidate) > limit:
                lines.append(current)
                widest = max(widest, metrics.horizontalAdvance(current))
                current = word
            else:
                current = candidate
        lines.append(current)
        widest = max(widest, metrics.horizontalAdvance(current))
    return lines, widest / SCALE


def text_box(text, font, width):
    """``(widest line, height)`` in mm of ``text`` wrapped at ``width`` mm."""
    lines, widest = wrap(text, font, width)
    metrics = _metrics(font)
    height = (metrics.ascent() + metrics.descent() + (len(lines) - 1) * metrics.lineSpacing()) / SCALE
    return widest, height


# -- labels ----------------------------------------------------------------------------------
def label_text(label):
    """What the label prints now (expressions and variables evaluated)."""
    return label.currentText() if hasattr(label, "currentText") else label.text()


def label_space(label):
    """``(width, height)`` in mm that the label's text may use (its box less the margins)."""
    rect = label.rect()
    return (max(rect.width() - 2 * label.marginX(), 0.1) * SAFETY,
            max(rect.height() - 2 * label.marginY(), 0.1))


def overflow(label, font=None):
    """How many mm the label's text sticks out of its box: ``(right, bottom)``, 0 when it fits."""
    font = font or label_font(label)
    width, height = label_space(label)
    widest, needed = text_box(label_text(label), font, width)
    return max(widest - width / SAFETY, 0.0), max(needed - height, 0.0)


def fit_label(label, floor=5.0, step=0.25):
    """Shrink ``label``'s font from the template's size until its text fits; returns the size.

    The template's size is remembered on the item, so every atlas page starts from it again."""
    original = label.customProperty(ORIGINAL)
    font = label_font(label)
    if original is None:
        original = font.pointSizeF()
        label.setCustomProperty(ORIGINAL, original)
    size = float(original)
    text = label_text(label)
    width, height = label_space(label)
    while True:
        font.setPointSizeF(size)
        widest, needed = text_box(text, font, width)
        if (widest <= width and needed <= height) or size <= floor:
            break
        size = max(floor, size - step)
    set_label_size(label, size)
    return size


def fit_labels(layout, floor=5.0, skip=()):
    """Fit every label of ``layout`` (except the ids in ``skip``); ``{id: size}``."""
    sizes = {}
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.id() not in skip and item.isVisible():
            sizes[item.id()] = fit_label(item, floor)
    return sizes


# -- legends ---------------------------------------------------------------------------------
LEGEND_TEXT_STYLES = (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                      QgsLegendStyle.Style.SymbolLabel)


def wrapped(text, font, width, separator):
    """``text`` with ``separator`` where it must break to stay within ``width`` mm."""
    lines, _ = wrap(text.replace(separator, " "), font, width)
    return separator.join(lines)


def set_legend_box(legend, width, height):
    """The room a legend may take (``width`` x ``height`` mm from its top left corner)."""
    legend.setCustomProperty(ORIGINAL, "{},{}".format(width, height))


def legend_box(legend):
    """The room the template gave the legend (custom property ``rksd/fit_original_size``).

    A template without it: the legend's own box when it does not resize to its contents,
    else the page from the legend's corner to a 10 mm margin."""
    stored = legend.customProperty(ORIGINAL)
    if stored:
        width, height = (float(v) for v in str(stored).split(","))
        return width, height
    rect = legend.rect()
    if not legend.resizeToContents():
        width, height = rect.width(), rect.height()
    else:
        page = legend.layout().pageCollection().page(0).rect()
        position = legend.positionWithUnits()
        width = max(page.width() - position.x() - 10.0, 10.0)
        height = max(page.height() - position.y() - 10.0, 10.0)
    set_legend_box(legend, width, height)
    return width, height


def fit_legend(legend, floor=5.0, step=0.5, separator="|"):
    """Wrap the legend's titles and entries at its box width, shrink until it fits the box.

    Returns the label size used. The legend keeps the template's box as its limit; it
    may end smaller (resized to its contents), never larger."""
    from qgis.core import QgsMapLayerLegendUtils
    from qgis.PyQt.QtCore import Qt

    box_width, box_height = legend_box(legend)
    legend.setWrapString(separator)
    model = legend.model()
    nodes = model.rootGroup().findLayers() if model.rootGroup() is not None else []
    originals = []
    for node in nodes:
        texts = [str(n.data(Qt.ItemDataRole.DisplayRole) or "").replace(separator, " ")
                 for n in model.layerOriginalLegendNodes(node)]
        originals.append((node, node.layer().name() if node.layer() else node.name(), texts))
    sizes = {style: legend_font(legend, style).pointSizeF() for style in LEGEND_TEXT_STYLES}
    margin = 2 * legend.boxSpace() + 1.0
    label_room = box_width - margin - legend.symbolWidth() - 2.5
    scale = 1.0
    while True:
        for style, size in sizes.items():
            set_legend_size(legend, style, max(floor, size * scale))
        title_font = legend_font(legend, QgsLegendStyle.Style.Subgroup)
        label_font_ = legend_font(legend, QgsLegendStyle.Style.SymbolLabel)
        for node, title, texts in originals:
            node.setCustomProperty("legend/title-label", wrapped(title, title_font, (box_width - margin) * SAFETY,
                                                                  separator))
            for index, text in enumerate(texts):
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, wrapped(
                    text, label_font_, label_room * SAFETY, separator))
            model.refreshLayerLegend(node)
        legend.adjustBoxSize()
        rect = legend.rect()
        smallest = min(max(floor, size * scale) for size in sizes.values())
        if (rect.width() <= box_width + 0.01 and rect.height() <= box_height + 0.01) or smallest <= floor:
            break
        scale -= step / max(sizes.values())
    return legend_font(legend, QgsLegendStyle.Style.SymbolLabel).pointSizeF()


def break_long_words(text, font, width, hyphen="-"):
    """``text`` with every word wider than ``width`` mm split over lines (a hyphen at the break).

    A table cell wraps at spaces only; one long compound word ("…verbindingsstraat") would
    otherwise run into the next column."""
    metrics = _metrics(font)
    limit = width * SCALE
    out = []
    for word in text.split(" "):
        if metrics.horizontalAdvance(word) <= limit:
            out.append(word)
            continue
        pieces, current = [], ""
        for char in word:
            if current and metrics.horizontalAdvance(current + char + hyphen) > limit:
                pieces.append(current + hyphen)
                current = char
            else:
                current += char
        pieces.append(current)
        out.append("\n".join(pieces))
    return " ".join(out)
