"""What the rules look at: sibling groups, numbered runs, levels and the parts of a marker.

Terms (as in the docs):
  group  the numbered children of one parent that share a marker style (the builder's notion
         of one list: `（一）（二）（三）` under `一、`); the top-level items form groups too
  run    a group split where the numbering starts again at 1 (`①…⑳`, a lead sentence,
         `①…④` is two runs of one group)
  level  all numbered items of one style at one depth in the whole speech: what must look
         alike (`（一）` and `(二)` at the same level is a mixed bracket width)
Dash bullets (`——`) carry no number and take part in none of these.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..markers.circled import CIRCLED_KIN
from ..markers.di import FILLERS, SPOKEN_COUNTERS
from ..model import Document, Node
from ..numerals import FORMAL_DIGITS, int_to_cn, int_to_formal
from ..punct import SENTENCE_END, TITLE_END  # noqa: F401  (the lint rules take them from here)
from ..tokenizer import number_span

T = TypeVar("T")

# GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1）
GBT_RANK = {"cn": 1, "cn-paren": 2, "arabic": 3, "arabic-paren": 4}
GBT_ORDER = "一、→（一）→1.→（1）"

_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def majority(values: list[T]) -> T:
    """The most common value; a tie goes to the one seen first (the rules' "usual" form)."""
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


def quote(marker: str) -> str:
    return f"「{marker}」"


def numbered(nodes: Sequence[Node]) -> list[Node]:
    return [n for n in nodes if n.ordinal is not None]


def groups(doc: Document) -> Iterator[tuple[Node | None, Sequence[Node]]]:
    """(parent, items) for every group, parents in document order (None: the top level)."""
    parents: list[tuple[Node | None, Sequence[Node]]] = [(None, doc.outline)]
    parents += [(node, node.children) for node in doc.walk() if node.children]
    for parent, children in parents:
        by_style: dict[str, list[Node]] = {}
        for child in numbered(children):
            # (a speaker's `第一呢，` `第二个呢，` `第三呢，`, an OCR copy's `①` `⑵` `(3)`: one run, as the builder reads them)
            key = "spoken" if child.style in SPOKEN_COUNTERS else "circled" if child.style in CIRCLED_KIN else child.style
            by_style.setdefault(key, []).append(child)
        for items in by_style.values():
            yield parent, items


def levels(doc: Document) -> dict[tuple[int, str], list[Node]]:
    """Numbered items by (depth, style), in document order."""
    out: dict[tuple[int, str], list[Node]] = {}
    for node in doc.walk():
        if node.ordinal is not None:
            out.setdefault((node.depth, node.style), []).append(node)
    return out


@dataclass
class Step:
    """A break in the numbering of a group: `kind` is start, skip or repeat."""

    kind: str
    node: Node
    previous: Node | None
    parent: Node | None


def numbering_breaks(doc: Document) -> Iterator[Step]:
    """Every place where a group's numbering does not go 1, 2, 3 … (restarts at 1 allowed)."""
    for parent, items in groups(doc):
        prev: Node | None = None
        last = run_length = 0
        after_repeat = False
        for node in items:
            n = node.ordinal or 0
            repeated, after_repeat = after_repeat, False
            if prev is None:
                if n != 1:
                    yield Step("start", node, None, parent)
                run_length = 1
            elif n == last + 1 or (repeated and n == last + 2):
                # 1 2 2 4: the repeat took the place of 3, so 4 is one finding, not two
                run_length += 1
            elif n == 1:
                if run_length == 1 and last == 1:  # 一、 一、 二、: not a second list
                    yield Step("repeat", node, prev, parent)
                run_length = 1
            elif n > last:
                yield Step("skip", node, prev, parent)
                run_length += 1
            else:
                yield Step("repeat", node, prev, parent)
                run_length += 1
                after_repeat = True
            prev, last = node, n


def with_ordinal(marker: str, n: int) -> str:
    """`（三）` with 2 -> `（二）`: the marker as it would be written with another number."""
    span = number_span(marker)
    if span is None:
        return marker
    start, end = span
    raw = marker[start:end]
    if raw[0] in "一二三四五六七八九十":
        new = int_to_cn(n)
    elif raw[0] in FORMAL_DIGITS:
        new = int_to_formal(n, traditional=any(ch in "貳參陸" for ch in marker))
    elif raw.isascii():
        new = str(n)
    elif "０" <= raw[0] <= "９":
        new = str(n).translate(_FULL_DIGITS)
    elif 1 <= n <= 20:
        base = "①" if "①" <= raw[0] <= "⑳" else "⑴" if "⑴" <= raw[0] <= "⒇" else "⒈"
        new = chr(ord(base) + n - 1)
    else:
        new = str(n)
    return marker[:start] + new + marker[end:]


def brackets(marker: str) -> str | None:
    """'full' for `（一）`, 'half' for `(一)`, 'mixed' for `(一）`; None without brackets."""
    full = sum(marker.count(c) for c in "（）")
    half = sum(marker.count(c) for c in "()")
    if not full and not half or not any(c in marker for c in "（("):
        return None  # (`3)` with a closing bracket only: another form of marker, not a width)
    return "mixed" if full and half else "full" if full else "half"


def punctuation(marker: str) -> str:
    """What follows the number (and bracket): `、` in `一、`, `.` in `1.`, `，` in `第一，`."""
    span = number_span(marker)
    tail = marker[span[1]:] if span else marker
    # (a spoken `第二个呢，` `第三个事啊，` is `第二个，` `第三个事，` with a filler: the same marker)
    return "".join(c for c in tail.lstrip(" \u3000）)").strip(" \u3000") if c not in FILLERS)


def marker_offset(doc: Document, node: Node) -> int:
    at = doc.text.find(node.marker, node.head[0], node.head[1] + len(node.marker))
    return at if at >= 0 else node.head[0]


def column_of(doc: Document, node: Node) -> int:
    """1-based position of the marker in its line (in characters; for .docx/.html input, in
    the extracted paragraph, since the file itself has no such line)."""
    offset = marker_offset(doc, node)
    starts = doc.source.line_starts
    index = bisect_right(starts, offset) - 1
    return offset - starts[max(index, 0)] + 1


HEADING_REST = 30  # a heading line goes on this far after a colon (`一、2024年：在攻坚克难中……`)


def title_end(doc: Document, node: Node) -> str | None:
    """How a heading's title ends: the punctuation mark, '' when the title runs to the end of
    its line, None when that cannot be told (inline items, a title cut by the next marker,
    a title taken from the next line, a question or exclamation, a colon the line goes on
    after)."""
    if node.inline or node.ordinal is None:
        return None
    text = doc.text
    start, end = node.head
    if end <= start:
        return None
    line_end = text.find("\n", marker_offset(doc, node))
    line_end = len(text) if line_end == -1 else line_end
    if end > line_end:
        return None  # the title came from the next line (a bare marker on a web page)
    last = text[end - 1]
    rest = text[end:line_end].strip(" \t\u3000")
    if last in "：:" and rest and len(rest) <= HEADING_REST and not any(c in rest for c in "。；;！？!?"):
        return None  # `一、2017年：稳中求进`: a colon inside a heading line, not its end
    if last in TITLE_END:
        return None if last in "！？!?" else last
    if text[end:line_end].strip(" \t\u3000"):
        return None
    return ""
