"""Reading input: bytes -> normalised text, with a map back to source line numbers.

Offsets everywhere in speechparse refer to `Source.text`, the decoded text after
normalisation (BOM dropped, CRLF/CR -> LF, NBSP -> space, zero-width characters removed,
PDF hard wraps re-joined). `Source.line_of(offset)` gives the 1-based line of the original input.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from pathlib import Path

from .errors import InputError

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


class Source:
    """Normalised text of one document plus the offsets at which its source lines start."""

    __slots__ = ("text", "line_starts", "encoding", "path", "reflowed_lines", "hints", "input_format",
                 "line_map")

    def __init__(self, text: str, line_starts: list[int], encoding: str = "utf-8",
                 path: str | None = None, reflowed_lines: int = 0) -> None:
        self.text = text
        self.line_starts = line_starts
        self.encoding = encoding
        self.path = path
        self.reflowed_lines = reflowed_lines
        self.hints: dict[int, str] = {}  # line of `text` (1-based) -> evidence from the input format
        self.input_format = "txt"
        self.line_map: list[int] | None = None  # text line -> line in the original file (HTML)

    def line_of(self, offset: int) -> int:
        """1-based source line that contains `offset`."""
        line = bisect_right(self.line_starts, offset)
        if self.line_map is not None and 0 < line <= len(self.line_map):
            return self.line_map[line - 1]
        return line

    @property
    def line_count(self) -> int:
        return len(self.line_starts)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text: BOMs first, then strict UTF-8, then GB18030, then detection."""
    if not data:
        raise InputError("input is empty")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode("utf-8-sig" if enc == "utf-8" else enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode input as {enc}: {exc.reason} at byte {exc.start}") from None
    if b"\x00" in data[:4096]:
        raise InputError("input looks binary (NUL bytes), not a text speech")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # most Chinese text that is not UTF-8 is GBK/GB18030 (GB18030 is a superset)
        text = data.decode("gb18030")
        if _looks_like_text(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\r\n\f"))
    return bad / len(sample) < 0.01


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported only for inputs that need detection

    best = from_bytes(data[:200000]).best()
    if best is None or best.encoding is None:
        raise InputError("cannot decode input: not UTF-8, UTF-16 or GB18030 text")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"cannot decode input (detected {best.encoding}, but decoding failed)") from None
    if not _looks_like_text(text):
        raise InputError("input looks binary, not a text speech")
    return text, best.encoding


def normalise(text: str) -> str:
    """Line ends to LF, NBSP to space, zero-width and control characters removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    if _ZERO_WIDTH.search(text):
        text = _ZERO_WIDTH.sub("", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text.replace("\f", "\n") if "\f" in text else text


def line_starts_of(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def from_text(text: str, path: str | None = None, encoding: str = "utf-8",
              reflow: bool | None = None) -> Source:
    """Build a Source from already-decoded text."""
    from .reflow import reflow_hard_wraps

    text = normalise(text)
    if reflow is not False:
        joined = reflow_hard_wraps(text, force=bool(reflow))
        if joined is not None:
            new_text, starts, count = joined
            return Source(new_text, starts, encoding, path, count)
    return Source(text, line_starts_of(text), encoding, path)


def from_bytes(data: bytes, path: str | None = None, reflow: bool | None = None) -> Source:
    text, encoding = decode(data)
    if not text.strip():
        raise InputError("input is empty (only white space)")
    return from_text(text, path, encoding, reflow)


def existing_file(path: str | Path) -> Path:
    """`path` as a Path if it names a file; InputError with a one-line reason otherwise."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory (give a file, or use a batch command)")
    return p


def read_path(path: str | Path, reflow: bool | None = None) -> Source:
    """Read a file (or '-' for stdin) as a Source; raises InputError with a one-line reason."""
    import sys

    if str(path) == "-":
        return from_bytes(sys.stdin.buffer.read(), "-", reflow)
    p = existing_file(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return from_bytes(data, str(path), reflow)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
