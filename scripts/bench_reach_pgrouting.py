"""The pgRouting peer of the reachability benchmark: PostgreSQL + PostGIS + pgRouting, whole run.

Starts its own PostgreSQL (Debian's, as the ``postgres`` user, on loopback, in a temporary
folder), then times what a user of pgRouting does for the same question: load the roads
(with their topology: source and target node per road, computed here with numpy as for
networkx), the facilities and the addresses; build the spatial index; snap every facility and
address onto its nearest road (PostGIS KNN, fraction along the road); run ONE pgRouting
query from a virtual source linked to every facility (``pgr_drivingDistance``, undirected);
store each address's distance in a table. Prints one JSON line. Needs psycopg2.

Not ``pgr_drivingDistance(..., equicost := true)``: that variant returns distances up to
15 % too long on some nodes (see docs/method_analyses.md).

usage: bench_reach_pgrouting.py ROADS.gpkg FACILITIES.gpkg ADDRESSES.gpkg OUT.npz
"""
import glob
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def server_binaries():
    """The bin folder of the newest PostgreSQL that has PostGIS and pgRouting, or None."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        version = folder.split("/")[-2]
        share = "/usr/share/postgresql/{}/extension/".format(version)
        if os.path.exists(share + "pgrouting.control") and os.path.exists(share + "postgis.control"):
            return folder
    return None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A throw-away PostgreSQL cluster on 127.0.0.1 (trust authentication, no disk sync)."""

    def __init__(self, binaries):
        self.binaries = binaries
        self.folder = tempfile.mkdtemp(prefix="rksd_pg_")
        shutil.chown(self.folder, "postgres", "postgres")
        self.data = os.path.join(self.folder, "data")
        self.port = free_port()

    def _as_postgres(self, *command):
        return subprocess.run(["runuser", "-u", "postgres", "--"] + list(command), capture_output=True, text=True,
                              check=True, cwd=self.folder)

    def start(self):
        self._as_postgres(os.path.join(self.binaries, "initdb"), "-D", self.data, "-A", "trust", "-U", "postgres",
                          "--no-sync")
        options = "-c listen_addresses=127.0.0.1 -c port={} -c unix_socket_directories={} -c fsync=off " \
                  "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c work_mem=256MB " \
                  "-c maintenance_work_mem=512MB".format(self.port, self.folder)
        self._as_postgres(os.path.join(self.binaries, "pg_ctl"), "-D", self.data, "-o", options, "-w", "-l",
                          os.path.join(self.folder, "log"), "start")

    def stop(self):
        try:
            self._as_postgres(os.path.join(self.binaries, "pg_ctl"), "-D", self.data, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def copy_rows(cursor, table, rows):
    buffer = io.StringIO()
    for row in rows:
        buffer.write("\t".join(row))
        buffer.write("\n")
    buffer.seek(0)
    cursor.copy_from(buffer, table)


def main():
    import numpy as np
    import psycopg2

    from rksd_plugin.core.network.wkb import decode_lines, decode_points
    from rksd_plugin.qgis_io import ogr_columns

    roads_path, facilities_path, addresses_path, out_path = sys.argv[1:5]
    binaries = server_binaries()
    if binaries is None:
        print(json.dumps({"unavailable": "no PostgreSQL with PostGIS and pgRouting installed"}))
        return
    server = Server(binaries)
    server.start()
    try:
        connection = psycopg2.connect(host="127.0.0.1", port=server.port, user="postgres", dbname="postgres")
        connection.autocommit = True
        cursor = connection.cursor()
        cursor.execute("CREATE EXTENSION postgis")
        cursor.execute("CREATE EXTENSION pgrouting")
        cursor.execute("SELECT pgr_version(), postgis_lib_version(), version()")
        versions = cursor.fetchone()
        parts = {}
        started = time.perf_counter()
        roads = ogr_columns.read(roads_path)
        facilities = decode_points(ogr_columns.read(facilities_path).wkb)[0]
        addresses = ogr_columns.read(addresses_path, fields=["id"])
        origins = decode_points(addresses.wkb)[0]
        coords, starts, _ = decode_lines(list(roads.wkb))
        _, first, node_of = np.unique(coords, axis=0, return_index=True, return_inverse=True)
        node_of = node_of.reshape(-1)
        source, target = node_of[starts[:-1]], node_of[starts[1:] - 1]
        virtual = int(len(first)) + 1
        parts["read_files_and_topology"] = time.perf_counter() - started

        mark = time.perf_counter()
        cursor.execute("CREATE UNLOGGED TABLE roads (id bigint, source bigint, target bigint, geom geometry(LineString, 28992))")
        cursor.execute("CREATE UNLOGGED TABLE facilities (id bigint, geom geometry(Point, 28992))")
        cursor.execute("CREATE UNLOGGED TABLE addresses (id bigint, geom geometry(Point, 28992))")
        srid = "SRID=28992;"
        copy_rows(cursor, "roads", ((str(i), str(s), str(t), srid + bytes(w).hex()) for i, (s, t, w) in
                                    enumerate(zip(source.tolist(), target.tolist(), roads.wkb))))
        copy_rows(cursor, "facilities", ((str(i), "SRID=28992;POINT({!r} {!r})".format(x, y))
                                         for i, (x, y) in enumerate(facilities.tolist())))
        copy_rows(cursor, "addresses", ((str(i), "SRID=28992;POINT({!r} {!r})".format(x, y))
                                        for i, (x, y) in zip(addresses.values["id"].tolist(), origins.tolist())))
        cursor.execute("ALTER TABLE roads ADD COLUMN cost double precision")
        cursor.execute("UPDATE roads SET cost = ST_Length(geom)")
        parts["load"] = time.perf_counter() - mark

        mark = time.perf_counter()
        cursor.execute("CREATE INDEX roads_geom ON roads USING gist (geom)")
        cursor.execute("ANALYZE roads")
        parts["spatial_index"] = time.perf_counter() - mark

        mark = time.perf_counter()
        snap = ("CREATE UNLOGGED TABLE {0}_snap AS SELECT p.id, r.source, r.target, r.cost, "
                "ST_LineLocatePoint(r.geom, p.geom) AS frac FROM {0} p CROSS JOIN LATERAL "
                "(SELECT source, target, cost, geom FROM roads ORDER BY roads.geom <-> p.geom LIMIT 1) r")
        cursor.execute(snap.format("facilities"))
        cursor.execute(snap.format("addresses"))
        parts["snap_to_roads"] = time.perf_counter() - mark

        mark = time.perf_counter()
        edges = ("SELECT id, source, target, cost FROM roads "
                 "UNION ALL SELECT -1 - 2 * id, {v}, source, frac * cost FROM facilities_snap "
                 "UNION ALL SELECT -2 - 2 * id, {v}, target, (1 - frac) * cost FROM facilities_snap").format(v=virtual)
        cursor.execute("CREATE UNLOGGED TABLE reach AS SELECT node, agg_cost FROM pgr_drivingDistance(%s, %s, %s, "
                       "directed := false)", (edges, virtual, 1e12))
        cursor.execute("CREATE INDEX reach_node ON reach (node)")
        parts["one_virtual_source_query"] = time.perf_counter() - mark

        mark = time.perf_counter()
        cursor.execute("CREATE UNLOGGED TABLE result AS SELECT a.id, LEAST(a.frac * a.cost + s.agg_cost, "
                       "(1 - a.frac) * a.cost + t.agg_cost) AS distance FROM addresses_snap a "
                       "LEFT JOIN reach s ON s.node = a.source LEFT JOIN reach t ON t.node = a.target")
        parts["result_table"] = time.perf_counter() - mark
        seconds = time.perf_counter() - started

        cursor.execute("SELECT id, distance FROM result ORDER BY id")
        rows = np.array([(i, np.nan if d is None else d) for i, d in cursor.fetchall()], dtype=np.float64)
        np.savez(out_path, distance=rows[:, 1])
        connection.close()
        print(json.dumps({"seconds": seconds, "parts": parts, "pgrouting": versions[0], "postgis": versions[1],
                          "postgresql": versions[2].split(" on ")[0],
                          "note": "server process memory not included in peak_rss_mib; topology by numpy"}))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
