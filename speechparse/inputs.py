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
    p = _source.existing_file(path)
    try:
        if fmt == "docx":
            from .formats.docx import read_docx

            text, hints = read_docx(str(p))
            encoding, line_map = "docx", None
        else:
            from .formats.html import read_html

            data = p.read_bytes()
            if not data.strip():
                raise InputError("input is empty")
            text, hints, encoding, line_map = read_html(data)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if not text.strip():
        raise InputError(f"{path}: no text found in this {fmt} file")
    src = _source.from_text(text, str(path), encoding, reflow=False if reflow is None else reflow)
    src.input_format = fmt
    src.hints = hints  # keyed by line of the extracted text (minified HTML has one source line)
    src.line_map = line_map  # the outline reports the HTML file's own line numbers
    return src
