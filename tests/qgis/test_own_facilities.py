"""Own facilities in QGIS: a gemeente's list to points, geocoded through the plugin's transport.

The list is made of real OpenStreetMap facilities of Maastricht (2023) with their real
address tags and quirks; the PDOK Locatieserver is a loopback emulator in the real answer
format (tests/support/locatieserver_emulator.py) whose addresses are those OSM tags. The
analyses then take the result directly.
"""
import json
import math
import os

import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsTask, QgsVectorLayer

from tests.support.locatieserver_emulator import LocatieserverEmulator
from tests.support.loopback import LoopbackServer
from tests.support.network_qgis import RecordingFeedback, rksd_processing, run, values  # noqa: F401 - fixture

FIXTURES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "fixtures", "samples", "osm_maastricht_2023_pois")
OWN = {"supermarket": "Supermarkt", "doctors": "Huisartsenpraktijk", "pharmacy": "Apotheek",
       "community_centre": "Buurthuis", "social_facility": "Wmo-loket", "nursing_home": "Verpleeghuis",
       "clinic": "Polikliniek", "school": "Basisschool"}


def osm_list(path, with_coordinates=False):
    """A gemeente-style CSV of the OSM facilities; returns {name: (lon, lat)} of rows with an address."""
    rows, positions = [], {}
    for name in ("shop_selected.geojson", "amenity_selected.geojson"):
        with open(os.path.join(FIXTURES, name), encoding="utf-8") as handle:
            for feature in json.load(handle)["features"]:
                p = feature["properties"]
                tag = p.get("shop") or p.get("amenity")
                lon, lat = feature["geometry"]["coordinates"]
                rows.append([p.get("name", ""), OWN[tag], p.get("addr:street", ""), p.get("addr:housenumber", ""),
                             p.get("addr:postcode", ""), p.get("addr:city", ""),
                             "{:.7f}".format(lon) if with_coordinates else "",
                             "{:.7f}".format(lat) if with_coordinates else ""])
                if p.get("addr:postcode"):
                    positions[(p.get("name", ""), p.get("addr:postcode"), p.get("addr:housenumber"))] = (lon, lat)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("naam;soort;straat;huisnummer;postcode;plaats;lon;lat\n")
        for row in rows:
            handle.write(";".join(row) + "\n")
    return rows, positions


@pytest.fixture
def locatieserver(monkeypatch, tmp_path):
    """The plugin's transports go to the loopback Locatieserver; the cache is the test's."""
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.gui import settings

    saved = {k: settings.value(k) for k in ("cache_dir", "offline", "retries")}
    settings.set_value("cache_dir", str(tmp_path / "cache"))
    settings.set_value("offline", False)
    settings.set_value("retries", 0)
    emulator = LocatieserverEmulator()
    with LoopbackServer({"api.pdok.nl": emulator}) as server:
        def build(*args, **kwargs):
            kwargs["endpoint_overrides"] = server.overrides()
            return Transport(*args, **kwargs)

        monkeypatch.setattr("rksd_plugin.gui.tasks.Transport", build)
        yield server
    for key, value in saved.items():
        settings.set_value(key, value)


PARAMETERS = {"CATEGORY_FIELD": "soort", "NAME_FIELD": "naam", "POSTCODE_FIELD": "postcode",
              "NUMBER_FIELD": "huisnummer", "STREET_FIELD": "straat", "PLACE_FIELD": "plaats",
              "CATEGORY_MAP": "Polikliniek=zorg", "OUTPUT": "memory:", "UNPLACED": "memory:"}


def test_addresses_are_geocoded_and_every_other_row_says_why(rksd_processing, locatieserver, tmp_path):
    rows, positions = osm_list(str(tmp_path / "voorzieningen.csv"))
    feedback = RecordingFeedback()
    result = run("rksd:eigen_voorzieningen", dict(PARAMETERS, INPUT=str(tmp_path / "voorzieningen.csv")), feedback)
    points, unplaced = result["OUTPUT"], result["UNPLACED"]
    assert points.crs().authid() == "EPSG:28992"
    assert result["PLACED_COUNT"] + result["UNPLACED_COUNT"] == len(rows) == 81
    assert result["PLACED_COUNT"] >= 30
    # each geocoded point lies where OSM has the facility (the emulator's addresses are OSM's)
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    to_wgs84 = QgsCoordinateTransform(points.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    checked = 0
    for feature in points.getFeatures():
        assert feature["plaatsing"] in ("postcode_huisnummer", "adres")
        assert feature["bron"] == "eigen lijst van de gemeente"
        point = to_wgs84.transform(QgsPointXY(feature.geometry().asPoint()))
        close = [pos for (name, _, _), pos in positions.items() if name == feature["naam"]]
        if close:
            assert min(math.hypot(point.x() - lon, point.y() - lat) for lon, lat in close) < 1e-5
            checked += 1
    assert checked >= 25
    reasons = {f["reden_code"]: f for f in unplaced.getFeatures()}
    assert set(reasons) >= {"no_location", "date_number"}
    assert "4-Feb" in reasons["date_number"]["reden"]
    assert any(f["reden_code"] == "no_match" for f in unplaced.getFeatures()), "street + number not in the BAG"
    assert len([m for m in feedback.infos if m.startswith("Row ")]) == result["UNPLACED_COUNT"]
    kinds = set(values(points, "categorie"))
    assert {"supermarkt", "apotheek", "ontmoeting", "onderwijs", "zorg", "welzijn"} <= kinds
    assert all(r["status"] == 200 for r in locatieserver.requests), "only parameters the v3.1 API knows"


def test_a_second_import_asks_the_locatieserver_nothing(rksd_processing, locatieserver, tmp_path):
    osm_list(str(tmp_path / "v.csv"))
    first = run("rksd:eigen_voorzieningen", dict(PARAMETERS, INPUT=str(tmp_path / "v.csv")))
    asked = len(locatieserver.requests)
    assert asked > 20
    second = run("rksd:eigen_voorzieningen", dict(PARAMETERS, INPUT=str(tmp_path / "v.csv")))
    assert len(locatieserver.requests) == asked, "every answer came from the cache"
    assert second["PLACED_COUNT"] == first["PLACED_COUNT"]


def test_offline_without_cache_lists_the_addresses_as_not_placed(rksd_processing, locatieserver, tmp_path):
    osm_list(str(tmp_path / "v.csv"), with_coordinates=False)
    result = run("rksd:eigen_voorzieningen", dict(PARAMETERS, INPUT=str(tmp_path / "v.csv"), OFFLINE=True))
    assert locatieserver.requests == []
    assert result["PLACED_COUNT"] == 0
    assert "offline" in set(values(result["UNPLACED"], "reden_code"))


def test_the_analyses_take_own_facilities_directly(rksd_processing, locatieserver, tmp_path):
    from tests.support.network_fixtures import maastricht_buurten

    osm_list(str(tmp_path / "v.csv"), with_coordinates=True)
    parameters = dict(PARAMETERS, INPUT=str(tmp_path / "v.csv"), X_FIELD="lon", Y_FIELD="lat", COORDINATE_CRS=1)
    points = run("rksd:eigen_voorzieningen", parameters)["OUTPUT"]
    assert points.featureCount() == 81 and set(values(points, "plaatsing")) == {"coordinaten"}
    buurten = maastricht_buurten()
    reach = run("rksd:bereikbaarheid", {"ORIGINS": buurten, "FACILITIES": points, "CATEGORY_FIELD": "categorie",
                                         "OUTPUT": "memory:"})["OUTPUT"]
    names = reach.fields().names()
    assert "gem_afstand_supermarkt_m" in names and "gem_afstand_apotheek_m" in names
    assert all(v is not None and v >= 0 for v in values(reach, "gem_afstand_apotheek_m"))
    thuis = run("rksd:langer_thuis", {"AREAS": buurten, "FACILITIES": points, "CATEGORY_FIELD": "categorie",
                                       "OUTPUT": "memory:"})["OUTPUT"]
    assert any(v is not None for v in values(thuis, "score"))


def test_the_task_writes_a_styled_geopackage_with_progress(locatieserver, tmp_path, catalog):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    from rksd_plugin.core.owndata.facilities import FacilitySpec
    from rksd_plugin.gui.own_data_tasks import OwnFacilitiesTask
    from rksd_plugin.qgis_io.own_facilities_io import open_facilities, open_unplaced

    osm_list(str(tmp_path / "v.csv"))
    spec = FacilitySpec(category_field="soort", name_field="naam", postcode_field="postcode",
                        number_field="huisnummer", street_field="straat", place_field="plaats")
    output = str(tmp_path / "out" / "eigen.gpkg")
    task = OwnFacilitiesTask({"source": str(tmp_path / "v.csv"), "spec": spec, "output": output}, catalog, "nl")
    progress = []
    task.progressChanged.connect(progress.append)
    assert "v.csv" not in task.description()
    QgsApplication.taskManager().addTask(task)
    import time

    deadline = time.time() + 60
    while task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated) and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert task.status() == QgsTask.TaskStatus.Complete, task.error
    assert len(set(progress)) > 5
    layer = open_facilities(output)
    assert layer.featureCount() == len(task.result.placed) > 0
    assert layer.renderer().type() == "categorizedSymbol", "the stored style per kind"
    assert open_unplaced(output).featureCount() == len(task.result.unplaced)
    assert sorted(f for f in os.listdir(os.path.dirname(output)) if not f.startswith("eigen")) == []


def test_a_list_without_a_way_to_place_is_refused(rksd_processing, tmp_path):
    (tmp_path / "v.csv").write_text("naam;soort\nA;Buurthuis\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        run("rksd:eigen_voorzieningen", {"INPUT": str(tmp_path / "v.csv"), "CATEGORY_FIELD": "soort",
                                          "OUTPUT": "memory:"})
    assert "coordinate" in str(error.value) or "place" in str(error.value)


def test_a_point_layer_is_placed_by_its_own_geometry(rksd_processing, catalog):
    from rksd_plugin.core import paths

    layer = QgsVectorLayer(paths.resource("sample", "maastricht_osm", "maastricht_voorzieningen.geojson"), "v", "ogr")
    result = run("rksd:eigen_voorzieningen", {"INPUT": layer, "CATEGORY_FIELD": "categorie", "NAME_FIELD": "naam",
                                               "OUTPUT": "memory:"})
    assert result["PLACED_COUNT"] == layer.featureCount() and result["UNPLACED_COUNT"] == 0
    assert set(values(result["OUTPUT"], "plaatsing")) == {"geometrie"}
    assert set(values(result["OUTPUT"], "categorie")) == {"supermarkt", "huisarts", "apotheek", "ontmoeting",
                                                          "ov_halte"}
