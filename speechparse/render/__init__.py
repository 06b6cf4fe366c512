"""Renderers: one module per output form, each with `render(doc, **options) -> str`.

Registered by name so the CLI can list formats without importing them all (start-up time).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from ..model import Document

FORMATS: dict[str, str] = {
    "outline": "outline",
    "json": "json_",
    "md": "markdown",
    "yaml": "yaml_",
    "jsonl": "json_:render_line",
    "chunks": "chunks",
    "opml": "opml",
    "html": "html",
    "xmind": "xmind",
    "mm": "mm",
    "svg": "svg",
}
BINARY = frozenset({"xmind"})  # their render() returns bytes


# the file name ending of each format's output; `-o FILE` without `-f` takes the format from it
EXTENSIONS: dict[str, str] = {
    "outline": ".outline",
    "json": ".json",
    "jsonl": ".jsonl",
    "md": ".md",
    "yaml": ".yaml",
    "chunks": ".chunks.jsonl",
    "opml": ".opml",
    "html": ".html",
}
_OTHER_EXTENSIONS = {".yml": "yaml", ".htm": "html", ".markdown": "md"}


def format_for_path(path: str) -> str | None:
    """The format a file name asks for (`out.json` -> json, `x.chunks.jsonl` -> chunks), or None."""
    name = path.lower()
    by_length = sorted(EXTENSIONS.items(), key=lambda item: -len(item[1]))
    for fmt, ext in by_length:
        if name.endswith(ext):
            return fmt
    return next((fmt for ext, fmt in _OTHER_EXTENSIONS.items() if name.endswith(ext)), None)


def _renderer(fmt: str, suffix: str = "") -> Any:
    module, _, func = FORMATS[fmt].partition(":")
    return getattr(import_module(f"{__name__}.{module}"), (func or "render") + suffix, None)


def render(doc: Document, fmt: str, **options: Any) -> str | bytes:
    return _renderer(fmt)(doc, **options)


def render_bytes(doc: Document, fmt: str, **options: Any) -> bytes:
    """`render` as UTF-8 bytes (binary formats as they are): straight from a renderer that
    makes bytes itself (JSON: orjson), else encoded. Batch workers write these."""
    direct = _renderer(fmt, "_bytes")
    if direct is not None:
        return direct(doc, **options)
    out = render(doc, fmt, **options)
    return out if isinstance(out, bytes) else out.encode("utf-8")
