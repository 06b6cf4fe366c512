"""Re-join paragraphs that a PDF export hard-wrapped at a fixed width.

Text pulled out of a PDF has one paragraph spread over many lines of (almost) the same
display width; a continuation line may begin with `2.5万亿` or `三是` mid-sentence and a marker
may be split across two lines. When most lines share one width we join every full-width line
with the line after it, unless that line starts a new paragraph (indented, or a marker after a
sentence end).
"""

from __future__ import annotations

from collections import Counter

from .cleaning.noise import FOOTNOTE_LINES, has_page_leader, is_page_furniture, is_page_number
from .lazy_re import lazy
from .punct import LINE_END
from .tokenizer import (
    continues_inline_run,
    is_marker_alone,
    line_item,
    opens_with_heading,
    starts_with_marker,
)

_CLAUSE_ENDS = LINE_END + "，,、"
_INDENT = lazy(r"[ \t\u3000]{2,}|\u3000|\t")
_SAMPLE_LINES = 4000
MIN_WRAP_WIDTH = 48  # columns: a PDF line holds 24+ Chinese characters
# full lines are a quarter of the lines at least (a report's short paragraphs, headings and
# page furniture are the rest); that almost no line is wider is what tells a wrap
NEAR_SHARE = 0.25
# a line that ends in the numeral of an inline marker (`……。二`), its `是` or `要` wrapped to the next
_SPLIT_NUMERAL = lazy(r"[。；;：:，,！!？?][一二三四五六七八九十]$")
_SPLIT_MARKER = lazy(r"[。；;：:，,！!？?][一二三四五六七八九十][ \t]*\n[ \t\u3000]*[是要]")
MODE_CANDIDATES = 3  # line lengths tried as the wrap width, most common first
PARAGRAPH_TAIL = 200  # the characters of a joined paragraph an inline run's next item looks back over
NEARLY_FULL = 0.85  # share of the width a wrapped line that stops mid-sentence fills at least
_MARKUP = lazy(r"[ \t]*(?:#{1,6}[ \t]|[-*+][ \t])")


def display_width(s: str) -> int:
    """Columns a line takes: ASCII is one column, everything else (CJK) two."""
    return 2 * len(s) - len(s.encode("ascii", "ignore"))


def _mode_near(values: list[int], floor: int, slack: int, total: int) -> int | None:
    """A common value >= floor that many lines sit just below and few exceed: the most common
    one, or else the next most common (an OCR-ed page's lines end a column or two apart, so
    the most common width may have a few wider ones above it)."""
    common = Counter(v for v in values if v >= floor)
    for top, _ in common.most_common(MODE_CANDIDATES):
        near = sum(1 for v in values if top - slack <= v <= top)
        wider = sum(1 for v in values if v > top + 1)
        if near >= max(5, NEAR_SHARE * total) and wider <= 0.05 * total:
            return top
    return None


def _wrap_width(lines: list[str]) -> tuple[int, int] | None:
    """(columns, characters) a full line holds, if the text looks hard-wrapped.

    A PDF wraps by visual width, so half-width digits let more characters fit; a plain
    character-count wrap does not. A line is full if it is near either mode."""
    sample = [ln.rstrip() for ln in lines[:_SAMPLE_LINES] if ln.strip()]
    if len(sample) < 8:
        return None
    # cheap first look: wrapped lines cluster in length (16 characters hold a width mode of
    # Chinese lines with their few digits); a speech's paragraphs do not
    buckets = Counter(len(ln) // 8 for ln in sample)
    if max(buckets[b] + buckets[b + 1] for b in buckets) < 0.35 * len(sample):
        return None
    widths = [display_width(ln) for ln in sample]
    chars = [len(ln) for ln in sample]
    by_width = _mode_near(widths, MIN_WRAP_WIDTH, 3, len(sample))
    by_chars = _mode_near(chars, MIN_WRAP_WIDTH // 2, 1, len(sample))
    if by_width is None and by_chars is None:
        return None
    return (by_width or 10**9), (by_chars or 10**9)


def _first_lines(text: str, n: int) -> list[str]:
    """`text.split("\\n")[:n]` without splitting (copying) the whole of a long text."""
    if n <= 0:
        return []
    end = -1
    for _ in range(n):
        end = text.find("\n", end + 1)
        if end == -1:
            return text.split("\n")
    return text[:end].split("\n")


_ATTACHMENT_LABEL = lazy(r"[ \t\u3000]*(?:附件|附表|附录)[ \u3000]*[0-9一二三四五六七八九十]{0,2}[ \u3000]*[：:]")


def starts_a_paragraph(prev: str, line: str, indented_text: bool, paragraph: str = "",
                       short: bool = False) -> bool:
    """After a full line, does `line` start a paragraph of its own all the same? After a
    contents entry (`第一部分……………1`) it does; after a sentence's end, a heading's marker
    (`第一部分` `一、` flush left in a text that indents its paragraphs) or any marker (in one that
    does not) does, unless the wrap went on an inline run (`……；第二，……；` then `第三，……`)."""
    prev = prev.rstrip()
    if has_page_leader(prev):
        return True
    if prev[-1:] not in LINE_END:
        return False
    if _ATTACHMENT_LABEL.match(line):
        return True  # `……31日。` / `附件：1.……`: the list of attachments under the text
    if indented_text:
        # (... or a marker's heading line: a marker alone, or a `short` line, one that stops before
        # the column's edge, with no sentence end: no paragraph's last line ends so)
        return opens_with_heading(line) or is_marker_alone(line) or \
            short and line.rstrip()[-1:] not in _CLAUSE_ENDS and starts_with_marker(line) \
            and not continues_inline_run(paragraph or prev, line)
    # (the run may have opened a line or two up: `……：第一，……` / `……；` / `第二，……`)
    return starts_with_marker(line) and not continues_inline_run(paragraph or prev, line)


def reflow_hard_wraps(text: str, force: bool = False) -> tuple[str, list[int], int] | None:
    """Joined text, the start offset of every source line in it, and the number of joins;
    None when the text does not look hard-wrapped (and `force` is off)."""
    wrap = _wrap_width(_first_lines(text, _SAMPLE_LINES))
    split_only = False
    if wrap is None and not force:
        # (no width to wrap at, but a marker split over a line break, `……；三` / `是……`: no
        # paragraph ends in a numeral after its clause, so those lines are joined, and only those)
        if "是" not in text and "要" not in text or _SPLIT_MARKER.search(text) is None:
            return None
        split_only = True
    lines = text.split("\n")
    if wrap is None:
        wrap = (max((display_width(ln.rstrip()) for ln in lines), default=0), 10**9)
    width, chars = wrap
    uses_indent = sum(1 for ln in lines if _INDENT.match(ln)) >= 3
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    joins = 0
    prev_full = prev_nearly_full = False
    prev_end = prev_text = ""
    last_number: dict[str, int] = {}  # per marker style, the number of the last line it opened
    paragraph = ""  # the last characters of the paragraph joined so far
    for i, line in enumerate(lines):
        stripped = line.rstrip()
        join = False
        furniture = is_page_furniture(line)
        # (`①“检护民生”专项行动：指……` a line or two above the page's number: the page's footnote,
        # no continuation of the wrapped sentence it interrupts)
        footnote = "①" <= line.lstrip(" \t\u3000")[:1] <= "⑳" and any(
            is_page_number(lines[j]) for j in range(i + 1, min(i + 2 + FOOTNOTE_LINES, len(lines))))
        if i and _SPLIT_NUMERAL.search(prev_text) and line.lstrip(" \t\u3000")[:1] in "是要":
            join = True  # `……序列。二` / `是社会事业……`: a wrap inside the marker `二是`, whatever the widths
        elif split_only:
            pass
        elif i and prev_end == "第" and line.strip() and not furniture and not _INDENT.match(line):
            join = True  # `……第十二条第` / `（二）项的规定，……`: the marker is a citation's `第（二）项`, whatever the widths
        elif i and prev_end in "；;" and line.strip() and not furniture and continues_inline_run(prev_text, line):
            join = True  # `……：（1）……；（2）……；` / `（3）……`: the run inside the paragraph goes on, whatever the widths
        elif i and prev_nearly_full and not prev_full and line.strip() and not furniture \
                and not _MARKUP.match(line) and not starts_with_marker(line):
            join = not (uses_indent and _INDENT.match(line))
        elif i and prev_full and line.strip() and not furniture and not _MARKUP.match(line):
            short = display_width(stripped) < width - 3 and len(stripped) < chars - 1
            join = not (uses_indent and _INDENT.match(line)) \
                and not starts_a_paragraph(prev_text, line, uses_indent, paragraph[-PARAGRAPH_TAIL:], short)
            if join and (not uses_indent or prev_end in LINE_END):
                # a full line that is no sentence (a table row's figures), or in a text that indents
                # its paragraphs one that ends a sentence, then the next item of a run that opened
                # lines before (`1、` … `2、`, flush `第一，……。` then `第二，……`): a new paragraph all the same
                item = line_item(line)
                if item is not None and last_number.get(item[0]) == item[1] - 1:
                    join = False
        if join and footnote:
            join = False
        if join:
            lead = len(line) - len(line.lstrip(" \t\u3000"))
            out.append(line[lead:])
            paragraph = (paragraph + stripped.lstrip(" \t\u3000"))[-PARAGRAPH_TAIL:]
            starts.append(pos)  # the continuation's leading white space is dropped
            pos += len(line) - lead
            joins += 1
        else:
            if i:
                out.append("\n")
                pos += 1
            item = line_item(line)
            if item is not None:
                last_number[item[0]] = item[1]
            starts.append(pos)
            out.append(line)
            pos += len(line)
            paragraph = stripped[-PARAGRAPH_TAIL:]
        # (a contents entry's leader dots fill its line: `第一部分……………1` ends there)
        entry = has_page_leader(stripped)
        prev_full = bool(stripped) and not furniture and not entry and \
            (display_width(stripped) >= width - 3 or len(stripped) >= chars - 1)
        prev_end = stripped[-1:] if stripped else ""
        prev_text = stripped
        # a line a little short of the width that stops mid-sentence (`……三件大事：一是`) was
        # wrapped too: the typesetter's line held wider characters or fewer spaces
        prev_nearly_full = bool(stripped) and not furniture and not entry and prev_end not in LINE_END and \
            (display_width(stripped) >= NEARLY_FULL * width or len(stripped) >= NEARLY_FULL * chars)
    if not joins:
        return None
    return "".join(out), starts, joins
