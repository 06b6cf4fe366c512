"""`其一，` `其二，` ordinals."""

from . import Family

QI = Family(
    name="qi",
    style="qi",
    pattern=r"其(?P<n>[一二三四五六七八九十])[，,、：:]",
    description="`其一，` ordinal at a paragraph start.",
    examples=("其一，夯实产业基础。",),
    not_markers=("其一般规律",),
)

FAMILIES = (QI,)
