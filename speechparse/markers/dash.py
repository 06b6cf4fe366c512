"""Dash bullets `——经济总体回升向好。`: unnumbered items (ordinal None)."""

from . import Family

DASH = Family(
    name="dash",
    style="dash",
    pattern=r"(?:——|──|－－)(?=[^—─－\s])",
    description="Dash bullet: an item with no ordinal; always a leaf.",
    examples=("——经济总体回升向好。",),
    not_markers=("——在全市工作会议上的讲话 (a subtitle before the body)",),
)

FAMILIES = (DASH,)
