"""Input formats: plain text (any encoding), .docx and saved .html pages."""

from __future__ import annotations

from pathlib import Path

from . import source as _source
from .errors import InputError

INPUT_FORMATS = ("txt", "docx", "html")


def guess_format(path: str | Path) -> str:
    suffix = Path(str(path)).suffix.lower()
    if suffix == ".docx":
        return "docx"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "txt"


def read_source(path: str | Path, *, input_format: str | None = None,
                reflow: bool | None = None) -> _source.Source:
    fmt = input_format or ("txt" if str(path) == "-" else guess_format(path))
    if fmt == "txt":
        return _source.read_path(path, reflow)
    if fmt not in INPUT_FORMATS:
        raise InputError(f"unknown input format {fmt!r} (choose from {', '.join(INPUT_FORMATS)})")
    raise InputError(f"{path}: input format {fmt} is not supported yet")
