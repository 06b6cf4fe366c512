# make demo   - parse the bundled sample speech
# make test   - run the test suite
# make bench  - measure speed and memory (see README, Performance)
# Both create .venv and install what they need on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench lint fixtures clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/speechparse parse speechparse/data/sample_speech.txt
	@echo
	$(BIN)/speechparse parse speechparse/data/sample_speech.txt -f json | $(BIN)/python -c \
	  "import json,sys; d=json.load(sys.stdin); print('removed:', len(d['removed']), 'warnings:', [w['code'] for w in d['warnings']])"

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check speechparse tests

bench: $(STAMP)
	$(BIN)/python bench/run.py

fixtures: $(STAMP)
	$(BIN)/python tests/tools/regen_fixtures.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
