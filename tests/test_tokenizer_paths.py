"""The tokenizer's fast paths (the line pattern anchored on `\\n`, inline candidates found by
str.find) must find exactly what the plain patterns find (`^` line pattern, inline finditer)."""

from __future__ import annotations

import sys
from functools import cache

import pytest
from support import ROOT, all_fixture_texts, folder_group

from speechparse import source, tokenizer
from speechparse.markers import Family

sys.path.insert(0, str(ROOT / "bench"))
import hostile  # noqa: E402

EDGES = ["一、a\n二、b", "\n一、x\n", "一二三四是五是", "，一二三四是，五是", "　　一、\n\n（一）x\n1.y\n一是a，二是b；三要c",
         "## 一、标题\n- （一）项\n", "一\n二　关于\n", "——甲\n——乙", "就是一要保重点，二要保改造", "①甲②乙\n⑴丙"]


def _key(t: tokenizer.Token) -> tuple[object, ...]:
    return (t.family.name, t.ordinal, t.marker, t.start, t.mstart, t.mend, t.inline, t.para, t.line,
            t.doubtful, t.layout)


@cache  # (built once: compiling the patterns costs more than tokenizing a speech)
def _plain_tables() -> tokenizer._Tables:
    tables = tokenizer._Tables(*tokenizer._patterns())
    tables.line_fast = None  # the `^` pattern over every line
    tables.inline_words = None  # the inline pattern's own finditer
    return tables


def _slow(text: str) -> list[tuple[object, ...]]:
    tables = _plain_tables()
    saved = tokenizer._tables
    tokenizer._tables = lambda *_: tables  # type: ignore[assignment]
    try:
        return [_key(t) for t in tokenizer.tokenize(text)]
    finally:
        tokenizer._tables = saved


# the texts, named at collection and built when a test runs: fixture speeches, the hostile
# cases at 1/200 of their size, the edge cases above
SOURCES = ([f"fixture:{p.relative_to(ROOT / 'fixtures')}" for p in all_fixture_texts() if p.suffix == ".txt"]
           + [f"hostile:{case.name}" for case in hostile.CASES] + [f"edge:{k}" for k in range(len(EDGES))])


def _text(name: str) -> str:
    kind, _, key = name.partition(":")
    if kind == "edge":
        return EDGES[int(key)]
    if kind == "fixture":
        text = source.decode((ROOT / "fixtures" / key).read_bytes())[0]
    else:
        case = next(c for c in hostile.CASES if c.name == key)
        text = case.build(max(2, case.full // 200))
    return source.normalise(text)


def test_the_fast_paths_are_used():
    tables = tokenizer._tables()
    assert tables.line_fast is not None and tables.inline_words is not None


def _groups() -> list[object]:
    """SOURCES as one test per group of fixture folders, the hostile cases, the edge cases (see
    by_folder)."""
    groups: dict[str, list[str]] = {}
    for name in SOURCES:
        kind, _, key = name.partition(":")
        groups.setdefault(folder_group(key.rpartition("/")[0]) if kind == "fixture" else kind, []).append(name)
    return [pytest.param(names, id=group) for group, names in groups.items()]


@pytest.mark.parametrize("names", _groups())
def test_fast_and_plain_patterns_find_the_same_tokens(names: list[str]):
    differ = []
    for name in names:
        text = _text(name)
        if [_key(t) for t in tokenizer.tokenize(text)] != _slow(text):
            differ.append(name)
    assert not differ, differ


def test_a_family_that_can_cross_a_line_end_takes_the_plain_pattern():
    fam = Family(name="x", style="x", pattern=r"(?P<n>[0-9])\s*号", description="")
    assert tokenizer._line_start_ranges([fam]) is None
    looks = Family(name="y", style="y", pattern=r"(?P<n>[0-9])号(?=\s)", description="")
    assert tokenizer._line_start_ranges([looks]) is not None  # a look-ahead consumes nothing
