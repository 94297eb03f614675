"""Offline packages: a cache of recorded responses plus a manifest saying what it holds.

The bundled Maastricht sample is such a package, and so is what "prepare offline
package" writes for a bootcamp. The manifest lists the measures the package can answer;
a run from a package asks only for those, so indicators whose figures are not in it are
reported as "not available in this package" instead of being filled in.

A package comes from outside (copied between laptops on a USB stick), so nothing in it is
trusted: the manifest is checked against ``MANIFEST_SCHEMA`` before the package is used
or remembered, and a zip is unpacked only after its member list is checked (known layout,
no path outside the folder, at most ``MAX_FILES`` files and ``MAX_UNPACKED_BYTES`` bytes -
counted while unpacking too, so a zip bomb stops at the bound). It is unpacked into a new
hidden folder and renamed into place only when complete (never a half folder), under a
name derived from its content: two packages never share a folder, and loading the same
package twice reuses the first.
"""
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import zipfile

from . import schema
from .errors import PackageInvalid
from .http.cache import ResponseCache

MANIFEST = "manifest.json"
CACHE_DIR = "cache"
FORMAT = 1
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_FILES = 50000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # 1 GB; a package of 20 gemeenten and 9 years is far below
STALE_UNPACK_SECONDS = 3600
_MEMBER = re.compile(r"^(manifest\.json|cache/|cache/[0-9a-f]{2}/|cache/[0-9a-f]{2}/[0-9a-f]{64}(\.json|\.body|\.body\.gz))$")
_UNPACKING = ".unpacking-"

_TEXT = {"type": "string", "maxLength": 1000}
_YEAR = {"type": "integer", "minimum": 1990, "maximum": 2100}
_GEMEENTE = {"type": "string", "pattern": r"^GM[0-9]{4}$"}
_NAME = {"type": "string", "pattern": r"^[A-Za-z0-9_]{1,100}$"}
_TABLE = {
    "type": "object",
    "required": ["id"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": r"^[0-9]{5}[A-Z]{3}$"},
        "period": {"type": "string", "pattern": r"^[0-9]{4}(JJ00|MM[0-9]{2}|KW0[1-4])$"},
        "year": _YEAR,
    },
}
_ENTRY_PROPERTIES = {
    "gemeente": _GEMEENTE,
    "year": _YEAR,
    "name": _TEXT,
    "questions": {"type": ["array", "null"], "maxItems": 100, "items": _NAME},
    "available_measures": {"type": "array", "maxItems": 10000, "items": _NAME},
    "source_tables": {"type": "object", "maxProperties": 100, "patternProperties": {r"^[A-Za-z0-9_]{1,100}$": _TABLE},
                      "additionalProperties": False},
    "national_sources": {"type": ["array", "null"], "maxItems": 100, "items": _NAME},
    "buurten": {"type": "integer", "minimum": 0, "maximum": 100000},
}
MANIFEST_SCHEMA = {
    "type": "object",
    "required": ["gemeente", "year"],
    "additionalProperties": False,
    "properties": dict(
        _ENTRY_PROPERTIES,
        format={"type": "integer", "minimum": 1, "maximum": FORMAT},
        title=_TEXT,
        note=_TEXT,
        built_at=_TEXT,
        catalog_version=_TEXT,
        catalog_date=_TEXT,
        reconstructed={"type": "boolean"},
        contents={"type": "array", "minItems": 1, "maxItems": 1000, "items": {
            "type": "object", "required": ["gemeente", "year"], "additionalProperties": False,
            "properties": _ENTRY_PROPERTIES}},
        gemeenten={"type": "object", "maxProperties": 200, "additionalProperties": False, "patternProperties": {
            r"^[0-9]{4}$": {"type": "array", "maxItems": 2000, "items": {
                "type": "object", "required": ["code", "name"], "additionalProperties": False,
                "properties": {"code": _GEMEENTE, "name": _TEXT}}}}},
    ),
}


def manifest_problems(manifest):
    """What is wrong with a manifest, as ``'path: message'`` strings (empty: usable)."""
    if not isinstance(manifest, dict):
        return ["$: not a JSON object"]
    if isinstance(manifest.get("format"), int) and not isinstance(manifest.get("format"), bool) \
            and manifest["format"] > FORMAT:
        return ["$.format: made by a newer version of RKSD (format {}); update the plugin".format(manifest["format"])]
    return schema.validate(manifest, MANIFEST_SCHEMA)


def check_manifest(manifest, where):
    problems = manifest_problems(manifest)
    if problems:
        more = " (+{} more)".format(len(problems) - 3) if len(problems) > 3 else ""
        raise PackageInvalid(path=where, detail="the manifest is broken: " + "; ".join(problems[:3]) + more)
    return manifest


def parse_manifest(data, where):
    """A manifest from its bytes, checked; ``PackageInvalid`` says what is wrong."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise PackageInvalid(path=where, detail="the manifest is larger than {} MB".format(MAX_MANIFEST_BYTES >> 20))
    try:
        manifest = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageInvalid(path=where, detail="the manifest is not valid JSON ({})".format(exc)) from exc
    except RecursionError as exc:
        raise PackageInvalid(path=where, detail="the manifest is nested too deeply") from exc
    return check_manifest(manifest, where)


def read_folder_manifest(folder):
    path = os.path.join(folder, MANIFEST)
    if not os.path.isdir(folder):
        raise PackageInvalid(path=folder, detail="the folder does not exist (any more)")
    try:
        if os.path.getsize(path) > MAX_MANIFEST_BYTES:
            raise PackageInvalid(path=folder, detail="the manifest is larger than {} MB".format(
                MAX_MANIFEST_BYTES >> 20))
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError as exc:
        raise PackageInvalid(path=folder, detail="it has no manifest.json") from exc
    except OSError as exc:
        raise PackageInvalid(path=folder, detail="its manifest cannot be read ({})".format(exc)) from exc
    return parse_manifest(data, folder)


class OfflinePackage:
    def __init__(self, root, manifest):
        self.root = root
        self.manifest = check_manifest(manifest, root)
        self.cache = ResponseCache(os.path.join(root, CACHE_DIR), readonly=True)

    @classmethod
    def open(cls, path, unpack_dir=None):
        """Open a package folder, or unpack a package zip into ``unpack_dir`` first."""
        path = os.fspath(path)
        if os.path.isdir(path):
            return cls(path, read_folder_manifest(path))
        if not os.path.isfile(path):
            raise PackageInvalid(path=path, detail="the file does not exist")
        if unpack_dir is None:
            raise ValueError("a zipped package needs a folder to unpack into")
        root = unpack(path, unpack_dir)
        return cls(root, read_folder_manifest(root))

    @property
    def gemeente(self):
        return self.manifest["gemeente"]

    @property
    def year(self):
        return int(self.manifest["year"])

    @property
    def available_measures(self):
        return set(self.manifest.get("available_measures", []))

    @property
    def source_tables(self):
        return dict(self.manifest.get("source_tables", {}))

    @property
    def national_sources(self):
        """Sources whose national buurt distribution the package holds (None: all)."""
        value = self.manifest.get("national_sources")
        return None if value is None else set(value)

    def request(self, **overrides):
        """A RunRequest that asks only what this package can answer."""
        from .pipeline import RunRequest

        options = dict(
            available_measures=self.available_measures,
            source_tables=self.source_tables,
            national_sources=self.national_sources,
        )
        options.update(overrides)
        return RunRequest(self.gemeente, self.year, **options)

    @property
    def title(self):
        return self.manifest.get("title", os.path.basename(self.root))


def write_manifest(root, manifest):
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, MANIFEST), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1, ensure_ascii=False, sort_keys=True)


# -- unpacking ---------------------------------------------------------------------------
def unpack(path, unpack_dir):
    """Unpack the package zip ``path`` into its own folder under ``unpack_dir``; return the folder."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise PackageInvalid(path=path, detail="it is not a complete zip file (truncated or damaged)") from exc
    except OSError as exc:
        raise PackageInvalid(path=path, detail="it cannot be read ({})".format(exc)) from exc
    with archive:
        infos = _checked_members(archive, path)
        try:
            manifest_data = _read_member(archive, archive.getinfo(MANIFEST), MAX_MANIFEST_BYTES, path)
        except KeyError as exc:
            raise PackageInvalid(path=path, detail="it has no manifest.json") from exc
        manifest = parse_manifest(manifest_data, path)
        final = os.path.join(unpack_dir, _folder_name(manifest, infos, manifest_data))
        if os.path.isfile(os.path.join(final, MANIFEST)):
            return final  # this very package is unpacked already
        os.makedirs(unpack_dir, exist_ok=True)
        _remove_stale(unpack_dir)
        staging = tempfile.mkdtemp(dir=unpack_dir, prefix=_UNPACKING)
        try:
            budget = MAX_UNPACKED_BYTES
            for info in infos:
                target = os.path.join(staging, *info.filename.rstrip("/").split("/"))
                if info.is_dir():
                    os.makedirs(target, exist_ok=True)
                    continue
                os.makedirs(os.path.dirname(target), exist_ok=True)
                budget -= _copy_member(archive, info, target, budget, path)
            try:
                os.rename(staging, final)
            except OSError:
                if not os.path.isfile(os.path.join(final, MANIFEST)):
                    raise
                shutil.rmtree(staging, ignore_errors=True)  # unpacked meanwhile by another load
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return final


def _checked_members(archive, path):
    try:
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise PackageInvalid(path=path, detail="its file list cannot be read ({})".format(exc)) from exc
    if len(infos) > MAX_FILES:
        raise PackageInvalid(path=path, detail="it holds {} files; at most {} are allowed".format(len(infos), MAX_FILES))
    seen, total = set(), 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise PackageInvalid(path=path, detail="'{}' appears twice".format(name))
        seen.add(name)
        if not _MEMBER.match(name):
            raise PackageInvalid(path=path, detail="'{}' is not part of an RKSD package".format(name[:200]))
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise PackageInvalid(path=path, detail="it unpacks to more than {} MB".format(MAX_UNPACKED_BYTES >> 20))
    return infos


def _read_member(archive, info, limit, path):
    if info.file_size > limit:
        raise PackageInvalid(path=path, detail="'{}' is larger than {} MB".format(info.filename, limit >> 20))
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError) as exc:
        raise PackageInvalid(path=path, detail="'{}' is damaged ({})".format(info.filename, exc)) from exc
    if len(data) > limit:
        raise PackageInvalid(path=path, detail="'{}' is larger than {} MB".format(info.filename, limit >> 20))
    return data


def _copy_member(archive, info, target, budget, path):
    """Copy one member, counting: more bytes than the zip announced or than the budget stop it."""
    written = 0
    try:
        with archive.open(info) as source, open(target, "wb") as out:
            while True:
                chunk = source.read(1024 * 1024)
                if not chunk:
                    break
                written += len(chunk)
                if written > budget or written > info.file_size:
                    raise PackageInvalid(path=path, detail="it unpacks to more than {} MB".format(
                        MAX_UNPACKED_BYTES >> 20))
                out.write(chunk)
    except (zipfile.BadZipFile, EOFError, ValueError, RuntimeError) as exc:
        raise PackageInvalid(path=path, detail="'{}' is damaged ({})".format(info.filename, exc)) from exc
    except OSError as exc:
        raise PackageInvalid(path=path, detail="it could not be unpacked ({})".format(exc)) from exc
    return written


def _folder_name(manifest, infos, manifest_data):
    """A readable name plus a digest of the content: equal packages share it, others never do."""
    digest = hashlib.sha256(manifest_data)
    for info in sorted(infos, key=lambda i: i.filename):
        digest.update("{}\0{}\0{}\n".format(info.filename, info.CRC, info.file_size).encode("utf-8"))
    label = manifest.get("title") or "{}-{}".format(manifest.get("gemeente"), manifest.get("year"))
    slug = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-").lower()[:40] or "package"
    return "{}-{}".format(slug, digest.hexdigest()[:16])


def _remove_stale(unpack_dir):
    """Half-unpacked folders that a crash (or power cut) left behind."""
    now = time.time()
    for name in os.listdir(unpack_dir):
        full = os.path.join(unpack_dir, name)
        if name.startswith(_UNPACKING) and os.path.isdir(full):
            try:
                if now - os.path.getmtime(full) > STALE_UNPACK_SECONDS:
                    shutil.rmtree(full, ignore_errors=True)
            except OSError:
                continue
