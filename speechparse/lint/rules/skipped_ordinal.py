"""SP101 skipped-ordinal: `一、二、四、` — a number is missing from a list."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document
from ..levels import numbering_breaks, quote, with_ordinal
from ..rule import Hit, Rule


def check(doc: Document) -> Iterator[Hit]:
    for step in numbering_breaks(doc):
        if step.kind != "skip" or step.previous is None:
            continue
        prev_n, n = step.previous.ordinal or 0, step.node.ordinal or 0
        missing = "、".join(quote(with_ordinal(step.node.marker, k)) for k in range(prev_n + 1, n))
        yield step.node, (f"编号跳号：{quote(step.node.marker)}紧接在{quote(step.previous.marker)}"
                          f"（第{step.previous.line}行）之后，缺少{missing}")


RULE = Rule(
    code="SP101",
    name="skipped-ordinal",
    severity="error",
    summary="编号跳号：同一组编号中间缺了一个或几个序号。",
    why=("同一组编号应当连续。“一、二、四、”让听众和读者以为漏掉了一部分内容，"
         "多半是删改稿子时删去了一节而没有重新编号。修改时补上缺的一项，或把后面的编号依次改小。"),
    bad="""\
一、统一思想认识
今年是完成规划目标的关键一年。
二、突出工作重点
要集中力量抓好项目建设。
四、强化组织保障
各级要压实工作责任。
""",
    good="""\
一、统一思想认识
今年是完成规划目标的关键一年。
二、突出工作重点
要集中力量抓好项目建设。
三、强化组织保障
各级要压实工作责任。
""",
    check=check,
)
