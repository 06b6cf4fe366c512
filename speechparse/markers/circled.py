"""Circled digits `①`…`⑳` at a paragraph start (footnotes after the body are not items)."""

from . import Family

CIRCLED = Family(
    name="circled",
    style="circled",
    # (the dingbats Word and fonts offer as the same: `❶` `➀` `➊`, double-circled `⓵`)
    pattern=r"(?P<n>[①-⑳❶-❿➀-➉➊-➓⓵-⓾])",
    description="Circled digit opening a paragraph (`①`, or the dingbats `❶` `➀` `➊` `⓵`).",
    examples=("①加强组织领导", "② 完善工作机制", "❶抓好教学常规"),
    not_markers=("……的论述①。 (a note reference mid-sentence)",),
)

FAMILIES = (CIRCLED,)

# OCR confuses `①`, `⑴` and `(1)`: an item of one goes on a run of the other when the next number follows
# (the builder and lint read them as one run then)
CIRCLED_KIN = frozenset({CIRCLED.style, "arabic-paren"})
