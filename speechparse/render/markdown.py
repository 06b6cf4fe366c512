"""Markdown: headings for the first levels, nested lists below; usable as a mind-map import.

The document title is `#`, depth 1 is `##`, depth 2 `###`; deeper items are `-` list items.
Markers stay in the text, so parsing the Markdown again gives the same skeleton.
"""

from __future__ import annotations

from typing import Any

from ..model import Document, Node

HEADING_LEVELS = 2


def render(doc: Document, body: bool = False, **_: Any) -> str:
    out: list[str] = []
    if doc.title:
        out += [f"# {doc.title}", ""]
    stack = [(n, 1) for n in reversed(doc.outline)]
    while stack:
        node, depth = stack.pop()
        out.extend(_node(node, depth, body))
        stack.extend((c, depth + 1) for c in reversed(node.children))
    return "\n".join(out).rstrip("\n") + "\n"


def _node(node: Node, depth: int, body: bool) -> list[str]:
    text = f"{node.marker}{node.title}"
    if depth <= HEADING_LEVELS:
        lines = [f"{'#' * (depth + 1)} {text}", ""]
        if body:
            lines += [p for para in node.body for p in (para, "")]
        return lines
    indent = "  " * (depth - HEADING_LEVELS - 1)
    lines = [f"{indent}- {text}"]
    if body:
        lines += [f"{indent}  {para}" for para in node.body]
    return lines
