#!/usr/bin/env bash
# `make run`: the QGIS desktop with RKSD installed in a throw-away profile.
# The profile (and with it every setting and cache of this session) is deleted on exit.
set -euo pipefail
plugin_dir=$(realpath "${1:?usage: run_qgis.sh BUILD_PLUGIN_DIR}")
name=$(basename "$plugin_dir")
profiles=$(mktemp -d -t rksd-qgis-XXXXXX)
trap 'rm -rf "$profiles"' EXIT
mkdir -p "$profiles/profiles/rksd/python/plugins" "$profiles/profiles/rksd/QGIS"
ln -s "$plugin_dir" "$profiles/profiles/rksd/python/plugins/$name"
cat > "$profiles/profiles/rksd/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
$name=true
[qgis]
showTips=false
checkVersion=false
INI
args=(--profiles-path "$profiles" --profile rksd --nologo --noversioncheck "${@:2}")
unset QT_QPA_PLATFORM  # the Makefile's headless default is for tests, not for the desktop
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display found: starting QGIS on a virtual screen (xvfb-run). Stop it with Ctrl+C." >&2
  xvfb-run -a -s "-screen 0 1600x1000x24" qgis "${args[@]}"
else
  qgis "${args[@]}"
fi
