"""Tokenizer: one pass of two compiled patterns over the whole text finds every marker candidate.

A candidate is a Token: its family and style, its ordinal as an int (None for dash bullets),
the raw marker text as written, whether it opens a paragraph or sits inside one, and its
position (offsets into `Source.text`, the paragraph index and the 1-based source line).
Whether a candidate is a real item is decided by the builder (ordinal continuity).

Speed: `^` in a multi-line pattern gives the regex engine nothing to skip on, so it would try
the line pattern at every character. The pattern used is anchored on the `\n` before a line
instead (a literal the engine finds in C), with a look-ahead on the characters a marker line
can start with; the first line is matched on its own. Inline markers are found from their
word (`是`, `要`) with `str.find`. Both give exactly the matches of the plain patterns.

Memory: a marker-dense text has a Token per line, so a Token keeps only what it must: marker
strings are shared, `start` is the object `mstart` is when they are equal, and `mend` and
`line` are computed (`line` is stored only where it is not the paragraph's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from .markers import CN_NUM, Family, registry
from .numerals import cn_to_int, ordinal_of
from .punct import HAN
from .regex_cache import compile as compile_re

try:  # the regex parser, to read which characters a family's marker can start with
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse

# A paragraph-start marker may follow indentation, and Markdown heading/list syntax so that
# speechparse's own Markdown output parses back to the same skeleton.
# a line's prefix before its marker: indentation, Markdown heading or bullet syntax, and a
# blogger's decoration (`## 🚀 一、……`, `✅ 1. ……`), a bullet shape (`●一、` `◆1.`) or an OCR speck
# before the marker (`■（二）……`)
_EMOJI_RANGES = ((0x25A0, 0x25FF), (0x2600, 0x27BF), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x1F300, 0x1FAFF))
_EMOJI = "".join(f"{chr(a)}-{chr(b)}" for a, b in _EMOJI_RANGES)
# ... and in plain text saved from a reader app, a quote's `> ` and a heading's bar (`▌一、……`)
_BARS = "▌▍▎▋┃"
# (`[00:12:35] 第一，……`: a transcript's timestamp before the paragraph)
_LINE_PREFIX = (rf"^[ \t\u3000]*(?:>[ \t\u3000]*){{0,3}}(?:#{{1,6}}[ \t]+|[-*+][ \t]+)?(?:[{_BARS}][ \t\u3000]*)?"
                r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t\u3000]*)?"
                # (`]一、……` `[2]（五）……`: a wiki citation's mark, or the end of one split over lines, glued on)
                r"(?:\]|\[\d{1,3}\])?"
                # (`发言人2 00:02:31 第一个问题，……`: a speech-recognition transcript's speaker and time)
                r"(?:发言人[0-9]{1,2}[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]+)?"
                # (`（上接第二版）四、……`: a newspaper's page jump before the paragraph it carries on)
                r"(?:[（(](?:上接|接|转|下转)第[一二三四五六七八九十0-9０-９]{1,2}版[）)][ \t\u3000]*)?"
                # (`【删除：（四）】【增加：（三）】……`: a draft's typed revision marks before the marker
                # that stands once they are accepted)
                r"(?:【(?:删除|刪除)：[^】\n]{0,80}】)*(?:【(?:增加|增補|增补)：)?"
                # (`03｜三、……` `Part 3 / 三、……`: a 公众号 heading's decorative section number)
                r"(?:(?:[0-9０-９]{2}|(?:Part|PART)[ \t]?[0-9]{1,2})[ \t\u3000]*[｜|丨/][ \t\u3000]*)?"
                # (`5二、……`: a PDF copy's page number glued to the first line of its page)
                r"(?:[0-9０-９]{1,3}(?=[一二三四五六七八九十]{1,3}[、是要]|[（(][一二三四五六七八九十]{1,3}[）)]))?"
                rf"(?:[{_EMOJI}][\ufe0f\u200d]*(?:[{_EMOJI}][\ufe0f\u200d]*)?[ \t\u3000]*)?")
_PREFIX_STARTS = " \t\u3000>#-*+[]0123456789０１２３４５６７８９（(Pp【发" + _BARS  # what _LINE_PREFIX may start with (besides an emoji)
# Inside a paragraph an X是 run follows a sentence or clause boundary, `就是` (`……就是一要保
# 重点，二要保改造`), or the subject it exhorts (`希望大家一要勇于担当，二要……`, `我们一是……`).
# ... or, for a run's first item only, right after a word (`各级政府要切实做到一要……；二要……`,
# `全市各级党组织一要……`) that makes no word with 一 (`统一要求`, `唯一是`, `这一是`, `十一是`): the
# builder keeps such a start only when its paragraph goes on with the run (WORD_ATTACHED)
_WORD_BEFORE_ONE = HAN + r"(?<![一二三四五六七八九十统唯惟同单之万划专逐归合初不其第另这那每某任均如是])(?=一[是要])"
# (`我的建议是一要……` `具体要求是一是……`: a noun that announces the points, then 是)
_ANNOUNCING_NOUN = "建议|要求|意见|办法|重点|关键|思路|做法|原则|目标|任务|措施|标准|考虑|打算|想法|体会|具体|主要"
_INLINE_BOUNDARY = (rf"(?:[。；;：:！!？?，,]|——|(?<![0-9０-９])[.．]|(?<={_ANNOUNCING_NOUN})是(?=一[是要])|(?<=就)是|(?<=大)家|(?<=[我你咱志])们|"
                    + _WORD_BEFORE_ONE + ")")


class Token:
    __slots__ = ("family", "style", "ordinal", "marker", "start", "mstart", "inline", "para", "_line",
                 "doubtful", "layout", "shape")

    def __init__(self, family: Family, ordinal: int | None, marker: str, start: int,
                 mstart: int, inline: bool) -> None:
        self.family = family
        self.style = family.style
        self.ordinal = ordinal
        self.marker = marker  # mend - mstart == len(marker): the span is the marker's text
        self.start = mstart if start == mstart else start  # one int object when they agree
        self.mstart = mstart  # marker span
        self.inline = inline
        self.para = 0         # 0-based paragraph (normalised line) index
        self._line: int | None = None  # 1-based source line, when it is not para + 1
        self.doubtful = False  # the text after the marker matches the family's `doubt`
        self.layout = 0        # Markdown depth of the line: `#` count, or 10 + a list item's indent
        self.shape = ""        # the builder's `head`/`para` reading of the line, once it is asked

    @property
    def mend(self) -> int:
        """End of the marker span."""
        return self.mstart + len(self.marker)

    @property
    def line(self) -> int:
        """1-based source line."""
        line = self._line
        return self.para + 1 if line is None else line

    @line.setter
    def line(self, value: int) -> None:
        self._line = None if value == self.para + 1 else value

    def __repr__(self) -> str:
        where = "inline" if self.inline else "start"
        return f"Token({self.marker!r} {self.style} #{self.ordinal} {where} L{self.line})"


GroupTable = dict[int, tuple[Family, tuple[int, ...], Callable[[str], "int | None"]]]


def _combine(families: list[Family], prefix: str) -> re.Pattern[str]:
    parts = []
    for i, fam in enumerate(families):
        pat = fam.pattern.replace("(?P<n>", f"(?P<f{i}n>").replace("(?P<n2>", f"(?P<f{i}m>") \
            .replace("(?P<n3>", f"(?P<f{i}k>")
        parts.append(f"(?P<f{i}>{pat})")
    return compile_re(prefix + "(?:" + "|".join(parts) + ")", re.M)


@lru_cache(maxsize=8)
def _patterns(inline_families: tuple[str, ...] | None = None) -> tuple[list[Family], list[Family]]:
    """(all families, the inline ones) in matching order."""
    fams = registry()
    return fams, [f for f in fams if f.inline and (inline_families is None or f.name in inline_families)]


def _group_table(pattern: re.Pattern[str], families: list[Family]) -> GroupTable:
    """Group index of each family's whole marker -> (family, indexes of its number groups),
    so that reading a match costs a dict lookup instead of building group names."""
    index = pattern.groupindex
    table: GroupTable = {}
    for i, fam in enumerate(families):
        numbers = tuple(index[f"f{i}{s}"] for s in "nmk" if f"f{i}{s}" in index)
        table[index[f"f{i}"]] = (fam, numbers, getattr(fam, "read_ordinal", ordinal_of))
    return table


class _Tables:
    """The compiled patterns of one set of families and how to read their matches. Compiling
    is a good part of a cold start, so a pattern is compiled when first needed: the `^` line
    pattern only for a text whose first character could open a marker (or when the fast
    pattern cannot be used), the inline pattern only for a text with an inline candidate."""

    def __init__(self, families: list[Family], inline: list[Family]) -> None:
        self.families = families
        self.inline = inline
        ranges = _line_start_ranges(families)
        self.first_char: re.Pattern[str] | None = None  # what a marker line can start with
        self.line_fast: re.Pattern[str] | None = None   # the line pattern anchored on `\n`
        if ranges is not None:
            charset = _charset(ranges)
            self.first_char = compile_re(f"[{charset}]")
            self.line_fast = _combine(families, f"\\n(?=[{charset}]){_LINE_PREFIX[1:]}")
        # the `^` pattern has the same groups as the fast one (the prefixes capture nothing)
        self.line_table = _group_table(self.line_fast, families) if self.line_fast is not None else {}
        self._line_re: re.Pattern[str] | None = None
        self._inline_re: re.Pattern[str] | None = None
        self.inline_table: GroupTable = {}
        self.inline_words = _inline_words(inline)  # (numerals, words) for the str.find scan

    @property
    def line_re(self) -> re.Pattern[str]:
        """The line pattern, `^`-anchored (the first line; every line on the slow path)."""
        if self._line_re is None:
            self._line_re = _combine(self.families, _LINE_PREFIX)
            if self.line_fast is None:
                self.line_table = _group_table(self._line_re, self.families)
            assert self._line_re.groupindex == (self.line_fast or self._line_re).groupindex
        return self._line_re

    @property
    def inline_re(self) -> re.Pattern[str]:
        if self._inline_re is None:
            self._inline_re = _combine(self.inline, _INLINE_BOUNDARY + r"[ \t\u3000]*")
            self.inline_table = _group_table(self._inline_re, self.inline)
        return self._inline_re


@lru_cache(maxsize=8)
def _tables(inline_families: tuple[str, ...] | None = None) -> _Tables:
    return _Tables(*_patterns(inline_families))


# --- what a pattern can start with, and whether it can cross a line ----------------------------
_Ranges = list[tuple[int, int]]


def _first_ranges(items: Any) -> _Ranges | None:
    """Code point ranges a match of the parsed pattern `items` can start with; None when
    that is not known (or the match can be empty). Look-arounds are passed over: the set
    they leave is larger than the true one, which only costs speed."""
    c = _sre_parse
    items = list(items)
    for i, (op, av) in enumerate(items):
        if op is c.LITERAL:
            return [(av, av)]
        if op is c.IN:
            out: _Ranges = []
            for kind, value in av:
                if kind is c.LITERAL:
                    out.append((value, value))
                elif kind is c.RANGE:
                    out.append(value)
                else:  # NEGATE, CATEGORY (\s, \w): too wide to be worth it
                    return None
            return out
        if op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            return _first_ranges(av[-1])
        if op is c.BRANCH:
            union: _Ranges = []
            for branch in av[1]:
                got = _first_ranges(branch)
                if got is None:
                    return None
                union += got
            return union
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, _, sub = av
            if lo >= 1:
                return _first_ranges(sub)
            # (an optional lead, `(?:这个|那么)?第…`: its first characters or what follows it)
            got, rest = _first_ranges(sub), _first_ranges(items[i + 1:])
            return None if got is None or rest is None else got + rest
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero width
        return None
    return None


def _may_match_newline(items: Any) -> bool:
    """Can the parsed pattern consume a `\n` (outside look-arounds)? Conservative: True
    for anything not understood."""
    c = _sre_parse
    for op, av in items:
        if op is c.LITERAL:
            if av == 10:
                return True
        elif op is c.NOT_LITERAL:
            if av != 10:
                return True
        elif op is c.IN:
            for kind, value in av:
                if kind is c.NEGATE or kind is c.CATEGORY:
                    return True
                if kind is c.LITERAL and value == 10 or kind is c.RANGE and value[0] <= 10 <= value[1]:
                    return True
        elif op is c.SUBPATTERN:
            if _may_match_newline(av[-1]):
                return True
        elif op is c.BRANCH:
            if any(_may_match_newline(b) for b in av[1]):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if _may_match_newline(av[2]):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue
        else:
            return True
    return False


def _charset(ranges: _Ranges) -> str:
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in sorted(set(ranges)))


def _line_start_ranges(families: list[Family]) -> _Ranges | None:
    """What a marker line can start with: indentation, Markdown syntax, a marker's first
    character. None when some family could run over a line end: the `\\n`-anchored pattern
    finds what the `^` pattern finds only if no match eats the `\\n` of the next line."""
    ranges: _Ranges = [(ord(ch), ord(ch)) for ch in _PREFIX_STARTS]
    ranges += _EMOJI_RANGES
    for fam in families:
        parsed = _sre_parse.parse(fam.pattern)
        if parsed.state.flags & re.IGNORECASE or _may_match_newline(parsed):
            return None
        got = _first_ranges(parsed)
        if got is None:
            return None
        ranges += got
    return ranges


def _inline_words(inline: list[Family]) -> tuple[frozenset[str], str] | None:
    """(numerals, words) when every inline family is `CN_NUM` and then a word character
    (`一是`, `一要`): the scan then finds each word with str.find and looks for numerals just
    before it. None when some family does not start that way."""
    head = f"(?P<n>{CN_NUM})"
    words = []
    for fam in inline:
        rest = fam.pattern[len(head):]
        if not fam.pattern.startswith(head) or not rest or not "\u4e00" <= rest[0] <= "\u9fff":
            return None
        words.append(rest[0])
    numerals = re.fullmatch(r"\[([^\]\\]+)\]\{1,(\d)\}", CN_NUM)
    if not words or numerals is None:
        return None
    return frozenset(numerals.group(1)), "".join(dict.fromkeys(words))


_MAX_NUMERALS = int(re.fullmatch(r".*\{1,(\d)\}", CN_NUM).group(1))  # type: ignore[union-attr]


def _inline_starts(text: str, numerals: frozenset[str], words: str) -> list[int]:
    """Start of every match of `[numerals]{1,3}[words]` in `text`, in order (`finditer`'s:
    a run longer than three numerals matches with its last three)."""
    starts = []
    for word in words:
        i = text.find(word, 1)
        while i != -1:
            if text[i - 1] in numerals:
                b = i - 1
                while b > 0 and i - b < _MAX_NUMERALS and text[b - 1] in numerals:
                    b -= 1
                starts.append(b)
            i = text.find(word, i + 1)
    if len(words) > 1:
        starts.sort()
    return starts


def _inline_matches(text: str, tables: _Tables) -> Iterator[re.Match[str]]:
    """Exactly the matches of `inline_re.finditer(text)`, found faster: a full match is a
    boundary character (or `——`), white space, then a numeral run before a word, so the full pattern
    is tried only at the boundary in front of each numeral run found."""
    if tables.inline_words is None:
        yield from tables.inline_re.finditer(text)
        return
    starts = _inline_starts(text, *tables.inline_words)
    if not starts:
        return
    inline_re = tables.inline_re
    done = 0  # end of the last match: matches do not overlap
    for start in starts:
        b = start - 1
        while b >= done and text[b] in " \t\u3000":
            b -= 1
        if b < done:
            continue
        m = inline_re.match(text, b)
        if m is None and text[b] == "—" and b - 1 >= done and text[b - 1] == "—":
            m = inline_re.match(text, b - 1)  # (the two-character boundary `——`)
        if m is not None:
            done = m.end()
            yield m


class _Seen:
    """What one tokenize call has read already: each distinct marker string once (a marker-
    dense text repeats a few dozen of them), each number's ordinal once."""

    __slots__ = ("markers", "ordinals")

    def __init__(self) -> None:
        self.markers: dict[str, str] = {}
        self.ordinals: dict[tuple[Callable[[str], int | None], str], int | None] = {}


def _make(match: re.Match[str], table: GroupTable, inline: bool, seen: _Seen, start: int) -> Token | None:
    """The Token of a match (`start`: where its item begins), or None for a malformed numeral."""
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
    if raw_n is None:
        ordinal = None
    else:
        key = (read, raw_n)
        ordinal = seen.ordinals.get(key, 0)
        if ordinal == 0:
            ordinal = seen.ordinals[key] = read(raw_n)
        if not ordinal:
            return None  # malformed numeral such as 一二、 or 0.
    mstart = match.start(group)
    raw = match.group(group)
    marker = seen.markers.setdefault(raw, raw)
    return Token(fam, ordinal, marker, mstart if inline else start, mstart, inline)


def _layout(prefix: str) -> int:
    """Depth a Markdown prefix gives its line: `## ` is 2, `    - ` is 10 + 4; plain indentation 0."""
    bare = prefix.lstrip(" \t\u3000")
    if bare.startswith("#"):
        return len(bare) - len(bare.lstrip("#"))
    if bare[:1] in ("-", "*", "+"):
        return 10 + len(prefix) - len(bare)
    return 0


def _range_goes_on(first: int | None, to: str | None) -> bool:
    """Can `to` end a range from `first` (`三、四月` `三、五年` `五、六十年代`)? Without the
    numbers (a doubt of another shape), the doubt stands."""
    if first is None or to is None:
        return True
    if to.isdigit():  # (`3、4月份` `3、5年`; `1、7月完成……` is the item's date)
        return int(to) in (first + 1, first + 2)
    value, lead = cn_to_int(to), cn_to_int(to[0])
    return value in (first + 1, first + 2) or lead == first + 1


@lru_cache(maxsize=32)
def _doubt(pattern: str) -> re.Pattern[str]:
    return compile_re(pattern)


def _line_tokens(text: str, tables: _Tables, seen: _Seen) -> list[Token]:
    fast = tables.line_fast
    if fast is None:
        line_re, table = tables.line_re, tables.line_table
        return [t for m in line_re.finditer(text) if (t := _make(m, table, False, seen, m.start())) is not None]
    tokens = []
    pos = 0
    assert tables.first_char is not None
    if tables.first_char.match(text):  # the first line has no `\n` before it
        first = tables.line_re.match(text)
        if first is not None:
            pos = first.end()
            tok = _make(first, tables.line_table, False, seen, 0)
            if tok is not None:
                tokens.append(tok)
    table = tables.line_table
    tokens += [t for m in fast.finditer(text, pos)
               if (t := _make(m, table, False, seen, m.start() + 1)) is not None]
    return tokens


def tokenize(text: str, line_of: Callable[[int], int] | None = None) -> list[Token]:
    """All marker candidates in document order; `line_of(offset)` maps to source lines."""
    tables = _tables()
    seen = _Seen()
    tokens = _line_tokens(text, tables, seen)
    for tok in tokens:
        doubt = tok.family.doubt
        if doubt:
            m = _doubt(doubt).match(text, tok.mstart + len(tok.marker))
            tok.doubtful = m is not None and _range_goes_on(tok.ordinal, m.groupdict().get("to"))
        if tok.mstart > tok.start:
            tok.layout = _layout(text[tok.start:tok.mstart])
    inline = [t for m in _inline_matches(text, tables)
              if (t := _make(m, tables.inline_table, True, seen, 0)) is not None]
    if inline:
        tokens.extend(inline)
        tokens.sort(key=lambda t: t.mstart)
    para, pos = 0, 0
    for tok in tokens:
        para += text.count("\n", pos, tok.mstart)
        pos = tok.mstart
        tok.para = para
        if line_of is not None:
            line = line_of(tok.mstart)
            if line != para + 1:
                tok._line = line
    return tokens


def starts_with_marker(line: str) -> bool:
    """Does `line` open with a marker candidate of any registered family? (Reflow asks this to
    tell a new paragraph from a wrapped line: the registry is the one place that knows.)"""
    return _line_token(line) is not None


def line_item(line: str) -> tuple[str, int] | None:
    """(style, ordinal) of the numbered heading-style marker `line` opens with (`2、` `（四）`;
    not an inline family's `二是`), if any: reflow asks whether it goes on an open run."""
    tok = _line_token(line)
    if tok is None or tok.ordinal is None or tok.family.inline or tok.family.heading_line:
        return None
    return tok.family.style, tok.ordinal


def opens_with_heading(line: str) -> bool:
    """Does `line` open with a numbered marker of a heading family (`一、` `（一）` `1.`
    `第一部分`; not `第一，` `其一，` `（1）`, which open paragraphs as often as headings)?"""
    tok = _line_token(line)
    return tok is not None and tok.ordinal is not None and tok.family.heading and not tok.family.heading_line


def is_marker_alone(line: str) -> bool:
    """Is `line` a numbered marker and nothing else (`第一，` `一、` `（三）`, its heading on the
    line below)? No paragraph's wrapped last line is that."""
    tok = _line_token(line)
    return tok is not None and tok.ordinal is not None and not line[tok.mend:].strip(" \t\u3000")


def _line_token(line: str) -> Token | None:
    """The marker candidate `line` opens with, if any."""
    tables = _tables()
    m = tables.line_re.match(line)
    return _make(m, tables.line_table, False, _Seen(), 0) if m is not None else None


@lru_cache(maxsize=64)
def inline_form(pattern: str) -> re.Pattern[str]:
    """A line-start family's pattern as it reads inside a paragraph, after a clause boundary."""
    return compile_re(f"(?<=[。；;：:，,])[ \t\u3000]*(?:{pattern})")


def continues_inline_run(before: str, line: str) -> bool:
    """Does `line` open with the item after one that `before` holds inside its text
    (`……；第二，……；` / `第三，……`)? Then a hard wrap broke that paragraph here."""
    tok = _line_token(line)
    if tok is None or tok.ordinal is None or tok.ordinal < 2:
        return False
    found = None
    for m in inline_form(tok.family.pattern).finditer(before):
        found = m  # the last one: the item right before the wrap
    if found is None:
        return False
    number = next((g for name, g in found.groupdict().items() if name.startswith("n") and g), None)
    return number is not None and ordinal_of(number) == tok.ordinal - 1


def number_span(marker: str) -> tuple[int, int] | None:
    """Where the number sits in a marker as written (`（三）` -> (1, 2)); None without one."""
    tables = _tables()
    m = tables.line_re.match(marker)
    if m is None:  # (`1` of `## 1 总体要求`, `第一` of `第一　……`: a marker that a space and words follow)
        m = tables.line_re.match(marker + "\u3000字")
    if m is None:  # (`其一` of `其一調查……`: a marker its words follow straight)
        m = tables.line_re.match(marker + "字")
    if m is None or m.lastindex is None:
        return None
    for k in tables.line_table[m.lastindex][1]:
        if m.group(k) is not None:
            return m.span(k)
    return None
