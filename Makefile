# make demo   - parse the bundled sample speech
# make test   - run the test suite
# make bench  - measure speed and memory, pure and compiled (see README, Performance)
# make compiled - build the mypyc-compiled wheel (setup.py) into dist/compiled, its files into build/compiled
# make test-compiled - the test suite against build/compiled
# make lint   - ruff and mypy
# make fixtures - regenerate each fixture's .outline and check it against its gold
# make fuzz   - the long fuzz run (1 M mutated inputs on every core; fuzz/run.py)
# Both create .venv and install what they need on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# the compiled build lives apart from the sources (an extension module beside its .py would
# shadow it): `make test` runs the pure sources, test-compiled and bench put this on PYTHONPATH
COMPILED := build/compiled
COMPILED_STAMP := $(COMPILED)/.built

.PHONY: demo test bench lint fixtures fuzz clean compiled test-compiled

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	SPEECHPARSE_USE_MYPYC= $(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
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

# mypyc (from the dev extra's mypy) and a C compiler build the wheel a user would install;
# --no-build-isolation so that the build uses this mypyc (as black's builds did)
$(COMPILED_STAMP): $(STAMP) setup.py $(shell find speechparse -name '*.py')
	rm -rf $(COMPILED) build/mypyc dist/compiled
	SPEECHPARSE_USE_MYPYC=1 $(BIN)/python -m pip wheel --quiet --disable-pip-version-check \
	  --no-build-isolation --no-deps -w dist/compiled .
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
	  --target $(COMPILED) dist/compiled/speechparse-*.whl
	touch $@

compiled: $(COMPILED_STAMP)

# -P: the working directory (the source tree) must not come before build/compiled. The
# operation counts of test_linear_time (Python lines traced, str.find calls on a counting str
# subclass) cannot see inside compiled code, which calls str.find directly: they are checked on
# the pure build (make test), the same algorithm; make bench times the compiled build.
test-compiled: $(COMPILED_STAMP)
	SPEECHPARSE_EXPECT_COMPILED=1 PYTHONPATH=$(COMPILED) $(BIN)/python -P -m pytest -q \
	  -k 'not doubles_the_work and not doubles_the_characters_scanned'

# the in-process rates of the compiled build too (bench/run.py --compiled); without a C
# compiler the bench runs on the pure build alone
bench: $(STAMP)
	$(MAKE) compiled || echo "no compiled build: the bench measures the pure one only"
	$(BIN)/python bench/run.py $$(test -f $(COMPILED_STAMP) && echo --compiled $(COMPILED))

fuzz: $(STAMP)
	$(BIN)/python -m fuzz.run $(FUZZ_ARGS)

# The hand-made truth of a fixture is its .gold.tsv; its .outline (what `speechparse check`
# compares) is generated here from the parser and must agree with the gold (the test after).
# The gold cannot generate it: it cuts titles at 30 characters and leaves dash bullets out.
fixtures: $(STAMP)
	$(BIN)/speechparse check fixtures/ $$(find fixtures -name '*.html' -o -name '*.docx' -o -name '*.md' ! -name README.md | sort) --update
	$(BIN)/python -m pytest -q tests/test_check.py -k agree_with_the_gold

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build dist
