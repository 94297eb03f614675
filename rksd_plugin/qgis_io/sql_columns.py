"""Columns into SQLite without a Python step per value: numpy builds blobs, SQL cuts the rows.

``executemany`` binds every value of every row from Python: about 0.2 µs a value, 2 µs for
a row of ten, most of the time it takes to write a GeoPackage. Here every column of a block
of rows becomes one blob built with numpy — numbers as fixed-width decimal digits, text as
its UTF-8 bytes back to back with fixed-width offsets, geometry blobs back to back — and one
``INSERT ... SELECT`` cuts row ``key`` out of each blob in SQLite's own code (``substr`` and
``CAST``), one row per element of a JSON array of zeros (``json_each``; a recursive CTE
where SQLite lacks JSON). The Python cost is per column, not per value.

Exact, or not at all: integers are exact; floats only when every value is k / 10**d for an
integer k and d <= 6 (the rounded figures of the analyses): SQLite then computes the same
IEEE division k / 10**d that produced them. Anything else (free floats, mixed Python
types) raises ``NotEncodable`` and the caller binds those rows the classic way.
No QGIS import.
"""
import numpy as np

MAX_DECIMALS = 6


class NotEncodable(Exception):
    """The column cannot be written exactly this way (the caller binds it value by value)."""


def _digits(values, width):
    """Fixed-width decimal ASCII of int64 ``values`` (sign first when needed), one blob."""
    values = np.asarray(values, dtype=np.int64)
    negative = values < 0
    rest = np.abs(values)
    if rest.size and rest.max() < 2 ** 32:  # 32-bit division is cheaper
        rest = rest.astype(np.uint32)
    out = np.empty((values.size, width), dtype=np.uint8)
    ten = rest.dtype.type(10)
    quotient = np.empty_like(rest)
    for k in range(width - 1, -1, -1):
        np.floor_divide(rest, ten, out=quotient)
        rest -= quotient * ten
        np.add(rest, 48, out=out[:, k], casting="unsafe")
        rest, quotient = quotient, rest
    if negative.any():
        out[negative, 0] = ord("-")
    return out.tobytes()


def _width(low, high):
    """Digits (and sign) needed for every integer in [low, high]."""
    width = len(str(max(abs(int(low)), abs(int(high)), 1)))
    return width + (1 if low < 0 else 0)


def _int_expression(name, width, key):
    return "CAST(substr(:{0}, {1} * {2} + 1, {2}) AS INTEGER)".format(name, key, width)


class Column:
    """One column of n rows; ``part(start, stop, name, key)`` gives its SQL and parameters.

    ``expand(rows, n)``: the column placed at ``rows`` of ``n`` rows, NULL elsewhere;
    ``to_list()``: plain Python values (None for NULL), for writers that bind values.
    """

    def __len__(self):
        return self.n

    def part(self, start, stop, name, key):
        raise NotImplementedError

    def expand(self, rows, n):
        raise NotImplementedError

    def to_list(self):
        raise NotImplementedError


def _spread(values, rows, n, fill):
    out = np.full(n, fill, dtype=values.dtype)
    out[rows] = values
    return out


def _spread_nulls(nulls, count, rows, n):
    out = np.ones(n, dtype=bool)
    out[rows] = False if nulls is None else nulls
    return out


class Constant(Column):
    """The same value in every row: bound once."""

    def __init__(self, value, n):
        self.value, self.n = value, n

    def part(self, start, stop, name, key):
        return ":" + name, {name: self.value}

    def expand(self, rows, n):
        if self.value is None:
            return Constant(None, n)
        return Codes(_spread(np.zeros(len(rows), dtype=np.int64), rows, n, -1), [self.value])

    def to_list(self):
        return [self.value] * self.n


class Range(Column):
    """``first``, ``first`` + 1, ... (feature ids): computed by SQLite, nothing to encode."""

    def __init__(self, first, n):
        self.first, self.n = int(first), n

    def part(self, start, stop, name, key):
        return "({} + :{})".format(key, name), {name: self.first + start}

    def expand(self, rows, n):
        return Ints(np.arange(self.first, self.first + self.n)).expand(rows, n)

    def to_list(self):
        return list(range(self.first, self.first + self.n))


class Ints(Column):
    """Integers (NULL where ``nulls``)."""

    def __init__(self, values, nulls=None):
        self.values = np.asarray(values, dtype=np.int64)
        self.n = self.values.size
        self.nulls = None if nulls is None or not np.any(nulls) else np.asarray(nulls, dtype=bool)
        usable = self.values if self.nulls is None else self.values[~self.nulls]
        low, high = (int(usable.min()), int(usable.max())) if usable.size else (0, 0)
        if low < -(10 ** 17) or high >= 10 ** 17:
            raise NotEncodable("integers beyond 17 digits")
        self.sentinel = high + 1  # stands for NULL; never a value
        self.width = _width(low, self.sentinel if self.nulls is not None else high)

    def part(self, start, stop, name, key):
        values = self.values[start:stop]
        if self.nulls is not None:
            values = np.where(self.nulls[start:stop], self.sentinel, values)
        expression = _int_expression(name, self.width, key)
        if self.nulls is not None:
            expression = "NULLIF({}, {})".format(expression, self.sentinel)
        return expression, {name: _digits(values, self.width)}

    def expand(self, rows, n):
        return Ints(_spread(self.values, rows, n, 0), _spread_nulls(self.nulls, self.n, rows, n))

    def to_list(self):
        items = self.values.tolist()
        if self.nulls is not None:
            for row in np.nonzero(self.nulls)[0].tolist():
                items[row] = None
        return items


class Decimals(Column):
    """Floats that are all k / 10**d exactly (NaN and infinities: NULL), written as k / 10**d."""

    def __init__(self, values):
        values = np.asarray(values, dtype=np.float64)
        self.n = values.size
        finite = np.isfinite(values)
        self.nulls = None if finite.all() else ~finite
        usable = values[finite]
        self.decimals = None
        for decimals in range(MAX_DECIMALS + 1):
            scale = 10.0 ** decimals
            scaled = np.rint(usable * scale)
            if usable.size and np.abs(scaled).max() >= 2.0 ** 52:
                break  # beyond exact integers in a double
            if np.array_equal(scaled / scale, usable):  # the very division SQLite will do
                self.decimals = decimals
                break
        if self.decimals is None:
            raise NotEncodable("floats that are not decimals with at most {} places".format(MAX_DECIMALS))
        ints = np.zeros(self.n, dtype=np.int64)
        ints[finite] = scaled.astype(np.int64)
        self.ints = Ints(ints, self.nulls)
        self.values = values

    def part(self, start, stop, name, key):
        expression, params = self.ints.part(start, stop, name, key)
        if self.decimals == 0:
            return "CAST({} AS REAL)".format(expression), params
        return "{} / 1e{}".format(expression, self.decimals), params

    def expand(self, rows, n):
        return Decimals(_spread(self.values, rows, n, np.nan))

    def to_list(self):
        out = self.values.astype(object)
        out[~np.isfinite(self.values)] = None
        return out.tolist()


def _null_guard(expression, nulls, start, stop, name, key, params):
    """``expression``, NULL in the rows where ``nulls`` (a one-byte flag per row)."""
    if nulls is None or not nulls[start:stop].any():
        return expression
    flag = name + "n"
    params[flag] = np.asarray(nulls[start:stop], dtype=np.uint8).tobytes()
    return "CASE WHEN substr(:{0}, {1} + 1, 1) = x'01' THEN NULL ELSE {2} END".format(flag, key, expression)


def _cut(data, lengths, name, key, text):
    """SQL cutting value ``key`` out of ``data`` (values back to back with ``lengths``)."""
    lengths = np.asarray(lengths, dtype=np.int64)
    starts = np.zeros(lengths.size, dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    total = int(starts[-1] + lengths[-1]) if lengths.size else 0
    start_width = _width(0, max(total, 1))
    length_width = _width(0, int(lengths.max()) if lengths.size else 1)
    expression = "substr(:{0}d, {1} + 1, {2})".format(
        name, _int_expression(name + "s", start_width, key), _int_expression(name + "l", length_width, key))
    if text:
        expression = "CAST({} AS TEXT)".format(expression)
    params = {name + "d": data, name + "s": _digits(starts, start_width), name + "l": _digits(lengths, length_width)}
    return expression, params


class Texts(Column):
    """Text: a numpy bytes array of UTF-8 ('S'), or a sequence of str (None for NULL)."""

    def __init__(self, values, nulls=None):
        if isinstance(values, np.ndarray) and values.dtype.kind == "S":
            self.values = values
        else:
            self.values = list(values)
            if not all(isinstance(v, str) or v is None for v in self.values):
                raise NotEncodable("a text column holds other values")
            missing = [v is None for v in self.values]
            if any(missing):
                nulls = np.array(missing, dtype=bool) if nulls is None else (np.asarray(nulls, dtype=bool) | missing)
        self.n = len(self.values)
        self.nulls = None if nulls is None or not np.any(nulls) else np.asarray(nulls, dtype=bool)

    def _list_bytes(self, start, stop):
        """(UTF-8 of rows start..stop back to back, byte length of each) from Python text."""
        part = self.values[start:stop]
        items = ["" if v is None else v for v in part]
        if self.nulls is not None:
            items = ["" if null else v for v, null in zip(items, self.nulls[start:stop].tolist())]
        joined = "".join(items)
        data = joined.encode("utf-8")
        if len(data) == len(joined):  # ASCII: characters are bytes
            lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
        else:
            lengths = np.fromiter((len(v.encode("utf-8")) for v in items), dtype=np.int64, count=len(items))
        return data, lengths

    def part(self, start, stop, name, key):
        if isinstance(self.values, np.ndarray):  # fixed-width slots as numpy holds them, and each length
            part = self.values[start:stop]
            width = max(part.dtype.itemsize, 1)
            raw = np.ascontiguousarray(part).view(np.uint8).reshape(len(part), part.dtype.itemsize)
            used = raw != 0  # numpy pads with NUL bytes at the end
            lengths = np.where(used.any(axis=1), part.dtype.itemsize - np.argmax(used[:, ::-1], axis=1), 0)
            length_width = _width(0, int(lengths.max()) if lengths.size else 0)
            expression = "CAST(substr(:{0}d, {1} * {2} + 1, {3}) AS TEXT)".format(
                name, key, width, _int_expression(name + "l", length_width, key))
            params = {name + "d": raw.tobytes() if raw.size else b"", name + "l": _digits(lengths, length_width)}
        else:
            data, lengths = self._list_bytes(start, stop)
            expression, params = _cut(data, lengths, name, key, text=True)
        return _null_guard(expression, self.nulls, start, stop, name, key, params), params

    def expand(self, rows, n):
        nulls = _spread_nulls(self.nulls, self.n, rows, n)
        if isinstance(self.values, np.ndarray):
            return Texts(_spread(self.values, rows, n, b""), nulls)
        items = [None] * n
        for row, value in zip(np.asarray(rows).tolist(), self.values):
            items[row] = value
        return Texts(items, nulls)

    def to_list(self):
        if isinstance(self.values, np.ndarray):
            from .ogr_columns import decode_utf8

            items = decode_utf8(self.values.tolist())
        else:
            items = list(self.values)
        if self.nulls is not None:
            for row in np.nonzero(self.nulls)[0].tolist():
                items[row] = None
        return items


class Codes(Column):
    """Text from a few labels: ``codes`` index ``labels`` (-1: NULL). Cheaper than free text."""

    def __init__(self, codes, labels):
        self.codes = np.asarray(codes, dtype=np.int64)
        self.labels = [None if label is None else str(label) for label in labels]
        self.n = self.codes.size
        if self.n and (self.codes.max() >= len(self.labels) or self.codes.min() < -1):
            raise ValueError("codes outside the labels")

    def part(self, start, stop, name, key):
        codes = self.codes[start:stop]
        if len(self.labels) > 9:  # many labels: as free text
            encoded = np.array([label.encode("utf-8") if label is not None else b"" for label in self.labels] + [b""],
                               dtype="S")
            nulls = (codes < 0) | np.isin(codes, [i for i, label in enumerate(self.labels) if label is None])
            return Texts(encoded[codes], nulls).part(0, codes.size, name, key)
        params = {name: (48 + np.where(codes < 0, 9, codes)).astype(np.uint8).tobytes()}
        cases = []
        for index, label in enumerate(self.labels):
            if label is not None and (codes == index).any():
                params["{}_{}".format(name, index)] = label
                cases.append("WHEN x'{:02x}' THEN :{}_{}".format(48 + index, name, index))
        if not cases:
            return "NULL", {}
        return "CASE substr(:{}, {} + 1, 1) {} END".format(name, key, " ".join(cases)), params

    def expand(self, rows, n):
        return Codes(_spread(self.codes, rows, n, -1), self.labels)

    def to_list(self):
        labels = np.empty(len(self.labels) + 1, dtype=object)
        labels[:-1] = self.labels
        labels[-1] = None
        return labels[self.codes].tolist()


class Blobs(Column):
    """Binary values: a uint8 array (rows × bytes, every value the same size) or a sequence of
    bytes; None (or a row in ``nulls``) for NULL. An empty value is NULL too (a GeoPackage
    geometry is never empty bytes)."""

    def __init__(self, values, nulls=None):
        if isinstance(values, np.ndarray) and values.dtype == np.uint8 and values.ndim == 2:
            self.fixed = values
        else:
            self.fixed = None
            self.values = values
        self.n = len(values)
        self.nulls = None if nulls is None or not np.any(nulls) else np.asarray(nulls, dtype=bool)

    def part(self, start, stop, name, key):
        if self.fixed is not None:
            width = self.fixed.shape[1]
            part = self.fixed[start:stop]
            if self.nulls is not None and self.nulls[start:stop].any():
                part = part.copy()
                part[self.nulls[start:stop]] = 0
                expression = "NULLIF(substr(:{0}, {1} * {2} + 1, {2}), zeroblob({2}))".format(name, key, width)
            else:
                expression = "substr(:{0}, {1} * {2} + 1, {2})".format(name, key, width)
            return expression, {name: part.tobytes()}
        items = [b"" if v is None else bytes(v) for v in self.values[start:stop]]
        if self.nulls is not None:
            items = [b"" if null else v for v, null in zip(items, self.nulls[start:stop].tolist())]
        lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
        expression, params = _cut(b"".join(items), lengths, name, key, text=False)
        return "NULLIF({}, x'')".format(expression), params

    def expand(self, rows, n):
        items = [None] * n
        for row, value in zip(np.asarray(rows).tolist(), self.to_list()):
            items[row] = value
        return Blobs(items)

    def to_list(self):
        if self.fixed is not None:
            items = [row.tobytes() for row in self.fixed]
        else:
            items = [None if v is None or len(v) == 0 else bytes(v) for v in self.values]
        if self.nulls is not None:
            for row in np.nonzero(self.nulls)[0].tolist():
                items[row] = None
        return items


def ids(values):
    """Integer ids as a column: a ``Range`` when they run on without a gap (the usual feature ids)."""
    values = np.asarray(values, dtype=np.int64)
    if values.size and values[-1] - values[0] == values.size - 1 and (values.size < 2 or (np.diff(values) == 1).all()):
        return Range(values[0], values.size)
    return Ints(values)


def column(values, nulls=None):
    """The encodable ``Column`` for ``values`` (a Column, numpy array or sequence); raises NotEncodable."""
    if isinstance(values, Column):
        return values
    if isinstance(values, np.ndarray) and values.dtype.kind != "O":
        kind = values.dtype.kind
        if kind in "iub":
            return Ints(values.astype(np.int64), nulls)
        if kind == "f":
            floats = values.astype(np.float64)
            if nulls is not None and np.any(nulls):
                floats = np.where(nulls, np.nan, floats)
            return Decimals(floats)
        if kind == "S":
            return Texts(values, nulls)
        raise NotEncodable("numpy type {}".format(values.dtype))
    items = values.tolist() if isinstance(values, np.ndarray) else list(values)
    if nulls is not None and np.any(nulls):
        items = [None if null else v for v, null in zip(items, np.asarray(nulls, dtype=bool).tolist())]
    kinds = set(map(type, items)) - {type(None)}
    missing = np.fromiter((v is None for v in items), dtype=bool, count=len(items))
    if not kinds:
        return Constant(None, len(items))
    if kinds == {str}:
        return Texts(items)
    if kinds <= {int, bool}:
        return Ints(np.array([0 if v is None else v for v in items], dtype=np.int64), missing)
    if kinds <= {float, int}:
        return Decimals(np.array([np.nan if v is None else v for v in items], dtype=np.float64))
    if kinds == {bytes}:
        return Blobs(items)
    raise NotEncodable("values of types {}".format(", ".join(sorted(k.__name__ for k in kinds))))


def expand(values, rows, n):
    """``values`` (a Column, numpy array or sequence) at ``rows`` of ``n`` rows, NULL elsewhere."""
    rows = np.asarray(rows, dtype=np.int64)
    if rows.size == n and (n == 0 or (rows[0] == 0 and rows[-1] == n - 1)):
        return values  # every row: nothing to move
    if isinstance(values, Column):
        return values.expand(rows, n)
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return _spread(values.astype(np.float64), rows, n, np.nan)
    out = np.full(n, None, dtype=object)
    part = np.empty(len(rows), dtype=object)
    part[:] = values.tolist() if isinstance(values, np.ndarray) else list(values)
    out[rows] = part
    return out


def plain_list(values):
    """Any column as plain Python values (None for NULL; NaN and infinities are NULL too)."""
    if isinstance(values, Column):
        return values.to_list()
    if isinstance(values, np.ndarray):
        if values.dtype.kind == "f":
            out = values.astype(object)
            out[~np.isfinite(values)] = None
            return out.tolist()
        if values.dtype.kind == "S":
            from .ogr_columns import decode_utf8

            return decode_utf8(values.tolist())
        return values.tolist()
    return list(values)


def row_source(connection):
    """(FROM clause over rows 0..n-1 with their number in ``key``, parameter maker)."""
    try:
        connection.execute("SELECT key FROM json_each('[0]')").fetchall()
    except Exception:  # noqa: BLE001 - SQLite without JSON: a recursive counter (slower, same rows)
        return ("(WITH RECURSIVE rows_(key) AS (SELECT 0 UNION ALL SELECT key + 1 FROM rows_ LIMIT :rows_n) "
                "SELECT key FROM rows_)"), lambda n: {"rows_n": int(n)}
    return "json_each(:rows_json)", lambda n: {"rows_json": "[" + "0," * (n - 1) + "0]" if n else "[]"}


def insert_statement(table, targets, columns, start, stop, source):
    """(SQL, parameters) inserting rows start..stop of ``columns`` into ``targets`` of ``table``."""
    from_clause, params_for = source
    params = params_for(stop - start)
    expressions = []
    for index, item in enumerate(columns):
        expression, values = item.part(start, stop, "c{}".format(index), "key")
        expressions.append(expression)
        params.update(values)
    sql = "INSERT INTO {} ({}) SELECT {} FROM {}".format(
        quote(table), ", ".join(quote(t) for t in targets), ", ".join(expressions), from_clause)
    return sql, params


def quote(name):
    return '"{}"'.format(name.replace('"', '""'))
