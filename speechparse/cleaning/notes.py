"""Footnotes and endnotes after the body (`① 参见《……》，第269页。`, `[1] ……`): `doc.notes`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lines import Line, backward, line_at

if TYPE_CHECKING:
    from ..cleanup import Cleanup

NOTE_LINE = re.compile(r"^(?:[①-⑳]|\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|注\s*\d{0,3}\s*[:：])\s*(?P<text>\S.*)$")
NOTE_LABEL = re.compile(r"^(?:注\s*释|注|附注|尾注|参考文献)\s*[:：]?$")
# a note cites something; a circled-number item of the speech does not look like this
CITATION = re.compile(r"《|参见|见|第\s*\d+(?:\s*[—\-–~]\s*\d+)?\s*页|出版社|年版|\d{4}\s*年|卷|P\.?\s*\d+")


# only a source citation has a page number or a publisher: a speech's own ① item does not
STRONG_CITATION = re.compile(r"第\s*\d+(?:\s*[—\-–~]\s*\d+)?\s*页|出版社|\d{4}\s*年\s*版|年版")


def find_notes(c: Cleanup, tail_lines: int) -> None:
    """The run of citation-like numbered lines at the very end (noise may follow it), and
    circled-number citations left between paragraphs where a PDF's page ended."""
    found = _trailing_notes(c, tail_lines)
    seen = {ln.start for ln in found}
    for start, tok in c.line_tokens.items():
        if tok.style == "circled" and start not in seen and not _claimed(c, start) \
                and start not in c.removed_starts:
            line = line_at(c.text, start)
            m = NOTE_LINE.match(line.text)
            if m and STRONG_CITATION.search(m.group("text")):
                found.append(line)
    for line in sorted(found, key=lambda ln: ln.start):
        m = NOTE_LINE.match(line.text)
        assert m is not None
        c.doc.notes.append({"line": c.doc.source.line_of(line.start),
                            "marker": line.text[: m.start("text")].strip(), "text": m.group("text")})
        c.doc.note_spans.append((line.start, line.end))
        c.exclude((line.start, line.end))


def _claimed(c: Cleanup, start: int) -> bool:
    """A line the front matter or the TOC already holds (each character has one place)."""
    return start in c.front_starts or start in c.toc_starts


def _trailing_notes(c: Cleanup, tail_lines: int) -> list[Line]:
    found: list[Line] = []
    for line in backward(c.text, tail_lines):
        if _claimed(c, line.start):
            break  # the head of the page: notes come after the body
        if line.start in c.removed_starts:
            if found:
                break
            continue
        m = NOTE_LINE.match(line.text)
        if m and CITATION.search(m.group("text")):
            found.append(line)
            continue
        if found and NOTE_LABEL.match(line.text):
            c.doc.note_spans.append((line.start, line.end))
            c.exclude((line.start, line.end))
        break
    return found
