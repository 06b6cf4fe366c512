"""The speeches many tests read (fixtures, seeds, the devset), each parsed once per test
process: `parsed(path)` is `speechparse.parse_file(path)` with the default options, shared by
every test that asks for the same file. A shared Document must not be changed by a test:
conftest.py checks after the session that each is still what the parser made."""

from __future__ import annotations

from pathlib import Path

import speechparse
from speechparse.model import Document
from speechparse.render import render_bytes

_PARSED: dict[Path, tuple[Document, bytes]] = {}


def _fingerprint(doc: Document) -> bytes:
    return render_bytes(doc, "json") + doc.text.encode("utf-8", "surrogatepass")


def parsed(path: Path) -> Document:
    """`speechparse.parse_file(path)`, parsed the first time it is asked for (read it, never
    change it: other tests get the same object)."""
    entry = _PARSED.get(path)
    if entry is None:
        doc = speechparse.parse_file(path)
        entry = _PARSED[path] = (doc, _fingerprint(doc))
    return entry[0]


def changed() -> list[Path]:
    """The files whose shared Document a test has changed since it was parsed."""
    return [path for path, (doc, made) in _PARSED.items() if _fingerprint(doc) != made]
