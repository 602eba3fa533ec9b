# Two commands do everything on a fresh machine:
#   make demo   set up .venv and build the seeds into exports/
#   make test   set up .venv (and Debian's chromium, and the npm clients) and run the whole test suite
#   make quick  the tests not marked slow (no browser, server, subprocess or property tests): under a minute
# .venv is made when it is missing or pyproject.toml is newer, and reused otherwise (each command says
# which); `make clean` (or .ci/run, which CI uses) removes it, so the next command starts from a fresh one.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup demo test quick browser clients bench wordlists clean venv-note

$(BIN)/kg: pyproject.toml
	@echo "making a fresh virtual environment in $(VENV) (no $(BIN)/kg yet, or pyproject.toml is newer)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

setup: $(BIN)/kg

# Says whether the tests run in a virtual environment made just now or in one made earlier.
venv-note: setup
	@if [ -n "$$(find $(BIN)/kg -newermt '-2 minutes' 2>/dev/null)" ]; then \
	  echo "tests run in $(VENV), made just now"; \
	else echo "tests run in the existing $(VENV) (made $$(date -r $(BIN)/kg '+%Y-%m-%d %H:%M')); 'make clean test' for a fresh one"; fi

# Debian's chromium drives the browser tests (Playwright's own browser download does not work offline).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }

# The SPARQL clients tests/test_clients.py runs against kg serve (YASGUI, Comunica): exactly the versions
# of clients/package-lock.json, from the npm registry, install scripts off. Node.js 18+ from Debian if missing.
clients: clients/node_modules/.package-lock.json

clients/node_modules/.package-lock.json: clients/package.json clients/package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq nodejs npm; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq nodejs npm; fi; }
	cd clients && npm ci --ignore-scripts --no-audit --no-fund

# --fresh-ids: exports/ is the project's sample, always what the code builds from seeds/ (ids minted
# from the labels); your own builds keep their entity ids from one build to the next (docs/identity.md)
demo: setup
	$(BIN)/kg build seeds --out exports --fresh-ids

# KG_CLIENTS=required: a missing npm client fails its tests instead of skipping them
test: venv-note browser clients
	KG_CLIENTS=required $(BIN)/python -m pytest -q

quick: venv-note
	$(BIN)/python -m pytest -q -m "not slow"

# Benchmarks of issue 5 (1k and 10k generated articles; long: see BENCHMARKS.md). Not a test.
bench: setup browser
	$(BIN)/python bench/run.py

# The generated word lists (graph/building/extract/data/wn_*.txt) must be what WordNet 3.0 and the sentiment
# lexicons give: a development check, not needed to build or test (Debian's WordNet, the tools extra).
wordlists: setup
	@test -d /usr/share/wordnet || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wordnet-base wordnet-sense-index; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq wordnet-base wordnet-sense-index; fi; }
	$(BIN)/pip install --quiet -e '.[tools]'
	$(BIN)/python tools/build_wordlists.py --check

clean:
	rm -rf $(VENV) build *.egg-info clients/node_modules
