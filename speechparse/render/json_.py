"""JSON (the `speechparse/1` contract) and JSON Lines (one compact document per line).

`render` and `render_line` return the text; `write` and `write_line` send the same text to a
file one top-level outline item at a time, so a 50 MB speech never holds its whole JSON
(or its whole dict) in memory at once.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..model import Document, gc_paused

# stands in for the outline while the rest of the document is encoded; the source text
# never holds a NUL (normalisation removes control characters), so no string can collide
_HOLE = "\x00speechparse-outline\x00"
_COMPACT = (",", ":")


def render(doc: Document, indent: int | None = 2, **_: Any) -> str:
    with gc_paused():  # the encoder's lists would trigger collections over the whole document
        return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent) + "\n"


def render_line(doc: Document, **_: Any) -> str:
    with gc_paused():
        return json.dumps(doc.to_dict(), ensure_ascii=False, separators=_COMPACT) + "\n"


def write(doc: Document, out: TextIO, indent: int | None = 2, **_: Any) -> None:
    """Write `render(doc, indent)` to `out`, piece by piece."""
    _write(doc, out, indent, None)


def write_line(doc: Document, out: TextIO, **_: Any) -> None:
    """Write `render_line(doc)` to `out`, piece by piece."""
    _write(doc, out, None, _COMPACT)


def _write(doc: Document, out: TextIO, indent: int | None, separators: tuple[str, str] | None) -> None:
    with gc_paused():  # see gc_paused: the node dicts are alive until written
        _write_pieces(doc, out, indent, separators)


def _write_pieces(doc: Document, out: TextIO, indent: int | None,
                  separators: tuple[str, str] | None) -> None:
    def dumps(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False, indent=indent, separators=separators)

    head = doc.to_dict(outline=False)
    head["outline"] = _HOLE
    before, after = dumps(head).split(dumps(_HOLE), 1)
    out.write(before)
    roots = doc.outline
    if not roots:
        out.write("[]")
    elif indent is None:
        out.write("[")
        for k, node in enumerate(roots):
            if k:
                out.write((separators or (", ", ": "))[0])
            out.write(dumps(node.to_dict()))
        out.write("]")
    else:
        # the outline list sits one level down in the document, its items two levels down
        inner = "\n" + " " * (2 * indent)
        out.write("[")
        for k, node in enumerate(roots):
            out.write("," + inner if k else inner)
            out.write(dumps(node.to_dict()).replace("\n", inner))  # strings hold no raw newline
        out.write("\n" + " " * indent + "]")
    out.write(after)
    out.write("\n")
