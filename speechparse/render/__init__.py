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


def available() -> list[str]:
    """Formats whose renderer module exists in this installation."""
    from importlib.util import find_spec

    names = []
    for name, target in FORMATS.items():
        module = target.split(":")[0]
        if find_spec(f"{__name__}.{module}") is not None:
            names.append(name)
    return names


def render(doc: Document, fmt: str, **options: Any) -> str | bytes:
    target = FORMATS[fmt]
    module, _, func = target.partition(":")
    return getattr(import_module(f"{__name__}.{module}"), func or "render")(doc, **options)
