"""Test helpers, in one place: where things are, which fixtures exist, how to run a command
(`support.cli`), how to score against a gold outline (`support.goldscore`)."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
# the project workspace's real speeches (seeds, devset) beside the checkout, or where
# SPEECHPARSE_SHARED says (a git worktree elsewhere); the tests that read them skip without them
SHARED = Path(os.environ.get("SPEECHPARSE_SHARED", ROOT.parent / "shared"))
SHARED_SEEDS = SHARED / "seeds"
SHARED_DEVSET = SHARED / "devset"
SAMPLE = ROOT / "speechparse" / "data" / "sample_speech.txt"

SPEECH_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".md")
# ... and a PDF or a page saved as one file written with its own gold (fixtures/pdf and fixtures/mhtml
# hold the text and HTML fixtures typeset and saved, compared with them)
GOLD_SUFFIXES = (*SPEECH_SUFFIXES, ".pdf", ".mhtml", ".mht")


def gold_fixtures() -> list[Path]:
    """Every fixture speech that has a hand-made gold outline beside it."""
    return list(_gold_fixtures())


def all_fixture_texts() -> list[Path]:
    return list(_fixture_texts())


# the walks of fixtures/ behind the two above, once per test process (a dozen test modules
# ask at collection, and each walk of the 200 folders takes a tenth of a second)
@functools.cache
def _gold_fixtures() -> tuple[Path, ...]:
    out = []
    for gold in FIXTURES.rglob("*.gold.tsv"):
        stem = gold.name[: -len(".gold.tsv")]
        out += [gold.with_name(stem + s) for s in GOLD_SUFFIXES if gold.with_name(stem + s).exists()]
    return tuple(sorted(out))


@functools.cache
def _fixture_texts() -> tuple[Path, ...]:
    return tuple(sorted(p for p in FIXTURES.rglob("*") if p.suffix in SPEECH_SUFFIXES and "README" not in p.name))


@functools.cache  # (asked once per fixture by every parametrised test: 12,000 times)
def folder_group(folder: str) -> str:
    """The group of a folder below fixtures/: numbered folders by tens (genres, genres2 …
    genres9 are `genres0x`; genres57 is in `genres5x`), any other folder is its own group."""
    match = re.fullmatch(r"(\D+?)(\d*)", folder)
    if match is None or not any(re.fullmatch(rf"{re.escape(match[1])}\d+", f) for f in _FOLDERS):
        return folder
    return f"{match[1]}{int(match[2] or 0) // 10}x"


# the folders below fixtures/, for folder_group (a folder alone keeps its name: `web`, `html`)
_FOLDERS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) if FIXTURES.is_dir() else []


def by_folder(paths: Iterable[Path]) -> list[Any]:
    """`paths` as one test parameter per group of folders (id: `folder_group` of the folder
    below fixtures/, or the folder's name elsewhere).

    Each test item costs pytest and xdist 2-4 ms of bookkeeping whatever it does: the ten
    checks run on every fixture were 2,300 items and a fifth of the suite's time, then one per
    folder 720 items as the blind batches added a folder each. One item per group, with `each`
    naming every file that fails, reports the same."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        parent = path.parent
        if parent.is_relative_to(FIXTURES) and parent != FIXTURES:
            below = parent.relative_to(FIXTURES)
            key = "/".join([folder_group(below.parts[0]), *below.parts[1:]])
        else:
            key = parent.name
        groups.setdefault(key, []).append(path)
    return [pytest.param(group, id=key) for key, group in groups.items()]


def each(paths: list[Path], check: Callable[[Path], object]) -> None:
    """`check(path)` for every path; one failure at the end naming each file that failed and why."""
    assert paths, "no files to check"
    failures = []
    for path in paths:
        try:
            check(path)
        except AssertionError as e:
            failures.append(f"{path.name}: {e}")
    assert not failures, f"{len(failures)} of {len(paths)} files:\n" + "\n".join(failures)
