"""Every fixture speech parses to exactly its hand-made gold outline."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, gold_fixtures
from goldscore import Score, predicted, read_gold, score

import speechparse

FIXTURE_PATHS = gold_fixtures()


def _score(path: Path) -> Score:
    doc = speechparse.parse_file(path)
    return score(read_gold(path.with_name(path.stem + ".gold.tsv")), predicted(doc))


def test_there_are_gold_fixtures():
    assert len(FIXTURE_PATHS) >= 10


@pytest.mark.parametrize("path", FIXTURE_PATHS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_outline_is_exact(path: Path):
    s = _score(path)
    assert s.exact, "\n".join(s.misses)


def test_fixture_totals_meet_the_goal():
    total = Score()
    for path in FIXTURE_PATHS:
        total.add(_score(path))
    detect, tree = total.f1()
    assert detect >= 0.97 and tree >= 0.95, (detect, tree)
