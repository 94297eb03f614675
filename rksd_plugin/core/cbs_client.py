"""CBS OData v3 through cbsodata (ODataFeed), routed through the plugin's transport.

Only what the plugin needs: ``TableInfos``, ``DataProperties`` and a ``TypedDataSet``
filtered to one gemeente on the region dimension, with ``$select`` of only the needed
columns; cbsodata follows ``odata.nextLink``.
"""
from . import regions
from .errors import BadResponse, DamagedCacheEntry
from .http.cbsodata_bridge import cbsodata_module, routed_through

FEED_URL = "https://{host}/ODataFeed/odata/{table}/{name}"


class _DamagedCachedAnswer(Exception):
    """A cached page could not be parsed; it has been dropped."""


class CbsClient:
    def __init__(self, transport):
        self.transport = transport

    def _download(self, table_id, host, name, select=None, filters=None):
        try:
            return self._download_once(table_id, host, name, select, filters)
        except _DamagedCachedAnswer:
            # a damaged answer from the cache is a miss: it was dropped, so ask again (online)
            return self._download_once(table_id, host, name, select, filters)

    def _download_once(self, table_id, host, name, select, filters):
        module = cbsodata_module()
        try:
            with routed_through(self.transport):
                rows = module._download_metadata(  # noqa: SLF001 - pinned cbsodata 1.3.5
                    table_id, name, select=select, filters=filters, catalog_url=host
                )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            # cbsodata parses the pages itself; 100,000 '[' end in a RecursionError there
            exchanges = getattr(self.transport, "exchanges", None)
            last = exchanges[-1] if exchanges else {}
            url = last.get("url") or FEED_URL.format(host=host, table=table_id, name=name)
            self.transport.forget(url)
            if last.get("from_cache"):
                if not getattr(self.transport, "offline", True) and getattr(self.transport, "fetcher", None):
                    raise _DamagedCachedAnswer() from exc
                raise DamagedCacheEntry(url=url, detail="no valid OData answer ({})".format(
                    type(exc).__name__)) from exc
            raise BadResponse(url=url, detail="no valid OData answer ({})".format(type(exc).__name__)) from exc
        if not isinstance(rows, list):
            raise BadResponse(url=FEED_URL.format(host=host, table=table_id, name=name), detail="no list")
        return rows

    def table_infos(self, table_id, host):
        rows = self._download(table_id, host, "TableInfos")
        if not rows:
            raise BadResponse(
                url=FEED_URL.format(host=host, table=table_id, name="TableInfos"), detail="empty TableInfos"
            )
        return rows[0]

    def data_properties(self, table_id, host):
        return self._download(table_id, host, "DataProperties")

    def typed_rows(self, table_id, host, select, filters):
        return self._download(table_id, host, "TypedDataSet", select=select, filters=filters)


def region_filter(dimension, gemeente, levels):
    """OData filter for one gemeente's buurten, wijken, the gemeente and Nederland."""
    digits = regions.gemeente_digits(gemeente)
    parts = []
    if "wijk" in levels:
        parts.append("startswith({},'WK{}')".format(dimension, digits))
    if "buurt" in levels:
        parts.append("startswith({},'BU{}')".format(dimension, digits))
    if "gemeente" in levels:
        parts.append("{} eq '{}'".format(dimension, regions.padded("GM" + digits)))
    if "land" in levels:
        # Nederland is NL00 in KWB and NL01 in the RIVM tables
        parts.append("startswith({},'NL')".format(dimension))
    return "(" + " or ".join(parts) + ")"


def dimension_selection(source, measures):
    """``{dimension: [codes]}`` a table is asked for: each measure's own codes and the source's fixed ones."""
    selection = {}
    for measure in measures:
        for dimension, code in measure.dimensions.items():
            selection.setdefault(dimension, []).append(code)
    for dimension, code in source.dimensions.items():
        selection.setdefault(dimension, []).append(code)
    return selection


def dimension_filter(selection):
    """``{'Leeftijd': ['20300', '80200']}`` -> ``(Leeftijd eq '20300' or ...)``."""
    clauses = []
    for dimension in sorted(selection):
        values = sorted(set(selection[dimension]))
        clauses.append("(" + " or ".join("{} eq '{}'".format(dimension, v) for v in values) + ")")
    return " and ".join(clauses)
