"""The real seed speeches in ../shared/seeds (present in the project workspace, not in a
user's clone) parse exactly to their gold outlines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED_SEEDS
from goldscore import predicted, read_gold, score

import speechparse

SEEDS = sorted(SHARED_SEEDS.glob("*.gold.tsv")) if SHARED_SEEDS.is_dir() else []
pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not present (a user's clone)")


def _doc(gold: Path):
    return speechparse.parse_file(gold.with_name(gold.name[: -len(".gold.tsv")] + ".txt"))


@pytest.mark.parametrize("gold", SEEDS, ids=lambda p: p.name.split("_")[0])
def test_seed_outline_is_exact(gold: Path):
    s = score(read_gold(gold), predicted(_doc(gold)))
    assert s.exact, "\n".join(s.misses)
