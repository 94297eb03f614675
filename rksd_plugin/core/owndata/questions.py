"""An own indicator as a component of a question's index, with its weight.

The index of a question is the weighted mean of its components' scores (``core.indices``).
An own indicator joins it the same way: its published buurt values are normalised
within the gemeente (there is no national distribution of a gemeente's own figures),
oriented so that higher = more risk, and weighed with the user's weight beside the
stored scores of the CBS components. A buurt whose own value is afgeschermd simply has
one component fewer - never a 0. Nothing else of the index changes.
"""
from .. import indices


def merge_into_question(records, question, weights, normalisation, indicator_id, weight, direction,
                        threshold=0, population_field="inwoners"):
    """Recompute ``question``'s index on buurt ``records`` with ``indicator_id`` added.

    ``weights``: the stored weights of the CBS components (the run's provenance);
    ``threshold``: buurten with fewer inhabitants get no own score, as for the other
    components. Returns the question's summary (weights, basis, buurten with an index)."""
    weight = max(float(weight or 0.0), 0.0)
    land = [r for r in records if r.get("water") != "JA"]
    eligible = [r for r in land if _large_enough(r, threshold, population_field)]
    reference = indices.Reference([r.get(indicator_id) for r in eligible], indices.GEMEENTE)
    gemeente_value = next((r.get(indicator_id + "_gm") for r in records if r.get(indicator_id + "_gm") is not None),
                          None)
    components = [key for key in weights if key != indicator_id]
    all_weights = dict(weights)
    if weight > 0:
        all_weights[indicator_id] = weight
    else:
        all_weights.pop(indicator_id, None)
    with_index = 0
    for record in records:
        score = None
        if record.get("water") != "JA" and _large_enough(record, threshold, population_field):
            score = indices.oriented_score(record.get(indicator_id), direction, normalisation, reference,
                                           gemeente_value)
        record[indicator_id + "_score"] = score
        scores = {key: record.get(key + "_score") for key in components}
        scores = {key: value for key, value in scores.items() if value is not None}
        if weight > 0 and score is not None:
            scores[indicator_id] = score
        record[question.id + "_n"] = len(scores)
        total = sum(all_weights.get(k, 0.0) for k in scores)
        if len(scores) >= question.min_components and total > 0:
            record[question.index_id] = sum(scores[k] * all_weights.get(k, 0.0) for k in scores) / total
            with_index += 1
        else:
            record[question.index_id] = None
    return {
        "weights": all_weights,
        "own_component": indicator_id if weight > 0 else None,
        "own_basis": indices.GEMEENTE,
        "buurten_with_index": with_index,
        "normalisation": normalisation,
    }


def _large_enough(record, threshold, population_field):
    if not threshold:
        return True
    population = record.get(population_field)
    return population is not None and population >= threshold


def question_threshold(catalog, question):
    """The population threshold of a question: the largest of its components' (as ``indices``)."""
    values = [catalog.indicators[c.indicator].min_population for c in question.components
              if c.indicator in catalog.indicators]
    return max(values) if values else 0
