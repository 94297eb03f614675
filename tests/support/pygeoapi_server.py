"""pygeoapi, a real OGC API Features server no one here wrote, serving Maastricht on loopback.

pygeoapi (PyPI, pinned in requirements-pygeoapi.txt) runs from its own venv
(``.venv-pygeoapi``, made by ``make pygeoapi``), never inside the plugin or over Debian's
numpy. It serves a GeoPackage of the real Maastricht buurt polygons (CBS Wijk- en
buurtkaart 2017, the same 44 codes in 2024; wijken and gemeente dissolved from them, see
tests/support/maastricht.py) through its SQLite/GeoPackage provider, under the path
of PDOK's service, so the plugin's transport reaches it with an endpoint override.
"""
import os
import subprocess
import sys
import time

from . import maastricht

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV = os.environ.get("RKSD_PYGEOAPI_VENV", os.path.join(ROOT, ".venv-pygeoapi"))
PYTHON = os.path.join(VENV, "bin", "python")
LAUNCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pygeoapi_launch.py")
PREFIX = "cbs/wijken-en-buurten-2024/ogc/v1"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
RD = "http://www.opengis.net/def/crs/EPSG/0/28992"
TABLES = ("buurten", "wijken", "gemeenten")


def available():
    return os.access(PYTHON, os.X_OK)


def build_gpkg(path):
    """buurten, wijken, gemeenten of Maastricht in EPSG:28992, PDOK's property names."""
    import json

    from osgeo import ogr, osr

    features = maastricht.pdok_features()
    rd = osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for table in TABLES:
        rows = features[table]
        layer = target.CreateLayer(table, rd, ogr.wkbMultiPolygon, ["FID=fid", "GEOMETRY_NAME=geom"])
        names = list(rows[0]["properties"])
        for name in names:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for name in names:
                feature.SetField(name, row["properties"][name])
            geometry = ogr.CreateGeometryFromJson(json.dumps(row["rd"]))
            feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
            layer.CreateFeature(feature)
    target = None
    return path


def write_config(folder, gpkg):
    resources = []
    for table in TABLES:
        resources.append("""  {table}:
    type: collection
    title: {table}
    description: CBS wijk- en buurtkaart, Maastricht (RKSD test data)
    keywords: [cbs, wijken, buurten]
    extents:
      spatial:
        bbox: [5.6, 50.8, 5.8, 50.9]
        crs: {crs84}
    providers:
      - type: feature
        name: SQLiteGPKG
        data: {gpkg}
        id_field: fid
        table: {table}
        crs: [{crs84}, {rd}]
        storage_crs: {rd}
""".format(table=table, gpkg=gpkg, crs84=CRS84, rd=RD))
    config = """server:
  bind: {{host: 127.0.0.1, port: 0}}
  url: https://api.pdok.nl
  api_rules:
    url_prefix: {prefix}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  language: en-US
  limits: {{default_items: 10, max_items: 1000}}
  map: {{url: "https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png", attribution: OpenStreetMap}}
logging:
  level: ERROR
metadata:
  identification:
    title: CBS Wijken en Buurten 2024 (RKSD test on loopback)
    description: pygeoapi serving real Maastricht buurt polygons
    keywords: [test]
    keywords_type: theme
    terms_of_service: https://creativecommons.org/licenses/by/4.0/
    url: https://example.org
  license: {{name: CC-BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/"}}
  provider: {{name: CBS/Kadaster via PDOK, url: "https://www.pdok.nl"}}
  contact: {{name: RKSD tests, email: none@example.org}}
resources:
{resources}""".format(prefix=PREFIX, resources="".join(resources))
    path = os.path.join(folder, "pygeoapi.yml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(config)
    return path


class PygeoapiServer:
    """Runs pygeoapi on a free loopback port for the duration of a ``with`` block."""

    def __init__(self, folder):
        os.makedirs(folder, exist_ok=True)
        self.folder = folder
        self.gpkg = build_gpkg(os.path.join(folder, "maastricht_2024.gpkg"))
        self.config = write_config(folder, self.gpkg)
        self.process = None
        self.port = None

    def overrides(self):
        return {"https://api.pdok.nl": "http://127.0.0.1:{}".format(self.port)}

    def __enter__(self):
        if not available():
            raise RuntimeError("pygeoapi's venv is missing: run `make pygeoapi` ({})".format(VENV))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QGIS", "QT_"))}
        env["SPATIALITE_LIBRARY_PATH"] = "mod_spatialite"
        self.log = open(os.path.join(self.folder, "pygeoapi.log"), "w")
        self.process = subprocess.Popen([PYTHON, LAUNCH, self.config, os.path.join(self.folder, "openapi.yml")],
                                        stdout=subprocess.PIPE, stderr=self.log, env=env, text=True)
        started = time.monotonic()
        line = self.process.stdout.readline()
        if not line.strip().isdigit():
            self.__exit__()
            with open(os.path.join(self.folder, "pygeoapi.log")) as handle:
                raise RuntimeError("pygeoapi did not start: {}".format(handle.read()[-2000:]))
        self.port = int(line)
        self.seconds_to_start = time.monotonic() - started
        return self

    def __exit__(self, *exc):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process.stdout.close()
            self.process = None
        if getattr(self, "log", None):
            self.log.close()


if __name__ == "__main__":  # manual check: python -m tests.support.pygeoapi_server
    with PygeoapiServer(sys.argv[1] if len(sys.argv) > 1 else "/tmp/rksd_pygeoapi") as running:
        print("pygeoapi on port", running.port)
        time.sleep(float(os.environ.get("RKSD_SERVE_SECONDS", 5)))
