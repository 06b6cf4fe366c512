from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"

sys.path.insert(0, str(Path(__file__).resolve().parent))


def gold_fixtures() -> list[Path]:
    """Every fixture speech that has a hand-made gold outline beside it."""
    return sorted(p.with_name(p.name[: -len(".gold.tsv")] + ".txt")
                  for p in FIXTURES.rglob("*.gold.tsv"))


def all_fixture_texts() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*.txt") if "README" not in p.name)
