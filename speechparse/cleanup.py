"""Document-level clean-up around the outline: noise, TOC, front matter, notes, closing.

The clean-up is two ordered tables of named passes, `BEFORE_OUTLINE` and `AFTER_OUTLINE` (end
of this module). `Cleanup.before_outline(tokens)` decides which lines are not speech body: noise (recorded
in `Document.removed` with a reason), a table of contents (`toc`), front matter (title,
subtitle, speaker, date, salutation, metadata) and trailing notes. Those spans are excluded
from the builder. `after_outline()` looks at the tree: closing remarks, truncation, partial
pages, sections the TOC promised but the body never reached.

This module holds the shared state and the noise pass; each other concern has its module
in `cleaning/` (`toc.py`, `frontmatter.py`, `notes.py`, `ending.py`).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from .builder import close_lines
from .cleaning import ending, noise, notes, toc
from .cleaning import frontmatter as fm
from .cleaning.lines import Line, backward, forward, line_at, previous_line
from .model import Document, Removed, Span
from .spans import is_inside, merge
from .tokenizer import Token, starts_with_marker

_NON_SPACE = re.compile(r"\S")
HEAD_LINES = 40
TAIL_LINES = 60
BODY_LINE = 50  # a line this long that is not noise is speech body
# lines a reader hinted as noise, removed with the hint as reason: web furniture the HTML or
# Markdown structure shows (`chrome`), comments the markup hides (`markup`)
HINTED_NOISE = ("chrome", "markup", "more")
# a page counter this far inside the text (by share of its length) divides two pages
PAGE_DIVIDER_FROM = 0.15


class LineTokens:
    """The paragraph-start tokens by the start of their line, looked up as in a dict (`in`,
    `get`, `[]`, `items()` in text order; of two on one line the later). Kept as the starts in
    one flat array beside the tokens: on a million marker lines a dict of them, with an int
    object per key, was as large as the tokens themselves, at the peak of the parse."""

    __slots__ = ("_starts", "_tokens")

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        self._starts: array[int] = array("q")
        self._tokens: list[Token] = []
        for tok in tokens:
            if not tok.inline:
                self._add(tok)

    def _add(self, tok: Token) -> None:
        starts = self._starts
        if not starts or tok.start > starts[-1]:  # tokens come in text order: nearly always
            starts.append(tok.start)
            self._tokens.append(tok)
            return
        i = bisect_left(starts, tok.start)
        if i < len(starts) and starts[i] == tok.start:
            self._tokens[i] = tok
        else:
            starts.insert(i, tok.start)
            self._tokens.insert(i, tok)

    def _index(self, start: int) -> int:
        i = bisect_left(self._starts, start)
        return i if i < len(self._starts) and self._starts[i] == start else -1

    def get(self, start: int, default: Token | None = None) -> Token | None:
        i = self._index(start)
        return default if i < 0 else self._tokens[i]

    def __getitem__(self, start: int) -> Token:
        i = self._index(start)
        if i < 0:
            raise KeyError(start)
        return self._tokens[i]

    def __contains__(self, start: object) -> bool:
        return isinstance(start, int) and self._index(start) >= 0

    def __len__(self) -> int:
        return len(self._tokens)

    def items(self) -> Iterator[tuple[int, Token]]:
        return zip(self._starts, self._tokens, strict=True)


class Cleanup:
    """State shared by the clean-up passes of one document."""

    def __init__(self, doc: Document, keep_noise: bool = False) -> None:
        self.doc = doc
        self.text = doc.text
        self.keep_noise = keep_noise
        self.line_tokens = LineTokens()  # paragraph-start tokens by line start
        self.removed_starts: set[int] = set()
        self.front_starts: set[int] = set()
        self.toc_starts: set[int] = set()
        self.toc_tokens: list[Token | None] = []  # None: an entry without a marker
        self.toc_label_at: int | None = None  # the `目录`/`提纲：` line of a labelled TOC
        self.truncation_at: list[int] = []
        self.pages: list[tuple[int, int, int]] = []  # every `第k/n页` counter removed: (k, n, offset)
        self.tokens: list[Token] = []
        self.head: list[Line] = []
        self._excluded: list[Span] = []
        self._last_lines: tuple[int, list[Line]] = (0, [])  # (limit, the text's last lines backwards)

    # --- public -------------------------------------------------------------------------
    def last_lines(self, limit: int) -> list[Line]:
        """`backward(text, limit)` as a list, read once for the passes that look at the end."""
        if self._last_lines[0] != limit:
            self._last_lines = (limit, list(backward(self.text, limit)))
        return self._last_lines[1]

    def before_outline(self, tokens: list[Token]) -> list[Token]:
        """Run the passes before the outline (BEFORE_OUTLINE, in order); return the tokens
        that remain for the builder."""
        if any(t.family.heading_line for t in tokens):  # `1 总体要求`: a marker on a heading line only
            hints = self.doc.source.hints
            tokens = [t for t in tokens if not t.family.heading_line
                      or hints.get(t.para + 1, "").startswith("heading:")]
        self.line_tokens = LineTokens(tokens)
        self.tokens = tokens
        self.head = self._head_lines()
        for step in BEFORE_OUTLINE:
            if not (step.noise and self.keep_noise):
                step.run(self)
        kept = self._filter(tokens)
        # memory: the passes after the outline need neither table, and on marker-dense input
        # they are as large as the tokens
        self.line_tokens, self.tokens = LineTokens(), []
        return kept

    def excluded(self) -> list[Span]:
        """Sorted, disjoint spans the outline does not see (valid after `before_outline`)."""
        return self._excluded

    def after_outline(self) -> None:
        """Run the passes that look at the finished tree (AFTER_OUTLINE, in order)."""
        for step in AFTER_OUTLINE:
            step.run(self)

    # --- helpers for the passes -----------------------------------------------------------
    def exclude(self, span: Span) -> None:
        self._excluded.append(span)

    def is_excluded(self, offset: int) -> bool:
        """Only valid after the tokens were filtered (the spans are then merged and sorted)."""
        return is_inside(self._excluded, offset)

    def remove(self, line: Line | Span, reason: str, text: str | None = None) -> None:
        """Record a line (or part of one) as noise with its reason code."""
        if isinstance(line, Line):
            span: Span = (line.start, line.end)
            text = line.text
        else:
            span = line
        if span[0] in self.removed_starts or span[0] in self.toc_starts or span[0] in self.front_starts:
            return  # each character has one place: the TOC or the front matter holds this line
        self.removed_starts.add(span[0])
        self.doc.removed.append(Removed(self.doc.source.line_of(span[0]), reason, span,
                                        text if text is not None else self.text[span[0]:span[1]]))
        self._excluded.append(span)
        if reason == "truncation":
            self.truncation_at.append(span[0])
        m = noise.PAGE_OF.search(text or "")
        if m and reason == "counter":
            self.note_page(m, span[0])

    def note_page(self, m: re.Match[str], at: int) -> None:
        """Remember `第2/3页` at offset `at` (see page_span)."""
        k, n = (int(g) for g in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        if 0 < k <= n:
            self.pages.append((k, n, at))

    def page_span(self) -> tuple[int, int, int] | None:
        """(first page, last page, of n) that the text holds, from its page counters. A counter
        at the top or the foot of the text names the page the text is; one between paragraphs
        well inside it divides two pages (`……` / `（第2/3页）` / `……`: the text before it is
        page 1), so counters that run on through a whole copy make it whole."""
        if not self.pages:
            return None
        size = len(self.text)
        first, last, n = size, 0, 0
        for k, of, at in self.pages:
            divides = PAGE_DIVIDER_FROM * size < at < (1 - PAGE_DIVIDER_FROM) * size
            first, last, n = min(first, k - 1 if divides and k > 1 else k), max(last, k), max(n, of)
        return first, last, n

    def front(self, span: Span, kind: str) -> None:
        """Record a span as front matter (title, subtitle, speaker, date, salutation, meta)."""
        self.doc.front_spans.append((span, kind))
        self._excluded.append(span)
        self.front_starts.add(span[0])

    # --- zones --------------------------------------------------------------------------
    def _head_lines(self) -> list[Line]:
        """Lines before the speech body starts: the first long line that is not noise."""
        out = []
        hints, text_line = self.doc.source.hints, self.doc.source.text_line
        for line in forward(self.text, 0, HEAD_LINES):
            if hints and hints.get(text_line(line.start), "").startswith("front"):
                out.append(line)  # YAML front matter (a long `source: https://…` too)
                continue
            if len(line.text) >= BODY_LINE and noise.classify(line.text, True) is None \
                    and fm.parse_meta(line.text) is None and not fm.ABSTRACT.match(line.text) \
                    and not fm.DIVIDER.match(line.text) \
                    and not (len(line.text) <= fm.REPOST_LEAD_CHARS and fm.REPOST_LEAD.search(line.text)) \
                    and not fm.is_long_headline(line.text):
                break
            if fm.SALUTATION.match(line.text):
                out.append(line)
                break
            out.append(line)
        return out

    def _tail_lines(self) -> list[Line]:
        out = []
        for line in backward(self.text, TAIL_LINES):
            if len(line.text) >= BODY_LINE and noise.classify(line.text, True) is None \
                    and line.start not in self.removed_starts:  # (a reader's chrome hint is noise)
                break
            out.append(line)
        return out

    # --- noise --------------------------------------------------------------------------
    def _noise(self) -> None:
        text, head = self.text, self.head
        for line_no, hint in sorted(self.doc.source.hints.items()):
            if hint in HINTED_NOISE and line_no <= self.doc.source.line_count:
                line = line_at(text, self.doc.source.line_starts[line_no - 1])
                if line.text:
                    self.remove(line, "markup" if hint == "more" else hint)
        for line in head:
            if fm.parse_meta(line.text) is None and not self._is_suffixed_title(line.text):
                self._classify(line, edge=True)
        head_end = head[-1].end if head else -1
        tail = [ln for ln in self._tail_lines() if ln.start > head_end]
        for line in tail:
            self._classify(line, edge=True)
        # (a page of short lines only has no tail: its head runs to its end, a related list in it)
        if tail or _NON_SPACE.search(text, max(head_end, 0)):
            self._related_lists(tail)
        else:
            self._related_lists(head, in_head=True)
        self._licence()
        seen = {ln.start for ln in head} | {ln.start for ln in tail}
        for start in noise.may_be_noise(text):
            if start in seen or start in self.line_tokens:
                continue
            line = line_at(text, start)
            if line.text:
                self._classify(line, edge=False)
        # after a truncation notice web furniture follows: edge rules apply there too (but
        # with their length limits: a report paragraph after a notice is speech)
        if self.truncation_at:
            cut = min(self.truncation_at)
            for line in forward(text, cut):
                if line.start not in self.removed_starts:
                    self._classify(line, edge=True)
        self.doc.removed.sort(key=lambda r: r.span[0])

    def _running_headers(self) -> None:
        """A PDF copy's running header: the same short line right after two or more page
        numbers (`— 2 —` / `泸阳市人大常委会工作报告`), removed as `chrome` after each; or, where the
        pages alternate their headers (`·6·` / `特别关注`, `·7·` / `云岫建工　2023年第2期`), a line
        after one that repeats the masthead at the top of the text. Left in, it splits every
        paragraph that crosses a page."""
        after: dict[str, list[Line]] = {}
        numbers = 0
        for r in self.doc.removed:
            if r.reason == "counter" and noise.is_page_number(r.text):
                numbers += 1
                line = next(forward(self.text, r.span[1] + 1, 1), None)
                if line is not None and len(line.text) <= noise.RUNNING_HEADER_CHARS \
                        and not any(ch in noise.SENTENCE_PUNCTUATION for ch in line.text) \
                        and line.start not in self.removed_starts:
                    # (a heading's marker may open it, `第二部分　重点工作 汇岭集团……材料`: a speech's heading
                    # comes once, a header after every page number)
                    after.setdefault(line.text, []).append(line)
        top = list(forward(self.text, 0, noise.MASTHEAD_LINES)) if numbers >= noise.RUNNING_HEADER_REPEATS else []
        # (spaced out as a masthead is, `督　查　简　报`, the same words as `督查简报`)
        masthead = ["".join(line.text.split()) for line in top]
        for header, lines in after.items():
            words = "".join(header.split())
            if lines[0].start in self.line_tokens and len(lines) < noise.RUNNING_HEADER_REPEATS:
                continue  # (a heading once after a page number: the page's first line)
            if len(lines) >= noise.RUNNING_HEADER_REPEATS or (top and lines[0].start > top[-1].end and any(
                    head == words or (len(words) >= noise.MASTHEAD_PREFIX and head.startswith(words))
                    for head in masthead)):
                for line in lines:
                    self.remove(line, "chrome")
        if numbers >= noise.RUNNING_HEADER_REPEATS:
            repeated = Counter(r.text for r in self.doc.removed if r.reason == "chrome"
                               and len(r.text) <= noise.RUNNING_HEADER_CHARS)
            spaced = None  # (the text with its ideographic spaces as spaces: made once, for the first header that needs it)
            for header, count in repeated.items():
                if count >= noise.RUNNING_HEADER_REPEATS:
                    spaced = self._headers_ending_so(header, spaced)
        self.doc.removed.sort(key=lambda r: r.span[0])

    def _headers_ending_so(self, header: str, spaced: str | None) -> str | None:
        """A running header that names the page's part (Word's STYLEREF: `第二部分　2025年重点工作
        汇岭集团2025年工作会议材料`) keeps its fixed words at its end: a short line elsewhere that
        ends with them after another part's name (`第一部分　……　汇岭集团……材料`) is one too."""
        fixed = header.replace("\u3000", " ").rsplit(" ", 1)
        if len(fixed) < 2 or len(fixed[1]) < noise.MASTHEAD_PREFIX * 2 or not starts_with_marker(fixed[0]):
            return spaced  # (a header that names no part: a title's words, `……之路 奋力谱写……篇章`, are no such field)
        if spaced is None:
            spaced = self.text.replace("\u3000", " ")
        words, text = " " + fixed[1], spaced
        at = text.find(words)
        while at != -1:
            line = line_at(self.text, at)
            if line.text.replace("\u3000", " ").endswith(words) and starts_with_marker(line.text) \
                    and len(line.text) <= noise.RUNNING_HEADER_CHARS and line.start not in self.removed_starts:
                self.remove(line, "chrome")
            at = text.find(words, line.end)
        return spaced

    def _previews(self) -> None:
        """An app page's teaser before its fold (`展开全文`) that the full text after the fold
        repeats (its opening paragraph, its `一、` heading, a sentence cut with `……`): the
        preview is `chrome`, the full text the speech."""
        text = self.text
        folds = [r for r in self.doc.removed if r.reason == "truncation" and noise.FOLD.match(r.text)]
        for r in folds[:1]:  # (the page's one fold: a text of many is no app page, and each costs a scan)
            after = text[r.span[1]:]
            before = list(backward(text[:r.span[0]], noise.PREVIEW_LINES))
            repeated = [line for line in before if len(line.text) >= noise.PREVIEW_CHARS
                        and line.text.rstrip("…. ") in after]
            if len(repeated) >= 2:
                first = min(line.start for line in repeated)
                for line in before:
                    if line.start >= first:
                        self.remove(line, "chrome")
        self.doc.removed.sort(key=lambda r: r.span[0])

    def _review_comments(self) -> None:
        """A draft's review comments typed into the text: `[批注：周振华：……]`, `【批注：……】`, `〔眉批：……〕`
        from its line's start to the line that ends with its closing bracket (a few lines on,
        with the reviewer's own `1.……` `2.……`), removed as `markup`: the writers', not the speech."""
        text = self.text
        if "批注" not in text and "批註" not in text and "眉批" not in text and "旁批" not in text:
            return
        for m in noise.REVIEW_COMMENT.finditer(text):
            closer = noise.COMMENT_CLOSERS[m.group("open")]
            lines = list(forward(text, m.start(), noise.REVIEW_COMMENT_LINES))
            for k, line in enumerate(lines):
                if line.text.endswith(closer):
                    for taken in lines[:k + 1]:
                        self.remove(taken, "markup")
                    break
        self.doc.removed.sort(key=lambda r: r.span[0])

    def _replies(self) -> None:
        """A saved forum thread: from the first reply's header (`2楼 发表于 ……`) to the end,
        the replies (their quotes of the speech's headings, their own `1.` `2.`) are `chrome`."""
        text = self.text
        first = noise.REPLY_HEADER.search(text) if "楼" in text or "#" in text or "沙发" in text else None
        # ... or a 微博 post's comment thread and repost list (`按热度 按时间`, `共17条转发`) in the
        # last part of the page: the commenters' `一是……二是……` and `1.` are theirs
        thread = noise.THREAD_START.search(text) if "按" in text or "共" in text or "评论" in text else None
        if thread is not None and thread.start() >= noise.THREAD_AFTER * len(text) \
                and (first is None or thread.start() < first.start()):
            first = thread
        if first is None:
            return
        for line in forward(self.text, first.start()):
            if line.start not in self.removed_starts:
                self.remove(line, "chrome")
        self.doc.removed.sort(key=lambda r: r.span[0])

    def _related_lists(self, tail: list[Line], in_head: bool = False) -> None:
        """`猜你喜欢：` or `相关阅读` at the end of a page, then other articles' titles (short
        lines, numbered or not): web chrome, up to a longer line or the next label, or (`in_head`:
        a page of short lines only, read whole) a line whose marker goes on a run of the text
        above the label (`一、……` then `相关链接：` `……` then `二、……`: a box in the outline)."""
        listing = False
        runs: dict[str, int] = {}  # per style, the last ordinal of the line items above
        for line in sorted(tail, key=lambda ln: ln.start):
            tok = self.line_tokens[line.start] if line.start in self.line_tokens else None
            if noise.RELATED_LABEL.match(line.text) or noise.PREV_NEXT.match(line.text):
                listing = True
                self.remove(line, "chrome")
            elif listing and len(line.text) <= noise.RELATED_CHARS and not line.text.endswith(("：", ":")) \
                    and not (in_head and tok is not None and tok.ordinal is not None
                             and runs.get(tok.style) == tok.ordinal - 1):
                self.remove(line, "chrome")
            else:
                listing = False
            if tok is not None and tok.ordinal is not None and not listing:
                runs[tok.style] = tok.ordinal

    @staticmethod
    def _is_suffixed_title(text: str) -> bool:
        """`……的讲话VIP免费`: a title with a site suffix is front matter, not an ad."""
        bare = noise.TITLE_SUFFIX.sub("", text)
        return bare != text and bool(bare) and noise.classify(bare, True) is None

    def _classify(self, line: Line, edge: bool) -> None:
        src = self.doc.source
        if src.input_format == "md" and src.hints \
                and src.hints.get(bisect_right(src.line_starts, line.start)) == "table":
            return  # a Markdown table's cells (`指标 | 目标 | 完成`) are data, not a menu bar
            # (an HTML table may be the page's layout, menus and all)
        reason = noise.classify(line.text, edge)
        if reason == "counter" and line.text.isdigit() and (
                self._inline_number(line) or (src.hints and src.hints.get(src.text_line(line.start)) == "cont")):
            return  # (`……一是在中西部` / `120` / `个贫困县……`: a Markdown paragraph's soft-wrapped number)
        if reason:
            self.remove(line, reason)

    def _inline_number(self, line: Line) -> bool:
        """`M` / `2` / `增长13.6%`: a number the lines right around it (no blank line between)
        continue, as text, not a counter."""
        text = self.text
        before = line_at(text, line.start - 1).text if line.start > 0 else ""
        after = line_at(text, line.end + 1).text if line.end < len(text) else ""
        return noise.is_inline_number(before, after)

    def _licence(self) -> None:
        """A library's licence notice at the end (`本作品……属于公有领域。` split by its links,
        then `Public domain`): every line of it is noise (`licence`), whatever other rule took
        a line of it first."""
        tail = list(backward(self.text, noise.LICENCE_LINES))[::-1]
        start = noise.licence_block([ln.text for ln in tail])
        if start is not None:
            for line in tail[start:]:
                if line.start not in self.toc_starts and line.start not in self.front_starts:
                    self._relabel(line, "licence")

    def _disclaimer_runs(self) -> None:
        """Numbered download disclaimers (`1、当您付费下载文档后……`) look like list items:
        a run of numbered lines that is mostly noise is a disclaimer list as a whole."""
        run: list[Token] = []  # each run is judged when it ends (runs are disjoint)
        for tok in self.tokens:
            if tok.inline or tok.ordinal is None:
                continue
            last = run[-1] if run else None  # in a run, every token has an ordinal
            if last is not None and last.ordinal is not None and tok.style == last.style \
                    and tok.ordinal == last.ordinal + 1 and tok.para - last.para <= 2:
                run.append(tok)
            else:
                self._judge_disclaimer_run(run)
                run = [tok]
        self._judge_disclaimer_run(run)
        self.doc.removed.sort(key=lambda r: r.span[0])
        self._excluded.sort()

    def _judge_disclaimer_run(self, run: list[Token]) -> None:
        removed = self.removed_starts
        if len(run) < 2 or not any(t.start in removed for t in run):
            return
        lines = [line_at(self.text, t.start) for t in run]
        noisy = sum(1 for ln in lines if ln.start in removed)
        wordy = sum(1 for ln in lines if noise.DISCLAIMER_WORDS.search(ln.text))
        label = previous_line(self.text, lines[0].start)
        labelled = label is not None and noise.NOTICE_LABEL.match(label.text) is not None
        # (under its `免责声明：` label a list one of whose lines is noise is the notice's, whole)
        if (noisy * 2 >= len(run) and wordy * 2 > len(run)) or (labelled and noisy):
            for ln in lines:
                self._relabel(ln, "disclaimer")
            if label is not None and labelled and label.start not in removed:
                self.remove(label, "disclaimer")  # `温馨提示：` above the list: the notice's own label

    def _relabel(self, line: Line, reason: str) -> None:
        if line.start in self.removed_starts:
            for r in self.doc.removed:
                if r.span[0] == line.start:
                    r.reason = reason
                    return
        self.remove(line, reason)

    # --- tokens -------------------------------------------------------------------------
    def _filter(self, tokens: list[Token]) -> list[Token]:
        ex = self._excluded
        if not ex:
            return tokens
        self._excluded = ex = merge(ex)
        out, i = [], 0
        for tok in tokens:
            while i < len(ex) and ex[i][1] <= tok.mstart:
                i += 1
            if i < len(ex) and ex[i][0] <= tok.mstart:
                continue
            out.append(tok)
        return out


class Pass(NamedTuple):
    """One named step of the clean-up; `noise` steps are what `--keep-noise` turns off."""

    name: str
    run: Callable[[Cleanup], None]
    noise: bool = False


# The order is load-bearing: each pass sees what the passes before it excluded.
BEFORE_OUTLINE: tuple[Pass, ...] = (
    Pass("noise", Cleanup._noise, noise=True),                   # chrome, ads, counters …
    Pass("replies", Cleanup._replies, noise=True),               # a forum thread's replies to the post
    Pass("review-comments", Cleanup._review_comments, noise=True),  # a draft's [批注：……]
    Pass("previews", Cleanup._previews, noise=True),             # an app page's teaser before its fold
    Pass("running-headers", Cleanup._running_headers, noise=True),  # a PDF's line after each page number
    Pass("toc", lambda c: toc.find_toc(c, c.head, c.tokens)),    # 目录 / 提纲 blocks
    Pass("front-matter", lambda c: fm.read_front_matter(c, c.head)),  # title, speaker, date …
    Pass("duplicate-titles", fm.remove_duplicate_titles, noise=True),
    Pass("disclaimer-runs", Cleanup._disclaimer_runs, noise=True),  # numbered download notices
    Pass("notes", lambda c: notes.find_notes(c, TAIL_LINES)),    # trailing ① / [1] notes
)
AFTER_OUTLINE: tuple[Pass, ...] = (
    Pass("closing", ending.find_closing),                        # out of the last leaf
    Pass("end-lines", lambda c: close_lines(c.doc.outline, c.doc.source.line_of)),  # bodies final
    Pass("truncation", lambda c: ending.check_truncation(c, TAIL_LINES)),
    Pass("partial", ending.check_partial),
    Pass("missing-sections", toc.report_missing_sections),      # TOC entries never reached
)
