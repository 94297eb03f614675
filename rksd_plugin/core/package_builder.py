"""Prepare an offline package: one zip a trainer copies to twenty laptops.

The package is built by *running* the real pipeline for every chosen gemeente and year
with a cache that collects every response, so it holds exactly the requests a later run
makes - no list of URLs to keep in step with the clients. Responses already in the
user's cache are reused (and new ones land there too). The manifest records, per
gemeente and year, the measures and tables the package can answer; a run from the
package asks only for those, with the same URLs, so it is served entirely offline.
"""
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from typing import List, Optional

from . import gemeenten as gemeente_list
from . import regions
from .errors import Cancelled, RksdError
from .http.cache import ResponseCache
from .package import CACHE_DIR, FORMAT, MANIFEST, MAX_MANIFEST_BYTES, check_manifest, parse_manifest, \
    read_folder_manifest, write_manifest


@dataclass
class PackageSpec:
    gemeenten: List[str]
    years: List[int]
    questions: Optional[List[str]] = None  # None: all six
    national_reference: bool = True
    title: str = ""
    weights: dict = field(default_factory=dict)  # do not change URLs; kept for the record
    request_options: dict = field(default_factory=dict)  # extra RunRequest options (e.g. source_tables)


class CollectingCache:
    """Serve from ``target`` or the ``sources`` and copy what a source served into ``target``.

    Writing ``target`` is ``required`` (without it the package lacks answers); the user's
    own cache learns too, but a failure there does not stop the package."""

    readonly = False
    required = True

    def __init__(self, target, *sources):
        self.target = target
        self.sources = [s for s in sources if s is not None]

    def get(self, url, max_bytes=None):
        found = self.target.get(url, max_bytes=max_bytes)
        if found is not None:
            return found
        for source in self.sources:
            found = source.get(url, max_bytes=max_bytes)
            if found is not None:
                self.target.put(found)
                return found
        return None

    def put(self, response):
        self.target.put(response)
        for source in self.sources[:1]:  # the user's own cache learns as well
            if not source.readonly:
                try:
                    source.put(response)
                except OSError:
                    pass  # the package is what counts here

    def delete(self, url):
        self.target.delete(url)
        for source in self.sources:
            source.delete(url)


def pinned_tables(catalog, year, source_ids, overrides=None):
    """The table each source uses for ``year``, so a newer catalog cannot change the URLs."""
    tables = {}
    for source_id in sorted(source_ids):
        table = (overrides or {}).get(source_id) or catalog.sources[source_id].table_for_run(year)
        tables[source_id] = {k: v for k, v in table.items() if k in ("id", "period", "year")}
    return tables


def build_package(spec, catalog, transport_factory, out_path, user_cache=None, progress=None,
                  is_cancelled=None, log=None):
    """Fetch everything ``spec`` needs into the zip ``out_path``; return its manifest.

    ``transport_factory(cache)`` returns a ``Transport`` on that cache (QGIS network inside
    QGIS, a test server in tests). The zip appears only when complete."""
    from .pipeline import Pipeline, RunRequest

    progress = progress or (lambda percent, message: None)
    is_cancelled = is_cancelled or (lambda: False)
    log = log or (lambda message: None)
    codes = [regions.parse_gemeente(c) for c in spec.gemeenten]
    years = sorted({int(y) for y in spec.years})
    if not codes or not years:
        raise ValueError("a package needs at least one gemeente and one year")
    folder = os.path.dirname(os.path.abspath(out_path))
    os.makedirs(folder, exist_ok=True)
    staging = tempfile.mkdtemp(dir=folder, prefix=".rksd-package-")
    tmp_zip = None
    try:
        cache = CollectingCache(ResponseCache(os.path.join(staging, CACHE_DIR)), user_cache)
        transport = transport_factory(cache)
        code_lists, contents = {}, []
        steps = len(codes) * len(years)
        for year in years:
            _check(is_cancelled)
            try:
                code_lists[year] = gemeente_list.fetch_gemeenten(transport, catalog, year)
            except Cancelled:
                raise
            except RksdError as exc:  # the package still works; only the name search lacks it
                log("gemeente list {}: {}".format(year, exc))
        for index, (year, code) in enumerate((y, c) for y in years for c in codes):
            _check(is_cancelled)
            base = 100.0 * index / steps

            def step(percent, message, base=base):
                progress(base + percent / steps, message)

            options = dict(questions=spec.questions, national_reference=spec.national_reference,
                           weights=dict(spec.weights))
            options.update(spec.request_options)
            request = RunRequest(code, year, **options)
            pipeline = Pipeline(transport, catalog, progress=step)
            measures = pipeline.plan(request)[0]
            result = pipeline.run(request)
            records = result.layers["gemeente"].records
            name = records[0].get("naam") if records else ""
            contents.append({
                "gemeente": code,
                "name": name or _name_in(code_lists.get(year, []), code) or code,
                "year": year,
                "questions": list(spec.questions) if spec.questions is not None else None,
                "available_measures": sorted(m.id for m in measures),
                "source_tables": pinned_tables(catalog, year, {m.source for m in measures} | {"kwb"},
                                               request.source_tables),
                "national_sources": _national(request),
                "buurten": len(result.layers["buurten"].records),
            })
        _check(is_cancelled)
        manifest = check_manifest(_manifest(spec, catalog, contents, code_lists), out_path)
        write_manifest(staging, manifest)
        handle, tmp_zip = tempfile.mkstemp(dir=folder, prefix=".rksd-package-", suffix=".zip")
        os.close(handle)
        _zip_folder(staging, tmp_zip, is_cancelled)
        os.replace(tmp_zip, out_path)
        tmp_zip = None
        progress(100, "done")
        return manifest
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if tmp_zip and os.path.exists(tmp_zip):
            os.unlink(tmp_zip)


def _national(request):
    """Sources whose national distribution the package holds (None: every source)."""
    if not request.national_reference:
        return []
    return None if request.national_sources is None else sorted(request.national_sources)


def _manifest(spec, catalog, contents, code_lists):
    first = contents[0]
    names = ", ".join(sorted({c["name"] for c in contents}))
    years = ", ".join(str(y) for y in sorted({c["year"] for c in contents}))
    return {
        "format": FORMAT,
        "title": spec.title or "{} {}".format(names, years),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "catalog_version": catalog.version,
        "catalog_date": catalog.date,
        "reconstructed": False,
        # the first entry at the top level: what ``OfflinePackage.request()`` reads
        "gemeente": first["gemeente"],
        "year": first["year"],
        "available_measures": first["available_measures"],
        "source_tables": first["source_tables"],
        "national_sources": first["national_sources"],
        "contents": contents,
        "gemeenten": {str(y): [{"code": g.code, "name": g.name} for g in lst] for y, lst in code_lists.items()},
    }


def _zip_folder(root, zip_path, is_cancelled):
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for folder, _, files in os.walk(root):
            for name in sorted(files):
                _check(is_cancelled)
                full = os.path.join(folder, name)
                # cache bodies of 32 kB and more are gzipped already: store them as they are
                kind = zipfile.ZIP_STORED if name.endswith(".gz") else zipfile.ZIP_DEFLATED
                archive.write(full, os.path.relpath(full, root), compress_type=kind)


def _name_in(gemeenten, code):
    for gemeente in gemeenten:
        if gemeente.code == code:
            return gemeente.name
    return ""


def _check(is_cancelled):
    if is_cancelled():
        raise Cancelled()


# -- reading what a package holds --------------------------------------------------------
def contents(manifest):
    """``[(gemeente, year)]`` the package can answer (old single-entry manifests too)."""
    entries = manifest.get("contents") or [manifest]
    return [(regions.parse_gemeente(e["gemeente"]), int(e["year"])) for e in entries]


def entry_for(manifest, gemeente, year):
    """The manifest entry for ``gemeente``/``year``, or None."""
    code = regions.parse_gemeente(gemeente)
    for entry in manifest.get("contents") or [manifest]:
        if regions.parse_gemeente(entry["gemeente"]) == code and int(entry["year"]) == int(year):
            return entry
    return None


def request_for(manifest, gemeente, year, **overrides):
    """A RunRequest asking only what the package holds for ``gemeente``/``year``."""
    from .pipeline import RunRequest

    entry = entry_for(manifest, gemeente, year)
    if entry is None:
        raise KeyError("{} {}".format(gemeente, year))
    national = entry.get("national_sources")
    options = dict(
        available_measures=set(entry.get("available_measures", [])),
        source_tables={k: dict(v) for k, v in entry.get("source_tables", {}).items()},
        national_sources=None if national is None else set(national),
    )
    options.update(overrides)
    return RunRequest(regions.parse_gemeente(gemeente), int(year), **options)


def read_manifest(path):
    """The manifest of a package zip or folder without unpacking it (checked, see ``package``)."""
    from .errors import PackageInvalid

    if os.path.isdir(path):
        return read_folder_manifest(path)
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST_BYTES:
                raise PackageInvalid(path=path, detail="the manifest is too large")
            with archive.open(info) as handle:
                data = handle.read(MAX_MANIFEST_BYTES + 1)
    except KeyError as exc:
        raise PackageInvalid(path=path, detail="it has no manifest.json") from exc
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise PackageInvalid(path=path, detail="it is not a complete zip file (truncated or damaged)") from exc
    return parse_manifest(data, path)


