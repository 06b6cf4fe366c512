"""Dash bullets `——经济总体回升向好。`: unnumbered items (ordinal None)."""

from . import Family

DASH = Family(
    name="dash",
    style="dash",
    pattern=r"(?:——|──|－－)(?=[^—─－\s])",
    description="Dash bullet: an item with no ordinal; always a leaf. Before the first numbered "
                "item a dash line is front matter (`——在全市工作会议上的讲话` is a subtitle).",
    examples=("——经济总体回升向好。",),
)

FAMILIES = (DASH,)
