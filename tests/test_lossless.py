"""Nothing is lost: every non-blank character of the input ends up in exactly one place
(front matter, preamble, TOC, a node's title or body, closing, notes, or removed noise)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FIXTURES, SHARED_SEEDS, all_fixture_texts, by_folder, each
from support.documents import parsed

import speechparse
from speechparse.model import Document

WS = set(" \t\u3000\n")


def assert_lossless(doc: Document) -> None:
    text = doc.text
    owner: list[str | None] = [None] * len(text)
    for start, end, kind in doc.spans():
        assert 0 <= start <= end <= len(text), (start, end, kind)
        for i in range(start, end):
            if text[i] in WS:
                continue
            assert owner[i] is None, f"offset {i} ({text[i]!r}, line {doc.source.line_of(i)}) in {owner[i]} and {kind}"
            owner[i] = kind
    lost = [i for i, ch in enumerate(text) if ch not in WS and owner[i] is None]
    if lost:
        i = lost[0]
        raise AssertionError(f"{len(lost)} characters lost, first at line {doc.source.line_of(i)}: "
                             f"{text[max(0, i - 10):i + 20]!r}")


def assert_lines_in_spans(doc: Document) -> None:
    for node in doc.walk():
        assert node.line <= node.end_line
        for child in node.children:
            assert node.line <= child.line <= child.end_line <= node.end_line


PATHS = all_fixture_texts() + (sorted(SHARED_SEEDS.glob("*.txt")) if SHARED_SEEDS.is_dir() else [])


def _accounted_for(path: Path) -> None:
    doc = parsed(path)
    assert_lossless(doc)
    assert_lines_in_spans(doc)


@pytest.mark.parametrize("paths", by_folder(PATHS))
def test_every_character_is_accounted_for(paths: list[Path]):
    each(paths, _accounted_for)


@pytest.mark.parametrize("path", all_fixture_texts()[:6], ids=lambda p: p.name)
def test_lossless_with_noise_kept(path: Path):
    assert_lossless(speechparse.parse_file(path, keep_noise=True))


def test_fixture_dir_exists():
    assert FIXTURES.is_dir()
