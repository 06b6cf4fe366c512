"""Real-world input: each web fixture's document-level results match its expect.yaml
(front matter, removed noise with reasons, TOC, missing sections, truncation, notes, closing)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support import FIXTURES
from support.documents import parsed

import speechparse
from speechparse.model import Document

CASES = sorted(FIXTURES.glob("web/*.expect.yaml"))


def _load(expect: Path) -> tuple[dict, Document]:
    spec = yaml.safe_load(expect.read_text(encoding="utf-8"))
    return spec, parsed(expect.with_name(expect.name.replace(".expect.yaml", ".txt")))


def test_there_are_web_cases():
    assert len(CASES) >= 10


@pytest.mark.parametrize("expect", CASES, ids=lambda p: p.name.split(".")[0])
def test_front_matter(expect: Path):
    spec, doc = _load(expect)
    for field in ("title", "subtitle", "speaker", "date", "salutation"):
        assert getattr(doc, field) == spec.get(field), field
    assert doc.meta == {k: str(v) for k, v in (spec.get("meta") or {}).items()}


@pytest.mark.parametrize("expect", CASES, ids=lambda p: p.name.split(".")[0])
def test_removed_noise_and_reasons(expect: Path):
    spec, doc = _load(expect)
    want = sorted((r["line"], r["reason"]) for r in spec.get("removed") or [])
    got = sorted((r.line, r.reason) for r in doc.removed)
    assert got == want


@pytest.mark.parametrize("expect", CASES, ids=lambda p: p.name.split(".")[0])
def test_toc_truncation_partial_notes(expect: Path):
    spec, doc = _load(expect)
    assert [e.text for e in doc.toc] == spec.get("toc", [])
    assert doc.missing_sections == spec.get("missing_sections", [])
    assert doc.truncated == bool(spec.get("truncated"))
    assert doc.partial == bool(spec.get("partial"))
    assert len(doc.notes) == spec.get("notes", 0)
    assert doc.source.encoding == spec.get("encoding", "utf-8")


@pytest.mark.parametrize("expect", CASES, ids=lambda p: p.name.split(".")[0])
def test_closing(expect: Path):
    spec, doc = _load(expect)
    first = doc.source.line_of(doc.closing_spans[0][0] + 1) if doc.closing_spans else None
    if doc.closing_spans:
        s, e = doc.closing_spans[0]
        offset = s + len(doc.text[s:e]) - len(doc.text[s:e].lstrip(" \t\u3000\n"))
        first = doc.source.line_of(offset)
    assert first == spec.get("closing_starts_at")


def test_keep_noise_removes_nothing():
    _, doc = _load(FIXTURES / "web" / "web01_chrome_vip_toc.expect.yaml")
    kept = speechparse.parse_file(FIXTURES / "web" / "web01_chrome_vip_toc.txt", keep_noise=True)
    assert doc.removed and not kept.removed
