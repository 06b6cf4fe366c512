"""PDF input: the outline of a PDF typeset from each fixture speech equals the text's; page
furniture is removed with reasons; lines are extracted-line numbers with a page map; scans,
encrypted, damaged and misnamed files get one-line errors."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from support import FIXTURES, ROOT
from support.cli import invoke
from support.documents import parsed
from test_lossless import assert_lines_in_spans, assert_lossless

import speechparse
from speechparse.errors import InputError

pytest.importorskip("pypdfium2", reason="pypdfium2 is not installed (pip install 'speechparse[pdf]')")
sys.path.insert(0, str(ROOT / "tests" / "tools"))
from make_pdfs import fixture_speeches, pdf_name  # noqa: E402

PDFS = FIXTURES / "pdf"


def test_every_fixture_speech_has_its_pdf():
    assert sorted(p.name for p in PDFS.glob("*.pdf")) == sorted(pdf_name(s) for s in fixture_speeches())


@pytest.mark.parametrize("speech", fixture_speeches(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_pdf_outline_equals_the_text_outline(speech: Path):
    doc = speechparse.parse_file(PDFS / pdf_name(speech))
    text = parsed(speech)
    assert doc.outline_skeleton() == text.outline_skeleton()
    # PDF text layers write the ideographic space of a title as a plain one
    assert " ".join((doc.title or "").split()) == " ".join((text.title or "").split())
    assert_lossless(doc)
    assert_lines_in_spans(doc)


def test_furniture_removed_with_reasons_and_page_lines():
    doc = speechparse.parse_file(PDFS / "core__deep_four_levels.pdf")
    assert doc.source.input_format == "pdf" and doc.source.pages == [1, 35]
    removed = [(r.line, r.reason, r.text) for r in doc.removed]
    title = "青溪县农业农村局2024年工作总结和2025年工作计划"
    assert removed == [(1, "chrome", title), (34, "counter", "- 1 -"), (35, "chrome", title), (69, "counter", "- 2 -")]
    assert doc.title == title  # the title line itself (lower on page 1) is not furniture
    assert doc.source.reflowed_lines > 0  # hard wraps re-joined
    # node lines are extracted lines; page_of turns them into (page, line on the page)
    lines = [n.line for n in doc.outline]
    assert [doc.source.page_of(n) for n in lines] == [(1, 8), (2, 3), (2, 9)]


def test_no_join_keeps_every_pdf_line():
    joined = speechparse.parse_file(PDFS / "core__deep_four_levels.pdf")
    raw = speechparse.parse_file(PDFS / "core__deep_four_levels.pdf", reflow=False)
    assert raw.source.reflowed_lines == 0 and raw.text.count("\n") > joined.text.count("\n")


def _reportlab(tmp_path: Path, name: str, draw, **canvas_args) -> Path:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / name
    c = canvas.Canvas(str(path), **canvas_args)
    draw(c)
    c.showPage()
    c.save()
    return path


def test_scan_without_text_layer(tmp_path: Path):
    scan = _reportlab(tmp_path, "scan.pdf", lambda c: c.rect(50, 50, 400, 600, fill=1))
    with pytest.raises(InputError, match="no text layer .*OCR"):
        speechparse.parse_file(scan)


def test_encrypted_pdf(tmp_path: Path):
    locked = _reportlab(tmp_path, "locked.pdf", lambda c: c.drawString(72, 720, "1. text"), encrypt="secret")
    with pytest.raises(InputError, match="encrypted and needs a password"):
        speechparse.parse_file(locked)


@pytest.mark.parametrize("data,message", [
    (b"%PDF-1.7\n1 0 obj <<>> garbage", "not a readable PDF"),
    (b"PK\x03\x04" + b"\x00" * 40, "ZIP archive, not a PDF"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "HTML page, not a PDF"),
    ("一、不是PDF\n".encode(), "not a PDF: the file holds text"),
])
def test_bad_and_misnamed_pdfs(tmp_path: Path, data: bytes, message: str):
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        speechparse.parse_file(path)
    assert "\n" not in str(info.value)


def test_missing_pypdfium2_names_the_extra(monkeypatch: pytest.MonkeyPatch):
    # None in sys.modules: `import pypdfium2` fails as if it were not installed
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(InputError, match=re.escape("pip install 'speechparse[pdf]'")):
        speechparse.parse_file(PDFS / "core__deep_four_levels.pdf")


def test_pdf_on_stdin_and_cli_exit_code(tmp_path: Path):
    pdf = PDFS / "core__deep_four_levels.pdf"
    proc = invoke("parse", "-", stdin=pdf.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == (FIXTURES / "core" / "deep_four_levels.outline").read_text(encoding="utf-8")
    scan = _reportlab(tmp_path, "scan.pdf", lambda c: c.rect(50, 50, 400, 600, fill=1))
    proc = invoke("parse", str(scan))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "no text layer" in proc.stderr


# flush headings, indented paragraphs: the indent is what nests the indented `一、` run below `二、`
_FLUSH_HEADINGS = (
    "关于今后工作的几点意见\n一、总的要求\n"
    "　　今年的工作要坚持稳中求进，突出抓好项目建设和民生改善，确保全年经济社会发展各项目标任务圆满完成。\n"
    "　　从全年看，经济运行面临的困难不少，要把困难估计得更充分一些，把应对措施考虑得更周全一些，切实做到有备无患。\n"
    "　　各乡镇、各部门要主动担当作为，抓紧研究本地区本部门的具体举措，尽快形成上下联动、齐抓共管的工作合力。\n"
    "二、重点任务\n"
    "　　围绕上述要求，今年要着重抓好以下几项工作，每一项都要明确牵头领导、责任单位和完成时限。\n"
    "　　一、大力发展现代农业，稳定粮食播种面积，推进高标准农田建设，提高农业综合效益和农民收入水平。\n"
    "　　二、加快工业转型升级，支持重点企业实施技术改造，培育一批专精特新中小企业和行业龙头企业。\n"
    "　　各级各部门要加强组织领导，压实工作责任，确保各项工作落到实处，以优异成绩迎接上级的检查和全县人民的检阅。\n")


def test_a_pdf_keeps_the_indent_of_its_paragraphs(tmp_path: Path):
    # the indent PDFium's geometry shows is the text's `　　`: the PDF of a text whose headings
    # are flush and whose paragraphs are indented reads as that text
    pytest.importorskip("reportlab")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=20, firstLineIndent=24,
                          wordWrap="CJK")
    flush = ParagraphStyle("flush", parent=body, firstLineIndent=0)
    path = tmp_path / "flush_headings.pdf"
    SimpleDocTemplate(str(path), invariant=1).build(
        [Paragraph(line.lstrip("\u3000"), body if line.startswith("\u3000") else flush)
         for line in _FLUSH_HEADINGS.splitlines()])
    doc = speechparse.parse_file(path)
    text = speechparse.parse(_FLUSH_HEADINGS)
    assert [ln.startswith("\u3000\u3000") for ln in doc.text.splitlines()] == \
        [ln.startswith("\u3000\u3000") for ln in _FLUSH_HEADINGS.splitlines()]
    assert doc.outline_skeleton() == text.outline_skeleton()
    assert [n.depth for n in text.walk()] == [1, 1, 2, 2]
    assert_lossless(doc)
