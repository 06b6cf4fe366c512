"""Tables of contents: a `提纲`/`目录` block, or a run of bare headings that the body repeats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import TocEntry
from ..numerals import cn_to_int
from ..punct import HAN
from ..regex_cache import compile as compile_re
from ..tokenizer import Token
from .lines import WS, Line, forward, line_at
from .noise import PAGE_NUMBER_AT_END, has_page_leader

if TYPE_CHECKING:
    from ..cleanup import Cleanup

HEAD_SCAN_LINES = 120   # a TOC sits near the top
BARE_ENTRY_LEN = 40     # an unlabelled TOC entry is a short heading
# `提纲` / `目录` / `讲话提纲` / `【党课提纲】`: a label, bracketed or not, naming what it outlines
TOC_LABEL = compile_re(rf"^[【〔\[［（(]?(?:(?:(?:[A-Za-z]|{HAN})[ \u3000]?){{0,6}}?提\s*[纲綱]|目\s*[录錄]|内容提要|讲话要点|講話要點|(?i:agenda|contents|outline))"
                       rf"(?:\s*[/／|｜]\s*(?:{HAN}{{0,4}}提[纲綱]|目[录錄]|(?i:agenda|contents|outline)))?"
                       r"[】〕\]］）)]?\s*(?:[（(](?:点击)?(?:展开|收起|查看)[^（()）\n]{0,4}[）)])?"  # a page's `（点击展开）`
                       r"\s*[:：]?(?:\[编辑\])?$")
# an entry of a wiki page's contents box, copied as text: the section number, a tab, the heading
_WIKI_ENTRY = compile_re(r"^[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\t+\S")
# an entry of a slide deck's agenda: `Part 1 / 第一部分　……`
_PART_ENTRY = compile_re(r"^(?i:part|section|chapter)\s*\d{1,2}\s*[/／|｜:：.．]?\s*\S")
MAX_ENTRY_LEN = 60
# a Markdown list's TOC entry names the section by its own number: `1. [一](#一)　……`, `2. 二、……`
_INNER_NUMBER = compile_re(r"^([一二三四五六七八九十]{1,3})(?:[、．.]|[ \u3000]+)")
_PUNCT = compile_re(r"[，,、。；;：:\s\u3000“”\"'‘’]")


def key(title: str, n: int = 6) -> str:
    return _PUNCT.sub("", title)[:n]


def repeated_later(entry: Token, entry_title: str, later: list[Token], titles: dict[int, str]) -> bool:
    want = key(entry_title, 4)
    for t in later:
        if t.style == entry.style and t.ordinal == entry.ordinal and not t.inline:
            if key(titles[id(t)], 4) == want:
                return True
    return False


# --- finding the TOC (works on the shared clean-up state) ---------------------------------

def find_toc(c: Cleanup, head: list[Line], tokens: list[Token]) -> None:
    """A labelled block (`提纲：` then marker lines) or a run of bare headings at the top
    that the body repeats: recorded as `doc.toc`, excluded from the outline."""
    if not head:
        return
    head_end = head[-1].end
    # (a label, and a deck's unnumbered `Part 1 / ……` entries, may come after a long lead paragraph)
    candidates = [ln for ln in forward(c.text, 0, HEAD_SCAN_LINES)
                  if ln.start <= head_end or ln.start in c.line_tokens or TOC_LABEL.match(ln.text)
                  or _PART_ENTRY.match(ln.text)]
    entries: list[Line] = []
    labelled = False
    for line in candidates:
        if line.start in c.removed_starts:
            continue
        if TOC_LABEL.match(line.text):
            # every line after the label, the body's first paragraph too (it ends the block)
            entries = _labelled_block(c, list(forward(c.text, line.end + 1, HEAD_SCAN_LINES)))
            if entries and not _CONTENTS_LABEL.search(line.text) and not _body_repeats(c, entries) \
                    and not _prose_after(c, entries[-1].end):
                # `## 讲话要点` over points, then only short lines that never take them up again:
                # the outline is the document (a 目录 the body never reaches is a cut-off page's;
                # a note-taker's 讲话要点 above the speech's full text lists it in other words)
                entries = []
                break
            if entries:
                _toc_line(c, line)
                c.toc_label_at = line.start
                labelled = True
                break
            # (a label whose entries were all removed, `## 目录` over anchor links: a 提纲 may follow)
    if not labelled:
        entries = _bare_heading_run(c, candidates, tokens, head_end)
    for line in entries:
        tok = c.line_tokens.get(line.start)
        _toc_line(c, line)
        # (an entry without a marker, `附：……指标完成情况……11`, is listed with its page number gone)
        title = token_title(c.text, tok) if tok is not None else PAGE_NUMBER_AT_END.sub("", line.text).strip(WS)
        marker = tok.marker if tok else ""
        wiki = _WIKI_ENTRY.match(title) if tok is None else None
        if wiki is not None:  # (`1.1	（一）……`: the wiki's section number, then the heading it lists)
            marker, title = title.split("\t", 1)[0], title.split("\t", 1)[1].strip(WS + "\t")
        c.doc.toc.append(TocEntry(c.doc.source.line_of(line.start), line.text, marker, title))
        c.toc_tokens.append(tok)


def report_missing_sections(c: Cleanup) -> None:
    """TOC entries the body never reaches (the page was cut off) become warnings."""
    doc = c.doc
    if not doc.toc:
        return
    # (reached under another marker too: the slides' `一、……` is the speech's `第一，……`)
    wants = []  # per entry: the (ordinal, title key) pairs that count as reaching it
    for entry, tok in zip(doc.toc, c.toc_tokens, strict=True):
        inner = _INNER_NUMBER.match(entry.title)
        # `1. [一](#一)　落实……`: the list's number, then the section's (`## 一`)
        by_inner = [] if inner is None else [(cn_to_int(inner[1]), key(entry.title[inner.end():], 4)),
                                             (cn_to_int(inner[1]), "")]
        wants.append((by_inner, None if tok is None else (tok.ordinal, key(entry.title, 4))))
    wanted = {k for by_inner, own in wants for k in (*by_inner, own) if k is not None}
    # memory: only the nodes' keys that some entry wants, not one per node of a huge outline
    found = {k for n in doc.walk() if (k := (n.ordinal, key(n.title, 4))) in wanted}
    for (by_inner, own), entry, tok in zip(wants, doc.toc, c.toc_tokens, strict=True):
        if any(k in found for k in by_inner):
            continue
        if tok is not None and own not in found:
            entry.found = False
            doc.missing_sections.append(tok.marker)
            doc.warn("missing-section", entry.line,
                     f"the table of contents lists {entry.text}, but the body never reaches it")




def token_title(text: str, tok: Token) -> str:
    """The rest of the marker's line, less a page number: what a TOC entry names."""
    line = line_at(text, tok.mend)
    return PAGE_NUMBER_AT_END.sub("", text[tok.mend:line.end].strip(WS + "：:")).strip(WS + "：:")


def _toc_line(c: Cleanup, line: Line) -> None:
    c.doc.toc_spans.append((line.start, line.end))
    c.exclude((line.start, line.end))
    c.toc_starts.add(line.start)


def _labelled_block(c: Cleanup, lines: list[Line]) -> list[Line]:
    """The short marker lines after the label, up to the first body paragraph or the first
    entry that starts the list over: the body's own `一、` directly after the TOC repeats
    an entry (its top style does not continue, or its title was listed already)."""
    out: list[Line] = []
    listed: set[tuple[str, int | None, str]] = set()
    top_style: str | None = None  # the first entry's style: the TOC's top level
    last_top: int | None = None   # the top level's last ordinal (skips allowed, no going back)
    for k, line in enumerate(lines):
        tok = c.line_tokens.get(line.start)
        if line.start in c.removed_starts:
            if tok is not None:  # an entry that is a link, removed as chrome: listed all the same
                listed.add((tok.style, tok.ordinal, key(token_title(c.text, tok), 4)))
                if top_style is None:
                    top_style = tok.style
                if tok.style == top_style and tok.ordinal is not None:
                    last_top = tok.ordinal
            continue
        if tok is None and len(line.text) <= MAX_ENTRY_LEN and (
                has_page_leader(line.text) or _PART_ENTRY.match(line.text) or _WIKI_ENTRY.match(line.text)):
            # `附：……完成情况……………11` / `写在前面（代序）……1`: an entry without a marker, with its page; a deck's
            # `Part 2 / 第二部分　……`; a wiki's `1.1	（一）……` (its section number, a tab, the heading)
            out.append(line)
            continue
        if tok is None and not out and not listed and line.text.endswith(("：", ":")):
            continue  # (`讲了四点意见，我按顺序重新编了号：` between the label and its entries)
        if tok is None and out and _BACK_ENTRY.match(line.text) and k + 1 < len(lines) \
                and _repeats_an_entry(c, lines[k + 1], listed):
            out.append(line)  # `附件` last, unnumbered, then the body's `一、` repeating the first entry
            break
        if tok is None or (len(line.text) > MAX_ENTRY_LEN and not has_page_leader(line.text)):
            break  # (an entry's leader dots to its page may fill the line: `第四节 公司治理 ……… 38`)
        entry = (tok.style, tok.ordinal, key(token_title(c.text, tok), 4))
        if entry in listed:
            break
        if top_style is None:
            top_style = tok.style
        if tok.style == top_style and tok.ordinal is not None:
            if last_top is not None and tok.ordinal <= last_top:
                break
            last_top = tok.ordinal
        listed.add(entry)
        out.append(line)
    return out


_CONTENTS_LABEL = compile_re(r"目\s*[录錄]|(?i:contents)")


def _body_repeats(c: Cleanup, entries: list[Line]) -> bool:
    """Does the text after the block take up one of its entries: a line item with its words,
    under any marker (the slides' `一、……` is the lecture's `第一个问题，……`), or a line that opens
    with them?"""
    titles = {key(token_title(c.text, tok), 4) for line in entries if (tok := c.line_tokens.get(line.start))}
    titles.discard("")
    after = entries[-1].end
    if any(key(token_title(c.text, tok), 4) in titles for start, tok in c.line_tokens.items() if start > after):
        return True
    return any(key(line.text, 4) in titles for line in forward(c.text, after + 1, HEAD_SCAN_LINES * 4))


PROSE_CHARS, PROSE_LINES = 80, 3  # a text of speech after the block: this many lines this long


def _prose_after(c: Cleanup, at: int) -> bool:
    return sum(1 for line in forward(c.text, at + 1) if len(line.text) >= PROSE_CHARS) >= PROSE_LINES


# the unnumbered last entries of a contents list (`附件`, `附录`, `后记`)
_BACK_ENTRY = compile_re(r"^(?:附\s*件|附\s*录|附\s*表|后\s*记|结束语|结\s*语|参考文献)[0-9一二三四五六七八九十]{0,2}$")


def _repeats_an_entry(c: Cleanup, line: Line, listed: set[tuple[str, int | None, str]]) -> bool:
    tok = c.line_tokens.get(line.start)
    return tok is not None and (tok.style, tok.ordinal, key(token_title(c.text, tok), 4)) in listed


def _only_removed_between(c: Cleanup, end: int, start: int) -> bool:
    """Are the lines between offsets `end` and `start` blank or removed ones?"""
    for line in forward(c.text, end + 1):
        if line.start >= start:
            return True
        if line.start not in c.removed_starts:
            return False
    return True


def _bare_heading_run(c: Cleanup, lines: list[Line], tokens: list[Token], head_end: int) -> list[Line]:
    """The first run of >= 2 short, consecutive same-style marker lines at the top, if the
    body repeats most of them."""
    run: list[Line] = []
    for line in lines:
        if line.start in c.removed_starts:
            continue
        tok = c.line_tokens.get(line.start)
        # (an entry names its heading: `第一，` alone on its line, its words on the next, is the
        # body's; and the entries stand together, nothing but removed lines between them)
        if tok is not None and tok.ordinal is not None and len(line.text) <= BARE_ENTRY_LEN \
                and token_title(c.text, tok):
            prev = c.line_tokens[run[-1].start] if run else None
            if prev is None or (tok.style == prev.style and prev.ordinal is not None
                                and tok.ordinal == prev.ordinal + 1 and _only_removed_between(c, run[-1].end, line.start)):
                run.append(line)
                continue
        if len(run) >= 2:
            break
        run = []
        if line.start > head_end:
            break
    if len(run) < 2:
        return []
    run_tokens = [c.line_tokens[ln.start] for ln in run]
    wanted = {(t.style, t.ordinal) for t in run_tokens}
    later = [t for t in tokens
             if not t.inline and t.start > run[-1].end and (t.style, t.ordinal) in wanted]
    titles = {id(t): token_title(c.text, t) for t in later}
    repeated = sum(1 for t in run_tokens if repeated_later(t, token_title(c.text, t), later, titles))
    return run if repeated >= 2 and repeated * 2 >= len(run) else []
