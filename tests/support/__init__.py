"""Test helpers, in one place: where things are, which fixtures exist, how to run a command
(`support.cli`), how to score against a gold outline (`support.goldscore`)."""

from __future__ import annotations

import os
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


def gold_fixtures() -> list[Path]:
    """Every fixture speech that has a hand-made gold outline beside it."""
    out = []
    for gold in FIXTURES.rglob("*.gold.tsv"):
        stem = gold.name[: -len(".gold.tsv")]
        out += [gold.with_name(stem + s) for s in SPEECH_SUFFIXES if gold.with_name(stem + s).exists()]
    return sorted(out)


def all_fixture_texts() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.suffix in SPEECH_SUFFIXES and "README" not in p.name)


def by_folder(paths: Iterable[Path]) -> list[Any]:
    """`paths` as one test parameter per folder (id: the folder below fixtures/, or its name).

    Each test item costs pytest and xdist 1-3 ms of bookkeeping whatever it does: the ten
    checks run on every fixture were 2,300 items and a fifth of the suite's time. One item per
    folder, with `each` naming every file that fails, reports the same."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        parent = path.parent
        key = str(parent.relative_to(FIXTURES)) if parent.is_relative_to(FIXTURES) else parent.name
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
