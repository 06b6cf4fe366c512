"""The compiled-pattern store (speechparse/regex_cache.py): a stored pattern is the very
Pattern `re.compile` makes (CPython compares patterns by flags, source and compiled code), and
a damaged, foreign or unwritable store only costs the time it was meant to save."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest
from support import SAMPLE

import speechparse
from speechparse import regex_cache

PATTERNS = [(r"(?P<n>[一二三四五六七八九十]{1,3})、", 0), (r"^[（(](?P<n>\d+)[）)]", re.M),
            (r"(?i)vip|下载", 0), ("[\u3000 \t]+$", re.M | re.S)]


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store of this test's own, and no pattern made yet in this process."""
    path = tmp_path / "__pycache__" / "regex.test.marshal"
    monkeypatch.setattr(regex_cache, "PATH", str(path))
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache, "_made", {})
    return path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a new process: nothing made, the store read again."""
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_made", {})


def test_every_pattern_the_parser_makes_is_the_one_re_makes():
    speechparse.parse_file(SAMPLE)
    made = dict(regex_cache._made)
    assert len(made) > 50  # the parser's patterns go through the store
    for (pattern, flags), compiled in made.items():
        assert compiled == re.compile(pattern, flags), pattern


def test_a_stored_pattern_comes_back_the_same(store: Path, monkeypatch: pytest.MonkeyPatch):
    fresh = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert regex_cache.save() and store.is_file()
    _forget(monkeypatch)
    again = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert not regex_cache._new  # all four came from the store
    for (pattern, flags), a, b in zip(PATTERNS, fresh, again, strict=True):
        assert a == b == re.compile(pattern, flags) and a is not b
        assert b.groupindex == re.compile(pattern, flags).groupindex
    assert again[0].match("十二、加强党的建设")["n"] == "十二"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "another tag", "not a dict", "bad code"])
def test_a_damaged_store_is_compiled_afresh(store: Path, monkeypatch: pytest.MonkeyPatch, damage: str):
    for p, f in PATTERNS:
        regex_cache.compile(p, f)
    regex_cache.save()
    data = store.read_bytes()
    tag, entries = marshal.loads(data)
    store.write_bytes({"garbage": b"\x00\xffnot marshal", "truncated": data[: len(data) // 2],
                       "another tag": marshal.dumps(("cpython-399-0-4", entries)),
                       "not a dict": marshal.dumps((tag, [1, 2, 3])),
                       "bad code": marshal.dumps((tag, {k: (v[0], [99999] * 5, *v[2:]) for k, v in entries.items()})),
                       }[damage])
    _forget(monkeypatch)
    for pattern, flags in PATTERNS:
        assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)


def test_a_store_that_cannot_be_written_is_left_alone(store: Path, monkeypatch: pytest.MonkeyPatch):
    store.parent.parent.joinpath("__pycache__").write_text("a file where the folder would be")
    regex_cache.compile(*PATTERNS[0])
    assert regex_cache.save() is False  # no exception, nothing written
    assert regex_cache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])


def test_a_bad_pattern_is_refused_as_re_refuses_it(store: Path):
    with pytest.raises(re.error):
        regex_cache.compile("(?P<n>unclosed")
    assert not regex_cache._new
