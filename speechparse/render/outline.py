"""The `outline` skeleton, format version 1 (the fixture format of `speechparse check`).

One node per line, in document order; two spaces of indentation per depth below the top;
then the marker exactly as written and the title. Nothing else, so a diff shows exactly
which items changed. The format is versioned: any change bumps OUTLINE_VERSION.
"""

from __future__ import annotations

from typing import Any

from ..model import Document

OUTLINE_VERSION = 1
INDENT = "  "


def lines(doc: Document) -> list[str]:
    return [f"{INDENT * (depth - 1)}{marker}{title}" for depth, marker, title in doc.outline_skeleton()]


def render(doc: Document, **_: Any) -> str:
    out = lines(doc)
    return "\n".join(out) + "\n" if out else ""


def render_rich(doc: Document, console: Any) -> None:
    """The same skeleton, coloured by depth, for a terminal."""
    from rich.text import Text

    colours = ["bold cyan", "bold green", "yellow", "magenta", "blue", "white"]
    if doc.title:
        console.print(Text(doc.title, style="bold underline"))
    for depth, marker, title in doc.outline_skeleton():
        line = Text(INDENT * (depth - 1))
        line.append(marker, style=colours[min(depth, len(colours)) - 1])
        line.append(title)
        console.print(line, soft_wrap=True)
    for w in doc.warnings:
        console.print(Text(f"warning L{w.line}: {w.code}: {w.message}", style="dim"))
