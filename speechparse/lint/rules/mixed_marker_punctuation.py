"""SP202 mixed-marker-punctuation: `1.` and `1、` at one level."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document
from ..levels import levels, majority, punctuation, quote
from ..rule import Hit, Rule


def _name(mark: str) -> str:
    return f"“{mark}”" if mark else "不加标点"


def check(doc: Document) -> Iterator[Hit]:
    for items in levels(doc).values():
        marks = [punctuation(node.marker) for node in items]
        if len(set(marks)) < 2:
            continue
        usual = majority(marks)
        for node, mark in zip(items, marks, strict=True):
            if mark != usual:
                yield node, (f"同级编号标点不一致：{quote(node.marker)}用{_name(mark)}，"
                             f"同级其他编号用{_name(usual)}")


RULE = Rule(
    code="SP202",
    name="mixed-marker-punctuation",
    severity="warning",
    summary="编号标点不一致：同一层级的编号后面用了不同的标点（如“1.”和“1、”，“1.”和“1．”）。",
    why=("同一层级的编号应当写法一致。GB/T 9704-2012 的第三层用“1.”（阿拉伯数字加下脚点），"
         "“1、”是常见的不规范写法；全角“．”与半角“.”混用也会让排版参差不齐。"
         "同一层级指全文中深度相同、样式相同的编号；以多数编号的写法为准（一样多时以先出现的为准）。"),
    bad="""\
一、主要做法
1.坚持规划引领。编制完成镇村布局规划。
2、坚持项目带动。全年实施项目二十个。
3.坚持改革创新。推行一站式审批服务。
二、存在问题
1.资金投入不足。
2.人才支撑不够。
""",
    good="""\
一、主要做法
1.坚持规划引领。编制完成镇村布局规划。
2.坚持项目带动。全年实施项目二十个。
3.坚持改革创新。推行一站式审批服务。
二、存在问题
1.资金投入不足。
2.人才支撑不够。
""",
    check=check,
)
