#!/usr/bin/env python3
"""Run the README's commands on every supported QGIS, each in a throw-away Debian chroot.

Debian packages one QGIS per release: 3.22 in Debian 12 (bookworm), 3.40 in Debian 13
(trixie) and 3.44 in sid. The host runs its own QGIS directly; every other supported
version runs in a chroot built from nothing with ``debootstrap --variant=minbase``, into
which a copy of this working tree (tracked and new, not ignored files) is put and where
``make demo`` and ``make test`` install what they need, exactly as on a fresh machine.

Chroots are kept under ``.matrix/`` (git-ignored) for quick local reruns; mounts live
in a private mount namespace (``unshare``), so nothing stays mounted after a run and a
crashed run cannot leave ``/dev`` bind-mounted inside the project folder.

usage:
  scripts/matrix.py                    every supported version (host included) -> one line each
  scripts/matrix.py --host reuse       the host line from the last ``make test`` (CI runs it first)
  scripts/matrix.py --suites trixie    only these suites
  scripts/matrix.py run SUITE -- CMD   run CMD in this tree's copy inside SUITE (for development)
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MATRIX = os.environ.get("RKSD_MATRIX_DIR") or os.path.join(ROOT, ".matrix")  # shared by worktrees
RESULTS = os.path.join(ROOT, "out", "test-results")
SUITES = {  # Debian suite -> the QGIS line it ships (what the README promises)
    "bookworm": "3.22",
    "trixie": "3.40",
    "sid": "3.44",
}
DEFAULT_MIRROR = "http://deb.debian.org/debian"
RUN_LIMIT_SECONDS = int(os.environ.get("RKSD_MATRIX_LIMIT", 40 * 60))
APT_CONF = (
    # a mirror snapshot serves Release files whose Valid-Until has passed (sid's expire in a week)
    'Acquire::Check-Valid-Until "false";\n'
    'Acquire::Check-Date "false";\n'
    'APT::Install-Recommends "false";\n'
    'Acquire::Retries "3";\n'
)
VERSIONS_PY = (
    "import json, sys\n"
    "from osgeo import gdal\n"
    "from qgis.core import Qgis\n"
    "print(json.dumps({'qgis': Qgis.version().split('-')[0], 'gdal': gdal.__version__,"
    " 'python': sys.version.split()[0]}))\n"
)


def log(message):
    print("[matrix] " + message, file=sys.stderr, flush=True)


def host_suite():
    """The host's Debian suite, if it is one of the supported ones."""
    try:
        with open("/etc/os-release", encoding="utf-8") as handle:
            fields = dict(line.rstrip("\n").split("=", 1) for line in handle if "=" in line)
    except OSError:
        return None
    codename = fields.get("VERSION_CODENAME", "").strip('"')
    if codename in SUITES:
        return codename
    if "sid" in fields.get("PRETTY_NAME", ""):
        return "sid"
    return None


def host_mirror():
    """The Debian mirror the host's apt uses (a gemeente or CI mirror), else deb.debian.org."""
    candidates = []
    for folder, names in (("/etc/apt", ["sources.list"]), ("/etc/apt/sources.list.d", None)):
        if not os.path.isdir(folder):
            continue
        for name in names or sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            try:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
            except OSError:
                continue
            candidates += re.findall(r"^URIs:\s*(\S+/debian)/?\s*$", text, re.M)
            candidates += re.findall(r"^deb\s+(?:\[[^\]]*\]\s+)?(\S+/debian)/?\s+\S+", text, re.M)
    return os.environ.get("RKSD_MATRIX_MIRROR") or (candidates[0] if candidates else DEFAULT_MIRROR)


def sh(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def ensure_tools():
    missing = [tool for tool in ("debootstrap", "unshare", "tar") if shutil.which(tool) is None]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit("the matrix needs root and these tools: " + " ".join(missing))
    log("installing debootstrap")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    sh(["apt-get", "update", "-qq"], env=env)
    sh(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "debootstrap"], env=env,
       stdout=subprocess.DEVNULL)


def chroot_path(suite):
    return os.path.join(MATRIX, suite)


def ensure_chroot(suite):
    """A minbase chroot of ``suite`` that trusts the host's CAs and reaches its mirror."""
    root = chroot_path(suite)
    ready = os.path.join(root, ".rksd-ready")
    if os.path.exists(ready):
        refresh_host_files(root)
        return root
    if os.path.isdir(root):
        log("{}: removing an unfinished chroot".format(suite))
        remove_chroot(root)
    os.makedirs(MATRIX, exist_ok=True)
    mirror = host_mirror()
    log("{}: debootstrap --variant=minbase from {}".format(suite, mirror))
    started = time.time()
    sh(["debootstrap", "--variant=minbase", "--include=ca-certificates,make", suite, root, mirror],
       stdout=subprocess.DEVNULL)
    with open(os.path.join(root, "etc/apt/apt.conf.d/99rksd-matrix"), "w", encoding="utf-8") as handle:
        handle.write(APT_CONF)
    refresh_host_files(root)
    log("{}: chroot ready in {:.0f} s".format(suite, time.time() - started))
    with open(ready, "w", encoding="utf-8") as handle:
        handle.write(mirror + "\n")
    return root


def refresh_host_files(root):
    """DNS and the CAs of the host: HTTPS to PyPI goes through a TLS-inspecting proxy here,
    as it does on a gemeente laptop behind its firewall."""
    shutil.copyfile("/etc/resolv.conf", os.path.join(root, "etc/resolv.conf"))
    source = "/usr/local/share/ca-certificates"
    target = os.path.join(root, "usr/local/share/ca-certificates")
    os.makedirs(target, exist_ok=True)
    if os.path.isdir(source):
        for name in os.listdir(source):
            if name.endswith(".crt"):
                shutil.copyfile(os.path.join(source, name), os.path.join(target, name))
    in_chroot(root, "update-ca-certificates >/dev/null 2>&1 || true", timeout=300)


def remove_chroot(root):
    # never rm -rf a tree that may hold bind mounts
    with open("/proc/mounts", encoding="utf-8") as handle:
        if any(line.split()[1].startswith(os.path.realpath(root) + "/") for line in handle):
            sys.exit("{} still has mounts; unmount them first".format(root))
    shutil.rmtree(root)


def in_chroot(root, command, timeout=None, stdout=None, stderr=None, env=None):
    """Run a shell command in ``root`` with /proc, /sys and /dev, in a private mount namespace."""
    mounts = " && ".join(
        "mount --bind /{0} {1}/{0}".format(m, shlex.quote(root)) for m in ("proc", "sys", "dev", "dev/pts")
    )
    inner = "chroot {} /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 {} " \
            "/bin/bash -c {}".format(shlex.quote(root), " ".join(
                "{}={}".format(k, shlex.quote(v)) for k, v in (env or {}).items()), shlex.quote(command))
    return subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "/bin/bash", "-c", mounts + " && " + inner],
        timeout=timeout, stdout=stdout, stderr=stderr,
    )


def tree_files():
    listing = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True, stdout=subprocess.PIPE
    ).stdout
    return [f for f in listing.decode("utf-8").split("\0") if f and os.path.lexists(os.path.join(ROOT, f))]


def copy_tree(root, name):
    """This working tree into ``/rksd/<name>`` of the chroot (its .venv kept for reruns)."""
    target = os.path.join(root, "rksd", name)
    os.makedirs(target, exist_ok=True)
    for entry in os.listdir(target):
        if entry not in (".venv", ".venv-qt6", ".venv-inputs"):
            path = os.path.join(target, entry)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.unlink(path)
    _drop_stale_venv(target)
    files = "\0".join(tree_files()).encode("utf-8")
    pack = subprocess.Popen(["tar", "--null", "-T", "-", "-cf", "-"], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    unpack = subprocess.Popen(["tar", "-xf", "-"], cwd=target, stdin=pack.stdout)
    pack.stdout.close()
    pack.stdin.write(files)
    pack.stdin.close()
    if pack.wait() or unpack.wait():
        sys.exit("copying the tree into {} failed".format(target))
    return "/rksd/" + name


VENV_INPUTS = ("requirements-dev.txt", "requirements-qt6.txt", "scripts/ensure_system.sh", "scripts/pytest_qgis_pin.py")


def _drop_stale_venv(target):
    """A copy keeps its venvs between runs only while what they were built from is unchanged
    (make compares file times, which a copy of another tree does not keep in order)."""
    import hashlib

    digest = hashlib.sha256()
    for name in VENV_INPUTS:
        path = os.path.join(ROOT, name)
        if os.path.exists(path):
            with open(path, "rb") as handle:
                digest.update(name.encode("utf-8") + b"\0" + handle.read())
    stamp = os.path.join(target, ".venv-inputs")
    try:
        with open(stamp, encoding="utf-8") as handle:
            same = handle.read().strip() == digest.hexdigest()
    except OSError:
        same = False
    if not same:
        for venv in (".venv", ".venv-qt6"):
            shutil.rmtree(os.path.join(target, venv), ignore_errors=True)
        with open(stamp, "w", encoding="utf-8") as handle:
            handle.write(digest.hexdigest() + "\n")


def copy_name():
    """One copy per working tree, so two worktrees can use one chroot at once."""
    import hashlib

    return "src-" + hashlib.sha1(ROOT.encode("utf-8")).hexdigest()[:8]


def junit_counts(path):
    """``{'passed', 'failed', 'errors', 'skipped'}`` from a pytest JUnit XML file."""
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    try:
        tree = ET.parse(path)
    except (OSError, ET.ParseError):
        return None
    for suite in tree.iter("testsuite"):
        tests = int(suite.get("tests", 0))
        failed, errors, skipped = (int(suite.get(k, 0)) for k in ("failures", "errors", "skipped"))
        counts["failed"] += failed
        counts["errors"] += errors
        counts["skipped"] += skipped
        counts["passed"] += tests - failed - errors - skipped
    return counts


def summary_line(result):
    tests = result.get("tests") or {}
    if tests:
        test_text = "tests {passed} passed, {failed} failed, {errors} errors, {skipped} skipped".format(**tests)
    else:
        test_text = "tests did not run"
    ok = result.get("ok")
    return "{mark} QGIS {qgis:<8} GDAL {gdal:<7} Python {python:<7} {suite:<8} | {tests} | demo {demo} | {seconds:>4.0f} s".format(
        mark="PASS" if ok else "FAIL",
        qgis=result.get("qgis", "?"),
        gdal=result.get("gdal", "?"),
        python=result.get("python", "?"),
        suite=result["suite"],
        tests=test_text,
        demo="ok" if result.get("demo_ok") else "FAILED",
        seconds=result.get("seconds", 0),
    )


def collect(result, results_dir):
    merged = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    found = False
    for name in ("unit.xml", "qgis.xml"):
        counts = junit_counts(os.path.join(results_dir, name))
        if counts is None:
            continue
        found = True
        for key in merged:
            merged[key] += counts[key]
    result["tests"] = merged if found else None
    try:
        with open(os.path.join(results_dir, "versions.json"), encoding="utf-8") as handle:
            result.update(json.load(handle))
    except (OSError, ValueError):
        pass
    tests = result["tests"]
    result["ok"] = bool(
        result.get("test_rc") == 0 and result.get("demo_ok") and tests
        and tests["failed"] == 0 and tests["errors"] == 0 and tests["skipped"] == 0 and tests["passed"] > 0
    )
    return result


def run_suite(suite, logs):
    started = time.time()
    result = {"suite": suite, "expected_qgis": SUITES[suite]}
    root = ensure_chroot(suite)
    workdir = copy_tree(root, copy_name())
    log_path = os.path.join(logs, suite + ".log")
    script = (
        "cd {w} && rm -rf out/test-results && "
        "make demo; echo \"demo_rc=$?\" > /tmp/rksd-demo-rc; "
        "make test; echo \"test_rc=$?\" > /tmp/rksd-test-rc; "
        ".venv/bin/python -c {v} > out/test-results/versions.json 2>/dev/null || true"
    ).format(w=shlex.quote(workdir), v=shlex.quote(VERSIONS_PY))
    log("{}: make demo && make test (log: {})".format(suite, os.path.relpath(log_path, ROOT)))
    with open(log_path, "w", encoding="utf-8") as out:
        try:
            in_chroot(root, script, timeout=RUN_LIMIT_SECONDS, stdout=out, stderr=subprocess.STDOUT)
        except subprocess.TimeoutExpired:
            out.write("\n[matrix] stopped after {} s\n".format(RUN_LIMIT_SECONDS))
    for name in ("demo", "test"):
        try:
            with open(os.path.join(root, "tmp", "rksd-{}-rc".format(name)), encoding="utf-8") as handle:
                result[name + "_rc"] = int(handle.read().strip().split("=")[1])
        except (OSError, ValueError, IndexError):
            result[name + "_rc"] = None
    result["demo_ok"] = result.get("demo_rc") == 0
    result["seconds"] = time.time() - started
    return collect(result, os.path.join(root, workdir.lstrip("/"), "out", "test-results"))


def run_host(mode, logs):
    suite = host_suite() or "host"
    result = {"suite": suite, "expected_qgis": SUITES.get(suite, "?")}
    results_dir = RESULTS
    started = time.time()
    if mode == "run":
        log_path = os.path.join(logs, "host.log")
        log("host ({}): make demo && make test (log: {})".format(suite, os.path.relpath(log_path, ROOT)))
        with open(log_path, "w", encoding="utf-8") as out:
            result["demo_rc"] = subprocess.run(["make", "demo"], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode
            result["test_rc"] = subprocess.run(["make", "test"], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode
    else:  # reuse: make test just ran on this tree (CI); the demo runs here
        with open(os.path.join(logs, "host.log"), "w", encoding="utf-8") as out:
            result["demo_rc"] = subprocess.run(["make", "demo"], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode
        result["test_rc"] = 0 if os.path.exists(os.path.join(results_dir, "qgis.xml")) else None
    result["demo_ok"] = result["demo_rc"] == 0
    python = os.path.join(ROOT, ".venv", "bin", "python")
    versions = subprocess.run([python, "-c", VERSIONS_PY], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if versions.returncode == 0:
        with open(os.path.join(results_dir, "versions.json"), "wb") as handle:
            handle.write(versions.stdout)
    result["seconds"] = time.time() - started
    return collect(result, results_dir)


def shell_text(words):
    """One word is shell text as typed ("make venv && make test"); several are quoted each
    (``bash -c 'a; b'`` stays two words and a script)."""
    return words[0] if len(words) == 1 else " ".join(shlex.quote(word) for word in words)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suites", nargs="*", default=None, help="Debian suites to run (default: all but the host's)")
    parser.add_argument("--host", choices=("run", "reuse", "skip"), default="run",
                        help="the host's own QGIS: run the commands, reuse the last make test, or skip")
    argv = list(sys.argv[1:] if argv is None else argv)
    if os.geteuid() != 0:
        sys.exit("the matrix builds chroots and needs root")
    if argv[:1] == ["run"]:
        if len(argv) < 3 or argv[1] not in SUITES:
            sys.exit("usage: matrix.py run SUITE [--] CMD ...  (suites: {})".format(", ".join(SUITES)))
        command = shell_text(argv[3:] if argv[2] == "--" else argv[2:])
        ensure_tools()
        root = ensure_chroot(argv[1])
        workdir = copy_tree(root, copy_name())
        return in_chroot(root, "cd {} && {}".format(shlex.quote(workdir), command)).returncode
    args = parser.parse_args(argv)
    ensure_tools()
    started = time.time()
    logs = os.path.join(ROOT, "out", "matrix")
    os.makedirs(logs, exist_ok=True)
    host = host_suite()
    suites = args.suites if args.suites is not None else [s for s in SUITES if s != host]
    unknown = [s for s in suites if s not in SUITES]
    if unknown:
        parser.error("unsupported suites: {} (supported: {})".format(", ".join(unknown), ", ".join(SUITES)))
    results = []
    if args.host != "skip":
        results.append(run_host(args.host, logs))
    for suite in suites:
        results.append(run_suite(suite, logs))
    with open(os.path.join(logs, "matrix.json"), "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=1)
    print("\nRKSD on every supported QGIS ({:.0f} s in all):".format(time.time() - started))
    for result in results:
        print(summary_line(result))
    failed = [r["suite"] for r in results if not r["ok"]]
    if failed:
        print("failed: {} (logs in out/matrix/)".format(", ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
