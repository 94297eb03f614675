#!/usr/bin/env bash
# Install the Debian packages RKSD's tests, demo and desktop need, when any is missing.
# MapServer (the WFS PDOK runs) and SpatiaLite (for pygeoapi's GeoPackage provider) serve
# real boundaries on loopback in the tests.
# Debian's QGIS belongs to the system Python (/usr/bin/python3); so do numpy, scipy and
# pandas, which must come from Debian too (pip's numpy 2 breaks QGIS's compiled modules).
set -euo pipefail
packages=(
  qgis python3-qgis qgis-providers
  python3-pandas python3-scipy python3-requests python3-pytest python3-openpyxl python3-jsonschema
  python3-venv xvfb xauth poppler-utils pyqt5-dev-tools qttools5-dev-tools zip fonts-dejavu-core make
  cgi-mapserver mapserver-bin libsqlite3-mod-spatialite
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
if [[ $(id -u) != 0 ]]; then
  echo "RKSD needs these Debian packages: ${missing[*]}" >&2
  echo "Run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
