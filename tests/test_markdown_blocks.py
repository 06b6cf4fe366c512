"""Markdown shapes from note apps, pandoc and blogs (the genres10 blind batch): soft breaks
that go on a clause, nested ordered lists, pandoc spans, Notion asides, Obsidian comments,
several speeches under their own headings, and the writer's back matter."""

from __future__ import annotations

from pathlib import Path

import speechparse
from speechparse.formats.markdown import read_markdown


def _outline(md: str, tmp_path: Path) -> list[tuple[int, str, str]]:
    path = tmp_path / "speech.md"
    path.write_text(md, encoding="utf-8")
    return [(n.depth, n.marker, n.title) for n in speechparse.parse_file(path).walk()]


def test_a_soft_break_after_a_comma_goes_on_the_line(tmp_path: Path):
    md = ("一、过去一年的工作\n\n许多地方采取联户办、户办的形式，\n三、五户联办一个小厂，投资少。\n\n"
          "二、今年的任务\n\n三、加强自身建设\n")
    assert [m for _, m, _ in _outline(md, tmp_path)] == ["一、", "二、", "三、"]


def test_a_hard_break_keeps_the_line_its_own():
    text, hints = read_markdown("要做到以下几点，  \n一是抓落实\n")
    assert 2 not in hints


def test_a_nested_ordered_list_holds_the_items_below(tmp_path: Path):
    md = ("（二）创新机制。\n\n1.  推广模式。\n\n    1.  组建公司；\n\n    2.  抱团发展。\n\n"
          "2.  探索制度。\n")
    assert _outline(md, tmp_path) == [(1, "（二）", "创新机制"), (2, "1.", "推广模式"), (3, "1.", "组建公司"),
                            (3, "2.", "抱团发展"), (2, "2.", "探索制度")]


def test_pandoc_anchor_spans_are_markup():
    text, _ = read_markdown("[]{#_Toc181230002 .anchor}**一、基本情况**\n[要点]{.underline}\n")
    assert text.split("\n")[:2] == ["一、基本情况", "要点"]


def test_a_notion_aside_and_an_obsidian_comment_hold_no_items(tmp_path: Path):
    md = ("<aside>\n💡 说明：一是删去了数字，二是统一了小标题。\n\n</aside>\n\n%% 原稿另有附表，\n"
          "一、二部分没抄。 %%\n\n一、抓项目\n\n二、抓企业\n")
    assert [m for _, m, _ in _outline(md, tmp_path)] == ["一、", "二、"]


def test_each_speech_under_its_own_heading_starts_at_the_top(tmp_path: Path):
    md = ("## 在春耕动员会上的讲话\n\n一、认清形势。\n\n三、压实责任。\n\n二、调整结构。\n\n"
          "## 在安全生产会议上的讲话\n\n第一，安全是第一责任。\n\n第二，隐患是第一敌人。\n")
    depths = {(m, d) for d, m, _ in _outline(md, tmp_path)}
    assert ("第一，", 1) in depths and ("第二，", 1) in depths


def test_the_writers_back_matter_holds_no_items(tmp_path: Path):
    md = ("一、抓项目。\n\n二、抓企业。\n\n谢谢大家。\n\n---\n\n## 我的待办\n\n1. 先问清楚牵头部门\n"
          "2. 再对一遍办件量\n\n**写在最后**：一是需求要从业务里来，二是数据要从源头上治。\n")
    assert [m for _, m, _ in _outline(md, tmp_path)] == ["一、", "二、"]


def test_a_short_item_takes_the_rest_of_its_sentence_as_title():
    doc = speechparse.parse("希望大家一要学，二要干，三要比出成绩。\n")
    assert [n.title for n in doc.walk()] == ["学，二要干，三要比出成绩", "干，三要比出成绩", "比出成绩"]


def test_a_speakers_numbered_points():
    doc = speechparse.parse("下面讲三点意见。\n第一点，统一思想。\n第二点，压实责任。\n第三个问题，关于作风。\n")
    assert [(n.marker, n.depth) for n in doc.walk()] == [("第一点，", 1), ("第二点，", 1), ("第三个问题，", 1)]


def test_a_flattened_heading_level_gives_no_depth(tmp_path: Path):
    md = ("# 一、过去一年的工作\n\n# （一）稳增长。\n\n正文。\n\n# （二）促改革。\n\n## 1.推动制造业。\n\n"
          "## 2.发展数字经济。\n\n# 二、今年的任务\n")
    assert [(d, m) for d, m, _ in _outline(md, tmp_path)] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (3, "1."),
                                                           (3, "2."), (1, "二、")]


def test_a_bullet_list_nested_in_a_paragraph_item(tmp_path: Path):
    md = ("（一）提效\n\n- 一是推进通办。全面推进政务服务一网通办，企业群众办事少跑腿。\n"
          "- 二是压减时限。审批时限再压减三成，办理环节能并则并、能减则减。\n"
          "  - （1）今年上半年梳理形成第一批清单；\n  - （2）依托企业画像数据实现政策直达。\n"
          "- 三是深化办成一件事改革。\n")
    assert [(d, m) for d, m, _ in _outline(md, tmp_path)] == [(1, "（一）"), (2, "一是"), (2, "二是"), (3, "（1）"),
                                                           (3, "（2）"), (2, "三是")]


def test_word_footnotes_with_back_links_are_notes(tmp_path: Path):
    md = ("一、抓项目\n\n开展活动[\\[1\\]](#footnote-1)。\n\n二、抓产业\n\n同志们，让我们奋力完成任务！\n\n"
          "1. <a id=\"footnote-1\"></a> 活动：县里部署的主题活动。 [↑](#footnote-ref-1)\n"
          "2. <a id=\"footnote-2\"></a> 产业：以食品为主导。 [↑](#footnote-ref-2)\n\n---\n\n（共印120份）\n")
    path = tmp_path / "plenum.md"
    path.write_text(md, encoding="utf-8")
    doc = speechparse.parse_file(path)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert [(n.marker, n.text) for n in doc.notes] == [("1.", "活动：县里部署的主题活动。"), ("2.", "产业：以食品为主导。")]


def test_a_note_apps_html_lines_and_metadata(tmp_path: Path):
    md = ("<div><b>周书记七一党课（定稿）</b></div>\n<div>创建时间：2024/6/25 09:12</div>\n<div>标签：党建</div>\n"
          "<div><br></div>\n<div>**提纲**</div>\n<div>一、汲取精神力量</div>\n<div>二、查摆短板</div>\n<div><br></div>\n"
          "<div>同志们：</div>\n<div>**一、汲取精神力量**</div>\n<div>&nbsp;&nbsp;百年党史告诉我们。</div>\n"
          "<div>**二、查摆短板**</div>\n<div>&nbsp;&nbsp;问题集中在两方面。</div>\n\n| 序号 | 问题 |\n| --- | --- |\n"
          "| 1 | 三会一课不规范 |\n\n<div>1.**政治引领不够有力。**有的单位学习停留在读文件。</div>\n"
          "<div>2.**融合发展不够深入。**一些支部两张皮。</div>\n")
    assert [(d, m) for d, m, _ in _outline(md, tmp_path)] == [(1, "一、"), (1, "二、"), (2, "1."), (2, "2.")]
