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


def test_reachability_bench_methods_agree_on_wageningen(tmp_path):
    """One warm run of the core and of the Processing algorithm (GeoPackage to GeoPackage) on the
    real Wageningen network: both run, and give the same distance for every address."""
    import numpy as np

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT, RKSD_BENCH_DATA=str(tmp_path / "data"))
    results = {}
    for method in ("rksd_core", "rksd_processing"):
        out = str(tmp_path / (method + ".json"))
        done = subprocess.run([sys.executable, os.path.join("scripts", "bench_reachability.py"), "--child", method,
                               "wageningen", json.dumps({"repeats": 1}), out], capture_output=True, text=True,
                              env=env, timeout=600, cwd=ROOT)
        assert done.returncode == 0, done.stderr[-3000:]
        with open(out, encoding="utf-8") as handle:
            record = json.load(handle)
        assert len(record["runs"]) == 1 and record["runs"][0] > 0 and record["peak_rss_mib"] > 0
        results[method] = np.load(out + ".npy")
    core, layer = results["rksd_core"], results["rksd_processing"]
    assert core.shape == layer.shape == (20000,)
    assert np.isfinite(core).all()
    assert np.max(np.abs(np.round(core, 1) - layer)) <= 0.051  # the layer stores 0.1 m
