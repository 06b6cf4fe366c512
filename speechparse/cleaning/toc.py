"""Tables of contents: a `提纲`/`目录` block, or a run of bare headings that the body repeats."""

from __future__ import annotations

import re

from ..tokenizer import Token

TOC_LABEL = re.compile(r"^(?:提\s*纲|目\s*录|内容提要|本文提纲|讲话提纲|报告提纲)\s*[:：]?$")
MAX_ENTRY_LEN = 60
_PUNCT = re.compile(r"[，,、。；;：:\s\u3000“”\"'‘’]")


def key(title: str, n: int = 6) -> str:
    return _PUNCT.sub("", title)[:n]


def repeated_later(entry: Token, entry_title: str, later: list[Token], titles: dict[int, str]) -> bool:
    want = key(entry_title, 4)
    for t in later:
        if t.style == entry.style and t.ordinal == entry.ordinal and not t.inline:
            if key(titles[id(t)], 4) == want:
                return True
    return False
