"""SP203 non-standard-level-order: levels nested against GB/T 9704-2012 (`（一）` under `1.`)."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document, Node
from ..levels import GBT_ORDER, GBT_RANK, groups, quote
from ..rule import Hit, Rule


def _gbt_ancestor(node: Node) -> Node | None:
    parent = node.parent
    while parent is not None and parent.style not in GBT_RANK:
        parent = parent.parent
    return parent


def check(doc: Document) -> Iterator[Hit]:
    for _parent, items in groups(doc):
        first = items[0]
        if first.style not in GBT_RANK:
            continue
        above = _gbt_ancestor(first)
        if above is not None and GBT_RANK[first.style] < GBT_RANK[above.style]:
            yield first, (f"层级顺序不合 GB/T 9704-2012：{quote(first.marker)}用在"
                          f"{quote(above.marker)}之下，通常依次为 {GBT_ORDER}")


RULE = Rule(
    code="SP203",
    name="non-standard-level-order",
    severity="info",
    summary="层级顺序不规范（提示）：上下级编号的顺序与 GB/T 9704-2012 相反。",
    why=("GB/T 9704-2012《党政机关公文格式》规定结构层次序数依次用“一、”“（一）”“1.”“（1）”。"
         "本规则只提示顺序颠倒的情况（如“（一）”用在“1.”之下，“一、”用在“（一）”之下）；"
         "层次少时越级使用（如“一、”之下直接用“1.”）是通行做法，不提示。"
         "讲话稿不一定按公文格式排版，所以这是 info 级提示，默认不影响退出状态（见 --fail-on）。"
         "每组编号只在第一项处提示一次。"),
    bad="""\
1.提高思想认识
（一）深刻认识重要意义。这项工作事关全局。
（二）准确把握目标要求。今年要完成改造任务。
2.狠抓工作落实
（一）细化工作方案。
（二）强化督促检查。
""",
    good="""\
一、提高思想认识
（一）深刻认识重要意义。这项工作事关全局。
（二）准确把握目标要求。今年要完成改造任务。
二、狠抓工作落实
（一）细化工作方案。
（二）强化督促检查。
""",
    check=check,
)
