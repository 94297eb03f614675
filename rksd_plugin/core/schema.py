"""A small JSON Schema (draft-07 subset) validator for the catalog.

QGIS installations do not ship ``jsonschema``; the catalog's schema only uses the
keywords below, so the plugin checks a user's catalog itself. The tests prove that it
agrees with ``jsonschema`` on good and broken catalogs.
Supported: type, enum, required, properties, additionalProperties, patternProperties,
items, minItems, maxItems, minProperties, maxProperties, minLength, maxLength, pattern,
minimum, maximum, $ref (local). Numbers must be finite: JSON from outside may carry
``NaN`` or ``Infinity`` (Python's json reads them), which no catalog or package means.
"""
import math
import re

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(document, schema):
    """All problems as ``'path: message'`` strings; an empty list means valid."""
    errors = []
    _check(document, schema, schema, "$", errors)
    return errors


def _resolve(root, ref):
    if not ref.startswith("#/"):
        raise ValueError("only local $ref is supported: {}".format(ref))
    node = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


MAX_ERRORS = 100  # a document broken everywhere is refused just as well with the first hundred


def _check(value, schema, root, path, errors):
    if len(errors) >= MAX_ERRORS:
        return
    if "$ref" in schema:
        _check(value, _resolve(root, schema["$ref"]), root, path, errors)
        return
    kind = schema.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(_TYPES[k](value) for k in kinds):
            if isinstance(value, float) and not math.isfinite(value):
                errors.append("{}: {} is not a finite number".format(path, value))
                return
            errors.append("{}: expected {}, found {}".format(path, " or ".join(kinds), type(value).__name__))
            return
    if "enum" in schema and value not in schema["enum"]:
        errors.append("{}: {!r} is not one of {}".format(path, value, schema["enum"]))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append("{}: text too short".format(path))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append("{}: text longer than {} characters".format(path, schema["maxLength"]))
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append("{}: {!r} does not match {}".format(path, value, schema["pattern"]))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append("{}: {} is below {}".format(path, value, schema["minimum"]))
        if "maximum" in schema and value > schema["maximum"]:
            errors.append("{}: {} is above {}".format(path, value, schema["maximum"]))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append("{}: needs at least {} item(s)".format(path, schema["minItems"]))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append("{}: more than {} items".format(path, schema["maxItems"]))
            return
        if "items" in schema:
            for index, item in enumerate(value):
                _check(item, schema["items"], root, "{}[{}]".format(path, index), errors)
    if isinstance(value, dict):
        _check_object(value, schema, root, path, errors)


def _check_object(value, schema, root, path, errors):
    for key in schema.get("required", []):
        if key not in value:
            errors.append("{}: '{}' is required".format(path, key))
    if len(value) < schema.get("minProperties", 0):
        errors.append("{}: needs at least {} member(s)".format(path, schema["minProperties"]))
    if "maxProperties" in schema and len(value) > schema["maxProperties"]:
        errors.append("{}: more than {} members".format(path, schema["maxProperties"]))
        return
    properties = schema.get("properties", {})
    patterns = schema.get("patternProperties", {})
    additional = schema.get("additionalProperties", True)
    for key, item in value.items():
        child = "{}.{}".format(path, key)
        matched = False
        if key in properties:
            _check(item, properties[key], root, child, errors)
            matched = True
        for pattern, subschema in patterns.items():
            if re.search(pattern, key):
                _check(item, subschema, root, child, errors)
                matched = True
        if matched:
            continue
        if additional is False:
            errors.append("{}: '{}' is not allowed here".format(path, key))
        elif isinstance(additional, dict):
            _check(item, additional, root, child, errors)
