# make demo   - parse the bundled sample speech
# make test   - run the test suite
# make bench  - measure speed and memory (see README, Performance)
# make lint   - ruff and mypy
# make fixtures - regenerate each fixture's .outline and check it against its gold
# make fuzz   - the long fuzz run (1 M mutated inputs on every core; fuzz/run.py)
# Both create .venv and install what they need on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench lint fixtures fuzz clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/speechparse parse speechparse/data/sample_speech.txt
	@echo
	$(BIN)/speechparse parse speechparse/data/sample_speech.txt -f json | $(BIN)/python -c \
	  "import json,sys; d=json.load(sys.stdin); print('removed:', len(d['removed']), 'warnings:', [w['code'] for w in d['warnings']])"

# On every core (pytest-xdist); --dist loadgroup keeps the tests that share a browser, a Dask
# cluster or slow imports in one worker (SHARED_SETUP in tests/conftest.py). Compiled modules
# are cached even where PYTHONDONTWRITEBYTECODE is set: without the cache every worker compiles
# the package and rewrites the tests' asserts again (~1.5 s each).
test: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -n auto --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check speechparse tests fuzz bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py

fuzz: $(STAMP)
	$(BIN)/python -m fuzz.run $(FUZZ_ARGS)

# The hand-made truth of a fixture is its .gold.tsv; its .outline (what `speechparse check`
# compares) is generated here from the parser and must agree with the gold (the test after).
# The gold cannot generate it: it cuts titles at 30 characters and leaves dash bullets out.
fixtures: $(STAMP)
	$(BIN)/speechparse check fixtures/ $$(find fixtures -name '*.html' -o -name '*.docx' | sort) --update
	$(BIN)/python -m pytest -q tests/test_check.py -k agree_with_the_gold

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
