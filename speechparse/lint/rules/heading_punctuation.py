"""SP302 inconsistent-heading-punctuation: sibling headings that end differently."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document, Node
from ..levels import groups, majority, quote, title_end
from ..rule import Hit, Rule

_LIST_SEPARATORS = ("；", ";")
_FULL_STOPS = ("。", ".", "．")


def _name(end: str) -> str:
    return f"以“{end}”结尾" if end else "结尾不加标点"


def _runs(known: list[tuple[Node, str]]) -> list[list[tuple[Node, str]]]:
    """The group's items split where a run starts again at 1."""
    out: list[list[tuple[Node, str]]] = []
    for pair in known:
        if not out or pair[0].ordinal == 1:
            out.append([])
        out[-1].append(pair)
    return out


def _is_list(run: list[tuple[Node, str]]) -> bool:
    ends = [end for _, end in run]
    return len(ends) >= 2 and ends[-1] in _FULL_STOPS and all(e in _LIST_SEPARATORS for e in ends[:-1])


def check(doc: Document) -> Iterator[Hit]:
    for _parent, items in groups(doc):
        ends = [(node, title_end(doc, node)) for node in items]
        known = [(node, end) for node, end in ends if end is not None]
        if len(known) < 2:
            continue
        # `（1）……；（2）……；（3）……。`: the last item of a list closes with a full stop (each
        # run of the group on its own: two lists under one parent are two sentences)
        known = [pair for run in _runs(known) if not _is_list(run) for pair in run]
        if len(known) < 2:
            continue
        counted = [end for _, end in known]
        usual = majority(counted)
        for node, end in known:
            if end != usual:
                yield node, (f"同级标题结尾标点不一致：{quote(node.marker)}{_name(end)}，"
                             f"同级多数标题{_name(usual)}")


RULE = Rule(
    code="SP302",
    name="inconsistent-heading-punctuation",
    severity="warning",
    summary="标题结尾标点不一致：同一组的各个标题，有的以句号结尾，有的不加标点（或用了别的标点）。",
    why=("同一组并列的标题应当统一：要么都不加标点、单独成行，要么都以句号结尾、后接正文。"
         "混用通常是从不同材料拼起来的稿子留下的痕迹。以多数标题的写法为准"
         "（一样多时以先出现的为准）。分项列举时前几项用分号、最后一项用句号是规范写法，不提示；"
         "以问号、叹号结尾的标题不参与比较；句中的“一是……二是……”不是标题，不检查。"),
    bad="""\
一、提高站位，统一思想
全镇上下要充分认识这项工作的重要性。
二、突出重点，精准发力。
要集中力量解决群众反映强烈的突出问题。
三、压实责任，确保实效
各部门要各司其职、密切配合。
""",
    good="""\
一、提高站位，统一思想
全镇上下要充分认识这项工作的重要性。
二、突出重点，精准发力
要集中力量解决群众反映强烈的突出问题。
三、压实责任，确保实效
各部门要各司其职、密切配合。
""",
    check=check,
)
