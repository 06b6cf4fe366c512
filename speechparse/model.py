"""The parsed document: an outline tree of Nodes plus everything around it.

All text lives in `Document.text` (the normalised source); nodes and document parts keep
spans (start, end offsets) into it, so nothing is copied until it is rendered and every
character can be accounted for (see `Document.spans`).
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .source import Source

SCHEMA = "speechparse/1"
Span = tuple[int, int]

# Node._pos: eight fields of _BITS bits each (offsets and lines up to a trillion), then the
# `inline` flag
_BITS = 40
_MASK = (1 << _BITS) - 1
_HEAD_START, _HEAD_END, _LINE, _END_LINE, _TITLE_START, _TITLE_END, _BODY_START, _BODY_END = range(8)
# the fields' shifts, computed once (a getter would multiply on every read)
_TITLE = _BITS * _TITLE_START
_BODY = _BITS * _BODY_START
_LINE_AT = _BITS * _LINE
_END_LINE_AT = _BITS * _END_LINE
_INLINE = 1 << (_BITS * 8)
_OFFSETS = "q"  # array typecode of body offsets
LEAF: tuple[()] = ()  # the children of every node without any (shared: nothing appends to it)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a document is built or converted.

    Everything allocated then stays alive until the document is done, so the collector's
    passes free nothing, yet each pass walks every object made so far: on a large speech
    that is a third of the time, and it grows faster than the input. Objects are collected
    as usual once the collector runs again."""
    if not gc.isenabled():  # already paused (nested call, another thread, the caller)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def paragraphs(text: str, spans: list[Span]) -> list[str]:
    """Non-empty, stripped paragraphs of the text covered by `spans`."""
    # one comprehension: this runs for every node of every document rendered
    return [p for start, end in spans for part in text[start:end].split("\n")
            if (p := part.strip(" \t\u3000"))]


class ParseWarning:
    """A problem the parser noticed but worked around (`code` is stable, `message` is prose)."""

    __slots__ = ("code", "line", "message")

    def __init__(self, code: str, line: int | None, message: str) -> None:
        self.code, self.line, self.message = code, line, message

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "line": self.line, "message": self.message}

    def __repr__(self) -> str:
        return f"Warning({self.code} L{self.line}: {self.message})"


class TocEntry:
    """One line of a table of contents (目录 / 提纲) before the body; `found`: the body has it."""

    __slots__ = ("line", "text", "marker", "title", "found")

    def __init__(self, line: int, text: str, marker: str, title: str, found: bool = True) -> None:
        self.line, self.text, self.marker, self.title, self.found = line, text, marker, title, found

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TocEntry) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it was

    def __repr__(self) -> str:
        return (f"TocEntry(line={self.line!r}, text={self.text!r}, marker={self.marker!r}, "
                f"title={self.title!r}, found={self.found!r})")

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "marker": self.marker, "title": self.title,
                "found": self.found}


class Note:
    """A footnote or endnote after the body (`① 参见《……》`, `[1] ……`, `↑ ……`)."""

    __slots__ = ("line", "marker", "text")

    def __init__(self, line: int, marker: str, text: str) -> None:
        self.line, self.marker, self.text = line, marker, text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Note) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Note(line={self.line!r}, marker={self.marker!r}, text={self.text!r})"

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "marker": self.marker, "text": self.text}


class Removed:
    """Text the parser removed as noise, with the reason code that removed it."""

    __slots__ = ("line", "reason", "span", "text")

    def __init__(self, line: int, reason: str, span: Span, text: str) -> None:
        self.line, self.reason, self.span, self.text = line, reason, span, text

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason, "text": self.text}


class Node:
    """One outline item: marker as written, style, ordinal, title, body and children."""

    # memory: a marker-dense speech has a node per line (a million of them in a 40 MB one), so
    # a node keeps few objects of its own: its offsets, lines and `inline` packed into one int
    # (`_pos`), its title as two of those offsets when it is the text's own (the string is
    # made when asked for), its body as two more when it is one span (most nodes) or else in
    # one flat array, and a shared empty tuple for no children
    __slots__ = ("marker", "style", "family", "ordinal", "_title", "_pos", "_body", "children", "parent",
                 "_text")

    children: Sequence[Node]  # a list; a leaf's is the shared empty tuple (see `LEAF`)

    def __init__(self, marker: str, style: str, family: str, ordinal: int | None,
                 title: str, line: int, head: Span, text: str, *, inline: bool = False,
                 parent: Node | None = None) -> None:
        self.marker = marker
        self.style = style
        self.family = family  # the marker family's name (fmt restyles by family)
        self.ordinal = ordinal
        self._text = text
        start, end = head
        at = text.find(title, start, end) if title else start  # as the title setter does
        self._title: str | None = None
        if at < 0:
            self._title, at, title_end = title, 0, 0
        else:
            title_end = at + len(title)
        if not 0 <= start | end | line | at | title_end <= _MASK:  # (0 <= each <= _MASK: all ones)
            raise ValueError(f"offset or line out of range: {head}, {line}")
        self._pos = (start | end << _BITS | line << _LINE_AT | line << _END_LINE_AT | at << _TITLE
                     | title_end << (_TITLE + _BITS) | (_INLINE if inline else 0))
        # no body (False), its one span in `_pos` (True), or the flat offsets of its spans
        self._body: bool | array[int] = False
        self.children = []
        self.parent = parent

    def _field(self, k: int) -> int:
        return (self._pos >> (_BITS * k)) & _MASK

    def _set_field(self, k: int, value: int) -> None:
        if not 0 <= value <= _MASK:
            raise ValueError(f"offset or line {value} out of range")
        shift = _BITS * k
        self._pos = (self._pos & ~(_MASK << shift)) | (value << shift)

    @property
    def title(self) -> str:
        title = self._title
        if title is None:
            pos = self._pos >> _TITLE
            return self._text[pos & _MASK:(pos >> _BITS) & _MASK]
        return title

    @title.setter
    def title(self, title: str) -> None:
        start, end = self._field(_HEAD_START), self._field(_HEAD_END)
        at = self._text.find(title, start, end) if title else start
        if at < 0:  # a title the builder put together (joined over a wrap, revisions accepted)
            self._title = title
            return
        self._title = None
        self._set_field(_TITLE_START, at)
        self._set_field(_TITLE_END, at + len(title))

    @property
    def inline(self) -> bool:
        """The item runs on inside a paragraph (`一是……`), not at a line's start."""
        return self._pos >= _INLINE

    @inline.setter
    def inline(self, inline: bool) -> None:
        self._pos = (self._pos & (_INLINE - 1)) | (_INLINE if inline else 0)

    @property
    def line(self) -> int:
        """1-based source line of the marker."""
        return (self._pos >> _LINE_AT) & _MASK

    @line.setter
    def line(self, line: int) -> None:
        self._set_field(_LINE, line)

    @property
    def head(self) -> Span:
        """Span of the marker and title."""
        pos = self._pos
        return pos & _MASK, (pos >> _BITS) & _MASK

    @head.setter
    def head(self, span: Span) -> None:
        title = self.title
        self._set_field(_HEAD_START, span[0])
        self._set_field(_HEAD_END, span[1])
        self.title = title

    @property
    def end_line(self) -> int:
        """Last source line of the node's own text or its descendants'."""
        return (self._pos >> _END_LINE_AT) & _MASK

    @end_line.setter
    def end_line(self, line: int) -> None:
        if not 0 <= line <= _MASK:
            raise ValueError(f"line {line} out of range")
        self._pos = (self._pos & ~(_MASK << _END_LINE_AT)) | (line << _END_LINE_AT)

    @property
    def body_spans(self) -> list[Span]:
        """Spans of the node's own body text (a new list: change it with `add_body` or by
        assigning a list)."""
        body = self._body
        if body is True:  # the one span most nodes have
            pos = self._pos >> _BODY
            return [(pos & _MASK, (pos >> _BITS) & _MASK)]
        if body is False:
            return []
        return [(body[k], body[k + 1]) for k in range(0, len(body), 2)]

    @body_spans.setter
    def body_spans(self, spans: Iterable[Span]) -> None:
        if self._body is True:
            self._clear_one_span()
        self._body = False
        self.add_body(spans)

    def _clear_one_span(self) -> None:
        """Zero the one-span body fields (the int stays as short as the fields in use)."""
        self._pos &= ~(((1 << (2 * _BITS)) - 1) << _BODY)

    @property
    def body_end(self) -> int | None:
        """End of the node's last body span (None without a body), without making the spans."""
        body = self._body
        if body is True:
            return (self._pos >> (_BODY + _BITS)) & _MASK
        return body[-1] if body else None

    def add_body(self, spans: Iterable[Span]) -> None:
        """Append spans to the node's body."""
        if type(spans) is not list:
            spans = list(spans)
        if not spans:
            return
        body = self._body
        if body is False and len(spans) == 1:  # the common case, first
            start, end = spans[0]
            if not 0 <= start | end <= _MASK:
                raise ValueError(f"offset {start} or {end} out of range")
            self._pos |= (start | end << _BITS) << _BODY  # its fields are zero: or them in
            self._body = True
            return
        flat = [offset for span in spans for offset in span]
        if body is False:
            self._body = array(_OFFSETS, flat)
        elif body is True:
            self._body = array(_OFFSETS, [self._field(_BODY_START), self._field(_BODY_END), *flat])
            self._clear_one_span()
        else:
            body.extend(flat)

    @property
    def body(self) -> list[str]:
        """The node's own paragraphs (not its children's), without the title sentence."""
        return paragraphs(self._text, self.body_spans)

    @property
    def depth(self) -> int:
        d, p = 1, self.parent
        while p is not None:
            d, p = d + 1, p.parent
        return d

    @property
    def heading(self) -> str:
        """Marker and title as one string, e.g. `（一）工作总要求`."""
        return f"{self.marker}{self.title}"

    def walk(self) -> Iterator[Node]:
        """This node and all its descendants in document order."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def to_dict(self, children: bool = True) -> dict[str, Any]:
        """The node as the JSON contract has it; `children=False` leaves its children list
        empty (the streaming JSON writer fills it in node by node)."""
        pos = self._pos  # (its fields read here, not through a property each)
        return {
            "marker": self.marker,
            "style": self.style,
            "ordinal": self.ordinal,
            "title": self.title,
            "body": paragraphs(self._text, self.body_spans) if self._body else [],
            "line": (pos >> _LINE_AT) & _MASK,
            "end_line": (pos >> _END_LINE_AT) & _MASK,
            "inline": pos >= _INLINE,
            "children": [c.to_dict() for c in self.children] if children and self.children else [],
        }

    def __repr__(self) -> str:
        return f"Node({self.marker}{self.title[:12]} L{self.line}, {len(self.children)} children)"


class Outline(list):
    """The top-level nodes of a document (a list), which can also be called:
    `doc.outline()` is the indented skeleton text of the `outline` format."""

    __slots__ = ("_doc",)

    def __init__(self, nodes: Iterable[Node] = (), doc: Document | None = None) -> None:
        super().__init__(nodes)
        self._doc = doc

    def __call__(self) -> str:
        from .render.outline import render

        return render(self._doc) if self._doc is not None else ""

    def __reduce__(self) -> tuple[Any, ...]:  # pickles as the nodes; the document re-links it
        return (Outline, (list(self),))


class Document:
    """A parsed speech. Build one with `speechparse.parse()` or `speechparse.parse_file()`.

    `doc.outline` is the tree (a list of top-level Nodes, each with `children`); `doc.walk()`
    visits every node in order. Output: `to_dict()` (the `speechparse/1` JSON contract),
    `to_json()`, `to_markdown()`, and `outline()` for the indented skeleton text.
    """

    def __init__(self, source: Source) -> None:
        self.source = source
        self.text = source.text
        self.title: str | None = None
        self.subtitle: str | None = None
        self.speaker: str | None = None
        self.date: str | None = None
        self.salutation: str | None = None
        self.meta: dict[str, str] = {}
        self.front_spans: list[tuple[Span, str]] = []  # title/subtitle/... lines
        self.preamble_spans: list[Span] = []
        self.closing_spans: list[Span] = []
        self._outline = Outline((), self)
        self.warnings: list[ParseWarning] = []
        self.removed: list[Removed] = []
        self.toc: list[TocEntry] = []
        self.toc_spans: list[Span] = []
        self.notes: list[Note] = []
        self.note_spans: list[Span] = []
        self.missing_sections: list[str] = []
        self.decisions: list[Any] = []  # builder.Decision per candidate, with explain=True
        self.truncated = False
        self.partial = False

    # --- reading ----------------------------------------------------------------------
    @property
    def outline(self) -> Outline:
        """Top-level nodes; `doc.outline()` gives the skeleton as text."""
        return self._outline

    @outline.setter
    def outline(self, nodes: Iterable[Node]) -> None:
        self._outline = Outline(nodes, self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._outline = Outline(self._outline, self)

    @property
    def path(self) -> str | None:
        return self.source.path

    @property
    def preamble(self) -> list[str]:
        return paragraphs(self.text, self.preamble_spans)

    @property
    def closing(self) -> list[str]:
        return paragraphs(self.text, self.closing_spans)

    def walk(self) -> Iterator[Node]:
        """Every node in document order."""
        for root in self.outline:
            yield from root.walk()

    def node_count(self) -> int:
        """How many nodes the outline has (without a generator: it is in every to_dict)."""
        count, stack = 0, list(self.outline)
        while stack:
            node = stack.pop()
            count += 1
            stack += node.children
        return count

    def warn(self, code: str, line: int | None, message: str) -> None:
        self.warnings.append(ParseWarning(code, line, message))

    def spans(self) -> Iterator[tuple[int, int, str]]:
        """Every span the document accounts for, labelled by where it went."""
        for (s, e), kind in self.front_spans:
            yield s, e, kind
        for s, e in self.preamble_spans:
            yield s, e, "preamble"
        for s, e in self.toc_spans:
            yield s, e, "toc"
        for node in self.walk():
            yield node.head[0], node.head[1], "title"
            for s, e in node.body_spans:
                yield s, e, "body"
        for s, e in self.closing_spans:
            yield s, e, "closing"
        for s, e in self.note_spans:
            yield s, e, "notes"
        for r in self.removed:
            yield r.span[0], r.span[1], "removed"

    # --- output -------------------------------------------------------------------------
    # the lists a document may hold one item of per input line: streaming writers leave them
    # out of `to_dict(lists=False)` and add them item by item
    LISTS = ("outline", "toc", "notes", "warnings", "removed")

    def to_dict(self, *, outline: bool = True, lists: bool = True) -> dict[str, Any]:
        """The JSON contract `speechparse/1` (see speechparse/schema/speechparse-1.json).
        `outline=False` leaves the outline list empty, `lists=False` every list of `LISTS`
        (streaming writers add them item by item)."""
        with gc_paused():
            return self._to_dict(outline and lists, lists)

    def _to_dict(self, outline: bool, lists: bool) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.path,
            "encoding": self.source.encoding,
            "title": self.title,
            "subtitle": self.subtitle,
            "speaker": self.speaker,
            "date": self.date,
            "salutation": self.salutation,
            "meta": self.meta,
            "preamble": self.preamble,
            "outline": [n.to_dict() for n in self.outline] if outline else [],
            "closing": self.closing,
            "toc": [e.to_dict() for e in self.toc] if lists else [],
            "missing_sections": self.missing_sections,
            "notes": [n.to_dict() for n in self.notes] if lists else [],
            "truncated": self.truncated,
            "partial": self.partial,
            "warnings": [w.to_dict() for w in self.warnings] if lists else [],
            "removed": [r.to_dict() for r in self.removed] if lists else [],
            "stats": {"lines": self.source.line_count, "nodes": self.node_count(),
                      "reflowed_lines": self.source.reflowed_lines},
        }

    def to_json(self, indent: int | None = 2) -> str:
        """`to_dict()` as JSON text (UTF-8 characters kept); `indent=None` for one line."""
        if indent is None:  # json's default separators, `, ` and `: `, which orjson lacks
            import json

            return json.dumps(self.to_dict(), ensure_ascii=False)
        from .jsonenc import encoder

        with gc_paused():
            return encoder(indent)(self.to_dict()).decode("utf-8", "surrogatepass")

    def to_markdown(self, body: bool = False, **options: Any) -> str:
        """Markdown: headings for the first two levels, nested lists below; `body=True`
        adds each item's paragraphs."""
        from .render.markdown import render

        return render(self, body=body, **options)

    def outline_text(self) -> str:
        """The compact, diff-friendly skeleton (the `outline` format); same as `outline()`."""
        return self.outline()

    def outline_skeleton(self) -> list[tuple[int, str, str]]:
        """(depth, marker, title) for every node, in order: what fixtures compare."""
        out: list[tuple[int, str, str]] = []
        stack = [(n, 1) for n in reversed(self.outline)]
        while stack:
            node, depth = stack.pop()
            out.append((depth, node.marker, node.title))
            stack.extend((c, depth + 1) for c in reversed(node.children))
        return out
