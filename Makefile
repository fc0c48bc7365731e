# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Folders that hold Python code (scripts/ may not exist yet in a fresh checkout).
PY_DIRS := plugins tests $(wildcard scripts)

.PHONY: serve preview build test lint unit check ci-deps bench clean
FORMAT ?= text

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

serve: $(STAMP)  ## build and serve on http://127.0.0.1:8000, rebuilding on change
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

preview: $(STAMP)  ## live preview for editors: after a save, re-render only what it touched
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true CASEBOOK_PREVIEW=true CASEBOOK_SEARCH=false \
	  $(BIN)/mkdocs serve --dirty -a 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(BIN)/mkdocs build --strict --site-dir site

check: $(STAMP)  ## validate all content without building (file:line: key: message)
	$(BIN)/casebook check --format $(FORMAT)

ci-deps:  ## Debian packages the browser tests need (root, Debian/Ubuntu)
	command -v chromium >/dev/null 2>&1 || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

lint: $(STAMP)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)
	$(BIN)/mypy --strict plugins $(wildcard scripts/*.py)

node_modules: package.json package-lock.json  ## axe-core for the accessibility tests
	npm ci --no-audit --no-fund --silent
	touch node_modules

unit: $(STAMP) node_modules
	$(BIN)/python -m pytest -q

test: lint unit  ## everything CI runs

bench: $(STAMP)  ## speed, memory, page weight, search transfer at 1,000 and 10,000 cases
	$(BIN)/python scripts/bench.py $(if $(BENCH_N),--sizes $(BENCH_N))

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
