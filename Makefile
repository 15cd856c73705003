# Two commands on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
SHARED ?= ../shared

.PHONY: demo test install install-dev browser eval bench fuzz train lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e . || $(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python requirements-dev.lock pyproject.toml
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e . || $(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Debian's Chromium, for the browser tests (CI runs as root on a clean machine).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will be skipped"; \
	  else echo "warning: chromium missing and not root; browser tests will be skipped"; fi; }

demo: install
	rm -f demo.duckdb
	$(BIN)/communique extract examples/ --published 2023-05-11 -o demo.jsonl
	$(BIN)/communique show demo.jsonl
	$(BIN)/communique ingest examples/ --published 2023-05-11 --db demo.duckdb --no-progress
	$(BIN)/communique dyads TUR SYR --db demo.duckdb --plot demo-tur-syr.png
	@echo "Read the articles in a browser: $(BIN)/communique serve --db demo.duckdb"

test: install-dev browser
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/python -m pytest -q

eval: install-dev
	$(BIN)/python -m communique.evaluate.report --shared $(SHARED) --out docs/quality.md

bench: install-dev
	$(BIN)/python bench/run.py --shared $(SHARED) --out docs/performance.md

# Rebuild the learned fallback of the events stage from the real-news dev set (every batch).
TRAIN_GOLD := $(sort $(wildcard tests/data/realnews/batch*.jsonl))
train: install-dev
	$(PY) scripts/train_events.py --gold $(TRAIN_GOLD) --out src/communique/events/data/learned/model.json
	$(PY) scripts/eval_learned.py --gold $(TRAIN_GOLD) --folds 10 --thresholds 0.25 0.3 0.35 --checks 0 0.25 --coded 0.45 0.5

fuzz: install-dev
	$(BIN)/python -m pytest -q tests/test_fuzz.py --hypothesis-profile=fuzz -p no:cacheprovider

# Regenerate the hash-pinned lock files (needs network access to PyPI). Both hold every
# extra (web, dask, plot): `make demo` and `make test` install everything.
lock:
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra all --generate-hashes --python-version 3.11 -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements-dev.lock

clean:
	rm -rf $(VENV) demo.jsonl demo.duckdb demo-tur-syr.png .pytest_cache
