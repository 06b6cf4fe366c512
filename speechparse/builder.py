"""Recursive-descent outline builder: token stream -> tree.

Levels are not a fixed table of styles. Inside each parent, the styles rank in the order in
which they open: a candidate whose style is already open on the current chain of items is a
sibling there (its ordinal must continue that item's, or restart at 1 for a second run);
a candidate of a style not yet open becomes a child of the innermost open item.
Ordinal continuity is the evidence that a candidate is real: anything else is body text.

`_parse_items` descends one level per nested item; the recursion depth is bounded by the
number of marker styles, because one style never nests inside itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from .model import Document, Node, Span
from .tokenizer import Token

_TITLE_END = re.compile(r"[。！？；：!?;:]|\.(?![0-9０-９])")
_TITLE_LEAD = " \t\u3000:："
_TITLE_TRAIL = " \t\u3000，,、"
_WS = " \t\u3000\n"

MAX_SKIP = 2          # `一、二、四、`: one missing number is a skip; more is not a continuation
MAX_LATE_START = 3    # a run may start at 二 or 三 (a page cut off), never later
LOOKAHEAD_TOKENS = 60
INLINE_MAX_PARAS = 2  # an inline 一是 needs its 二是 within this many paragraphs

REJECT = -1


class OutlineBuilder:
    """Builds the outline of `doc` from `tokens` (already stripped of noise and TOC)."""

    def __init__(self, doc: Document, tokens: list[Token],
                 excluded: list[Span] | None = None,
                 line_of: Callable[[int], int] | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = tokens
        self.pos = 0
        self.chain: list[Node] = []
        self.flat: list[Node] = []
        self.excluded = excluded or []
        self.line_of = line_of or doc.source.line_of
        self._pending: tuple[int, int] | None = None
        self._para_span: tuple[int, int] = (1, 0)

    # --- descent ----------------------------------------------------------------------
    def build(self) -> list[Node]:
        roots: list[Node] = []
        self._parse_items(None, roots, 0)
        self._assign_text()  # end lines are set once the clean-up has taken the closing out
        return roots

    def _parse_items(self, parent: Node | None, siblings: list[Node], depth: int) -> None:
        """Parse the items at `depth` under `parent` until a token belongs higher up."""
        while self.pos < len(self.tokens):
            tok = self.tokens[self.pos]
            if self._pending is not None and self._pending[0] == self.pos:
                level = self._pending[1]  # decided deeper down, before the chain unwound
            else:
                level = self._place(tok)
            if level == REJECT:
                self.pos += 1
                continue
            if level < depth:
                self._pending = (self.pos, level)
                return
            node = self._make_node(tok, parent)
            siblings.append(node)
            self.flat.append(node)
            self.pos += 1
            self.chain.append(node)
            self._parse_items(node, node.children, depth + 1)
            self.chain.pop()

    # --- placement --------------------------------------------------------------------
    def _place(self, tok: Token) -> int:
        """Level (0-based depth) at which `tok` becomes an item, or REJECT."""
        chain = self.chain
        for i in range(len(chain) - 1, -1, -1):
            open_item = chain[i]
            if open_item.style != tok.style:
                continue
            return self._place_sibling(tok, open_item, i)
        return self._place_child(tok)

    def _place_sibling(self, tok: Token, open_item: Node, level: int) -> int:
        n, prev = tok.ordinal, open_item.ordinal
        if n is None or prev is None:  # dash bullets: every one is a sibling
            return level
        if n == prev + 1:
            return level
        if n == 1:  # a second run under the same parent (after an unnumbered lead sentence)
            if tok.inline and not self._has_successor(tok, level):
                return REJECT
            return level
        if prev + 1 < n <= prev + MAX_SKIP:
            self.doc.warn("skipped-ordinal", tok.line,
                          f"{tok.marker} follows {open_item.marker}: ordinal {prev + 1} is missing")
            return level
        if n == prev and not tok.inline:
            self.doc.warn("repeated-ordinal", tok.line,
                          f"{tok.marker} repeats the ordinal of {open_item.marker} (line {open_item.line})")
            return level
        return REJECT

    def _attach_level(self, tok: Token) -> int:
        """Depth of a new child: below the innermost open item whose paragraph is still open."""
        chain = self.chain
        j = len(chain) - 1
        while j >= 0 and chain[j].leaf_para and chain[j].para != tok.para:
            j -= 1
        return j + 1

    def _place_child(self, tok: Token) -> int:
        level = self._attach_level(tok)
        n = tok.ordinal
        if n is None:  # dash bullet: an item only once the outline has begun
            return level if self.flat else REJECT
        if n == 1:
            if tok.inline and not self._has_successor(tok, level):
                return REJECT
            return level
        if tok.inline:
            return REJECT
        if not self.flat and level == 0:  # the page starts mid-speech, at 二、 or later
            if tok.family.heading or self._has_successor(tok, level) or self._is_word_heading(tok):
                self.doc.warn("partial-start", tok.line,
                              f"the outline starts at {tok.marker}: the text begins mid-speech")
                return level
            return REJECT
        if n <= MAX_LATE_START and (self._has_successor(tok, level) or self._is_word_heading(tok)):
            self.doc.warn("run-not-from-one", tok.line,
                          f"{tok.marker} starts a run at {n}, not at 1")
            return level
        return REJECT

    def _is_word_heading(self, tok: Token) -> bool:
        """A .docx heading style or outline level is evidence that a lone marker is real."""
        return self.doc.source.hints.get(tok.para + 1, "").startswith("heading")

    def _has_successor(self, tok: Token, level: int) -> bool:
        """Is `tok` followed by the next ordinal of its style before its context closes?"""
        closing = {node.style for node in self.chain[:level]}
        want = (tok.ordinal or 0) + 1
        tokens = self.tokens
        for k in range(self.pos + 1, min(len(tokens), self.pos + 1 + LOOKAHEAD_TOKENS)):
            t = tokens[k]
            if tok.inline and t.para - tok.para > INLINE_MAX_PARAS:
                return False
            if t.style == tok.style:
                if t.ordinal == want:
                    return True
                if t.ordinal == tok.ordinal and t.inline == tok.inline:
                    return False
            elif t.style in closing and not t.inline:
                return False
        return False

    # --- nodes --------------------------------------------------------------------------
    def _para_end(self, offset: int) -> int:
        # cached: many inline items share one (possibly huge) paragraph
        if self._para_span[0] <= offset <= self._para_span[1]:
            return self._para_span[1]
        end = self.text.find("\n", offset)
        end = len(self.text) if end == -1 else end
        self._para_span = (offset, end)
        return end

    def _make_node(self, tok: Token, parent: Node | None) -> Node:
        text = self.text
        para_end = self._para_end(tok.mend)
        limit = para_end
        nxt = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
        if nxt is not None and nxt.mstart < limit:
            limit = nxt.start
        title, head_end = self._title(tok.mend, limit)
        if not title and limit == para_end:
            title, head_end = self._title_from_next_paragraph(para_end, nxt, head_end)
        return Node(tok.marker, tok.style, tok.family.name, tok.ordinal, title, tok.line,
                    (tok.start, head_end), text, inline=tok.inline,
                    leaf_para=tok.inline or tok.ordinal is None, para=tok.para, parent=parent)

    def _title(self, start: int, limit: int) -> tuple[str, int]:
        text = self.text
        while start < limit and text[start] in _TITLE_LEAD:
            start += 1
        m = _TITLE_END.search(text, start, limit)
        end = m.start() if m else limit
        head_end = m.end() if m else limit
        return text[start:end].strip(_TITLE_TRAIL), head_end

    def _title_from_next_paragraph(self, para_end: int, nxt: Token | None,
                                   head_end: int) -> tuple[str, int]:
        """A marker alone on its line (bold on a web page): its title is the next line."""
        text = self.text
        start = para_end + 1
        while start < len(text) and text[start] in _WS:
            start += 1
        if start >= len(text) or self._is_excluded(start):
            return "", head_end
        end = self._para_end(start)
        if nxt is not None and nxt.mstart < end + 1 and not nxt.inline:
            return "", head_end  # the next line is an item of its own
        if nxt is not None and nxt.mstart < end:
            end = nxt.start
        title, stop = self._title(start, end)
        return title, stop

    def _is_excluded(self, offset: int) -> bool:
        return is_inside(self.excluded, offset)

    # --- text between items -------------------------------------------------------------
    def _assign_text(self) -> None:
        """Give every stretch of text between items to its owner, minus excluded spans."""
        doc, text, flat = self.doc, self.text, self.flat
        clip = _Clipper(self.excluded)
        first = flat[0].head[0] if flat else len(text)
        doc.preamble_spans.extend(clip(0, first))
        for k, node in enumerate(flat):
            a = node.head[1]
            b = flat[k + 1].head[0] if k + 1 < len(flat) else len(text)
            if a >= b:
                continue
            para_end = self._para_end(a)
            if para_end >= b:
                node.body_spans.extend(clip(a, b))
                continue
            node.body_spans.extend(clip(a, para_end))
            owner = node
            while owner.leaf_para and owner.parent is not None:
                owner = owner.parent
            owner.body_spans.extend(clip(para_end, b))


class _Clipper:
    """Cuts spans around sorted, disjoint excluded spans; calls must move forward."""

    def __init__(self, excluded: list[Span]) -> None:
        self.excluded = excluded
        self.i = 0

    def __call__(self, start: int, end: int) -> list[Span]:
        ex = self.excluded
        while self.i < len(ex) and ex[self.i][1] <= start:
            self.i += 1
        out: list[Span] = []
        j = self.i
        while start < end:
            if j >= len(ex) or ex[j][0] >= end:
                out.append((start, end))
                break
            s, e = ex[j]
            if s > start:
                out.append((start, s))
            start = max(start, e)
            j += 1
        return out


def is_inside(spans: list[Span], offset: int) -> bool:
    """Is `offset` inside one of the sorted, disjoint `spans`?"""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def close_lines(roots: list[Node], line_of: Callable[[int], int]) -> None:
    """end_line of each node: the last source line of its own text or its descendants'."""
    order: list[Node] = []
    stack = list(reversed(roots))
    while stack:  # pre-order; reversed, every node comes after its descendants
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(node.children))
    for node in reversed(order):
        start = node.head[0]
        end = node.body_spans[-1][1] if node.body_spans else node.head[1]
        text = node._text
        while end > start and text[end - 1] in _WS:
            end -= 1
        line = line_of(end - 1) if end > start else node.line
        if line < node.line:
            line = node.line
        if node.children and node.children[-1].end_line > line:
            line = node.children[-1].end_line  # children come in document order
        node.end_line = line
