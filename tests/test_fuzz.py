"""A short fuzz run inside `make test` (the long one is `make fuzz`): mutated seeds must
parse without an exception but InputError, keep every character in one place, render valid
output in every format, and give the same outline from their UTF-8, GB18030, UTF-16 and
CRLF forms (fuzz/checks.py)."""

from __future__ import annotations

import random
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support import ROOT

sys.path.insert(0, str(ROOT))
from fuzz import checks, mutate  # noqa: E402
from fuzz.run import main as fuzz_main  # noqa: E402

SEEDS = mutate.seeds()
OPS = st.builds(mutate.Op, st.sampled_from(mutate.KINDS), st.floats(0, 1, allow_nan=False),
                st.integers(0, 0x10FFFF))


@st.composite
def mutants(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEEDS))
    start = draw(st.integers(0, max(0, len(text) - 1)))
    size = draw(st.sampled_from((30, 200, 800)))
    return mutate.apply(text[start:start + size], draw(st.lists(OPS, max_size=6)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutants())
def test_mutated_seeds_keep_every_promise(text: str):
    assert checks.check(text) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(mutate.TOKENS) | st.characters(exclude_categories=["Cs"]),
                max_size=40))
@example(["一、", "其一，", "\r\n", "<"])  # a `\r\n` of the text's own is one line end in its CRLF form too
def test_marker_soup_keeps_every_promise(pieces: list[str]):
    assert checks.check("".join(pieces)) == []


def test_the_mutation_loop_keeps_every_promise():
    rng = random.Random(12)
    for _ in range(150):
        text = mutate.mutant(rng, SEEDS).text
        assert checks.check(text) == [], text


def test_the_seeds_are_there():
    assert len([p for p in mutate.seed_paths() if mutate.origin(p) == "fixtures"]) >= 50
    assert len(SEEDS) == len(mutate.seed_paths())


# --- the checks must be able to fail ---------------------------------------------------------

def test_check_reports_a_crash(monkeypatch):
    import speechparse

    def broken(data, **_):
        raise KeyError("boom")

    monkeypatch.setattr(speechparse, "parse", broken)
    assert [p.kind for p in checks.check("一、总体要求")] == ["crash"]


def test_check_reports_a_character_in_two_places():
    import speechparse

    doc = speechparse.parse("一、总体要求\n要稳中求进。\n")
    doc.closing_spans.append((0, 2))
    assert (checks.lossless(doc) or "").endswith(" and closing")


def test_check_reports_an_invalid_rendering(monkeypatch):
    from speechparse import render as render_mod

    real = render_mod.render
    monkeypatch.setattr(checks, "render", lambda doc, fmt: "<opml><unclosed>" if fmt == "opml" else real(doc, fmt))
    assert [p.kind for p in checks.check("一、总体要求\n要稳中求进。\n", encodings=False)] == ["render-opml"]


def test_the_long_run_reports_what_it_tried(capsys, tmp_path):
    assert fuzz_main(["--inputs", "40", "--jobs", "1", "--deep-every", "2", "--no-shared", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "tried 40 inputs" in out and "20 through every renderer" in out
    assert "found: 0 crashes, 0 lossless violations, 0 other problems" in out


def test_check_reports_a_different_outline_from_another_form(monkeypatch):
    import speechparse

    real = speechparse.parse
    monkeypatch.setattr(speechparse, "parse",
                        lambda data, **kw: real("二、别的" if isinstance(data, bytes) else data))
    text = "一、总体要求\n要稳中求进。\n（一）稳住\n"
    assert [p.kind for p in checks.check(text, formats=False)] == ["encoding-utf-8", "encoding-utf-16",
                                                                   "encoding-crlf"]


def test_chunks_with_a_line_separator_inside_are_valid():
    assert checks.check("一、总体要求\n要稳中\u2028求进。\u2029好\n", encodings=False) == []


def test_yaml_keeps_a_next_line_character():
    # found by the fuzzer: a reader folds NEL (U+0085) in a plain or single-quoted scalar to a
    # space; -f yaml writes such a string double-quoted
    assert checks.check("一、总体要求\n要稳中\x85求进。\n", encodings=False) == []
