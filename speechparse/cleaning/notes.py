"""Footnotes and endnotes after the body (`① 参见《……》，第269页。`, `[1] ……`): `doc.notes`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lines import Line, backward

if TYPE_CHECKING:
    from ..cleanup import Cleanup

NOTE_LINE = re.compile(r"^(?:[①-⑳]|\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|注\s*\d{0,3}\s*[:：])\s*(?P<text>\S.*)$")
NOTE_LABEL = re.compile(r"^(?:注\s*释|注|附注|尾注|参考文献)\s*[:：]?$")
# a note cites something; a circled-number item of the speech does not look like this
CITATION = re.compile(r"《|参见|见|第\s*\d+(?:\s*[—\-–~]\s*\d+)?\s*页|出版社|年版|\d{4}\s*年|卷|P\.?\s*\d+")


def find_notes(c: Cleanup, tail_lines: int) -> None:
    """The run of citation-like numbered lines at the very end (noise may follow it)."""
    found: list[Line] = []
    for line in backward(c.text, tail_lines):
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
    for line in reversed(found):
        m = NOTE_LINE.match(line.text)
        assert m is not None
        c.doc.notes.append({"line": c.doc.source.line_of(line.start),
                            "marker": line.text[: m.start("text")].strip(), "text": m.group("text")})
        c.doc.note_spans.append((line.start, line.end))
        c.exclude((line.start, line.end))
