"""The real seed speeches in ../shared/seeds (present in the project workspace, not in a
user's clone) parse exactly to their gold outlines."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SHARED_SEEDS
from support.documents import parsed
from support.goldscore import predicted, read_gold, score

SEEDS = sorted(SHARED_SEEDS.glob("*.gold.tsv")) if SHARED_SEEDS.is_dir() else []
pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not present (a user's clone)")


def _doc(gold: Path):
    return parsed(gold.with_name(gold.name[: -len(".gold.tsv")] + ".txt"))


@pytest.mark.parametrize("gold", SEEDS, ids=lambda p: p.name.split("_")[0])
def test_seed_outline_is_exact(gold: Path):
    s = score(read_gold(gold), predicted(_doc(gold)))
    assert s.exact, "\n".join(s.misses)


def _seed(prefix: str):
    return _doc(next(g for g in SEEDS if g.name.startswith(prefix)))


def test_seed_000_is_truncated():
    doc = _seed("000")
    assert doc.truncated and any(r.reason == "truncation" for r in doc.removed)


def test_seed_001_toc_missing_sections_and_disclaimers():
    doc = _seed("001")
    assert doc.truncated
    assert [e.marker for e in doc.toc] == ["一、", "二、", "三、", "四、"]
    assert doc.missing_sections == ["三、", "四、"]
    disclaimers = [r.line for r in doc.removed if r.reason == "disclaimer"]
    assert disclaimers == [39, 40, 41, 42]


def test_seed_003_metadata_and_subtitle():
    doc = _seed("003")
    assert doc.meta["发布单位"] and doc.meta["发文日期"] == "2024-06-18"
    assert doc.title and doc.subtitle and doc.subtitle.startswith("——在全市开发区工作会议上")


def test_seed_004_is_partial():
    doc = _seed("004")
    assert doc.partial and doc.outline[0].marker == "二、"
