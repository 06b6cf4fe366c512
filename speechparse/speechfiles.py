"""Which files `check` and `lint` read: speeches named on the command line or found under folders.

Under a folder only `*.txt` speeches are taken (recursively, in sorted order), skipping
`README*` and hidden folders: a repository of speeches also holds notes, exports and saved
pages that are not meant to be checked. `.docx` and `.html` speeches count when named
explicitly, or under folders when the configuration lists their suffixes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import SpeechparseError

DEFAULT_SUFFIXES = (".txt",)
EXPLICIT_SUFFIXES = (".txt", ".docx", ".html", ".htm")


def is_skipped(path: Path) -> bool:
    return path.name.startswith("README")


def walk(folder: Path, suffixes: Sequence[str]) -> Iterable[Path]:
    """Speech files under `folder`, sorted, hidden folders and README files left out."""
    found = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder).parts
        if any(part.startswith(".") for part in rel[:-1]):
            continue
        if path.is_file() and path.suffix.lower() in suffixes and not is_skipped(path):
            found.append(path)
    return sorted(found)


def collect(paths: Sequence[str], suffixes: Sequence[str] = DEFAULT_SUFFIXES, *,
            stdin: bool = False) -> list[Path]:
    """Speech files for the given command-line paths, each once, in the order given.

    A path that does not exist is a usage error (SpeechparseError): a typo in a CI job must
    not turn into a silently green run. `-` is standard input where `stdin` allows it.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            if not stdin:
                raise SpeechparseError("'-' (standard input) cannot be used here: give files or folders")
            found: Iterable[Path] = [path]
        elif path.is_dir():
            found = walk(path, suffixes)
        elif path.exists():
            found = [path]
        else:
            raise SpeechparseError(f"{raw}: no such file or directory")
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out
