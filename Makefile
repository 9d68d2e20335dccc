# Every target that needs Python first runs scripts/setup.sh, which is quick and offline when the
# machine and .venv are already up to date.
SHELL := /bin/bash

VENV := .venv
VENV_PYTHON := $(VENV)/bin/python
SETUP := bash scripts/setup.sh
TRANSLATIONS := resources/translations/engage_desktop_fr.ts resources/translations/engage_desktop_en.ts

# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-k routing -x"`.
PYTEST_ARGS ?=
# pytest-xdist workers: one per core by default; `make test PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= auto
# When set (by .ci/run), pytest's exit status is written to this file and the recipe itself
# succeeds, so that pytest's summary stays the last line of the output.
PYTEST_STATUS_FILE ?=

.DEFAULT_GOAL := help

.PHONY: help setup run run-empty test bench screenshots translations build clean distclean

help:
	@echo "make run           set up, then start Engage Desktop with demo data"
	@echo "make run-empty     set up, then start Engage Desktop on an empty database"
	@echo "make test          set up (with PostgreSQL), then run the whole pytest suite offscreen"
	@echo "make bench         run every bench/*.py"
	@echo "make screenshots   set up, then regenerate docs/screenshots/ with every scripts/screenshots/*.py"
	@echo "make translations  update resources/translations/*.ts from the code and build the .qm files"
	@echo "make build         build the desktop bundle with PyInstaller (build.spec)"
	@echo "make clean         remove build outputs and caches (distclean also removes .venv)"

setup:
	$(SETUP)

run: setup
	$(VENV)/bin/engage-desktop --demo

run-empty: setup
	$(VENV)/bin/engage-desktop

test:
	$(SETUP) --with-postgres
	@status=0; \
	QT_QPA_PLATFORM=offscreen $(VENV_PYTHON) -m pytest -n $(PYTEST_WORKERS) --durations=25 $(PYTEST_ARGS) || status=$$?; \
	if [[ -n "$(PYTEST_STATUS_FILE)" ]]; then echo "$$status" > "$(PYTEST_STATUS_FILE)"; exit 0; fi; \
	exit $$status

bench: setup
	@shopt -s nullglob; benches=(bench/*.py); \
	if (( $${#benches[@]} == 0 )); then echo "no benchmarks in bench/"; exit 0; fi; \
	for bench in "$${benches[@]}"; do \
		echo "==> $$bench"; \
		QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(VENV_PYTHON) "$$bench" || exit $$?; \
	done

screenshots: setup
	@for script in scripts/screenshots/*.py; do \
		[[ "$$script" == */screenshot_kit.py ]] && continue; \
		echo "==> $$script"; \
		QT_QPA_PLATFORM=offscreen $(VENV_PYTHON) "$$script" || exit $$?; \
	done

translations: setup
	$(VENV)/bin/pyside6-lupdate -extensions py,ui engage_desktop -ts $(TRANSLATIONS)
	$(VENV)/bin/pyside6-lrelease $(TRANSLATIONS)

build: setup
	$(VENV)/bin/pyinstaller --noconfirm build.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
	find . -path ./.venv -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
