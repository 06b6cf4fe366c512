"""Recursive-descent outline builder: token stream -> tree, each attachment decided with the
whole run structure in view.

Levels are not a fixed table of styles. Inside each parent, the styles rank in the order in
which they open. `_parse_items` descends one level per nested item; `_place` decides where a
candidate goes, by these rules (each decision is recorded as a `Decision` for `--explain`):

- **continue**: a candidate whose ordinal continues an open item of its style is that item's
  sibling (everything below closes). When two open runs of the style could take it, the
  innermost does, unless an outer one's items have the candidate's shape (heading line or
  paragraph) and none of the items it would close goes on later.
- **restart**: a candidate at 1 of a style already open either nests a new run below the
  innermost open item, or starts a second run beside the open one. It nests when the open
  run goes on later (`四、` … `一、二、三、` … `五、`): the reading that keeps every run
  consecutive wins. Looking ahead simulates the runs (inner runs may restart; an item in
  between that goes on ends them; a part heading ends every run). Indented items below a
  flush heading of their style nest too; after an interjection they do not.
- **kin**: `一要` after `一是……五是` (one rank group) is a second run beside the first.
- **child**: a candidate of a style not open becomes a child of the innermost open item whose
  paragraph is still open (an inline item, a dash bullet or an `一是……` paragraph owns only
  its own paragraph, unless it ends with a colon that announces the items below), unless a **closer** stands between that item and the candidate: a
  part heading closes every item, a mid-speech interjection (`各位代表！`) the items below the
  section, a summary (`上述三项任务……`, `这些问题……`) or, after the item's own text, a
  retrospect (`回顾……`, `我们也清醒地看到`) the innermost list. Markdown heading and list
  depth, where there is one, decide outright. A line item may start a run at 2 after
  `首先`, or at n when its first items were inline in the paragraph before.
- **reject**: an ordinal that continues nothing, a lone inline `一是` with no `二是`, a saying
  (`一是吃饭，二是建设`), a marker inside a quotation (across lines, or in its paragraph) or a Markdown quote, code block or table, a numeral that reads
  as a range (`一、二季度`) outside a heading line or right before a plain item of the same
  ordinal (`三、五年内……` then `三、关于……`).

Ordinal continuity is the evidence that a candidate is real: anything else is body text.
Lookahead is bounded per decision and in total, so building stays linear in the tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

from .cleaning.noise import RUNNING_HEADER_CHARS, is_page_number
from .lazy_re import lazy
from .markers.circled import CIRCLED_KIN
from .markers.di import SPOKEN_COUNTERS
from .model import LEAF, Node, ParseWarning, Span
from .numerals import ordinal_of
from .punct import EDIT_LINK_WORD, EDIT_LINK_WORDS, HAN, PIECE_DATE_LINE, SENTENCE_END
from .reflow import display_width
from .regex_cache import compile as compile_re
from .spans import Clipper, is_inside, merge
from .tokenizer import Token, inline_form, starts_with_marker

# (`28:44:28`, `9:30` are ratios and times: a half-width colon before a digit ends no title)
# (a `.` between digits is a decimal point, after a digit a list's `1.` run on into the title)
# (a dot between Latin letters or digits is a web or mail address's: `qhjt@example.cn`, `1.5`)
# (a half-width `.` ends a title after a Han character; after a Latin letter it is English's own:
# `经营业绩 | I. Business Results`, `U.S.`)
_TITLE_END = compile_re(r"[。！？；：!?;]|:(?![0-9０-９])|(?<![0-9０-９A-Za-z])\.(?![0-9０-９])")
# a wiki's edit link after each section heading (`二、……回顾[编辑]`): the page's, not the title's
_LINKS_ONLY = compile_re(r"(?:\[[^\[\]\n]{1,6}\][\s\u200b]*)+")
_EDIT_LINK = compile_re(rf"\[{EDIT_LINK_WORD}\][\s\u200b]*$")
_TITLE_LEAD = " \t\u3000:：|｜"  # (a bar before the words: a table's cell edge, an OCR speck)
_TITLE_TRAIL = " \t\u3000，,、"
_WS = " \t\u3000\n"
_MID_WORD_END = lazy(r"[\u3400-\u9fff]")  # a line that stops at a Han character stops mid-sentence
# a transcript's stage direction on a line of its own: `（掌声）` `【鼓掌】` `（停顿）` `（众笑）`
_STAGE_DIRECTION = lazy(r"[（(【\[][^）)】\]\n]{0,6}(?:掌声|鼓掌|停顿|笑声|众笑|大笑|插话|欢呼|起立)"
                              r"[^）)】\]\n]{0,6}[）)】\]][ \t\u3000]*(?:\n|$)")
# (a rule under a letter's signature: an e-mail's footer, a confidentiality notice; a disclaimer)
_AFTER_SIGN_OFF = lazy(r"(?m)^[ \t\u3000]*(?:附件[ \t\u3000]*[0-9一二三四五六七八九十]{0,2}[ \t\u3000]*[：:]?|附[：:]"
                       r"|-{3,}|_{3,}|={6,}|—{3,}|\*{3,}|[^\n：:]{0,8}(?:免责声明|风险提示|特别提示)[：:][^\n]*)[ \t\u3000]*$")
# a notice that issues the document attached to it (`关于印发……的通知`, `现印发给你们，请认真贯彻执行`)
_TRANSMITTAL = lazy(r"关于印发|印发给你们|现(?:将|把)[^\n。]{0,60}(?:印发|转发)给")
_UNITS_BY_WORDS = frozenset({"volume", "part", "chapter"})  # (markers/di.py: 第一篇 第一部分 第一章)
_AFTER_SIGN_OFF_WORDS = ("附", "---", "___", "======", "———", "***", "声明", "提示")  # (what it needs)
_SIGN_OFF = lazy(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日"
                 r"(?:于[^\s，。]{1,8})?$"
                 r"|(?:述职人|报告人|汇报人|发言人)[：:]|以上报告|以上(?:汇报|发言|述职)|谢谢(?:大家)?[！!。]?(?:[ \t]*[A-Za-z][A-Za-z ,.!]*)?(?:[ \t]*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+)?$"
                 r"|(?:同志|同事|朋友)[们們][，,！!]|让我们|讓我們")  # (the closing words: `同志们，……让我们……！`)
SIGN_OFF_LINES = 3    # the sign-off is among the lines right before the 附件 line
SIGN_OFF_CHARS = 600
_STAGE_OPENERS, STAGE_CHARS = "（(【[", 16
_CONTINUED = ("（续）", "(续)", "（续完）", "【续】")  # a heading repeated on the next slide or page
RUN_KIN = (SPOKEN_COUNTERS, CIRCLED_KIN)  # styles whose items go on each other's runs
_RUN_KIN_OF = {style: kin for kin in RUN_KIN for style in kin}
_SPOKEN_BOUNDARY = "是家们"  # `就是一是` `大家一要` `我们一是`: boundaries of their own (tokenizer.py)
_CLAUSE_END = compile_re(r"[，,、。；;：:！!？?\n]")
_CLAUSE_GOES_ON = frozenset("，,、是要")  # a line ending so goes on into the next (`……一是` at a line's end)
_NON_SPACE = compile_re(r"[^ \t\u3000\n\u200b\ufeff]")
_BLANK_LINE = compile_re(r"\n[ \t\u3000]*\n")

MAX_SKIP = 2          # `一、二、四、`: one missing number is a skip; more is not a continuation
MAX_ELIDED = 10       # ... unless the text between says items were left out (`（四）（五）略`)
ELIDED_WINDOW = 2000  # ... in the characters before the item (a bounded look, on a hostile text too)
MAX_LATE_START = 3    # a run may start at 二 or 三 (a page cut off), never later
LOOKAHEAD_TOKENS = 60
RUN_LOOKAHEAD = 400   # tokens a restart looks ahead for the open run to go on
LOOKAHEAD_BUDGET = 40  # ... and at most this many steps per token in the whole document
ATTACHED_SHARE = 3  # what a sign-off closes is a third at least of the text after the body's start
CUT_OFF_LINES = 40  # ... the page's chrome after its last line of text, at most
CUT_OFF_TOKENS = 12  # a run cut off by the copy's end opens among its last this many candidates
PAGE_FURNITURE_LINES = 3  # a page number, a running header, a footer line: at most between two halves
# a page break cuts a line only where it is full: a page holds lines of 24 Chinese characters at
# least (reflow's MIN_WRAP_WIDTH), a heading set larger some 16
PAGE_CUT_COLUMNS = 32
# the order speeches usually nest these styles in: on a page that starts mid-speech, the only
# evidence of where an unseen style belongs (anywhere else the order they open in decides)
_USUAL_RANK = {"volume": 0, "part": 1, "chapter": 2, "section": 3, "cn-formal": 4, "cn": 5, "cn-paren": 6,
               "arabic": 7, "arabic-paren": 8}
INLINE_MAX_PARAS = 2  # an inline 一是 needs its 二是 within this many paragraphs
HEADING_CHARS = 40    # a heading line holds a title this long at most
INLINE_BEFORE_CHARS = 2000  # how far back the paragraph before is read for the start of a run
LINK_LINES = 3        # a title cut by link fragments runs on over this many lines at most
LINK_CHARS = 80       # ... each this short
SLOGAN_CHARS = 3       # an inline item this short inside a sentence is a saying (一是吃饭)
RESUME_SIBLINGS = 4    # a run an aside interrupted goes on within this many siblings
PARALLEL_CHARS = 2     # parallel items (排比) open with these many of the same characters
SHORT_TITLE = 5        # an item's words this short before the next item's comma: its title runs on
ATTACHMENT_CHARS = 300  # a line of an attachment list (附件：1. …) is this short at most
ATTACHMENT_LINES = 3    # an appendix's numbered rows follow its opener within this many lines
PAGE_BREAK_LINES = 4    # a page break: a page number and a running header, blank lines aside
QUOTE_CHARS = 3000    # a quotation that quotes items closes within this many characters
QUOTED_RUN_CHARS = 40  # an inline run this close after an open “ is the quoted saying's own

FIRST_LINE_CHARS = 4096  # how much of the first line a line-start pattern reads (none is longer)
LIST_LAYOUT = 10       # Markdown layout of list items: 10 + their depth (headings are 1-6)
REJECT = -1
_STRENGTH = {"part": 3, "interjection": 2, "section": 2, "summary": 1, "retrospect": 1, "list-end": 1}

# Paragraphs that close open items (see the module docstring). One pattern per kind, each
# matched at a line start over the whole text once.
class _LineStarts:
    """A pattern matched at line starts only, found fast: anchored on the newline before the
    line (a literal the regex engine skips to) instead of `^` with re.M (tried at every
    character). `after` is what must precede the line: `\n`, or `\n\n` for a blank line
    before it (a line of white space only is blank too: `  ` or `　　` between paragraphs)."""

    def __init__(self, body: str, after: str = "\n") -> None:
        self.first_line = after == "\n"  # (a line after a blank line is never the first)
        self.rest = lazy("\n" + body if self.first_line else r"\n[ \t\u3000]*\n(?=" + body + ")")

    def starts(self, text: str) -> list[int]:
        if not self.first_line:  # (the line starts where the blank line before it ends)
            return [m.end() for m in self.rest.finditer(text)]
        # the text's first line by the same pattern, a newline put before it (one pattern to
        # compile, not two: the patterns look no further than their line)
        end = text.find("\n", 0, FIRST_LINE_CHARS)
        first = "\n" + text[:FIRST_LINE_CHARS if end == -1 else end + 1]
        out = [0] if self.rest.match(first) else []
        out += [m.start() + 1 for m in self.rest.finditer(text)]
        return out


# another speaker's label at a paragraph start: the words after it are not the speech's outline
_OTHER_SPEAKER = compile_re(r"(?:(?:学员|记者|提问|问|答问|主持人|听众|观众|网友|代表|委员|企业家|群众)"
                            r"(?:[（(][^）)\n]{0,24}[）)])?|[\u4e00-\u9fff]{1,10}[（(](?:插话|插言|接话)[）)])[：:]")
# a paragraph of bracketed asides only (`（台下插话：……）（笑声）`)
_ASIDES = compile_re(r"(?:[（(][^（()）\n]*[）)][ \t\u3000]*)+")
# a table pasted as text: cells split by tabs or two or more spaces, numbers in the cells
_CELL_GAP = compile_re(r"\t+|[ \u3000]{2,}|\u3000")  # (one full-width space too: `一、税收收入　47.60　48.35`)
# (a figure, with its unit, `3215件次` `2.14亿元`, or a dash for none, `——`)
_NUMBER_CELL = lazy(r"[-+−]?\d[\d,，]*(?:\.\d+)?(?:%|‰|[\u4e00-\u9fff]{1,3})?|[—－\-]{1,2}")
TABLE_NUMBER_CELLS = 2

_INTERJECTION = _LineStarts(
    r"[ \t\u3000]*(?:各位代表|各位委[员員]|代表[们們]|委[员員][们們]|同志[们們]|朋友[们們]|女士[们們]|先生[们們])[^\n！!。]{0,12}[！!]")
# a summary refers back to the list before it (`上述三项任务`, `围绕上述议题`, `这些问题`)
_SUMMARY = _LineStarts(
    r"[ \t\u3000]*(?:以上|(?:围绕|针对|对照|按照|根据|就|对)?上述|总之|综上|总的(?:来说|来看|看)|总体(?:来看|上看|而言)|综合(?:研判|来看|分析|判断)"
    r"|这些(?:问题|成绩|成就|工作))")
# a retrospect opens a new stretch of the section (`回顾……`, `五年来……`, `我们也清醒地看到`);
# as the first paragraph of a heading item it is that item's own lead instead
_RETROSPECT = _LineStarts(
    r"[ \t\u3000]*(?:总结|回顾|在(?:看到|肯定)(?:成绩|成就)的同时|(?:过去|这)[一二三四五几十]年"
    r"|[一二三四五几十]年来(?:的|所取得的|取得的)(?:成就|成绩)"
    # (... or its lessons, before their list: `五年来的基本经验是：` `我们的主要体会是：`)
    r"|(?:[一二三四五几十]年来|我们)的(?:基本|主要|宝贵|深刻)?(?:经验|体会|启示)(?:是|有)?[：:]"
    r"|我们(?:也|还)?(?:要)?清醒地?(?:看到|认识到)|同时(?:也|还)?要?(?:清醒地?)?看到)")
# An unnumbered part heading: in a document that indents its paragraphs, a short line flush
# left with no sentence end (`今后五年建设和改革的目标、方针和任务`, `最后，讲一讲农业问题`),
# with a blank line before and after. It closes every item.
_PART = _LineStarts(r"[^\s。！？；：!?;:，,（(][^\n。！？；：!?;:]{3,24}(?<![，,])[ \t\u3000]*(?=\n[ \t\u3000]*\n)",
                    after="\n\n")
# ... and in a text of one paragraph a line, no blank line between (a web page's `<p>`s), the
# same line between a paragraph that ends its sentence and an indented one
_PART_LINE = lazy(r"(?<=[。！？!?”…])[ \t\u3000]*\n(?P<part>[^\s。！？；：!?;:，,（(][^\n。！？；：!?;:]{3,24}(?<![，,]))"
                  r"[ \t\u3000]*(?=\n[ \t\u3000]+\S)")


# ... and in a text that indents nothing, the same line alone between blank lines, after a
# paragraph that ends its sentence and before a long one
# (words, a year's `2025年工作安排` too, no comma but after `最后，`: not a decimal section `4.3　保障措施`,
# a caption `表1　……`; the paragraph after it is prose, no table)
_PART_FLUSH = lazy(r"(?<=[。！？!?”…])[ \t\u3000]*\n(?:[ \t\u3000]*\n)+"
                   r"(?P<part>(?:(?:最后|下面|其次|再次|另外)[，,])?"  # (`最后，讲一讲农业问题`)
                   r"(?![表图][\d０-９一二三四五六七八九十])(?:[\u4e00-\u9fff《“]|\d{4}年)[^\n。！？；：!?;:，,]{3,24})"
                   r"[ \t\u3000]*(?=\n(?:[ \t\u3000]*\n)+(?:[\u4e00-\u9fff“]|\d{4}年)(?=[^\n]{19})[^\n]{0,60}?[，。；：、])")


def _part_lines(text: str) -> list[int]:
    """Starts of the part headings of _PART_LINE, where the text's paragraphs are not parted by
    blank lines (a blank line for one in four line breaks at most)."""
    if text.count("\n\n") * 4 >= text.count("\n"):
        return []
    return [m.start("part") for m in _PART_LINE.finditer(text)]


# An unnumbered section heading of a 述职报告 or 工作总结 (`一年来的主要工作` / `存在的问题` /
# `下一步工作打算`): a short line with no punctuation at all, after a blank line, text right
# under it. A heading only where the document's first item opens right under one such line,
# after opening words (`……报告如下：`): its sections are unnumbered, and every one after the
# first closes every item (`（一）` under `存在的问题` is no child of the `四是` before it).
_SECTION_HEADING = _LineStarts(r"[^\s\d。！？；：!?;:，,、（(【\[《“”\"'—\-*#>|·•][^\n。！？；：!?;:，,、（）()“”]{1,13}"
                               r"[^\s。！？；：!?;:，,、（）()“”](?=[ \t\u3000]*\n[ \t\u3000]*\S)", after="\n\n")
_OPENING_WORDS_END = "。！？：:"


def _section_headings(text: str, tokens: list[Token]) -> list[int]:
    """Starts of the unnumbered section headings after the first item (see _SECTION_HEADING)."""
    starts = _SECTION_HEADING.starts(text)
    first = next((t.start for t in tokens if not t.inline and t.ordinal is not None), None)
    if len(starts) < 2 or first is None or first == 0:
        return []
    opener = text.rfind("\n", 0, first - 1) + 1  # the line above the first item's
    opening_end = text[max(0, opener - 200):opener].rstrip()[-1:]
    if opener not in starts or not opening_end or opening_end not in _OPENING_WORDS_END:
        return []
    return [at for at in starts if at > first]


# A speaker's line in a collection of remarks (座谈会发言摘编, 代表发言摘登): `■ 青崖村党支部书记
# 罗小梅：小茶叶做成大产业`. A new speaker's words begin: it closes every item, as a part heading.
_SPEAKER_DIVIDER = _LineStarts(r"[ \t\u3000]*[■◆▲●★▶►◎][ \t\u3000]*[^\n。！？；]{2,24}?[ \t\u3000]+"
                               rf"{HAN}{{2,3}}[：:][^\n]{{0,30}}(?=\n|$)")
# ... and without the bullet (`桐溪村党支部书记　赵春禾：` alone on its line: a post, a space, a name),
# where a digest has two such lines at least (one alone may be the speech's own speaker line)
# a salutation on a line of its own (`尊敬的各位领导，同志们：`) after items: another speech of a
# collection (材料汇编) begins, under its own title and speaker: it closes every item
# a post as a salutation or a speaker's line names it (`唐局长` `党支部书记`)
_POST = r"(?:[局县縣市区區省州镇鎮乡鄉院厅廳部处處科行校社会會所站团團队隊组組][长長]|书记|書記|主任|主席|总经理|總經理|总裁|總裁)"
_ADDRESSEE = (r"[^，,、：:。！？!?\n]{0,10}(?:[们們]|代表|委[员員]|[领領][导導]|[来來][宾賓]|嘉[宾賓]|同志|朋友|同[学學]|老[师師]"
              r"|家[长長]|女士|先生|同仁|同事|校友|[员員]工|[职職]工|[乡鄉]亲"
              # (a post: `尊敬的唐局长，各位领导，同志们：`)
              rf"|{_POST})")
_SALUTATION_LINE = _LineStarts(rf"[ \t\u3000]*(?:尊敬的|亲爱的|親愛的)?{_ADDRESSEE}(?:[，,、和及]{_ADDRESSEE}){{0,4}}[：:]"
                               r"[ \t\u3000]*(?=\n|$)")
# A digest's speaker's line without the bullet of _SPEAKER_DIVIDER (`桐溪村党支部书记　赵春禾：` alone on
# its line: a post, a space, a name), where the text has two such lines at least (one alone may be the
# speech's own speaker line)
_NAMED_SPEAKER = _LineStarts(r"[ \t\u3000]*[^\s，,。！？；：:、■◆▲●★▶►◎]{0,22}"
                             rf"(?:{_POST}|村[长長]|董事[长長]|委[员員]|代表|负责人|負責人)"
                             rf"[ \t\u3000]+{HAN}{{2,3}}[：:][ \t\u3000]*(?=\n|$)")
NAMED_SPEAKERS_IN_A_DIGEST = 2
# ... and so does a title line right after a speech's last words (`……谢谢大家！` then
# `某某区2025年安全生产工作要点`): a collection's next paper, which may have no salutation
_TITLE_AFTER_THANKS = lazy(r"(?:谢谢|謝謝)(?:大家|各位)?[！!。]?[ \t\u3000]*(?:[（(](?:掌声|鼓掌)[）)])?[ \t\u3000]*\n"
                           r"(?:[ \t\u3000]*\n)*(?P<title>[ \t\u3000]*[^\s。！？；：!?;:，,（(【\[][^\n。！？；：!?;:]{3,29})(?=\n)")
# a collection's next piece: its title over its date line (the line is a title: no sentence in it)
_PIECE_DATE = lazy(rf"(?m)^{PIECE_DATE_LINE}$")
_PIECE_TITLE = lazy(r"[ \t\u3000]*[^\s（(][^\n。！？；：!?;:]{1,40}")
# ... or the host's words after it, about the speech just heard (`同事们，刚才陆主席作了一个……的讲话`)
_HOST_AFTER_THANKS = lazy(r"(?:谢谢|謝謝)(?:大家|各位)?[！!。]?[ \t\u3000]*(?:[（(](?:掌声|鼓掌)[）)])?[ \t\u3000]*\n"
                          r"(?:[ \t\u3000]*\n)*(?P<host>[ \t\u3000]*(?:[^，,。！？!?\n]{1,10}[，,])?(?:刚才|剛才)"
                          r"[^。！？!?\n]{0,40}(?:讲话|講話|报告|報告|讲了|講了|发言|發言|致辞|致辭))")
# what announces a meeting's programme before its items (`共有四项议程：` `会议日程是：`)
_AGENDA_LEAD = lazy(r"(?:议程|議程|日程)[^。！？!?；;，,\n]{0,6}[：:]")
# the chair's line between the speeches of a meeting or a 摘登 (`主持人：下面请……发言。`)
_CHAIR_TURN = _LineStarts(r"[ \t\u3000]*(?:主持人|主持)[：:]")
# ... and the line that names the next speaker of a 摘登 or a 汇编 (`提案人：市政协委员　杜若衡……`,
# `工商联界别　刘俊岩委员（……）`): a speech of its own begins
# (... or a reply's label, `市发展改革委主任　谭立松回应：`, or a report's next speaker, `邵曼在总结时指出，`)
_SPEAKER_LINE = _LineStarts(r"[ \t\u3000]*(?:(?:提案人|发言人|发言者)[：:]|[^\s，。：:]{1,12}界别[ \t\u3000]+\S"
                            r"|[^\n，。！？：:]{2,24}(?:回应|答复)[：:][ \t\u3000]*(?=\n|$)"
                            r"|[^\n，。！？：:]{2,12}(?:在讲话中|在总结时|在总结讲话中|在发言中)(?:指出|强调|表示|要求))")
# a question's turn in an interview or a press conference (`问：……` `记者问：……`): the answer
# before it is over, with every item in it (each answer opens its own lists)
_QUESTION_TURN = _LineStarts(r"[ \t\u3000]*(?:问|提问|记者问?|[\u4e00-\u9fff]{1,12}记者(?:问|提问)?)[：:]")
# the writer's own words after the speech, under a heading or a label: `## 我的待办`, `## 参与贡献`,
# `写在最后：……一是……二是……`; no item of the speech is in them
_BACK_MATTER_WORDS = (r"(?:写在最后|写在后面|编后(?:记|语)|后记|修改(?:意见|说明|建议|记录)|改稿(?:意见|说明)|我的(?:待办|笔记|思考|感想|体会|总结)|待办(?:事项)?"
                      r"|学习(?:心得|体会|感悟|笔记)|心得(?:体会)?|读后感|TODO|To-?[Dd]o|参与贡献|贡献(?:指南|说明)|如何贡献|使用说明|许可(?:证|协议)?|License|版权(?:声明|说明)"
                      r"|免责声明|相关(?:笔记|链接|推荐|阅读)|(?:报告|讲话)?解读|社会反响|各方(?:评价|反响)|(?:媒体|专家|网友)(?:评论|点评)"
                      r"|我的小结|写作(?:要点|说明|思路|提示)|使用建议|修改提示)")
# (after a page's own section number: `## 3 报告解读`)
# (... or after an emoji the writing tool put before it: `### ✍️ 写作要点`)
_BACK_MATTER_HEADING = lazy(rf"[ \t\u3000]*(?:[0-9]{{1,2}}(?:\.[0-9]{{1,2}})*\.?[ \t]+)?(?:[^\w\s]{{1,3}}[ \t\u3000]*)?"
                            rf"{_BACK_MATTER_WORDS}[ \t\u3000]*$")
# a report's decimal section heading on a line of its own, `4.3　保障措施` (not `2.3亿元……`, a figure)
_DECIMAL_SECTION = _LineStarts(r"[ \t\u3000]*[0-9]{1,2}\.[0-9]{1,2}[ \t\u3000]+[^\s0-9０-９][^。！？；!?;：:，,\n]{0,30}(?=\n|$)")
# an editor's afterword in brackets at a paragraph's start (`〔编者附记〕……` `【编者按】`, after the text)
_EDITORS_AFTERWORD = _LineStarts(r"[ \t\u3000]*[〔【\[［](?:编者|編者)?(?:附记|附記|后记|後記)[〕】\]］]")
# a newspaper's editor's note, and the lead or salutation that ends it (and opens the report)
_EDITORS_NOTE_OPEN = _LineStarts(r"[ \t\u3000]*[【\[〔]?编者按[】\]〕]?[：:]")
_REPORT_LEAD = lazy(r"\n[ \t\u3000]*(?:[【\[]?本报讯[】\]]?|(?:新华社|新华网|中新社)[^\n]{0,24}?电|"
                    r"(?:各位|同志[们們])[^。！？\n]{0,30}[：:][ \t\u3000]*\n)")
EDITORS_NOTE_CHARS = 2000
# a news report's lead (`本网讯　……` `新华社……电　……`) summing the speech up (`讲话从三个方面部署了……：一是……`),
# and the line after it that opens the speech's full text (`以下为讲话全文：` or its salutation)
_NEWS_LEAD = _LineStarts(r"[ \t\u3000]*(?:[【\[]?(?:本报|本网|本刊|本台|[^\s，。：:]{1,8}网)讯[】\]]?"
                         r"|(?:新华社|中新社|新华网|人民网|央视网)[^\n]{0,24}?电)")
_FULL_TEXT_FOLLOWS = lazy(r"\n[ \t\u3000]*(?:以下(?:为|是)[^\n]{0,20}(?:全文|摘要|摘编|摘登|实录|原文)[^\n]{0,10}"
                          r"|[^\n]{0,20}(?:全文|讲话|原文)如下[^\n]{0,4}"
                          r"|(?:各位|同志[们們]|同事[们們])[^。！？\n]{0,30}[：:][ \t\u3000]*)\n")
NEWS_LEAD_CHARS = 1500
_SUMMARY_BOX = lazy(r"(?m)^[ \t\u3000]*┌[─━\s]*(?:发言摘要|内容摘要|摘要|要点|内容提要|编者按)[^\n]*\n(?:[ \t\u3000]*│[^\n]*\n){1,12}"
                    r"[ \t\u3000]*└[^\n]*")
# a page's box of the text's key points before it (`要点速览` `划重点` `内容提要`, a line of its own)
# (... or a transcription tool's summary over the transcript: `智能纪要` `全文概要` `章节速览` `要点回顾`)
_KEY_POINTS_LABEL = _LineStarts(r"[ \t\u3000]*[【\[［]?(?:要点速览|本文要点|核心要点|内容提要|内容摘要|文章摘要|导读|划重点"
                                r"|阅读提示|智能纪要|全文概要|章节速览|要点回顾|AI纪要)[】\]］]?[：:]?[ \t\u3000]*(?=\n|$)")
_KEY_POINTS_WORDS = ("要点速览", "本文要点", "核心要点", "内容提要", "内容摘要", "文章摘要", "导读", "划重点", "阅读提示",
                     "智能纪要", "全文概要", "章节速览", "要点回顾", "AI纪要")  # (what the label must hold)
# an assistant's or an editor's words before the text it hands over (`修改后的全文如下：`)
_FULL_TEXT_BELOW = lazy(r"(?m)^[ \t\u3000]*[^\n]{0,12}全文如下[：:][ \t\u3000]*$")
FULL_TEXT_LINE_CHARS = 40  # (the line may end a little past the text's first third, where it must start)
# English words after a marker and no Han character (three words at least), and the sample of the
# text whose Han characters and Latin words say which language the speech is in
ENGLISH_WORDS = 3
_HAN_RUN = compile_re(r"[\u4e00-\u9fff]")
_LATIN_WORD = compile_re(r"[A-Za-z]{2,}")
LANGUAGE_SAMPLE = 20_000
# a draft's typed revision marks: a deletion (its words out) and an addition (its words in, `added`);
# `】` alone closes an addition opened before the marker (`【增加：（三）】深化……`)
_REVISION = lazy(r"【(?:删除|刪除)：[^】\n]{0,80}】|【(?:增加|增补|增補)：(?P<added>[^】\n]{0,80})】")
# a table's row that ends in two cells of figures (`4 一般公共预算收入 亿元 15.3 16.1`), and how
# short a group row between two of them is (`二、民生保障`)
_ROW_OF_FIGURES = lazy(r"[^\n]*\S[ \t\u3000]+[0-9][0-9.,%％]*\S{0,4}[ \t\u3000]+[0-9][0-9.,%％]*\S{0,4}[ \t\u3000]*")
GROUP_ROW_CHARS = 16
# a heading whose words are only a year or a span of years: a collection's part, grouping its pieces
_YEAR = r"[一二三四五六七八九〇零○0-9０-９]{4}年?"
_YEAR_STARTS = frozenset("一二三四五六七八九〇零○0123456789０１２３４５６７８９（(")
_PERIOD = lazy(rf"[ \t\u3000]*[（(]?{_YEAR}(?:[ \t\u3000]*[—\-–~～至到]{{1,2}}[ \t\u3000]*{_YEAR})?[）)]?[ \t\u3000]*")
# a newspaper's note that photographs go with the text, and how many captions may follow it
_PHOTO_NOTE = lazy(r"[ \t\u3000]*[（(]附(?:图片|圖片|图|照片)[）)][ \t\u3000]*$")
PHOTO_CAPTIONS = 4
# a lecture's questions for its readers, on a line of its own (`学习思考题` `思考与讨论`)
_STUDY_QUESTIONS = _LineStarts(r"[ \t\u3000]*[【\[]?(?:(?:学习|复习)?思考(?:题|与讨论)|讨论题)[】\]]?[：:]?[ \t\u3000]*(?=\n|$)")
# a collection's editors' note, on a line of its own (`编印说明` `出版說明` `凡例`), and the numbered lines under it
# (... or a collection repository's `## 说明` / `录入说明` over its own `1.` `2.`: the keeper's words)
# (... or a draft's `修改说明` / `起草说明` over the writers' numbered notes on it)
_EDITORS_NOTE_LABEL = _LineStarts(r"[ \t\u3000]*[【〔\[［]?(?:(?:编印|編印|编辑|編輯|出版|编者|編者|编选|編選|录入|錄入|校对|校對|整理"
                                  r"|使用|修改|起草)?(?:说明|說明)|凡例)"
                                  r"[】〕\]］]?[：:]?[ \t\u3000]*(?=\n|$)")
_PART_NUMBER = lazy(r"[ \t\u3000]*[一二三四五六七八九十]{1,2}、")  # a speech's part heading, its first level
_NUMBERED_LINE = lazy(r"[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、"
                      r"|第[一二三四五六七八九十]{1,3}[，,、]|[一二三四五六七八九十]{1,2}[是要]|[①-⑳])")
# a site's notice to its readers, on a line of its own: `使用须知：` `本馆说明：` `下載須知`
# (... or the page's notice box to its readers: `温馨提示` `友情提示` `报名须知` over its `1.请……`)
_SITE_NOTICE = _LineStarts(r"[ \t\u3000]*[【\[［]?(?:(?:本(?:馆|館|站|网|網|库|庫|系统|系統|平台|数据库|數據庫)|使用|下载|下載"
                           r"|阅读|閱讀|引用|浏览|瀏覽)(?:说明|說明|声明|聲明|须知|須知)|温馨提示|溫馨提示|友情提示|报名须知|報名須知)"
                           r"[】\]］]?[：:]?[ \t\u3000]*(?=\n|$)")
SITE_NOTICE_AFTER = 0.6  # the share of the text before it: a notice comes at the end of a page
# (... or the drafters' and reviewers' remarks on the draft: `起草组意见：` `审核意见：`)
_BACK_MATTER_LABEL = _LineStarts(r"[ \t\u3000]*(?:写在最后|写在后面|编后(?:记|语)|读后(?:记|感)|后记|我的(?:思考|感想|体会)"
                                 r"|起草组意见|审核意见|审稿意见)"
                                 r"(?:[ \t\u3000]*[（(][^）)\n]{0,30}[）)])?[ \t\u3000]*[：:]")
# a speech's (or its outline's) closing words under their label (the closing pass takes them)
_CLOSING_LABEL = _LineStarts(r"[ \t\u3000]*(?:结束语|结语|結束語|結語)[ \t\u3000]*[：:]?[ \t\u3000]*(?=\n|$)")
# the chair or the floor after the speech has closed (`谢谢大家！` / `我就讲这么多。` on the line
# before): a Q&A, the speaker's answers included, outside the speech's outline
_QA_LABEL = _LineStarts(r"[ \t\u3000]*(?:主持人|问题?[0-9０-９一二三四五六七八九十]{0,3}|提问|记者|员工|学员|听众|观众|网友)"
                        r"(?:[（(][^）)\n]{0,24}[）)])?[：:]")
_QA_HEADING = lazy(r"[【〔\[]?(?:现场|会后|互动)?(?:互动交流|互动环节|现场互动|现场答问|答问环节|问答环节|提问环节|问答|答疑"
                   r"|交流互动|答记者问|记者问答|答网友问)[】〕\]]?[：:]?")
# ... and what may stand between the speech's last words and its questions: the audience's
# applause (`（掌声）`), a divider line (`——————` `***` `---`)
_BETWEEN_SPEECH_AND_QA = lazy(r"(?:[（(][^（()）\n]{1,8}[）)])+|[—\-－=＝*＊_~～·•]{3,}")
# ... and the reporter's lead under that heading (`会后，……接受了本报记者的采访。`)
_INTERVIEW_LEAD = lazy(r"[^\n]{0,60}(?:接受[^\n]{0,20}(?:采访|专访)|答记者问)[^\n]{0,30}[。：:]")
# (`（根据录音整理，略有删节）` under a speech ends its text as a sign-off does)
_SIGNED_OFF = lazy(r"谢谢(?:大家|各位)?[^。！？!?\n]{0,16}[！!。]|我就(?:讲|说|谈)(?:这些|这么多|到这里)|讲完了"
                   r"|[（(](?:根据)?(?:讲话)?录音整理[^）)\n]{0,12}[）)]")
_LONG_INDENTED = _LineStarts(r"[ \t\u3000]+[^\s][^\n]{40}")
_LONG_FLUSH = _LineStarts(r"[^\s][^\n]{40}")
_OPEN_QUOTE = "“‘「『"
_CLOSER_OF = {"“": "”", "「": "」", "『": "』"}  # the quotation marks a passage of several lines opens with
_ENDS_A_CLAUSE = "。！？；：!?;:，,、”’）)》」』…—"
_NO_SENTENCE_END = lazy(r"[^。！？；!?;\n]*")
# what opens an attachment list or an appendix: `附件：1. ……`, `附件`, `附表　……`, `附：……`
# a box set beside the text (`专栏2　2025年乡村振兴“十大工程”` then `1.` `2.` …): its list is
# not the speech's points, and the run it interrupts goes on after it
# ... and a newspaper's summary box before the text (`【报告要点】` then `1.` `2.` `3.`)
_BOX = lazy(r"专栏[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}(?:[ \u3000：:]|$)"
            r"|[【〔\[]?(?:报告|報告|讲话|講話|内容|內容|会议|會議)?(?:要点|要點|提要)[】〕\]]?[：:]?$")
# a reporter's box of background beside a report of a speech (`【链接】` / `【背景资料】` on its line,
# then a paragraph or a few, `……三件事：一是……二是……`): its runs are the page's facts, no points
_BACKGROUND_BOX = _LineStarts(r"[ \t\u3000]*[【〔\[](?:(?:背景|相关|相關|知识|知識|新闻|新聞)?(?:链接|鏈接)|背景(?:资料|資料)?"
                              r"|延伸阅读|延伸閱讀|小贴士|小貼士)[】〕\]][ \t\u3000]*(?=\n)")
BOX_PARAGRAPHS = 5  # ... as many paragraphs at most
_APPENDIX_FIRST_ITEM = lazy(r"附[件表]?[ \u3000]*[：:][ \u3000]*(?:1|１|一)[、.．]")  # `附：1、……` then `2、……`
_SENTENCE_IN = lazy(r"[。！？；!?;]")
# a figure line's label and its colon (`营收：`), and its value (`9.83亿元（+12.3%）`)
_LABEL_COLON = lazy(r"[：:]")
_DIGIT = lazy(r"[0-9０-９]")
FIGURE_LABEL_CHARS = 12
FIGURE_CHARS = 24
# an editor's or a reader's note that items were left out of the copy
# (... or a line of its own that is only an ellipsis: `……`, a copy's mark of the paragraphs left out)
_ELIDED = lazy(r"略去|从略|從略|省略|删节|刪節|节略|節略|[（(〔\[]略[）)〕\]]|(?:[）)]|段|部分|条|條)略[。，,）)]?(?:\n|$)"
               r"|\n[ \t\u3000]*(?:…{1,2}|\.{3,6})[ \t\u3000]*(?=\n)")
_APPENDIX = lazy(r"(?:附件|附表|附录|附錄|附)[ \u3000]*[0-9一二三四五六七八九十]{0,2}[ \u3000]*(?:[：:]|$|[ \u3000]\S)")


class Decision:
    """Why one candidate went where it did (or was rejected): what `--explain` prints."""

    __slots__ = ("line", "marker", "depth", "rule", "evidence")

    def __init__(self, line: int, marker: str, depth: int | None, rule: str, evidence: str) -> None:
        self.line, self.marker, self.rule, self.evidence = line, marker, rule, evidence
        self.depth = depth  # None: rejected

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Decision) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (f"Decision(line={self.line!r}, marker={self.marker!r}, depth={self.depth!r}, "
                f"rule={self.rule!r}, evidence={self.evidence!r})")

    def to_dict(self) -> dict[str, object]:
        return {"line": self.line, "marker": self.marker, "depth": self.depth,
                "rule": self.rule, "evidence": self.evidence}


class Built(NamedTuple):
    """What the builder hands back: the tree and the text around it."""

    roots: list[Node]
    preamble_spans: list[Span]
    warnings: list[ParseWarning]
    decisions: list[Decision]


class _Open:
    """An item on the chain of open items, with what the builder needs to know about it."""

    __slots__ = ("node", "style", "group", "ordinal", "para", "leaf_para", "shape", "head_end", "layout")

    def __init__(self, node: Node, tok: Token, shape: str, layout: int) -> None:
        self.node = node
        self.style = tok.style
        self.group = tok.family.rank_group
        self.ordinal = tok.ordinal
        self.para = tok.para
        # an inline item, a dash bullet or an `一是……` paragraph (a clause-level family's item
        # that runs on in its line) owns only its own paragraph
        self.leaf_para = tok.inline or tok.ordinal is None or (tok.family.inline and shape == "para")
        self.shape = shape
        self.head_end = node.head[1]
        self.layout = layout


class OutlineBuilder:
    """Builds the outline from `tokens` (already stripped of noise and TOC)."""

    def __init__(self, text: str, tokens: list[Token], excluded: list[Span] | None = None,
                 hints: dict[int, str] | None = None, *, explain: bool = False, consume: bool = False,
                 cut_off: bool = False) -> None:
        self.text = text
        self.tokens = tokens
        self.excluded = excluded or []
        self.hints = hints or {}
        self._edit_links = any(f"[{word}]" in text for word in EDIT_LINK_WORDS)
        self._revisions = "【删除：" in text or "【增加：" in text  # (a draft's typed revision marks)
        self._chinese: bool | None = None  # (see _mostly_chinese: asked only of an English line)
        self._blank_parted: bool | None = None  # (see _goes_on_its_paragraphs_run)
        self._background_boxes = _BACKGROUND_BOX.starts(text) if any(
            word in text for word in ("链接】", "鏈接】", "背景", "延伸", "小贴士", "小貼士")) else []
        self._last_line_item = -1  # where the last line item placed starts
        self.explain = explain
        # the copy breaks off (a truncation notice, `本章未完` / `下一页`): a run's first item near its end
        # may have lost its second to the cut
        self.cut_off = cut_off or self._ends_mid_sentence()
        # memory: with `consume`, each token is let go once placed (nothing looks back), its
        # slot in `tokens` left pointing at the first token; the caller keeps no other list
        self.consume = consume and bool(tokens)
        self.pos = 0
        self.chain: list[_Open] = []
        self.flat: list[Node] = []
        self.owners: list[Node] = []  # per flat node: who owns the paragraphs after its own
        self.warnings: list[ParseWarning] = []
        # each message text once: on marker-dense input the same few (`（一） starts a run at 2,
        # not at 1`) come thousands of times, and their strings were a third of the tree's memory
        self._messages: dict[str, str] = {}
        self.decisions: list[Decision] = []
        self.budget = LOOKAHEAD_BUDGET * len(tokens) + 1000
        self._pending: tuple[int, int] | None = None
        self._para_span: tuple[int, int] = (1, 0)
        self._indented_doc = _indented(text)
        self._closers = _closers(text, self._indented_doc, self.hints, tokens)
        # the closer lines that are item lines, and the lines of titles taken from the next
        # line: never closers (only closer lines are kept: a set of every item line would be
        # as large as the tokens)
        closer_lines = {at for at, _ in self._closers}
        self._item_lines = {t.start for t in tokens if not t.inline and t.start in closer_lines}
        boxed = _line_starts_hinted(text, self.hints, _BOXED_HINTS)  # table rows, quotes, code: no parts
        self._parts = [at for at, kind in self._closers if kind == "part" and at not in self._item_lines
                       and not is_inside(self.excluded, at) and at not in boxed]
        # (a removed one, a PDF converter's running header `# 某某报告`, is no heading)
        self._headings = [h for h in _unnumbered_headings(text, tokens, self.hints)
                          if not is_inside(self.excluded, h[0])]
        self._roots: list[Node] = []
        self._last_number: dict[str, int] = {}  # per style, the ordinal of its last line item
        self._last_end: dict[str, int] = {}  # ... and the end of its head
        self._paragraph_numbers: set[str] = set()  # styles found numbering paragraphs through the text
        self._clauses: set[int] = set()  # ids of the items that are `；` clauses of a listed sentence
        self._root_styles: set[str] = set()  # the styles of the top-level items so far
        self._heading_levels_hold = _heading_levels_hold(tokens, self.hints)
        # (the writer's back matter may be under a page's own numbered section: `## 3 报告解读`)
        sections = _unnumbered_headings(text, tokens, self.hints, "section:") if self.hints else []
        self._editors_notes = _editors_notes(text)
        # a blog post's excerpt above its `<!-- more -->`, when the speech (its salutation) begins
        # below it: the blogger's words (`录入前有三点说明：一是……`), no items
        more = [line for line, hint in self.hints.items() if hint == "more"][:1] if self.hints else []
        if more:
            cut = _line_offsets(text, more).get(more[0], 0)
            if any(at > cut for at in _SALUTATION_LINE.starts(text)):
                self._editors_notes = merge(self._editors_notes + [(0, cut)])
        self._back_matter = _back_matter(text, sorted(self._headings + sections) if sections else self._headings,
                                         self._rules_closing_the_text(),
                                         lambda: _unnumbered_headings(text, tokens, self.hints, numbered=True),
                                         next((t.mstart for t in tokens if not t.inline and not (
                                             self._editors_notes and is_inside(self._editors_notes, t.mstart))),
                                             len(text)))
        self._why = ("", "")
        # only a text with 附 or 专栏 in it has attachment lists, appendices or boxes
        self._may_list_an_agenda = "议程" in text or "議程" in text or "日程" in text
        self._may_attach = "附" in text or "专栏" in text or "要点" in text or "要點" in text or "提要" in text
        self._attachments: dict[int, tuple[str, int]] = {}  # 附件 list lines: start -> (style, ordinal)
        self._quote_open: int | None = None  # offset of a quotation mark that quoted items
        self._quote_scan = (-1, 0)  # (offset read up to, quotation marks open there) in a paragraph
        self._others_para: tuple[int, bool] = (-1, False)  # (paragraph, someone else's words)
        self._quote_line = 0  # ... whose start is here

    # --- descent ----------------------------------------------------------------------
    def build(self) -> Built:
        roots: list[Node] = self._roots
        self._parse_items(None, roots, 0)
        preamble = self._assign_text()
        return Built(roots, preamble, self.warnings, self.decisions)

    def _parse_items(self, parent: _Open | None, siblings: list[Node], depth: int) -> None:
        """Parse the items at `depth` under `parent` until a token belongs higher up."""
        while self.pos < len(self.tokens):
            tok = self.tokens[self.pos]
            if self._pending is not None and self._pending[0] == self.pos:
                level = self._pending[1]  # decided deeper down, before the chain unwound
            else:
                level = self._place(tok)
                self._record(tok, level)
            if level == REJECT:
                self._done()
                continue
            if level < depth:
                self._pending = (self.pos, level)
                return
            node = self._make_node(tok, parent.node if parent else None)
            siblings.append(node)
            if not depth:
                self._root_styles.add(node.style)
            self.flat.append(node)
            self._done()
            if not tok.inline:
                self._last_line_item = tok.start
            if node.ordinal is not None and not tok.inline:
                self._last_number[node.style] = node.ordinal
                self._last_end[node.style] = node.head[1]
            item = _Open(node, tok, self._shape(tok), self._layout(tok))
            if tok.style in self._paragraph_numbers and not self._heads_its_part(tok):
                item.leaf_para = True  # a numbered paragraph owns its paragraph only (a heading its part) ...
            if item.leaf_para and not tok.inline and tok.ordinal is not None and self._opens_a_list(tok, node):
                item.leaf_para = False  # (... unless it ends with the colon that announces a list)
            elif not item.leaf_para and (self._list_clause(tok, siblings) or self._figure_line(tok)
                                         or self._goes_on_its_paragraphs_run(tok, siblings)):
                item.leaf_para = True
            self.chain.append(item)
            self._parse_items(item, node.children, depth + 1)  # type: ignore[arg-type]  # a list here
            if not node.children:
                node.children = LEAF  # memory: most nodes have none (see Node)
            self.chain.pop()

    def _done(self) -> None:
        """On to the next token; the one placed can go (see `consume`)."""
        if self.consume:
            self.tokens[self.pos] = self.tokens[0]
        self.pos += 1

    def _record(self, tok: Token, level: int) -> None:
        if self.explain:
            rule, evidence = self._why
            self.decisions.append(Decision(tok.line, tok.marker, None if level == REJECT else level + 1,
                                           rule, evidence))

    def _because(self, level: int, rule: str, evidence: str | Callable[[], str] = "") -> int:
        """Return `level`, noting the rule and its evidence for --explain (the evidence is
        formatted only then: a lambda costs less than an f-string on every token)."""
        if self.explain:
            self._why = (rule, evidence() if callable(evidence) else evidence)
        return level

    def warn(self, code: str, line: int | None, message: str) -> None:
        self.warnings.append(ParseWarning(code, line, self._messages.setdefault(message, message)))

    # --- placement --------------------------------------------------------------------
    def _place(self, tok: Token) -> int:
        """Level (0-based depth) at which `tok` becomes an item, or REJECT."""
        if self.hints and self.hints.get(tok.para + 1) in ("quote", "code", "table"):
            return self._because(REJECT, "quotation", "inside a Markdown block quote, code block or table")
        if self._background_boxes and self._in_background_box(tok):
            return self._because(REJECT, "box", "in a reporter's box of background beside the report "
                                 "(【链接】 / 【背景资料】 and the paragraphs under it)")
        if self._back_matter and is_inside(self._back_matter, tok.mstart):
            return self._because(REJECT, "back-matter", "under the writer's own heading after the speech "
                                 "(我的待办, 写在最后：……)")
        if self._editors_notes and is_inside(self._editors_notes, tok.mstart):
            return self._because(REJECT, "editors-note", "the editor's or reporter's words before the speech "
                                 "(编者按：…… up to the 本报讯 lead, a news lead up to 以下为讲话全文, a 要点速览 box)")
        if not tok.inline and self._english_line(tok) and self._mostly_chinese():
            return self._because(REJECT, "translation", "an English line in a Chinese speech (the translation "
                                 "of the item beside it), no item of the speech")
        if not tok.inline and tok.family.heading and self._period_heading(tok):
            return self._because(REJECT, "period", "a book's part that groups its pieces by their years "
                                 "(第四部分　一九六〇年——一九六二年), no heading of a speech")
        if not tok.inline and tok.style == "circled" and self._after_photo_note(tok):
            return self._because(REJECT, "caption", "a photo's caption under （附图片）")
        if tok.family.weak and tok.ordinal == 1 and not self._has_successor(tok, 0) \
                and not self._cut_before_its_second(tok):
            # a weak form (`一` alone, OCR's `—、` `l.`) is item 1 only of a run whose 2 follows
            return self._because(REJECT, "lone", lambda: f"{tok.marker} is not followed by its second item")
        if not tok.inline and self._may_attach and self._in_attachments(tok):
            return self._because(REJECT, "attachments", "a line of an attachment list, an appendix or a 专栏 box")
        if not tok.inline and self._table_row(tok):
            return self._because(REJECT, "table", "a row of a table pasted as text (number columns after tabs "
                                 "or wide spaces)")
        if not tok.inline and self._in_quotation(tok):
            return self._because(REJECT, "quotation", "the line continues a quotation opened on the line before")
        if not tok.inline and self._continued_heading(tok):
            return self._because(REJECT, "continued", lambda: f"{tok.marker}……（续） goes on the open {tok.marker} "
                                 "(a slide or page that repeats its heading)")
        if tok.doubtful and any(o.style == tok.style and o.ordinal == tok.ordinal for o in self.chain):
            return self._because(REJECT, "range", lambda: f"{tok.marker} followed by a numeral while {tok.marker} "
                                 "is open: a range (一、二月份)")
        if tok.inline and self._word_attached(tok) and not self._run_goes_on_in_paragraph(tok):
            return self._because(REJECT, "lone", "a run started right after a word needs its second item "
                                 "in the same paragraph")
        if tok.inline and self._quoted_inline(tok):
            return self._because(REJECT, "quotation", "inside a quotation in its paragraph (“……一是……二是……”)")
        if tok.inline and self._agenda_run(tok):
            return self._because(REJECT, "agenda", "the meeting's programme (本次大会共有四项议程：一是……)")
        if tok.inline and self._others_words(tok):
            return self._because(REJECT, "quotation", "another speaker's words: a bracketed interjection "
                                 "(（台下插话：一是……）) or a paragraph under another speaker's label (学员（……）：)")
        if not tok.inline and not tok.family.inline and self.hints and self.hints.get(tok.para + 1) == "cont":
            return self._because(REJECT, "wrapped", "the line goes on a Markdown paragraph after a soft break")
        if not tok.inline and tok.family.inline and self._across_a_page_break(tok):
            return self._because(REJECT, "wrapped", "the line goes on a sentence the page before broke off "
                                 "(……的统 / - 6 - / 一要素市场……)")
        if tok.doubtful and (tok.inline or (self._shape(tok) != "head" and not self._short_line(tok))):
            return self._because(REJECT, "range",
                                 lambda: f"{tok.marker} followed by a numeral reads as a range in running text")
        if tok.doubtful and self._true_one_follows(tok):
            return self._because(REJECT, "range", lambda: f"{tok.marker} followed by a numeral, and the same "
                                 "ordinal follows as a plain item: a range")
        cut = self._heading_cut(tok) if self._headings else None
        if cut is None:
            return self._place_on_chain(tok)
        chain = self.chain
        self.chain = chain[:cut]  # the items an unnumbered heading closed are no place for it
        try:
            return self._place_on_chain(tok)
        finally:
            self.chain = chain

    def _place_on_chain(self, tok: Token) -> int:
        warned = len(self.warnings)
        same = [i for i in range(len(self.chain) - 1, -1, -1) if self.chain[i].style == tok.style]
        if same and self._nested_deeper(tok, self.chain[same[0]]) \
                and (tok.ordinal is None or self.chain[same[0]].ordinal != tok.ordinal - 1):
            # a Markdown list inside an item of the same style: its own children (not the item
            # that goes on its run, `- 第一，……` then `  - 第二，……`: an author's uneven indents)
            same = []
        if same and (tok.layout or self.hints):
            layout = self._layout(tok)
            if layout > LIST_LAYOUT:  # an item of an outer list after a nested list of its style goes on its own list
                outer = [i for i in same if self.chain[i].layout <= layout]
                # (... but with no such list open, the item that goes on the run is its next, whatever
                # the indentation: `  - （二）……` then `- （三）……`, an author's uneven indents)
                if outer or not any(self.chain[i].ordinal == (tok.ordinal or 0) - 1 for i in same):
                    same = outer
        if same:
            level = self._place_same_style(tok, same)
        else:
            kin = self._place_kin(tok)
            level = kin if kin is not None else self._place_child(tok)
        if level != REJECT and tok.doubtful and not self._has_successor(tok, level) \
                and not any(o.style == tok.style and o.ordinal == (tok.ordinal or 0) - 1 for o in self.chain):
            # (a doubtful item must go on a run or have its next: `3、4月份以来` alone is a range)
            del self.warnings[warned:]  # (what its placing warned of, `partial-start`, is no more)
            return self._because(REJECT, "range", lambda: f"{tok.marker} followed by a numeral, alone: a range")
        return level

    def _place_same_style(self, tok: Token, same: list[int]) -> int:
        chain = self.chain
        n = tok.ordinal
        if n is None:  # dash bullets: every one is a sibling
            return self._because(same[0], "continue", lambda: f"dash bullet beside {chain[same[0]].node.marker}")
        continuing = [i for i in same if (o := chain[i].ordinal) is not None and n == o + 1]
        if continuing:
            i = self._by_shape(tok, continuing)
            return self._because(i, "continue", lambda: f"continues the run of {self._name(i)}")
        if n == 1:
            return self._place_restart(tok, same)
        for i in same:
            prev = chain[i].ordinal
            if prev is not None and prev + 1 < n <= prev + MAX_SKIP:
                if n == prev + 2 and self._repeats_the_one_before(chain[i].node):
                    # `（五）` `（五）` `（七）`: the repeat took the place of 六, one slip (as lint reads it)
                    return self._because(i, "continue", f"continues the run of {self._name(i)}, whose repeat "
                                         f"stood for {prev + 1}")
                self.warn("skipped-ordinal", tok.line,
                          f"{tok.marker} follows {chain[i].node.marker}: ordinal {prev + 1} is missing")
                return self._because(i, "continue", f"continues the run of {self._name(i)}, skipping {prev + 1}")
        for i in same:
            prev = chain[i].ordinal
            if prev is not None and prev + 1 < n <= prev + MAX_ELIDED and not tok.inline \
                    and _ELIDED.search(self.text, max(chain[i].node.head[1], tok.start - ELIDED_WINDOW), tok.start):
                # `（三）……` / `> 原文（四）（五）两段……这里略去。` / `（六）……`: the items left out say so
                self.warn("skipped-ordinal", tok.line, f"{tok.marker} follows {chain[i].node.marker}: "
                          f"ordinals {prev + 1}–{n - 1} are left out, as the text says")
                return self._because(i, "continue", f"continues the run of {self._name(i)}, past the items "
                                     "the text says it left out")
        i = same[0]
        if n == chain[i].ordinal and not tok.inline:
            self.warn("repeated-ordinal", tok.line,
                      f"{tok.marker} repeats the ordinal of {chain[i].node.marker} (line {chain[i].node.line})")
            return self._because(i, "continue", lambda: f"repeats the ordinal of {self._name(i)}")
        return self._because(REJECT, "sequence", lambda: f"{tok.marker} continues no open run of its style "
                             f"(open: {', '.join(self._name(i) for i in same)})")

    def _repeats_the_one_before(self, node: Node) -> bool:
        """Does `node` repeat the ordinal of the item of its style before it?"""
        siblings = node.parent.children if node.parent is not None else self._roots
        for k in range(len(siblings) - 2, max(-1, len(siblings) - 2 - RESUME_SIBLINGS), -1):  # (no copy)
            if siblings[k].style == node.style:
                return siblings[k].ordinal == node.ordinal
        return False

    def _place_restart(self, tok: Token, same: list[int]) -> int:
        """`一` of a style already open: a run nested below, or a second run beside."""
        i = same[0]
        if tok.inline:
            owner = self._attach_level(tok)
            closed = self._closed_level(tok, owner)
            if closed <= i:
                # `（四）……一是……四是……` / `各位代表！……` / `我们也清醒看到……：一是……`: a closer
                # between ended the open items; the run starts afresh above them
                if not self._has_successor(tok, closed):
                    return self._because(REJECT, "lone", "an inline run needs its second item")
                return self._because(closed, "restart", lambda: "inline run after a closer: "
                                     f"{self._name(closed - 1) if closed else 'top level'}")
            if owner > i + 1 and self.chain[owner - 1].style != tok.style:
                if not self._has_successor(tok, owner):
                    return self._because(REJECT, "lone", "an inline run needs its second item")
                return self._because(owner, "restart",
                                     lambda: f"inline run in the paragraph of {self._name(owner - 1)}")
            item = self.chain[i]
            if not item.node.inline and item.para != tok.para and not item.leaf_para:
                # `一是要……。` (a heading: it owns the paragraphs after it) … `……三条经验：一是……；
                # 二是……`: inside the open line item, not a second run beside it
                level = max(owner, i + 1)
                if not self._has_successor(tok, level):
                    return self._because(REJECT, "lone", "an inline run needs its second item")
                return self._because(level, "restart", lambda: f"inline run inside {self._name(i)}")
            if not self._has_successor(tok, i):
                return self._because(REJECT, "lone", "an inline run needs its second item")
            return self._because(i, "restart", lambda: f"second run beside {self._name(i)}")
        item = self.chain[i]
        if item.ordinal == 1 and len(self.chain) == i + 1 and self._next_paragraph(item.node.head[0]) == tok.start:
            # `一、……` and at once `一、……` again: a slip, not a list nested in one line
            self.warn("repeated-ordinal", tok.line,
                      f"{tok.marker} repeats the ordinal of {item.node.marker} (line {item.node.line})")
            return self._because(i, "continue", lambda: f"repeats the ordinal of {self._name(i)}")
        if self._part_between(self.chain[i].head_end, tok.mstart):
            return self._because(i, "restart", lambda: f"second run beside {self._name(i)} after a part heading")
        if i >= 1 and self._closer_between(self.chain[i].head_end, tok.mstart)[0] == "interjection":
            return self._because(i, "restart", lambda: f"second run beside {self._name(i)}: an interjection "
                                 "closed the items below the section")
        resumed = self._open_run_resumes(tok, same)
        if resumed is None and self._indented_doc and self._indent(tok) and not self._indent_of(i) \
                and not self.chain[i].node.inline:  # (an inline item is no flush heading)
            resumed = "indented items below a flush heading"
        if resumed is not None:
            level = max(self._closed_level(tok, self._attach_level(tok)), i + 1)
            return self._because(level, "restart",
                                 lambda: f"nested run: the run of {self._name(i)} goes on at {resumed}")
        return self._because(i, "restart", lambda: f"second run beside {self._name(i)} (its run does not go on)")

    def _place_kin(self, tok: Token) -> int | None:
        """`一要` after `一是……五是`: a second run of the same rank group, beside the first."""
        chain = self.chain
        kin = _RUN_KIN_OF.get(tok.style)
        if kin is not None and not tok.inline and tok.ordinal is not None and tok.ordinal > 1:
            # `第一呢，` `第二个呢，` `第三呢，`: a speaker varies the counter word within one run (`①` `⑵`
            # `(3)`: an OCR copy the bracket)
            # (... while no run of its own form is open: `第一　立志` / `第一，……` / `第二　……` goes on its own)
            other = next((i for i in range(len(chain) - 1, -1, -1) if chain[i].style in kin), -1)
            if other >= 0 and chain[other].ordinal == tok.ordinal - 1 and not chain[other].node.inline \
                    and all(item.style != tok.style for item in chain):
                return self._because(other, "continue", lambda: f"continues the run of {self._name(other)} "
                                     "(a kindred form of its marker)")
        group = tok.family.rank_group
        for i in range(len(chain) - 1, -1, -1):
            if chain[i].group == group and chain[i].style != tok.style:
                if tok.ordinal != 1:
                    return None
                if tok.inline and not self._has_successor(tok, i):
                    return self._because(REJECT, "lone", "an inline run needs its second item")
                if tok.inline and not chain[i].node.inline and chain[i].para == tok.para:
                    return None  # inside the paragraph of a line item: a child run there
                owner = self._attach_level(tok)
                if tok.inline and owner > i + 1 and chain[owner - 1].group != group:
                    return None  # inside a deeper item's paragraph: a child run there
                if self._run_goes_on(i):
                    return None  # `二是` … `一要 二要` … `三是`: the new run is inside the open item
                return self._because(i, "kin", f"second run beside {self._name(i)} (same rank group)")
        return None

    def _attach_level(self, tok: Token) -> int:
        """Depth of a new child: below the innermost open item whose paragraph is still open."""
        chain = self.chain
        j = len(chain) - 1
        # (a Markdown list nested in a paragraph item's list item is that item's; `其一，其二` —
        # "of it, the first" — take up the item just before them, paragraph or not)
        while j >= 0 and chain[j].leaf_para and chain[j].para != tok.para and not self._nested_deeper(tok, chain[j]) \
                and tok.style != "qi" and not self._holds_a_run(tok, j):
            j -= 1
        return j + 1

    def _numbered_on(self, tok: Token) -> bool:
        """Does line item `tok` go on the count of its style's last line item (closed since), by
        one, or past the items the text between says it left out?"""
        last, n = self._last_number.get(tok.style), tok.ordinal or 0
        if last is None or not last < n <= last + MAX_ELIDED:
            return False
        return last == n - 1 or _ELIDED.search(self.text, max(self._last_end[tok.style], tok.start - ELIDED_WINDOW),
                                               tok.start) is not None

    def _holds_a_run(self, tok: Token, j: int) -> bool:
        """`一是……。` / `（1）……` `（2）……` / `二是……`: a paragraph item holds the line run that
        starts after it when its own run goes on after that run (the scope is its)."""
        item = self.chain[j]
        # (an item numbered through the text holds a run of a style usually below its own:
        # `（八）……。` `1．` `2．` `（九）` in a 工作要点 whose `（n）` count through its parts)
        through = item.style in self._paragraph_numbers \
            and not _USUAL_RANK.get(item.style, 99) < _USUAL_RANK.get(tok.style, -1)
        return not (item.node.inline or tok.ordinal != 1 or item.style == tok.style or through) \
            and self._run_goes_on(j, first_of_style=True)

    def _place_child(self, tok: Token) -> int:
        level = self._closed_level(tok, self._attach_level(tok))
        if tok.style in _UNITS_BY_WORDS:
            # `（五）……` then `第一部分`: a part (a volume, a chapter) sits only inside the larger
            # units its words name, whatever numbered paragraphs came before it
            while level and self.chain[level - 1].style not in tok.family.inside:
                level -= 1
        under = f"below {self._name(level - 1)}" if level else "at the top level"
        n = tok.ordinal
        if n is None:  # dash bullet: an item only once the outline has begun
            return self._because(level, "child", under) if self.flat else \
                self._because(REJECT, "dash", "a dash bullet before the outline begins")
        if n == 1:
            # (a style numbered through the text that starts again at 1 is a list again)
            self._paragraph_numbers.discard(tok.style)
            if (tok.inline or tok.family.weak) and not self._has_successor(tok, level):
                if self._cut_before_its_second(tok):
                    self.warn("run-cut-off", tok.line, f"{tok.marker} has no second item: the copy breaks off before it")
                    return self._because(level, "child", lambda: f"new run {under}, its second item lost to the cut")
                return self._because(REJECT, "lone", lambda: f"{tok.marker} is not followed by its second item")
            if tok.inline and self._slogan(tok):
                return self._because(REJECT, "slogan", "a saying inside a sentence (一是吃饭，二是建设), not a list")
            return self._because(level, "child", lambda: f"new run {under}")
        if tok.inline:
            if n == 2 and self._after_first_word(tok) and self._has_successor(tok, level):
                self.warn("run-not-from-one", tok.line, f"{tok.marker} starts a run at 2 (its first item is 首先)")
                return self._because(level, "child", lambda: f"run opened by 首先 {under}")
            return self._because(REJECT, "lone", lambda: f"inline {tok.marker} starts no run")
        if not self.flat and level == 0:  # the page starts mid-speech, at 二、 or later
            if tok.family.heading or self._has_successor(tok, level) or self._is_word_heading(tok):
                self.warn("partial-start", tok.line,
                          f"the outline starts at {tok.marker}: the text begins mid-speech")
                return self._because(level, "child", "the text begins mid-speech")
            return self._because(REJECT, "sequence", lambda: f"{tok.marker} starts no run")
        if self._numbered_on(tok) and not tok.family.inside and not any(o.style == tok.style for o in self.chain):
            # `5.` closed with 第一章, `6.` under 第二章: paragraphs numbered through the text (a
            # policy address), each a numbered paragraph under whatever heading is open (`14.`
            # `……` / `三、……` `21.`: past the paragraphs the copy left out, as it says)
            self._paragraph_numbers.add(tok.style)
            self.warn("run-not-from-one", tok.line, f"{tok.marker} starts a run at {n}, not at 1")
            return self._because(level, "child", lambda: f"{tok.marker} {under}: paragraphs numbered through "
                                 "the text, its count goes on from the items before")
        if level and self._heads_a_partial_start(tok):
            self.warn("partial-start", tok.line, f"the run of {tok.marker} starts late: the text begins mid-speech")
            return self._because(0, "child", lambda: f"{tok.marker} heads the part the page's first items "
                                 "belonged to (the text began mid-speech, below it; its style ranks above theirs)")
        if n <= MAX_LATE_START and (self._has_successor(tok, level) or self._is_word_heading(tok)
                                    or (n == 2 and self._after_first_word(tok))):
            self.warn("run-not-from-one", tok.line, f"{tok.marker} starts a run at {n}, not at 1")
            return self._because(level, "child", lambda: f"run starting at {n} {under}")
        if level and self.chain[level - 1].style in tok.family.inside:
            self.warn("run-not-from-one", tok.line, f"{tok.marker} starts a run at {n}, not at 1")
            return self._because(level, "child", lambda: f"{tok.marker} {under}: numbered through the text, "
                                 "its count goes on from the parts before")
        if self._above_a_partial_start(tok):
            self.warn("partial-start", tok.line, f"the run of {tok.marker} starts late: the text begins mid-speech")
            return self._because(0, "child", lambda: f"{tok.marker} heads the part the page's first items "
                                 "belonged to (the text began mid-speech, below it)")
        resumed = self._resumed_run(tok)
        if resumed is not None:
            return self._because(resumed, "resume", lambda: f"{tok.marker} goes on a run an aside interrupted "
                                 f"({self._name(resumed - 1) if resumed else 'top level'})")
        if self._inline_before(tok):
            self.warn("run-not-from-one", tok.line, f"{tok.marker} starts a run at {n}, not at 1")
            return self._because(level, "child", lambda: f"the run's first {n - 1} items are inside the paragraph "
                                 f"before (……。第一，……第{n - 1}，……) {under}")
        return self._because(REJECT, "sequence", lambda: f"{tok.marker} starts no run and continues none")

    # --- evidence ---------------------------------------------------------------------
    def _name(self, i: int) -> str:
        node = self.chain[i].node
        return f"{node.marker}{node.title[:8]} (line {node.line})"

    def _by_shape(self, tok: Token, levels: list[int]) -> int:
        """Of the open runs `tok` could continue, the innermost, unless an outer one's items
        have its shape and no item it would close goes on later."""
        inner = self.chain[levels[0]]
        if len(levels) > 1 and not (tok.inline and inner.node.inline and inner.para == tok.para):
            # (an inline run's next item in the same paragraph goes on that run, whatever its
            # shape: `……：一是减环节，……；二是减材料，……；三是减跑动，……。` under the heading `二是……`)
            shape = self._shape(tok)
            if self.chain[levels[0]].shape != shape:
                for i in levels[1:]:
                    # taking the outer run closes the items between: not if one of them goes on
                    if self.chain[i].shape == shape and \
                            not any(self._run_goes_on(j) for j in range(i + 1, levels[0])):
                        return i
        return levels[0]

    def _open_run_resumes(self, tok: Token, same: list[int]) -> str | None:
        """Does an open run of `tok`'s style go on after the run `tok` starts? Simulates the
        runs that follow (inner runs may restart and continue); stops where an enclosing
        item of another style continues (the scope closes). Returns the marker that resumes."""
        chain, tokens = self.chain, self.tokens
        wants = {o + 1: i for i in same if (o := chain[i].ordinal) is not None}
        top = same[0]
        closing = {item.style: o for item in chain[:top]
                   if item.style != tok.style and (o := item.ordinal) is not None}
        # items between the open run and the new one: when one of them goes on, the runs
        # nested below it (the new one among them) are over, the open run is not
        between = {item.style: o for item in chain[top + 1:]
                   if item.style != tok.style and (o := item.ordinal) is not None}
        inner = [1]  # the simulated runs nested in one another: each one's last ordinal ...
        inner_first = [tok]  # ... and first item
        end = min(len(tokens), self.pos + 1 + RUN_LOOKAHEAD)
        p = bisect_left(self._parts, tok.mstart)
        part = self._parts[p] if p < len(self._parts) else len(self.text)
        for k in range(self.pos + 1, end):
            if tokens[k].mstart > part:
                return None  # a part heading ends every run
            self.budget -= 1
            if self.budget < 0:
                return None
            t = tokens[k]
            if t.inline:
                continue
            o = t.ordinal
            if o is None:
                continue
            if t.style == tok.style:
                j = len(inner) - 1
                while j >= 0 and inner[j] + 1 != o:
                    j -= 1
                if not inner and o != 1 and o not in wants:
                    continue
                outer = wants.get(o)
                # (the shape and words of the run `t` would go on: its first item's)
                if j >= 0 and not (outer is not None and self._shape(t) == chain[outer].shape
                                   != self._shape(inner_first[j])
                                   and not self._worded_alike(t, inner_first[j], chain[outer].node)):
                    del inner[j + 1:], inner_first[j + 1:]
                    inner[j] = o
                elif outer is not None:
                    return t.marker
                elif o == 1:
                    inner.append(1)
                    inner_first.append(t)
            elif closing.get(t.style, -2) + 1 == o:
                return None
            elif between.get(t.style, -2) + 1 == o:
                between[t.style] = o
                inner, inner_first = [], []
        return None

    def _worded_alike(self, t: Token, first: Token, other: Node) -> bool:
        """`一是坚持……，着力……` … `五是坚持……，着力……。人才是……`: an item that opens with the
        words of the run's first item (and not with those of the other run's item) is that
        run's, whatever its shape (排比: parallel items share their first words)."""
        text = self.text
        words = text[t.mend:t.mend + PARALLEL_CHARS]
        return len(words) == PARALLEL_CHARS and words == text[first.mend:first.mend + PARALLEL_CHARS] \
            and not other.title.startswith(words)

    def _closed_level(self, tok: Token, level: int) -> int:
        """The attach level once the closers between the open items and `tok` are applied."""
        chain = self.chain
        layout = self._layout(tok)
        if layout and level and chain[level - 1].layout:
            above = chain[level - 1]
            if layout >= LIST_LAYOUT and above.layout == layout and tok.ordinal == 1 and tok.style != above.style \
                    and all(item.style != tok.style for item in chain[:level]):
                # `- 3. 基层能力提升。` then `- （1）……`: a converter flattened the list, the
                # typed markers' new style opening at 1 says it is a level below
                return level
            # Markdown headings and list indentation say the depth outright
            while level and chain[level - 1].layout and chain[level - 1].layout >= layout \
                    and (chain[level - 1].style != "part" or tok.style == "part"):
                level -= 1  # (a `第二部分` holds its sections whatever `#` the author gave them)
            return level
        if level == 0:
            return 0
        if self._part_between(chain[level - 1].head_end, tok.mstart):
            return 0
        if level < 2:  # only a list inside an item closes; a section stays open
            return level
        item = chain[level - 1]
        if item.node.parent is None or len(item.node.parent.children) < 2:
            return level  # a closer ends a list of two or more items, not a lone item's body
        kind, at = self._closer_between(item.head_end, tok.mstart)
        if kind is None:
            return level
        closed = 1 if kind in ("interjection", "retrospect", "section") else level - 1
        # a retrospect that opens a heading item's body leads into its list (not after an item
        # that says its point in a sentence, `（2）新增造林3.2万亩。`: the list of points is over)
        if kind == "retrospect" and item.shape == "head" \
                and _NON_SPACE.search(self.text, item.head_end, at) is None \
                and self.text[_last_non_space(self.text, at)] not in SENTENCE_END:
            return level
        # a list that goes on after the new run was not closed (a retrospect stays in the innermost
        # one that does: `一、` / `（三）……` / `在肯定成绩的同时……：一是……` / `二、`: it is `一、`'s)
        going_on = [j for j in range(closed, level) if self._run_goes_on(j)]
        if going_on:
            return going_on[-1] + 1 if kind == "retrospect" else level
        return closed

    def _part_between(self, start: int, end: int) -> bool:
        """Is there an unnumbered part heading between the two offsets?"""
        i = bisect_left(self._parts, start)
        while i < len(self._parts) and self._parts[i] < end:
            if self._parts[i] not in self._item_lines and not is_inside(self.excluded, self._parts[i]):
                return True
            i += 1
        return False

    def _run_goes_on(self, j: int, first_of_style: bool = False) -> bool:
        """Is the run of the open item `chain[j]` continued before an enclosing item's is?
        `first_of_style`: by the next line item of its style (a new run of it at 1 ends it)."""
        chain, tokens = self.chain, self.tokens
        item = chain[j]
        if item.ordinal is None:
            return False
        nexts = {chain[k].style: chain[k].ordinal for k in range(j) if chain[k].ordinal is not None}
        for k in range(self.pos + 1, min(len(tokens), self.pos + 1 + LOOKAHEAD_TOKENS)):
            t = tokens[k]
            if t.inline or t.ordinal is None:
                continue
            if t.style == item.style and (first_of_style or t.ordinal == item.ordinal + 1):
                return t.ordinal == item.ordinal + 1
            prev = nexts.get(t.style)
            if prev is not None and t.ordinal == prev + 1:
                return False
        return False

    def _closer_between(self, start: int, end: int) -> tuple[str | None, int]:
        """The strongest closer paragraph starting in (start, end): a part heading, then an
        interjection, then the first summary or retrospect."""
        closers = self._closers
        i = bisect_left(closers, (start, ""))
        found: tuple[str | None, int] = (None, 0)
        while i < len(closers) and closers[i][0] < end and self.budget > 0:
            at, kind = closers[i]
            self.budget -= 1
            i += 1
            if at in self._item_lines or is_inside(self.excluded, at):
                continue
            if found[0] is None or _STRENGTH[kind] > _STRENGTH[found[0]]:
                found = (kind, at)
        return found

    def _layout(self, tok: Token) -> int:
        """Markdown depth of the token's line: its own `#`/list prefix, or the reader's
        `heading:N` hint (the Markdown reader takes the `#` out of the text)."""
        if tok.layout or tok.inline:
            return tok.layout
        hint = self.hints.get(tok.para + 1, "")
        if hint.startswith("heading:") and hint[8:].isdigit():
            return int(hint[8:]) if self._heading_levels_hold else 0
        if hint.startswith("list:") and hint[5:].isdigit():
            return LIST_LAYOUT + int(hint[5:])  # below every heading, as `- ` in plain text
        return 0

    def _heading_cut(self, tok: Token) -> int | None:
        """How many open items stay open for `tok` when an unnumbered Markdown or Word heading
        (`## 在安全生产工作会议上的讲话`) stands between the innermost one and it: the headings
        of a higher rank only. None when no such heading is between."""
        chain = self.chain
        if not chain:
            return None
        heads = self._headings
        i = bisect_left(heads, (chain[-1].node.head[0], 0))
        rank = min((level for at, level in heads[i:bisect_left(heads, (tok.mstart, 0))]), default=0)
        if not rank:
            return None
        keep = 0
        while keep < len(chain) and 0 < chain[keep].layout < rank:
            keep += 1
        return keep if keep < len(chain) else None

    def _nested_deeper(self, tok: Token, item: _Open) -> bool:
        """Is `tok` an item of a Markdown list nested deeper than the list holding `item`, or
        the first item of a list under `item`'s `#` heading (`### 3、……` then `1. ……`)?"""
        layout = self._layout(tok)
        if 0 < item.layout < LIST_LAYOUT:
            return layout > LIST_LAYOUT and tok.ordinal == 1
        return item.layout > LIST_LAYOUT and layout > item.layout

    def _indent(self, tok: Token) -> bool:
        return tok.mstart > tok.start and not tok.layout

    def _indent_of(self, i: int) -> bool:
        node = self.chain[i].node
        return self.text[node.head[0]] in " \t\u3000"

    def _heading_line(self, start: int, tok: Token) -> bool:
        """Is the line at `start`, a few lines above `tok`'s, a Markdown or Word heading (`## 讲话要点`:
        a section, no box's label)? (Its number is counted back from tok's, not from the text's start.)"""
        if not self.hints:
            return False
        line = tok.para + 1 - self.text.count("\n", start, tok.start)
        return self.hints.get(line, "").startswith("heading")

    def _rules_closing_the_text(self) -> set[int]:
        """Offsets of the Markdown rules (`---`) not followed by a heading: what comes after one
        is the writer's notes, unless a heading opens another speech (a collection's next one)."""
        rules = _line_starts_hinted(self.text, self.hints, _RULE_HINTS)
        if not rules:
            return rules
        headings = set(_line_offsets(self.text, [line for line, hint in self.hints.items()
                                                  if hint.startswith("heading")]).values())
        return {at for at in rules if (m := _NON_SPACE.search(self.text, at)) is None
                or self.text.rfind("\n", 0, m.start()) + 1 not in headings}

    def _in_attachments(self, tok: Token) -> bool:
        """`附件：1. ……` then `2. ……` `3. ……`: the list of attached documents, not points; also
        an appendix (`附件` / `附表　……` / `附：调查问卷` on a line, a short title or two between)
        with its numbered rows, and a box (`专栏2　……`) with its list. A line before opens so,
        or is the line of the list's item before (same style, the ordinal before)."""
        text = self.text
        end = tok.start - 1
        for _ in range(ATTACHMENT_LINES):
            while end > 0 and text[end - 1] in _WS:
                end -= 1
            if end <= 0:
                return False
            start = text.rfind("\n", max(0, end - ATTACHMENT_CHARS), end) + 1
            line = text[start:end].strip(" \t\u3000")
            if is_inside(self.excluded, start):
                if is_page_number(line) or (len(line) <= RUNNING_HEADER_CHARS and not _SENTENCE_IN.search(line)):
                    end = start - 1  # a page's number or running header the list runs on over
                    continue
                return False  # the TOC or the front matter (`目录 … 附：……11`) opens nothing in the body
            # an appendix opener other than `附件：` starts a list: a run that goes on
            # (`附：……另行印发` then `三、`) is the speech's
            before = self._attachments.get(start)
            if (before is not None and before[0] == tok.style and tok.ordinal == before[1] + 1) \
                    or line.startswith(("附件：", "附件:")) \
                    or (tok.ordinal == 1 and (_APPENDIX.match(line) or (_BOX.match(line) and not self._heading_line(start, tok)))) \
                    or (tok.ordinal == 2 and _APPENDIX_FIRST_ITEM.match(line)):
                self._attachments[tok.start] = (tok.style, tok.ordinal or 0)
                return True
            if before is not None:
                return False  # the box's last item, which `tok` does not follow: the box is over
            if len(line) > HEADING_CHARS or start == 0:
                return False  # a paragraph of the speech: no appendix opens here
            end = start - 1
        return False

    def _table_row(self, tok: Token) -> bool:
        """`1.增值税⇥48200⇥49360⇥102.4` / `一、税收收入⇥133600⇥一、一般公共服务支出⇥46300` /
        `一、税收收入　47.60　48.35　101.6`: cells split by tabs, wide spaces or a full-width space,
        two or more of them numbers after the first."""
        end = self.text.find("\n", tok.mstart)
        line = self.text[tok.mstart:len(self.text) if end < 0 else end]
        cells = _CELL_GAP.split(line.strip())
        if len(cells) >= 3 and sum(1 for c in cells[1:] if _NUMBER_CELL.fullmatch(c)) >= TABLE_NUMBER_CELLS:
            return True
        # (... or a short group row between rows of figures: `4 一般公共预算收入 亿元 15.3 16.1` /
        # `二、民生保障` / `5 城镇新增就业 人 6120 6000以上`, a table whose cells a PDF copy spaced once)
        if len(line) > GROUP_ROW_CHARS + 4 or len(line.strip()) > GROUP_ROW_CHARS or _SENTENCE_IN.search(line):
            return False
        start = self.text.rfind("\n", 0, tok.mstart)
        before = self.text[self.text.rfind("\n", 0, max(start, 0)) + 1:max(start, 0)] if start > 0 else ""
        after_end = self.text.find("\n", end + 1) if end >= 0 else -1
        after = self.text[end + 1:len(self.text) if after_end < 0 else after_end] if end >= 0 else ""
        return bool(_ROW_OF_FIGURES.fullmatch(before) and _ROW_OF_FIGURES.fullmatch(after))

    def _in_quotation(self, tok: Token) -> bool:
        """The marker is quoted text: the line before ends with an opening quotation mark, or
        opens with one it leaves open, or a quotation opened so before an earlier quoted item
        is not closed yet."""
        text = self.text
        opened = self._quote_open
        if opened is not None:
            closer = _CLOSER_OF.get(text[opened], "”")
            if tok.start - opened <= QUOTE_CHARS and text.find(closer, opened, tok.start) == -1:
                return True
            self._quote_open = None
        b = tok.start - 1
        while b >= 0 and text[b] in _WS:
            b -= 1
        if b >= 0 and text[b] in _OPEN_QUOTE:
            self._quote_open = b
            return True
        # the line before opens with a quotation mark it does not close (`“（一）……；` then
        # `（二）……`; `「第三条　……：` then `（一）……`): a quoted passage of several
        # paragraphs, each on its own line
        start = text.rfind("\n", 0, b) + 1
        first = _NON_SPACE.search(text, start, b + 1)
        opener = first.group() if first is not None else ""
        closing_mark = _CLOSER_OF.get(opener)
        if first is not None and closing_mark is not None \
                and text.count(opener, start, b + 1) > text.count(closing_mark, start, b + 1):
            self._quote_open = first.start()
            return True
        return False

    def _across_a_page_break(self, tok: Token) -> bool:
        """`……推进都市圈范围内的统` / `- 6 -` / running header / `一要素市场建设……`: a word
        marker opening the line after a page break whose page ended mid-sentence is the rest
        of that sentence (统一要素), not an item."""
        text, end = self.text, tok.start
        broke = header = False
        for _ in range(PAGE_BREAK_LINES):
            while end > 0 and text[end - 1] in _WS:
                end -= 1
            if end == 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            if self._is_excluded(start) or self._is_excluded(end - 1):
                broke = True  # the page number (removed)
            elif not broke and not header and end - start <= HEADING_CHARS \
                    and _NO_SENTENCE_END.fullmatch(text, start, end):
                header = True  # the running header of the new page, under its number
            else:  # the page's last line: a paragraph's (a heading stops without a stop too)
                return broke and end - start > HEADING_CHARS and text[end - 1] not in _ENDS_A_CLAUSE
            end = start
        return False

    def _list_clause(self, tok: Token, siblings: list[Node]) -> bool:
        """`建立“三张清单”：` / `1.不予处罚事项清单；` `2.……；` `3.……。`: line items that a colon
        announced and that end with `；` are the clauses of one sentence set out as a list (as
        is the `。` item that ends it): they hold no paragraph after them."""
        if tok.inline or tok.ordinal is None:
            return False
        last = self._last_char(tok, siblings[-1])
        if not last or last not in "；;。.":
            return False
        text = self.text
        if len(siblings) > 1 and id(siblings[-2]) in self._clauses and siblings[-2].style == tok.style:
            clause = True  # the list goes on
        else:  # the list's first item, right after the colon that announced it
            before = tok.start - 1
            while before > 0 and text[before - 1] in _WS:
                before -= 1
            clause = tok.ordinal == 1 and before > 0 and text[before - 1] in "：:" and last in "；;"
        if clause:
            self._clauses.add(id(siblings[-1]))
        return clause

    def _in_background_box(self, tok: Token) -> bool:
        """Is `tok` under a background box's label (`【链接】`), a few paragraphs at most, no line
        item placed since? A line item that goes on an open run is the speech's again."""
        k = bisect_left(self._background_boxes, tok.start) - 1
        if k < 0:
            return False
        label, text = self._background_boxes[k], self.text
        if self._last_line_item > label:
            return False
        end = label
        for _ in range(BOX_PARAGRAPHS + 1):  # (a bounded look: not the newlines of a whole text)
            end = text.find("\n", end + 1, tok.start)
            if end < 0:
                break
        else:
            return False  # more than BOX_PARAGRAPHS lines below the label
        return tok.inline or not any(o.style == tok.style and o.ordinal is not None and o.ordinal + 1 == tok.ordinal
                                     for o in self.chain)

    def _goes_on_its_paragraphs_run(self, tok: Token, siblings: list[Node]) -> bool:
        """`……：一是……；二是……` / `三是……。` (a hard line break, no blank line between, in a text
        whose paragraphs blank lines part): the line item goes on the inline run of the paragraph it
        is the last line of, and holds no more than that paragraph, as the items before it."""
        if tok.inline or not tok.family.inline or len(siblings) < 2:
            return False
        before = siblings[-2]
        if not before.inline or before.style != tok.style or before.ordinal != (tok.ordinal or 0) - 1:
            return False
        text = self.text
        if self._blank_parted is None:
            self._blank_parted = text.count("\n\n") * 4 >= text.count("\n")
        return self._blank_parted and _BLANK_LINE.search(text, before.head[0], tok.start) is None

    def _mostly_chinese(self) -> bool:
        """Is the text mostly Chinese (in a sample, its wide characters, three UTF-8 bytes each,
        outnumber its words of English, one space each)? A bilingual text's English lines translate
        its Chinese items."""
        if self._chinese is None:
            sample = self.text[:LANGUAGE_SAMPLE]
            wide = (len(sample.encode("utf-8", "replace")) - len(sample)) // 2
            self._chinese = wide > sample.count(" ")
        return self._chinese

    def _english_line(self, tok: Token) -> bool:
        """Are the line item's words English only, three words at least (`1. Mutual recognition
        of standards. ……`)?"""
        text, at = self.text, tok.mstart + len(tok.marker)
        while at < len(text) and text[at] in " \t\u3000":
            at += 1
        if at >= len(text) or not ("A" <= text[at] <= "Z" or "a" <= text[at] <= "z"):
            return False  # (cheap: an English line's words begin with a Latin letter)
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        return _HAN_RUN.search(text, at, end) is None and len(_LATIN_WORD.findall(text, at, end)) >= ENGLISH_WORDS

    def _period_heading(self, tok: Token) -> bool:
        """Are the heading's words only years (`第四部分　一九六〇年——一九六二年`)?"""
        text, at = self.text, tok.mstart + len(tok.marker)
        while at < len(text) and text[at] in " \t\u3000":
            at += 1
        if at >= len(text) or text[at] not in _YEAR_STARTS:
            return False  # (cheap: the words begin with a year's digit)
        end = text.find("\n", at)
        return _PERIOD.fullmatch(text, at, len(text) if end == -1 else end) is not None

    def _after_photo_note(self, tok: Token) -> bool:
        """Is the line item one of the captions a `（附图片）` line a few lines up announced?"""
        text, end = self.text, tok.start
        for _ in range(PHOTO_CAPTIONS):
            start = text.rfind("\n", 0, max(end - 1, 0)) + 1
            if start >= end:
                return False
            if _PHOTO_NOTE.match(text, start, end - 1 if end else end):
                return True
            end = start
        return False

    def _short_line(self, tok: Token) -> bool:
        """Is the marker's line a short one with no sentence end (a heading with its `：` subtitle,
        `一、三季度经营情况：稳中有忧`)?"""
        end = self._para_end(tok.mend)
        return end - tok.mend <= HEADING_CHARS and _SENTENCE_IN.search(self.text, tok.mend, end) is None

    def _figure_line(self, tok: Token) -> bool:
        """`▲1.营收：9.83亿元（+12.3%）`: a line item that is a label and its figure (a KPI, a
        target) holds its line only; the text after a run of them is its section's."""
        if tok.inline or tok.ordinal is None:
            return False
        text, end = self.text, self._para_end(tok.mend)
        colon = _LABEL_COLON.search(text, tok.mend, min(end, tok.mend + FIGURE_LABEL_CHARS + 1))
        if colon is None:
            return False
        value = text[colon.end():end].strip(_WS)
        return 0 < len(value) <= FIGURE_CHARS and _DIGIT.search(value) is not None \
            and not any(ch in value for ch in "。；;！？!?，,")

    def _opens_a_list(self, tok: Token, node: Node) -> bool:
        """`一是做强对公业务，……重点抓好三项：` then `（1）……`: a paragraph item that ends
        with a colon announces the items below it, which are its children."""
        return self._last_char(tok, node) in ("：", ":")

    def _last_char(self, tok: Token, node: Node) -> str:
        """The last character of the item's paragraph after its marker, blanks aside ("" if none).
        A marker alone on its line (`一、` / `继续保持……；`) has the paragraph its title came from."""
        text = self.text
        start, end = tok.mend, self._para_end(tok.mend)
        head_end = node.head[1]
        if head_end > end + 1:
            start, end = end, self._para_end(head_end - 1)
        while end > start and text[end - 1] in _WS:
            end -= 1
        return text[end - 1] if end > start else ""

    def _quoted_inline(self, tok: Token) -> bool:
        """Is the inline marker inside a quotation opened earlier in its paragraph
        (`……讲过一句话：“一是腿要勤，二是心要细。”`)? Read on from the last inline marker of
        the paragraph, so a paragraph of many items is read once."""
        text = self.text
        read_to, depth = self._quote_scan
        if read_to < 0 or text.find("\n", read_to, tok.mstart) >= 0:  # a new paragraph
            read_to, depth = text.rfind("\n", 0, tok.mstart) + 1, 0
            self._quote_line = read_to
        line_start = self._quote_line
        # (corner brackets quote as curly quotes do: `……说过：「今冬明春，一要……，二要……。」`)
        depth = max(0, depth + text.count("“", read_to, tok.mstart) + text.count("「", read_to, tok.mstart)
                    - text.count("”", read_to, tok.mstart) - text.count("」", read_to, tok.mstart))
        self._quote_scan = (tok.mstart, depth)
        if depth == 0:
            return False
        # a saying quoted a few words before its run (`……说：“干我们这行，一是……`) is the person
        # quoted; a run deep inside a long quoted passage stays the outline the speech adopts
        since = max(line_start, tok.mstart - QUOTED_RUN_CHARS - 1)
        opened = max(text.rfind("“", since, tok.mstart), text.rfind("「", since, tok.mstart))
        return opened >= 0 and tok.mstart - opened <= QUOTED_RUN_CHARS

    def _agenda_run(self, tok: Token) -> bool:
        """Is the inline marker in the sentence that lists a meeting's programme (`本次大会共有
        四项议程：一是宣读表彰决定；二是……`)? The agenda is the meeting's, no points of the speech."""
        if not self._may_list_an_agenda:
            return False
        text = self.text
        para_start = text.rfind("\n", 0, tok.mstart) + 1
        start = max(para_start, *(text.rfind(end, para_start, tok.mstart) + 1 for end in "。！？!?"))
        return _AGENDA_LEAD.search(text, start, tok.mstart) is not None

    def _others_words(self, tok: Token) -> bool:
        """Is the inline marker in a paragraph someone else says: a whole bracketed paragraph
        (`（台下有企业家插话：一是融资难，二是用工难！）`) or one under another speaker's label
        (`学员（市人社局　张某）：……一是……`, `问：`, `主持人：`)?"""
        para, said = self._others_para
        if para != tok.para:  # once per paragraph: a paragraph of many items is read once
            text = self.text
            start = text.rfind("\n", 0, tok.mstart) + 1
            body = text[start:self._para_end(tok.mstart)].strip(_WS)
            said = _ASIDES.fullmatch(body) is not None or _OTHER_SPEAKER.match(body) is not None
            self._others_para = (tok.para, said)
        return said

    def _inline_before(self, tok: Token) -> bool:
        """`……。第一，……；第二，……；第三，……` ending the paragraph before, then `第四，` opening
        a line: the run began inside that paragraph (where only X是/X要 count as items)."""
        if tok.inline or tok.ordinal is None:
            return False
        text = self.text
        end = tok.start
        while end > 0 and text[end - 1] in _WS:  # back over blank lines to the paragraph before
            end -= 1
        start = text.rfind("\n", max(0, end - INLINE_BEFORE_CHARS), end) + 1
        pattern = inline_form(tok.family.pattern)
        found = None
        for m in pattern.finditer(text, start, end):
            found = m
        return found is not None and ordinal_of(found.group("n")) == tok.ordinal - 1

    def _true_one_follows(self, tok: Token) -> bool:
        """`三、五年内……` then `三、关于……`: the next line item of the style has the same
        ordinal and no numeral after it, so the doubtful one is a range (三至五年)."""
        tokens = self.tokens
        for k in range(self.pos + 1, min(len(tokens), self.pos + 1 + LOOKAHEAD_TOKENS)):
            t = tokens[k]
            if t.style == tok.style and not t.inline:
                return t.ordinal == tok.ordinal and not t.doubtful
        return False

    def _above_a_partial_start(self, tok: Token, heading_will_do: bool = False) -> bool:
        """`（三）` `（四）` (the page began mid-speech), then `三、` `四、`: a heading of another
        style, late as the page is, with its next ordinal to come at the top level (or, when
        `heading_will_do`, alone on a heading's line: the page's last part)."""
        roots = self._roots
        return bool(roots) and roots[0].ordinal not in (None, 1) and roots[0].style != tok.style \
            and roots[0].style not in tok.family.inside \
            and tok.family.heading and not tok.inline and (tok.ordinal or 0) <= MAX_LATE_START + 1 \
            and tok.style not in self._root_styles \
            and (self._has_successor(tok, 0) or (heading_will_do and self._shape(tok) == "head"))

    def _heads_a_partial_start(self, tok: Token) -> bool:
        """`（三）` … `（三）3.` (the page began mid-speech), then `三、全面加强……`: a heading of a
        style that usually ranks above the page's first items heads the part they belonged to,
        rather than nesting below the open items; the last part needs no successor when its
        line is a heading's."""
        roots = self._roots
        return bool(roots) and _USUAL_RANK.get(tok.style, 99) < _USUAL_RANK.get(roots[0].style, -1) \
            and all(o.style != tok.style for o in self.chain) and self._above_a_partial_start(tok, True)

    def _resumed_run(self, tok: Token) -> int | None:
        """The level of a run of `tok`'s style that its previous ordinal left a few siblings
        ago (`六是……` / `其一，……` `其二，……` / `七是……`): an aside interrupted it there."""
        n = tok.ordinal or 0
        for level in range(len(self.chain), -1, -1):
            siblings = self.chain[level - 1].node.children if level else self._roots
            for node in reversed(siblings[-RESUME_SIBLINGS:]):
                if node.style == tok.style:
                    if node.ordinal == n - 1 and node is not siblings[-1] and node.inline == tok.inline:
                        return level
                    break
        return None

    def _continued_heading(self, tok: Token) -> bool:
        """`一、2024年经营回顾（续）` while that `一、` is open: its heading repeated, not a new item."""
        end = self._para_end(tok.mend)
        return self.text[tok.mend:end].rstrip(_WS).endswith(_CONTINUED) and \
            any(o.style == tok.style and o.ordinal == tok.ordinal for o in self.chain)

    def _word_attached(self, tok: Token) -> bool:
        """Does the inline item follow a word, not a boundary (`做到一要……`; the tokenizer
        lets only a run's first item do so)?"""
        before = self.text[tok.mstart - 1] if tok.mstart else ""
        return "\u4e00" <= before <= "\u9fff" and before not in _SPOKEN_BOUNDARY

    def _run_goes_on_in_paragraph(self, tok: Token) -> bool:
        """Is the next item of `tok`'s run in its paragraph (its soft-wrapped lines included)?"""
        hints, joined = self.hints, tok.para  # the last line known to go on tok's paragraph
        for k in range(self.pos + 1, min(len(self.tokens), self.pos + 1 + LOOKAHEAD_TOKENS)):
            t = self.tokens[k]
            while joined < t.para and hints and hints.get(joined + 2) == "cont":
                joined += 1
            if t.para > joined:
                return False
            if t.style == tok.style and t.ordinal == (tok.ordinal or 0) + 1:
                return True
        return False

    def _slogan(self, tok: Token) -> bool:
        """`……，一是吃饭，二是建设。`: two items of a word or two that make one sentence are a
        saying, not a list."""
        text = self.text
        if tok.mstart == 0 or text[tok.mstart - 1] not in "，,、":
            return False
        m = _CLAUSE_END.search(text, tok.mend, tok.mend + SLOGAN_CHARS + 1)
        if m is None or m.group() not in "，,、":
            return False
        # the second item follows at once and is as short, and the sentence ends there
        nxt = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
        if nxt is None or nxt.mstart != m.end() or nxt.style != tok.style:
            return False
        end = _CLAUSE_END.search(text, nxt.mend, nxt.mend + SLOGAN_CHARS + 1)
        return end is not None and end.group() in "。；;！!"

    def _after_first_word(self, tok: Token) -> bool:
        """`首先……；二是……`: a run whose first item is introduced by 首先 (looked for in the
        2,000 characters before, within the paragraph)."""
        text = self.text
        start = text.rfind("\n", max(0, tok.mstart - 2000), tok.mstart) + 1 or max(0, tok.mstart - 2000)
        return text.find("首先", start, tok.mstart) >= 0

    def _shape(self, tok: Token) -> str:
        """`head` when the marker's line holds only a short title, `para` when text goes on."""
        shape = tok.shape
        if not shape:
            text = self.text
            start = tok.mend
            end = self._para_end(start)
            if _NON_SPACE.search(text, start, end) is None and tok.family.title_on_next_line:
                nxt = _NON_SPACE.search(text, end)
                if nxt is not None:
                    start = nxt.start()
                    end = self._para_end(start)
            m = _TITLE_END.search(text, start, min(end, start + HEADING_CHARS + 1))
            title_len = (m.start() if m else end) - start
            rest = 0
            if m is not None:
                first = _NON_SPACE.search(text, m.end(), end)
                rest = 0 if first is None else 1 if _NON_SPACE.search(text, first.end(), end) is None else 2
            shape = "head" if title_len <= HEADING_CHARS and rest <= 1 else "para"
            tok.shape = shape
        return shape

    def _ends_mid_sentence(self) -> bool:
        """Does the text's last line that no clean-up took out stop without a sentence's end
        (`……一要加强政治建设，` above the page's pager)?"""
        text, end = self.text, len(self.text)
        for _ in range(CUT_OFF_LINES):
            end = _last_non_space(text, end) + 1
            start = text.rfind("\n", 0, end) + 1
            if end <= 1:
                return False
            if not is_inside(self.excluded, start):
                return text[end - 1] in "，,、"
            end = start
        return False

    def _cut_before_its_second(self, tok: Token) -> bool:
        """In a copy that breaks off, is `tok` among its last items with none of its style after
        it (`……一要加强政治建设，` / `共3页 下一页`): its second was on the page not saved?"""
        tokens = self.tokens
        if not self.cut_off or len(tokens) - self.pos > CUT_OFF_TOKENS:
            return False
        return not any(t.style == tok.style for t in tokens[self.pos + 1:])

    def _heads_its_part(self, tok: Token) -> bool:
        """Is the line item's line a heading: a short title and no sentence (`六、聚焦强村富民，
        加快发展壮大村级集体经济`), not a numbered paragraph's sentence?"""
        if tok.inline or self._shape(tok) != "head":
            return False
        end = self.text.find("\n", tok.mend)
        line = self.text[tok.mend:len(self.text) if end == -1 else end]
        return bool(line.strip(_WS)) and not any(ch in SENTENCE_END for ch in line)

    def _is_word_heading(self, tok: Token) -> bool:
        """A .docx heading style or outline level is evidence that a lone marker is real."""
        return self.hints.get(tok.para + 1, "").startswith("heading")

    def _has_successor(self, tok: Token, level: int) -> bool:
        """Is `tok` followed by the next ordinal of its style before its context closes?"""
        closing = {item.style for item in self.chain[:level]}
        want = (tok.ordinal or 0) + 1
        tokens = self.tokens
        for k in range(self.pos + 1, min(len(tokens), self.pos + 1 + LOOKAHEAD_TOKENS)):
            t = tokens[k]
            if tok.inline and t.para != tok.para and self._paragraphs_between(tok, t) >= INLINE_MAX_PARAS:
                return False
            if t.style == tok.style:
                if t.doubtful and self._shape(t) != "head" and not self._short_line(t):
                    continue  # `一、二季度……` in running text is no item either way
                if t.ordinal == want:
                    return True
                if t.ordinal == tok.ordinal and t.inline == tok.inline:
                    return False
            elif t.style in closing and not t.inline:
                return False
        return False

    def _next_paragraph(self, offset: int) -> int:
        """Start of the first non-blank line after the line holding `offset`."""
        m = _NON_SPACE.search(self.text, self._para_end(offset))
        if m is None:
            return len(self.text)
        return self.text.rfind("\n", 0, m.start()) + 1

    def _paragraphs_between(self, a: Token, b: Token) -> int:
        """Non-blank lines strictly between the lines of `a` and `b` (at most a few are read)."""
        if b.para - a.para > 4 * INLINE_MAX_PARAS + 1:
            return INLINE_MAX_PARAS + 1
        text, count, hints = self.text, 0, self.hints
        pos = self._para_end(a.mstart) + 1
        line = a.para + 2  # the 1-based number of the line at `pos` (the key of its hint)
        stop = text.rfind("\n", 0, b.start) + 1  # the start of b's own line
        last = pos - 2  # how the line before ends (its last character that is not white space)
        while last >= 0 and text[last] in _WS:
            last -= 1
        before = text[last] if last >= 0 else ""
        while pos < stop:
            end = text.find("\n", pos, stop)
            end = stop if end == -1 else end
            first = _NON_SPACE.search(text, pos, end)
            goes_on = before in _CLAUSE_GOES_ON  # (`……一是` / `农村改厕提质，` / `完成户厕改造800户，`: a
            # text copied a clause a line goes on the sentence)
            if first:
                before = text[pos:end].rstrip(_WS)[-1:]
            # a line a web link cut off (`……《` / `文件名` / `》……`) goes on the paragraph, a
            # Markdown soft break goes on its paragraph, and a transcript's `（掌声）` and
            # removed noise (a page number between two pages) are no paragraph
            if first and first.group() != "》" and not self._after_open_link(pos) \
                    and not (hints and hints.get(line) == "cont") \
                    and not (first.group() in _STAGE_OPENERS and end - first.start() <= STAGE_CHARS
                             and _STAGE_DIRECTION.match(text, first.start(), end)) \
                    and not is_inside(self.excluded, first.start()) and not goes_on:
                count += 1
            pos = end + 1
            line += 1
        return count

    def _after_open_link(self, line_start: int) -> bool:
        """Does the line before end with an opening 《 (the title of a link follows)?"""
        text = self.text
        b = line_start - 2
        while b >= 0 and text[b] in " \t\u3000":
            b -= 1
        return b >= 0 and text[b] == "《"

    # --- nodes --------------------------------------------------------------------------
    def _para_end(self, offset: int) -> int:
        # cached: many inline items share one (possibly huge) paragraph
        if self._para_span[0] <= offset <= self._para_span[1]:
            return self._para_span[1]
        end = self.text.find("\n", offset)
        end = len(self.text) if end == -1 else end
        self._para_span = (offset, end)
        return end

    def _make_node(self, tok: Token, parent: Node | None) -> Node:
        para_end = self._para_end(tok.mend)
        limit = para_end
        nxt = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
        if nxt is not None and nxt.mstart < limit:
            limit = nxt.start
        title, head_end = self._title(tok.mend, limit)
        if head_end == para_end and title.count("《") > title.count("》"):
            title, head_end = self._title_across_links(tok.mend, para_end, nxt, title, head_end)
        if head_end == limit < para_end and len(title) < SHORT_TITLE:
            # `一要学，二要干，三要比。`: two words say little alone; the title goes on to the
            # sentence's end, as the gold format has every title (the head stays the item's own)
            title = self._title(tok.mend, para_end)[0]
        if head_end == para_end and self.hints and self.hints.get(tok.para + 2) == "cont":
            title, head_end = self._title_runs_on_wraps(tok.para + 2, para_end, nxt, title, head_end)
        elif head_end == para_end and not tok.inline and len(title) <= HEADING_CHARS \
                and self.text[tok.mend:para_end].rstrip(_WS).endswith(("，", ",")):
            # a line wrapped after its comma (`三、……迈出了新步伐，` / `企业活力有所增强`): the
            # title goes on to the end of the clause in the next line
            title, head_end = self._title_runs_on(para_end, nxt, title, head_end, HEADING_CHARS)
        elif head_end == para_end and not tok.inline and self._indented_doc and title \
                and _MID_WORD_END.match(self.text, para_end - 1) and self._heading_wrapped(para_end, nxt):
            # `三　关于调整……比例关系和进一步` / `搞活经济的几个问题` (flush) / `　　完成……`: in a text
            # that indents its paragraphs, a heading wrapped mid-word goes on in the flush line below
            title, head_end = self._title_runs_on(para_end, nxt, title, head_end, HEADING_CHARS)
        if head_end == para_end and limit == para_end:  # (`……。三是` / `·2·` / `混合所有制……`: all of it)
            title, head_end = self._title_over_a_page_break(para_end, nxt, title, head_end)
        if title and _LINKS_ONLY.fullmatch(title) and head_end == para_end:
            title = ""  # `（四）[1]` / `三、[返回目录]`: a citation's mark or a page's link, no words of a title
        if not title and limit == para_end and (tok.family.title_on_next_line or self._heading_below(para_end, nxt)):
            title, head_end = self._title_from_next_paragraph(para_end, nxt, head_end)
            if head_end > para_end:
                self._item_lines.add(self.text.rfind("\n", 0, head_end - 1) + 1)
        if self._edit_links and not tok.inline:
            title, head_end = self._title_to_edit_link(nxt, title, head_end)
        return Node(tok.marker, tok.style, tok.family.name, tok.ordinal, title, tok.line, (tok.start, head_end),
                    self.text, inline=tok.inline, parent=parent)

    def _title_to_edit_link(self, nxt: Token | None, title: str, head_end: int) -> tuple[str, int]:
        """On a wiki's page every section heading ends in its edit link (`[编辑]`): a heading
        whose line has none and no sentence end was wrapped (`一、一九八五年工作的` / `回顾[编辑]`),
        and its title runs on over the short lines up to the one the link ends (a comma the
        wrap came after is kept). The link is the page's, not a word of the title."""
        text = self.text
        line_end = self._para_end(max(head_end - 1, 0))
        line_start = text.rfind("\n", 0, line_end) + 1
        if head_end == line_end and not _EDIT_LINK.search(text, line_start, line_end):
            last = line_end - 1
            while last > line_start and text[last] in _WS:
                last -= 1
            start, pieces, before = line_end + 1, [title], text[last]
            for _ in range(LINK_LINES):
                end = self._para_end(start) if start < len(text) else start
                if start >= len(text) or self._is_excluded(start) or (nxt is not None and nxt.start < end):
                    break
                words = text[start:end].strip(_WS + "\u200b")
                if not words or len(words) > HEADING_CHARS or _TITLE_END.search(words):
                    break
                pieces.append(("，" if before in "，," else "") + words)
                if _EDIT_LINK.search(words):
                    title, head_end = "".join(pieces), end
                    self._item_lines.add(start)
                    break
                start, before = end + 1, words[-1]
        return _EDIT_LINK.sub("", title).rstrip(_TITLE_TRAIL), head_end

    def _title_over_a_page_break(self, para_end: int, nxt: Token | None, title: str,
                                 head_end: int) -> tuple[str, int]:
        """`……二要……的作` / `— 3 —` / running header / `风，说……；`: a page break cut the title's
        sentence, and the removed page furniture between is no end of it. The title goes on in
        the first line after the furniture when that line is not indented (no new paragraph)
        and the text before the break stops without a sentence end."""
        text = self.text
        last = para_end - 1
        while last > 0 and text[last] in _WS:
            last -= 1
        if text[last] in "。！？；：!?;:…”）)":
            return title, head_end
        line_start = text.rfind("\n", 0, last) + 1
        if display_width(text[line_start:last + 1].lstrip(_WS)) < PAGE_CUT_COLUMNS:
            return title, head_end  # (`2．成立工会` / `- 1 -` / `这个问题……`: a line this short filled no page's last line)
        start, skipped, page = para_end + 1, 0, False
        while start < len(text) and skipped < PAGE_FURNITURE_LINES and self._is_excluded(start):
            end = self._para_end(start)
            page = page or is_page_number(text[start:end])  # (a page break, not any removed line)
            start, skipped = end + 1, skipped + 1
        if not page or start >= len(text) or text[start] in _WS or self._is_excluded(start) \
                or (nxt is not None and nxt.start <= start):
            return title, head_end
        end = self._para_end(start)
        if nxt is not None and nxt.mstart < end:
            end = nxt.start
        # (the head stays before the break: the removed lines are nobody's, so no span may hold them)
        return title + self._title(start, end)[0], head_end

    def _title_runs_on_wraps(self, line: int, para_end: int, nxt: Token | None, title: str,
                             head_end: int) -> tuple[str, int]:
        """The title goes on over the soft-wrapped lines after it (`line`, 1-based, is the
        first, hinted `cont`) until its sentence ends, a few lines at most."""
        for _ in range(LINK_LINES):
            title, new_end = self._title_runs_on(para_end, nxt, title, head_end, LINK_CHARS)
            if new_end == head_end:
                break
            head_end, para_end = new_end, self._para_end(para_end + 1)
            line += 1
            if head_end != para_end or self.hints.get(line) != "cont" or len(title) >= LINK_CHARS:
                break
        return title, head_end

    def _heading_wrapped(self, para_end: int, nxt: Token | None) -> bool:
        """Is the line after `para_end` a short flush line with no sentence, and the one after it
        an indented paragraph (the heading's second line, then the text under it)?"""
        text, start = self.text, para_end + 1
        end = self._para_end(start) if start < len(text) else start
        if start >= end or text[start] in _WS or (nxt is not None and nxt.start <= end) \
                or end - start > HEADING_CHARS or _TITLE_END.search(text, start, end):
            return False
        return end + 1 < len(text) and text[end + 1] in " \u3000"

    def _title_runs_on(self, para_end: int, nxt: Token | None, title: str,
                       head_end: int, longest: int) -> tuple[str, int]:
        """The title goes on into the next line, if that line is `longest` characters at most:
        after a soft break of a hard-wrapped Markdown paragraph (`……三要及` / `时总结经验，`,
        joined without a space), or after the comma a heading was wrapped at (kept)."""
        start = para_end + 1
        end = self._para_end(start)
        if nxt is not None and nxt.mstart < end:
            end = nxt.start
        if start >= len(self.text) or self._is_excluded(start):
            return title, head_end
        m = _TITLE_END.search(self.text, start, end)
        stop = m.start() if m else end
        if stop - start > longest:
            return title, head_end
        # (a wrap may put the sentence's comma at the line's start: `……112个` / `，完成投资……`)
        rest = self.text[start:stop].lstrip(" \t\u3000").rstrip(_TITLE_TRAIL)
        if not rest:
            return title, head_end
        last = para_end - 1
        while last > 0 and self.text[last] in _WS:
            last -= 1
        comma = self.text[last] if title and self.text[last] in "，," else ""  # not the marker's own
        return title + comma + rest, m.end() if m else end

    def _title_across_links(self, start: int, para_end: int, nxt: Token | None, title: str,
                            head_end: int) -> tuple[str, int]:
        """`三、关于《` / `国民经济……纲要` / `》的说明`: a web page's link cut the title into
        lines; the title runs on until its 《 closes (a few short lines at most)."""
        text, end = self.text, para_end
        for _ in range(LINK_LINES):
            if end >= len(text) or (nxt is not None and nxt.start <= end + 1) or self._is_excluded(end + 1):
                break  # (a removed line, `VIP》` as an ad, is no part of the title: it has its place)
            line_end = self._para_end(end + 1)
            if line_end - end > LINK_CHARS:
                break
            if nxt is not None and nxt.start < line_end:
                line_end = nxt.start  # (`》，一要……`: the next item's marker on the line is its own)
            end = line_end
            if text.count("《", start, end) <= text.count("》", start, end):
                m = _TITLE_END.search(text, start, end)  # a line break is no title end
                stop = m.start() if m else end
                return text[start:stop].replace("\n", "").strip(_TITLE_TRAIL + _TITLE_LEAD), \
                    m.end() if m else end
        return title, head_end

    def _title(self, start: int, limit: int) -> tuple[str, int]:
        text = self.text
        if self._revisions:
            if start < limit and text[start] == "】":
                start += 1  # (`【增加：（三）】深化……`: the addition closes after the marker it added)
            if _REVISION.search(text, start, limit):
                return self._accepted_title(start, limit)
        while start < limit and text[start] in _TITLE_LEAD:
            start += 1
        m = _TITLE_END.search(text, start, limit)
        end = m.start() if m else limit
        head_end = m.end() if m else limit
        return text[start:end].strip(_TITLE_TRAIL), head_end

    def _accepted_title(self, start: int, limit: int) -> tuple[str, int]:
        """The title as the draft reads with its typed revisions accepted: `【删除：城乡面貌】` out,
        `【增加：城乡融合】` in (`（二）【删除：……】【增加：城乡融合】持续改善。` -> `城乡融合持续改善`);
        the head ends at the title's stop in the text."""
        text, words, pos = self.text, [], start
        for m in _REVISION.finditer(text, start, limit):
            cut = _TITLE_END.search(text, pos, m.start())
            if cut is not None:
                words.append(text[pos:cut.start()])
                return "".join(words).strip(_TITLE_LEAD + _TITLE_TRAIL), cut.end()
            words.append(text[pos:m.start()])
            added = m.group("added") or ""
            stop = _TITLE_END.search(added)
            if stop is not None:
                words.append(added[:stop.start()])
                return "".join(words).strip(_TITLE_LEAD + _TITLE_TRAIL), m.end()
            words.append(added)
            pos = m.end()
        cut = _TITLE_END.search(text, pos, limit)
        words.append(text[pos:cut.start() if cut else limit])
        return "".join(words).strip(_TITLE_LEAD + _TITLE_TRAIL), cut.end() if cut else limit

    def _heading_below(self, para_end: int, nxt: Token | None) -> bool:
        """Is the next line a heading's words, short and without a sentence (`三` / `关于国家的政治
        生活问题`)? A marker that has no title alone on its line (a bare `三`, `第一`: the paragraph
        below says the point) has that line's as its title."""
        text = self.text
        m = _NON_SPACE.search(text, para_end)
        if m is None or (nxt is not None and nxt.start <= m.start()):
            return False
        end = self._para_end(m.start())
        while end > m.start() and text[end - 1] in _WS:
            end -= 1
        # (no sentence: `关于干部的作风。` `最后讲一讲学习的问题。` say the part's point or lead, the
        # part's first paragraph, as a body's line does)
        return end - m.start() <= HEADING_CHARS and _SENTENCE_IN.search(text, m.start(), end) is None \
            and not self._is_excluded(m.start())

    def _title_from_next_paragraph(self, para_end: int, nxt: Token | None,
                                   head_end: int) -> tuple[str, int]:
        """A marker alone on its line (bold on a web page): its title is the next line."""
        text = self.text
        start = para_end + 1
        while start < len(text) and text[start] in _WS:
            start += 1
        if start >= len(text) or self._is_excluded(start):
            return "", head_end
        end = self._para_end(start)
        if nxt is not None and nxt.mstart < end + 1 and not nxt.inline:
            return "", head_end  # the next line is an item of its own
        if nxt is not None and nxt.mstart < end:
            end = nxt.start
        title, stop = self._title(start, end)
        return title, stop

    def _is_excluded(self, offset: int) -> bool:
        return is_inside(self.excluded, offset)

    # --- text between items -------------------------------------------------------------
    def _assign_text(self) -> list[Span]:
        """Give every stretch of text between items to its owner, minus excluded spans;
        return the preamble (the text before the first item)."""
        text, flat = self.text, self.flat
        clip = Clipper(self.excluded)
        first = flat[0].head[0] if flat else len(text)
        preamble = clip(0, first)
        for k, node in enumerate(flat):
            a = node.head[1]
            b = flat[k + 1].head[0] if k + 1 < len(flat) else len(text)
            if a >= b:
                continue
            para_end = self._para_end(a)
            if para_end >= b:
                node.add_body(clip(a, b))
                continue
            node.add_body(clip(a, para_end))
            owner = node
            while (owner.inline or owner.ordinal is None) and owner.parent is not None:
                owner = owner.parent
            owner.add_body(clip(para_end, b))
        return preamble


def _indented(text: str) -> bool:
    """Does the document indent its paragraphs (so that an unindented short line stands out)?"""
    indented = len(_LONG_INDENTED.starts(text))
    return indented >= 5 and indented >= 2 * len(_LONG_FLUSH.starts(text))


def _heading_levels_hold(tokens: list[Token], hints: dict[int, str]) -> bool:
    """Do the Markdown or Word heading levels keep marker styles apart? A converter that made
    every heading `#` put `# （一）` right after `# 一、` at the same level: a new run of
    another kind that opens beside an item instead of below it. The styles then say the
    depth, as in plain text. (Siblings of two kinds at one level, `### 五是` then `### ——`
    then `### 一是`, or `### 一是` … then `### 一要`, are no such evidence.) Nor do they when a new
    run of another kind opens a level above the item before it (`### 三、` then `## （一）`: the
    converter inverted them, as `（一）` opens inside `三、`)."""
    if not hints:
        return True
    before: Token | None = None  # the heading item before, and its level
    level_before = ""
    for tok in tokens:
        if tok.inline:
            continue
        hint = hints.get(tok.para + 1)
        if hint is None or not hint.startswith("heading:"):
            continue
        if before is not None and tok.ordinal == 1 and before.ordinal is not None \
                and tok.family.rank_group != before.family.rank_group \
                and (hint == level_before or int(hint[8:] or 0) < int(level_before[8:] or 0)):
            return False
        before, level_before = tok, hint
    return True


_BOXED_HINTS = frozenset({"table", "quote", "code"})
_LIST_END_HINTS = frozenset({"after-list"})
_RULE_HINTS = frozenset({"rule"})  # a Markdown rule (`---`), a blank line in the text


def _line_starts_hinted(text: str, hints: dict[int, str], kinds: frozenset[str]) -> set[int]:
    """Start offsets of the lines whose hint is one of `kinds`."""
    return set(_line_offsets(text, [line for line, hint in hints.items() if hint in kinds]).values())


def _line_offsets(text: str, lines: list[int]) -> dict[int, int]:
    """Start offset of each of `lines` (1-based) in `text`, read in one walk."""
    out: dict[int, int] = {}
    pos, line = 0, 1
    for want in sorted(lines):
        while line < want and pos != -1:
            pos = text.find("\n", pos) + 1 or -1
            line += 1
        if pos == -1:
            break
        out[want] = pos
    return out


def _unnumbered_headings(text: str, tokens: list[Token], hints: dict[int, str],
                         kind: str = "heading:", numbered: bool = False) -> list[tuple[int, int]]:
    """(offset, level) of each Markdown or Word heading line that holds no marker (any heading
    line, `numbered` too), sorted; of each of a page's numbered sections with `kind="section:"`
    (`### 2.3 政府自身建设`)."""
    size = len(kind)
    lines = {line: int(hint[size:]) for line, hint in hints.items()
             if hint.startswith(kind) and hint[size:].isdigit()}
    if not lines:
        return []
    for tok in tokens if not numbered else ():
        if not tok.inline:
            lines.pop(tok.para + 1, None)
    return [(pos, lines[line]) for line, pos in sorted(_line_offsets(text, list(lines)).items())]


def _back_matter(text: str, headings: list[tuple[int, int]], rules: set[int],
                 all_headings: Callable[[], list[tuple[int, int]]] = list, body_start: int = 0) -> list[Span]:
    """Sorted, disjoint spans of the writer's back matter: an unnumbered heading of its words
    to the next heading of its rank or higher, a paragraph that opens with its label, and an
    attachment after the text's sign-off (`以上报告，请予评议。` / `述职人：……` / `2026年1月15日` /
    `附件：` / a document of its own) to the end."""
    spans: list[Span] = []
    for k, (at, level) in enumerate(headings):
        end = text.find("\n", at)
        if _BACK_MATTER_HEADING.match(text, at, len(text) if end == -1 else end):
            # (to the next heading of its rank or higher, a numbered one too: `#### 我的小结` then
            # `### 二、……`, the report goes on)
            stop = next((h for h, lv in sorted(headings[k + 1:] + all_headings()) if h > at and lv <= level), len(text))
            if not spans or at >= spans[-1][1]:
                spans.append((at, stop))
    if "写在" in text or "后记" in text or "编后" in text or "我的" in text or "读后" in text or "意见" in text:
        for at in _BACK_MATTER_LABEL.starts(text):
            end = text.find("\n", at)
            end = len(text) if end == -1 else end
            # (the label alone on its line, `读后记（自己的笔记）：`: the writer's notes below it, to the end)
            alone = text[at:end].rstrip(_WS).endswith(("：", ":"))
            spans.append((at, len(text) if alone else end))
    if "结" in text:  # `结束语` / `结语` on a line of its own: the closing words, to the end
        spans += [(at, len(text)) for at in _CLOSING_LABEL.starts(text)
                  if not _numbered_on_after(text, at)][:1]
    if "谢谢" in text or "我就" in text or "讲完了" in text or "录音整理" in text:  # (_SIGNED_OFF's words)
        qa = _questions_after_closing(text)
        if qa is not None:
            spans.append((qa, len(text)))
    if "须知" in text or "須知" in text or "说明" in text or "說明" in text or "声明" in text or "聲明" in text \
            or "提示" in text:
        # a site's notice to its readers (`使用須知：` `本館說明：` then `1.……` `2.……`) in the
        # last part of the page: the site's words to the end, no item of the speech
        spans += [(at, len(text)) for at in _SITE_NOTICE.starts(text) if at >= len(text) * SITE_NOTICE_AFTER][:1]
    if "附记" in text or "附記" in text or "按〕" in text or "按】" in text:
        # `〔编者附记〕本期毕业学生共……：` after the speech: the editor's words and lists, to the end
        spans += [(at, len(text)) for at in _EDITORS_AFTERWORD.starts(text)][:1]
    if "思考" in text or "讨论题" in text:
        # `学习思考题` on a line of its own after the lecture: the questions for its readers, to the end
        spans += [(at, len(text)) for at in _STUDY_QUESTIONS.starts(text)][-1:]
    if "说明" in text or "說明" in text or "凡例" in text:
        # a collection's `编印说明` over its numbered lines (`1.本汇编收录……`): the editors', not a speech's
        spans += [(at, _numbered_lines_end(text, at)) for at in _EDITORS_NOTE_LABEL.starts(text)]
    if rules or any(word in text for word in _AFTER_SIGN_OFF_WORDS):
        # (a sign-off closes a text that has begun: a date in the title block, `> 2025年3月12日` / `---`
        # over the speech's first heading, is no end of it)
        attached = _attached_after_sign_off(text, {at for at in rules if at > body_start}, body_start)
        if attached is not None:
            spans.append((attached, len(text)))
    return merge(spans)


_PARAGRAPH_NUMBER = lazy(r"[ \t\u3000]*([0-9]{1,3})[.．、]")


def _numbered_on_after(text: str, at: int) -> bool:
    """Does the paragraph after the label at `at` go on a numbered run of the text before it
    (`82.……` / `结语` / `83.……`: a policy address numbers its paragraphs through)?"""
    line_end = text.find("\n", at)
    nxt = _NON_SPACE.search(text, line_end) if line_end != -1 else None
    m = _PARAGRAPH_NUMBER.match(text, text.rfind("\n", 0, nxt.start()) + 1) if nxt else None
    if m is None or int(m.group(1)) < 2:
        return False
    before = re.compile(rf"(?m)^[ \t\u3000]*{int(m.group(1)) - 1}[.．、]")  # (one a number: not stored)
    return before.search(text, max(0, at - SIGN_OFF_CHARS * 10), at) is not None


def _questions_after_closing(text: str) -> int | None:
    """Offset of the first chair's or questioner's line (`主持人：` `问题1：` `员工（……）：`)
    right after the speech's closing line, or None."""
    for at in _QA_LABEL.starts(text):
        start = at
        for _ in range(5):  # (a heading of the questions may stand between, `互动交流`, and its lead)
            end = start
            while end > 0 and text[end - 1] in _WS:
                end -= 1
            start = text.rfind("\n", 0, end) + 1
            before = text[start:end]
            if _SIGNED_OFF.search(before):
                return at
            line = before.strip(_WS)
            if not (_QA_HEADING.fullmatch(line) or _INTERVIEW_LEAD.fullmatch(line)
                    or _BETWEEN_SPEECH_AND_QA.fullmatch(line)):
                break
    return None


def _numbered_lines_end(text: str, at: int) -> int:
    """End of the numbered paragraphs right under the label line at `at` (blank lines between;
    after the lead that announces them, `本稿作了以下修改：`, if it does)."""
    end = text.find("\n", at)
    lead, first_part = True, None
    while end != -1:
        nxt = _NON_SPACE.search(text, end)
        if nxt is None:
            break
        start = text.rfind("\n", 0, nxt.start()) + 1
        line_end = text.find("\n", nxt.start())
        numbered = _NUMBERED_LINE.match(text, start)
        if numbered is None:
            if not lead or not text[start:len(text) if line_end == -1 else line_end].rstrip(_WS).endswith(("：", ":")):
                break
        elif _PART_NUMBER.match(text, start) and first_part is False:
            break  # (`1.……` `2.……` then `一、稳增长`: the notes are over, the speech's first part begins)
        elif first_part is None:
            first_part = _PART_NUMBER.match(text, start) is not None
        lead = False
        end = line_end
    return len(text) if end == -1 else end


def _editors_notes(text: str) -> list[Span]:
    """The editor's or reporter's words before the speech, with their own points: a newspaper's
    `编者按：……` (`一、要看到成绩……`) up to the lead that opens the report (`本报讯　……`, `新华社……电`)
    or its salutation, a few lines on; a news lead that sums the speech up (`讲话从三个方面部署了
    ……：一是……`) up to the line that opens its full text (`以下为讲话全文：`, the salutation); a page's
    key-points box (`要点速览` over `第一，……` `第二，……`)."""
    spans: list[Span] = []
    if "编者按" in text:
        for at in _EDITORS_NOTE_OPEN.starts(text):
            lead = _REPORT_LEAD.search(text, at + 1, at + EDITORS_NOTE_CHARS)
            if lead is not None:
                spans.append((at, lead.start()))
    if "讯" in text or any(agency in text for agency in ("新华社", "中新社", "新华网", "人民网", "央视网")):
        for at in _NEWS_LEAD.starts(text):
            full = _FULL_TEXT_FOLLOWS.search(text, at + 1, at + NEWS_LEAD_CHARS)
            if full is not None:
                spans.append((at, full.start()))
                break  # (the first lead: the page's own)
    if "┌" in text:
        # a box drawn with lines over the speech (`┌─发言摘要──` / `│……一是……` / `└──`): the editor's summary
        for m in _SUMMARY_BOX.finditer(text):
            spans.append((m.start(), m.end()))
    if "全文如下" in text:
        below = _FULL_TEXT_BELOW.search(text, 0, len(text) // 3 + FULL_TEXT_LINE_CHARS)
        if below is not None and below.start() <= len(text) // 3:
            spans.append((0, below.start()))  # (`我对讲话稿做了以下调整：1.……` before it: the assistant's)
    if any(label in text for label in _KEY_POINTS_WORDS):
        spans += [(at, _numbered_lines_end(text, at)) for at in _KEY_POINTS_LABEL.starts(text)]
    return merge(spans)


def _attached_after_sign_off(text: str, rules: set[int], body_start: int = 0) -> int | None:
    """Offset of an `附件` line or a rule (`------`, or a Markdown rule the reader took out of the
    text: `rules`) whose few lines before close the text (a date alone on its line, a signature,
    `以上报告，请予审议。`, `谢谢大家`), or None."""
    sent = _TRANSMITTAL.search(text) if "印发" in text or "转发" in text else None
    for at in sorted({m.start() for m in _AFTER_SIGN_OFF.finditer(text, body_start)} | rules):
        if sent is not None and sent.start() < at:
            return None  # `关于印发……的通知` / `现印发给你们`: the attachment is the document sent, the body
        before = text[max(0, at - SIGN_OFF_CHARS):at].split("\n")
        lines = [ln.strip(" \t\u3000") for ln in before[1:] if ln.strip(" \t\u3000")][-SIGN_OFF_LINES:]
        # (... and what follows is shorter than a few times the text it closes: a title block's date
        # over the whole speech is no sign-off)
        if any(_SIGN_OFF.match(ln) for ln in lines) and len(text) - at <= ATTACHED_SHARE * (at - body_start):
            return at
    return None


def _closers(text: str, indented: bool, hints: dict[int, str], tokens: list[Token]) -> list[tuple[int, str]]:
    """Start offsets of the paragraphs that may close open items, with their kind, sorted."""
    found = [(at, "part") for at in (*_PART.starts(text), *_part_lines(text))] if indented else \
        [(m.start("part"), "part") for m in _PART_FLUSH.finditer(text)]
    # the first line after a web page's list (`</ol>`): the list's last item is over
    found += [(at, "list-end") for at in _line_starts_hinted(text, hints, _LIST_END_HINTS)]
    found += [(at, "part") for at in _SPEAKER_DIVIDER.starts(text)]
    found += [(at, "part") for at in _section_headings(text, tokens)]
    speakers = _NAMED_SPEAKER.starts(text) if "：" in text or ":" in text else []
    if len(speakers) >= NAMED_SPEAKERS_IN_A_DIGEST:
        found += [(at, "part") for at in speakers]
    # (not the speech's own salutation under its first heading: `一、……` then `各位领导：`)
    found += [(at, "part") for at in _SALUTATION_LINE.starts(text) if not _after_an_item_line(text, at, tokens)]
    if "谢谢" in text or "謝謝" in text:  # a title right after a speech's thanks: the next paper of a collection
        found += [(m.start("title"), "part") for m in _TITLE_AFTER_THANKS.finditer(text)]
        found += [(m.start("host"), "part") for m in _HOST_AFTER_THANKS.finditer(text)]
    for date in _PIECE_DATE.finditer(text) if "年" in text else ():
        # (a date line under a title line: find the rare date lines first, then look at the line above)
        end = date.start() - 1
        start = text.rfind("\n", 0, max(end, 0)) + 1
        if end > 0 and _PIECE_TITLE.fullmatch(text, start, end) and not starts_with_marker(text[start:end].strip(_WS)):
            found.append((start, "part"))
    if "主持" in text:  # the chair's turn between speeches (`主持人：……下面请……发言。`): the speech before is over
        found += [(at, "part") for at in _CHAIR_TURN.starts(text)]
    if "人：" in text or "界别" in text or "回应：" in text or "答复：" in text or "在讲话中" in text or "在总结" in text \
            or "在发言中" in text:
        found += [(at, "part") for at in _SPEAKER_LINE.starts(text)]
    if "问" in text:  # an interview's question: the answer before it, and its items, are over
        found += [(at, "part") for at in _QUESTION_TURN.starts(text)]
    found += [(at, "interjection") for at in _INTERJECTION.starts(text)]
    found += [(at, "summary") for at in _SUMMARY.starts(text)]
    found += [(at, "retrospect") for at in _RETROSPECT.starts(text)]
    if "." in text:  # a report's numbered section (`4.3　保障措施`): the lists of the one before are over
        found += [(at, "section") for at in _DECIMAL_SECTION.starts(text)]
    found.sort()
    return found


def _last_non_space(text: str, at: int) -> int:
    """Offset of the last character before `at` that is not white space (0 if none)."""
    end = at
    while end > 0 and text[end - 1] in _WS:
        end -= 1
    return max(end - 1, 0)


def _after_an_item_line(text: str, at: int, tokens: list[Token]) -> bool:
    """Is the line before the one at `at` a line item's (tokens are in text order)?"""
    end = at - 1
    while end > 0 and text[end - 1] in _WS:
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    k = bisect_left(tokens, start, key=lambda t: t.start)
    return k < len(tokens) and tokens[k].start == start and not tokens[k].inline


def close_lines(roots: list[Node], line_of: Callable[[int], int]) -> None:
    """end_line of each node: the last source line of its own text or its descendants'."""
    order: list[Node] = []
    stack = list(reversed(roots))
    while stack:  # pre-order; reversed, every node comes after its descendants
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(node.children))
    for node in reversed(order):
        start, end = node.head
        body_end = node.body_end
        if body_end is not None:
            end = body_end
        text = node._text
        while end > start and text[end - 1] in _WS:
            end -= 1
        line = line_of(end - 1) if end > start else node.line
        if line < node.line:
            line = node.line
        if node.children and node.children[-1].end_line > line:
            line = node.children[-1].end_line  # children come in document order
        node.end_line = line
