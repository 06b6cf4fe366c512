"""`speechparse fmt`: renumber and restyle the markers of a speech's outline, nothing else.

After a section is inserted, moved or deleted, every following `三、四、五、`, every `（一）（二）`
below them and every `一是二是` must be renumbered by hand. `fmt` does it on the parsed outline:

- every run of items counts 1, 2, 3 … under its parent (as `lint` counts them: by style, a
  fresh run where the author restarted at 1). A run that does not start at 1 (`二是` after an
  unnumbered first point, a page that begins mid-speech at `三、`) is ambiguous, so it keeps
  its first number and counts on from there: `lint` still reports it (SP103);
- items of the heading families (`一、` `（一）` `1.` `（1）` `①` and the house-style families)
  take one marker style per level, `levels` (GB/T 9704 by default), counted among those
  families only, so `第一部分` above them and `一是` runs inside keep theirs;
- every other item (`第一，` `其一，` `一是` `一要`, levels deeper than `levels`) keeps its
  brackets and punctuation and gets its new number; `——` bullets are written `——`.

Text the parser did not take for an item is body text and is never touched. Like black, the
result is checked before anything is written: the new text is parsed again, and unless it has
the same outline (shape and titles), the new markers where they were put, and the same text
outside the markers, `UnsafeFormat` is raised and the file is left alone.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import ConfigError, SpeechparseError
from .house_styles import NUMERALS, HouseFamily, Numeral, installed, numeral_in
from .model import Document, Node

# GB/T 9704-2012 (党政机关公文格式) 7.3.3: 一、 then （一） then 1. then （1）
DEFAULT_LEVELS = ("一、", "（一）", "1.", "（1）")
# built-in families that take the level styles (the heading families of the outline)
LEVEL_FAMILIES = frozenset({"cn-dun", "cn-paren", "arabic", "arabic-paren", "circled"})
DASH = "——"
# how item 1 looks in each numeral kind, the most specific first: `Ⅰ` before `I` before `A`
_ONE_ORDER = ("circled", "paren-digit", "dot-digit", "roman", "roman-lower", "financial", "chinese",
              "arabic-full", "arabic", "roman-ascii", "roman-ascii-lower", "latin", "latin-lower")


class UnsafeFormat(SpeechparseError):
    """Formatting would change the outline or the text: nothing is written."""


@dataclass(frozen=True)
class LevelStyle:
    """One level's marker style, written as its item 1 (`（一）`): text around a numeral."""

    example: str
    numeral: Numeral
    before: str
    after: str

    def write(self, n: int) -> str | None:
        number = self.numeral.write(n)
        return None if number is None else f"{self.before}{number}{self.after}"


def level_style(example: str) -> LevelStyle:
    """Read a level style from how its item 1 looks: `一、`, `（一）`, `1.`, `【壹】`, `Ⅰ.`, `A.`."""
    for kind in _ONE_ORDER:
        num = NUMERALS[kind]
        if example.count(num.one) == 1:
            before, _, after = example.partition(num.one)
            return LevelStyle(example, num, before, after)
    raise ConfigError(f"fmt level {example!r} shows no numeral 1 (write each level as its first "
                      f"item, e.g. '一、' or '（1）')")


@dataclass(frozen=True)
class Edit:
    """One marker to rewrite: its span in the original text, the old and the new marker."""

    start: int
    end: int
    old: str
    new: str
    line: int


@dataclass
class Result:
    """What `format_text` did: the new text and the markers it rewrote."""

    text: str
    edits: list[Edit]

    @property
    def changed(self) -> bool:
        return bool(self.edits)


def format_text(text: str, *, levels: Sequence[str] = DEFAULT_LEVELS, path: str | None = None,
                check: bool = True) -> Result:
    """Renumber and restyle the outline's markers in `text`; raises UnsafeFormat when the
    result would not parse to the same outline (`check=False` skips that, for tests only)."""
    from .api import parse

    styles = [level_style(x) for x in levels]
    doc = parse(text, path=path)
    for deeper in (False, True):
        # the author's own markers below the configured levels first; `①` for a style a level
        # above has taken only when they would not read back as the same outline
        edits = _to_original(text, doc, plan(doc, styles, deeper))
        new_text = apply(text, edits)
        if not (check and edits):
            break
        try:
            verify(doc, text, new_text, edits, path)
            break
        except UnsafeFormat:
            if deeper:
                raise
    return Result(new_text, edits)


def format_bytes(data: bytes, *, levels: Sequence[str] = DEFAULT_LEVELS, path: str | None = None,
                 check: bool = True) -> tuple[bytes, Result]:
    """`format_text` on a file's bytes; the result is encoded as the input was (BOM kept)."""
    from .source import decode

    text, encoding = decode(data)
    result = format_text(text, levels=levels, path=path, check=check)
    if not result.changed:
        return data, result
    bom = next((b for b in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8,
                            codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) if data.startswith(b)), b"")
    codec = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be",
             codecs.BOM_UTF32_LE: "utf-32-le", codecs.BOM_UTF32_BE: "utf-32-be"}.get(bom, encoding)
    try:
        return bom + result.text.encode(codec), result
    except UnicodeEncodeError as exc:
        raise UnsafeFormat(f"the new markers cannot be written in {encoding}: {exc.reason}") from None


# --- planning -----------------------------------------------------------------------------------
def plan(doc: Document, levels: Sequence[LevelStyle], deeper: bool = False) -> list[tuple[Node, str]]:
    """(node, new marker) for every item whose marker changes, in document order; `deeper`:
    below the configured levels, a style a configured level has taken is written `①`."""
    level_families = LEVEL_FAMILIES | {f.name for f in installed() if not f.inline}
    out: list[tuple[Node, str]] = []

    taken = {_style_of(style.example) for style in levels} if deeper else set()

    def visit(siblings: Sequence[Node], level: int) -> None:
        numbers = _numbers(siblings)
        firsts = {} if level < len(levels) else _first_forms(siblings, taken)
        for node in siblings:
            new = _marker(node, numbers.get(id(node)), level, levels, level_families, firsts)
            if new != node.marker:
                out.append((node, new))
            visit(node.children, level + (node.family in level_families))

    visit(list(doc.outline), 0)
    out.sort(key=lambda pair: pair[0].head[0])
    return out


DEEPER_LEVEL = "①"  # below the configured levels, for a style a configured level above has taken


def _first_forms(siblings: Sequence[Node], taken: set[str | None]) -> dict[str, LevelStyle]:
    """Below the configured levels, each style of a level is written as its first item: a
    half-width `(2)` among `（1）` becomes `（2）` (one bracket width per level, as lint asks).
    A style a configured level has taken (`（1）` at level five when level four is `（1）`)
    would read back as that level: it is written `①` instead."""
    out: dict[str, LevelStyle] = {}
    for node in siblings:
        if node.ordinal is not None and node.style not in out:
            found = numeral_in(node.marker, node.ordinal)
            if found is not None:
                num, a, b = found
                out[node.style] = LevelStyle(node.marker, num, node.marker[:a], node.marker[b:])
    for style in [s for s in out if s in taken]:
        if _style_of(DEEPER_LEVEL) not in taken:
            out[style] = level_style(DEEPER_LEVEL)
    return out


def _style_of(example: str) -> str | None:
    """The marker style the parser reads `example` as (`（1）` and `(1)` are one)."""
    from .tokenizer import tokenize

    tokens = tokenize(f"{example}标题")
    return tokens[0].style if tokens and tokens[0].mstart == 0 else None


def _numbers(siblings: Iterable[Node]) -> dict[int, int]:
    """The number each item should have: runs by style, counted as `lint` counts them
    (a restart at 1 opens a new run, except `一、一、二、`, a repeated first item); the first
    run counts on from its first number."""
    out: dict[int, int] = {}
    by_style: dict[str, list[Node]] = {}
    for node in siblings:
        if node.ordinal is not None:
            by_style.setdefault(node.style, []).append(node)
    for items in by_style.values():
        n = (items[0].ordinal or 1) - 1
        run_length, last = 0, 0
        for node in items:
            if node.ordinal == 1 and run_length:
                if run_length == 1 and last == 1:
                    run_length = 0  # 一、 一、 一、 二、: first items repeated, as lint counts them
                else:
                    n, run_length = 0, 0
            n += 1
            run_length += 1
            last = node.ordinal or 0
            out[id(node)] = n
    return out


def _marker(node: Node, n: int | None, level: int, levels: Sequence[LevelStyle],
            level_families: frozenset[str] | set[str], firsts: dict[str, LevelStyle]) -> str:
    if node.ordinal is None or n is None:
        return DASH if node.family == "dash" else node.marker
    style = levels[level] if level < len(levels) else firsts.get(node.style)
    if node.family in level_families and style is not None:
        new = style.write(n)
        if new is None:
            raise UnsafeFormat(f"line {node.line}: item {n} cannot be written as {style.example!r}")
        return new
    if n == node.ordinal:
        return node.marker
    found = numeral_in(node.marker, node.ordinal)
    if found is None:
        raise UnsafeFormat(f"line {node.line}: cannot find the number in {node.marker!r}")
    num, a, b = found
    new_number = num.write(n)
    if new_number is None:
        raise UnsafeFormat(f"line {node.line}: {node.marker!r} cannot count to {n}")
    return node.marker[:a] + new_number + node.marker[b:]


# --- from the parsed text back to the file ---------------------------------------------------------
def marker_span(doc: Document, node: Node) -> tuple[int, int]:
    """Where `node.marker` sits in `doc.text` (after any indentation or Markdown prefix)."""
    at = doc.text.find(node.marker, node.head[0])
    if at < 0 or at > max(node.head[1], node.head[0] + len(node.marker)):
        raise UnsafeFormat(f"line {node.line}: cannot find the marker {node.marker!r}")
    return at, at + len(node.marker)


def _alignment(original: str, normal: str) -> list[int] | None:
    """Offset in `original` of every character of `normal` (the parser's normalised text,
    which only drops characters and maps \\r, \\f and NBSP to one each); None if identical."""
    if original == normal:
        return None
    out = [0] * len(normal)
    i, size = 0, len(original)
    for j, ch in enumerate(normal):
        while i < size and not (original[i] == ch or (ch == "\n" and original[i] in "\r\f")
                                or (ch == " " and original[i] == "\xa0")):
            i += 1
        if i == size:
            raise UnsafeFormat("cannot map the parsed text back to the file")
        out[j] = i
        i += 1
    return out


def file_spans(text: str, doc: Document) -> list[tuple[int, int]]:
    """The span in `text` (the file, before normalisation) of every item's marker, in
    `doc.walk()` order."""
    where = _alignment(text, doc.text) if doc.outline else None
    spans = []
    for node in doc.walk():
        a, b = marker_span(doc, node)
        if where is not None:
            a, b = where[a], where[b - 1] + 1
        if text[a:b] != node.marker:  # a marker broken over two lines, a zero-width space in it
            raise UnsafeFormat(f"line {node.line}: the marker {node.marker!r} is not written in one "
                               f"piece in the file")
        spans.append((a, b))
    return spans


def _to_original(original: str, doc: Document, planned: list[tuple[Node, str]]) -> list[Edit]:
    if not planned:
        return []
    span_of = {id(node): span for node, span in zip(doc.walk(), file_spans(original, doc), strict=True)}
    return [Edit(*span_of[id(node)], node.marker, new, node.line) for node, new in planned]


def apply(text: str, edits: Sequence[Edit]) -> str:
    out, pos = [], 0
    for e in edits:
        out += [text[pos:e.start], e.new]
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def outside(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` without the given (sorted, disjoint) spans."""
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    return "".join(out)


# --- the safety check ---------------------------------------------------------------------------------
def shape(doc: Document) -> list[tuple[int, str]]:
    """(depth, title) of every item: what formatting must not change. The title is the item's
    own words: a short item's title that runs on through the items after it (`学，二要干`)
    holds markers that formatting renumbers."""
    text = doc.text
    out: list[tuple[int, str]] = []
    for (depth, _, title), node in zip(doc.outline_skeleton(), doc.walk(), strict=True):
        start, end = node.head
        at = text.find(node.marker, start, end)
        own = end - (at + len(node.marker)) if at != -1 else len(title)
        out.append((depth, title[:own] if own < len(title) else title))
    return out


def verify(before: Document, text: str, new_text: str, edits: Sequence[Edit], path: str | None) -> None:
    """Raise UnsafeFormat unless `new_text` parses to the outline of `before` with the new
    markers, and the text outside the markers is the same."""
    from .api import parse

    after = parse(new_text, path=path)
    old_shape, new_shape = shape(before), shape(after)
    if old_shape != new_shape:
        k = next((i for i, (a, b) in enumerate(zip(old_shape, new_shape, strict=False)) if a != b),
                 min(len(old_shape), len(new_shape)))
        nodes = list(before.walk())
        line = nodes[min(k, len(nodes) - 1)].line if nodes else 1
        raise UnsafeFormat(f"refusing to format: the new markers would change the outline near line {line} "
                           f"({len(old_shape)} items before, {len(new_shape)} after)")
    old_spans = file_spans(text, before)
    new_marker = {e.start: e.new for e in edits}
    expected = [new_marker.get(a, node.marker) for node, (a, _) in zip(before.walk(), old_spans, strict=True)]
    if [n.marker for n in after.walk()] != expected:
        raise UnsafeFormat("refusing to format: the parser would not read the new markers as written")
    if outside(text, old_spans) != outside(new_text, file_spans(new_text, after)):
        raise UnsafeFormat("refusing to format: the text outside the markers would change")


def level_styles_for(config_levels: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(config_levels) if config_levels else DEFAULT_LEVELS


__all__ = ["DEFAULT_LEVELS", "Edit", "HouseFamily", "LevelStyle", "Result", "UnsafeFormat",
           "format_bytes", "format_text", "level_style", "plan"]


# --- files ----------------------------------------------------------------------------------------
def format_file(path: str, *, levels: Sequence[str] = DEFAULT_LEVELS) -> tuple[bytes, bytes, Result]:
    """(old bytes, new bytes, result) for a plain-text speech file, `-` for stdin; nothing
    is written. Raises InputError for a file that is no text speech, UnsafeFormat as above."""
    import sys

    from .errors import InputError
    from .inputs import TEXT_FORMATS, guess_format
    from .source import existing_file

    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = existing_file(path)
        if guess_format(p) not in TEXT_FORMATS:
            raise InputError(f"{path}: fmt rewrites plain-text speeches only, not {p.suffix} files")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        new, result = format_bytes(data, levels=levels, path=path)
    except SpeechparseError as exc:
        raise type(exc)(f"{path}: {exc}") from None
    return data, new, result


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib

    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        f"{path}\t(original)", f"{path}\t(formatted)"))
