"""JSON (the `speechparse/1` contract) and JSON Lines (one compact document per line).

Encoded by orjson, whose output is byte for byte that of `json.dumps(ensure_ascii=False)`
with `indent=2` or compact separators (the tests compare both on every fixture); any other
indent, and anything orjson refuses (a lone surrogate from a caller's str, an integer beyond
64 bits), goes through `json` as before.

`render` and `render_line` return the text, `render_bytes` its UTF-8 (what batch workers
write); `write` and `write_line` send the same text to a file node by node, so a huge speech
never holds its whole JSON, nor the dicts of a whole subtree, in memory at once.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import IO, Any, TextIO

from ..jsonenc import encoder
from ..model import Document, Node, gc_paused

# stands in for the outline while the rest of the document is encoded; the source text
# never holds a NUL (normalisation removes control characters), so no string can collide
_HOLE = "\x00speechparse-outline\x00"
_CHUNK = 1 << 16  # bytes gathered before each write of a streamed document

def render_bytes(doc: Document, indent: int | None = 2, **_: Any) -> bytes:
    """`render(doc, indent)` as UTF-8."""
    with gc_paused():  # the dicts of a large document would trigger collections that free nothing
        return encoder(indent)(doc.to_dict()) + b"\n"


def render(doc: Document, indent: int | None = 2, **_: Any) -> str:
    return render_bytes(doc, indent).decode("utf-8", "surrogatepass")


def render_line(doc: Document, **_: Any) -> str:
    return render_bytes(doc, None).decode("utf-8", "surrogatepass")


def render_line_bytes(doc: Document, **_: Any) -> bytes:
    return render_bytes(doc, None)


def write(doc: Document, out: TextIO | IO[bytes], indent: int | None = 2, **_: Any) -> None:
    """Write `render(doc, indent)` to `out` (a text or a binary file), piece by piece."""
    _write(doc, out, indent)


def write_line(doc: Document, out: TextIO | IO[bytes], **_: Any) -> None:
    """Write `render_line(doc)` to `out`, piece by piece."""
    _write(doc, out, None)


def _writer(out: TextIO | IO[bytes]) -> Callable[[bytes], Any]:
    """A function that writes UTF-8 to `out`: to the bytes under a text file when it has
    them (no decoding), decoded into a text-only stream, straight into a binary one."""
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        return buffer.write
    if isinstance(out, io.TextIOBase):
        text_out = out
        return lambda data: text_out.write(data.decode("utf-8", "surrogatepass"))
    return out.write  # type: ignore[return-value]


def _write(doc: Document, out: TextIO | IO[bytes], indent: int | None) -> None:
    put = _writer(out)
    with gc_paused():  # see gc_paused: nothing made here is garbage before it is written
        pending: list[bytes] = []
        size = 0
        for piece in iter_bytes(doc, indent):
            pending.append(piece)
            size += len(piece)
            if size >= _CHUNK:
                put(b"".join(pending))
                pending.clear()
                size = 0
        put(b"".join(pending))


def iter_bytes(doc: Document, indent: int | None = 2) -> Iterator[bytes]:
    """The pieces of `render_bytes(doc, indent)`, one node at a time: each node is encoded
    with `"children": []` and its children are written into that hole. Iterative (a stack,
    not recursion), and only the dict of the node at hand exists at any time."""
    dumps = encoder(indent)
    head = doc.to_dict(outline=False)
    head["outline"] = _HOLE
    before, after = dumps(head).split(dumps(_HOLE), 1)
    yield before
    roots = doc.outline
    if not roots:
        yield b"[]" + after + b"\n"
        return
    step = indent or 0
    # (node, its nesting level, whether it is the first in its list); a None node closes
    # the children list at that level
    stack: list[tuple[Node | None, int, bool]] = [(n, 2, k == 0) for k, n in reversed(list(enumerate(roots)))]
    yield b"["
    while stack:
        node, level, first = stack.pop()
        pad = b"\n" + b" " * (step * level) if step else b""
        if node is None:
            yield pad + b"]" + (b"\n" + b" " * (step * (level - 1)) + b"}" if step else b"}")
            continue
        data = dumps(node.to_dict(children=False))
        if step:
            data = data.replace(b"\n", pad)  # encoded strings hold no raw newline
        if not first:
            yield b","
        if not node.children:
            yield pad + data
            continue
        yield pad + data[: data.rfind(b"[]")] + b"["  # the closing `[]` and brace dropped
        stack.append((None, level + 1, False))
        stack.extend((c, level + 2, k == 0) for k, c in reversed(list(enumerate(node.children))))
    yield (b"\n" + b" " * step + b"]" if step else b"]") + after + b"\n"
