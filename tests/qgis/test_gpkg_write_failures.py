"""No silent write failure: whatever GDAL reports while a GeoPackage is written ends the
write with a clear error, and the GeoPackage written before stays exactly as it was."""
import hashlib
import os
import subprocess
import sys
import textwrap

import pytest

from rksd_plugin.core.areas import AreaLayer, FieldSpec
from rksd_plugin.core.errors import WriteFailed
from rksd_plugin.qgis_io.gpkg_writer import write_geopackage

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]]}


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def leftovers(folder):
    return sorted(name for name in os.listdir(str(folder)) if name.startswith(".rksd-"))


def small_layers(fields=None, geometry=SQUARE):
    fields = fields or [FieldSpec("code", "string", {"nl": "Code", "en": "Code"}),
                        FieldSpec("inwoners", "int", {"nl": "Inwoners", "en": "Inhabitants"})]
    return {"buurten": AreaLayer("buurt", fields, [{"code": "BU09350406", "inwoners": 6505}], [geometry])}


@pytest.fixture
def earlier(tmp_path):
    """A good GeoPackage already at the place a new run writes to."""
    path = str(tmp_path / "rksd_GM0935_2024.gpkg")
    write_geopackage(path, small_layers(), {"gemeente": "GM0935", "year": 2024})
    return path, digest(path)


def assert_intact(path, before):
    assert digest(path) == before, "the earlier GeoPackage was changed"
    assert leftovers(os.path.dirname(path)) == [], "a partial file was left behind"


def test_a_field_that_cannot_be_created_fails_the_write(earlier):
    path, before = earlier
    twice = [FieldSpec("code", "string", {"nl": "Code"}), FieldSpec("code", "string", {"nl": "Code 2"})]
    with pytest.raises(WriteFailed) as info:
        write_geopackage(path, small_layers(fields=twice), {})
    text = str(info.value)
    # GDAL 3.10 refuses the field; GDAL 3.6 accepts it (return code 0) and fails on the first feature
    assert path in text and "unchanged" in text, text
    assert "same name already exists" in text or "duplicate column name: code" in text, text
    assert_intact(path, before)


def test_a_geometry_gdal_cannot_read_fails_the_write(earlier):
    path, before = earlier
    with pytest.raises(WriteFailed) as info:
        write_geopackage(path, small_layers(geometry=b"\x01\x03\x00\x00\x00garbage"), {})
    assert "reading a geometry" in str(info.value)
    assert_intact(path, before)


def test_a_failure_after_the_file_is_written_keeps_the_earlier_one(earlier):
    path, before = earlier

    def failing_styles(tmp_path):
        raise RuntimeError("storing the style buurten failed: database is locked")

    with pytest.raises(RuntimeError, match="storing the style"):
        write_geopackage(path, small_layers(), {}, finalize=failing_styles)
    assert_intact(path, before)


def test_an_output_folder_that_is_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "RKSD"
    blocker.write_text("a file where the output folder should be")
    with pytest.raises(WriteFailed) as info:
        write_geopackage(str(blocker / "out.gpkg"), small_layers(), {})
    assert "the output folder" in str(info.value) and str(blocker / "out.gpkg") in str(info.value)


FULL_DISK = textwrap.dedent("""
    import os, resource, signal, sys
    sys.path.insert(0, {root!r})
    from rksd_plugin.core.catalog import Catalog
    from rksd_plugin.core.errors import WriteFailed
    from rksd_plugin.core.http.transport import Transport
    from rksd_plugin.core.package import OfflinePackage
    from rksd_plugin.core.paths import resource as res
    from rksd_plugin.core.pipeline import Pipeline
    from rksd_plugin.qgis_io.gpkg_writer import write_geopackage
    if {exceptions!r}:
        from osgeo import gdal, ogr
        gdal.UseExceptions(); ogr.UseExceptions()
    package = OfflinePackage.open(res("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), Catalog.load()).run(package.request())
    # a write that grows a file past this size fails with EFBIG, as a write on a full disk does
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
    try:
        write_geopackage({path!r}, result.layers, result.provenance)
        print("WRITTEN")
    except WriteFailed as error:
        print("FAILED", error)
""")


@pytest.mark.parametrize("limit, step", [
    (20000, "creating the file"),
    (100000, "committing buurten"),
    (640000, "writing the field aliases"),
])
@pytest.mark.parametrize("exceptions", [False, True], ids=["gdal-return-codes", "gdal-exceptions"])
def test_a_full_disk_at_any_step_fails_the_write_and_keeps_the_earlier_file(limit, step, exceptions, earlier):
    path, before = earlier
    script = FULL_DISK.format(root=ROOT, path=path, limit=limit, exceptions=exceptions)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout.strip().splitlines()[-1]
    assert out.startswith("FAILED") and path in out and "unchanged" in out, out
    assert step in out or "disk I/O error" in out or "File too large" in out, out
    assert_intact(path, before)


def test_without_a_limit_the_same_write_succeeds(earlier):
    """The control for the full-disk cases: the same script with room enough writes the file."""
    path, before = earlier
    script = FULL_DISK.format(root=ROOT, path=path, limit=50 * 1024 * 1024, exceptions=False)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.strip().splitlines()[-1] == "WRITTEN", done.stdout + done.stderr[-2000:]
    assert digest(path) != before
