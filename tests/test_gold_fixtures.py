"""Every fixture speech parses to exactly its hand-made gold outline."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import by_folder, each, gold_fixtures
from support.documents import parsed
from support.goldscore import Score, as_the_gold_writes, predicted, read_gold, score

FIXTURE_PATHS = gold_fixtures()


def _score(path: Path) -> Score:
    doc = parsed(path)
    return score(read_gold(path.with_name(path.stem + ".gold.tsv")), predicted(doc))


def test_gold_line_numbers_are_where_the_parser_puts_markers():
    # the gold's line column is hand-made too: the parser must report the same lines
    for path in FIXTURE_PATHS:
        doc = parsed(path)
        gold = read_gold(path.with_name(path.stem + ".gold.tsv"))
        got = {(n.line, as_the_gold_writes(n.marker)) for n in doc.walk()}
        missing = [(g.line, g.marker) for g in gold if not g.optional and (g.line, g.marker) not in got]
        assert not missing, f"{path.name}: {missing[:5]}"


def test_there_are_gold_fixtures():
    assert len(FIXTURE_PATHS) >= 10


def _exact(path: Path) -> None:
    s = _score(path)
    assert s.exact, "\n".join(s.misses)


@pytest.mark.parametrize("paths", by_folder(FIXTURE_PATHS))
def test_fixture_outline_is_exact(paths: list[Path]):
    each(paths, _exact)


def test_fixture_totals_meet_the_goal():
    total = Score()
    for path in FIXTURE_PATHS:
        total.add(_score(path))
    assert total.f1() == (1.0, 1.0)  # each fixture is exact (above), so the totals are too
