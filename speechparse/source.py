"""Reading input: bytes -> normalised text, with a map back to source line numbers.

Offsets everywhere in speechparse refer to `Source.text`, the decoded text after
normalisation (BOM dropped, CRLF/CR -> LF, NBSP -> space, zero-width characters removed,
PDF hard wraps re-joined). `Source.line_of(offset)` gives the 1-based line of the original input
(for a PDF: the line of its extracted text, pages one after another; see `Source.pages`).

Input is read bounded (`DEFAULT_MAX_BYTES`, raised with `max_bytes=`), FIFOs and devices are
refused before they are opened for reading, and text is decoded by `decode_text`: BOMs, then
UTF-8 (a few bad bytes are replaced, with a warning), UTF-16/32 without a BOM, then the legacy
CJK encodings scored against their common characters, then charset detection.
"""

from __future__ import annotations

import _thread
import codecs
import os
import stat
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .errors import InputError
from .lazy_re import lazy
from .regex_cache import compile as compile_re

_ZERO_WIDTH = lazy("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = lazy("[\x00-\x08\x0b\x0e-\x1d\x1f\x7f]")
# a form feed (a page break) beside a line break adds no line of its own (`……\n\f下一页`: as an
# editor, `grep -n` and universal newlines count lines); inside a line it breaks it
_FORM_FEED_AT_LINE_END = lazy("\f+(?=\n)|(?<=\n)\f+|^\f+|\f+$")
# every character `normalise` changes, in one class: most texts need none of it, and one
# search (the regex engine skips on a leading class in C) tells so in one scan
_ANY_TO_NORMALISE = compile_re("[\r\xa0\f\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0e-\x1f\x7f]")

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # far above any speech; bounds memory on hostile input
READ_CHUNK = 1 << 20  # read in pieces, so that Ctrl-C is seen between them
DECODE_PIECE = 1 << 20  # ... and decode so (see _utf8)


class SourceWarning(NamedTuple):
    """Something the reader noticed (a guessed encoding, replaced bytes, pages without text);
    `build_document` copies these into the Document's warnings."""

    code: str
    line: int | None
    message: str


class Source:
    """Normalised text of one document plus the offsets at which its source lines start."""

    __slots__ = ("text", "line_starts", "encoding", "path", "reflowed_lines", "hints", "input_format",
                 "line_map", "inner_lines", "warnings", "pages")

    def __init__(self, text: str, line_starts: Sequence[int], encoding: str = "utf-8",
                 path: str | None = None, reflowed_lines: int = 0) -> None:
        self.text = text
        self.line_starts = line_starts
        self.encoding = encoding
        self.path = path
        self.reflowed_lines = reflowed_lines
        self.hints: dict[int, str] = {}  # line of `text` (1-based) -> evidence from the input format
        self.input_format = "txt"
        self.line_map: list[int] | None = None  # text line -> line in the original file (HTML, PDF)
        # text line (0-based) -> (column, original line) where one text line spans several
        # lines of the original (an HTML paragraph written over lines)
        self.inner_lines: dict[int, tuple[tuple[int, int], ...]] | None = None
        self.warnings: list[SourceWarning] = []
        self.pages: list[int] | None = None  # PDF: the source line each page starts at

    def line_of(self, offset: int) -> int:
        """1-based source line that contains `offset`."""
        line = bisect_right(self.line_starts, offset)
        if self.line_map is not None and 0 < line <= len(self.line_map):
            inner = self.inner_lines.get(line - 1) if self.inner_lines is not None else None
            if inner is not None:
                column = offset - self.line_starts[line - 1]
                k = bisect_right(inner, (column, 1 << 62)) - 1
                if k >= 0:
                    return inner[k][1]
            return self.line_map[line - 1]
        return line

    def text_line(self, offset: int) -> int:
        """1-based line of `text` that contains `offset`: what a reader's hints are keyed by
        (`line_of` answers the input file's own line, which differs where a line map exists)."""
        return bisect_right(self.line_starts, offset)

    def page_of(self, line: int) -> tuple[int, int] | None:
        """(page, line on that page), both 1-based, of a source line of a PDF; None otherwise."""
        if not self.pages:
            return None
        page = bisect_right(self.pages, line)
        return (page, line - self.pages[page - 1] + 1) if page else None

    @property
    def line_count(self) -> int:
        return len(self.line_starts)


# --- decoding -------------------------------------------------------------------------------
class Decoded(NamedTuple):
    text: str
    encoding: str
    warnings: list[SourceWarning]


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "utf-8"), (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32", "utf-32"), (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "utf-16"))
# Legacy encodings of Chinese (and Japanese) text, tried in this order when UTF-8 fails. Each is
# scored by the share of its characters that are common ones (`_COMMON`): text in the wrong one
# decodes without errors as often as not, but into rare characters (mojibake).
LEGACY = ("gb18030", "big5", "cp932")
_COMMON = {  # encoding -> (encoder, lead-byte ranges of punctuation and the common characters)
    "gb18030": ("gb2312", ((0xA1, 0xA3), (0xB0, 0xD7))),   # GB2312 symbols, level-1 hanzi
    "big5": ("big5", ((0xA1, 0xA3), (0xA4, 0xC6))),        # Big5 symbols, frequent hanzi
    "cp932": ("cp932", ((0x81, 0x84), (0x88, 0x98))),      # JIS symbols and kana, level-1 kanji
}
CONFIDENT = 0.9   # share of common characters above which a legacy guess is not reported
PLAUSIBLE = 0.6   # below this a legacy decoding is not taken at all
_SAMPLE = 256 * 1024
_MAX_BAD = 16     # "a few" bad byte sequences are replaced; more mean a wrong encoding
_ASCII = bytes(range(128))
# thread id -> (offsets of the bad sequences so far, how many are too many) of the decoding
# under way in that thread (`threading.local` would import threading: a cold start's cost)
_counting: dict[int, tuple[list[int], int]] = {}


def _record(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    bad, limit = _counting[_thread.get_ident()]
    bad.append(exc.start)
    if len(bad) > limit:
        raise exc  # too many: not this encoding
    return "\ufffd", exc.end


codecs.register_error("speechparse-record", _record)


def _decode_counting(data: bytes, encoding: str, limit: int, final: bool = True) -> tuple[str, list[int]] | None:
    """Text and byte offsets of the replaced sequences; None with more than `limit` of them."""
    bad: list[int] = []
    thread = _thread.get_ident()
    _counting[thread] = (bad, limit)
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="speechparse-record")
        return decoder.decode(data, final=final), bad
    except UnicodeDecodeError:
        return None
    finally:
        del _counting[thread]


def _few(data: bytes) -> int:
    return min(_MAX_BAD, 1 + len(data) // 4096)


def _replaced_warning(data: bytes, text: str, encoding: str, bad: list[int]) -> SourceWarning:
    if encoding.startswith(("utf-16", "utf-32")):
        width = 2 if encoding.startswith("utf-16") else 4
        lines = [text.count("\n", 0, pos // width) + 1 for pos in bad]
    else:
        lines = [data.count(b"\n", 0, pos) + 1 for pos in bad]
    where = ", ".join(f"line {ln} (byte {pos})" for ln, pos in list(zip(lines, bad, strict=True))[:5])
    more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
    return SourceWarning("decode-replaced", lines[0],
                         f"{len(bad)} byte sequence(s) not valid {encoding} replaced with U+FFFD at {where}{more}")


def common_share(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters of `text` that are common ones in `encoding`."""
    encoder, ranges = _COMMON[encoding]
    counts = Counter(ch for ch in text if ch >= "\x80")
    total = sum(counts.values())
    if not total:
        return 1.0
    common = 0
    for ch, n in counts.items():
        try:
            lead = ch.encode(encoder)[0]
        except UnicodeEncodeError:
            continue
        if any(lo <= lead <= hi for lo, hi in ranges):
            common += n
    return common / total


def _utf_without_bom(data: bytes) -> Decoded | None:
    """UTF-16/32 text without a BOM: NUL bytes, and every character a plausible one."""
    for enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        width = 2 if "16" in enc else 4
        got = _decode_counting(data[: len(data) - len(data) % width], enc, _few(data))
        if got is None:
            continue
        text, bad = got
        sample = text[:20000]
        if sample and sum(1 for ch in sample if _plausible(ch)) >= 0.97 * len(sample):
            warnings = [_replaced_warning(data, text, enc, bad)] if bad else []
            if len(data) % width:
                warnings.append(SourceWarning("decode-replaced", None, f"the last {len(data) % width} "
                                              f"byte(s) are half a {enc} character; dropped"))
            return Decoded(text, enc, warnings)
    return None


def _plausible(ch: str) -> bool:
    o = ord(ch)
    return (0x20 <= o < 0x7F or ch in "\t\r\n\u3000" or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or 0x3040 <= o <= 0x30FF or 0x2460 <= o <= 0x24FF)


def decode_text(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode bytes to text (see the module docstring); `encoding` forces one codec."""
    if not data:
        raise InputError("input is empty")
    if encoding:
        return _forced(data, encoding)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), name, [])
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode input as {name}: {exc.reason} at byte {exc.start}") from None
    if b"\x00" in data[:4096]:
        utf = _utf_without_bom(data)
        if utf is not None:
            return utf
        raise InputError("input looks binary (NUL bytes), not a text speech")
    try:
        return Decoded(_utf8(data), "utf-8", [])
    except UnicodeDecodeError:
        pass
    got = _decode_counting(data, "utf-8", _few(data))
    # UTF-8 with a few bad bytes (a file cut mid-character, a flipped byte): many good multi-byte
    # characters around them; text in a legacy encoding fails at almost every character
    if got is not None and len(data.translate(None, _ASCII)) >= 24 * len(got[1]):
        text, bad = got
        return Decoded(text, "utf-8", [_replaced_warning(data, text, "utf-8", bad)])
    return _legacy(data)


def _utf8(data: bytes) -> str:
    """`data.decode("utf-8")`, a piece at a time: CPython's decoder sizes its buffer by the
    byte count at the widest character kind met, about three times the finished text of
    Chinese (memory: a 50 MB speech would peak at 150 MB for its 33 MB of text)."""
    if len(data) <= DECODE_PIECE:
        return data.decode("utf-8")
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    parts = [decoder.decode(view[i:i + DECODE_PIECE]) for i in range(0, len(data), DECODE_PIECE)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def _legacy(data: bytes) -> Decoded:
    sample = data[:_SAMPLE]
    scored: list[tuple[float, str]] = []
    for enc in LEGACY:
        got = _decode_counting(sample, enc, _few(sample), final=len(sample) == len(data))
        if got is not None:
            scored.append((common_share(got[0], enc) - 0.02 * len(got[1]), enc))
    if scored:
        share, enc = max(scored, key=lambda s: s[0])  # ties: the earlier (GB18030) wins
        if share >= PLAUSIBLE:
            got = _decode_counting(data, enc, _few(data))
            if got is not None:
                text, bad = got
                warnings = [_replaced_warning(data, text, enc, bad)] if bad else []
                if share < CONFIDENT:
                    warnings.append(SourceWarning(
                        "encoding-guessed", None, f"decoded as {enc}, a guess: only {share:.0%} of the "
                        "characters are common ones; give the encoding if the text looks wrong"))
                return Decoded(text, enc, warnings)
    return _detect(data)


def _forced(data: bytes, encoding: str) -> Decoded:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    got = _decode_counting(data, codec, len(data))
    assert got is not None
    text, bad = got
    if codec.startswith("utf-8") and text.startswith("\ufeff"):
        text = text[1:]
    if bad and len(bad) * 20 > max(1, len(text)):
        raise InputError(f"cannot decode input as {encoding}: {len(bad)} invalid byte sequences")
    return Decoded(text, codec, [_replaced_warning(data, text, codec, bad)] if bad else [])


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of bytes; see `decode_text`, which also gives the warnings."""
    decoded = decode_text(data, encoding)
    return decoded.text, decoded.encoding


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\r\n\f"))
    return bad / len(sample) < 0.01


def _strict_legacy(data: bytes) -> Decoded | None:
    """The first legacy encoding that reads every byte and gives mostly Chinese text: a short
    text of rare characters (traditional forms, an extension-B character) that neither the
    common-character score nor charset detection places (found by the fuzzer)."""
    for enc in LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff" or ch >= "\U00020000")
        if _looks_like_text(text) and cjk * 2 >= len(text.strip()):
            return Decoded(text, enc, [SourceWarning(
                "encoding-guessed", None, f"decoded as {enc}, a guess: the text is short or of rare "
                "characters; give the encoding if it looks wrong")])
    return None


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # imported only for inputs that need detection

    best = from_bytes(data[:200000]).best()
    if best is None or best.encoding is None:
        strict = _strict_legacy(data)
        if strict is not None:
            return strict
        raise InputError("cannot decode input: not UTF-8, UTF-16, GB18030, Big5 or Shift-JIS text")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"cannot decode input (detected {best.encoding}, but decoding failed)") from None
    if not _looks_like_text(text):
        raise InputError("input looks binary, not a text speech")
    return Decoded(text, best.encoding, [SourceWarning(
        "encoding-guessed", None, f"decoded as {best.encoding} by charset detection, a guess; "
                                  "give the encoding if the text looks wrong")])


# --- text -> Source -------------------------------------------------------------------------
def normalise(text: str) -> str:
    """Line ends to LF, NBSP to space, zero-width and control characters removed."""
    if _ANY_TO_NORMALISE.search(text) is None:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    if _ZERO_WIDTH.search(text):
        text = _ZERO_WIDTH.sub("", text)
    if "\x1e" in text:
        text = text.replace("\x1e", "-")  # Word's non-breaking hyphen (`1\x1e12月`: 1-12月)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "\f" in text:
        text = _FORM_FEED_AT_LINE_END.sub("", text).replace("\f", "\n")
    return text


def line_starts_of(text: str) -> Sequence[int]:
    """Offset of every line's start, as an array (memory: 8 bytes a line, not 36)."""
    starts = array("q", [0])
    append = starts.append
    pos = text.find("\n")
    while pos != -1:
        append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def from_text(text: str, path: str | None = None, encoding: str = "utf-8",
              reflow: bool | None = None) -> Source:
    """Build a Source from already-decoded text; InputError if nothing is left of it once
    line ends, zero-width and control characters are normalised away."""
    from .reflow import reflow_hard_wraps

    given = text
    text = normalise(text)
    if not text or text.isspace():  # `not text.strip()` without copying the text
        raise InputError("input is empty" if not given or given.isspace()
                         else "input is empty (only control or zero-width characters)")
    counted = _without_line_counter(text)
    if counted is not None:
        text, lines = counted
    if reflow is not False:
        joined = reflow_hard_wraps(text, force=bool(reflow))
        if joined is not None:
            new_text, starts, count = joined
            return _counted(Source(new_text, starts, encoding, path, count), counted)
    return _counted(Source(text, line_starts_of(text), encoding, path), counted)


def _counted(src: Source, counted: tuple[str, int] | None) -> Source:
    if counted is not None:
        src.warnings.append(SourceWarning("line-counter", None, f"the line numbers printed at the start of "
                                          f"{counted[1]} lines (a draft's or a code view's counter) were left out"))
    return src


# (its own separator: the line's indentation stays; not a table's `序号` column, `1 | ……` or `1<TAB>……`)
_COUNTER = lazy(r"(?m)^[ \t]*([0-9]{1,5})(?:\u3000| {1,4}(?![ \t]*[|｜])|$)")
COUNTER_RUN = 10  # lines in a row, counting up by one, that make a counter (not a list's numbers)


def _without_line_counter(text: str) -> tuple[str, int] | None:
    """The text without its line counters (`7　一、……` `8　（一）……`: the numbers a draft for
    comments or a page's code view prints at each line's start, counting up by one over ten
    lines or more) and how many lines had one; None when the text has none."""
    runs: list[list[tuple[int, int]]] = []  # each run's (line start, counter's end)
    run: list[tuple[int, int]] = []
    line, pos = 0, 0  # the 0-based line of the match at `pos`
    last_line = last_number = -2
    for m in _COUNTER.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        number = int(m.group(1))
        if not (line == last_line + 1 and number == last_number + 1):
            if len(run) >= COUNTER_RUN:
                runs.append(run)
            run = []
        run.append((m.start(), m.end()))
        last_line, last_number = line, number
    if len(run) >= COUNTER_RUN:
        runs.append(run)
    if not runs:
        return None
    out, at, count = [], 0, 0
    for found in runs:
        for start, end in found:
            out.append(text[at:start])
            at = end
            count += 1
    out.append(text[at:])
    return "".join(out), count


class Piece(NamedTuple):
    """One source line as a reader places it: its text, its line number in the input, and
    whether it continues the line before it (a re-joined hard wrap)."""

    text: str
    line: int
    joins: bool = False


def from_pieces(pieces: list[Piece], path: str | None, encoding: str) -> Source:
    """A Source whose text is the pieces in the given order, continuations joined to the line
    before; `line_of` answers each piece's own input line (the order may differ from it)."""
    out: list[str] = []
    starts: list[int] = []
    line_map: list[int] = []
    pos = joins = 0
    for k, piece in enumerate(pieces):
        text = normalise(piece.text).replace("\n", " ")
        if k + 1 < len(pieces) and pieces[k + 1].joins:
            trimmed = text.rstrip(" \t\u3000")
            if trimmed and not trimmed[-1].isascii():
                text = trimmed  # (`……完成技 ` / `改项目……`: a space a PDF left at a Chinese line's end is no word space)
        if piece.joins and starts:
            text = text.lstrip(" \t\u3000")
            joins += 1
        elif starts:
            out.append("\n")
            pos += 1
        starts.append(pos)
        line_map.append(piece.line)
        out.append(text)
        pos += len(text)
    src = Source("".join(out), starts or [0], encoding, path, joins)
    src.line_map = line_map or None
    return src


def from_bytes(data: bytes, path: str | None = None, reflow: bool | None = None,
               encoding: str | None = None) -> Source:
    decoded = decode_text(data, encoding)
    # (as `not text.strip()`, without copying it; `\x1e`, white space to Python, is Word's
    # non-breaking hyphen to `normalise`: text, as in a str)
    if not decoded.text or decoded.text.isspace() and not normalise(decoded.text).strip():
        raise InputError("input is empty (only white space)")
    src = from_text(decoded.text, path, decoded.encoding, reflow)
    src.warnings.extend(decoded.warnings)
    return src


# --- reading, bounded -----------------------------------------------------------------------
def existing_file(path: str | Path) -> Path:
    """`path` as a Path if it names a file; InputError with a one-line reason otherwise."""
    p = Path(path)
    try:
        info = p.stat()
    except OSError as exc:
        if p.is_symlink():
            raise InputError(f"{path}: broken or looping symbolic link ({exc.strerror})") from None
        raise InputError(f"{path}: no such file") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory (give a file, or use a batch command)")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is a {_kind(info.st_mode)}, not a file (speechparse reads regular files and -)")
    return p


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _too_big(limit: int) -> InputError:
    return InputError(f"input is larger than the {_size(limit)} limit (raise it with max_bytes= "
                      "or the command's --max-size)")


def read_stream(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES, expected: int = 0) -> bytes:
    """At most `max_bytes` from a stream (stdin), in pieces; InputError if there is more.
    `expected` (a file's size) is read in one piece: a file is then in memory once, not
    once in pieces and again joined."""
    parts: list[bytes] = []
    total = 0
    first = expected + 1 if expected else READ_CHUNK
    while True:
        chunk = stream.read(min(first, max_bytes + 1 - total))
        first = READ_CHUNK
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise _too_big(max_bytes)


def read_input(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, or of standard input for '-', at most `max_bytes` of them.
    FIFOs, devices and sockets are refused without blocking on them."""
    import sys

    if str(path) == "-":
        return read_stream(sys.stdin.buffer, max_bytes)
    existing_file(path)
    try:
        # O_NONBLOCK: a FIFO swapped in after the check must not block the open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: is a {_kind(info.st_mode)}, not a file")
        if info.st_size > max_bytes:
            raise InputError(f"{path}: {_size(info.st_size)}, larger than the {_size(max_bytes)} limit "
                             "(raise it with max_bytes= or the command's --max-size)")
        try:
            return read_stream(fh, max_bytes, info.st_size)
        except InputError as exc:
            raise InputError(f"{path}: {exc}") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def read_path(path: str | Path, reflow: bool | None = None, encoding: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a text file (or '-' for stdin) as a Source; raises InputError with a one-line reason."""
    data = read_input(path, max_bytes)
    try:
        return from_bytes(data, str(path), reflow, encoding)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
