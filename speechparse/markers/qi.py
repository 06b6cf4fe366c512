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

# an old book's `其一調查全省學齡兒童。` (a text that punctuates with `。` alone): the ordinal straight
# before its words, in a run whose next number follows (weak: `其一生` alone is no item)
QI_BARE = Family(
    name="qi-bare",
    style="qi",
    pattern=r"其(?P<n>[一二三四五六七八九十])(?=[\u4e00-\u9fff])(?![一二三四五六七八九十百千万般生切])",
    description="`其一……` ordinal run straight into its words at a paragraph start, in a run whose next number follows.",
    examples=("其一調查全省學齡兒童。",),
    not_markers=("其一般规律", "其一生事业"),
    weak=True,
)

FAMILIES = (QI, QI_BARE)
