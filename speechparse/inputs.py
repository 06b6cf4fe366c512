"""Input formats: plain text (any encoding), Markdown, .docx, saved .html pages (and pages saved
as one .mhtml file) and PDF.

The format of an input is the one asked for (`input_format`), else the one its extension
names, else (standard input, other extensions) the one its first bytes show. The bytes are
sniffed in every case: a PDF, a ZIP or an HTML page where text or another format was asked
for is a one-line error, never decoded as text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import source as _source
from .errors import InputError, MissingDependency
from .formats.sniff import READER_OF, sniff

INPUT_FORMATS = ("txt", "md", "docx", "html", "mhtml", "pdf")
TEXT_FORMATS = ("txt", "md")  # read as the characters of the file (what `fmt` may rewrite)
EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".docx": "docx",
              ".html": "html", ".htm": "html", ".xhtml": "html", ".mhtml": "mhtml", ".mht": "mhtml",
              ".pdf": "pdf"}
DEFAULT_GLOBS = tuple(f"*{ext}" for ext in EXTENSIONS)  # what a batch reads from a folder
EXTRAS = {"pdf": "pdf", "md": "md", "docx": "docx"}  # the pip extra each optional reader needs


def guess_format(path: str | Path) -> str:
    """The format a file's extension names (`txt` for other extensions)."""
    return EXTENSIONS.get(Path(str(path)).suffix.lower(), "txt")


def format_for(path: str | Path, data: bytes, input_format: str | None = None) -> str:
    """The format to read `data` as; InputError when the bytes contradict the format asked for."""
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r} (choose from {', '.join(INPUT_FORMATS)})")
    found = sniff(data)
    asked = input_format or (None if str(path) == "-" else EXTENSIONS.get(Path(str(path)).suffix.lower()))
    reader = READER_OF.get(found.format or "")
    if found.format is not None and reader is None:
        raise InputError(f"this is {found.description}, not a speech")
    if asked is None:
        return reader or "txt"
    if asked == reader or (reader is None and asked in ("txt", "md", "html")):
        return asked  # an HTML fragment without <html> is still read as HTML when asked
    if reader is None:
        raise InputError(f"not a {_NAMES[asked]}: the file holds text (read it as text with --input-format txt)")
    fix = f"--input-format {reader}" if input_format else f"--input-format {reader}, or rename it"
    raise InputError(f"this is {found.description}, not a {_NAMES[asked]} ({fix})")


_NAMES = {"txt": "text file", "md": "Markdown file", "docx": ".docx file", "html": "HTML page",
          "mhtml": "saved web page (MHTML)", "pdf": "PDF"}


def read_source(path: str | Path, *, input_format: str | None = None, reflow: bool | None = None,
                encoding: str | None = None,
                max_bytes: int = _source.DEFAULT_MAX_BYTES) -> _source.Source:
    """Read one input (a path, or '-' for standard input) as a Source; InputError with a
    one-line reason for anything that cannot be read."""
    data = _source.read_input(path, max_bytes)
    try:
        if not data or data.isspace():  # `not data.strip()` without copying the input
            raise InputError("input is empty" if not data else "input is empty (only white space)")
        fmt = format_for(path, data, input_format)
        try:
            src = _READERS[fmt](data, str(path), reflow, encoding, max_bytes)
        except MissingDependency as exc:
            raise missing_extra(fmt, exc.package) from None
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    src.input_format = fmt
    return src


def _text(data: bytes, path: str, reflow: bool | None, encoding: str | None, _: int) -> _source.Source:
    return _source.from_bytes(data, path, reflow, encoding)


def _markdown(data: bytes, path: str, reflow: bool | None, encoding: str | None, _: int) -> _source.Source:
    from .formats.markdown import read_markdown_lines

    decoded = _source.decode_text(data, encoding)
    text, hints, line_map = read_markdown_lines(decoded.text)
    return _finish(text, hints, line_map, path, decoded.encoding, reflow, decoded.warnings, "md")


def _docx(data: bytes, path: str, reflow: bool | None, _: str | None, max_bytes: int) -> _source.Source:
    from .formats.docx import read_docx

    text, hints = read_docx(data, max_bytes)
    return _finish(text, hints, None, path, "docx", reflow, [], "docx")


def _html(data: bytes, path: str, reflow: bool | None, encoding: str | None, _: int) -> _source.Source:
    from .formats.html import read_html

    text, hints, used, line_map, inner, warnings = read_html(data, encoding)
    # hints are keyed by line of the extracted text (minified HTML has one source line); the
    # outline reports the HTML file's own line numbers
    src = _finish(text, hints, line_map, path, used, reflow, warnings, "html")
    if inner and not src.reflowed_lines:  # (columns of the text lines as read)
        src.inner_lines = inner
    return src


def _mhtml(data: bytes, path: str, reflow: bool | None, encoding: str | None, max_bytes: int) -> _source.Source:
    from .formats.mhtml import page_of

    page, charset = page_of(data)
    # (the page's own <meta charset> and BOM still count when its MIME part names none)
    return _html(page, path, reflow, encoding or charset, max_bytes)


def _pdf(data: bytes, path: str, reflow: bool | None, _: str | None, __: int) -> _source.Source:
    from .formats.pdf import read_pdf

    return read_pdf(data, path, join=reflow is not False)


def _finish(text: str, hints: dict[int, str], line_map: list[int] | None, path: str, encoding: str,
            reflow: bool | None, warnings: list[_source.SourceWarning], fmt: str) -> _source.Source:
    if not text.strip():
        raise InputError(f"no text found in this {_NAMES[fmt]}")
    # formats with their own paragraphs are not re-wrapped unless asked (the hints are keyed
    # by the lines of `text`)
    src = _source.from_text(text, path, encoding, reflow=bool(reflow))
    src.hints = hints
    src.line_map = line_map
    src.warnings.extend(warnings)
    return src


_READERS: dict[str, Callable[[bytes, str, bool | None, str | None, int], _source.Source]] = {
    "txt": _text, "md": _markdown, "docx": _docx, "html": _html, "mhtml": _mhtml, "pdf": _pdf}


def missing_extra(fmt: str, package: str) -> InputError:
    """The one-line error for a reader whose optional dependency is not installed."""
    return InputError(f"reading {_NAMES[fmt]}s needs {package}: pip install 'speechparse[{EXTRAS[fmt]}]'")
