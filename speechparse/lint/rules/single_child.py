"""SP301 single-child: `一、` holding only `（一）` — a list of one item."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document
from ..levels import groups, quote
from ..rule import Hit, Rule


def check(doc: Document) -> Iterator[Hit]:
    for parent, items in groups(doc):
        if len(items) != 1:
            continue
        node = items[0]
        if parent is None:
            yield node, f"全文只有{quote(node.marker)}一项：只有一项时不必编号，或补全同级各项"
        else:
            yield node, (f"{quote(parent.marker)}下只有{quote(node.marker)}一项："
                         f"只有一项时不必编号，或补全同级各项")


RULE = Rule(
    code="SP301",
    name="single-child",
    severity="warning",
    summary="单独一项：一组编号只有一项（如“一、”下只有“（一）”）。",
    why=("编号是为了把并列的几项分开，只有一项时编号没有意义，还会让人找“（二）”在哪里。"
         "常见原因是后面几项被删掉了，或本该并列的内容写进了正文。"
         "把这一项的标题并入上级标题或正文，或者补全同级的其他各项。"),
    bad="""\
一、总体要求
（一）指导思想。坚持稳中求进工作总基调。
二、重点任务
（一）推动产业升级。
（二）扩大对外开放。
""",
    good="""\
一、总体要求
坚持稳中求进工作总基调。
二、重点任务
（一）推动产业升级。
（二）扩大对外开放。
""",
    check=check,
)
