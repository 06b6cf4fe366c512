"""Circled digits `①`…`⑳` at a paragraph start (footnotes after the body are not items)."""

from . import Family

CIRCLED = Family(
    name="circled",
    style="circled",
    pattern=r"(?P<n>[①-⑳])",
    description="Circled digit opening a paragraph.",
    examples=("①加强组织领导", "② 完善工作机制"),
    not_markers=("……的论述①。 (a note reference mid-sentence)",),
)

FAMILIES = (CIRCLED,)
