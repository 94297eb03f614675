"""A real MapServer (Debian's ``mapserv``) serving the wijk- en buurtkaart 2021 as WFS 2.0 (test support).

PDOK's per-year WFS runs on MapServer; here the same program answers on loopback, run as
CGI for each request by the ``LoopbackServer`` (``MapServerWfs.handle``). It serves the
real PDOK wijken-en-buurten 2021 buurt polygons of Ermelo (GM0233, full resolution,
``tests/fixtures/samples/pdok_wijkenbuurten_2021_ermelo``) as ``cbs_buurten_2021``, and,
*derived* from them by dissolving, ``cbs_wijken_2021`` and ``cbs_gemeente_2021`` - the
gemeente as CBS's kaart has it: a land part and a ``water = 'JA'`` part under one code.
"""
import os
import shutil
import subprocess

from .maastricht import SAMPLES

MAPSERV = shutil.which("mapserv") or "/usr/lib/cgi-bin/mapserv"
ERMELO_2021 = os.path.join(SAMPLES, "pdok_wijkenbuurten_2021_ermelo", "CBS_buurten_ermelo_2021.gpkg")
FIELDS = {
    "cbs_buurten_2021": ["buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam", "water"],
    "cbs_wijken_2021": ["wijkcode", "wijknaam", "gemeentecode", "gemeentenaam", "water"],
    "cbs_gemeente_2021": ["gemeentecode", "gemeentenaam", "water"],
}


def available():
    return os.access(MAPSERV, os.X_OK)


def build_gpkg(path):
    """The three layers of 2021 for Ermelo in one GeoPackage (EPSG:28992)."""
    from osgeo import ogr, osr

    source = ogr.Open(ERMELO_2021)
    layer = source.GetLayer(0)
    buurten = []
    for feature in layer:
        buurten.append(({name: feature.GetField(name) for name in FIELDS["cbs_buurten_2021"]},
                        feature.GetGeometryRef().Clone()))
    rd = osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(path)

    def write(name, rows):
        out = target.CreateLayer(name, rd, ogr.wkbMultiPolygon)
        for field in FIELDS[name]:
            out.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        for properties, geometry in rows:
            feature = ogr.Feature(out.GetLayerDefn())
            for key, value in properties.items():
                feature.SetField(key, value)
            feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
            out.CreateFeature(feature)

    def dissolve(parts):
        union = ogr.Geometry(ogr.wkbMultiPolygon)
        for part in parts:
            for index in range(part.GetGeometryCount()) if part.GetGeometryType() == ogr.wkbMultiPolygon else [None]:
                union.AddGeometry(part.GetGeometryRef(index) if index is not None else part)
        return union.UnionCascaded()

    write("cbs_buurten_2021", buurten)
    by_wijk = {}
    for properties, geometry in buurten:
        by_wijk.setdefault((properties["wijkcode"], properties["water"]), []).append(geometry)
    write("cbs_wijken_2021", [
        ({"wijkcode": code, "wijknaam": "Wijk {}".format(code[-2:]), "gemeentecode": "GM0233",
          "gemeentenaam": "Ermelo", "water": water}, dissolve(parts))
        for (code, water), parts in sorted(by_wijk.items())
    ])
    land = [g for p, g in buurten if p["water"] != "JA"]
    water = [g for p, g in buurten if p["water"] == "JA"]
    write("cbs_gemeente_2021", [
        ({"gemeentecode": "GM0233", "gemeentenaam": "Ermelo", "water": "JA"}, dissolve(water)),  # water first:
        ({"gemeentecode": "GM0233", "gemeentenaam": "Ermelo", "water": "NEE"}, dissolve(land)),  # never by chance
    ])
    target = None
    return path


MAPFILE = """MAP
  NAME "wijkenbuurten2021"
  EXTENT 0 300000 300000 650000
  UNITS METERS
  PROJECTION "init=epsg:28992" END
  WEB
    METADATA
      "wfs_title" "CBS Wijken en Buurten 2021 (RKSD test, MapServer on loopback)"
      "wfs_onlineresource" "https://service.pdok.nl/cbs/wijkenbuurten/2021/wfs/v1_0?"
      "wfs_srs" "EPSG:28992 EPSG:4326"
      "wfs_enable_request" "*"
      {formats}
      "wfs_namespace_prefix" "wijkenbuurten"
      "wfs_namespace_uri" "http://wijkenbuurten.geonovum.nl"
    END
  END
{outputformat}
{layers}
END
"""
OUTPUTFORMAT = """  OUTPUTFORMAT
    NAME "json"
    DRIVER "OGR/GEOJSON"
    MIMETYPE "application/json"
    FORMATOPTION "FORM=SIMPLE"
    FORMATOPTION "STORAGE=memory"
  END"""
LAYER = """  LAYER
    NAME "{name}"
    TYPE POLYGON
    STATUS ON
    CONNECTIONTYPE OGR
    CONNECTION "{gpkg}"
    DATA "{name}"
    PROJECTION "init=epsg:28992" END
    METADATA
      "wfs_title" "{name}"
      "gml_include_items" "all"
      "gml_types" "auto"
      "gml_featureid" "fid"
      "wfs_enable_request" "*"
    END
  END"""


class MapServerWfs:
    """A host for ``LoopbackServer``: each request runs ``mapserv`` as CGI with one mapfile.

    ``geojson=False`` leaves the GeoJSON output format out, so only GML 3.2 is offered."""

    def __init__(self, folder, geojson=True):
        os.makedirs(folder, exist_ok=True)
        gpkg = build_gpkg(os.path.join(folder, "wijkenbuurten_2021.gpkg"))
        layers = "\n".join(LAYER.format(name=name, gpkg=gpkg) for name in FIELDS)
        formats = '"wfs_getfeature_formatlist" "json"' if geojson else ""
        self.mapfile = os.path.join(folder, "wijkenbuurten_2021.map")
        with open(self.mapfile, "w", encoding="utf-8") as handle:
            handle.write(MAPFILE.format(formats=formats, outputformat=OUTPUTFORMAT if geojson else "", layers=layers))
        self.config = os.path.join(folder, "mapserver.conf")
        with open(self.config, "w", encoding="utf-8") as handle:
            handle.write('CONFIG\n  ENV\n    MS_MAPFILE "{}"\n  END\nEND\n'.format(self.mapfile))
        self.calls = 0

    def handle(self, public_base, path, query):
        if path.rstrip("/") != "/cbs/wijkenbuurten/2021/wfs/v1_0":
            return 404, {"Content-Type": "text/plain"}, b"Not Found"
        self.calls += 1
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "MAPSERVER_CONFIG_FILE": self.config,
            "REQUEST_METHOD": "GET",
            "QUERY_STRING": query,
            "SERVER_NAME": "service.pdok.nl",
            "SCRIPT_NAME": "/cbs/wijkenbuurten/2021/wfs/v1_0",
            "GATEWAY_INTERFACE": "CGI/1.1",
        }
        done = subprocess.run([MAPSERV], env=env, capture_output=True, timeout=60, check=False)
        return parse_cgi(done.stdout)


def parse_cgi(output):
    """``(status, headers, body)`` from a CGI program's output."""
    head, _, body = output.partition(b"\r\n\r\n")
    if not _:
        head, _, body = output.partition(b"\n\n")
    status, headers = 200, {}
    for line in head.decode("latin-1").splitlines():
        if ":" not in line:
            continue
        key, value = line.split(":", 1)
        if key.strip().lower() == "status":
            status = int(value.strip().split()[0])
        else:
            headers[key.strip()] = value.strip()
    return status, headers, body
