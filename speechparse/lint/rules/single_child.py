"""SP301 single-child: `一、` holding only `（一）` — a list of one item."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Document, Node
from ...numerals import int_to_cn
from ..levels import groups, quote
from ..rule import Hit, Rule

_BOUNDARY = "。；;！!？?"


def _continues_inline(node: Node) -> bool:
    """`第一，……。第二，……` in one paragraph: the run goes on inside the text, where only
    X是/X要 runs are items, so the numbered item is not really alone."""
    if node.ordinal is None:
        return False
    number = re.escape(str(node.ordinal))
    cn = re.escape(int_to_cn(node.ordinal)) if node.ordinal < 100 else number
    nxt = node.ordinal + 1
    following = re.sub(f"{cn}|{number}", int_to_cn(nxt) if re.search(cn, node.marker) else str(nxt),
                       node.marker, count=1)
    text = "".join(node.body)
    # the body starts right after the title's sentence end, so offset 0 follows a boundary too
    return any(i == 0 or text[i - 1] in _BOUNDARY for i in _find_all(text, following))


def _find_all(text: str, part: str) -> Iterator[int]:
    i = text.find(part)
    while i != -1:
        yield i
        i = text.find(part, i + 1)


def check(doc: Document) -> Iterator[Hit]:
    for parent, items in groups(doc):
        if len(items) != 1:
            continue
        node = items[0]
        if _continues_inline(node):
            continue
        if node.ordinal is not None and node.ordinal > 1:
            continue  # `二、` holding only `5．` (numbered through the text), a page's lone `四、`: its list is elsewhere
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
         "把这一项的标题并入上级标题或正文，或者补全同级的其他各项。"
         "单独一项的编号不是从一开始的（全文连续编号的“5．”，节选里的“四、”），它的同级在别处，不提示。"),
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
