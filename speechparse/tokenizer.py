"""Tokenizer: one pass of two compiled patterns over the whole text finds every marker candidate.

A candidate is a Token: its family and style, its ordinal as an int (None for dash bullets),
the raw marker text as written, whether it opens a paragraph or sits inside one, and its
position (offsets into `Source.text`, the paragraph index and the 1-based source line).
Whether a candidate is a real item is decided by the builder (ordinal continuity).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .markers import Family, registry
from .numerals import ordinal_of

# A paragraph-start marker may follow indentation, and Markdown heading/list syntax so that
# speechparse's own Markdown output parses back to the same skeleton.
_LINE_PREFIX = r"^[ \t\u3000]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?"
# Inside a paragraph an X是 run follows a sentence or clause boundary.
_INLINE_BOUNDARY = r"(?:[。；;：:！!？?，,]|(?<![0-9０-９])[.．])"


class Token:
    __slots__ = ("family", "style", "ordinal", "marker", "start", "mstart", "mend",
                 "inline", "para", "line")

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


def _make(match: re.Match[str], families: list[Family], inline: bool) -> Token | None:
    name = match.lastgroup
    if name is None:
        return None
    i = int(name[1:])
    fam = families[i]
    raw_n = None
    for suffix in "nmk":  # the family's alternative number groups
        if f"f{i}{suffix}" in match.re.groupindex:
            raw_n = match.group(f"f{i}{suffix}")
            if raw_n is not None:
                break
    ordinal = ordinal_of(raw_n) if raw_n is not None else None
    if raw_n is not None and not ordinal:
        return None  # malformed numeral such as 一二、 or 0.
    mstart, mend = match.span(name)
    return Token(fam, ordinal, match.group(name), mstart if inline else match.start(), mstart, mend, inline)


def tokenize(text: str, line_of=None) -> list[Token]:
    """All marker candidates in document order; `line_of(offset)` maps to source lines."""
    families, line_re, inline_families, inline_re = _patterns()
    tokens = [t for m in line_re.finditer(text) if (t := _make(m, families, False)) is not None]
    inline = [t for m in inline_re.finditer(text) if (t := _make(m, inline_families, True)) is not None]
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
