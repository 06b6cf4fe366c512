"""SP102 repeated-ordinal: `（一）（二）（二）` — a number used twice (or going backwards)."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document
from ..levels import numbering_breaks, quote
from ..rule import Hit, Rule


def check(doc: Document) -> Iterator[Hit]:
    for step in numbering_breaks(doc):
        if step.kind != "repeat" or step.previous is None:
            continue
        node, prev = step.node, step.previous
        if node.ordinal == prev.ordinal:
            yield node, f"编号重复：{quote(node.marker)}与第{prev.line}行的{quote(prev.marker)}序号相同"
        else:
            yield node, f"编号倒退：{quote(node.marker)}出现在第{prev.line}行的{quote(prev.marker)}之后"


RULE = Rule(
    code="SP102",
    name="repeated-ordinal",
    severity="error",
    summary="编号重复：同一组编号中同一个序号出现了两次（或序号倒退）。",
    why=("同一组编号中每个序号只能用一次。重复的“（二）”通常是复制段落后忘了改号，"
         "或在中间插入一项后没有顺延后面的编号。把重复项及其后各项依次改正。"
         "在一段引导语之后从“1”重新开始的第二组编号不算重复。"),
    bad="""\
一、主要成绩
（一）经济运行稳中有进。全年地区生产总值增长百分之六。
（二）改革开放持续深化。重点领域改革取得新突破。
（二）民生保障不断加强。新增城镇就业一万二千人。
二、下一步打算
（一）抓好项目建设。
（二）抓好民生实事。
""",
    good="""\
一、主要成绩
（一）经济运行稳中有进。全年地区生产总值增长百分之六。
（二）改革开放持续深化。重点领域改革取得新突破。
（三）民生保障不断加强。新增城镇就业一万二千人。
二、下一步打算
（一）抓好项目建设。
（二）抓好民生实事。
""",
    check=check,
)
