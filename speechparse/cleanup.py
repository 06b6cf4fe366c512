"""Document-level clean-up around the outline: noise, TOC, front matter, notes, closing.

`Cleanup.before_outline(tokens)` decides which lines are not speech body: noise (recorded
in `Document.removed` with a reason), a table of contents (`toc`), front matter (title,
subtitle, speaker, date, salutation, metadata) and trailing notes. Those spans are excluded
from the builder. `after_outline()` looks at the tree: closing remarks, truncation, partial
pages, sections the TOC promised but the body never reached.
"""

from __future__ import annotations

import re

from .builder import close_lines, is_inside
from .cleaning import frontmatter as fm
from .cleaning import noise
from .cleaning.lines import WS, Line, backward, forward, line_at
from .cleaning.toc import MAX_ENTRY_LEN, TOC_LABEL, key, repeated_later
from .model import Document, Removed, Span
from .tokenizer import Token

HEAD_LINES = 40
TAIL_LINES = 60
BODY_LINE = 50  # a line this long that is not noise is speech body
NOTE_LINE = re.compile(r"^(?:[①-⑳]|\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|注\s*\d{0,3}\s*[:：])\s*(?P<text>\S.*)$")
NOTE_LABEL = re.compile(r"^(?:注\s*释|注|附注|尾注|参考文献)\s*[:：]?$")
CITATION = re.compile(r"《|参见|见|第\s*\d+(?:\s*[—\-–~]\s*\d+)?\s*页|出版社|年版|\d{4}\s*年|卷|P\.?\s*\d+")
CLOSING_OPENER = re.compile(
    r"^(?:同志们|各位代表|各位委员|各位领导|各位同志|同事们|朋友们|女士们|同学们|老师们)[，,！!]|^让我们|^谢谢|"
    r"^(?:最后|总之)，?(?:我|让我们|希望)")
ENDS_SENTENCE = re.compile(r"[。！？!?…”\"’）)】」』；;.]$")


class Cleanup:
    def __init__(self, doc: Document, keep_noise: bool = False) -> None:
        self.doc = doc
        self.text = doc.text
        self.keep_noise = keep_noise
        self._excluded: list[Span] = []
        self._removed_starts: set[int] = set()
        self._front_starts: set[int] = set()
        self._toc_starts: set[int] = set()
        self._truncation_at: list[int] = []
        self._page_of: tuple[int, int] | None = None
        self._titles: dict[int, str] = {}

    # --- public -------------------------------------------------------------------------
    def before_outline(self, tokens: list[Token]) -> list[Token]:
        """Find everything that is not speech body; return the tokens that remain."""
        self.line_tokens = {t.start: t for t in tokens if not t.inline}
        head = self._head_lines()
        if not self.keep_noise:
            self._noise(head)
        self._toc(head, tokens)
        self._front_matter(head)
        if not self.keep_noise:
            self._duplicate_titles()
            self._disclaimer_runs(tokens)
        self._notes()
        self._excluded.sort()
        return self._filter(tokens)

    def excluded(self) -> list[Span]:
        return self._excluded

    def after_outline(self) -> None:
        self._closing()
        self._truncation()
        self._partial()
        self._missing_sections()

    # --- zones --------------------------------------------------------------------------
    def _head_lines(self) -> list[Line]:
        """Lines before the speech body starts: the first long line that is not noise."""
        out = []
        for line in forward(self.text, 0, HEAD_LINES):
            if len(line.text) >= BODY_LINE and noise.classify(line.text, True) is None \
                    and fm.parse_meta(line.text) is None:
                break
            if fm.SALUTATION.match(line.text):
                out.append(line)
                break
            out.append(line)
        return out

    def _tail_lines(self) -> list[Line]:
        out = []
        for line in backward(self.text, TAIL_LINES):
            if len(line.text) >= BODY_LINE and noise.classify(line.text, True) is None:
                break
            out.append(line)
        return out

    # --- noise --------------------------------------------------------------------------
    def _remove(self, line: Line | Span, reason: str, text: str | None = None) -> None:
        if isinstance(line, Line):
            span: Span = (line.start, line.end)
            text = line.text
        else:
            span = line
        if span[0] in self._removed_starts:
            return
        self._removed_starts.add(span[0])
        self.doc.removed.append(Removed(self.doc.source.line_of(span[0]), reason, span,
                                        text if text is not None else self.text[span[0]:span[1]]))
        self._excluded.append(span)
        if reason == "truncation":
            self._truncation_at.append(span[0])
        m = noise.PAGE_OF.search(text or "")
        if m and reason == "counter":
            self._note_page(m)

    def _note_page(self, m: re.Match[str]) -> None:
        k, n = (int(g) for g in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        if 0 < k <= n:
            self._page_of = (k, n)

    def _noise(self, head: list[Line]) -> None:
        text = self.text
        for line_no, hint in sorted(self.doc.source.hints.items()):
            if hint == "chrome" and line_no <= self.doc.source.line_count:
                line = line_at(text, self.doc.source.line_starts[line_no - 1])
                if line.text:
                    self._remove(line, "chrome")
        for line in head:
            if fm.parse_meta(line.text) is None and not self._is_suffixed_title(line.text):
                self._classify(line, edge=True)
        head_end = head[-1].end if head else -1
        tail = [ln for ln in self._tail_lines() if ln.start > head_end]
        for line in tail:
            self._classify(line, edge=True)
        seen = {ln.start for ln in head} | {ln.start for ln in tail}
        for start in noise.may_be_noise(text):
            if start in seen or start in self.line_tokens:
                continue
            line = line_at(text, start)
            if line.text:
                self._classify(line, edge=False)
        # after a truncation notice only web furniture follows: longer lines may be noise too
        if self._truncation_at:
            cut = min(self._truncation_at)
            for line in forward(text, cut):
                if line.start not in self._removed_starts:
                    reason = noise.classify(line.text, True, ignore_length=True)
                    if reason:
                        self._remove(line, reason)
        self.doc.removed.sort(key=lambda r: r.span[0])

    @staticmethod
    def _is_suffixed_title(text: str) -> bool:
        """`……的讲话VIP免费`: a title with a site suffix is front matter, not an ad."""
        bare = noise.TITLE_SUFFIX.sub("", text)
        return bare != text and bool(bare) and noise.classify(bare, True) is None

    def _classify(self, line: Line, edge: bool) -> None:
        reason = noise.classify(line.text, edge)
        if reason:
            self._remove(line, reason)

    def _disclaimer_runs(self, tokens: list[Token]) -> None:
        """Numbered download disclaimers (`1、当您付费下载文档后……`) look like list items:
        a run of numbered lines that is mostly noise is a disclaimer list as a whole."""
        runs: list[list[Token]] = []
        removed = self._removed_starts
        for tok in tokens:
            if tok.inline or tok.ordinal is None:
                continue
            run = runs[-1] if runs else None
            if run and tok.style == run[-1].style and tok.ordinal == run[-1].ordinal + 1 \
                    and tok.para - run[-1].para <= 2:
                run.append(tok)
            else:
                runs.append([tok])
        for run in runs:
            if len(run) < 2 or not any(t.start in removed for t in run):
                continue
            lines = [line_at(self.text, t.start) for t in run]
            noisy = sum(1 for ln in lines if ln.start in self._removed_starts)
            wordy = sum(1 for ln in lines if noise.DISCLAIMER_WORDS.search(ln.text))
            if noisy * 2 >= len(run) and wordy * 2 > len(run):
                for ln in lines:
                    self._relabel(ln, "disclaimer")
        self.doc.removed.sort(key=lambda r: r.span[0])
        self._excluded.sort()

    def _relabel(self, line: Line, reason: str) -> None:
        if line.start in self._removed_starts:
            for r in self.doc.removed:
                if r.span[0] == line.start:
                    r.reason = reason
                    return
        self._remove(line, reason)

    # --- table of contents ----------------------------------------------------------------
    def _toc(self, head: list[Line], tokens: list[Token]) -> None:
        if not head:
            return
        head_end = head[-1].end
        candidates = [ln for ln in forward(self.text, 0, HEAD_LINES * 3) if ln.start <= head_end
                      or ln.start in self.line_tokens]
        labelled = False
        entries: list[Line] = []
        for i, line in enumerate(candidates):
            if line.start in self._removed_starts:
                continue
            if TOC_LABEL.match(line.text):
                entries = self._toc_block(candidates[i + 1:])
                if entries:
                    self._toc_span(line)
                    labelled = True
                break
        if not labelled:
            entries = self._bare_heading_run(candidates, tokens, head_end)
        for line in entries:
            tok = self.line_tokens[line.start]
            title = line.text[len(line.text) - len(line.text.lstrip()):]
            self._toc_span(line)
            self.doc.toc.append({"line": self.doc.source.line_of(line.start), "text": line.text,
                                 "marker": tok.marker, "title": self._token_title(tok) or title,
                                 "found": True})
            self._toc_tokens.append(tok)

    _toc_tokens: list[Token]

    def _toc_span(self, line: Line) -> None:
        if not hasattr(self, "_toc_tokens"):
            self._toc_tokens = []
        self.doc.toc_spans.append((line.start, line.end))
        self._excluded.append((line.start, line.end))
        self._toc_starts.add(line.start)

    def _toc_block(self, lines: list[Line]) -> list[Line]:
        out = []
        for line in lines:
            if line.start in self._removed_starts:
                continue
            if line.start in self.line_tokens and len(line.text) <= MAX_ENTRY_LEN:
                out.append(line)
                continue
            break
        return out

    def _bare_heading_run(self, lines: list[Line], tokens: list[Token], head_end: int) -> list[Line]:
        run: list[Line] = []
        for line in lines:
            if line.start in self._removed_starts:
                continue
            tok = self.line_tokens.get(line.start)
            if tok is not None and tok.ordinal is not None and len(line.text) <= 40 and \
                    (not run or (tok.style == self.line_tokens[run[-1].start].style
                                 and tok.ordinal == self.line_tokens[run[-1].start].ordinal + 1)):
                run.append(line)
                continue
            if len(run) >= 2:
                break
            run = []
            if line.start > head_end:
                break
        if len(run) < 2:
            return []
        run_tokens = [self.line_tokens[ln.start] for ln in run]
        wanted = {(t.style, t.ordinal) for t in run_tokens}
        later = [t for t in tokens if not t.inline and t.start > run[-1].end and (t.style, t.ordinal) in wanted]
        titles = {id(t): self._token_title(t) for t in later}
        repeated = sum(1 for t in run_tokens if repeated_later(t, self._token_title(t), later, titles))
        return run if repeated >= 2 and repeated * 2 >= len(run) else []

    def _token_title(self, tok: Token) -> str:
        line = line_at(self.text, tok.mend)
        end = line.end
        return self.text[tok.mend:end].strip(WS + "：:")

    # --- front matter -------------------------------------------------------------------
    def _front_matter(self, head: list[Line]) -> None:
        doc = self.doc
        for line in head:
            if line.start in self._removed_starts or line.start in self._toc_starts:
                continue
            text = line.text
            meta = fm.parse_meta(text)
            if meta is not None:
                doc.meta.update(meta)
                self._front(line, "meta")
                continue
            tok = self.line_tokens.get(line.start)
            if tok is not None and tok.ordinal is not None:
                break  # the outline begins
            if fm.SALUTATION.match(text):
                doc.salutation = text
                self._front(line, "salutation")
                break
            if doc.title is None:
                if not fm.is_title_like(text) or fm.DATE.match(text):
                    break
                self._title(line)
                continue
            if doc.subtitle is None and fm.SUBTITLE.match(text):
                doc.subtitle = text
                date = fm.DATE_IN.search(text)
                if date and doc.date is None:
                    doc.date = date.group()
                self._front(line, "subtitle")
                continue
            if doc.date is None and fm.DATE.match(text):
                doc.date = fm.DATE.match(text).group("date")
                self._front(line, "date")
                continue
            if doc.speaker is None and fm.SPEAKER.match(text):
                doc.speaker = text
                self._front(line, "speaker")
                continue
            if text == doc.title:
                continue  # a repeated title: removed as duplicate-title below
            break

    def _title(self, line: Line) -> None:
        doc = self.doc
        text = self.text[line.start:line.end]
        end = line.start + len(text.rstrip(WS))
        suffix = noise.TITLE_SUFFIX.search(self.text, line.start, end)
        if suffix and suffix.start() > line.start + len(text) - len(text.lstrip(WS)) and not self.keep_noise:
            self._remove((suffix.start(), end), "title-suffix", self.text[suffix.start():end].strip())
            page = noise.PAGE_OF.search(suffix.group())
            if page:
                self._note_page(page)
            end = suffix.start()
        title = self.text[line.start:end].strip(WS)
        split = fm.TITLE_WITH_SUBTITLE.match(title)
        if split and len(split.group("title")) >= 4:
            doc.title = split.group("title").strip(WS)
            doc.subtitle = split.group("subtitle")
            date = fm.DATE_IN.search(doc.subtitle)
            if date:
                doc.date = date.group()
        else:
            doc.title = title.lstrip("#").strip(WS)
        self._front_span((line.start, end), "title")

    def _front(self, line: Line, kind: str) -> None:
        self._front_span((line.start, line.end), kind)

    def _front_span(self, span: Span, kind: str) -> None:
        self.doc.front_spans.append((span, kind))
        self._excluded.append(span)
        self._front_starts.add(span[0])

    def _duplicate_titles(self) -> None:
        title = self.doc.title
        if not title:
            return
        pos = self.text.find(title)
        while pos != -1:
            line = line_at(self.text, pos)
            if line.start not in self._front_starts and line.start not in self._removed_starts \
                    and noise.TITLE_SUFFIX.sub("", line.text).strip(WS) in (title, self._full_title()):
                self._remove(line, "duplicate-title")
            pos = self.text.find(title, line.end)
        self.doc.removed.sort(key=lambda r: r.span[0])

    def _full_title(self) -> str:
        doc = self.doc
        return f"{doc.title} {doc.subtitle}" if doc.subtitle else (doc.title or "")

    # --- notes --------------------------------------------------------------------------
    def _notes(self) -> None:
        notes: list[Line] = []
        for line in backward(self.text, TAIL_LINES):
            if line.start in self._removed_starts:
                if notes:
                    break
                continue
            m = NOTE_LINE.match(line.text)
            if m and CITATION.search(m.group("text")):
                notes.append(line)
                continue
            if notes and NOTE_LABEL.match(line.text):
                self.doc.note_spans.append((line.start, line.end))
                self._excluded.append((line.start, line.end))
            break
        for line in reversed(notes):
            m = NOTE_LINE.match(line.text)
            marker = line.text[: m.start("text")].strip()
            self.doc.notes.append({"line": self.doc.source.line_of(line.start), "marker": marker,
                                   "text": m.group("text")})
            self.doc.note_spans.append((line.start, line.end))
            self._excluded.append((line.start, line.end))

    # --- tokens -------------------------------------------------------------------------
    def _filter(self, tokens: list[Token]) -> list[Token]:
        ex = self._excluded
        if not ex:
            return tokens
        merged: list[Span] = []
        for s, e in ex:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self._excluded = ex = merged
        out, i = [], 0
        for tok in tokens:
            while i < len(ex) and ex[i][1] <= tok.mstart:
                i += 1
            if i < len(ex) and ex[i][0] <= tok.mstart:
                continue
            out.append(tok)
        return out

    # --- after the outline ---------------------------------------------------------------
    def _last_node(self):
        node = self.doc.outline[-1] if self.doc.outline else None
        while node is not None and node.children:
            node = node.children[-1]
        return node

    def _closing(self) -> None:
        doc = self.doc
        last = self._last_node()
        if last is None:
            return
        head_para_end = self.text.find("\n", last.head[1])
        if head_para_end == -1:
            return
        start = None
        for line in forward(self.text, head_para_end + 1):
            if self._is_excluded(line.start):
                continue
            if CLOSING_OPENER.match(line.text):
                start = line.start
                break
        if start is None:
            return
        for node in doc.walk():
            if node.body_spans and node.body_spans[-1][1] > start:
                kept, moved = [], []
                for s, e in node.body_spans:
                    if e <= start:
                        kept.append((s, e))
                    elif s >= start:
                        moved.append((s, e))
                    else:
                        kept.append((s, start))
                        moved.append((start, e))
                node.body_spans = kept
                doc.closing_spans.extend(moved)
        doc.closing_spans.sort()
        close_lines(doc.outline, doc.source.line_of)

    def _is_excluded(self, offset: int) -> bool:
        return is_inside(self._excluded, offset)

    def _content_lines_after(self, offset: int) -> list[Line]:
        return [ln for ln in forward(self.text, offset) if not self._is_excluded(ln.start)]

    def _truncation(self) -> None:
        doc = self.doc
        if self._truncation_at:
            at = max(self._truncation_at)  # a notice mid-text (between pages) is not the end
            if not any(len(ln.text) >= 20 for ln in self._content_lines_after(at)):
                doc.truncated = True
                doc.warn("truncated", doc.source.line_of(at), "the text stops at a truncation notice")
                return
        if self._page_of and self._page_of[0] < self._page_of[1]:
            doc.truncated = True
            k, n = self._page_of
            doc.warn("truncated", None, f"this is page {k} of {n}: the speech continues on the next page")
            return
        for line in backward(self.text, TAIL_LINES):
            if self._is_excluded(line.start):
                continue
            if len(line.text) >= 30 and not ENDS_SENTENCE.search(line.text):
                doc.truncated = True
                doc.warn("truncated", doc.source.line_of(line.start),
                         "the last paragraph breaks off mid-sentence")
            return

    def _partial(self) -> None:
        doc = self.doc
        if doc.outline and doc.outline[0].ordinal not in (None, 1):
            doc.partial = True
        if self._page_of and self._page_of[0] > 1:
            if not doc.partial:
                doc.warn("partial-start", None, f"this is page {self._page_of[0]} of {self._page_of[1]}")
            doc.partial = True

    def _missing_sections(self) -> None:
        doc = self.doc
        if not doc.toc:
            return
        found = {(n.style, n.ordinal, key(n.title, 4)) for n in doc.walk()}
        for entry, tok in zip(doc.toc, self._toc_tokens, strict=True):
            if (tok.style, tok.ordinal, key(entry["title"], 4)) not in found:
                entry["found"] = False
                doc.missing_sections.append(tok.marker)
                doc.warn("missing-section", entry["line"],
                         f"the table of contents lists {entry['text']}, but the body never reaches it")
