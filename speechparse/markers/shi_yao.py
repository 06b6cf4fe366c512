"""The X是 / X要 runs: `一是……二是……`, `一要……二要……`, at a paragraph start or inside it.

Inside a paragraph a run counts only after a sentence or clause boundary (`：一是`, `。二是`,
`，三是`), so `统一是`, `这一是` never match, and only when it starts at 一 or continues a run
already open (the builder checks that).
"""

from . import CN_NUM, Family

# `一是一、二是二` is an idiom, not a list
_NOT_IDIOM = r"(?![一二三四五六七八九十][，,、])"

SHI = Family(
    name="shi",
    style="shi",
    pattern=rf"(?P<n>{CN_NUM})是{_NOT_IDIOM}",
    description="`一是` run, at a paragraph start or inline after a boundary.",
    examples=("一是经济实力实现新跃升。", "……概括：一是……。二是……。"),
    not_markers=("统一是前提", "一是一、二是二"),
    inline=True,
    group="shi-yao",
)

YAO = Family(
    name="yao",
    style="yao",
    pattern=rf"(?P<n>{CN_NUM})要{_NOT_IDIOM}",
    description="`一要` run, at a paragraph start or inline after a boundary.",
    examples=("一要坚定不移走发展道路。",),
    not_markers=("统一要求",),
    inline=True,
    group="shi-yao",
)

FAMILIES = (SHI, YAO)
