"""Tokenizer: one pass of two compiled patterns over the whole text finds every marker candidate.

A candidate is a Token: its family and style, its ordinal as an int (None for dash bullets),
the raw marker text as written, whether it opens a paragraph or sits inside one, and its
position (offsets into `Source.text`, the paragraph index and the 1-based source line).
Whether a candidate is a real item is decided by the builder (ordinal continuity).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from .markers import CN_NUM, Family, registry
from .numerals import ordinal_of

# A paragraph-start marker may follow indentation, and Markdown heading/list syntax so that
# speechparse's own Markdown output parses back to the same skeleton.
_LINE_PREFIX = r"^[ \t\u3000]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?"
# Inside a paragraph an X是 run follows a sentence or clause boundary, or `就是`
# (`……就是一要保重点，二要保改造`).
_INLINE_BOUNDARY = r"(?:[。；;：:！!？?，,]|(?<![0-9０-９])[.．]|(?<=就)是)"


class Token:
    __slots__ = ("family", "style", "ordinal", "marker", "start", "mstart", "mend",
                 "inline", "para", "line", "doubtful", "layout")

    def __init__(self, family: Family, ordinal: int | None, marker: str, start: int,
                 mstart: int, mend: int, inline: bool) -> None:
        self.family = family
        self.style = family.style
        self.ordinal = ordinal
        self.marker = marker
        self.start = start    # where the item's text begins (paragraph start for line markers)
        self.mstart = mstart  # marker span
        self.mend = mend
        self.inline = inline
        self.para = 0         # 0-based paragraph (normalised line) index
        self.line = 0         # 1-based source line
        self.doubtful = False  # the text after the marker matches the family's `doubt`
        self.layout = 0        # Markdown depth of the line: `#` count, or 10 + a list item's indent

    def __repr__(self) -> str:
        where = "inline" if self.inline else "start"
        return f"Token({self.marker!r} {self.style} #{self.ordinal} {where} L{self.line})"


def _combine(families: list[Family], prefix: str) -> re.Pattern[str]:
    parts = []
    for i, fam in enumerate(families):
        pat = fam.pattern.replace("(?P<n>", f"(?P<f{i}n>").replace("(?P<n2>", f"(?P<f{i}m>") \
            .replace("(?P<n3>", f"(?P<f{i}k>")
        parts.append(f"(?P<f{i}>{pat})")
    return re.compile(prefix + "(?:" + "|".join(parts) + ")", re.M)


@lru_cache(maxsize=8)
def _patterns(inline_families: tuple[str, ...] | None = None):
    fams = registry()
    inline = [f for f in fams if f.inline and (inline_families is None or f.name in inline_families)]
    return fams, _combine(fams, _LINE_PREFIX), inline, _combine(inline, _INLINE_BOUNDARY + r"[ \t\u3000]*")


def _group_table(pattern: re.Pattern[str], families: list[Family]) -> dict[int, tuple[Family, tuple[int, ...], Callable[[str], int | None]]]:
    """Group index of each family's whole marker -> (family, indexes of its number groups),
    so that reading a match costs a dict lookup instead of building group names."""
    index = pattern.groupindex
    table = {}
    for i, fam in enumerate(families):
        numbers = tuple(index[f"f{i}{s}"] for s in "nmk" if f"f{i}{s}" in index)
        table[index[f"f{i}"]] = (fam, numbers, getattr(fam, "read_ordinal", ordinal_of))
    return table


@lru_cache(maxsize=8)
def _tables(inline_families: tuple[str, ...] | None = None):
    families, line_re, inline, inline_re = _patterns(inline_families)
    return (line_re, _group_table(line_re, families), inline_re, _group_table(inline_re, inline),
            _inline_scanner(inline))


def _inline_scanner(inline: list[Family]) -> re.Pattern[str] | None:
    """A fast first pass for inline markers: `[一二…十]{1,3}[是要]`, the numeral and the word
    every inline family starts with. A pattern that starts with a character class lets the
    regex engine skip ahead in C; the boundary alternation of the full pattern does not
    (it stops at every comma). None when some family does not start that way."""
    head = f"(?P<n>{CN_NUM})"
    words = []
    for fam in inline:
        rest = fam.pattern[len(head):]
        if not fam.pattern.startswith(head) or not rest or not "\u4e00" <= rest[0] <= "\u9fff":
            return None
        words.append(rest[0])
    return re.compile(f"{CN_NUM}[{''.join(words)}]") if words else None


def _inline_matches(text: str, inline_re: re.Pattern[str],
                    scanner: re.Pattern[str] | None) -> Iterator[re.Match[str]]:
    """Exactly the matches of `inline_re.finditer(text)`, found faster: a full match is a
    boundary character, white space, then a numeral run that the scanner finds, so the full
    pattern is tried only at the boundary in front of each scanned numeral run."""
    if scanner is None:
        yield from inline_re.finditer(text)
        return
    done = 0  # end of the last match: matches do not overlap
    for cand in scanner.finditer(text):
        b = cand.start() - 1
        while b >= done and text[b] in " \t\u3000":
            b -= 1
        if b < done:
            continue
        m = inline_re.match(text, b)
        if m is not None:
            done = m.end()
            yield m


def _make(match: re.Match[str], table: dict[int, tuple[Family, tuple[int, ...], Callable[[str], int | None]]],
          inline: bool) -> Token | None:
    # lastindex is the family's outer group: it closes after the groups nested in it
    group = match.lastindex
    if group is None:
        return None
    fam, numbers, read = table[group]
    raw_n = None
    for k in numbers:  # the family's alternative number groups
        raw_n = match.group(k)
        if raw_n is not None:
            break
    ordinal = read(raw_n) if raw_n is not None else None
    if raw_n is not None and not ordinal:
        return None  # malformed numeral such as 一二、 or 0.
    mstart, mend = match.span(group)
    return Token(fam, ordinal, match.group(group), mstart if inline else match.start(), mstart, mend, inline)


def _layout(prefix: str) -> int:
    """Depth a Markdown prefix gives its line: `## ` is 2, `    - ` is 10 + 4; plain indentation 0."""
    bare = prefix.lstrip(" \t\u3000")
    if bare.startswith("#"):
        return len(bare) - len(bare.lstrip("#"))
    if bare[:1] in ("-", "*", "+"):
        return 10 + len(prefix) - len(bare)
    return 0


@lru_cache(maxsize=32)
def _doubt(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def tokenize(text: str, line_of=None) -> list[Token]:
    """All marker candidates in document order; `line_of(offset)` maps to source lines."""
    line_re, line_table, inline_re, inline_table, scanner = _tables()
    tokens = [t for m in line_re.finditer(text) if (t := _make(m, line_table, False)) is not None]
    for tok in tokens:
        if tok.family.doubt and _doubt(tok.family.doubt).match(text, tok.mend):
            tok.doubtful = True
        if tok.mstart > tok.start:
            tok.layout = _layout(text[tok.start:tok.mstart])
    inline = [t for m in _inline_matches(text, inline_re, scanner)
              if (t := _make(m, inline_table, True)) is not None]
    if inline:
        tokens.extend(inline)
        tokens.sort(key=lambda t: t.mstart)
    para, pos = 0, 0
    for tok in tokens:
        para += text.count("\n", pos, tok.mstart)
        pos = tok.mstart
        tok.para = para
        tok.line = line_of(tok.mstart) if line_of is not None else para + 1
    return tokens


def starts_with_marker(line: str) -> bool:
    """Does `line` open with a marker candidate of any registered family? (Reflow asks this to
    tell a new paragraph from a wrapped line: the registry is the one place that knows.)"""
    line_re, table = _tables()[:2]
    m = line_re.match(line)
    return m is not None and _make(m, table, False) is not None


def number_span(marker: str) -> tuple[int, int] | None:
    """Where the number sits in a marker as written (`（三）` -> (1, 2)); None without one."""
    line_re, table = _tables()[:2]
    m = line_re.match(marker)
    if m is None or m.lastindex is None:
        return None
    for k in table[m.lastindex][1]:
        if m.group(k) is not None:
            return m.span(k)
    return None
