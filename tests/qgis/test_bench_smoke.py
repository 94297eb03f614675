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
