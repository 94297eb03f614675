"""The bundled Maastricht sample: a cache of responses in the real formats, no invented values."""
import json
import os

from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from tests.support import maastricht


def package():
    return OfflinePackage.open(resource("sample", "maastricht_2024"))


def bodies_by_path():
    result = {}
    for entry in package().cache.entries():
        response = package().cache.get(entry["url"])
        result[entry["url"]] = json.loads(response.body)
    return result


def test_manifest_and_public_urls():
    pkg = package()
    assert pkg.gemeente == "GM0935" and pkg.year == 2024
    assert pkg.available_measures == set(maastricht.SAMPLE_MEASURES)
    urls = list(bodies_by_path())
    hosts = ("https://opendata.cbs.nl/", "https://dataderden.cbs.nl/", "https://api.pdok.nl/")
    assert urls and all(u.startswith(hosts) for u in urls)


def test_metadata_responses_are_the_real_cbs_files():
    bodies = bodies_by_path()
    props = next(b for u, b in bodies.items() if u.endswith("85984NED/DataProperties?$format=json"))
    infos = next(b for u, b in bodies.items() if u.endswith("85984NED/TableInfos?$format=json"))
    assert props["value"] == maastricht.load_json("kwb_2024_85984NED", "DataProperties.json")
    assert infos["value"] == maastricht.load_json("kwb_2024_85984NED", "TableInfos.json")
    assert props["odata.metadata"].startswith("https://opendata.cbs.nl/ODataFeed/odata/85984NED/$metadata")


def test_typed_dataset_values_are_exactly_the_sample_values():
    bodies = bodies_by_path()
    typed = next(b for u, b in bodies.items() if "85984NED/TypedDataSet" in u)["value"]
    areas = {code: demografie for code, _, _, demografie in maastricht.woonikveilig_areas()}
    assert len(typed) == len(areas) == 52
    for row in typed:
        code = row["WijkenEnBuurten"]
        assert len(code) == 10  # padded as CBS sends it
        demografie = areas[code.strip()]
        for field, key in maastricht.WOONIKVEILIG_TO_KWB.items():
            assert row[key] == demografie[field], (code, key)
    assert not any(r["WijkenEnBuurten"].startswith("NL") for r in typed)  # not in the samples: absent


def test_pdok_responses_are_feature_collections_in_rd():
    bodies = bodies_by_path()
    pdok = {u: b for u, b in bodies.items() if u.startswith("https://api.pdok.nl") and "/items?" in u}
    assert len(pdok) == 3
    queryables = {u: b for u, b in bodies.items() if u.startswith("https://api.pdok.nl") and "/queryables?" in u}
    assert len(queryables) == 3  # how the client learnt that gemeentecode is a filter of each collection
    assert all(b["additionalProperties"] is False and "gemeentecode" in b["properties"] for b in queryables.values())
    for url, body in pdok.items():
        assert body["type"] == "FeatureCollection" and body["numberReturned"] == len(body["features"])
        assert "crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F28992" in url
    buurten = next(b for u, b in pdok.items() if "/buurten/" in u)
    codes = sorted(f["properties"]["buurtcode"] for f in buurten["features"])
    assert codes == sorted(b["code"] for b in maastricht.woonikveilig()["buurten"])


def test_an_offline_run_from_the_package_needs_nothing_else(catalog):
    pkg = package()
    transport = Transport(cache=pkg.cache, offline=True)
    result = Pipeline(transport, catalog).run(pkg.request())
    assert result.summary["layers"]["buurten"]["features"] == 44
    assert all(e["from_cache"] for e in transport.exchanges)


def test_rebuilding_the_sample_gives_the_same_cbs_answers(tmp_path):
    from scripts.build_sample import build

    build(str(tmp_path / "rebuilt"))
    rebuilt = OfflinePackage.open(str(tmp_path / "rebuilt"))
    shipped = package()
    assert {e["url"] for e in rebuilt.cache.entries()} == {e["url"] for e in shipped.cache.entries()}
    for entry in shipped.cache.entries():
        if "opendata.cbs.nl" in entry["url"]:
            assert rebuilt.cache.get(entry["url"]).body == shipped.cache.get(entry["url"]).body
    assert os.path.exists(os.path.join(str(tmp_path / "rebuilt"), "manifest.json"))
