"""Other inputs: .docx (paragraphs, tables, Word numbering, heading styles) and saved .html."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FIXTURES

import speechparse
from speechparse.errors import InputError

docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install 'speechparse[docx]')")

HTML = FIXTURES / "html" / "township_environment.html"


def _make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("在全区科技创新大会上的讲话", style="Title")
    table = d.add_table(rows=1, cols=4)
    for cell, value in zip(table.rows[0].cells, ["发布单位", "青石区科技局", "发文日期", "2024-03-01"], strict=True):
        cell.text = value
    d.add_paragraph("同志们：")
    d.add_paragraph("今天召开全区科技创新大会，我讲两个方面的意见。")
    d.add_paragraph("一、充分肯定过去一年的成绩", style="Heading 1")
    d.add_paragraph("过去一年，全区研发投入强度达到3.1%，新增高新技术企业42家。")
    d.add_paragraph("二、扎实抓好今年的重点任务", style="Heading 1")
    for text in ("强化企业创新主体地位。要支持龙头企业牵头组建创新联合体。",
                 "加快科技成果转化。要办好技术交易市场。",
                 "优化人才发展环境。要落实好人才安居政策。"):
        d.add_paragraph(text, style="List Number")  # Word's automatic numbering: 1. 2. 3.
    d.add_paragraph("3、研发平台建设", style="Heading 2")  # a lone 3、 that a heading style vouches for
    d.add_paragraph("同志们，让我们以更大的决心推动科技创新！")
    d.save(path)
    return path


def test_docx_paragraphs_tables_and_numbering(tmp_path: Path):
    doc = speechparse.parse_file(_make_docx(tmp_path / "speech.docx"))
    assert doc.title == "在全区科技创新大会上的讲话"
    assert doc.meta == {"发布单位": "青石区科技局", "发文日期": "2024-03-01"}
    assert doc.salutation == "同志们："
    skeleton = [(d, m) for d, m, _ in doc.outline_skeleton()]
    assert skeleton == [(1, "一、"), (1, "二、"), (2, "1."), (2, "2."), (2, "3."), (2, "3、")]
    assert doc.outline[1].children[0].title == "强化企业创新主体地位"
    assert doc.closing and doc.closing[0].startswith("同志们，让我们")


def test_docx_by_input_format_override(tmp_path: Path):
    path = _make_docx(tmp_path / "speech.bin")
    doc = speechparse.parse_file(path, input_format="docx")
    assert doc.outline[0].marker == "一、"


def test_broken_docx_is_an_input_error(tmp_path: Path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable .docx"):
        speechparse.parse_file(bad)


def test_html_page_text_chrome_and_line_numbers():
    doc = speechparse.parse_file(HTML)
    assert doc.source.encoding == "gb18030"  # declared <meta charset="gbk">
    assert doc.title == "在全镇人居环境整治推进会上的讲话"
    assert doc.meta == {"发布单位": "青石镇人民政府", "发文日期": "2024-05-20"}
    removed = [r.text for r in doc.removed]
    assert "首页" in removed and "相关文章" in removed and not any("一、不是标题" in r for r in removed)
    assert all("一、不是标题" not in p for p in doc.preamble)  # script text is not page text
    assert [n.line for n in doc.outline] == [12, 14]  # lines of the .html file


def test_minified_html_keeps_block_boundaries(tmp_path: Path):
    page = tmp_path / "min.html"
    page.write_text("<html><body><nav>首页</nav><h1>讲话</h1><p>一、第一部分内容</p><p>二、第二部分内容</p>"
                    "<footer>关于我们</footer></body></html>", encoding="utf-8")
    doc = speechparse.parse_file(page)
    assert [n.marker for n in doc.outline] == ["一、", "二、"]
    assert {r.text for r in doc.removed} == {"首页", "关于我们"}
