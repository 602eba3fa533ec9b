# Two commands do everything on a fresh machine:
#   make demo   set up .venv and build the seeds into exports/
#   make test   set up .venv (and Debian's chromium) and run the whole test suite
# .venv is made when it is missing or pyproject.toml is newer; `make clean` (or .ci/run, which
# CI uses) removes it, so the next command starts from a fresh one.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup demo test browser bench clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

setup: $(BIN)/kg

# Debian's chromium drives the browser tests (Playwright's own browser download does not work offline).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }

demo: setup
	$(BIN)/kg build seeds --out exports

test: setup browser
	$(BIN)/python -m pytest -q

# Benchmarks of issue 5 (1k and 10k generated articles; long: see BENCHMARKS.md). Not a test.
bench: setup browser
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info
