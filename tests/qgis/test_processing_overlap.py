"""rksd:bereikbaarheid opens its output while the computation runs in a second thread.

What that must not change: an error in the computation leaves no half-made output behind (a
GeoPackage the run created is removed, an existing one is not touched at all), and the
helpers hand results, errors and progress back to the algorithm's own thread. The points and
roads are SYNTHETIC (a town grid).
"""
import threading

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.support.network_qgis import (  # noqa: F401 - fixture
    RecordingFeedback, numbered_points, rksd_processing, run, town_roads)
from tests.support.network_synthetic import points_along, town_grid


def synthetic_inputs(tmp_path):
    """A SYNTHETIC town grid with 12,000 address points (enough for the second thread) as GeoPackages."""
    from tests.qgis.test_processing_columnar import save

    coords, starts = town_grid(3000, seed=5)

    def points(count, seed, name):
        return numbered_points(points_along(coords, starts, count, seed=seed).tolist(), name, field="id")

    return {
        "NETWORK": save(town_roads(coords, starts), str(tmp_path / "synthetic_roads.gpkg"), "GPKG"),
        "FACILITIES": save(points(40, 6, "synthetic facilities"), str(tmp_path / "synthetic_facilities.gpkg"), "GPKG"),
        "ORIGINS": save(points(12000, 7, "synthetic addresses"), str(tmp_path / "synthetic_addresses.gpkg"), "GPKG"),
    }


def failing_core(monkeypatch):
    from rksd_plugin.core.errors import RksdError
    from rksd_plugin.core.network import reachability

    def fail(*args, **kwargs):
        raise RksdError("synthetic failure of the computation")

    monkeypatch.setattr(reachability, "analyse", fail)


def test_a_failed_computation_leaves_no_new_output_file(rksd_processing, tmp_path, monkeypatch):
    inputs = synthetic_inputs(tmp_path)
    reference = run("rksd:bereikbaarheid", dict(inputs, OUTPUT=str(tmp_path / "good.gpkg")))
    assert QgsVectorLayer(reference["OUTPUT"], "good", "ogr").featureCount() == 12000
    failing_core(monkeypatch)
    target = tmp_path / "new.gpkg"
    with pytest.raises(QgsProcessingException) as caught:
        run("rksd:bereikbaarheid", dict(inputs, OUTPUT=str(target)))
    assert "synthetic failure" in str(caught.value)
    assert not target.exists()  # QGIS had created it beside the computation; removed again


def test_cancelling_during_the_computation_leaves_no_output_to_load(rksd_processing, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    from rksd_plugin.core.errors import Cancelled
    from rksd_plugin.core.network import reachability

    inputs = synthetic_inputs(tmp_path)
    feedback = RecordingFeedback()

    def cancelled_meanwhile(*args, **kwargs):  # the user presses Cancel while the distances are computed
        feedback.cancel()
        raise Cancelled()

    def to_load(name):  # as the dialog asks for it with "Open output file after running algorithm"
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        output = QgsProcessingOutputLayerDefinition(str(tmp_path / name), QgsProject.instance())
        return context, output

    context, output = to_load("done.gpkg")
    run("rksd:bereikbaarheid", dict(inputs, OUTPUT=output), RecordingFeedback(), context)
    assert [key for key in context.layersToLoadOnCompletion() if "done.gpkg" in key]  # loaded when it ends
    monkeypatch.setattr(reachability, "analyse", cancelled_meanwhile)
    context, output = to_load("cancelled.gpkg")
    result = run("rksd:bereikbaarheid", dict(inputs, OUTPUT=output), feedback, context)
    assert "OUTPUT" not in result and not (tmp_path / "cancelled.gpkg").exists()
    assert not [key for key in context.layersToLoadOnCompletion() if "cancelled.gpkg" in key]


def test_a_failed_computation_leaves_an_existing_geopackage_untouched(rksd_processing, tmp_path, monkeypatch):
    inputs = synthetic_inputs(tmp_path)
    target = tmp_path / "existing.gpkg"
    run("rksd:bereikbaarheid", dict(inputs, OUTPUT=str(target)))
    before = target.read_bytes()
    failing_core(monkeypatch)
    with pytest.raises(QgsProcessingException):
        run("rksd:bereikbaarheid", dict(inputs, OUTPUT=str(target)))
    assert target.read_bytes() == before  # never opened for writing: the result was not there


def test_results_and_progress_come_back_to_the_algorithm_thread(rksd_processing, tmp_path):
    inputs = synthetic_inputs(tmp_path)
    feedback = RecordingFeedback()
    beside = run("rksd:bereikbaarheid", dict(inputs, OUTPUT=str(tmp_path / "beside.gpkg")), feedback)
    assert feedback.values == sorted(feedback.values) and feedback.values[-1] == 100
    assert 75 in feedback.values  # the computation's last step, passed on by the algorithm's thread
    existing = tmp_path / "existing.gpkg"  # an existing file: computed first, then written (no thread)
    existing.write_bytes((tmp_path / "beside.gpkg").read_bytes())
    in_line = run("rksd:bereikbaarheid", dict(inputs, OUTPUT=str(existing)))

    def rows(path):
        from rksd_plugin.qgis_io import ogr_columns

        columns = ogr_columns.read(path, fields=["id", "afstand_m", "status"], geometry=False)
        order = np.argsort(columns.values["id"])
        return columns.values["id"][order], columns.as_float("afstand_m")[order], columns.as_list("status")

    a, b = rows(beside["OUTPUT"]), rows(in_line["OUTPUT"])
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1], equal_nan=True)
    assert np.isfinite(a[1]).sum() > 11000
    with __import__("sqlite3").connect(beside["OUTPUT"].split("|")[0]) as connection:
        table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        assert connection.execute("SELECT rtreecheck('rtree_{}_geom')".format(table)).fetchone()[0] == "ok"
        assert connection.execute("SELECT COUNT(*) FROM rtree_{}_geom".format(table)).fetchone()[0] == 12000


def test_compute_beside_hands_back_results_and_errors(rksd_processing):
    from rksd_plugin.processing.alg_base import Ahead, compute_beside

    threads = []
    result, here = compute_beside(lambda: threads.append(threading.get_ident()) or 41 + 1, lambda: "opened")
    assert (result, here) == (42, "opened") and threads[0] != threading.get_ident()
    undone = []
    with pytest.raises(ZeroDivisionError):
        compute_beside(lambda: 1 / 0, lambda: "opened", undo=undone.append)
    assert undone == ["opened"]
    finished = []

    def slow():
        threading.Event().wait(0.2)
        finished.append(True)

    with pytest.raises(KeyError):
        compute_beside(slow, lambda: {}["missing"])
    assert finished == [True]  # the computation had ended before the error was raised
    assert Ahead(sum, [1, 2, 3]).result() == 6
    with pytest.raises(ValueError):
        Ahead(int, "not a number").result()


def test_progress_of_the_second_thread_reaches_the_feedback_from_this_one(rksd_processing):
    from rksd_plugin.processing.alg_base import FeedbackBridge, ProgressRelay, compute_beside

    feedback = RecordingFeedback()
    seen_in = set()
    feedback.progressChanged.connect(lambda value: seen_in.add(threading.get_ident()))
    relay = ProgressRelay(FeedbackBridge(feedback).span(10, 90))

    def compute():
        for fraction in (0.25, 0.5, 0.75):
            relay.progress(fraction)
            threading.Event().wait(0.12)  # longer than the relay's polling interval
        return "done"

    assert compute_beside(compute, lambda: None, relay)[0] == "done"
    assert feedback.values == [30.0, 50.0, 70.0]
    assert seen_in == {threading.get_ident()}
