"""A real MapServer (Debian's ``mapserv``) serving PDOK's per-year WFS for several years (test support).

Like ``mapserver_wfs`` but for any features: ``/cbs/wijkenbuurten/<year>/wfs/v1_0`` serves
each year's buurten, wijken and gemeenten under the feature type names the catalog
names for that year (``cbs_buurten_2017`` ... ``wijkenbuurten:buurten``), and
``/cbs/vierkantstatistieken100m/<year>/wfs/v1_0`` serves CBS 100 m squares as
``vierkantstatistieken100m:vierkant_100m``. One mapfile per service and year, each
request one CGI run, as PDOK's MapServer does.
"""
import os
import re
import subprocess

from .mapserver_wfs import LAYER, MAPSERV, OUTPUTFORMAT, parse_cgi

MAPFILE = """MAP
  NAME "{name}"
  EXTENT 0 300000 300000 650000
  UNITS METERS
  PROJECTION "init=epsg:28992" END
  WEB
    METADATA
      "wfs_title" "{title} (RKSD test, MapServer on loopback)"
      "wfs_onlineresource" "https://service.pdok.nl{path}?"
      "wfs_srs" "EPSG:28992 EPSG:4326"
      "wfs_enable_request" "*"
      "wfs_getfeature_formatlist" "json"
      "wfs_namespace_prefix" "{prefix}"
      "wfs_namespace_uri" "http://{prefix}.geonovum.nl"
    END
  END
{outputformat}
{layers}
END
"""
AREA_FIELDS = {
    "buurt": ["buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam", "water"],
    "wijk": ["wijkcode", "wijknaam", "gemeentecode", "gemeentenaam", "water"],
    "gemeente": ["gemeentecode", "gemeentenaam", "water"],
}
_PATH = re.compile(r"^/cbs/(wijkenbuurten|vierkantstatistieken100m)/(\d{4})/wfs/v1_0/?$")


def _write_gpkg(path, layers):
    """``layers``: ``{name: (fields, [(properties, geojson_geometry)])}`` into one GeoPackage."""
    import json

    from osgeo import ogr, osr

    rd = osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for name, (fields, rows) in layers.items():
        out = target.CreateLayer(name, rd, ogr.wkbMultiPolygon)
        for field in fields:
            kind = ogr.OFTInteger64 if field.startswith("aantal") else ogr.OFTString
            out.CreateField(ogr.FieldDefn(field, kind))
        for properties, geometry in rows:
            feature = ogr.Feature(out.GetLayerDefn())
            for key in fields:
                if properties.get(key) is not None:
                    feature.SetField(key, properties[key])
            shape = ogr.CreateGeometryFromJson(json.dumps(geometry))
            feature.SetGeometry(ogr.ForceToMultiPolygon(shape))
            out.CreateFeature(feature)
    target = None
    return path


class MapServerYears:
    """``areas[year][level]``: ``[(properties, rd_geojson)]``; ``typenames[year][level]``:
    the catalog's names; ``squares[year]``: ``[(properties, rd_geojson)]`` of 100 m squares."""

    def __init__(self, folder, areas, typenames, squares=None, square_fields=("c28992r100", "aantal_inwoners")):
        os.makedirs(folder, exist_ok=True)
        self.folder = folder
        self.mapfiles = {}
        for year, levels in areas.items():
            layers = {}
            for level, rows in levels.items():
                name = typenames[year][level].split(":")[-1].format(year=year)
                layers[name] = (AREA_FIELDS[level], rows)
            prefix = "wijkenbuurten"
            self.mapfiles[("wijkenbuurten", str(year))] = self._mapfile(
                "wijkenbuurten_{}".format(year), "CBS Wijken en Buurten {}".format(year),
                "/cbs/wijkenbuurten/{}/wfs/v1_0".format(year), prefix, layers)
        for year, rows in (squares or {}).items():
            self.mapfiles[("vierkantstatistieken100m", str(year))] = self._mapfile(
                "vierkant_{}".format(year), "CBS Vierkantstatistieken 100m {}".format(year),
                "/cbs/vierkantstatistieken100m/{}/wfs/v1_0".format(year), "vierkantstatistieken100m",
                {"vierkant_100m": (list(square_fields), rows)})
        self.calls = []

    def _mapfile(self, name, title, path, prefix, layers):
        gpkg = _write_gpkg(os.path.join(self.folder, name + ".gpkg"), layers)
        text = MAPFILE.format(name=name, title=title, path=path, prefix=prefix, outputformat=OUTPUTFORMAT,
                              layers="\n".join(LAYER.format(name=layer, gpkg=gpkg) for layer in layers))
        mapfile = os.path.join(self.folder, name + ".map")
        with open(mapfile, "w", encoding="utf-8") as handle:
            handle.write(text)
        config = os.path.join(self.folder, name + ".conf")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write('CONFIG\n  ENV\n    MS_MAPFILE "{}"\n  END\nEND\n'.format(mapfile))
        return config

    def handle(self, public_base, path, query):
        match = _PATH.match(path)
        config = self.mapfiles.get(match.groups()) if match else None
        if config is None:
            return 404, {"Content-Type": "text/plain"}, b"Not Found"
        self.calls.append(path)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "MAPSERVER_CONFIG_FILE": config,
            "REQUEST_METHOD": "GET",
            "QUERY_STRING": query,
            "SERVER_NAME": "service.pdok.nl",
            "SCRIPT_NAME": path.rstrip("/"),
            "GATEWAY_INTERFACE": "CGI/1.1",
        }
        done = subprocess.run([MAPSERV], env=env, capture_output=True, timeout=60, check=False)
        return parse_cgi(done.stdout)
