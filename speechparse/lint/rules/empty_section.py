"""SP303 empty-section: a heading with nothing under it."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Document
from ..levels import SENTENCE_END, quote
from ..rule import Hit, Rule


def check(doc: Document) -> Iterator[Hit]:
    text = doc.text
    for node in doc.walk():
        if node.inline or node.ordinal is None or node.children or node.body:
            continue
        start, end = node.head
        if end > start and text[end - 1] in SENTENCE_END:
            continue  # a whole sentence (`（1）完成改造任务。`) is an item, not a heading
        line_end = text.find("\n", end)
        if text[end:len(text) if line_end == -1 else line_end].strip(" \t\u3000"):
            continue  # the line goes on (`一要敢于负责，二要深入工段，……`): a run in a sentence
        yield node, f"空标题：{quote(node.heading)}下既没有正文，也没有下级标题"


RULE = Rule(
    code="SP303",
    name="empty-section",
    severity="warning",
    summary="空标题：一个标题下面既没有正文，也没有下级标题。",
    why=("标题之后应当有内容。空着的标题多半是写稿时先列了提纲、后来忘了补写，"
         "或者正文被误删。以句号、分号结尾的整句分项（如“（1）完成改造任务。”）"
         "本身就是内容，不算空标题。"),
    bad="""\
一、基本情况
全县共有农村公路四千公里。
二、存在问题
三、下一步打算
要加大养护资金投入。
""",
    good="""\
一、基本情况
全县共有农村公路四千公里。
二、存在问题
部分路段年久失修，安全隐患较多。
三、下一步打算
要加大养护资金投入。
""",
    check=check,
)
