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


def _xml_paragraph(d, xml: str):
    """Append a paragraph built from raw WordprocessingML (`xml` inside `<w:p>`)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p = parse_xml(f'<w:p {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                  f"{xml}</w:p>")
    d.element.body.insert(len(d.element.body) - 1, p)  # before the section properties
    return p


def test_docx_reads_what_word_shows_and_hints_each_text_line(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("一、总体要求", style="Heading 1")
    soft = d.add_paragraph("第一行")
    soft.add_run().add_break()  # a soft line break: two text lines in one paragraph
    soft.add_run("第二行")
    d.add_paragraph("1、抓项目", style="Heading 2")
    d.add_paragraph("正文。")
    d.add_paragraph("2、抓产业", style="Heading 2")
    table = d.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, [["1.指标", "3260亩", "102%"], ["2.指标", "2.47万件", "98%"]], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    _xml_paragraph(d, '<w:r><w:t>插入</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>修订的话</w:t></w:r></w:ins>'
                      '<w:del w:id="2" w:author="a"><w:r><w:delText>删去的话</w:delText></w:r></w:del>'
                      '<w:r><w:t>。</w:t></w:r>')
    _xml_paragraph(d, '<w:r><w:t>旁边有一个框。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
                      '<w:drawing><w:txbxContent><w:p><w:r><w:t>【身边榜样】</w:t></w:r></w:p>'
                      '<w:p><w:r><w:t>一、某某同志的事迹</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>'
                      '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>【身边榜样】</w:t></w:r></w:p>'
                      '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    d.add_paragraph("二、保障措施", style="Heading 1")
    path = tmp_path / "speech.docx"
    d.save(path)
    doc = speechparse.parse_file(path)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (2, "1、"), (2, "2、"), (1, "二、")]
    assert "插入修订的话。" in doc.text and "删去的话" not in doc.text  # a tracked insertion, not a deletion
    assert doc.text.count("【身边榜样】") == 1 and "一、某某同志的事迹" in doc.text  # once: the fallback repeats it
    assert "1.指标 | 3260亩 | 102% |" in doc.text


def test_docx_footnotes_are_marked_where_referred_to_and_are_notes():
    doc = speechparse.parse_file(FIXTURES / "genres32" / "party_lecture_transport.docx")
    assert [n.marker for n in doc.notes] == ["[1]", "[2]", "[3]"]
    assert doc.notes[0].text.startswith("参见《松溪县交通志")
    assert "第一个党支部，从此革命的火种在这片山区生根发芽。[1]" in doc.text


def test_a_table_layout_pages_menu_of_links_is_navigation(tmp_path: Path):
    # an old site's left column: each cell a link, numbered (`<td><a>1.机构概况</a></td>`); the
    # article's cell beside it holds the speech
    menu = "".join(f'<tr><td><a href="/m{k}/">{k}.{name}</a></td></tr>'
                   for k, name in enumerate(["机构概况", "政策法规", "领导讲话"], start=1))
    page = tmp_path / "old_site.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>讲话</title></head><body><table><tr>'
        f'<td class="l"><table>{menu}</table></td><td><p><b>一、总体要求</b></p><p>要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济实现质的有效提升和量的合理增长。</p>'
        "<p><b>二、重点任务</b></p><p>1.抓好项目建设。</p><p>2.抓好民生实事。</p></td></tr></table></body></html>",
        encoding="utf-8")
    doc = speechparse.parse_file(page)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "总体要求"), (1, "二、", "重点任务"), (2, "1.", "抓好项目建设"), (2, "2.", "抓好民生实事")]
    assert {"1.机构概况", "3.领导讲话"} <= {r.text for r in doc.removed if r.reason == "chrome"}


def test_links_in_a_table_are_navigation_only_as_a_list_of_them(tmp_path: Path):
    # a cell of `<a name>` anchors (a bookmarked heading) or one linked title is the page's text; a
    # menu of links split by `<br>` in one cell is navigation, every line of it
    anchors = ('<table><tr><td><a name="t1"><b>一、关于去年的工作</b></a></td></tr><tr><td>　　去年全市经济保持了较快增长。'
               '</td></tr><tr><td><a name="t2"><b>二、关于今年的任务</b></a></td></tr><tr><td>　　今年的任务很重。</td></tr></table>')
    titled = ('<table><tr><td><a href="/self.htm">在全市工作会议上的讲话</a></td></tr><tr><td>　　同志们：今天召开会议，'
              '主要任务是部署今年的工作，我讲三点意见。</td></tr><tr><td><b>一、统一思想</b></td></tr>'
              '<tr><td>　　要坚持稳中求进。</td></tr><tr><td><b>二、狠抓落实</b></td></tr><tr><td>　　要压实责任。</td></tr></table>')
    menu = ('<table><tr><td><table><tr><td><a href="/a">1.机构概况</a><br><a href="/b">2.新闻中心</a><br>'
            '<a href="/c">3.政务公开</a></td></tr></table></td><td><p><b>一、总体要求</b></p><p>要坚持稳中求进工作总基调，'
            '完整准确全面贯彻新发展理念，推动经济实现质的有效提升和量的合理增长。</p><p><b>二、重点任务</b></p>'
            '<p>要抓好项目建设。</p></td></tr></table>')
    for name, body in (("anchors", anchors), ("titled", titled), ("menu", menu)):
        page = tmp_path / f"{name}.html"
        page.write_text(f'<html><head><meta charset="utf-8"><title>讲话</title></head><body>{body}</body></html>',
                        encoding="utf-8")
        doc = speechparse.parse_file(page)
        assert [n.marker for n in doc.walk()] == ["一、", "二、"], name
        chrome = [r.text for r in doc.removed if r.reason == "chrome"]
        assert chrome == (["1.机构概况", "2.新闻中心", "3.政务公开"] if name == "menu" else []), name
    assert doc.title != "1.机构概况"
