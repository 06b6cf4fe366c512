"""`第一，` `第一、` and the part/chapter/section headings `第一篇` `第一部分` `第一章` `第一节`."""

from ..punct import HAN
from . import CN_NUM, Family
from .cn import RANGE_LIKE

_SEP = r"(?=[ \t\u3000：:、，,．.]|$)"


def _unit(name: str, unit: str, description: str, example: str, traditional: str = "",
          inside: tuple[str, ...] = ()) -> Family:
    # `traditional`: the unit as Hong Kong and Taiwan copies write it (`第一節` `第一條` `第一講`)
    return Family(
        name=name,
        style=name,
        # (`第1部分` `第2章`: a company's or an engineer's arabic numbers, as `第一部分`)
        # (`第—部分`: OCR's dash for the 一)
        # (`第一 部分`: a space a typist left between the numeral and the unit)
        pattern=rf"第(?P<n>{CN_NUM}|[1-9][0-9]?|—)[ \u3000]?(?:{unit}|{traditional or unit}){_SEP}",
        description=description,
        examples=(example, example.replace("第一", "第1", 1)),
        not_markers=(f"第一{unit[0]}课 (no separator after the unit)",) if len(unit) == 1 else (),
        heading=True,
        inside=inside,
    )


VOLUME = _unit("volume", "篇", "`第一篇` a plan outline's part (规划纲要), above its chapters.", "第一篇　发展基础")
# the units by size: a 篇 holds 部分, a 部分 chapters, a chapter sections, a section articles
PART = _unit("part", "部分", "`第一部分` part heading.", "第一部分　过去五年的工作", inside=("volume",))
CHAPTER = _unit("chapter", "章", "`第一章` chapter heading.", "第一章 总则", inside=("volume", "part"))
SECTION = _unit("section", "节", "`第一节` section heading.", "第一节　基本情况", "節",
                inside=("volume", "part", "chapter"))
ARTICLE = _unit("article", "条", "`第一条` article of rules.", "第一条 为了规范……", "條",
                inside=("volume", "part", "chapter", "section"))
LECTURE = _unit("lecture", "讲", "`第一讲` lecture heading.", "第一讲 理论学习", "講")

DI = Family(
    name="di",
    style="di",
    pattern=rf"第(?P<n>{CN_NUM})(?:[呢啊](?=[，,]))?[，,、：:．.]",
    description="`第一，` / `第一、` ordinal at a paragraph start (a speaker's `第一呢，` too).",
    examples=("第一，坚持稳中求进。", "第二、狠抓项目建设", "第一呢，发展精深加工。"),
    not_markers=("第一次全体会议", "第一时间"),
    # `第三、四季度以来` is the third and fourth quarters, as `三、四季度`; after `第一，` a
    # numeral starts the sentence (`第一，一年来……`)
    doubt=rf"(?<=、){RANGE_LIKE}",
)

# an older heading style: `第一　敌后游击战争是长期的。`, the ordinal and a space (weak: its 第二 must follow)
DI_SPACED = Family(
    name="di-spaced",
    style="di-spaced",  # (a heading line: `第一　立志` above its `第一，……` paragraphs is a level above them)
    # (or alone on its line, `## 第一` over the paragraph that says the point: `减租。……`)
    pattern=rf"第(?P<n>{CN_NUM})(?=[ \u3000]+{HAN}|[ \t\u3000]*$)",
    description="`第一　……` ordinal and a space before the heading's words (or alone on its line), in a run "
                "whose next number follows.",
    examples=("第一　敌后游击战争是长期的。", "第一"),
    not_markers=("第一线的同志 (no space)",),
    heading=True,
    weak=True,
    title_on_next_line=False,  # (alone on its line it has no title: the paragraph below says the point)
)

# a speaker's numbered points and questions: `第一点，` `第二个问题，关于……` `第三个方面：`
# a speaker's points: `第一点，` `第二个问题，` `第三个方面：` count on as one run (speakers mix the
# words); a bare `第一个，` `第二个呢，` as said off the script, and `头一条，` `第二条，`, are styles of
# their own (`第二个呢，` then `第二点，`: a point below it); a speaker's fillers come with them
# (`第三个事啊，`, `这个第二个方面，`)
FILLERS = "呢啊呀哈"  # (lint reads the marker without them: tests/test_lint's gold reading too)
LEADS = ("这个", "那么")
_FILLER = f"[{FILLERS}]?"
_LEAD = f"(?:{'|'.join(LEADS)})?"
POINT = Family(
    name="point",
    style="point",
    # (or a space before a heading's words: `第二个问题　散了以后怎么办`)
    pattern=rf"{_LEAD}第(?P<n>{CN_NUM})(?:[点點]|[个個](?:问题|問題|方面)|方面){_FILLER}(?:[，,、：:．.]|(?=[ \u3000]+{HAN}))",
    description="`第一点，` / `第一个问题，` / `第一个方面，` a speaker's point at a paragraph start "
                "(`第二个问题　……` as a heading).",
    examples=("第一点，要把思想统一到会议精神上来。", "第二个问题，关于作风建设。", "第三點，要加強作風建設。",
              "第二个问题　散了以后怎么办",
              "这个第二个方面啊，要抓好队伍。"),
    not_markers=("第一点儿", "第一方面军"),
    heading=True,
)
POINT_GE = Family(
    name="point-ge",
    style="point-ge",
    pattern=rf"{_LEAD}第(?P<n>{CN_NUM})[个個]{_FILLER}[，,、：:．.]",
    description="`第一个，` / `第二个呢，` a speaker's point, as said off the script.",
    examples=("第二个呢，要把账算清楚。", "第一个，今年的账要算清楚。"),
    not_markers=("第一个报名的是老王",),
    heading=True,
)
POINT_TIAO = Family(
    name="point-tiao",
    style="point-tiao",
    pattern=rf"{_LEAD}(?:第(?P<n>{CN_NUM})|头(?P<n2>一))条{_FILLER}[，,]",
    description="`头一条，` / `第二条，` a speaker's point (with a comma: `第二条 ` is an article of rules).",
    examples=("头一条，要讲政治。", "第二条，要守规矩。"),
    not_markers=("第二条路要走稳",),
    heading=True,
)
POINT_ITEM = Family(
    name="point-item",
    style="point-item",
    pattern=rf"{_LEAD}第(?P<n>{CN_NUM})[项項]{_FILLER}[，,：:]",
    description="`第一项，` / `第二项：` a speaker's items of work (`重点抓好四项工作。` then `第一项，市场。`).",
    examples=("第一项，市场。", "第二项：产品。"),
    not_markers=("第一项议程", "第一项就是把账算清 (no comma)"),
    heading=True,
)
POINT_THING = Family(
    name="point-thing",
    style="point-thing",
    pattern=rf"{_LEAD}(?:第(?P<n>{CN_NUM})|头(?P<n2>一))[件个個](?:事情?|大事){_FILLER}[，,：:]",
    description="`头一件事，` / `第二件事呢，` / `第三个事情，` a speaker's point, counted as things to do.",
    examples=("头一件事，把路修好。", "第二件事呢，把账算清。", "第三个事情，要管好队伍。", "第三个事啊，要防汛。"),
    not_markers=("第一件事情是什么", "头一件事就办砸了"),
    heading=True,
)

POINT_STEP = Family(
    name="point-step",
    style="point-step",
    pattern=rf"{_LEAD}第(?P<n>{CN_NUM})步{_FILLER}[，,：:]",
    description="`第一步，` / `第二步呢，` a speaker's steps, in the order they are to be taken.",
    examples=("第一步，先把底数摸清。", "第二步呢，依法依规认定。"),
    not_markers=("第一步就是摸底 (no comma)", "迈出第一步，"),
    heading=True,
)
POINT_SAYING = Family(
    name="point-saying",
    style="point-saying",
    pattern=rf"{_LEAD}第(?P<n>{CN_NUM})句(?:话|話)?{_FILLER}[，,：:]",
    description="`第一句话，` a speaker's sayings (`我讲三句话。` then `第一句话，……`).",
    examples=("第一句话，我们有一定的积累。", "第二句話，要敢闯敢试。"),
    not_markers=("第一句话就问 (no comma)",),
    heading=True,
)

FAMILIES = (VOLUME, PART, CHAPTER, SECTION, POINT, POINT_GE, POINT_TIAO, POINT_ITEM, POINT_THING, POINT_STEP, POINT_SAYING,
            ARTICLE, LECTURE, DI, DI_SPACED)  # (`第二条，` a point)

# the styles of a speaker's points counted with or without a counter word (`第一呢，` `第二个呢，`
# `第三点，`): one run when the next number follows, whatever the word (the builder and lint)
SPOKEN_COUNTERS = frozenset({DI.style, DI_SPACED.style, POINT.style, POINT_GE.style})
