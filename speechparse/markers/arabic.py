"""Arabic-numeral markers: `1.` `1．` `1、` `⒈` and `（1）` `(1)` `⑴`."""

from ..punct import HAN
from . import AR_NUM, Family

# `1.5亿`, `3、4、5`, `2024.` are numbers, not markers; `3、4月份` is a range unless the second
# number does not follow the first (`1、7月完成……`: the item's date): the builder decides (doubt)
_NOT_A_NUMBER = (r"(?![ \u3000]*[0-9０-９]+[ \u3000]*(?:[、，,]|%|％)"
                 r"|[0-9０-９]+(?![0-9０-９]*[ \u3000]*(?:月|日|号|季|年)))")
_DATE_RANGE = r"(?<=、)[ \u3000]*(?P<to>[0-9０-９]{1,2})[ \u3000]*(?:月|日|号|季|年)"

ARABIC = Family(
    name="arabic",
    style="arabic",
    # (`1. 9月底前……` is an item: only `、` makes a range with the number after a space)
    # (`3 .抓好……`: a space before the dot is a slip, not a number and a full stop)
    # (`1.2026年完成……`: a year after the dot, never a decimal's digits)
    # (`11．2.1万名……` `10．1-6月，……`: a number with a point of its own, or a range of months,
    # after the dot: the dot ends a marker, no decimal is read so; nor a date, `1.11月底前完成……`)
    pattern=rf"(?:(?P<n>{AR_NUM})(?:[.．](?:(?![0-9０-９])|(?=(?:19|20)[0-9]{{2}}年)"
            rf"|(?=[0-9０-９]{{1,4}}[.．][0-9０-９])|(?=[0-9０-９]{{1,2}}[-－—~～至][0-9０-９]{{1,2}}[月日])"
            rf"|(?=[0-9０-９]{{1,2}}[月日](?!份?[0-9０-９])))"
            rf"| [.．](?![ \u3000]*[0-9０-９])"
            rf"|、{_NOT_A_NUMBER})|(?P<n2>[⒈-⒛]))",
    description="Arabic numeral with `.`, `．` or `、` (one style: mixing them is a lint finding).",
    examples=("1.攻项目、重实效", "2．塑品牌", "3、聚合力", "1. 9月底前完成清欠", "3 .抓好项目服务", "1.2026年完成平台建设",
              "1、7月完成边界防火墙升级", "11．2.1万名乡村医生完成培训", "10．1-6月，全县门诊量增长",
              "1.11月底前完成风险评估复核"),
    not_markers=("2.57亿美元", "3、4月份以来", "2024年"),
    heading=True,
    doubt=_DATE_RANGE,
)

# OCR reads a `1.` as `l.` (a letter l): item 1 of the run when its `2.` follows
ARABIC_OCR_ONE = Family(
    name="arabic-ocr-one",
    style="arabic",
    pattern=rf"(?P<n>[lIS]|[1-9]O)[.．、](?={HAN}|$)",
    description="`l.` / `I.` / `l、` / `S.` / `1O.` with a letter for the digit 1, 5 or 0, as OCR reads it: an item "
                "of a run whose next number follows.",
    examples=("l.加快项目建设", "I.加快项目建设", "S.强化督查问责", "1O.加强队伍建设"),
    not_markers=("l.e. (Latin text)",),
    heading=True,
    weak=True,
)

# OCR reads the full stop of `1.` as a comma: `1,招商引资成效明显`, an item of a run whose next follows
ARABIC_OCR_COMMA = Family(
    name="arabic-ocr-comma",
    style="arabic",
    pattern=rf"(?P<n>{AR_NUM})[,，](?={HAN})",
    description="`1,` with a comma for the dot, as OCR reads it: an item of a run whose next number follows.",
    examples=("1,招商引资成效明显",),
    not_markers=("1,200万元 (a number)",),
    heading=True,
    weak=True,
)

ARABIC_PAREN = Family(
    name="arabic-paren",
    style="arabic-paren",
    # (`（l）`: OCR's letter l for the digit 1)
    pattern=rf"(?:[（(][ \u3000]*(?P<n>{AR_NUM}|l)[ \u3000]*[）)]|(?P<n2>[⑴-⒇])|(?P<n3>{AR_NUM})[）)])",
    description="Arabic numeral in brackets (or with a closing bracket only) — usually below `1.`.",
    examples=("（1）加快项目建设", "(2)优化营商环境", "3）强化督查"),
    not_markers=("（2024）年度报告 (four digits)",),
)

# a site's or a word processor's section number before a heading's words (`## 1 总体要求`)
ARABIC_HEADING = Family(
    name="arabic-heading",
    style="arabic-heading",
    pattern=rf"(?P<n>[1-9][0-9]?)(?=[ \t\u3000]+{HAN})(?![ \t\u3000]+[年月日个万亿])",
    description="Arabic numeral and a space before a heading's words, on a Markdown or Word heading line only.",
    examples=("1 总体要求",),
    not_markers=("3 月份以来 (a date)",),
    heading=True,
    heading_line=True,
)

FAMILIES = (ARABIC, ARABIC_OCR_ONE, ARABIC_OCR_COMMA, ARABIC_PAREN, ARABIC_HEADING)
