"""The benchmark scripts still run (a quick case each), so `make bench` does not rot."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_script(*arguments):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    return subprocess.run([sys.executable] + list(arguments), capture_output=True, text=True, env=env,
                          timeout=600, cwd=ROOT)


def test_pipeline_bench_maastricht_case():
    out = run_script(os.path.join("scripts", "bench_pipeline.py"), "--child", "maastricht", "-", "rksd")
    assert out.returncode == 0, out.stderr[-3000:]
    record = json.loads([line for line in out.stdout.splitlines() if line.startswith("{")][-1])
    assert record["buurten"] == 44 and record["seconds_total"] > 0 and record["peak_rss_mb"] > 0


def test_load_bench(tmp_path):
    out = run_script(os.path.join("scripts", "bench_load.py"), "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr[-3000:]
    with open(os.path.join(str(tmp_path), "load.json"), encoding="utf-8") as handle:
        report = json.load(handle)
    assert report["rksd_heavy_modules_at_load"] == []
    assert report["ratio_eager_over_rksd"] > 1


def test_series_bench_rksd_case(tmp_path):
    """The series bench's own case runs (from a cache it records first)."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import bench_series

    cache = str(tmp_path / "cache")
    bench_series.prepare_cache(cache)
    out = run_script(os.path.join("scripts", "bench_series.py"), "--child", cache, "rksd")
    assert out.returncode == 0, out.stderr[-3000:]
    record = json.loads([line for line in out.stdout.splitlines() if line.startswith("{")][-1])
    assert record["years"] == 6 and record["rows"] > 0 and record["seconds_total"] > 0
def test_reachability_bench_methods_agree_on_wageningen(tmp_path):
    """One warm run of the core and of the Processing algorithm (GeoPackage to GeoPackage, the files
    given by path and as project layers) on the real Wageningen network: all run, and give the
    same distance for every address."""
    import numpy as np

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT, RKSD_BENCH_DATA=str(tmp_path / "data"))
    results = {}
    for method in ("rksd_core", "rksd_processing", "rksd_processing_project"):
        out = str(tmp_path / (method + ".json"))
        done = subprocess.run([sys.executable, os.path.join("scripts", "bench_reachability.py"), "--child", method,
                               "wageningen", json.dumps({"repeats": 1}), out], capture_output=True, text=True,
                              env=env, timeout=600, cwd=ROOT)
        assert done.returncode == 0, done.stderr[-3000:]
        with open(out, encoding="utf-8") as handle:
            record = json.load(handle)
        assert len(record["runs"]) == 1 and record["runs"][0] > 0 and record["peak_rss_mib"] > 0
        results[method] = np.load(out + ".npy")
    core = results["rksd_core"]
    assert core.shape == (20000,) and np.isfinite(core).all()
    for method in ("rksd_processing", "rksd_processing_project"):
        layer = results[method]
        assert layer.shape == (20000,)
        assert np.max(np.abs(np.round(core, 1) - layer)) <= 0.051, method  # the layer stores 0.1 m
