"""Offline packages the user loaded (plus the bundled sample): which one holds what.

A loaded package is unpacked once into the plugin's settings folder and remembered in
QgsSettings; a run for a gemeente and year that a loaded package holds reads from it.
The bundled Maastricht sample is used by its own button, and by ordinary runs only in
offline mode (online, Maastricht 2024 is downloaded in full).

A remembered package that can no longer be used (its folder deleted or damaged, its
manifest broken) is quarantined: it is left out of every run and search, listed in
``broken`` with the reason, and the offline panel shows it so the user can remove it.
"""
from ..core import package_builder, paths
from ..core.errors import RksdError
from ..core.gemeenten import Gemeente, gemeenten_from_manifest
from ..core.package import OfflinePackage, read_folder_manifest
from . import settings

SAMPLE = ("sample", "maastricht_2024")


def sample_package():
    return OfflinePackage.open(paths.resource(*SAMPLE))


class PackageRegistry:
    def __init__(self):
        self._opened = {}
        self.broken = {}  # folder -> the error that keeps it out

    def folders(self):
        return settings.package_folders()

    def packages(self):
        """The loaded packages that can be used, newest loaded first."""
        result = []
        for folder in reversed(self.folders()):
            if folder not in self._opened:
                try:
                    self._opened[folder] = OfflinePackage(folder, read_folder_manifest(folder))
                except (RksdError, OSError, ValueError) as exc:
                    self.broken[folder] = exc
                    continue
                self.broken.pop(folder, None)
            result.append(self._opened[folder])
        return result

    def add(self, package):
        """Remember an opened (unpacked) package."""
        self._opened[package.root] = package
        folders = [f for f in settings.package_folders() if f != package.root] + [package.root]
        settings.set_package_folders(folders)

    def remove(self, root):
        self._opened.pop(root, None)
        self.broken.pop(root, None)
        settings.set_package_folders([f for f in settings.package_folders() if f != root])

    def find(self, gemeente, year, include_sample=False):
        """The package holding ``gemeente``/``year`` (a loaded one first), or None."""
        candidates = self.packages() + ([sample_package()] if include_sample else [])
        for package in candidates:
            if package_builder.entry_for(package.manifest, gemeente, year) is not None:
                return package
        return None

    def gemeenten(self, include_sample=True):
        """``[(Gemeente, year)]`` of every package: offline, they are what the search knows."""
        result = []
        candidates = self.packages() + ([sample_package()] if include_sample else [])
        for package in candidates:
            result += gemeenten_from_manifest(package.manifest)
            listed = package.manifest.get("gemeenten") or {}
            for year, entries in listed.items():
                result += [(Gemeente(e["code"], e["name"]), int(year)) for e in entries]
        return result

    def code_list(self, year):
        """A package's copy of the CBS gemeente list of ``year`` (prepared packages carry it)."""
        for package in self.packages():
            entries = (package.manifest.get("gemeenten") or {}).get(str(year))
            if entries:
                return [Gemeente(e["code"], e["name"]) for e in entries]
        return None


def describe(package):
    """'Maastricht 2024, Wageningen 2024' - what a package holds."""
    parts = []
    for gemeente, year in gemeenten_from_manifest(package.manifest):
        parts.append("{} {}".format(gemeente.name, year))
    return ", ".join(parts)
