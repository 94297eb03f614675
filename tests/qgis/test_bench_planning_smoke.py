"""`make bench`'s planning script still runs (its small SYNTHETIC case), so it does not rot."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_planning_bench_small_case(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    out = subprocess.run([sys.executable, os.path.join("scripts", "bench_planning.py"), "--size", "small", "--quick",
                          "--out", str(tmp_path)], capture_output=True, text=True, env=env, timeout=900, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    with open(os.path.join(str(tmp_path), "planning.json"), encoding="utf-8") as handle:
        report = json.load(handle)
    runs = report["runs"]
    assert "SYNTHETIC" in report["data"] and report["size"] == "small"
    assert runs["rksd"]["objective"] > 0 and runs["rksd"]["cpu_seconds"] > 0
    # the proven bound never exceeds the heuristic's answer, and the exact optimum is met
    assert runs["rksd_bound"]["bound"] <= runs["rksd"]["objective"] * (1 + 1e-9)
    ladder = runs["exact_ladder"]["instances"]
    assert ladder and all(r["exact_status"] == "optimal" and r["heuristic_gap_to_exact"] <= 0.01 for r in ladder)
    assert runs["qgis_od_greedy"]["extrapolated"] is True and report["ratios"]["qgis_od_greedy_vs_rksd_cpu"] > 0
    assert "qgis_od_greedy_vs_rksd_cpu" in out.stdout
