"""Offline packages from outside: checked before use, unpacked bounded and atomically.

Real zip files are built from the bundled Maastricht sample (a real package) and then
damaged the way a USB stick, a half copy or a hostile sender would damage them.
"""
import json
import os
import struct
import time
import zipfile

import pytest

from rksd_plugin.core import package as package_module
from rksd_plugin.core import package_builder
from rksd_plugin.core.errors import PackageInvalid
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource

SAMPLE = resource("sample", "maastricht_2024")
TABLE_INFOS = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json"
HEX = "0" * 64


def sample_manifest():
    with open(os.path.join(SAMPLE, "manifest.json"), encoding="utf-8") as handle:
        return json.load(handle)


def make_zip(path, manifest=None, manifest_bytes=None, extra=(), skip_cache=False, members=None):
    """A package zip like RKSD writes one: manifest.json and the sample's cache files."""
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest_bytes is None and manifest is not False:
            manifest_bytes = json.dumps(manifest if manifest is not None else sample_manifest()).encode("utf-8")
        if manifest_bytes is not None:
            archive.writestr("manifest.json", manifest_bytes)
        if not skip_cache:
            for folder, _, files in os.walk(os.path.join(SAMPLE, "cache")):
                for name in sorted(files):
                    full = os.path.join(folder, name)
                    archive.write(full, os.path.relpath(full, SAMPLE).replace(os.sep, "/"))
        for name, data in extra:
            archive.writestr(name, data)
    return str(path)


def read_bytes(path):
    with open(str(path), "rb") as handle:
        return handle.read()


def leftovers(folder):
    return sorted(os.listdir(str(folder))) if os.path.isdir(str(folder)) else []


def refused(zip_path, unpack_dir):
    with pytest.raises(PackageInvalid) as info:
        OfflinePackage.open(zip_path, str(unpack_dir))
    assert leftovers(unpack_dir) == [], "a half-unpacked folder was left behind"
    text = str(info.value)
    assert zip_path in text and "new copy" in text  # names the file and what to do
    return text


# -- what loads ---------------------------------------------------------------------------
def test_a_good_package_unpacks_into_a_folder_named_by_its_content(tmp_path):
    package = OfflinePackage.open(make_zip(tmp_path / "rksd_offline_package.zip"), str(tmp_path / "unpacked"))
    name = os.path.basename(package.root)
    assert name.startswith("maastricht-gm0935-2024-voorbeeld-sample-") and len(name.rsplit("-", 1)[1]) == 16
    assert leftovers(tmp_path / "unpacked") == [name]
    assert Transport(cache=package.cache, offline=True).get_json(TABLE_INFOS)["value"][0]["Identifier"] == "85984NED"


def test_loading_the_same_package_twice_reuses_its_folder(tmp_path):
    first = OfflinePackage.open(make_zip(tmp_path / "a.zip"), str(tmp_path / "unpacked"))
    second = OfflinePackage.open(make_zip(tmp_path / "copy-of-a.zip"), str(tmp_path / "unpacked"))
    assert first.root == second.root and len(leftovers(tmp_path / "unpacked")) == 1


def test_two_packages_with_the_same_file_name_never_share_a_folder(tmp_path):
    (tmp_path / "trainer1").mkdir()
    (tmp_path / "trainer2").mkdir()
    other = dict(sample_manifest(), title="Maastricht - een andere uitgave")
    one = OfflinePackage.open(make_zip(tmp_path / "trainer1" / "rksd_offline_package.zip"), str(tmp_path / "u"))
    two = OfflinePackage.open(make_zip(tmp_path / "trainer2" / "rksd_offline_package.zip", manifest=other,
                                       extra=[("cache/00/{}.json".format(HEX), b"{}")]), str(tmp_path / "u"))
    assert one.root != two.root
    assert not os.path.exists(os.path.join(one.root, "cache", "00"))  # caches not mixed
    assert os.path.exists(os.path.join(two.root, "cache", "00", HEX + ".json"))
    assert one.title != two.title


# -- zip bombs and sizes --------------------------------------------------------------------
@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory):
    """2 GiB of zeros in a zip of about 2 MB, announced honestly in the zip's headers."""
    path = str(tmp_path_factory.mktemp("bomb") / "bomb.zip")
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.json", json.dumps(sample_manifest()))
        with archive.open("cache/00/{}.body".format(HEX), "w", force_zip64=True) as member:
            for _ in range(2048):
                member.write(zeros)
    return path


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(zip_bomb, tmp_path):
    assert os.path.getsize(zip_bomb) < 12 * 1024 * 1024
    started = time.perf_counter()
    text = refused(zip_bomb, tmp_path / "unpacked")
    assert "more than 1024 MB" in text
    assert time.perf_counter() - started < 2


def _central_entry(data, member):
    """Offset of ``member``'s record in the zip's central directory."""
    end = data.rfind(b"PK\x05\x06")
    count, _, offset = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, offset + 28)
        if data[offset + 46:offset + 46 + name_length] == member.encode():
            return offset
        offset += 46 + name_length + extra_length + comment_length
    raise KeyError(member)


def _patch(path, member, local_field, central_field, value):
    """Overwrite a 4-byte field of a member in its local header and its central record."""
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(member).header_offset
    data = bytearray(read_bytes(path))
    struct.pack_into("<I", data, local + local_field, value)
    struct.pack_into("<I", data, _central_entry(data, member) + central_field, value)
    with open(path, "wb") as handle:
        handle.write(bytes(data))


def test_a_zip_that_lies_about_its_sizes_stops_at_the_announced_size(tmp_path):
    path = make_zip(tmp_path / "liar.zip", extra=[("cache/00/{}.body".format(HEX), bytes(50 * 1024 * 1024))])
    _patch(path, "cache/00/{}.body".format(HEX), 22, 24, 1000)  # uncompressed size: 1000 bytes, it says
    text = refused(path, tmp_path / "unpacked")
    assert "damaged" in text and "Bad CRC-32" in text  # zipfile stops at the announced size, then checks


def test_too_many_files_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(package_module, "MAX_FILES", 20)
    cache_files = sum(len(files) for _, _, files in os.walk(os.path.join(SAMPLE, "cache")))
    assert cache_files + 1 > 20
    text = refused(make_zip(tmp_path / "many.zip"), tmp_path / "unpacked")
    assert "holds {} files; at most 20".format(cache_files + 1) in text  # the manifest and the cache files


def test_a_manifest_larger_than_the_bound_is_refused(tmp_path):
    big = dict(sample_manifest(), note="x" * (5 * 1024 * 1024))
    text = refused(make_zip(tmp_path / "big.zip", manifest=big), tmp_path / "unpacked")
    assert "larger than 4 MB" in text


# -- damaged files ----------------------------------------------------------------------------
def test_a_truncated_zip_is_a_clear_error(tmp_path):
    path = make_zip(tmp_path / "half.zip")
    data = read_bytes(path)
    with open(path, "wb") as handle:
        handle.write(data[:len(data) // 2])
    assert "not a complete zip file" in refused(path, tmp_path / "unpacked")


def test_a_file_that_is_not_a_zip_is_a_clear_error(tmp_path):
    path = tmp_path / "package.zip"
    path.write_text("this is a text file renamed to .zip")
    assert "not a complete zip file" in refused(str(path), tmp_path / "unpacked")


def test_an_empty_file_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.zip"
    path.write_bytes(b"")
    assert "not a complete zip file" in refused(str(path), tmp_path / "unpacked")


def test_a_member_with_a_broken_checksum_leaves_no_half_folder(tmp_path):
    member = "cache/00/{}.body".format(HEX)
    path = make_zip(tmp_path / "crc.zip", extra=[(member, b"A" * 100000)])
    with zipfile.ZipFile(path) as archive:
        crc = archive.getinfo(member).CRC
    _patch(path, member, 14, 16, (crc + 1) & 0xFFFFFFFF)
    assert "damaged" in refused(path, tmp_path / "unpacked")


def test_a_missing_manifest_is_a_clear_error(tmp_path):
    assert "no manifest.json" in refused(make_zip(tmp_path / "nomanifest.zip", manifest=False), tmp_path / "u")


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(PackageInvalid) as info:
        OfflinePackage.open(str(tmp_path / "nowhere.zip"), str(tmp_path / "u"))
    assert "does not exist" in str(info.value)


# -- what a zip may contain ----------------------------------------------------------------------
@pytest.mark.parametrize("name", [
    "../evil.json", "cache/../../evil", "/etc/cron.d/evil", "cache/00/../../../x", "README.txt",
    "cache/zz/{}.json".format(HEX), "cache/00/{}.exe".format(HEX), "manifest.json/..", "C:\\evil.txt",
])
def test_files_outside_the_package_layout_are_refused(name, tmp_path):
    text = refused(make_zip(tmp_path / "odd.zip", extra=[(name, b"x")]), tmp_path / "unpacked")
    assert "is not part of an RKSD package" in text
    assert not os.path.exists(str(tmp_path / "evil.json"))


def test_a_name_twice_is_refused(tmp_path):
    path = make_zip(tmp_path / "twice.zip")
    with zipfile.ZipFile(path, "a") as archive, pytest.warns(UserWarning):
        archive.writestr("manifest.json", json.dumps(sample_manifest()))
    assert "appears twice" in refused(path, tmp_path / "unpacked")


# -- manifests -------------------------------------------------------------------------------
BROKEN_MANIFESTS = {
    "year is text": (dict(sample_manifest(), year="abc"), "$.year: expected integer"),
    "year out of range": (dict(sample_manifest(), year=1800), "$.year: 1800 is below 1990"),
    "year a float": (dict(sample_manifest(), year=2024.5), "$.year: expected integer"),
    "gemeente malformed": (dict(sample_manifest(), gemeente="GM09"), "$.gemeente"),
    "gemeente missing": ({k: v for k, v in sample_manifest().items() if k != "gemeente"}, "'gemeente' is required"),
    "unknown key": (dict(sample_manifest(), run_this="rm -rf"), "'run_this' is not allowed here"),
    "measures not a list": (dict(sample_manifest(), available_measures="inwoners"), "$.available_measures"),
    "measure name odd": (dict(sample_manifest(), available_measures=["in wo ners;"]), "$.available_measures[0]"),
    "table id odd": (dict(sample_manifest(), source_tables={"rivm": {"id": "../x"}}), "$.source_tables.rivm.id"),
    "format from the future": (dict(sample_manifest(), format=99), "newer version of RKSD"),
    "contents empty": (dict(sample_manifest(), contents=[]), "$.contents"),
    "contents entry wrong": (dict(sample_manifest(), contents=[{"gemeente": 5, "year": "2024"}]),
                             "$.contents[0].gemeente"),
    "gemeente list wrong": (dict(sample_manifest(), gemeenten={"2024": [{"code": "x"}]}), "$.gemeenten.2024[0]"),
    "title not text": (dict(sample_manifest(), title=["a"]), "$.title"),
    "a list": ([1, 2, 3], "not a JSON object"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_MANIFESTS))
def test_a_broken_manifest_is_refused_with_what_is_wrong(case, tmp_path):
    manifest, expected = BROKEN_MANIFESTS[case]
    text = refused(make_zip(tmp_path / "broken.zip", manifest=manifest), tmp_path / "unpacked")
    assert "manifest is broken" in text and expected in text, text


@pytest.mark.parametrize("data, expected", [
    (b"{nope", "not valid JSON"),
    (b"[" * 100000, "nested too deeply"),
    (b'{"gemeente": "GM0935", "year": 2024, "buurten": NaN}', "not a finite number"),
    (b'{"gemeente": "GM0935", "year": 2024, "buurten": 1e999}', "not a finite number"),
    (b"\xff\xfe\x00garbage", "not valid JSON"),
])
def test_a_manifest_that_is_no_valid_json_is_refused(data, expected, tmp_path):
    assert expected in refused(make_zip(tmp_path / "bad.zip", manifest_bytes=data), tmp_path / "unpacked")


def test_a_folder_with_a_broken_manifest_is_refused(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps(dict(sample_manifest(), year="abc")))
    with pytest.raises(PackageInvalid) as info:
        OfflinePackage.open(str(folder))
    assert "$.year" in str(info.value)


def test_a_folder_without_manifest_is_refused(tmp_path):
    with pytest.raises(PackageInvalid) as info:
        OfflinePackage.open(str(tmp_path))
    assert "no manifest.json" in str(info.value)


def test_reading_a_manifest_without_unpacking_checks_it_too(tmp_path):
    path = make_zip(tmp_path / "x.zip", manifest=dict(sample_manifest(), year="abc"))
    with pytest.raises(PackageInvalid):
        package_builder.read_manifest(path)
    assert package_builder.read_manifest(make_zip(tmp_path / "ok.zip"))["gemeente"] == "GM0935"


def test_a_half_unpacked_folder_left_by_a_crash_is_cleaned_up(tmp_path):
    unpack_dir = tmp_path / "unpacked"
    stale = unpack_dir / ".unpacking-crashed"
    stale.mkdir(parents=True)
    (stale / "manifest.json").write_text("{}")
    old = time.time() - 2 * 3600
    os.utime(str(stale), (old, old))
    OfflinePackage.open(make_zip(tmp_path / "a.zip"), str(unpack_dir))
    assert not stale.exists()
    assert len(leftovers(unpack_dir)) == 1
