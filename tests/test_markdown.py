"""Markdown input: markup unwrapped so markers are seen, headings as evidence, the file's own
line numbers, nothing lost; speechparse's own `-f md` output and bold-marker conversions of
the development set give the outline of the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import FIXTURES, SHARED_DEVSET
from support.documents import parsed
from test_lossless import assert_lossless

import speechparse
from speechparse.formats.markdown import read_markdown

pytest.importorskip("markdown_it", reason="markdown-it-py is not installed (pip install 'speechparse[md]')")

DEVSET = SHARED_DEVSET
SPEECH = FIXTURES / "markdown" / "county_meeting.md"


def test_emphasis_links_and_lists_are_unwrapped():
    text, hints = read_markdown("# 讲话\n\n**1. 稳增长。**要扩大有效投资。\n"
                                "**（一）稳中求进。**项目是关键\n[一、总体要求](http://x)\n1. 促改革\n- 二是抓落实\n")
    lines = text.split("\n")
    assert lines == ["讲话", "", "1. 稳增长。要扩大有效投资。", "（一）稳中求进。项目是关键", "一、总体要求",
                     "1.促改革", "二是抓落实", ""]
    assert hints == {1: "heading:1", 6: "list:1", 7: "list:1"}  # a list item's first line: its depth


def test_quotes_code_front_matter_and_escapes():
    source = ("---\ntitle: 在全县大会上的讲话\ndate: 2024年3月1日\ntags: [x]\n---\n"
              "> 一、引用的话\n\n```\n二、代码\n```\n张\\*\\*同志\n[ref]: http://a.b\n")
    text, hints = read_markdown(source)
    lines = text.split("\n")
    assert lines[1:4] == ["在全县大会上的讲话", "2024年3月1日", "tags: [x]"]
    assert lines[5] == "一、引用的话" and hints[6] == "quote"
    assert lines[8] == "二、代码" and hints[9] == "code"
    assert lines[10] == "张**同志"  # escaped asterisks are text
    assert lines[11] == "[ref]: http://a.b"  # a line no block claims is kept as written
    assert len(lines) == source.count("\n") + 1  # one line per line of the file


def test_markdown_speech_outline_lines_and_lossless():
    doc = speechparse.parse_file(SPEECH)
    assert doc.source.input_format == "md"
    assert doc.title == "在全县冬春农田水利建设动员会上的讲话"
    assert [(d, m) for d, m, _ in doc.outline_skeleton()] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "1."), (2, "2."), (2, "3."), (1, "三、")]
    lines = SPEECH.read_text(encoding="utf-8").split("\n")
    for node in doc.walk():  # line numbers are the Markdown file's own
        assert node.marker in lines[node.line - 1], (node.line, node.marker)
    assert_lossless(doc)


def _md_fixtures() -> list[Path]:
    return sorted(p for d in ("core", "heldout", "reports") for p in (FIXTURES / d).glob("*.txt"))


@pytest.mark.parametrize("path", _md_fixtures(), ids=lambda p: p.stem)
def test_own_markdown_output_reads_back(path: Path, tmp_path: Path):
    doc = parsed(path)
    md = tmp_path / "out.md"
    md.write_text(doc.to_markdown(), encoding="utf-8")
    as_markdown = speechparse.parse_file(md).outline_skeleton()
    as_text = speechparse.parse(md.read_text(encoding="utf-8")).outline_skeleton()
    # reading it as Markdown is never worse than reading it as text (issue 12 item 10 is
    # about the text reading); where the text reading holds, so does this one
    if as_text == doc.outline_skeleton() or path.stem == "deep_four_levels":
        assert as_markdown == doc.outline_skeleton()


_ESCAPE = re.compile(r"([\\`*_\[\]<>|~#])")
_BLOCK_START = re.compile(r"^([-+=>]|\d+[.)](?=\s|$))")


def to_markdown_with_bold_markers(doc: speechparse.Document) -> str:
    """The text of a parsed document as Markdown: every node's marker in bold, the rest
    escaped; lines stay lines (each ends in a hard break, so the page shows the text's lines:
    after a soft break a line that goes on a clause is the same line), so paragraph distances
    are the text's."""
    text = doc.text
    marks = sorted((n.head[0], n.head[0] + len(n.marker)) for n in doc.walk()
                   if text.startswith(n.marker, n.head[0]))
    out, pos = [], 0
    for start, end in marks:
        out += [_ESCAPE.sub(r"\\\1", text[pos:start]), "**", text[start:end], "**"]
        pos = end
    out.append(_ESCAPE.sub(r"\\\1", text[pos:]))
    paragraphs = []
    for line in "".join(out).split("\n"):
        line = line.strip(" \t")
        paragraphs.append(_BLOCK_START.sub(r"\\\1", line) if not line.startswith("**") else line)
    return "\n".join(f"{line}  " if line else line for line in paragraphs) + "\n"


def _devset() -> list[Path]:
    return sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else []


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")
@pytest.mark.parametrize("path", _devset(), ids=lambda p: p.stem)
def test_devset_as_markdown_with_bold_markers(path: Path, tmp_path: Path):
    doc = parsed(path)
    md = tmp_path / (path.stem + ".md")
    md.write_text(to_markdown_with_bold_markers(doc), encoding="utf-8")
    assert speechparse.parse_file(md).outline_skeleton() == doc.outline_skeleton()


def test_a_hard_wrapped_paragraph_opens_no_item_but_one_line_paragraphs_do():
    from speechparse.api import build_document

    wrapped = "".join(f"第{k}行的文字都一样长，这是一段按固定宽度折行的讲话正文内容，\n" for k in range(6))
    text = ("# 讲话\n\n一、总体要求\n\n" + wrapped + "三、五个社合并成一个大社，要稳妥推进。\n\n"
            "二、重点任务\n\n要抓好落实。\n")
    from speechparse import inputs

    src = inputs._markdown(text.encode(), "x.md", None, None, 0)
    doc = build_document(src)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]  # `三、五个社` goes on the wrapped paragraph
    # a copy with one paragraph per line and no blank lines: one Markdown paragraph, not wrapped
    lines = "一、总体要求\n要坚持稳中求进，推动高质量发展。\n二、重点任务\n要抓好项目建设，狠抓落实。\n三、保障措施\n加强领导。\n"
    src = inputs._markdown(lines.encode(), "y.md", None, None, 0)
    assert [n.marker for n in build_document(src).walk()] == ["一、", "二、", "三、"]


def test_a_paragraph_whose_first_line_is_full_width_spaces_keeps_its_lines(tmp_path: Path):
    # markdown-it trims a paragraph's leading whitespace, `　　` alone on its first line too: the
    # text's lines start one line down (read from the first, each moved up and the last read twice)
    for quote in ("", "> "):
        md = (f"{quote}## 一、总的要求\n{quote}\n{quote}　　\n{quote}控制物价上涨幅度。\n"
              f"{quote}这是首要任务。一要发展农业；二要控制货币。\n")
        text, _ = read_markdown(md)
        lines = text.split("\n")
        assert lines[3:5] == ["控制物价上涨幅度。", "这是首要任务。一要发展农业；二要控制货币。"]
        assert text.count("这是首要任务") == 1
    for item in ("- ", "1. "):  # (... a list item's first line too: its marker and `　　`, the words below)
        text, _ = read_markdown(f"{item}　　\n   二、具体任务。\n   （一）以进促稳。\n")
        assert text.split("\n") == ["", "二、具体任务。", "（一）以进促稳。", ""]
    md = tmp_path / "x.md"
    md.write_text("## 一、总的要求\n\n　　\n控制物价上涨幅度。\n这是首要任务。一要发展农业；二要控制货币。\n\n## 二、其他\n",
                  encoding="utf-8")
    doc = speechparse.parse_file(md)
    assert [(n.marker, n.line) for n in doc.walk()] == [("一、", 1), ("一要", 5), ("二要", 5), ("二、", 7)]
    assert_lossless(doc)


_HEADING_LINE = re.compile(r"(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；：！？]{0,36}。?")


def to_markdown_keeping_lines(text: str) -> str:
    """A Markdown copy that keeps the file's lines as they are (its indent, its lines of `　　`,
    soft breaks between them) and makes each short heading line a `##` heading."""
    return "\n".join(f"## {line.strip(' 　')}" if _HEADING_LINE.fullmatch(line.strip(" 　")) else line
                     for line in text.split("\n"))


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")
@pytest.mark.parametrize("path", _devset(), ids=lambda p: p.stem)
def test_devset_as_markdown_keeping_its_lines(path: Path, tmp_path: Path):
    md = tmp_path / (path.stem + ".md")
    md.write_text(to_markdown_keeping_lines(path.read_text("utf-8")), encoding="utf-8")
    assert speechparse.parse_file(md).outline_skeleton() == parsed(path).outline_skeleton()


def test_an_empty_heading_wrapped_by_a_converter_heads_the_line_below(tmp_path: Path):
    # html2text wraps at 78 columns: `### ` + a wiki heading with its edit link's address broke
    # after the hashes, the words on the next line; the empty `###` is no heading of its own
    link = "[[编辑](/w/index.php?title=%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A&action=edit&section=1)]"
    body = "　　过去一年，全省经济运行稳中有进，主要指标好于预期，为全年发展打下了坚实基础。\n\n"
    md = (f"# 政府工作报告\n\n各位代表：\n\n###\n一、过去一年工作回顾{link}\n\n{body}###\n（一）稳增长。{link}\n\n{body}"
          f"###\n（二）促改革。{link}\n\n{body}###\n二、今年工作安排{link}\n\n{body}###\n（一）扩内需。{link}\n\n{body}")
    path = tmp_path / "report.md"
    path.write_text(md, encoding="utf-8")
    doc = speechparse.parse_file(path)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "过去一年工作回顾"), (2, "（一）", "稳增长"), (2, "（二）", "促改革"),
        (1, "二、", "今年工作安排"), (2, "（一）", "扩内需")]
    # ... but a paragraph of sentences under an empty `######` (a separator) or `#` is no heading
    for md in ("######\n这是一段很长的正文，要坚持稳中求进。确保完成全年目标任务。\n第二行也是这个段落。\n",
               "#\n同志们：今天我们召开会议。\n"):
        assert not read_markdown(md)[1].get(2, "").startswith("heading")
