"""SP103 run-not-from-one: `（二）（三）` with no `（一）` — a list that does not start at 1."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document
from ..levels import numbering_breaks, quote, with_ordinal
from ..rule import Hit, Rule


def check(doc: Document) -> Iterator[Hit]:
    for step in numbering_breaks(doc):
        if step.kind != "start":
            continue
        node = step.node
        first = quote(with_ordinal(node.marker, 1))
        if step.parent is None:
            yield node, (f"编号没有从{first}开始：全文第一项是{quote(node.marker)}"
                         f"（如果是节选，请忽略）")
        else:
            yield node, (f"编号没有从{first}开始：{quote(step.parent.marker)}下的第一项是"
                         f"{quote(node.marker)}")


RULE = Rule(
    code="SP103",
    name="run-not-from-one",
    severity="error",
    summary="编号不从一开始：一组编号的第一项不是“一”或“1”。",
    why=("每组编号都应从“一”“（一）”“1.”开始。以“（二）”开头，常常是第一小节的标题漏写了"
         "编号，或第一小节被删掉了。节选的文字（网页的第二页、摘录）从中间开始是正常的，"
         "这时可以用 --ignore SP103 关掉本规则。"),
    bad="""\
一、过去一年的工作
（二）城乡面貌明显改善。新建改造道路四十公里。
（三）社会事业全面进步。新建学校三所。
二、今年的主要任务
（一）稳住经济大盘。
（二）办好民生实事。
""",
    good="""\
一、过去一年的工作
（一）城乡面貌明显改善。新建改造道路四十公里。
（二）社会事业全面进步。新建学校三所。
二、今年的主要任务
（一）稳住经济大盘。
（二）办好民生实事。
""",
    check=check,
)
