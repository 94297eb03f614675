"""Start pygeoapi on a free loopback port (run by the isolated pygeoapi venv's Python).

Usage: python pygeoapi_launch.py CONFIG.yml OPENAPI.yml. Prints the port on the first line
of stdout, then serves until killed. Imports nothing of RKSD: pygeoapi and its
dependencies live in their own venv (make pygeoapi), never in the plugin or Debian's Python.
"""
import os
import subprocess
import sys


def main():
    config, openapi = sys.argv[1], sys.argv[2]
    os.environ["PYGEOAPI_CONFIG"] = config
    os.environ["PYGEOAPI_OPENAPI"] = openapi
    if not os.path.exists(openapi):
        cli = os.path.join(os.path.dirname(sys.executable), "pygeoapi")
        subprocess.run([cli, "openapi", "generate", config, "--output-file", openapi], check=True,
                       stdout=subprocess.DEVNULL)
    from werkzeug.serving import make_server

    from pygeoapi.flask_app import APP

    server = make_server("127.0.0.1", 0, APP, threaded=True)
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
