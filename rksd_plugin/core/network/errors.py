"""Errors of the network analyses a user can act on (message + hint, translatable)."""
from ..errors import RksdError, QT_TRANSLATE_NOOP


class AnalysisInputError(RksdError):
    """Bad input: the message names the parameter and what is wrong with it."""

    template = QT_TRANSLATE_NOOP("RksdNetwork", "{parameter}: {detail}")


class BadNumberList(AnalysisInputError):
    template = QT_TRANSLATE_NOOP(
        "RksdNetwork", "{parameter}: '{text}' is not a list of positive numbers ({detail})."
    )
    hint = QT_TRANSLATE_NOOP(
        "RksdNetwork", "Give distances in metres separated by ';' or ',', e.g. 500;1000;3000."
    )


class NoFeatures(AnalysisInputError):
    template = QT_TRANSLATE_NOOP("RksdNetwork", "{parameter}: the layer has no usable features{detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdNetwork", "Check the layer, its selection or filter, and that its geometries are not empty."
    )


class NoRoads(AnalysisInputError):
    template = QT_TRANSLATE_NOOP(
        "RksdNetwork", "{parameter}: the road network has no line segments with a length."
    )
