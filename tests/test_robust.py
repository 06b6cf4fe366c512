"""Defects of the hostile audit (issue 12) and wrong noise of issue 11 item 8, each on a
small text written for it: tables of contents before the body, noise limits after a
truncation notice, chrome that needs the shape of chrome, licence lines, subscripts, ↑ notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lossless import assert_lossless

import speechparse
from speechparse.errors import InputError

# --- item 1: a TOC directly before the body ---------------------------------------------

TOC_THEN_BODY = """2024年政府工作报告
目录
一、2023年工作回顾
二、2024年经济社会发展总体要求和政策取向
三、2024年政府工作任务
一、2023年工作回顾
过去一年，我们坚持稳中求进工作总基调，全年经济社会发展主要目标任务圆满完成。
（一）经济运行回升向好。全年地区生产总值增长5.2%，城镇新增就业1244万人。
（二）改革开放持续深化。推进重点领域改革，营商环境不断优化。
二、2024年经济社会发展总体要求和政策取向
今年经济社会发展的主要预期目标是：国内生产总值增长5%左右。
三、2024年政府工作任务
（一）大力推进现代化产业体系建设。
（二）深入实施科教兴国战略。
"""
EXPECTED_OUTLINE = """一、2023年工作回顾
  （一）经济运行回升向好
  （二）改革开放持续深化
二、2024年经济社会发展总体要求和政策取向
三、2024年政府工作任务
  （一）大力推进现代化产业体系建设
  （二）深入实施科教兴国战略
"""
TOC_VARIANTS = {
    "目录": TOC_THEN_BODY,
    "目  录": TOC_THEN_BODY.replace("目录", "目  录"),
    "提纲：": TOC_THEN_BODY.replace("目录", "提纲："),
    "blank after label": TOC_THEN_BODY.replace("目录\n", "目录\n\n"),
    "blank before body": TOC_THEN_BODY.replace("任务\n一、", "任务\n\n一、"),
    # a TOC with sub-entries: the body's first heading repeats the first entry
    "nested entries": TOC_THEN_BODY.replace("回顾\n二、", "回顾\n（一）经济运行回升向好\n（二）改革开放持续深化\n二、", 1),
}


@pytest.mark.parametrize("variant", TOC_VARIANTS, ids=str)
def test_a_toc_directly_before_the_body_keeps_the_body(variant: str):
    doc = speechparse.parse(TOC_VARIANTS[variant])
    assert doc.outline() == EXPECTED_OUTLINE
    assert [e.marker for e in doc.toc][:1] == ["一、"]
    assert all(e.found for e in doc.toc)
    assert not doc.missing_sections
    assert doc.title == "2024年政府工作报告"
    assert_lossless(doc)


def test_a_toc_ends_at_a_body_paragraph():
    text = ("提纲：\n一、统一思想\n二、狠抓落实\n"
            "同志们，今天召开这次会议，主要是总结工作、部署任务，下面我讲两点意见，供大家参考。\n"
            "一、统一思想\n要把思想统一到部署上来。\n二、狠抓落实\n要一级抓一级，层层抓落实。\n")
    doc = speechparse.parse(text)
    assert [e.marker for e in doc.toc] == ["一、", "二、"]
    assert [n.marker for n in doc.outline] == ["一、", "二、"]


# --- item 2: noise keeps its length limits after a truncation notice ---------------------

LONG_REPORT_PARAGRAPH = (
    "过去一年，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。地区生产总值增长5.6%，"
    "一般公共预算收入增长6.2%，城乡居民人均可支配收入分别增长4.8%和6.9%。以上数据为快报数，仅供参考，"
    "最终以统计部门正式公布的数据为准。我们坚持把项目建设作为稳增长的关键抓手，全年实施重点项目326个，"
    "完成投资1180亿元；坚持把改革开放作为发展的根本动力，营商环境评价进入全省第一方阵。"
    "我们推出“青川办事”政务服务应用，群众下载后即可在线办理社保、公积金、不动产登记等186项高频事项，"
    "关于我们政府自身建设，全年压减一般性支出12%，政务服务事项网上可办率达到98%以上，"
    "“一网通办”“跨省通办”持续扩面，企业和群众办事更加便利。")


@pytest.mark.parametrize("notice", ["点击查看全文", "继续阅读", "（未完待续）"])
def test_after_a_truncation_notice_long_paragraphs_are_speech(notice: str):
    assert len(LONG_REPORT_PARAGRAPH) > 300  # longer than any noise rule's limit
    text = (f"一、过去一年的工作\n{LONG_REPORT_PARAGRAPH}\n{notice}\n"
            f"二、今年的主要任务\n{LONG_REPORT_PARAGRAPH}\n"
            f"关于我们这支队伍的作风建设，{LONG_REPORT_PARAGRAPH}\n")
    doc = speechparse.parse(text)
    assert [r.reason for r in doc.removed] == ["truncation"]
    assert [n.marker for n in doc.outline] == ["一、", "二、"]
    assert any("仅供参考" in para for para in doc.outline[1].body)
    assert_lossless(doc)


def test_after_a_truncation_notice_short_furniture_is_still_noise():
    text = (f"一、过去一年的工作\n{LONG_REPORT_PARAGRAPH}\n点击查看全文\n"
            "分享到：微信　微博　QQ空间\n阅读原文\n关于我们\n")
    doc = speechparse.parse(text)
    assert [r.reason for r in doc.removed] == ["truncation", "chrome", "chrome", "chrome"]


# --- item 4: chrome needs the shape of chrome ---------------------------------------------

@pytest.mark.parametrize("line", [
    "要联系我们的实际，把工作做细做实。",
    "这是关于我们自身建设的重大问题。",
    "要确保收入增长>支出增长>物价涨幅，让群众切实得到实惠。",
    "收入增长>支出增长>物价涨幅的格局必须保持。",
    "注册资本达到5000万元以上的企业新增126家。",
    "以上数据为快报数，仅供参考，最终以统计部门公布的数据为准。",
    "要畅通12345热线和投诉举报渠道，做到有诉必应。",
    "<p>要坚持稳中求进，把工作做细做实。</p>",
    "要坚持稳中求进，<b>把工作做细做实</b>。",
])
@pytest.mark.parametrize("where", ["middle", "edge"])
def test_speech_with_a_chrome_keyword_is_speech(line: str, where: str):
    body = "要抓好项目建设，确保各项任务落地见效。"
    if where == "middle":
        text = f"一、总体要求\n{body}\n{line}\n二、重点任务\n{body}\n三、保障措施\n{body}\n"
    else:  # the last line of the page
        text = f"一、总体要求\n{body}\n二、重点任务\n{body}\n{line}\n"
    doc = speechparse.parse(text)
    assert doc.removed == []
    assert line in doc.outline[0 if where == "middle" else 1].body
    assert [n.marker for n in doc.outline][:2] == ["一、", "二、"]
    assert_lossless(doc)


def test_a_line_with_html_tags_does_not_swallow_the_next_item():
    text = "一、总体要求\n<p>要坚持稳中求进。</p>\n<br/>\n二、重点任务\n要抓好项目建设。\n三、保障措施\n要压实责任。\n"
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.outline] == ["一、", "二、", "三、"]
    assert doc.outline[1].body == ["要抓好项目建设。"]


def test_every_noise_rule_example_is_noise_of_its_reason():
    from speechparse.cleaning import noise

    for rule in noise.RULES:
        for example in rule.examples:
            assert noise.classify(example, edge=True) == rule.reason, (rule.name, example)


# --- item 11: each character in exactly one place -----------------------------------------

@pytest.mark.parametrize("text", ["目录\n①《", "[3]《", "目录\n① 参见《年鉴》，第3页。", "提纲：\n[1]《讲话》\n[2]《报告》",
                                  # (two more the fuzz run found: a table's `註：` notes that are TOC lines too,
                                  # and a title across a `《` link line that was removed as an ad)
                                  "年　　0　　6\n註：\n①113年\n②資源回收\n①113年\n②資源回收", "域\n一要\n\n三要《\nVIP》",
                                  "7　　0　　%\n註：1.\n2.未完待续",  # (... and a table's note removed as a notice)
                                  "域\n一要\n\n三要《\n》，一要\n二要"])  # (... and a next item on the link's line)
def test_a_line_in_the_toc_or_the_title_is_not_also_a_note(text: str):
    assert_lossless(speechparse.parse(text))


# --- item 12: empty input and wrong types ---------------------------------------------------

@pytest.mark.parametrize("data", ["\x01\x02\x03", "\x00\x1f\n\x7f\n", b"\x01\x02\x03\n", "\u200b\n\x08"])
def test_control_characters_only_is_empty_input(data: str | bytes):
    with pytest.raises(InputError, match="^input is empty"):
        speechparse.parse(data)


def test_control_characters_only_exits_2(tmp_path):
    from support.cli import invoke

    path = tmp_path / "ctl.txt"
    path.write_bytes(b"\x01\x02\x03\n\x04")
    result = invoke("parse", str(path))
    assert result.returncode == 2
    assert result.stderr.strip() == f"speechparse: {path}: input is empty (only control or zero-width characters)"


@pytest.mark.parametrize("value", [123, None, ["一、总体要求"], 1.5])
def test_parse_takes_str_or_bytes(value: object):
    with pytest.raises(TypeError, match=rf"^parse\(\) takes str or bytes, not {type(value).__name__}$"):
        speechparse.parse(value)  # type: ignore[arg-type]


def test_a_toc_label_that_is_also_the_title_is_not_removed_twice():
    # found by the fuzzer: the label repeated after the TOC became the title, and the
    # first label was then removed as a duplicate title while the TOC held it
    text = ("目录\n一、正视差距\n二、对标一流\n\n目录\n一、正视差距\n二、对标一流\n三、创新机制\n"
            "同志们：\n今天的会议很重要。\n")
    assert_lossless(speechparse.parse(text))


# --- issue 11 item 8: licence text, subscripts, ↑ notes --------------------------------------

REPORT_END = ("一、过去一年的工作\n全省经济运行稳中有进，主要目标任务顺利完成。\n"
              "二、今年的主要任务\n要坚持稳中求进，扎实推动高质量发展。\n"
              "各位代表！\n让我们团结一心，为建设现代化新青川而努力奋斗！\n")
LICENCE_BLOCKS = {
    "split by links": "本作品来自\n青川省人民政府公报\n，依照\n著作权法\n第五条，属于\n公有领域\n。\nPublic domain\nPublic domain\nfalse\nfalse\n",
    "one line": "本作品在全世界都属于公有领域，因为它是一份政府公文。\n",
    "leftovers only": "Public domain\nfalse\n",
}


@pytest.mark.parametrize("block", LICENCE_BLOCKS, ids=str)
def test_a_licence_notice_at_the_end_is_noise(block: str):
    doc = speechparse.parse(REPORT_END + LICENCE_BLOCKS[block])
    lines = [ln.strip() for ln in LICENCE_BLOCKS[block].splitlines()]
    assert [(r.reason, r.text) for r in doc.removed] == [("licence", ln) for ln in lines]
    assert doc.closing == ["各位代表！", "让我们团结一心，为建设现代化新青川而努力奋斗！"]
    assert_lossless(doc)


def test_licence_words_in_the_speech_are_speech():
    text = REPORT_END.replace("扎实推动高质量发展。", "扎实推动高质量发展。本作品保护要依照著作权法加强版权执法，公有领域作品要开放共享。")
    doc = speechparse.parse(text)
    assert doc.removed == []


@pytest.mark.parametrize("before, number, after", [
    ("今年广义货币M", "2", "预期增长8%左右，社会融资规模增速与名义经济增速基本匹配。"),
    ("以细颗粒物（PM", "10", "）治理为重点，持续改善空气质量。"),
    ("单位生产总值CO", "2", "排放下降3.9%。"),
    ("这一点在报告中已经说明[", "3", "]，这里不再重复。"),
])
def test_a_subscript_on_its_own_line_is_text(before: str, number: str, after: str):
    text = f"一、总体要求\n要坚持稳中求进，{before}\n{number}\n{after}\n二、重点任务\n要抓好项目建设。\n"
    doc = speechparse.parse(text)
    assert doc.removed == []
    assert number in doc.outline[0].body
    assert_lossless(doc)


def test_a_page_number_inside_a_paragraph_is_still_a_counter():
    text = "一、总体要求\n要坚持稳中求进，推动经济\n12\n高质量发展。\n二、重点任务\n要抓好项目建设。\n"
    doc = speechparse.parse(text)
    assert [(r.reason, r.text) for r in doc.removed] == [("counter", "12")]


def test_arrow_footnotes_at_the_end_are_notes():
    text = REPORT_END + "↑\n此处原稿为“青川日报”。\n↑ 原文没有写明单位。\nPublic domain\n"
    doc = speechparse.parse(text)
    assert [(n.marker, n.text) for n in doc.notes] == [("↑", "此处原稿为“青川日报”。"), ("↑", "原文没有写明单位。")]
    assert doc.closing == ["各位代表！", "让我们团结一心，为建设现代化新青川而努力奋斗！"]
    assert_lossless(doc)


def test_an_arrow_line_in_the_middle_is_speech():
    text = "一、总体要求\n↑\n要坚持稳中求进。\n二、重点任务\n要抓好项目建设，把这件事办好办实办出成效，让群众得到实惠。\n"
    doc = speechparse.parse(text)
    assert doc.notes == []


def test_the_schema_lists_every_noise_reason():
    import json

    from speechparse.cleaning import noise

    schema = json.loads((Path(speechparse.__file__).parent / "schema" / "speechparse-1.json").read_text("utf-8"))
    reasons = schema["properties"]["removed"]["items"]["properties"]["reason"]["enum"]
    assert reasons == list(noise.REASONS)


def test_the_robust_fixture_keeps_its_body_notes_and_closing():
    from support import FIXTURES

    doc = speechparse.parse_file(FIXTURES / "robust" / "toc_licence_report.txt")
    assert [e.marker for e in doc.toc] == ["一、", "二、", "三、"]
    assert doc.closing[0] == "各位代表！" and len(doc.closing) == 2
    assert [n.marker for n in doc.notes] == ["↑", "↑"]
    assert {r.reason for r in doc.removed} == {"licence"} and len(doc.removed) == 9
    assert doc.outline[-1].body == ["要坚持依法行政，自觉接受人大监督，主动接受政协民主监督，把每一分钱都花在刀刃上。"]
    assert {"2", "10"} <= set(doc.outline[0].children[0].body + doc.outline[0].children[1].body)


def test_a_decimal_section_and_another_closer_between_two_items_compare():
    # (found by the fuzz run: a report's `2.2 ……` section line and a second closer between an
    # open item and the next raised KeyError, the section's kind had no strength)
    text = ("2. 客户：从卖产品到做解决方案\n（1）每一个大客户都要配备一个跨部门的客户成功团队；\n（3）建立客户满意度的季度追踪机制。\n"
            "2.2 加快数字化营销\n2.3 守住质量这条生命线\n质量问题没有小事。我在这里要求：一要把质量指标纳入考核，二要实行一票否决。")
    doc = speechparse.parse(text)
    assert [n.marker for n in doc.walk()] == ["2.", "（1）", "（3）", "一要", "二要"]


def test_words_hyphen_alone_reads_the_same_as_text_and_as_bytes():
    # (found by the fuzz run: `\x1e`, Word's non-breaking hyphen, is white space to Python, so its
    # bytes were refused as empty while its str read as `-`)
    for data in ("\x1e", " \x1e\n"):
        assert speechparse.parse(data.encode("utf-8")).text == speechparse.parse(data).text
        assert speechparse.parse(data.encode("utf-16")).text == speechparse.parse(data).text
    with pytest.raises(speechparse.InputError, match="only white space"):
        speechparse.parse(b" \t\x1c\n")
