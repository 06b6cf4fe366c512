"""Retrieval chunks (`-f chunks`): JSON Lines, one chunk per passage of speech text.

A *passage* is a maximal run of `doc.text` that belongs to one place: the preamble, one
section (its heading together with its own body up to its first child, or its own body
between or after its children), or the closing; white space at both ends is left out.
Front matter (title block, salutation, meta lines), the table of contents, notes and removed
noise belong to no passage. The *body text* of a document is its passages concatenated in
document order (`body_text()`); the chunks' texts, concatenated in order, give it back.

Headings stay in the text of the chunk they start, as written: in Chinese speeches the
heading is often the first sentence of its paragraph (`（一）全力以赴抓项目扩投资。项目是…`),
and a leaf item such as `一要强化调度，…；` has no other text. Every chunk also carries its
heading path, so a retrieval index can show or embed the context.

With `max_chars=N` a passage longer than N is cut after sentence ends (`。！？；!?;` with any
closing quotes) or line breaks, never inside a sentence unless one sentence is longer than
N; such a sentence is cut at clause marks (`，、：`), then every N characters. White space at
a cut stays at the end of the earlier chunk, so the texts still concatenate to the body text;
no chunk is longer than N characters, not counting that trailing white space.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from ..model import Document, Node
from ..punct import SENTENCE_END as SENTENCE_ENDS

CLAUSE_ENDS = "，、：,:"
CLOSERS = "”’」』）)》〉】〕］]\"'"


class Passage(NamedTuple):
    start: int
    end: int
    kind: str  # "preamble", "section" or "closing"
    node: Node | None


def passages(doc: Document) -> list[Passage]:
    """The document's passages in order (see the module docstring)."""
    text = doc.text
    owned: list[Passage] = [Passage(s, e, "preamble", None) for s, e in doc.preamble_spans]
    for node in doc.walk():
        owned.append(Passage(node.head[0], node.head[1], "section", node))
        owned.extend(Passage(s, e, "section", node) for s, e in node.body_spans)
    owned.extend(Passage(s, e, "closing", None) for s, e in doc.closing_spans)
    owned = sorted((p for p in owned if not text[p.start:p.end].isspace() and p.end > p.start),
                   key=lambda p: p.start)
    merged: list[Passage] = []
    for p in owned:
        last = merged[-1] if merged else None
        # same owner with only white space between: one passage (e.g. a heading and its body)
        if (last is not None and last.kind == p.kind and last.node is p.node
                and (p.start <= last.end or text[last.end:p.start].isspace())):
            merged[-1] = last._replace(end=max(last.end, p.end))
        else:
            merged.append(p)
    out = []
    for p in merged:
        start, end = p.start, p.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(p._replace(start=start, end=end))
    return out


def body_text(doc: Document) -> str:
    """The document's passages concatenated in document order."""
    return "".join(doc.text[p.start:p.end] for p in passages(doc))


def _link_break(text: str, i: int, start: int, end: int) -> bool:
    """A line break a web link left inside a sentence (`……《` / `文件名` / `》……`)."""
    b = i - 1
    while b > start and text[b] in " \t\u3000":
        b -= 1
    a = i + 1
    while a < end and text[a] in " \t\u3000\n":
        a += 1
    return (b >= start and text[b] == "《") or (a < end and text[a] == "》")


def _units(text: str, start: int, end: int, ends: str, at_newline: bool) -> list[tuple[int, int]]:
    """(start, content_end) of the units of text[start:end] that end after a character of
    `ends` (with closing quotes) or a line break; white space after a unit is skipped."""
    units: list[tuple[int, int]] = []
    unit_start = start
    for found in _boundary(ends, at_newline).finditer(text, start, end):
        i = found.start()
        if i < unit_start:  # inside the run of ends, closers and white space a unit took
            continue
        ch = text[i]
        if ch == "\n" and not (ch in ends or not _link_break(text, i, unit_start, end)):
            continue
        j = i + 1
        if ch != "\n":  # (a bracket that opens the next line closes nothing of this one)
            while j < end and text[j] in ends:
                j += 1
            while j < end and text[j] in CLOSERS:
                j += 1
        content_end = j
        while content_end > unit_start and text[content_end - 1].isspace():
            content_end -= 1
        while j < end and text[j].isspace():
            j += 1
        if content_end > unit_start:
            units.append((unit_start, content_end))
        unit_start = j
    if unit_start < end:
        content_end = end
        while content_end > unit_start and text[content_end - 1].isspace():
            content_end -= 1
        if content_end > unit_start:
            units.append((unit_start, content_end))
    return units


_BOUNDARIES: dict[tuple[str, bool], re.Pattern[str]] = {}


def _boundary(ends: str, at_newline: bool) -> re.Pattern[str]:
    """The characters that may end a unit: found by the regex engine, not a loop in Python."""
    pattern = _BOUNDARIES.get((ends, at_newline))
    if pattern is None:
        chars = ends + ("\n" if at_newline else "")
        pattern = _BOUNDARIES[ends, at_newline] = re.compile("[" + "".join(map(re.escape, chars)) + "]")
    return pattern


def _pieces(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Sentences no longer than max_chars; longer ones cut at clauses, then hard."""
    out: list[tuple[int, int]] = []
    for s, e in _units(text, start, end, SENTENCE_ENDS, True):
        if e - s <= max_chars:
            out.append((s, e))
            continue
        for cs, ce in _units(text, s, e, CLAUSE_ENDS, False):
            pos = cs
            while pos < ce:
                while pos < ce and text[pos].isspace():
                    pos += 1
                stop = min(pos + max_chars, ce)
                content_end = stop
                while content_end > pos and text[content_end - 1].isspace():
                    content_end -= 1
                if content_end > pos:
                    out.append((pos, content_end))
                pos = stop
    return out


def split_passage(text: str, start: int, end: int, max_chars: int | None) -> list[tuple[int, int]]:
    """Cut text[start:end] into consecutive (start, end) slices that tile it exactly."""
    if max_chars is None or end - start <= max_chars:
        return [(start, end)]
    starts: list[int] = []
    for s, e in _pieces(text, start, end, max_chars):
        if not starts or e - starts[-1] > max_chars:  # greedy: the piece opens a new chunk
            starts.append(s)
    starts[0] = start
    return list(zip(starts, [*starts[1:], end], strict=True))


def _path(node: Node | None) -> list[Node]:
    path: list[Node] = []
    while node is not None:
        path.append(node)
        node = node.parent
    return path[::-1]


def chunks(doc: Document, max_chars: int | None = None) -> list[dict[str, Any]]:
    """The chunks of a document as dicts, in document order."""
    out: list[dict[str, Any]] = []
    text, source, title, line_of = doc.text, doc.path, doc.title, doc.source.line_of
    for p in passages(doc):
        path = _path(p.node)
        headings, markers = [n.heading for n in path], [n.marker for n in path]  # (once a passage)
        for start, end in split_passage(text, p.start, p.end, max_chars):
            out.append({
                "source": source,
                "title": title,
                "index": len(out),
                "kind": p.kind,
                "heading_path": headings[:],  # (each chunk its own list)
                "marker_path": markers[:],
                "start": start,
                "end": end,
                "line": line_of(start),
                "text": text[start:end],
            })
    return out


def render(doc: Document, max_chars: int | None = None, **_: Any) -> str:
    return "".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for c in chunks(doc, max_chars))
