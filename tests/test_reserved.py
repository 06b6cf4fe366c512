"""The clean fixture speeches, re-served the ways users have them (web chrome with a 提纲 and
disclaimers, GB18030, CRLF with BOM, half-width punctuation, no blank lines, PDF hard wraps),
score exactly as the clean text does (1.0: every node found, in its place)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FIXTURES
from support.goldscore import Score, predicted, read_gold, score
from support.reserve import VARIANTS

import speechparse

CLEAN = sorted(p.with_name(p.name[: -len(".gold.tsv")] + ".txt")
               for sub in ("core", "reports") for p in (FIXTURES / sub).glob("*.gold.tsv"))


def _total(make) -> tuple[float, float, list[str]]:
    total, misses = Score(), []
    for path in CLEAN:
        text = path.read_text(encoding="utf-8")
        gold = read_gold(path.with_name(path.stem + ".gold.tsv"))
        data = make(text, gold) if make else text.encode("utf-8")
        s = score(gold, predicted(speechparse.parse(data, path=str(path))))
        total.add(s)
        misses += [f"{path.name}: {m}" for m in s.misses]
    detect, tree = total.f1()
    return detect, tree, misses


@pytest.fixture(scope="module")
def clean_scores() -> tuple[float, float]:
    detect, tree, misses = _total(None)
    assert (detect, tree) == (1.0, 1.0), misses  # every clean fixture is exact (test_gold_fixtures)
    return detect, tree


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_variant_scores_as_the_clean_text(variant: str, clean_scores):
    # exact, because the parser achieves it: a variant that loses one node fails
    detect, tree, misses = _total(VARIANTS[variant])
    assert (detect, tree) == clean_scores, \
        f"{variant}: detect={detect:.3f} tree={tree:.3f}\n" + "\n".join(misses[:30])


def test_clean_fixture_set_is_not_empty():
    assert len(CLEAN) >= 15 and all(isinstance(p, Path) for p in CLEAN)
