"""Answer like CBS's OData v3 ``ODataFeed`` for a set of table snapshots (test support).

A snapshot holds a table's ``TableInfos``, ``DataProperties`` and ``TypedDataSet`` rows
(region keys padded to ten characters, as CBS sends them). Requests are answered in the
service's JSON format: ``odata.metadata``, ``value`` and - when a page is full -
``odata.nextLink``. ``$select`` of an unknown column and a malformed ``$filter`` are
refused with HTTP 400 and an ``odata.error`` body, as the real service does.
"""
import json
from urllib.parse import parse_qsl, urlencode

from . import odata_filter


class TableSnapshot:
    def __init__(self, table_id, table_infos, data_properties, rows, code_lists=None):
        self.table_id = table_id
        self.table_infos = table_infos
        self.data_properties = data_properties
        self.rows = rows
        self.code_lists = code_lists or {}

    def columns(self):
        cols = {"ID"}
        for prop in self.data_properties:
            if prop.get("Key"):
                cols.add(prop["Key"])
        for row in self.rows:
            cols.update(row)
        return cols


class CbsEmulator:
    """Serve ``/ODataFeed/odata/<table>/<entity>`` for the snapshots of one host."""

    def __init__(self, snapshots, page_size=10000):
        self.tables = {s.table_id.upper(): s for s in snapshots}
        self.page_size = page_size

    def handle(self, public_base, path, query):
        """Return ``(status, headers, body_bytes)`` for a request path below the host."""
        parts = [p for p in path.split("/") if p]
        if len(parts) < 3 or parts[0].lower() not in ("odatafeed", "odataapi") or parts[1].lower() != "odata":
            return _error(404, "Resource not found")
        table = self.tables.get(parts[2].upper())
        if table is None:
            return _error(404, "Table {} does not exist".format(parts[2]))
        feed_base = "{}/{}/odata/{}".format(public_base, parts[0], table.table_id)
        params = dict(parse_qsl(query, keep_blank_values=True))
        if len(parts) == 3:
            names = ["TableInfos", "UntypedDataSet", "TypedDataSet", "DataProperties", "CategoryGroups"]
            names += sorted(table.code_lists)
            value = [{"name": n, "url": "{}/{}".format(feed_base, n)} for n in names]
            return _ok({"odata.metadata": feed_base + "/$metadata", "value": value})
        entity = parts[3]
        if entity == "TableInfos":
            rows = table.table_infos
        elif entity == "DataProperties":
            rows = table.data_properties
        elif entity in ("TypedDataSet", "UntypedDataSet"):
            rows = table.rows
        elif entity == "CategoryGroups":
            rows = []
        elif entity in table.code_lists:
            rows = table.code_lists[entity]
        else:
            return _error(404, "Resource not found for the segment '{}'.".format(entity))
        if "$filter" in params:
            try:
                tree = odata_filter.parse(params["$filter"])
            except odata_filter.FilterSyntaxError as exc:
                return _error(400, "Syntax error in $filter: {}".format(exc))
            known = table.columns() if entity.endswith("DataSet") else set().union(*rows) if rows else set()
            unknown = odata_filter.fields_of(tree) - known
            if unknown:
                return _error(400, "Could not find a property named '{}'.".format(sorted(unknown)[0]))
            rows = [r for r in rows if odata_filter.matches(tree, r)]
        if "$select" in params:
            wanted = [c.strip() for c in params["$select"].split(",") if c.strip()]
            known = table.columns() if entity.endswith("DataSet") else set().union(*rows) if rows else set(wanted)
            unknown = [c for c in wanted if c not in known]
            if unknown:
                return _error(400, "Could not find a property named '{}'.".format(unknown[0]))
            rows = [{c: r.get(c) for c in wanted} for r in rows]
        skip = int(params.get("$skip", "0") or 0)
        page = rows[skip: skip + self.page_size]
        body = {
            "odata.metadata": "{}/$metadata#Cbs.OData.WebAPI.{}".format(feed_base, entity),
            "value": page,
        }
        if skip + self.page_size < len(rows):
            next_params = {k: v for k, v in params.items() if k != "$skip"}
            next_params["$skip"] = str(skip + self.page_size)
            body["odata.nextLink"] = "{}/{}?{}".format(feed_base, entity, urlencode(next_params, safe="$,'() "))
        return _ok(body)


def _ok(payload):
    return 200, {"Content-Type": "application/json;charset=utf-8"}, json.dumps(payload).encode("utf-8")


def _error(status, message):
    payload = {"odata.error": {"code": "", "message": {"lang": "en-US", "value": message}}}
    return status, {"Content-Type": "application/json;charset=utf-8"}, json.dumps(payload).encode("utf-8")
