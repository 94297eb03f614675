"""Processing dialogs say what a parameter is once: QGIS adds "[optional]", the label does not repeat it."""
from qgis.core import QgsProcessingParameterDefinition

from rksd_plugin.compat import PARAMETER_FLAG_ADVANCED  # noqa: F401 - compat names load on every QGIS

OPTIONAL = getattr(getattr(QgsProcessingParameterDefinition, "Flag", QgsProcessingParameterDefinition),
                   "FlagOptional", None)


def test_no_parameter_says_optional_twice(rksd_provider):
    provider = rksd_provider.providerById("rksd")
    checked = 0
    for algorithm in provider.algorithms():
        for parameter in algorithm.parameterDefinitions():
            if parameter.flags() & OPTIONAL:
                assert "optional" not in parameter.description().lower(), (algorithm.name(), parameter.name())
                checked += 1
    assert checked >= 10
