"""A series in one GeoPackage, written atomically with its styles.

What it holds (docs/monitor.md):

- ``buurten``, ``wijken``, ``gemeente``: the newest year, exactly as a single run writes
  it (so the question maps, the Buurt panel and the atlas work on it unchanged);
- ``buurten_<year>``, ``wijken_<year>``, ``gemeente_<year>``: every year on its own
  indeling, with a temporal range stored in its default style (play the years);
- ``reeks_buurten``, ``reeks_wijken``, ``reeks_gemeente``: the series on the newest
  indeling, a row per area, year and key, with how each value got there;
- ``verandering_buurten``: the change map's layer (per key, first to last comparable
  year), a named style per key;
- ``vergelijking_gemeenten``, ``vergelijkingsgroep``: the gemeente against similar
  gemeenten, and which gemeenten those are;
- ``rksd_provenance``: the newest run's provenance plus ``series`` (every year's, the
  crosswalks' weights, the history tables, the peer requests).
"""
from ..core.monitor import change as change_module
from ..core.monitor import tables
from .gpkg_writer import write_geopackage
from .layers import open_layer, style_area_layer
from .question_maps import style_index_layer
from .styles import apply_aliases
from .style_store import StyleStore, memory_twin

DEFAULT_INDICATOR = "aandeel_65plus"
STYLE_NAME_LIMIT = 30  # GeoPackage layer_styles names hold at most 30 characters


def year_layer_name(name, year):
    return "{}_{}".format(name, year)


def series_layers(series, catalog, language="nl", kind=change_module.RELATIVE, names=None):
    """``(layers, change_info)``: every layer and table of a series GeoPackage, in order."""
    newest = series.newest
    layers = dict(newest.layers)
    for year, run in sorted(series.runs.items()):
        for name, layer in run.layers.items():
            layers[year_layer_name(name, year)] = layer
    for level, rows in series.rows.items():
        layers[tables.SERIES_TABLES[level]] = tables.series_table(rows, level)
    change, info = tables.change_layer(series.rows["buurt"], newest.layers["buurten"], catalog, keys=series.keys,
                                       kind=kind, language=language)
    if info:
        layers[tables.CHANGE_LAYER] = change
    if series.peers:
        layers[tables.PEERS_TABLE], layers[tables.PEER_GROUP_TABLE] = tables.peer_tables(
            series.peers, catalog, names or {}, language)
    return layers, info


def series_provenance(series, info):
    provenance = dict(series.newest.provenance)
    provenance["series"] = series.provenance
    provenance["series_summary"] = series.summary
    provenance["change_map"] = {k: {x: v[x] for x in ("first", "last", "kind", "breaks", "comparable", "reallocated")}
                                for k, v in info.items()}
    return provenance


def write_series(series, path, catalog, language="nl", is_cancelled=None, kind=change_module.RELATIVE, names=None):
    """Write ``series`` to ``path`` (atomically); returns ``(path, change_info)``."""
    from .change_styles import style_change_layer
    from .temporal import set_layer_year

    layers, info = series_layers(series, catalog, language, kind, names)
    newest = series.newest

    def store_styles(tmp_path):
        store = StyleStore()
        twins = []  # every memory twin lives until the styles are stored

        def twin_of(area_layer, name):
            twins.append(memory_twin(area_layer, name))
            return twins[-1]

        for name, area_layer in newest.layers.items():
            twin = twin_of(area_layer, name)
            style_area_layer(twin, area_layer, catalog, DEFAULT_INDICATOR if name != "gemeente" else None, language)
            store.add(twin, name, name, "RKSD preset style", True)
            if name == "buurten":
                for question in catalog.questions:
                    if question.id not in newest.questions:
                        continue
                    normalisation = newest.questions[question.id].get("normalisation") or newest.provenance.get(
                        "normalisation", "percentile")
                    style_index_layer(twin, area_layer, question, normalisation, language)
                    store.add(twin, name, "RKSD vraag {} - {}".format(question.number, question.id),
                              question.index_title.get(language), False)
        for year, run in sorted(series.runs.items()):
            for name, area_layer in run.layers.items():
                layer_name = year_layer_name(name, year)
                twin = twin_of(area_layer, layer_name)
                indicator = DEFAULT_INDICATOR if name != "gemeente" and _has(area_layer, DEFAULT_INDICATOR) else None
                style_area_layer(twin, area_layer, catalog, indicator, language)
                set_layer_year(twin, year)
                store.add(twin, layer_name, layer_name, "RKSD {}".format(year), True)
        if info:
            change = layers[tables.CHANGE_LAYER]
            twin = twin_of(change, tables.CHANGE_LAYER)
            apply_aliases(twin, change.fields, language)  # once: the same for every key's style
            for index, (key, style_name) in enumerate(change_style_names(info)):
                style_change_layer(twin, key, info[key], change.fields, language, aliases=False)
                store.add(twin, tables.CHANGE_LAYER, style_name, info[key]["title"], index == 0)
        store.write(tmp_path, lambda table: open_layer(tmp_path, table))
        twins.clear()

    write_geopackage(path, layers, series_provenance(series, info), language, is_cancelled, store_styles)
    return path, info


def change_style_names(info):
    """``[(key, style name)]``: a unique name of at most 30 characters per key."""
    result, seen = [], set()
    for key in info:
        name = ("V " + key)[:STYLE_NAME_LIMIT]
        suffix = 2
        while name in seen:
            name = ("V " + key)[:STYLE_NAME_LIMIT - 3] + " {}".format(suffix)
            suffix += 1
        seen.add(name)
        result.append((key, name))
    return result


def _has(area_layer, key):
    return any(record.get(key) is not None for record in area_layer.records)
