"""Defects of the hostile audit (issue 12) and wrong noise of issue 11 item 8, each on a
small text written for it: tables of contents before the body, noise limits after a
truncation notice, chrome that needs the shape of chrome, licence lines, subscripts, ↑ notes."""

from __future__ import annotations

import pytest
from test_lossless import assert_lossless

import speechparse

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
    assert [e["marker"] for e in doc.toc][:1] == ["一、"]
    assert all(e["found"] for e in doc.toc)
    assert not doc.missing_sections
    assert doc.title == "2024年政府工作报告"
    assert_lossless(doc)


def test_a_toc_ends_at_a_body_paragraph():
    text = ("提纲：\n一、统一思想\n二、狠抓落实\n"
            "同志们，今天召开这次会议，主要是总结工作、部署任务，下面我讲两点意见，供大家参考。\n"
            "一、统一思想\n要把思想统一到部署上来。\n二、狠抓落实\n要一级抓一级，层层抓落实。\n")
    doc = speechparse.parse(text)
    assert [e["marker"] for e in doc.toc] == ["一、", "二、"]
    assert [n.marker for n in doc.outline] == ["一、", "二、"]
