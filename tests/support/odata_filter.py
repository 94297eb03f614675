"""A small evaluator for the OData v3 ``$filter`` subset CBS clients use (test support).

Supports ``eq``/``ne``, ``startswith(Field,'x')``, ``substringof('x',Field)``, ``and``,
``or``, ``not`` and parentheses - enough to answer like the CBS OData service does for
the filters the plugin (and cbsodata users) send.
"""
import re

_TOKEN = re.compile(r"\s*(?:('(?:[^']|'')*')|(\()|(\))|(,)|([A-Za-z_][A-Za-z0-9_.]*)|(\S))")


class FilterSyntaxError(ValueError):
    pass


def parse(text):
    tokens = []
    for quoted, lpar, rpar, comma, word, other in _TOKEN.findall(text):
        if quoted:
            tokens.append(("str", quoted[1:-1].replace("''", "'")))
        elif lpar:
            tokens.append(("(", lpar))
        elif rpar:
            tokens.append((")", rpar))
        elif comma:
            tokens.append((",", comma))
        elif word:
            tokens.append(("word", word))
        elif other:
            raise FilterSyntaxError("unexpected {!r}".format(other))
    parser = _Parser(tokens)
    tree = parser.expr()
    if parser.pos != len(tokens):
        raise FilterSyntaxError("trailing tokens")
    return tree


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self, kind=None):
        token = self.peek()
        if kind and token[0] != kind:
            raise FilterSyntaxError("expected {} got {}".format(kind, token))
        self.pos += 1
        return token

    def expr(self):
        node = self.conj()
        while self.peek() == ("word", "or"):
            self.take()
            node = ("or", node, self.conj())
        return node

    def conj(self):
        node = self.unary()
        while self.peek() == ("word", "and"):
            self.take()
            node = ("and", node, self.unary())
        return node

    def unary(self):
        if self.peek() == ("word", "not"):
            self.take()
            return ("not", self.unary())
        return self.atom()

    def atom(self):
        kind, value = self.peek()
        if kind == "(":
            self.take()
            node = self.expr()
            self.take(")")
            return node
        if kind == "word" and value in ("startswith", "substringof", "endswith"):
            self.take()
            self.take("(")
            first = self.take()
            self.take(",")
            second = self.take()
            self.take(")")
            if value == "substringof":
                return ("substringof", second[1], first[1])
            return (value, first[1], second[1])
        if kind == "word":
            field = self.take()[1]
            op = self.take("word")[1]
            if op not in ("eq", "ne"):
                raise FilterSyntaxError("operator {} not supported".format(op))
            literal = self.take()
            return (op, field, literal[1])
        raise FilterSyntaxError("unexpected {}".format(value))


def fields_of(tree):
    kind = tree[0]
    if kind in ("or", "and"):
        return fields_of(tree[1]) | fields_of(tree[2])
    if kind == "not":
        return fields_of(tree[1])
    return {tree[1]}


def matches(tree, row):
    kind = tree[0]
    if kind == "or":
        return matches(tree[1], row) or matches(tree[2], row)
    if kind == "and":
        return matches(tree[1], row) and matches(tree[2], row)
    if kind == "not":
        return not matches(tree[1], row)
    value = row.get(tree[1])
    text = "" if value is None else str(value)
    if kind == "eq":
        return text == tree[2]
    if kind == "ne":
        return text != tree[2]
    if kind == "startswith":
        return text.startswith(tree[2])
    if kind == "endswith":
        return text.endswith(tree[2])
    if kind == "substringof":
        return tree[2] in text
    raise FilterSyntaxError(kind)
