"""Offline packages: a cache of recorded responses plus a manifest saying what it holds.

The bundled Maastricht sample is such a package, and so is what "prepare offline
package" writes for a bootcamp. The manifest lists the measures the package can answer;
a run from a package asks only for those, so indicators whose figures are not in it are
reported as "not available in this package" instead of being filled in.
"""
import json
import os
import zipfile

from .http.cache import ResponseCache

MANIFEST = "manifest.json"
CACHE_DIR = "cache"


class OfflinePackage:
    def __init__(self, root, manifest):
        self.root = root
        self.manifest = manifest
        self.cache = ResponseCache(os.path.join(root, CACHE_DIR), readonly=True)

    @classmethod
    def open(cls, path, unpack_dir=None):
        """Open a package folder, or unpack a package zip into ``unpack_dir`` first."""
        if zipfile.is_zipfile(path):
            if unpack_dir is None:
                raise ValueError("a zipped package needs a folder to unpack into")
            name = os.path.splitext(os.path.basename(path))[0]
            root = os.path.join(unpack_dir, name)
            with zipfile.ZipFile(path) as archive:
                _safe_extract(archive, root)
            path = root
        with open(os.path.join(path, MANIFEST), encoding="utf-8") as handle:
            manifest = json.load(handle)
        return cls(path, manifest)

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


def _safe_extract(archive, root):
    base = os.path.realpath(root)
    for member in archive.namelist():
        target = os.path.realpath(os.path.join(root, member))
        if not (target == base or target.startswith(base + os.sep)):
            raise ValueError("unsafe path in package: {}".format(member))
    archive.extractall(root)
