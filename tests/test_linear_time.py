"""Hostile inputs take linear time: the cases of bench/hostile.py at small sizes.

Checks per case, none of them a speed target (bench/run.py measures speed):
- operation counts, deterministic: Python lines executed (sys.settrace) and characters
  scanned by `str.find`/`rfind`/`count`/`index` on the document text (a str subclass that
  counts). Doubling the input may at most double each count (x2.2). Lines see every Python
  loop; scanned characters see quadratic work inside C calls (a `find` from every item to
  the end of a huge paragraph) that line counts cannot.
- characters handed to the noise rules' patterns, the regex scans that run over whole lines.
Time is not measured here: `make bench` measures each case at full size, by time, in one run.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import NamedTuple

import pytest
from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import hostile  # noqa: E402

SMALL = {  # the size at which each case is checked, in the case's own unit
    "a million marker lines": 1500,
    "one 20 MB line, no newline": 60_000,
    "10 000 nested levels, alternating styles": 1500,
    "100 000 inline 一是…二是… items in one paragraph": 1500,
    "a 100 000-line table of contents": 1500,
    "10 MB of random CJK, digits, brackets": 60_000,
    "40 000-character paragraphs after a truncation notice": 20_000,
}
CASES = [c for c in hostile.CASES if c.name in SMALL]


class CountingStr(str):
    """The document text, counting the characters its search methods look at."""

    scanned = 0

    def _span(self, start: int | None, end: int | None) -> tuple[int, int]:
        size = len(self)
        s = 0 if start is None else (start if start >= 0 else max(0, size + start))
        e = size if end is None else (min(end, size) if end >= 0 else max(0, size + end))
        return s, e

    def find(self, sub, start=None, end=None):
        s, e = self._span(start, end)
        r = str.find(self, sub, s, e)
        CountingStr.scanned += (r - s + len(sub) if r >= 0 else e - s)
        return r

    def rfind(self, sub, start=None, end=None):
        s, e = self._span(start, end)
        r = str.rfind(self, sub, s, e)
        CountingStr.scanned += (e - r if r >= 0 else e - s)
        return r

    def index(self, sub, start=None, end=None):
        r = self.find(sub, start, end)
        if r < 0:
            raise ValueError("substring not found")
        return r

    def rindex(self, sub, start=None, end=None):
        r = self.rfind(sub, start, end)
        if r < 0:
            raise ValueError("substring not found")
        return r

    def count(self, sub, start=None, end=None):
        s, e = self._span(start, end)
        CountingStr.scanned += e - s
        return str.count(self, sub, s, e)

    def __contains__(self, sub):  # (`"议程" in text`, asked once per item, reads the text once per item)
        r = str.find(self, sub)
        CountingStr.scanned += r + len(sub) if r >= 0 else len(self)
        return r >= 0

    def __getitem__(self, key):  # (a slice copies what it takes: `text[:pos]` per item is quadratic)
        if isinstance(key, slice):
            s, e, _ = key.indices(len(self))
            CountingStr.scanned += max(0, e - s)
        return str.__getitem__(self, key)


class CountingPattern:
    """A noise rule's pattern, counting the characters handed to it: regex scans are C code
    the line and `find` counts cannot see."""

    scanned = 0

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, line: str, *args) -> re.Match[str] | None:
        CountingPattern.scanned += len(line)
        return self.pattern.search(line, *args)


class Counts(NamedTuple):
    lines: int  # lines of speechparse's own code executed
    scanned: int  # characters of the text its search methods looked at
    noise: int  # characters handed to the noise rules' patterns


@cache  # the three tests of a case read one parse of each size
def counts(case_name: str, size: int) -> Counts:
    """parse + JSON Lines of the case at `size`, counting all three at once."""
    from speechparse import api, source
    from speechparse.cleaning import noise
    from speechparse.render import render

    case = next(c for c in CASES if c.name == case_name)
    text = case.build(size)
    hostile.parse_and_render(text)  # warm up: patterns compile on first use
    lines = 0
    package = str(ROOT / "speechparse")

    def tracer(frame, event, arg):
        # (what the library calls is its own cost: tracing it too was the slowest check)
        if not frame.f_code.co_filename.startswith(package):
            return None  # no line events for this frame
        return count_lines

    def count_lines(frame, event, arg):
        nonlocal lines
        if event == "line":
            lines += 1
        return count_lines

    rules = noise.RULES
    noise.RULES = tuple(r._replace(pattern=CountingPattern(r.pattern)) for r in rules)
    CountingStr.scanned = CountingPattern.scanned = 0
    sys.settrace(tracer)
    try:  # what speechparse.parse(text) does, the document's text a CountingStr
        src = source.from_text(text)
        src.text = CountingStr(src.text)
        render(api.build_document(src), "jsonl")
    finally:
        sys.settrace(None)
        noise.RULES = rules
    return Counts(lines, CountingStr.scanned, CountingPattern.scanned)


def _doubled(case: hostile.Case) -> tuple[Counts, Counts]:
    n = SMALL[case.name]
    return counts(case.name, n), counts(case.name, 2 * n)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name.split(",")[0])
def test_doubling_the_input_at_most_doubles_the_characters_noise_rules_read(case: hostile.Case):
    small, big = (c.noise for c in _doubled(case))
    assert big <= hostile.LIMIT * max(small, 1), f"{case.name}: {small:,} -> {big:,} characters"


def test_no_noise_rule_reads_a_paragraph_longer_than_its_limit(monkeypatch):
    # after a notice the rules once read every paragraph whole: the unanchored breadcrumb
    # pattern made that quadratic (23 s for one 40 000-character paragraph)
    from speechparse.cleaning import noise

    longest = 0

    class Longest(CountingPattern):
        def search(self, line: str, *args) -> re.Match[str] | None:
            nonlocal longest
            longest = max(longest, len(line))
            return self.pattern.search(line, *args)

    rules = tuple(r._replace(pattern=Longest(r.pattern)) for r in noise.RULES)
    monkeypatch.setattr(noise, "RULES", rules)
    hostile.parse_and_render(hostile.post_notice(40_000))
    assert 0 < longest <= noise.MAX_NOISE_LINE


def test_the_breadcrumb_pattern_is_anchored_at_both_ends():
    from speechparse.cleaning import noise

    # anchored, every start but the line's first fails at once: one pass over the line
    assert noise.BREADCRUMB.startswith("^") and noise.BREADCRUMB.endswith("$")


def test_every_case_is_covered():
    assert {c.name for c in hostile.CASES} == set(SMALL)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name.split(",")[0])
def test_doubling_the_input_at_most_doubles_the_work(case: hostile.Case):
    small, big = (c.lines for c in _doubled(case))
    assert big <= hostile.LIMIT * small, f"{case.name}: {small:,} -> {big:,} lines ({big / small:.2f}x)"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name.split(",")[0])
def test_doubling_the_input_at_most_doubles_the_characters_scanned(case: hostile.Case):
    small, big = (c.scanned for c in _doubled(case))
    assert small > 0
    assert big <= hostile.LIMIT * small, f"{case.name}: {small:,} -> {big:,} characters ({big / small:.2f}x)"


def test_the_scan_counter_sees_a_quadratic_find():
    # the check above must be able to fail: a find from every item to the paragraph end
    def items_to_paragraph_end(n: int) -> int:
        text = CountingStr("一是抓好工作；" * n)
        CountingStr.scanned = 0
        for offset in range(0, len(text), 7):
            text.find("\n", offset)
        return CountingStr.scanned

    assert items_to_paragraph_end(600) > 3 * items_to_paragraph_end(300)


def test_the_scan_counter_sees_a_quadratic_membership_test_and_slice():
    # ... and a word looked for in the whole text, or the text copied up to here, at every item
    def per_item(n: int, probe) -> int:
        text = CountingStr("一是抓好工作；" * n)
        CountingStr.scanned = 0
        for offset in range(0, len(text), 7):
            probe(text, offset)
        return CountingStr.scanned

    def membership(text, offset):
        return "议程" in text

    def prefix(text, offset):
        return text[:offset].rstrip()[-1:]

    for probe in (membership, prefix):
        assert per_item(600, probe) > 3 * per_item(300, probe)
