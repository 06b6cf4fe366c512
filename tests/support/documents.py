"""The speeches many tests read (fixtures, seeds, the devset), each parsed once per test
process: `parsed(path)` is `speechparse.parse_file(path)` with the default options, shared by
every test that asks for the same file. A shared Document must not be changed by a test:
conftest.py checks after the session that each is still what the parser made.

The shared Documents are millions of objects that live to the end of the session: the garbage
collector is told to leave them alone (`gc.freeze`), or every full collection (the automatic
ones, and the gc.collect of each in-process batch before it forks) walks them all again."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

from speechparse.api import parse_file as _parse_file
from speechparse.model import Document
from speechparse.render import render_bytes

# (the parser itself, taken before any test puts parse_file_sharing in its place: through the
# stand-in, a file not parsed yet would come back here for ever)
_PARSED: dict[Path, tuple[Document, bytes]] = {}


def _fingerprint(doc: Document) -> bytes:
    return render_bytes(doc, "json") + doc.text.encode("utf-8", "surrogatepass")


def parsed(path: Path) -> Document:
    """`speechparse.parse_file(path)`, parsed the first time it is asked for (read it, never
    change it: other tests get the same object)."""
    entry = _PARSED.get(path)
    if entry is None:
        doc = _parse_file(path)
        entry = _PARSED[path] = (doc, _fingerprint(doc))
        gc.freeze()
    return entry[0]


def parse_file_sharing(real: Any, shared: tuple[Path, ...]) -> Any:
    """A stand-in for `speechparse.api.parse_file` that hands out `parsed(path)` for a file
    below one of the `shared` folders read with the default options (a command run over the
    whole corpus in this process then parses nothing the suite has parsed already), and calls
    `real` for anything else. The command's own reading of its arguments is unchanged."""

    def parse_file(path: Any, **options: Any) -> Any:
        absolute = Path(os.path.abspath(path)) if str(path) != "-" else None
        if options or absolute is None or not any(absolute.is_relative_to(d) for d in shared):
            return real(path, **options)
        return parsed(absolute)

    return parse_file


def changed() -> list[Path]:
    """The files whose shared Document a test has changed since it was parsed."""
    return [path for path, (doc, made) in _PARSED.items() if _fingerprint(doc) != made]


def keep_frozen() -> None:
    """Freeze the shared Documents again if something unfroze them since (a batch run in this
    process does, once its workers are forked: speechparse.corpus.parse_many). What is frozen
    with them stays to the end of the session: at most the garbage one test left behind."""
    global _unfrozen
    if _unfrozen:
        _unfrozen = False
        gc.freeze()


# gc.get_freeze_count() would tell, but it walks every frozen object: this notices the call
_unfrozen = False
_gc_unfreeze = gc.unfreeze


def _noticed_unfreeze() -> None:
    global _unfrozen
    _unfrozen = True
    _gc_unfreeze()


gc.unfreeze = _noticed_unfreeze
