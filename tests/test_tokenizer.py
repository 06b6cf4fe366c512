"""Each marker family recognises its documented examples and none of its documented traps."""

from __future__ import annotations

import pytest

from speechparse import parse
from speechparse.markers import registry
from speechparse.tokenizer import tokenize

FAMILIES = registry()
EXAMPLES = [(f.name, ex) for f in FAMILIES for ex in f.examples]
TRAPS = [(f.name, ex.split(" (")[0]) for f in FAMILIES for ex in f.not_markers]


@pytest.mark.parametrize("family,line", EXAMPLES)
def test_family_example_is_a_marker(family: str, line: str):
    tokens = tokenize(line + "\n")
    assert tokens, line
    assert tokens[0].family.name == family
    assert tokens[0].mstart == 0 or (tokens[0].inline and tokens[0].family.inline)


@pytest.mark.parametrize("family,line", TRAPS)
def test_family_trap_is_not_a_marker_at_paragraph_start(family: str, line: str):
    # a trap is no candidate at all, or one the tokenizer marks as doubtful (`一、二月份`:
    # the builder takes it only as a heading line in a run of headings) and the parse drops
    tokens = [t for t in tokenize(line + "\n") if t.family.name == family and t.mstart == 0]
    assert all(t.doubtful for t in tokens), tokens
    assert not parse(line + "\n").outline


@pytest.mark.parametrize("line,marker,style,ordinal", [
    ("一、总体要求", "一、", "cn", 1),
    ("十二、加强党的建设", "十二、", "cn", 12),
    ("二十一、其他", "二十一、", "cn", 21),
    ("（三）强化保障", "（三）", "cn-paren", 3),
    ("(三)强化保障", "(三)", "cn-paren", 3),
    ("1.攻项目", "1.", "arabic", 1),
    ("1．攻项目", "1．", "arabic", 1),
    ("12、攻项目", "12、", "arabic", 12),
    ("１２．全角数字", "１２．", "arabic", 12),
    ("（1）细化", "（1）", "arabic-paren", 1),
    ("(10)细化", "(10)", "arabic-paren", 10),
    ("⑶细化", "⑶", "arabic-paren", 3),
    ("⒉细化", "⒉", "arabic", 2),
    ("⑳最后一条", "⑳", "circled", 20),
    ("第一，坚持", "第一，", "di", 1),
    ("第十、坚持", "第十、", "di", 10),
    ("第三部分　展望", "第三部分", "part", 3),
    ("第二章 总则", "第二章", "chapter", 2),
    ("第四节：成效", "第四节", "section", 4),
    ("其二，夯实基础", "其二，", "qi", 2),
    ("三是加快建设", "三是", "shi", 3),
    ("二要强化调度", "二要", "yao", 2),
    ("——经济总体回升向好。", "——", "dash", None),
    ("　　（二）缩进的标题", "（二）", "cn-paren", 2),
    ("\t3.制表符缩进", "3.", "arabic", 3),
    ("## 一、Markdown 标题", "一、", "cn", 1),
    ("  - 一是列表项", "一是", "shi", 1),
])
def test_paragraph_start_markers(line, marker, style, ordinal):
    tok = tokenize(line + "\n")[0]
    assert (tok.marker, tok.style, tok.ordinal, tok.inline) == (marker, style, ordinal, False)


@pytest.mark.parametrize("line", [
    "2.57亿美元的货值创历史新高。",
    "3.5%的增速来之不易。",
    "1-11月，完成投资24亿元。",
    "2024年，我们攻坚克难。",
    "2024.6.18发布",
    "“1230”服务承诺全面兑现。",
    "一、二月份全市经济运行平稳。",
    "3、4月份以来，订单明显增加。",
    "一不怕苦，二不怕难。",
    "一手抓发展，一手抓安全。",
    "一方面要稳增长，另一方面要防风险。",
    "首先，其次，最后。",
    "第一次全体会议召开。",
    "第一节课由书记讲授。",
    "这一是我们的优势，统一是前提。",
    "一是一、二是二，来不得半点虚假。",
    "（2024）年度报告",
])
def test_not_markers(line):
    assert [t for t in tokenize(line + "\n") if t.ordinal is not None and not t.doubtful] == []
    assert not parse(line + "\n").outline


def test_inline_runs_after_boundaries():
    text = "可以概括为三个方面：一是经济实力跃升。二是产业集群壮大；三是项目建设突破，四是改革见效。\n"
    toks = tokenize(text)
    assert [(t.marker, t.inline) for t in toks] == [("一是", True), ("二是", True), ("三是", True), ("四是", True)]


def test_half_width_inline_boundary():
    toks = tokenize("概括:一是经济实力跃升.二是产业集群壮大;三是项目突破\n")
    assert [t.marker for t in toks] == ["一是", "二是", "三是"]


def test_positions_and_lines():
    text = "前言\n\n一、总体要求\n　　（一）稳中求进。一是稳增长。二是促改革。\n"
    toks = tokenize(text)
    assert [(t.marker, t.line, t.para) for t in toks] == [
        ("一、", 3, 2), ("（一）", 4, 3), ("一是", 4, 3), ("二是", 4, 3)]
    assert text[toks[1].mstart:toks[1].mend] == "（一）"
