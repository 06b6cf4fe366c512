"""Test helpers, in one place: where things are, which fixtures exist, how to run a command
(`support.cli`), how to score against a gold outline (`support.goldscore`)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLE = ROOT / "speechparse" / "data" / "sample_speech.txt"

SPEECH_SUFFIXES = (".txt", ".html", ".docx", ".md")


def gold_fixtures() -> list[Path]:
    """Every fixture speech that has a hand-made gold outline beside it."""
    out = []
    for gold in FIXTURES.rglob("*.gold.tsv"):
        stem = gold.name[: -len(".gold.tsv")]
        out += [gold.with_name(stem + s) for s in SPEECH_SUFFIXES if gold.with_name(stem + s).exists()]
    return sorted(out)


def all_fixture_texts() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.suffix in SPEECH_SUFFIXES and "README" not in p.name)
