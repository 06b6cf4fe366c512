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
    """The pieces of `render_bytes(doc, indent)`, one item at a time: the document is encoded
    with its long lists (`Document.LISTS`) empty, and their items are written into those
    holes; each node is encoded with `"children": []` and its children are written into that
    one. Iterative (a stack of iterators, not recursion): only the dict of the item at hand
    exists at any time, and nothing per item is gathered ahead of it."""
    dumps = encoder(indent)
    step, lines = max(indent or 0, 0), indent is not None  # indent 0: new lines, no spaces
    head = doc.to_dict(lists=False)
    for key in Document.LISTS:
        head[key] = _hole(key)
    rest = dumps(head)
    for key in Document.LISTS:
        before, rest = rest.split(dumps(_hole(key)), 1)
        yield before
        if key == "outline":
            yield from _nodes(doc.outline, dumps, step, lines)
        else:
            yield from _items((item.to_dict() for item in getattr(doc, key)), dumps, step, lines)
    yield rest + b"\n"


def _hole(key: str) -> str:
    # stands in for a list while the rest of the document is encoded; the source text never
    # holds a NUL (normalisation removes control characters), so no string can collide
    return f"\x00speechparse-{key}\x00"


def _items(items: Iterator[dict[str, Any]], dumps: Callable[[Any], bytes], step: int,
           lines: bool) -> Iterator[bytes]:
    """A list of the top-level document, item by item, as `dumps` would write it whole."""
    pad = b"\n" + b" " * (step * 2) if lines else b""
    sep = b"["
    for item in items:
        data = dumps(item)
        yield sep + pad + (data.replace(b"\n", pad) if lines else data)
        sep = b","
    yield b"[]" if sep == b"[" else (b"\n" + b" " * step + b"]" if lines else b"]")


def _nodes(roots: list[Node], dumps: Callable[[Any], bytes], step: int,
           lines: bool) -> Iterator[bytes]:
    if not roots:
        yield b"[]"
        return
    # one iterator per open list of children, with its nesting level (the outline's is 2)
    stack: list[tuple[Iterator[Node], int]] = [(iter(roots), 2)]
    first = True
    yield b"["
    while stack:
        siblings, level = stack[-1]
        node = next(siblings, None)
        if node is None:  # the list at this level is done: close it and its node
            stack.pop()
            if stack:  # `level` is the children's: the list closes one level up, its node two
                pad = b"\n" + b" " * (step * (level - 1)) if lines else b""
                yield pad + b"]" + (b"\n" + b" " * (step * (level - 2)) + b"}" if lines else b"}")
            first = False
            continue
        pad = b"\n" + b" " * (step * level) if lines else b""
        data = dumps(node.to_dict(children=False))
        if lines:
            data = data.replace(b"\n", pad)  # encoded strings hold no raw newline
        if not first:
            yield b","
        if not node.children:
            yield pad + data
            first = False
            continue
        yield pad + data[: data.rfind(b"[]")] + b"["  # the closing `[]` and brace dropped
        stack.append((iter(node.children), level + 2))
        first = True
    yield b"\n" + b" " * step + b"]" if lines else b"]"
