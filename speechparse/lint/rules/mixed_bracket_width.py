"""SP201 mixed-bracket-width: `(三)` among `（一）（二）` — half- and full-width brackets at one level."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document
from ..levels import brackets, levels, majority, quote
from ..rule import Hit, Rule

_NAMES = {"full": "全角括号“（）”", "half": "半角括号“()”"}


def check(doc: Document) -> Iterator[Hit]:
    for items in levels(doc).values():
        forms = [(node, form) for node in items if (form := brackets(node.marker)) is not None]
        for node, form in forms:
            if form == "mixed":
                yield node, f"括号全角半角混用：{quote(node.marker)}的左右括号宽度不同"
        usual = _usual([form for _, form in forms if form != "mixed"])
        if usual is None:
            continue
        for node, form in forms:
            if form not in (usual, "mixed"):
                yield node, (f"同级编号括号宽度不一致：{quote(node.marker)}用了{_NAMES[form]}，"
                             f"同级其他编号用{_NAMES[usual]}")


def _usual(forms: list[str]) -> str | None:
    """The form most items use; on a tie, the one used first."""
    if not forms:
        return None
    return majority(forms)


RULE = Rule(
    code="SP201",
    name="mixed-bracket-width",
    severity="warning",
    summary="括号宽度不一致：同一层级的编号混用了全角括号“（）”和半角括号“()”。",
    why=("同一层级的编号应当写法一致。中文公文用全角括号“（一）”“（1）”；从网页或其他文件"
         "复制来的段落常带半角括号“(三)”，排版时字宽不同，一眼就能看出来。"
         "同一层级指全文中深度相同、样式相同的编号；以多数编号的写法为准（一样多时以先出现的为准）。"),
    bad="""\
一、今年的主要任务
（一）扩大有效投资。全年实施重点项目一百个。
（二）提振消费需求。办好各类促消费活动。
(三)稳定外贸外资。支持企业开拓新兴市场。
二、保障措施
（一）加强组织领导。
（二）强化督查考核。
""",
    good="""\
一、今年的主要任务
（一）扩大有效投资。全年实施重点项目一百个。
（二）提振消费需求。办好各类促消费活动。
（三）稳定外贸外资。支持企业开拓新兴市场。
二、保障措施
（一）加强组织领导。
（二）强化督查考核。
""",
    check=check,
)
