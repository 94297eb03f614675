# RKSD - Ruimtelijke Kijk op het Sociaal Domein (QGIS plugin)
# `make demo` and `make test` install what they need (Debian's QGIS packages and a venv).
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
PLUGIN := rksd_plugin
BUILD := build/$(PLUGIN)
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
export QT_QPA_PLATFORM ?= offscreen
export PYTHONPATH := $(CURDIR)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help system venv qt6-venv pygeoapi lint test test-matrix test-unit test-qgis demo run package plugin bench transup transcompile sample screenshots clean

help:
	@echo "make demo         main job offline on the bundled Maastricht sample -> out/demo/"
	@echo "make test         lint and all tests, headless (installs QGIS and a venv when missing)"
	@echo "make test-matrix  demo + tests on QGIS 3.22, 3.40 and 3.44 (Debian chroots for those the host lacks)"
	@echo "make run          QGIS desktop with the plugin in a throw-away profile"
	@echo "make package      dist/$(PLUGIN)-$(VERSION).zip for 'Install from ZIP'"
	@echo "make bench        benchmarks -> out/bench/*.json"
	@echo "make transup      update i18n/*.ts from the sources"
	@echo "make transcompile build i18n/*.qm"
	@echo "make screenshots  the real QGIS desktop with the dock (nl/en, 100/150 %) -> docs/img/"

system:
	@scripts/ensure_system.sh

$(VENV)/.ready: requirements-dev.txt scripts/ensure_system.sh scripts/pytest_qgis_pin.py
	@scripts/ensure_system.sh
	@test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-dev.txt \
		"$$(QT_QPA_PLATFORM=offscreen $(PY) scripts/pytest_qgis_pin.py)"
	@touch $@

venv: $(VENV)/.ready

# PyQt6 from PyPI in a venv of its own: the pure-Qt widgets run under Qt6 (as in QGIS 4)
QT6_VENV := .venv-qt6
QT6_PY := $(QT6_VENV)/bin/python
$(QT6_VENV)/.ready: requirements-qt6.txt
	@scripts/ensure_system.sh
	@test -x $(QT6_PY) || $(SYSTEM_PYTHON) -m venv $(QT6_VENV)
	$(QT6_PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-qt6.txt
	@touch $@

qt6-venv: $(QT6_VENV)/.ready

# pygeoapi, a real OGC API server for the tests, in its own venv (never in the plugin, never over Debian's numpy)
PYGEOAPI_VENV := .venv-pygeoapi
$(PYGEOAPI_VENV)/.ready: requirements-pygeoapi.txt scripts/ensure_system.sh
	@scripts/ensure_system.sh
	@test -x $(PYGEOAPI_VENV)/bin/python || $(SYSTEM_PYTHON) -m venv $(PYGEOAPI_VENV)
	$(PYGEOAPI_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-pygeoapi.txt
	@touch $@

pygeoapi: $(PYGEOAPI_VENV)/.ready

RESULTS := out/test-results

# pyflakes errors (unused imports, undefined names) and flake8-qgis's rules; F811 is how pytest
# fixtures are used, QGS105 forbids the iface argument QGIS itself hands a plugin's classFactory,
# tests/qt6 runs the widgets on PyQt6 itself (QGS103)
LINT_PATHS := $(PLUGIN) scripts tests
lint: venv
	$(PY) -m flake8 --select=F,E9,QGS1 --extend-ignore=F811,QGS105 --per-file-ignores=tests/qt6/*:QGS103 --exclude=tests/qt6/shim,tests/fixtures $(LINT_PATHS)

test: venv qt6-venv pygeoapi transcompile lint
	@mkdir -p $(RESULTS)
	$(PY) -m pytest -p no:pytest_qgis --junitxml=$(RESULTS)/unit.xml tests/unit
	$(PY) -m pytest --junitxml=$(RESULTS)/qgis.xml tests/qgis
	$(QT6_PY) -m pytest -p no:cacheprovider --confcutdir=tests/qt6 --junitxml=$(RESULTS)/qt6.xml tests/qt6

# the README's commands on every supported QGIS: the host's own, the others in Debian chroots
test-matrix:
	$(SYSTEM_PYTHON) scripts/matrix.py $(MATRIX_ARGS)

test-unit: venv pygeoapi
	$(PY) -m pytest -p no:pytest_qgis tests/unit

test-qgis: venv transcompile
	$(PY) -m pytest tests/qgis

demo: venv transcompile
	$(PY) scripts/demo.py --out out/demo

transup: venv
	$(PY) i18n/update_ts.py $(PLUGIN) i18n/rksd_nl.ts i18n/rksd_en.ts

transcompile: system
	@for ts in i18n/*.ts; do [ -e "$$ts" ] && lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done; true

plugin: venv transcompile
	rm -rf $(BUILD)
	mkdir -p $(BUILD)/ext_libs $(BUILD)/i18n
	cp -r $(PLUGIN)/. $(BUILD)/
	cp -r resources $(BUILD)/resources
	cp metadata.txt LICENSE README.md CHANGELOG.md $(BUILD)/
	cp i18n/*.qm $(BUILD)/i18n/ 2>/dev/null || true
	cp -r $$($(PY) -c "import cbsodata, os; print(os.path.dirname(cbsodata.__file__))") $(BUILD)/ext_libs/cbsodata
	find $(BUILD) -name '__pycache__' -prune -exec rm -rf {} +
	@echo "plugin folder: $(BUILD)"

package: plugin
	mkdir -p dist
	rm -f dist/$(PLUGIN)-$(VERSION).zip
	cd build && zip -qr ../dist/$(PLUGIN)-$(VERSION).zip $(PLUGIN) -x '*/tests/*'
	@echo "dist/$(PLUGIN)-$(VERSION).zip"

run: plugin
	scripts/run_qgis.sh $(BUILD)

bench: venv transcompile
	$(PY) scripts/bench_pipeline.py --out out/bench
	$(PY) scripts/bench_load.py --out out/bench
	$(PY) scripts/bench_reachability.py --out out/bench --country
	$(PY) scripts/bench_atlas.py --out out/bench
	$(PY) scripts/bench_series.py --out out/bench
	$(PY) scripts/bench_planning.py --out out/bench
	$(PY) scripts/bench_disclosure.py --out out/bench

screenshots: plugin
	$(PY) scripts/screenshots.py --plugin $(BUILD) --out docs/img

clean:
	rm -rf build dist out .pytest_cache
