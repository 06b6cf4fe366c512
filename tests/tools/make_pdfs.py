"""Typeset our fixture speeches as PDFs (fixtures/pdf/), the way a word processor exports them.

    .venv/bin/python tests/tools/make_pdfs.py [FONT.ttc]

A4 pages, the title centred, paragraphs with a two-character first-line indent wrapped at the
column width, a running header (the title) and a page number (`- N -`) on every page. Needs
reportlab (a dev dependency) and, for the files that embed a font, a CJK TrueType font (Debian:
fonts-wqy-microhei); the output is committed, so the tests need neither.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from speechparse.source import read_path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("core", "heldout", "reports", "web")
OUT = ROOT / "fixtures" / "pdf"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
# Adobe's standard Chinese font, referred to but not embedded (the reader's PDF library maps
# its character codes to Unicode with its built-in CMaps): how many Chinese PDFs are made, and
# small files
CID_FONT = "STSong-Light"


def fixture_speeches() -> list[Path]:
    return sorted(p for d in SOURCES for p in (ROOT / "fixtures" / d).glob("*.txt"))


def pdf_name(speech: Path) -> str:
    return f"{speech.parent.name}__{speech.stem}.pdf"


def typeset(speech: Path, out: Path, font_path: str = FONT) -> None:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if font_path == CID_FONT:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        font = CID_FONT
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
    else:
        font = "CJK"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, font_path, subfontIndex=0))
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, firstLineIndent=24,
                          wordWrap="CJK")
    title_style = ParagraphStyle("title", parent=body, fontSize=16, leading=26, alignment=TA_CENTER,
                                 firstLineIndent=0, spaceAfter=8)
    lines = _paragraphs(speech)
    title = lines[0]

    def furniture(canvas, doc) -> None:  # running header and page number, as Word puts them
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, title[:40])
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"- {doc.page} -")
        canvas.restoreState()

    story = [Paragraph(escape(title), title_style)]
    story += [Paragraph(escape(ln), body) for ln in lines[1:]]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm,
                            topMargin=30 * mm, bottomMargin=25 * mm, title=title, author="speechparse fixtures",
                            pageCompression=1, invariant=1)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


# the title's line: A4 less the margins and the frame's padding (6 pt a side), at the title's
# 16 pt (one character is 16 pt wide)
TITLE_LINE_CHARACTERS = int((595.27 - (28 + 26) * 72 / 25.4 - 2 * 6) // 16)


def font_for(speech: Path, ttf: str) -> str:
    """The core fixtures embed a TrueType subset (as Word and LibreOffice do); the others refer
    to the standard font, which keeps the committed files small. A title that wraps embeds too:
    PDFium maps the few characters of its centred second line to text only when the machine has a
    CJK font of its own (a machine without one read `……讲` for `……讲话`), and the fixtures test
    the parser, not the machine's fonts."""
    if speech.parent.name == "core" or len(_title(speech)) > TITLE_LINE_CHARACTERS:
        return ttf
    return CID_FONT


def _title(speech: Path) -> str:
    return next(ln for ln in _paragraphs(speech))


def _paragraphs(speech: Path) -> list[str]:
    """The paragraphs as speechparse reads the text file (hard wraps of web11 re-joined)."""
    lines = [ln.strip(" \t\u3000") for ln in read_path(speech).text.split("\n")]
    return [ln for ln in lines if ln]


def main() -> None:
    ttf = sys.argv[1] if len(sys.argv) > 1 else FONT
    OUT.mkdir(exist_ok=True)
    for speech in fixture_speeches():
        typeset(speech, OUT / pdf_name(speech), font_for(speech, ttf))
        print(OUT / pdf_name(speech))


if __name__ == "__main__":
    main()
