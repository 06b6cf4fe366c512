"""Bare Chinese numerals as part headings: `一` alone on its line, or `一　关于经济建设的几个问题`.

Older reports and classic speeches number their parts this way. The form is weak (a numeral
alone could be anything), so a run of it starts only when its `二` follows, and a numeral
alone on its line has no title: the next line is the part's first paragraph.
"""

from . import CN_NUM, Family

BARE = Family(
    name="cn-bare",
    style="cn-bare",
    # alone on the line, or followed by white space and a heading (not by another numeral)
    # (... or by a heading that opens with a year, `一　一九七九年计划的执行情况`: the space parts them)
    pattern=rf"(?P<n>{CN_NUM})(?=[ \t\u3000]*$|[ \t\u3000]+[^\s一二三四五六七八九十、，。．.]"
            r"|[ \t\u3000]+[一二三四五六七八九〇零○]{4}年)",
    description="Chinese numeral alone on its line, or followed by a space and the heading.",
    examples=("一", "二　关于经济建设的几个问题", "一　一九七九年计划的执行情况"),
    not_markers=("一九五六年 (a year: no space after the numeral)", "一 二 三 (numerals in a row)"),
    heading=True,
    weak=True,
    title_on_next_line=False,
)

FAMILIES = (BARE,)
