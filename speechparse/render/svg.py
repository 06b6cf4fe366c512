"""The outline as a mind map (`-f svg`): one self-contained SVG picture.

The speech's title sits in the centre; the first-level sections branch out to the right and
the left (split where the number of leaves balances, so the picture stays wide rather than
tall), each level one column further out, every node a rounded box in its level's colour,
joined to its parent by a curve. Every section takes a row of its own, so 60 nodes make a
picture about 60 rows high, with text at 14 px. Long titles are cut with `…`; the whole
heading is the box's tooltip (`<title>`). The picture needs nothing from outside: no fonts,
images or styles are referenced, CJK text uses the system's CJK fonts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from typing import Any

from ..model import Document, Node
from ..reflow import display_width
from .opml import _xml_safe, document_title

FONT = 14
ROW = 30            # px per row: a box is 24 px high
BOX_H = 24
PAD = 8             # text padding inside a box
GAP = 36            # between columns
MAX_COLUMNS = 44    # display columns of a title before it is cut (22 CJK characters)
MARGIN = 16
FONTS = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
         '"WenQuanYi Micro Hei", sans-serif')
# fill, border per level (1 = first-level sections); the centre is dark with white text
LEVEL_COLOURS = (("#dbe9fb", "#0b5cad"), ("#dcf3e1", "#1a7f37"), ("#fbefc9", "#bf8700"),
                 ("#ebe3fb", "#8250df"), ("#fbe0e0", "#cf222e"), ("#eceef1", "#57606a"))
CENTRE_COLOURS = ("#1f2328", "#1f2328")


@dataclass
class Box:
    """One node of the picture: its text, level (0 = centre), place and size."""

    text: str
    full: str
    level: int
    side: int = 1          # 1 right of the centre, -1 left
    x: float = 0.0         # left edge
    y: float = 0.0         # centre line
    w: float = 0.0
    children: list[Box] = field(default_factory=list)

    @property
    def colours(self) -> tuple[str, str]:
        if self.level == 0:
            return CENTRE_COLOURS
        return LEVEL_COLOURS[min(self.level, len(LEVEL_COLOURS)) - 1]


def _cut(text: str) -> str:
    if display_width(text) <= MAX_COLUMNS:
        return text
    out, width = [], 0
    for ch in text:
        width += display_width(ch)
        if width > MAX_COLUMNS - 2:
            break
        out.append(ch)
    return "".join(out) + "…"


def _text_width(text: str) -> float:
    return display_width(text) * FONT * 0.55 + 2 * PAD


def _box(node: Node, level: int) -> Box:
    box = Box(_cut(node.heading), node.heading, level)
    box.w = _text_width(box.text)
    box.children = [_box(c, level + 1) for c in node.children]
    return box


def _leaves(box: Box) -> int:
    return sum(_leaves(c) for c in box.children) if box.children else 1


def layout(doc: Document) -> tuple[Box, float, float]:
    """The tree of boxes with their places, and the picture's width and height."""
    title = document_title(doc)
    centre = Box(_cut(title), title, 0)
    centre.w = _text_width(centre.text) + 8
    centre.children = [_box(n, 1) for n in doc.outline]
    right, left = _split(centre.children)
    for box in left:
        _set_side(box, -1)
    widths: dict[tuple[int, int], float] = {}
    for box in _walk(centre.children):
        key = (box.side, box.level)
        widths[key] = max(widths.get(key, 0.0), box.w)
    rows_right = _place_rows(right, 0)
    rows_left = _place_rows(left, 0)
    rows = max(rows_right, rows_left, 1)
    # centre the shorter side against the taller one
    for side, count in ((right, rows_right), (left, rows_left)):
        shift = (rows - count) * ROW / 2
        for box in _walk(side):
            box.y += shift
    left_extent = sum(widths.get((-1, lv), 0) + GAP for lv in range(1, 1 + _depth(left)))
    centre.x = MARGIN + left_extent
    centre.y = MARGIN + rows * ROW / 2
    for box in _walk(centre.children):
        box.y += MARGIN
        if box.side == 1:
            box.x = centre.x + centre.w + GAP + sum(widths[(1, lv)] + GAP for lv in range(1, box.level))
        else:
            inner = sum(widths[(-1, lv)] + GAP for lv in range(1, box.level))
            box.x = centre.x - GAP - inner - box.w
    right_extent = sum(widths.get((1, lv), 0) + GAP for lv in range(1, 1 + _depth(right)))
    width = centre.x + centre.w + right_extent + MARGIN
    height = rows * ROW + 2 * MARGIN
    return centre, width, height


def _split(children: list[Box]) -> tuple[list[Box], list[Box]]:
    """First-level boxes for the right side (in order) and the left; one side only for a
    small outline, where a one-sided tree reads better."""
    total = sum(_leaves(c) for c in children)
    if len(children) < 3 or total < 10:
        return children, []
    acc = 0
    for k, child in enumerate(children):
        acc += _leaves(child)
        if acc * 2 >= total:
            return children[:k + 1], children[k + 1:]
    return children, []


def _set_side(box: Box, side: int) -> None:
    box.side = side
    for c in box.children:
        _set_side(c, side)


def _walk(boxes: list[Box]) -> Iterator[Box]:
    for box in boxes:
        yield box
        yield from _walk(box.children)


def _depth(boxes: list[Box]) -> int:
    return max((b.level for b in _walk(boxes)), default=0)


def _place_rows(boxes: list[Box], row: int) -> int:
    """Leaves take consecutive rows; a parent sits level with the middle of its children."""
    for box in boxes:
        if box.children:
            first = row
            row = _place_rows(box.children, row)
            box.y = (box.children[0].y + box.children[-1].y) / 2 if row > first else row * ROW
        else:
            box.y = row * ROW + ROW / 2
            row += 1
    return row


def _edge(parent: Box, child: Box) -> str:
    if child.side == 1:
        x1, x2 = parent.x + parent.w, child.x
    else:
        x1, x2 = parent.x, child.x + child.w
    mid = (x1 + x2) / 2
    colour = child.colours[1]
    return (f'<path d="M{x1:.1f},{parent.y:.1f} C{mid:.1f},{parent.y:.1f} {mid:.1f},{child.y:.1f} '
            f'{x2:.1f},{child.y:.1f}" fill="none" stroke="{colour}" stroke-width="1.5"/>')


def _node(box: Box, standalone: bool) -> str:
    fill, stroke = box.colours
    colour = "#ffffff" if box.level == 0 else "#1f2328"
    weight = ' font-weight="700"' if box.level <= 1 else ""
    h = BOX_H + (8 if box.level == 0 else 0)
    full = escape(_xml_safe(box.full))
    # a tooltip in the picture; in the HTML page (one <title> per page) an accessible label
    tip = (f"><title>{full}</title>" if standalone else f' aria-label="{full}">')
    return (f'<g class="node level-{box.level}"{tip}'
            f'<rect x="{box.x:.1f}" y="{box.y - h / 2:.1f}" width="{box.w:.1f}" height="{h}" rx="6" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>'
            f'<text x="{box.x + PAD + (4 if box.level == 0 else 0):.1f}" y="{box.y:.1f}" '
            f'dominant-baseline="central" fill="{colour}"{weight}>{escape(_xml_safe(box.text))}</text></g>')


def svg_element(doc: Document, *, standalone: bool = True) -> str:
    """The `<svg>` element; `standalone=False` for embedding in the HTML page (no namespace
    declaration, which HTML does not need, and no <title> elements)."""
    centre, width, height = layout(doc)
    xmlns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    parts = [f'<svg{xmlns} class="mindmap" width="{width:.0f}" '
             f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
             f'aria-label="{escape(_xml_safe(centre.full))}" '
             f'font-family=\'{FONTS}\' font-size="{FONT}">',
             '<rect width="100%" height="100%" fill="#ffffff"/>']

    def edges(box: Box) -> None:
        for c in box.children:
            parts.append(_edge(box, c))
            edges(c)

    edges(centre)
    parts.append(_node(centre, standalone))
    parts.extend(_node(b, standalone) for b in _walk(centre.children))
    parts.append("</svg>")
    return "\n".join(parts)


def render(doc: Document, **_: Any) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + svg_element(doc) + "\n"
