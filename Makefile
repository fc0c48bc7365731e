# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Every Python package, pinned with hashes; `make upgrade` refreshes it.
LOCK   := requirements.lock
# The system packages (Debian names), listed once: README points there, .ci/run and the
# workflows install them through `make system-deps`.
SYSTEM_PACKAGES := $(shell sed -e 's/\#.*//' system-packages.txt)
# Root installs as it is; anyone else (a hosted CI runner) through sudo.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
# Folders that hold Python code (scripts/ may not exist yet in a fresh checkout).
PY_DIRS := plugins tests $(wildcard scripts)
MKDOCS := NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(BIN)/mkdocs

.PHONY: serve preview build test lint unit check chromium system-deps lock upgrade bench clean
FORMAT ?= text

# Exactly the locked versions and hashes, then the project itself without dependencies.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

serve: $(STAMP)  ## build and serve on http://127.0.0.1:8000, rebuilding on change
	$(MKDOCS) serve --strict -a 127.0.0.1:8000

preview: $(STAMP)  ## live preview for editors: after a save, re-render only what it touched; no PDFs
	CASEBOOK_PREVIEW=true CASEBOOK_SEARCH=false CASEBOOK_PDF=false \
	  $(MKDOCS) serve --dirty -a 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/, with search index and PDF handouts (what is deployed)
	$(MKDOCS) build --strict --site-dir site

check: $(STAMP)  ## validate all content without building (file:line: key: message)
	$(BIN)/casebook check --format $(FORMAT)

# A package counts as present when dpkg has it or a command of that name exists (npm may
# come from Node's own installer, as on hosted runners).
system-deps:  ## install the packages of system-packages.txt that are missing (apt; sudo if not root)
	@missing=$$(for p in $(SYSTEM_PACKAGES); do command -v $$p >/dev/null || \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "apt-get install" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

# CHROMIUM_FROM=playwright (hosted runners): Playwright's own browser first, when its
# download host answers; otherwise the usual discovery.
chromium: $(STAMP)  ## find a Chromium for the browser tests, install one, or say in one line what to run
	$(BIN)/python scripts/chromium.py $(if $(CHROMIUM_FROM),--from $(CHROMIUM_FROM))

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

test: chromium lint unit  ## everything CI runs (the browser first: no browser, no green run)

# The lock is resolved for every platform (--universal) from Python 3.11 up, with the
# hashes of every file of each pinned version; uv itself is one of the locked tools.
UV_COMPILE := $(BIN)/uv pip compile pyproject.toml --extra test --universal \
  --python-version 3.11 --generate-hashes --custom-compile-command "make lock" -o $(LOCK) --quiet

lock: $(STAMP)  ## re-resolve requirements.lock after a change to pyproject.toml, keeping pins
	$(UV_COMPILE)

upgrade: $(STAMP)  ## newest allowed versions into requirements.lock, reinstall, run the tests
	$(UV_COMPILE) --upgrade
	$(MAKE) test

bench: $(STAMP)  ## speed, memory, PDF share, page weight, search transfer at 1,000 and 10,000 cases
	$(BIN)/python scripts/bench.py $(if $(BENCH_N),--sizes $(BENCH_N))

clean:
	rm -rf site .cache .pytest_cache .mypy_cache .ruff_cache
