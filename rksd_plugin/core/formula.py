"""A small, safe arithmetic parser for catalog formulas (never ``eval``).

A catalog can come from a file or URL the user chooses, so its formulas are data: they
may only use numbers, the names of known measures, ``+ - * /``, parentheses and the
functions ``min``/``max``. Evaluation propagates missing values: if any operand is
missing, or a denominator is zero, the result is missing - never 0.
"""
import re

from .errors import FormulaError

_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|(.))")
_FUNCTIONS = {"min": min, "max": max}


class Formula:
    """A parsed formula: ``names`` it needs and ``evaluate(values)``."""

    def __init__(self, text, known_names=None):
        self.text = text
        self._tokens = _tokenise(text)
        self._pos = 0
        self.names = set()
        self._tree = self._expression()
        if self._peek() is not None:
            self._fail("unexpected '{}'".format(self._peek()[1]))
        if known_names is not None:
            unknown = sorted(self.names - set(known_names))
            if unknown:
                self._fail("unknown name(s) {}".format(", ".join(unknown)))

    # -- parsing -----------------------------------------------------------------
    def _peek(self):
        return self._tokens[self._pos] if self._pos < len(self._tokens) else None

    def _take(self):
        token = self._peek()
        self._pos += 1
        return token

    def _fail(self, detail):
        raise FormulaError(formula=self.text, detail=detail)

    def _expression(self):
        node = self._term()
        while self._peek() in (("op", "+"), ("op", "-")):
            node = (self._take()[1], node, self._term())
        return node

    def _term(self):
        node = self._factor()
        while self._peek() in (("op", "*"), ("op", "/")):
            node = (self._take()[1], node, self._factor())
        return node

    def _factor(self):
        token = self._take()
        if token is None:
            self._fail("incomplete expression")
        kind, value = token
        if kind == "num":
            return ("num", float(value))
        if (kind, value) == ("op", "-"):
            return ("neg", self._factor())
        if (kind, value) == ("op", "("):
            node = self._expression()
            if self._take() != ("op", ")"):
                self._fail("missing ')'")
            return node
        if kind == "name":
            if self._peek() == ("op", "("):
                if value not in _FUNCTIONS:
                    self._fail("function '{}' is not allowed".format(value))
                self._take()
                args = [self._expression()]
                while self._peek() == ("op", ","):
                    self._take()
                    args.append(self._expression())
                if self._take() != ("op", ")"):
                    self._fail("missing ')'")
                return ("call", value, args)
            self.names.add(value)
            return ("name", value)
        self._fail("unexpected '{}'".format(value))

    # -- evaluation ----------------------------------------------------------------
    def evaluate(self, values):
        """The result for a mapping of name -> number (or None when missing)."""
        return _evaluate(self._tree, values)


def _tokenise(text):
    if not isinstance(text, str) or not text.strip():
        raise FormulaError(formula=text, detail="empty formula")
    tokens = []
    for number, name, other in _TOKEN.findall(text):
        if number:
            tokens.append(("num", number))
        elif name:
            tokens.append(("name", name))
        elif other.strip():
            if other not in "+-*/(),":
                raise FormulaError(formula=text, detail="character '{}' is not allowed".format(other))
            tokens.append(("op", other))
    return tokens


def _evaluate(node, values):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "name":
        value = values.get(node[1])
        return None if value is None else float(value)
    if kind == "neg":
        inner = _evaluate(node[1], values)
        return None if inner is None else -inner
    if kind == "call":
        args = [_evaluate(arg, values) for arg in node[2]]
        if any(a is None for a in args):
            return None
        return _FUNCTIONS[node[1]](args)
    left, right = _evaluate(node[1], values), _evaluate(node[2], values)
    if left is None or right is None:
        return None
    if kind == "+":
        return left + right
    if kind == "-":
        return left - right
    if kind == "*":
        return left * right
    if right == 0:
        return None
    return left / right
