"""How the text ends and begins: closing remarks, truncation, partial pages."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING

from ..lazy_re import lazy
from ..model import Node
from ..regex_cache import compile as compile_re
from ..tokenizer import line_item
from .lines import Line, backward, forward

if TYPE_CHECKING:
    from ..cleanup import Cleanup

CLOSING_OPENER = compile_re(
    r"^(?:同志[们們]|各位代表|各位委员|各位委員|各位领导|各位領導|各位同志|同事[们們]|朋友[们們]|女士[们們]|同[学學][们們]|老[师師][们們])"
    r"(?:[、，,](?:同志[们們]|同事[们們]|朋友[们們]))?[，,！!]"
    r"|^让我们|^讓我們|^谢谢|^謝謝|^(?:结束语|结语|結束語|結語)[ \t\u3000]*[：:]?$|"
    r"^特此(?:报告|報告|通报|通報|说明|說明|函告|请示|通知)[。！!]?$|^欢迎[^。！\n]{0,30}(?:监督|批评指正|提出意见)|"
    r"^(?:最后|总之)，?(?:我|让我们|希望)|^以上(?:是|就是)?我(?:的|讲的|谈的|说的)|^以上[^。！？\n]{0,12}[，,]\s*请|^(?:好[，,]\s*)?我就(?:讲|说|谈)(?:这些|这么多|到这里)")
ENDS_SENTENCE = compile_re(r"[。！？!?…”\"’）)】」』；;.]$")
# ... and a document's imprint ends whole too: `某某办公室　　2024年9月6日印发`, a date alone
IMPRINT = lazy(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
                     r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*(?:印发|发布|印制|制发|签发)?$")
ATTACHMENTS_LABEL = lazy(r"附件[0-9一二三四五六七八九十]{0,2}[：:]?$")
LIST_LINES = 12  # ... the label of such a list is among the lines before its last entry
NOTE_CALL_END = lazy(r"(?:〔\d{1,3}〕|\[\d{1,3}\]|［\d{1,3}］|[①-⑳])+$")  # `……参与改革。〔4〕`: a note's call
# the title of a report's last part that is itself a call (`团结奋斗，开创……新局面`, `为……而奋斗`)
RALLYING_PART = lazy(r"奋斗|团结|携手|努力|开创|谱写|夺取|奋进|前进|迈进|共创|再创")
SIGN_OFF_INDENT = 16     # columns: a sign-off is set far to the right (a paragraph's indent is 4)
SIGN_OFF_NAME_CHARS = 30
CUT_OFF_MIN_LEN = 30  # a shorter last line is a signature, a date or a heading, not a cut sentence


def _last_node(nodes: list[Node]) -> Node | None:
    node = nodes[-1] if nodes else None
    while node is not None and node.children:
        node = node.children[-1]
    return node


def _lines_between(c: Cleanup, start: int, end: int) -> Iterator[Line]:
    for line in forward(c.text, start):
        if line.start >= end:
            return
        yield line


def find_closing(c: Cleanup) -> None:
    """`同志们，让我们……` / `谢谢大家！` after the last item: the document's closing, taken out
    of the last item's body."""
    doc = c.doc
    last = _last_node(doc.outline)
    if last is None:
        return
    head_para_end = c.text.find("\n", last.head[1])
    if head_para_end == -1:
        return
    start = None
    for line in forward(c.text, head_para_end + 1):
        if not c.is_excluded(line.start) and CLOSING_OPENER.match(line.text):
            start = line.start
            break
    if start is None:
        start = _sign_off(c, head_para_end + 1)
    if start is None:
        return
    if last.parent is None and not last.children and not c.text[last.head[1]:head_para_end].strip() \
            and RALLYING_PART.search(last.title) and not ENDS_SENTENCE.search(last.title) \
            and all(c.is_excluded(ln.start) for ln in _lines_between(c, head_para_end + 1, start)):
        # `十、团结奋斗，开创……新局面` (the last part, a call in its title) / `同志们！……`: the
        # closing call is all that part says, its words, not a closing after it
        return
    for node in doc.walk():
        body_end = node.body_end
        if body_end is not None and body_end > start:
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


def _sign_off(c: Cleanup, start: int) -> int | None:
    """`　　　　……　　财务部` / `　　　　……　2026年1月6日`: the writer's name and the date set to the
    right after the text (a 总结's or a report's sign-off, with no closing words before it):
    where the closing starts. Its date is the document's when the head gave none."""
    lines = [ln for ln in forward(c.text, start) if not c.is_excluded(ln.start)]
    for k, line in enumerate(lines):
        if _indent_width(c.text, line.start) < SIGN_OFF_INDENT or len(line.text) > SIGN_OFF_NAME_CHARS:
            continue
        dated = [ln for ln in lines[k:k + 2] if IMPRINT.search(ln.text) and len(ln.text) <= SIGN_OFF_NAME_CHARS
                 and _indent_width(c.text, ln.start) >= SIGN_OFF_INDENT]
        if dated:
            if c.doc.date is None:
                c.doc.date = dated[0].text
            return line.start
    return None


def _indent_width(text: str, start: int) -> int:
    """Columns of white space a line opens with (an ideographic space is two)."""
    width = 0
    for ch in text[start:start + 4 * SIGN_OFF_INDENT]:
        if ch not in " \t\u3000":
            break
        width += 2 if ch == "\u3000" else 4 if ch == "\t" else 1
    return width


def _content_after(c: Cleanup, offset: int) -> list[Line]:
    return [ln for ln in forward(c.text, offset) if not c.is_excluded(ln.start)]


def check_truncation(c: Cleanup, tail_lines: int) -> None:
    """Truncated: the text stops at a notice, on page k of n < k, or mid-sentence."""
    doc = c.doc
    if c.truncation_at:
        at = max(c.truncation_at)  # a notice between pages, with text after it, is not the end
        if not any(len(ln.text) >= 20 for ln in _content_after(c, at)):
            doc.truncated = True
            doc.warn("truncated", doc.source.line_of(at), "the text stops at a truncation notice")
            return
    pages = c.page_span()
    if pages and pages[1] < pages[2]:
        doc.truncated = True
        doc.warn("truncated", None, f"this is page {pages[1]} of {pages[2]}: the speech continues on the next page")
        return
    lines = backward(c.text, tail_lines)
    for line in lines:
        if c.is_excluded(line.start):
            continue
        if len(line.text) >= CUT_OFF_MIN_LEN and not ENDS_SENTENCE.search(NOTE_CALL_END.sub("", line.text)) \
                and not IMPRINT.search(line.text) and not _ends_a_list(line, list(islice(lines, LIST_LINES))):
            doc.truncated = True
            doc.warn("truncated", doc.source.line_of(line.start), "the last paragraph breaks off mid-sentence")
        return


def _ends_a_list(last: Line, before: list[Line]) -> bool:
    """`附件：` / `1.……主要指标` / `3.关于……的报告`: the last entry of a list of titles (the
    attachments), which ends with no full stop; not a sentence broken off."""
    return line_item(last.text) is not None and any(ATTACHMENTS_LABEL.match(ln.text) for ln in before)


def check_partial(c: Cleanup) -> None:
    """Partial: the outline starts after 一 (the builder warned), or this is page k > 1."""
    doc = c.doc
    if doc.outline and doc.outline[0].ordinal not in (None, 1):
        doc.partial = True
    pages = c.page_span()
    if pages and pages[0] > 1:
        if not doc.partial:
            doc.warn("partial-start", None, f"this is page {pages[0]} of {pages[2]}")
        doc.partial = True
