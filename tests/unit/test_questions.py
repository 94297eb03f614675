"""The six questions on the Maastricht sample, recomputed independently from the raw files.

The expected values here come straight from the sample files (woonikveilig's KWB 2024
and politie figures, the RIVM 50090NED export and its national buurt rows), with a
percentile rank written out as plain counting - not from the plugin's own code paths.
"""
import copy

import pytest

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from tests.support import maastricht

BUURTEN = ["BU09350406", "BU09350000", "BU09350102", "BU09350300"]  # Amby, Binnenstad, Biesland, ...
AGE = {18: "20300", 65: "80200"}
# indicator -> how to compute it from the raw files
RIVM = {
    "gezondheid_matig_slecht_65": (65, "ErvarenGezondheidGoedZeerGoed_4", lambda v: 100 - v),
    "ernstig_beperkt_65": (65, "ErnstigBeperktVanwegeGezondheid_18", None),
    "ernstig_eenzaam_18": (18, "ErnstigZeerErnstigEenzaam_29", None),
    "moeite_rondkomen_18": (18, "MoeiteMetRondkomen_38", None),
    "angst_depressie_18": (18, "HoogRisicoOpAngstOfDepressie_25", None),
    "eenzaam_18": (18, "Eenzaam_28", None),
    "eenzaam_65": (65, "Eenzaam_28", None),
    "emotioneel_eenzaam_18": (18, "EmotioneelEenzaam_30", None),
    "sociaal_eenzaam_18": (18, "SociaalEenzaam_31", None),
    "beperking_bewegen_65": (65, "BeperkingInBewegen_23", None),
    "langdurige_aandoening_65": (65, "EenOfMeerLangdurigeAandoeningen_16", None),
    "mantelzorger_18": (18, "Mantelzorger_32", None),
}


def number(text):
    text = (text or "").strip()
    return None if text in ("", ".") else float(text)


def raw_local(code, demografie, veiligheid):
    """Indicators that are not RIVM's, from woonikveilig's KWB 2024 and police figures."""
    inw, old = demografie["inwoners"], demografie["inwoners65plus"]
    crimes = (veiligheid or {}).get("trend", {}).get("2024")
    return {
        "aandeel_65plus": None if inw in (None, 0) or old is None else old / inw * 100,
        "woz_waarde": demografie["wozWaarde"],
        "inkomen_per_inwoner": demografie["inkomenPerInwoner"],
        "afstand_supermarkt": demografie["afstandSupermarkt"],
        "afstand_huisarts": demografie["afstandHuisarts"],
        "eengezinswoning_pct": demografie["eengezinswoning"],
        "misdrijven_per_1000": None if inw in (None, 0) or crimes is None else crimes / inw * 1000,
    }


@pytest.fixture(scope="module")
def raw():
    data = maastricht.woonikveilig()
    buurten = {b["code"]: b for b in data["buurten"]}
    rivm_local = {(r["WijkenEnBuurten"].strip(), r["Leeftijd"]): r for r in maastricht.rivm_rows()}
    national = maastricht.rivm_national_rows()
    values = {}
    for code, b in buurten.items():
        row = raw_local(code, b["demografie"], b.get("veiligheid"))
        for key, (age, column, transform) in RIVM.items():
            value = number(rivm_local.get((code, AGE[age]), {}).get(column))
            row[key] = transform(value) if (transform and value is not None) else value
        row["inwoners"] = b["demografie"]["inwoners"]
        values[code] = row
    references = {}
    for key, (age, column, transform) in RIVM.items():
        column_values = [number(r[column]) for r in national if r["Leeftijd"] == AGE[age]]
        references[key] = [transform(v) if transform else v for v in column_values if v is not None]
    return values, references


@pytest.fixture(scope="module")
def result():
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    return Pipeline(Transport(cache=package.cache, offline=True), Catalog.load()).run(package.request())


def percentile(value, reference):
    less = sum(1 for v in reference if v < value)
    equal = sum(1 for v in reference if v == value)
    return 100.0 * (less + equal / 2.0) / len(reference)


def expected_question(question, catalog, raw_values, references, result, code):
    available = result.questions[question.id]["component_fields"]
    record = raw_values[code]
    scores = {}
    for key in available:
        indicator = catalog.indicators[key]
        if key in RIVM:
            reference = references[key]
        else:  # within the gemeente: land buurten with a value and enough inhabitants
            reference = [r[key] for r in raw_values.values()
                         if r[key] is not None and (r["inwoners"] or 0) >= indicator.min_population]
        if record[key] is None or (record["inwoners"] or 0) < indicator.min_population:
            continue
        p = percentile(record[key], reference)
        scores[key] = 100 - p if indicator.direction == "lower_is_risk" else p
    index = sum(scores.values()) / len(scores) if len(scores) >= question.min_components else None
    return scores, index


@pytest.mark.parametrize("question_id", ["kwetsbaarheid", "financieel", "eenzaamheid", "langer_thuis",
                                         "zorgvraag", "veiligheid"])
def test_index_and_components_equal_an_independent_computation(question_id, result, raw):
    catalog = Catalog.load()
    question = catalog.question(question_id)
    raw_values, references = raw
    records = {r["code"]: r for r in result.layers["buurten"].records}
    checked = 0
    for code in BUURTEN:
        scores, index = expected_question(question, catalog, raw_values, references, result, code)
        record = records[code]
        for key in result.questions[question_id]["component_fields"]:
            assert record[key] == pytest.approx(raw_values[code][key], abs=1e-9), (code, key)
            assert record[key + "_score"] == pytest.approx(scores.get(key), abs=1e-9), (code, key)
        assert record[question.index_id] == pytest.approx(index, abs=1e-9), code
        assert record[question_id + "_n"] == len(scores)
        checked += index is not None
    assert checked >= 3


def test_rivm_components_are_ranked_nationally_the_rest_within_the_gemeente(result):
    basis = result.questions["kwetsbaarheid"]["basis"]
    assert basis["ernstig_eenzaam_18"] == "nederland"
    assert basis["aandeel_65plus"] == "gemeente"  # the sample holds no national KWB distribution
    assert result.provenance["questions"]["kwetsbaarheid"]["basis"] == basis


def test_small_buurten_are_flagged_not_ranked(result):
    small = [r for r in result.layers["buurten"].records if r["kwetsbaarheid_klein"] == "JA"]
    assert small
    for record in small:
        assert (record["inwoners"] or 0) < 100
        assert record["kwetsbaarheid_index"] is None


def test_worst_quintile_domains_for_question_1(result, raw):
    catalog = Catalog.load()
    raw_values, references = raw
    record = next(r for r in result.layers["buurten"].records if r["code"] == "BU09350000")
    domains, assessable = set(), set()
    for key in result.questions["kwetsbaarheid"]["component_fields"]:
        if key not in RIVM or raw_values["BU09350000"][key] is None:
            continue
        domain = catalog.indicators[key].domain
        assessable.add(domain)
        if percentile(raw_values["BU09350000"][key], references[key]) >= 80:
            domains.add(domain)
    assert record["kwetsbaarheid_domeinen"] == len(domains)
    assert record["kwetsbaarheid_domeinen_n"] == len(assessable) == 4


def test_every_value_comes_with_gemeente_and_nederland(result):
    record = next(r for r in result.layers["buurten"].records if r["code"] == "BU09350406")
    rivm_gm = {(r["WijkenEnBuurten"].strip(), r["Leeftijd"]): r for r in maastricht.rivm_rows()}
    assert record["eenzaam_18_gm"] == pytest.approx(number(rivm_gm[("GM0935", "20300")]["Eenzaam_28"]))
    assert record["eenzaam_18_nl"] == pytest.approx(number(rivm_gm[("NL00", "20300")]["Eenzaam_28"])) \
        if ("NL00", "20300") in rivm_gm else record["eenzaam_18_nl"] == pytest.approx(
            number(rivm_gm[("NL01", "20300")]["Eenzaam_28"]))
    assert record["misdrijven_per_1000_gm"] == pytest.approx(8293 / 125285 * 1000)
    assert record["aandeel_65plus_nl"] is None  # not in the sample: absent, never invented


def test_unavailable_indicators_are_reported_not_filled(result):
    for key in ("eenpersoons_pct", "laag_inkomen_pct", "afstand_apotheek", "woninginbraak_per_1000"):
        assert key in result.unavailable
        assert key not in result.layers["buurten"].records[0]


def test_wijk_only_indicators_never_appear_on_buurten(transport_for):
    """SYNTHETIC Wmo figures (made up for this test only) on a copy of the KWB snapshot."""
    from tests.support.cbs_emulator import CbsEmulator
    from tests.support.loopback import LoopbackServer

    snapshot = maastricht.kwb_2024_snapshot()
    snapshot.rows = copy.deepcopy(snapshot.rows)
    for index, row in enumerate(snapshot.rows):
        row["WmoClientenRelatief_101"] = 50 + index  # synthetic
    hosts = maastricht.emulator_hosts()
    hosts["opendata.cbs.nl"] = CbsEmulator([snapshot])
    available = set(maastricht.SAMPLE_MEASURES) | {"wmo_clienten_rel"}
    with LoopbackServer(hosts) as server:
        result = Pipeline(transport_for(server), Catalog.load()).run(
            maastricht.sample_request(available_measures=available))
    buurt_fields = {f.name for f in result.layers["buurten"].fields}
    wijk_fields = {f.name for f in result.layers["wijken"].fields}
    assert not any(name.startswith("wmo_clienten_rel") for name in buurt_fields)
    assert {"wmo_clienten_rel", "wmo_clienten_rel_gm"} <= wijk_fields
    assert all(r.get("wmo_clienten_rel") is not None for r in result.layers["wijken"].records)
    assert "wmo_clienten_rel" in result.questions["zorgvraag"]["wijk_indicators"]
