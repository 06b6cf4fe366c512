"""PDF via pypdfium2 (PDFium): the text layer, page by page, in reading order.

Line numbers of a PDF refer to its *extracted lines*: the text lines of page 1 top to bottom,
then those of page 2, and so on, numbered from 1 across the whole file (no blank line between
pages). `Source.pages` holds the line each page starts at, so `Source.page_of(line)` gives
(page, line on that page).

Running headers and footers (a line at the same height, with the same words up to its
numbers, at the top or bottom of most pages) and page numbers (`- 3 -`, `第 3 页`, `3/12` as a
page's first or last line) are page furniture: kept in the text, on lines of their own, and
removed by the clean-up with a reason (`chrome`, or `counter` for the page-number shapes the
noise rules know). The furniture lines follow the body text, so that a paragraph (or a marker
and its heading) that runs over a page break reads on as one.

Hard wraps are re-joined from the geometry PDFium gives: a line that reaches the right edge of
the text column continues in the next line unless that one is indented (in documents that
indent their paragraphs) or, in documents that do not, starts with a marker after a sentence
end; a title set larger than the text and centred continues on the line right below. `join=False` keeps every PDF line as a line.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, NamedTuple

from ..errors import InputError, MissingDependency
from ..source import Piece, Source, SourceWarning, from_pieces

MAX_PAGES = 10_000
_PAGE_NUMBER = re.compile(
    r"^[-—–－·•\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–－·•\s]*$|"
    r"^(?:page\s*)?\d{1,4}(?:\s*of\s*\d{1,4})?$|^[ivxlc]{1,6}$", re.I)
_DIGITS = re.compile(r"\d+")
_INDENT_CHARACTERS = " \t\u3000"
EDGE_LINES = 2  # lines at the top and the bottom of a page that may be furniture


class Line(NamedTuple):
    text: str
    left: float
    right: float
    bottom: float  # of its first character's box
    width: float  # of its first character: about one em


def _open(data: bytes) -> Any:
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        raise MissingDependency("pypdfium2") from None
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise InputError("this PDF is encrypted and needs a password: decrypt it first "
                             "(e.g. qpdf --decrypt --password=… in.pdf out.pdf)") from None
        if code == raw.FPDF_ERR_SECURITY:
            raise InputError("this PDF uses an unsupported security handler") from None
        raise InputError("not a readable PDF: the file is damaged or incomplete") from None


def _page_lines(page: Any) -> list[Line]:
    """The page's text lines with their geometry, top to bottom."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        count = textpage.count_chars()
        lines: list[Line] = []
        pos = 0
        for raw_line in re.split(r"(\r\n|\r|\n)", text):
            if raw_line in ("\r\n", "\r", "\n"):
                pos += len(raw_line)
                continue
            start, end = pos, pos + len(raw_line)
            pos = end
            first = start + len(raw_line) - len(raw_line.lstrip())
            last = end - 1 - (len(raw_line) - len(raw_line.rstrip()))
            if first > last:
                continue
            if len(text) == count:  # indices of the text are character indices of the page
                # loose boxes: the advance width and the font's height, not the ink
                l0, b0, r0, _ = textpage.get_charbox(first, loose=True)
                _, _, r1, _ = textpage.get_charbox(last, loose=True)
                lines.append(Line(raw_line, l0, max(r0, r1), b0, r0 - l0))
            else:  # no geometry: keep the order PDFium gives
                lines.append(Line(raw_line, 0.0, 0.0, -float(len(lines)), 0.0))
    finally:
        textpage.close()
    # reading order: top to bottom, left to right on one height (furniture drawn first in the
    # content stream comes to its place)
    return sorted(lines, key=lambda ln: (-round(ln.bottom / 3), ln.left))


def _furniture(pages: list[list[Line]]) -> list[set[int]]:
    """Indices of the furniture lines of each page."""
    def key(line: Line) -> tuple[str, int]:
        return _DIGITS.sub("#", line.text.strip()), round(line.bottom / 3)

    def edges(lines: list[Line]) -> list[int]:
        n = len(lines)
        return sorted(set(range(min(EDGE_LINES, n))) | set(range(max(0, n - EDGE_LINES), n)))

    seen: Counter[tuple[str, int]] = Counter()
    for lines in pages:
        seen.update({key(lines[i]) for i in edges(lines)})
    text_pages = sum(1 for lines in pages if lines)
    repeated = max(2, (text_pages + 1) // 2)
    out: list[set[int]] = []
    for lines in pages:
        found: set[int] = set()
        n = len(lines)
        for i in edges(lines):
            line = lines[i].text.strip()
            outermost = i in (0, n - 1)
            if (seen[key(lines[i])] >= repeated and len(line) <= 60) or (outermost and _PAGE_NUMBER.match(line)):
                found.add(i)
        # a page number outside a running header (`2024年政府工作报告 · 3`, then a footer)
        out.append(found)
    return out


class _Column:
    """Where the text column of the document lies, for telling wraps from paragraph ends."""

    def __init__(self, lines: list[Line]) -> None:
        body = [ln for ln in lines if ln.width > 0]
        self.em = sorted(ln.width for ln in body)[len(body) // 2] if body else 0.0
        lefts = Counter(round(ln.left) for ln in body)
        # the column's edge: the leftmost position many lines share (indented first lines and
        # one-line headings can outnumber the wrapped lines)
        many = max(2, len(body) // 20)
        edge = [x for x, n in lefts.items() if n >= many] or list(lefts)
        self.left = float(min(edge)) if edge else 0.0
        rights = sorted(ln.right for ln in body)
        self.right = rights[int(0.9 * (len(rights) - 1))] if rights else 0.0
        indented = sum(1 for ln in body if ln.left >= self.left + 1.5 * self.em)
        self.uses_indent = indented >= 3 and self.em > 0

    def full(self, line: Line) -> bool:
        return self.em > 0 and line.right >= self.right - 1.6 * self.em and line.left < self.left + 2.5 * self.em

    def _title_lines(self, prev: Line, line: Line) -> bool:
        """A title set larger than the text and centred, wrapped onto the line right below."""
        size = prev.width
        centre = (self.left + self.right) / 2

        def centred(ln: Line) -> bool:
            return abs((ln.left + ln.right) / 2 - centre) <= 1.5 * size

        return (self.em > 0 and size >= 1.15 * self.em and abs(line.width - size) <= 0.1 * size
                and 0 < prev.bottom - line.bottom <= 1.8 * size and centred(prev) and centred(line))

    def indented(self, line: Line) -> bool:
        """A paragraph's first line set in from the column's edge, in a document that indents
        its paragraphs (the `　　` of its text)."""
        return self.uses_indent and line.left >= self.left + 1.0 * self.em

    def continues(self, prev: Line, line: Line) -> bool:
        from ..reflow import starts_a_paragraph

        if self._title_lines(prev, line):
            return True
        if not self.full(prev) or line.left < self.left - 0.5 * self.em:
            return False
        if self.indented(line):
            return False  # an indented first line
        return not starts_a_paragraph(prev.text, line.text, self.uses_indent, short=not self.full(line))


def read_pdf(data: bytes, path: str | None = None, join: bool = True) -> Source:
    """The Source of a PDF: its extracted lines joined into paragraphs, furniture hinted."""
    from ..cleaning.noise import classify

    pdf = _open(data)
    try:
        if len(pdf) > MAX_PAGES:
            raise InputError(f"refused: the PDF has {len(pdf)} pages (more than {MAX_PAGES})")
        pages = [_page_lines(pdf[i]) for i in range(len(pdf))]
    except InputError:
        raise
    except Exception:  # PDFium fails on a page whose content is broken
        raise InputError("not a readable PDF: a page's content is damaged") from None
    finally:
        pdf.close()
    if not any(pages):
        raise InputError("this PDF has no text layer (a scan?): speechparse reads the text of a PDF; "
                         "run OCR first (e.g. ocrmypdf in.pdf out.pdf)")
    furniture = _furniture(pages)
    column = _Column([ln for k, lines in enumerate(pages) for i, ln in enumerate(lines) if i not in furniture[k]])
    pieces: list[Piece] = []
    furniture_pieces: list[Piece] = []
    page_starts: list[int] = []
    number = 0
    prev: Line | None = None
    for k, lines in enumerate(pages):
        page_starts.append(number + 1)
        for i, line in enumerate(lines):
            number += 1
            if i in furniture[k]:
                furniture_pieces.append(Piece(line.text.strip(), number))
                continue
            joins = join and prev is not None and column.continues(prev, line)
            text = line.text
            if not joins and column.indented(line) and text[:1] not in _INDENT_CHARACTERS:
                # the indent a PDF draws is the text's `　　`: a paragraph is told from a flush
                # heading by it, as in the text the PDF was made from
                text = "\u3000\u3000" + text
            pieces.append(Piece(text, number, joins))
            prev = line
    # furniture goes after the body, out of its way: a paragraph or a marker split by a page
    # break reads on as one; `line_of` still answers the furniture's own lines
    chrome = [len(pieces) + i for i, piece in enumerate(furniture_pieces)
              if classify(piece.text, True) is None]  # the noise rules name page numbers
    pieces += furniture_pieces
    src = from_pieces(pieces, path, "pdf")
    src.hints = {i + 1: "chrome" for i in chrome}  # keyed like the clean-up reads them: by piece
    src.pages = page_starts
    empty = [k + 1 for k, lines in enumerate(pages) if not lines]
    if empty:
        shown = ", ".join(map(str, empty[:10])) + (" …" if len(empty) > 10 else "")
        src.warnings.append(SourceWarning("pdf-page-without-text", None,
                                          f"{len(empty)} page(s) have no text layer (scanned?): {shown}"))
    if not src.text.strip():
        raise InputError("no text found in this PDF")
    return src
