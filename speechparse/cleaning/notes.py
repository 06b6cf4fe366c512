"""Footnotes and endnotes after the body (`① 参见《……》，第269页。`, `[1] ……`): `doc.notes`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazy_re import lazy
from ..model import Note
from ..punct import PIECE_DATE_LINE, SENTENCE_END
from ..regex_cache import compile as compile_re
from .frontmatter import SALUTATION
from .lines import Line, forward, line_at, previous_line
from .noise import FOOTNOTE_LINES, is_page_number

if TYPE_CHECKING:
    from ..cleanup import Cleanup

NOTE_LINE = compile_re(r"^(?:[①-⑳]|\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|注\s*\d{0,3}\s*[:：]|"
                       r"\[\^[^\]\s]{1,20}\]:|\d{1,3}[.．]\s*[\^↑])\s*(?P<text>\S.*)$")  # (a wiki's `1. ^ ……`)
# a numbered note that opens with its bracketed call (`4. 〔4〕……`): a note's number and call
_CALL_AFTER_NUMBER = compile_re(r"^\s*\d{1,3}[.．、]\s*〔\d{1,3}〕")
# a Markdown footnote definition (`[^1]: ……`) is a note by its syntax, citation or not
MARKDOWN_NOTE = "[^"
# a label may sit in brackets: `〔注释〕` `【注释】` `[注]`
_OPEN, _CLOSE = r"[〔【\[［（(]?", r"[〕】\]］）)]?"
GLOSSARY_LABEL = lazy(rf"^(?:附\s*[:：]\s*)?{_OPEN}(?:名[词詞]解[释釋]|名[词詞][注註][释釋]|名[词詞]术语解释|[注註]\s*[释釋]|附[注註]){_CLOSE}\s*[:：]?$")
# (`说明` / `声明` then `1.……` `2.……` at the end: the editor's notes on the text, not its items)
NOTE_LABEL = lazy(rf"^(?:附\s*[:：]\s*(?=名))?{_OPEN}(?:名[词詞]解[释釋]|[注註]\s*[释釋]|[注註]|附[注註]|尾[注註]|原[注註]|脚[注註]|腳[注註]|校[注註]|校勘[记記]|编者[注註]|編者[注註]|参考文献|參考文獻|参考资料|參考資料|[说說]明|[声聲]明|[备備][注註]){_CLOSE}"
                  r"\s*[:：]?(?:\[编辑\])?$")  # (a wiki heading keeps its `[编辑]` link)
# ... or an editor's note that says something itself, then its numbered points
LABEL_WITH_TEXT = lazy(r"^(?P<label>编者注|编者按|编后|编者的话|注|说明|备注)\s*[:：]\s*\S")
# a bracketed note of its own among numbered ones (`（注：……）`)
ASIDE_NOTE = lazy(r"^[（(][注註]\s*[:：].*[）)]$")
# a note cites something; a circled-number item of the speech does not look like this
CITATION = lazy(r"《|参见|见|第\s*\d+(?:\s*[—\-–~]\s*\d+)?\s*页|出版社|年版|\d{4}\s*年|卷|P\.?\s*\d+")
MAX_NOTE_BLOCKS = 3  # labelled blocks of notes after the body (注释, 参考文献, 校勘记 …)
_PIECE_DATE = lazy(PIECE_DATE_LINE)
_QUOTED = lazy(r"[“\"]([^”\"\n]{1,16})[”\"]")
# a table's own notes anywhere in the text: `附註：` (`注：1.资料来源……`) right under its rows, and
# the lines under it that go on its count (`①……` `②……`; `2.……` after `附註：1.……`); the body goes on after
TABLE_NOTE_LABEL = lazy(r"(?m)^[ \t\u3000]*(?:附[注註]|[注註]|[说說]明|资料来源|資料來源)[ \t\u3000]*[:：]")
_TABLE_ROW = lazy(r"\S(?:[ \u3000]{2,}|\t)\S.*?(?:[ \u3000]{2,}|\t)\S|\|.*\|")
_NOTE_NUMBER = lazy(r"(?:(?P<circled>[①-⑳])|(?P<arabic>[0-9０-９]{1,2})[.．、])")


# only a source citation has a page number or a publisher: a speech's own ① item does not
STRONG_CITATION = lazy(r"第\s*\d+(?:\s*[—\-–~]\s*\d+)?\s*页|出版社|\d{4}\s*年\s*版|年版")


# what follows a text's notes on a page without being one: the speaker's biography
NOT_A_NOTE = lazy(r"^(?:报告人|作者|主讲人|讲话人|演讲人|发言人)?简介[:：]")
# an editor's note (`编者注：……`) numbers its own points as lists do, never as a speech's headings
NOTE_POINT_FAMILIES = frozenset({"arabic", "arabic-paren", "circled"})
DEFINED_TERM_CHARS = 20  # `①“共富工坊”：……`: the term a footnote defines is short
MARK_DISTANCE = 3000    # ... and the body marked it (`“共富工坊”①`) on the page before
ENDNOTE_CHARS = 2000    # an endnote for a mark is among the text's last characters
_NOT_A_WORD = "：:；;，,。、 \t\u3000\n（(【[“"

ARROW = "↑"  # a web page's back link to the note's mark: the note follows it
ARROW_TEXT_LINES = 3    # the note's text after a bare `↑`, split over lines by its links
ARROW_TEXT_CHARS = 400  # a longer text after the last `↑` is speech, not its note
TRAILER_LINES = 3   # notes at the end may have this many short lines after them (a running footer)
TRAILER_CHARS = 60


def find_notes(c: Cleanup, tail_lines: int) -> None:
    """`↑` footnotes at the very end, the run of citation-like numbered lines before them
    (noise may follow both), and circled-number citations left between paragraphs where a
    PDF's page ended."""
    arrows = _arrow_notes(c, tail_lines)
    tables = _table_notes(c)
    taken = {ln.start for note in arrows + tables for ln in note}
    labelled: list[list[Line]] = []
    before: int | None = None
    for _ in range(MAX_NOTE_BLOCKS):  # `注释：①……` then `参考文献：[1]……`: each labelled block, last first
        block, before = _labelled_block(c, tail_lines, taken, before)
        if not block:
            break
        labelled = block + labelled
        taken.update(ln.start for note in block for ln in note)
    found = [] if labelled else _trailing_notes(c, tail_lines, taken)
    backlinked = [] if labelled or found else _backlinked_notes(c, tail_lines, taken)
    taken.update(ln.start for ln in backlinked)
    glossary = [] if found or labelled else _glossary(c, tail_lines, taken)
    seen = {ln.start for ln in found + glossary} | taken
    for start, tok in c.line_tokens.items():
        if tok.style == "circled" and start not in seen and not _claimed(c, start) \
                and start not in c.removed_starts:
            line = line_at(c.text, start)
            m = NOTE_LINE.match(line.text)
            if m and (STRONG_CITATION.search(m.group("text")) or _defines_a_mark(c.text, line, m.group("text"))
                      or _endnote_of_a_mark(c.text, line) or _foot_of_a_page(c.text, line)):
                found.append(line)
    notes: list[tuple[int, str, str, list[Line]]] = []  # (start, marker, text, lines)
    for line in found:
        m = NOTE_LINE.match(line.text)
        assert m is not None
        lines = [line, *_runs_on_to_the_page_number(c, line)]
        notes.append((line.start, line.text[: m.start("text")].strip(), "\n".join([m.group("text")] +
                      [ln.text for ln in lines[1:]]), lines))
    for line in glossary:
        marker = c.line_tokens[line.start].marker
        notes.append((line.start, marker, line.text[len(marker):].strip(), [line]))
    for line in backlinked:
        marker = c.line_tokens[line.start].marker
        notes.append((line.start, marker, line.text[len(marker):].rstrip(" \t\u3000" + ARROW).strip(), [line]))
    for note in arrows:
        text = "".join([note[0].text[len(ARROW):].strip(), *(ln.text for ln in note[1:])])
        notes.append((note[0].start, ARROW, text, note))
    for table in tables:
        said = TABLE_NOTE_LABEL.match(table[0].text)
        assert said is not None
        # (the label and what it says, `注：` `1.以上数据……`, as an editor's note with text; a label alone is one)
        rest = table[0].text[said.end():].strip(" \t\u3000")
        notes.append((table[0].start, said.group().strip() if rest else "", rest or table[0].text, table[:1]))
        for row in table[1:]:
            number = _NOTE_NUMBER.match(row.text)
            assert number is not None
            notes.append((row.start, number.group(), row.text[number.end():].strip(), [row]))
    for note in labelled:
        m = NOTE_LINE.match(note[0].text)
        opener = c.line_tokens.get(note[0].start)
        said = LABEL_WITH_TEXT.match(note[0].text)
        marker = note[0].text[: m.start("text")].strip() if m else opener.marker if opener else \
            note[0].text[: said.end() - 1].strip() if said else ""
        text = "\n".join([note[0].text[len(marker):].strip(), *(ln.text for ln in note[1:])])
        notes.append((note[0].start, marker, text, note))
    for start, marker, text, lines in sorted(notes, key=lambda n: n[0]):
        c.doc.notes.append(Note(c.doc.source.line_of(start), marker, text))
        for line in lines:
            c.doc.note_spans.append((line.start, line.end))
            c.exclude((line.start, line.end))
    c.doc.notes.sort(key=lambda note: note.line)  # (a label first, above its notes)


def _table_notes(c: Cleanup) -> list[list[Line]]:
    """Each table's notes (see TABLE_NOTE_LABEL): its label line first, then its numbered lines."""
    text = c.text
    if not any(word in text for word in ("注：", "註：", "注:", "注 ：", "說明：", "说明：", "说明:", "来源：", "來源：")):
        return []
    blocks: list[list[Line]] = []
    for m in TABLE_NOTE_LABEL.finditer(text):
        label = line_at(text, m.end())
        row = previous_line(text, label.start)
        if row is None or label.start in c.removed_starts or _claimed(c, label.start) or not _TABLE_ROW.search(row.text):
            continue
        first = _NOTE_NUMBER.match(text[m.end():label.end].strip(" \t\u3000"))
        kind = first.lastgroup if first else None
        count = _note_number(first) if first else 0
        block = [label]
        for line in forward(text, label.end + 1):
            number = _NOTE_NUMBER.match(line.text)
            if number is None or (kind is not None and number.lastgroup != kind) or _note_number(number) != count + 1 \
                    or _claimed(c, line.start) or line.start in c.removed_starts:
                # (each character has one place: the TOC's line is the TOC's, a removed one the noise's)
                break
            block.append(line)
            kind, count = number.lastgroup, count + 1
        if first is not None or len(block) > 1:
            blocks.append(block)
    return blocks


def _note_number(m: re.Match[str]) -> int:
    circled = m.group("circled")
    return ord(circled) - ord("①") + 1 if circled else int(m.group("arabic").translate(_FULL_WIDTH_DIGITS))


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _label(c: Cleanup, line: Line) -> None:
    """The notes' label (`名词解释：` `注释`): a note without a marker, so that it is kept."""
    c.doc.notes.append(Note(c.doc.source.line_of(line.start), "", line.text))
    c.doc.note_spans.append((line.start, line.end))
    c.exclude((line.start, line.end))


def _endnote_of_a_mark(text: str, line: Line) -> bool:
    """`① 本篇原无标题，……` near the end, for a `……记录稿整理①` before it: the mark sits after a
    word (an inline list's `①` follows `：` or `；`), so this line is its endnote."""
    if line.start < len(text) - ENDNOTE_CHARS:
        return False
    # only notes follow it to the end (a list of ① items goes on with the speech's text)
    if any(not ("①" <= rest.lstrip(" \t\u3000")[:1] <= "⑳") for rest in text[line.end:].split("\n")
           if rest.strip()):
        return False
    mark = line.text[0]
    at = text.rfind(mark, max(0, line.start - MARK_DISTANCE), line.start)
    return at > 0 and text[at - 1] not in _NOT_A_WORD


def _foot_of_a_page(text: str, line: Line) -> bool:
    """`①《……条例》于……施行。` where a PDF's page ended: only circled notes, then the page's
    number (`— 1 —`), follow it, and the body marked it after a word (`……条例》①，`) on the
    page before. A speech's own `①` item goes on with the speech, not with a page number."""
    mark = line.text[0]
    at = text.rfind(mark, max(0, line.start - MARK_DISTANCE), line.start)
    if at <= 0 or text[at - 1] in _NOT_A_WORD:
        return False
    for after in forward(text, line.end + 1):
        if is_page_number(after.text):
            return True
        if not ("①" <= after.text[0] <= "⑳" and NOTE_LINE.match(after.text)):
            return False
    return False


def _runs_on_to_the_page_number(c: Cleanup, line: Line) -> list[Line]:
    """The lines a footnote at a page's foot runs on over (`①……：指……开展的` / `……工作。` / `— 3 —`):
    the few after it that open no item and end at the page's number; none if no number follows."""
    after: list[Line] = []
    for nxt in forward(c.text, line.end + 1, FOOTNOTE_LINES + 1):
        if nxt.start in c.removed_starts and is_page_number(nxt.text):
            return after
        if nxt.start in c.line_tokens or nxt.start in c.removed_starts or len(after) == FOOTNOTE_LINES:
            return []
        after.append(nxt)
    return []


def _term_colon(rest: str) -> int | None:
    """Where the colon after a defined term stands (`“两重”建设：指……`), if the term is short."""
    colon = min((i for i in (rest.find("："), rest.find(":")) if i >= 0), default=-1)
    return colon if 0 < colon <= DEFINED_TERM_CHARS else None


def _free_tail(c: Cleanup, tail_lines: int, taken: set[int] | frozenset[int] = frozenset()) -> list[Line]:
    """The last lines, from the end backwards, that no other place holds: removed noise and
    `taken` lines skipped, up to the front matter or the TOC (notes come after the body)."""
    out: list[Line] = []
    for line in c.last_lines(tail_lines):
        if _claimed(c, line.start):
            break
        if line.start not in c.removed_starts and line.start not in taken:
            out.append(line)
    return out


def _defines_a_mark(text: str, line: Line, rest: str) -> bool:
    """`①“共富工坊”：指……` where the body before has `“共富工坊”①`: the line defines a term
    the text marked with the same circled number (a footnote left where the page ended)."""
    colon = _term_colon(rest)
    if colon is None:
        return False
    term = rest[:colon].strip("“”\"《》 ")
    mark = line.text[0]
    at = text.rfind(mark, max(0, line.start - MARK_DISTANCE), line.start)
    if at <= 0 or not term:
        return False
    # (the mark may stand after the quoted words only: `“检护民生”①专项行动` for `“检护民生”专项行动：`)
    quoted = _QUOTED.match(rest)
    words = [term] + ([quoted.group(1)] if quoted else [])
    return any(text.find(w, max(0, at - len(w) - 2), at) >= 0 for w in words)


def _arrow_notes(c: Cleanup, tail_lines: int) -> list[list[Line]]:
    """The `↑` notes that end the text (noise aside), each as its lines: a `↑` line, with its
    text on it or on up to ARROW_TEXT_LINES lines after it, up to the next `↑`."""
    tail = _free_tail(c, tail_lines)
    tail.reverse()
    notes: list[list[Line]] = []
    for line in tail:
        item = c.line_tokens.get(line.start)
        if line.text.startswith(ARROW):
            notes.append([line])
        elif notes and (item is None or item.ordinal is None) and len(notes[-1]) <= ARROW_TEXT_LINES \
                and sum(len(ln.text) for ln in notes[-1]) + len(line.text) <= ARROW_TEXT_CHARS:
            notes[-1].append(line)
        else:
            notes = []  # text that is not a note's: the notes, if any, come after it
    return [note for note in notes if len(note) > 1 or note[0].text != ARROW]


def _backlinked_notes(c: Cleanup, tail_lines: int, taken: set[int]) -> list[Line]:
    """`1. ……文件。 ↑` `2. …… ↑` ending the text (noise aside): numbered notes, each with the
    back link to its mark at its end (Word footnotes as mammoth and other converters write them)."""
    found: list[Line] = []
    after = 0  # short lines after the notes (a rule, an imprint: `……印发`, `（共印120份）`)
    for line in _free_tail(c, tail_lines, taken):
        tok = c.line_tokens.get(line.start)
        if tok is None or tok.ordinal is None or not line.text.rstrip().endswith(ARROW):
            if found or not _trails(line, after):
                break
            after += 1
            continue
        found.append(line)
    return found if found and c.line_tokens[found[-1].start].ordinal == 1 else []


def _trails(line: Line, after: int) -> bool:
    """May `line` be one of the few short lines after a text's notes (a running footer, an
    imprint), `after` of them already passed? Not a notes label: that opens the notes."""
    return after < TRAILER_LINES and len(line.text) <= TRAILER_CHARS \
        and not (_may_label(line.text) and NOTE_LABEL.match(line.text))


def _claimed(c: Cleanup, start: int) -> bool:
    """A line the front matter or the TOC already holds (each character has one place)."""
    return start in c.front_starts or start in c.toc_starts


def _labelled_block(c: Cleanup, tail_lines: int, taken: set[int],
                    before: int | None = None) -> tuple[list[list[Line]], int | None]:
    """`注释` on a line, then `〔1〕……` `〔2〕……` to the end (or to the label of the block after
    it, `before`): every line after the label is a note's (a note may run on over lines of its
    own, even ones that open with `一、`). Returns the notes and where their label starts."""
    tail = _free_tail(c, tail_lines, taken)
    if before is not None:
        tail = [line for line in tail if line.start < before]
    labels = (k for k, line in enumerate(tail) if _may_label(line.text)
              and (NOTE_LABEL.match(line.text) or LABEL_WITH_TEXT.match(line.text)))
    for at in labels:
        if not at:
            continue  # nothing after it
        block = _block_under(c, tail, at)
        if block is not None:
            return block
        if not NOTE_LABEL.match(tail[at].text):
            break  # (`注：……` said in the body: the notes, if any, are below it)
        # a label over no notes (`## 参考资料` then a bulleted list): the notes may be above it
    return [], None


def _block_under(c: Cleanup, tail: list[Line], at: int) -> tuple[list[list[Line]], int] | None:
    """The notes under the label `tail[at]` (`tail` runs from the end backwards), or None."""
    label, lines = tail[at], tail[at - 1::-1]
    says = LABEL_WITH_TEXT.match(label.text) is not None
    # the notes are bracketed (`〔1〕`), or a numbered list under the label (`1. ……`)
    first = c.line_tokens.get(lines[0].start)
    # (a list that carries on the notes of an earlier part, `4. 〔4〕……`, shows it by its calls)
    numbered = first is not None and not NOTE_LINE.match(lines[0].text) \
        and (first.ordinal == 1 or _CALL_AFTER_NUMBER.match(lines[0].text) is not None)
    if not (numbered or NOTE_LINE.match(lines[0].text)):
        return None
    if says and numbered and first is not None and first.family.name not in NOTE_POINT_FAMILIES:
        return None  # `注：……` then `第一，……` / `三、……`: an aside in the body, then the speech goes on
    notes: list[list[Line]] = []
    if says:
        notes.append([label])  # the editor's note itself, then its points
    else:
        _label(c, label)
    for k, line in enumerate(lines):
        tok = c.line_tokens.get(line.start)
        if NOT_A_NOTE.match(line.text):
            break  # `报告人简介：……` after the notes: the page's, not a note's
        if k + 1 < len(lines) and _PIECE_DATE.fullmatch(lines[k + 1].text) and not any(ch in SENTENCE_END for ch in line.text):
            break  # a collection's next piece, its title over its date line: its text, not a note's
        if SALUTATION.match(line.text) or _is_title_heading(c, line):
            break  # (`# 政府工作报告` / `各位代表：` after a repository's `说明`: the report, not a note)
        if (numbered and tok is not None and first is not None and tok.style == first.style) or \
                (not numbered and NOTE_LINE.match(line.text) and _opener(line.text) == _opener(lines[0].text)):
            notes.append([line])  # a note opens as the first one does (`〔2〕` as `〔1〕`)
        elif ASIDE_NOTE.match(line.text):
            notes.append([line])  # `（注：本报告数据截至……）` after the numbered ones: a note of its own
        elif _rule_between(c, notes[-1][-1].end, line.start):
            break  # `---` then `本文录入：……`: the page's imprint under the notes, not a note's
        else:
            notes[-1].append(line)
    if at + 1 < len(tail) and ASIDE_NOTE.match(tail[at + 1].text) and not c.line_tokens.get(tail[at + 1].start):
        # `（注：……）` right above the label: the editor's note on the text, one of the notes
        return [[tail[at + 1]], *notes], tail[at + 1].start
    return notes, label.start


# a character or two of every label NOTE_LABEL and LABEL_WITH_TEXT know (`名词解释` `参考资料`
# `說明` `编者按`): what a line must hold to be tried as one
_LABEL_WORDS = ("注", "註", "明", "解", "参考", "參考", "编")


def _rule_between(c: Cleanup, end: int, start: int) -> bool:
    """Does a Markdown rule (`---`, hinted `rule`) stand between two lines?"""
    hints = c.doc.source.hints
    if not hints:
        return False
    text_line = c.doc.source.text_line
    return any(hints.get(n) == "rule" for n in range(text_line(end) + 1, text_line(start)))


def _footnote_part(c: Cleanup, line: Line) -> bool:
    """Did the reader take the line from the document's footnotes (a Word file's footnotes.xml)?"""
    hints = c.doc.source.hints
    return bool(hints) and hints.get(c.doc.source.text_line(line.start)) == "footnote"


def _may_label(text: str) -> bool:
    """A cheap look first: NOTE_LABEL is compiled only for a text with a line like a label
    (a longer line only as a label with its text, `编者注：……` `说明：……`)."""
    return ("注" in text[:4] or "註" in text[:4] or "编" in text[:2] or "明" in text[:3]) if len(text) > 8 else \
        any(word in text for word in _LABEL_WORDS)


def _opener(text: str) -> str:
    """How a note opens, whatever its number: `①`, `[`, `〔`, a digit (`1. ^ ……`)."""
    return "①" if "①" <= text[0] <= "⑳" else "0" if text[0].isdigit() else text[0]


def _glossary(c: Cleanup, tail_lines: int, taken: set[int]) -> list[Line]:
    """`名词解释` then numbered definitions (`1.“两重”建设：指……`) ending the text (noise
    aside): endnotes that explain the speech's terms, not items of it."""
    found: list[Line] = []
    for line in _free_tail(c, tail_lines, taken):
        tok = c.line_tokens.get(line.start)
        if tok is not None and tok.ordinal is not None:
            rest = line.text[len(tok.marker):] if line.text.startswith(tok.marker) else ""
            if _term_colon(rest) is not None:
                found.append(line)
                continue
        if found and GLOSSARY_LABEL.match(line.text):
            _label(c, line)
            return found
        return []
    return []


def _trailing_notes(c: Cleanup, tail_lines: int, taken: set[int]) -> list[Line]:
    found: list[Line] = []
    after = 0  # short lines after the notes: a book's running footer, an imprint
    for line in c.last_lines(tail_lines):
        if _claimed(c, line.start):
            break  # the head of the page: notes come after the body
        if line.start in c.removed_starts or line.start in taken:
            if found:
                break
            continue
        m = NOTE_LINE.match(line.text)
        if m and (CITATION.search(m.group("text")) or line.text.startswith(MARKDOWN_NOTE)
                  or _footnote_part(c, line)):
            found.append(line)
            continue
        if not found and _trails(line, after):
            after += 1
            continue
        if found and NOTE_LABEL.match(line.text):
            _label(c, line)
        break
    return found


def _is_title_heading(c: Cleanup, line: Line) -> bool:
    """Is the line a document's title heading (`# 政府工作报告`, `heading:1`: the reader's evidence)?
    (A lower heading after the notes, `## 参考资料`, is the page's: it stays with them.)"""
    hints = c.doc.source.hints
    return bool(hints) and hints.get(c.doc.source.text_line(line.start)) == "heading:1"
