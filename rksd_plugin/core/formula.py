"""A small, safe arithmetic parser for catalog formulas (never ``eval``).

A catalog can come from a file or URL the user chooses, so its formulas are data: they
may only use numbers, the names of known measures, ``+ - * /``, parentheses and the
functions ``min``/``max``. Evaluation propagates missing values: if any operand is
missing, or a denominator is zero, the result is missing - never 0.

Parsing and evaluation use explicit stacks, never Python recursion, and a formula is
bounded (``MAX_CHARACTERS``, ``MAX_TOKENS``, ``MAX_DEPTH``): a catalog nested 400 levels
deep or summing 3,000 terms is refused with a clear message when it is loaded, instead of
raising ``RecursionError`` later. The real formulas are under 50 characters.
"""
import re

from .errors import FormulaError

_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|(.))")
_FUNCTIONS = {"min": min, "max": max}
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
MAX_CHARACTERS = 1000
MAX_TOKENS = 200
MAX_DEPTH = 16


class Formula:
    """A parsed formula: ``names`` it needs and ``evaluate(values)``."""

    def __init__(self, text, known_names=None):
        self.text = text
        self.names = set()
        self._program = _compile(text, self.names)
        if known_names is not None:
            unknown = sorted(self.names - set(known_names))
            if unknown:
                raise FormulaError(formula=_short(text), detail="unknown name(s) {}".format(", ".join(unknown)))

    def evaluate(self, values):
        """The result for a mapping of name -> number (or None when missing)."""
        stack = []
        for step in self._program:
            kind = step[0]
            if kind == "num":
                stack.append(step[1])
            elif kind == "name":
                value = values.get(step[1])
                stack.append(None if value is None else float(value))
            elif kind == "neg":
                value = stack.pop()
                stack.append(None if value is None else -value)
            elif kind == "call":
                count = step[2]
                args = stack[-count:]
                del stack[-count:]
                stack.append(None if any(a is None for a in args) else _FUNCTIONS[step[1]](args))
            else:
                right, left = stack.pop(), stack.pop()
                stack.append(_apply(kind, left, right))
        return stack[0]


def _apply(operator, left, right):
    if left is None or right is None:
        return None
    if operator == "+":
        return left + right
    if operator == "-":
        return left - right
    if operator == "*":
        return left * right
    if right == 0:
        return None
    return left / right


def _short(text):
    """A formula for a message: a long one cut, so the message stays readable."""
    return text if len(text) <= 80 else text[:77] + "..."


def _tokenise(text):
    if not isinstance(text, str) or not text.strip():
        raise FormulaError(formula=text, detail="empty formula")
    if len(text) > MAX_CHARACTERS:
        raise FormulaError(formula=_short(text), detail="longer than {} characters".format(MAX_CHARACTERS))
    tokens = []
    for number, name, other in _TOKEN.findall(text):
        if number:
            tokens.append(("num", number))
        elif name:
            tokens.append(("name", name))
        elif other.strip():
            if other not in "+-*/(),":
                raise FormulaError(formula=_short(text), detail="character '{}' is not allowed".format(other))
            tokens.append(("op", other))
    return tokens


def _compile(text, names):
    """The formula as a postfix program (shunting-yard), checked as it is read.

    ``operators`` holds pending binary operators, ``'neg'``, ``'('`` and function frames
    ``['call', name, argument count]``; ``expect_operand`` says what may come next."""
    tokens = _tokenise(text)

    def fail(detail):
        raise FormulaError(formula=_short(text), detail=detail)

    output, operators = [], []
    expect_operand = True
    depth = 0  # open parentheses, calls and unary minus signs around the current operand
    index = 0
    while index < len(tokens):
        kind, value = tokens[index]
        index += 1
        if expect_operand:
            if kind == "num":
                output.append(("num", float(value)))
                expect_operand = False
            elif kind == "name":
                if index < len(tokens) and tokens[index] == ("op", "("):
                    if value not in _FUNCTIONS:
                        fail("function '{}' is not allowed".format(value))
                    index += 1
                    operators.append(["call", value, 1])
                    depth += 1
                else:
                    names.add(value)
                    output.append(("name", value))
                    expect_operand = False
            elif value == "-":
                operators.append("neg")
                depth += 1
            elif value == "(":
                operators.append("(")
                depth += 1
            else:
                fail("unexpected '{}'".format(value) if value != ")" else "incomplete expression")
            if depth > MAX_DEPTH:
                fail("nested deeper than {} levels".format(MAX_DEPTH))
            continue
        if kind != "op" or value == "(":
            fail("unexpected '{}'".format(value))
        if value in _PRECEDENCE:
            while operators and operators[-1] not in ("(",) and not isinstance(operators[-1], list) and (
                    operators[-1] == "neg" or _PRECEDENCE[operators[-1]] >= _PRECEDENCE[value]):
                depth -= _emit(operators.pop(), output)
            operators.append(value)
            expect_operand = True
        elif value in (")", ","):
            while operators and operators[-1] != "(" and not isinstance(operators[-1], list):
                depth -= _emit(operators.pop(), output)
            if not operators:
                fail("missing '('" if value == ")" else "unexpected ','")
            frame = operators[-1]
            if value == ",":
                if not isinstance(frame, list):
                    fail("unexpected ','")
                frame[2] += 1
                expect_operand = True
                continue
            operators.pop()
            depth -= 1
            if isinstance(frame, list):
                output.append(("call", frame[1], frame[2]))
    if expect_operand:
        fail("incomplete expression")
    if len(tokens) > MAX_TOKENS:  # checked after the depth: a deep formula is told it is deep
        fail("more than {} parts".format(MAX_TOKENS))
    while operators:
        top = operators.pop()
        if top == "(" or isinstance(top, list):
            fail("missing ')'")
        _emit(top, output)
    return output


def _emit(operator, output):
    """Append a pending operator; return how much it counted towards the depth."""
    output.append((operator,))
    return 1 if operator == "neg" else 0
