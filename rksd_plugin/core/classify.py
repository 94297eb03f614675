"""Class breaks and legend labels for choropleth maps (pure Python).

Quantile classes for rates (equal numbers of areas per class) or fixed breaks chosen in
the catalog; labels in Dutch or English number style with the unit. Missing values and
water areas never take part in a classification.
"""
import math

COLORBREWER = {
    # sequential, colour-blind safe (ColorBrewer 2.0, Cynthia Brewer, Penn State)
    "RdPu": ["#feebe2", "#fbb4b9", "#f768a1", "#c51b8a", "#7a0177"],
    "YlOrRd": ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"],
    "OrRd": ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"],
    "PuBu": ["#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"],
    "YlGnBu": ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
    "Purples": ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"],
    "Greens": ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"],
    "BuPu": ["#edf8fb", "#b3cde3", "#8c96c6", "#8856a7", "#810f7c"],
    "YlOrBr": ["#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404"],
    "YlGn": ["#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837"],
}
# one sequential ramp per question (by its number), so six maps side by side stay apart;
# every ramp is a ColorBrewer sequential scheme, readable for colour-blind readers
QUESTION_RAMPS = ("OrRd", "YlGn", "Purples", "YlOrBr", "RdPu", "PuBu")
MISSING_COLOR = "#d9d9d9"
WATER_COLOR = "#cfe2f3"


def ramp(name, classes, reverse=False):
    """``classes`` colours from a ColorBrewer ramp (interpolated picks for fewer classes)."""
    colors = COLORBREWER.get(name, COLORBREWER["RdPu"])
    if classes < len(colors):
        step = (len(colors) - 1) / max(classes - 1, 1)
        colors = [colors[round(i * step)] for i in range(classes)]
    colors = list(colors[:classes])
    return list(reversed(colors)) if reverse else colors


def question_ramp(number):
    """The ramp of question ``number`` (1-based); a seventh question starts over."""
    return QUESTION_RAMPS[(int(number) - 1) % len(QUESTION_RAMPS)]


def _quantile(sorted_values, q):
    position = (len(sorted_values) - 1) * q
    low, high = math.floor(position), math.ceil(position)
    if low == high:
        return sorted_values[int(position)]
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def quantile_breaks(values, classes=5, decimals=1):
    """Inner and outer break values for quantile classes; duplicate breaks are merged."""
    data = sorted(v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v)))
    if not data:
        return []
    breaks = [_quantile(data, i / classes) for i in range(classes + 1)]
    factor = 10 ** decimals
    rounded = [math.floor(breaks[0] * factor) / factor]
    rounded += [round(b, decimals) for b in breaks[1:-1]]
    rounded.append(math.ceil(breaks[-1] * factor) / factor)
    unique = []
    for value in rounded:
        if not unique or value > unique[-1]:
            unique.append(value)
    if len(unique) == 1:
        unique.append(unique[0])
    return unique


def fixed_breaks(breaks, values, decimals=1):
    """Catalog breaks, extended to cover the data's minimum and maximum."""
    data = [v for v in values if v is not None]
    result = sorted(set(float(b) for b in breaks))
    if data:
        factor = 10 ** decimals
        low = math.floor(min(data) * factor) / factor
        high = math.ceil(max(data) * factor) / factor
        if low < result[0]:
            result.insert(0, low)
        if high > result[-1]:
            result.append(high)
    return result


def classes_from_breaks(breaks):
    """``[(lower, upper), ...]``; the first class includes its lower bound."""
    return [(breaks[i], breaks[i + 1]) for i in range(len(breaks) - 1)]


def format_number(value, decimals=1, language="nl"):
    text = "{:,.{d}f}".format(value, d=max(decimals, 0))
    if language == "nl":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def class_label(lower, upper, unit="", decimals=1, language="nl"):
    label = "{} \u2013 {}".format(format_number(lower, decimals, language), format_number(upper, decimals, language))
    return "{} {}".format(label, unit).strip() if unit else label
