"""Front matter: title (and a subtitle on the same line), subtitle, speaker, date,
salutation and a metadata table, read from the lines before the speech body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazy_re import lazy
from ..punct import HAN
from ..punct import SALUTATION as SALUTATION_PATTERN
from ..regex_cache import compile as compile_re
from .lines import WS, Line, forward, line_at
from .noise import PAGE_OF, TITLE_SUFFIX, is_page_number

if TYPE_CHECKING:
    from ..cleanup import Cleanup

SENTENCE_END = compile_re(r"[。！？!?]$")
SALUTATION = compile_re(SALUTATION_PATTERN)
SUBTITLE = lazy(r"^(?:——|—|――|―|--|－－)\s*\S")  # (U+2015 too: a GBK page's dash)
# the end of a subtitle wrapped onto a line of its own (`第五次全体会议上的工作报告`)
SUBTITLE_END = lazy(r"(?:上|会上)(?:的(?:讲话|講話|工作报告|报告|報告|发言|發言|致辞|致詞|总结讲话|主题报告))?$")
SUBTITLE_END_CHARS = 30
# the office a report is sent to (主送机关), on its line under the title: `望川市人民政府：`
ADDRESSEE = lazy(r"^(?:[^\s，,、：:。]{2,30}(?:人民政府|委员会|党委|党组|县委|市委|省委|区委|办公室|办公厅|局|厅|部|委)[、，,]?)+[：:]$")
SIGNER = lazy(r"^(?:签发人|簽發人|签批人)[ \u3000]*[:：][ \u3000]*\S{2,12}$")
_WORD = lazy(r"\w")
OFFICIAL_TITLE_CHARS = 80
OFFICE_END = lazy(r"(?:人民政府|政府|办公室|办公厅|委员会|党委|党组|县委|市委|省委|区委|局|厅)$")
DOCUMENT_KIND_END = lazy(r"(?:通知|报告|報告|意见|方案|决定|通报|请示|批复|函|纪要|讲话|办法|规定|要点|规划|计划|公告)$")
OCCASION = lazy(r"^[（(][^（）()\n]{4,40}(?:会议|會議|大会|大會|全会|全會)[）)]$")
DIVIDER = lazy(r"^[=＝\-－_＿*~～—─━]{5,}$")
# a reposter's lead paragraph above the speech (`……现将讲话全文推送如下，以飨读者。`): front matter,
# kept in meta; the speech's own title block may follow it
REPOST_LEAD = lazy(r"全文(?:推送|刊发|发布|刊登|转发|摘登|整理)?如下|(?:讲话|致辞|发言|报告)(?:全文)?(?:推送|刊发|刊登|转发|摘登)如下"
                   r"|以飨读者")
REPOST_LEAD_CHARS = 300
TITLE_WITH_SUBTITLE = compile_re(r"^(?P<title>.+?)\s*(?P<subtitle>(?:——|－－)\S.*)$")
DATE = compile_re(
    # (a Republic of China year in Taiwan's papers: `中華民國九十八年十月二十日`)
    r"^[（(]?\s*(?P<date>(?:\d{4}|[〇零一二三四五六七八九]{4}|(?:中華民國|中华民国|民國|民国)\s*(?:\d{2,3}|[一二三四五六七八九十百〇零]{1,5}))"
    r"\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?"
    # (a span of days: `一九九二年一月十八日——二月二十一日`, `2024年3月5日至11日`)
    r"(?:\s*(?:——|—|－|-|~|～|至)\s*(?:[\d一二三四五六七八九十]{1,3}\s*月)?\s*[\d一二三四五六七八九十]{1,3}\s*日)?)"
    # (and a note on the text inside the brackets: `（2025年7月22日，根据录音整理）`)
    r"(?:[，,、；]\s*(?:根据|据)?(?:录音|錄音|记录|記錄)?(?:整理|有删节|有刪節|略有删节|略有刪節|有改动|节选|節選|摘要))?"
    r"\s*[）)]?$")
# the date and the speaker's name on one line, in either order
DATE_AND_NAME = lazy(rf"^(?:[（(]\s*(?P<date>(?:\d{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*[\d一二三四五六七八九十]{{1,3}}\s*月"
                     rf"\s*[\d一二三四五六七八九十]{{1,3}}\s*日)\s*[）)])[ \t\u3000]+(?P<name>{HAN}(?:[ \u3000]?{HAN}){{1,3}})$")
DATE_IN = lazy(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?")
SPEAKER = lazy(
    rf"^(?:{HAN}|[（）()、]){{1,30}}(?:书记|書記|长|長|主任|总理|總理|主席|委员|委員|代表|同志|总监|總監|经理|經理|院士|教授)"
    r"[ \u3000]+(?:[\u4e00-\u9fff某×X＊*]{2,4}|[\u4e00-\u9fff某×X＊*](?:[ \u3000]{1,2}[\u4e00-\u9fff某×X＊*]){1,2})$")
# (two posts: `党组书记、局长　周某某`; a two-character name spaced out to three's width: `县委书记　周　镕`)
META_KEYS = ("索引号", "主题分类", "发布单位", "发文日期", "成文日期", "发布日期", "文号", "发文机关",
             "有效性", "时效", "公开方式", "公开范围", "信息来源", "主题词", "体裁分类", "组配分类", "生效日期",
             "标题", "名称", "发布机构")
META_LINE = compile_re(r"[|｜]")
# a field of a listed company's filing head: `证券代码：301987` `证券简称：某某智装` `公告编号：2026-018`
_FILING_FIELD = compile_re(r"(证券代码|證券代碼|股票代码|证券简称|證券簡稱|股票简称|公告编号|公告編號|债券代码|债券简称)"
                           r"[ \u3000]*[：:][ \u3000]*(\S+)")
BARE_NAME = lazy(rf"^{HAN}(?:[ \u3000]*{HAN}){{1,3}}$")
# a summary's label alone on its line (a web page's `<h2>摘要</h2>` above its paragraph), and its keywords
SUMMARY_LABEL = lazy(r"^(摘要|内容提要|内容摘要|提要|导读|导语)[:：]?$")
NOTE_APP_META = lazy(r"^(创建时间|更新时间|修改时间|创建于|标签)[:：][ \u3000]*\S")
# the papers a document was issued with, above its title: `某市第十一届人民代表大会第五次会议文件`
# (and the issuing office's red head, `某某县人民政府文件` `中共某某县委办公室文件`; `……全会文件（二）`)
DOCUMENT_HEADER = lazy(r"^\S{0,40}(?:会议|大会|全会|委员会|人民政府|政府|办公室|办公厅|党委|县委|市委|省委)(?:文件|材料)"
                       r"(?:之[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[）)])?$")
DOCUMENT_NUMBER = lazy(r"^\S{1,12}[〔［\[（(]\d{4}[〕］\]）)]\s*\d{1,4}\s*号$")  # a document's number
# a handling mark above the title: `内部资料　注意保存`, `秘密★1年`, `内部文件 请勿外传`
CLASSIFICATION = lazy(r"^(?:内部资料|内部文件|内部参阅|内部学习资料|秘密|机密|绝密)(?:[★\s\u3000]*"
                      r"(?:注意保存|妥善保管|请勿外传|不得外传|\d+年|★))*$")
# an editor's or a site's summary before the speech (`【内容提要】讲话共分三个部分：一是……`):
# front matter kept in meta under its label, never outline items
ABSTRACT = compile_re(r"^(?:【(?P<bracketed>内容提要|内容摘要|提要|摘要|导读|导语|编者按|写在前面)】"
                      r"|(?P<plain>内容提要|内容摘要|摘要|编者按|导语|导读|写在前面|编者的话|小编说|关键词|关键字)[:：])"
                      r"\s*(?P<text>.*)$")
RUNNING_HEAD_LOOKS = 8  # repeats of a first line looked at for a page number before it
# the words of a book's running head: the collection and its volume (`林澄文集　第一卷`)
BOOK_HEAD = compile_re(r"文集|[选選]集|文[选選]|全集|文稿|文存|著作集|[上中下]卷|第[一二三四五六七八九十]+卷")


def _key(cell: str) -> str:
    """A table cell as a metadata key: `索 引 号：` and `标　　题` spaced out to fill their cell."""
    return "".join(cell.split()).rstrip("：:")


def parse_meta(line: str) -> dict[str, str] | None:
    """`索引号 | X | 主题分类 | Y |` -> {索引号: X, 主题分类: Y} (and a listed company's filing
    head, `证券代码：301987   证券简称：某某   公告编号：2026-018`); None if not a metadata row."""
    if line.startswith(("证券代码", "證券代碼", "股票代码")):
        fields = _FILING_FIELD.findall(line)
        if fields and _FILING_FIELD.sub("", line).strip(WS) == "":
            return dict(fields)
    if not META_LINE.search(line):
        return None
    cells = [c.strip() for c in re.split(r"[|｜]", line)]
    cells = [c for c in cells if c]
    if not cells or not any(_key(c) in META_KEYS for c in cells):
        return None
    out: dict[str, str] = {}
    i = 0
    while i < len(cells):
        key = _key(cells[i])
        nxt = cells[i + 1] if i + 1 < len(cells) else ""
        if _key(nxt) in META_KEYS or not nxt:
            out[key] = ""
            i += 1
        else:
            out[key] = nxt
            i += 2
    return out


def is_title_like(line: str) -> bool:
    return len(line) <= 80 and not SENTENCE_END.search(line) and not SALUTATION.match(line)


# --- reading the front matter (works on the shared clean-up state) -------------------------

def read_front_matter(c: Cleanup, head: list[Line]) -> None:
    """Title, subtitle, speaker, date, salutation and metadata from the head lines, in the
    order they usually come; the first line that is none of them ends the front matter."""
    doc = c.doc
    free = [ln for ln in head if ln.start not in c.removed_starts and ln.start not in c.toc_starts]
    free = _yaml_front_matter(c, free)
    taken: set[int] = set()  # head lines read already (an agenda's entries)
    for k, line in enumerate(free):
        if line.start in taken:
            continue
        text = line.text
        if doc.title is None and DIVIDER.match(text):
            continue  # `==========` under an archive's header: a rule, the title block comes after it
        if (doc.title is None and AGENDA_LABEL.match(text)) or (doc.salutation is None and HEADER_LIST_LABEL.match(text)):
            # (under the title too: a 纪要's `参会单位：` / `会议议程：` over their short numbered lines)
            entries = _agenda(c, free[k + 1:], short=doc.title is not None)
            if entries:  # `会议议程` / `1.听取……报告` … above the speech's title: the meeting's programme
                doc.meta[text.strip("【】〔〕[]：: \u3000")] = "\n".join(ln.text for ln in entries)
                for entry in [line, *entries]:
                    c.front((entry.start, entry.end), "meta")
                    taken.add(entry.start)
                continue
        if POST_STAMP.match(text) or (doc.title is None and "公众号" in doc.meta and POST_BYLINE.match(text)):
            # a post's time stamp (`安信澜州  2024-11-29 21:06`) and byline (`原创  办公室  某某银行`)
            doc.meta.setdefault("发布" if POST_STAMP.match(text) else "署名", text)
            c.front((line.start, line.end), "meta")
            continue
        field = MINUTES_FIELD.match(text) if doc.salutation is None else None
        if field:  # a 纪要's head: `会议时间：……` `会议地点：……` `主持人：……`
            doc.meta[field.group(1)] = field.group(2).strip(WS)
            c.front((line.start, line.end), "meta")
            continue
        meta = parse_meta(text)
        if meta is not None:
            doc.meta.update(meta)
            c.front((line.start, line.end), "meta")
            continue
        note_meta = NOTE_APP_META.match(text)
        if note_meta:  # a note app's `创建时间：…　更新时间：…` / `标签：…` above the title
            doc.meta[note_meta.group(1)] = text[note_meta.end(1):].lstrip(" ：:\u3000")
            c.front((line.start, line.end), "meta")
            continue
        if doc.title is not None and len(text) <= REPOST_LEAD_CHARS and REPOST_LEAD.search(text) \
                and "导语" not in doc.meta and not ABSTRACT.match(text):
            doc.meta["导语"] = text  # a reposter's lead (`……现将讲话全文推送如下`)
            c.front((line.start, line.end), "meta")
            continue
        if doc.title is None and k + 1 < len(free) and DOCUMENT_HEADER.match(free[k + 1].text) \
                and MEETING.search(text) and not DOCUMENT_HEADER.match(text):
            # `某某公司第三届职工代表大会第五次会议` / `会议材料之五`: the meeting the papers are of
            doc.meta["会议"] = text
            c.front((line.start, line.end), "meta")
            continue
        if doc.title is None and (DOCUMENT_HEADER.match(text) or DOCUMENT_NUMBER.match(text)):
            # `……代表大会第五次会议文件` / `棠纪发〔2025〕2号` above the title: the papers it belongs to
            doc.meta["文件" if DOCUMENT_HEADER.match(text) else "文号"] = text
            c.front((line.start, line.end), "meta")
            continue
        if doc.title is None and MASTHEAD.match(text):  # `栖梧日报　2002年4月27日　星期六　第一版`
            doc.meta["报头"] = text
            c.front((line.start, line.end), "meta")
            continue
        stamp = CLASSIFICATION.match(text)
        if stamp:  # `内部资料　注意保存` above the title: the document's handling mark
            doc.meta["密级"] = text
            c.front((line.start, line.end), "meta")
            continue
        abstract = ABSTRACT.match(text)
        if abstract and not abstract.group("text"):
            break  # `【编者按】` alone on its line: the note below it is read with the prefaces
        if abstract:
            doc.meta[abstract.group("bracketed") or abstract.group("plain")] = abstract.group("text")
            c.front((line.start, line.end), "meta")
            continue
        tok = c.line_tokens.get(line.start)
        before_toc = c.toc_label_at is not None and line.start < c.toc_label_at
        if tok is not None and tok.ordinal is not None and not (before_toc and doc.title is None):
            break  # the outline begins (after a labelled TOC, not before it: that is the page title)
        if SALUTATION.match(text) or (doc.title is not None and ADDRESSEE.match(text)):
            doc.salutation = text  # (a report's addressee, `望川市人民政府：`, is its salutation)
            c.front((line.start, line.end), "salutation")
            break
        if doc.title is None and SIGNER.match(text):  # `签发人：李国栋` above a report's title
            doc.meta["签发人"] = text.split("：" if "：" in text else ":", 1)[1].strip(WS)
            c.front((line.start, line.end), "meta")
            continue
        if doc.title is None and not _WORD.search(text):
            continue  # `■` (a scan's speck, a stamp's mark): no title, it stays where it is
        if doc.title is None:
            if not is_title_like(text) or DATE.match(text):
                break
            if k + 1 < len(free) and _running_head(c, line):
                doc.meta["书眉"] = text  # a book's running head above the first page, not the title
                c.front((line.start, line.end), "meta")
                continue
            if k + 1 < len(free) and _site_name(c, line, free[k + 1], free[k + 2] if k + 2 < len(free) else None):
                doc.meta["站点"] = text  # the site's name above its menu bar, not the speech's title
                c.front((line.start, line.end), "meta")
                continue
            if _account_name(text, free[k + 1:k + 1 + ACCOUNT_LINES]):
                doc.meta["公众号"] = text  # the account above its post's stamp and headline, not the title
                c.front((line.start, line.end), "meta")
                continue
            _read_title(c, line)
            continue
        if doc.subtitle is None and (SUBTITLE.match(text) or (doc.title is not None and (
                OCCASION.match(text) or _says_the_speech(text)))):
            doc.subtitle = text  # (`——在……上的讲话`, or the meeting in brackets: `（……議會第十六屆第四次定期大會）`)
            c.front((line.start, line.end), "subtitle")
            rest = free[k + 1] if k + 1 < len(free) else None
            if rest is not None and SUBTITLE.match(text) and "上" not in text[-8:] and SUBTITLE_END.search(rest.text) \
                    and len(rest.text) <= SUBTITLE_END_CHARS:
                # `——在……纪律检查委员会` / `第五次全体会议上的工作报告`: the subtitle wrapped
                doc.subtitle = text + rest.text
                c.front((rest.start, rest.end), "subtitle")
                taken.add(rest.start)
            date = DATE_IN.search(doc.subtitle)
            if date and doc.date is None:
                doc.date = date.group()
            continue
        date_line = DATE.match(text)
        if doc.date is None and date_line:
            doc.date = date_line.group("date")
            c.front((line.start, line.end), "date")
            continue
        dated = DATE_AND_NAME.match(text)
        if doc.date is None and doc.speaker is None and dated:  # `（2026年6月12日）　罗某某` on one line
            doc.date, doc.speaker = dated.group("date"), dated.group("name")
            c.front((line.start, line.end), "date")
            continue
        if doc.speaker is None and (SPEAKER.match(text) or (
                BARE_NAME.match(text) and k + 1 < len(free)
                and (DATE.match(free[k + 1].text) or SALUTATION.match(free[k + 1].text)))):
            doc.speaker = text  # (a bare name, `许承岳` / `习　近　平`, only right above the date or salutation)
            c.front((line.start, line.end), "speaker")
            continue
        if text == doc.title:
            continue  # the title repeated: removed as duplicate-title
        if doc.subtitle is None and doc.salutation is None and doc.title and _official_title_goes_on(doc.title, text):
            # `青川县人民政府办公室` / `关于印发……提升` / `实施方案的通知`: a 公文's title over lines
            doc.title += text
            c.front((line.start, line.end), "title")
            continue
        if doc.subtitle is None and doc.salutation is None and doc.title and _title_goes_on(doc.title, text) \
                and k + 1 < len(free) and SUBTITLE.match(free[k + 1].text) is not None:
            # `凝心聚力　提质增效` / `奋力开创……新局面` / `——在……`: a two-line main title
            # (a one- or two-character line is the title's last characters, wrapped: `政府工作报` / `告`)
            doc.title = f"{doc.title}{'' if len(text) < SLOGAN_LINE_MIN else '　'}{text}"
            c.front((line.start, line.end), "title")
            continue
        if doc.subtitle is None and doc.salutation is None and is_title_like(text) \
                and not _NOT_A_TITLE.search(text) and (
                    _variant_of(text, doc.title)
                    or (k + 1 < len(free) and SUBTITLE.match(free[k + 1].text) is not None)):
            # a web page's title shown again in other words (`<title>` 许某在……的讲话, then the
            # page's own `在……的讲话`), or another title line above the `——在……` subtitle:
            # removed as the title repeated, where it shows
            c.remove(line, "duplicate-title")
            continue
        break
    _prefaces(c, free)


# a newspaper's masthead line above the title: its name, the date, the weekday, the page
MASTHEAD = lazy(r"^\S{2,12}(?:日报|晚报|早报|时报|报)[ \t\u3000]+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                r"(?:[ \t\u3000]+(?:星期|周)[一二三四五六日天])?(?:[ \t\u3000]+第\S{1,4}版\S{0,8})?$")
EDITOR_NOTE_LINES = 4  # an editor's note under its own label line is this many paragraphs at most
MEETING = lazy(r"(?:会议|大会|全会)$")
AGENDA_LABEL = lazy(r"^[【〔\[]?(?:会议|大会)?(?:议程|議程|日程)(?:安排)?[】〕\]]?[:：]?$")


# a field of a minutes' head, with its value
MINUTES_FIELD = lazy(r"^(会议时间|会议地点|会议名称|时间|地点|主持人|主持|记录人|记录|整理人|整理|参会人员|出席人员|列席人员"
                     r"|参加人员|参会单位|出席领导|缺席)[ \u3000]*[:：][ \u3000]*(?![^\n]*[。！？!?])(\S.{0,60})$")  # (not the host's words)
# the label of a minutes' list in its head: who took part, what was on the agenda
HEADER_LIST_LABEL = lazy(r"^[【〔\[]?(?:参会|參會|出席|列席|与会|與會|参加)(?:单位|單位|人员|人員|领导|領導)"
                         r"|^[【〔\[]?(?:会议|大会)(?:议程|議程|日程)(?:安排)?[】〕\]]?[:：]$")
HEADER_ENTRY_CHARS = 30  # an entry of such a list: a name or a short phrase


def _agenda(c: Cleanup, lines: list[Line], short: bool = False) -> list[Line]:
    """The numbered entries right after an agenda's label (two at least; `short` ones only,
    under a title: a name or a phrase each)."""
    out: list[Line] = []
    for line in lines:
        tok = c.line_tokens.get(line.start)
        if tok is None or tok.ordinal != len(out) + 1 or (short and len(line.text) > HEADER_ENTRY_CHARS):
            break
        out.append(line)
    return out if len(out) >= 2 else []


# the title a speech or report is given (`在……会议上的讲话`, `政府工作报告`)
_SPEECH_TITLE = lazy(r"(?:讲话|講話|报告|報告|致辞|致詞|发言|發言|讲稿|演讲|演講|贺词|開幕詞|开幕词|闭幕词|閉幕詞)$")


# how the copy was made, after what it is: `区长讲话（根据录音整理）`
_MADE_NOTE = lazy(r"[（(](?:根据)?(?:录音|錄音)?(?:整理|整理稿|记录稿|摘要|节选|摘编|全文)[）)]$")
SAYS_THE_SPEECH_CHARS = 16


def _says_the_speech(text: str) -> bool:
    """A short line under a meeting's title saying whose speech this is and how the copy was
    made: `区长讲话（根据录音整理）` (not the speech's own title, `在……上的讲话`, shown again)."""
    bare = _MADE_NOTE.sub("", text)
    return len(text) <= SAYS_THE_SPEECH_CHARS and bare != text and not bare.startswith("在") \
        and not any(ch in text for ch in "：:，。") and _SPEECH_TITLE.search(bare) is not None


def _running_head(c: Cleanup, line: Line) -> bool:
    """`林澄文集　第一卷` on the first line, and again on a line of its own after a page number
    further on (`43` / `林澄文集　第一卷`): the running head of a book's pages, not the title."""
    text, needle = c.text, line.text.strip(WS)
    if not BOOK_HEAD.search(needle):  # (a report's PDF repeats its own title above each page)
        return False
    pos = text.find(needle, line.end)
    for _ in range(RUNNING_HEAD_LOOKS):
        if pos == -1:
            return False
        again = line_at(text, pos)
        if again.text.strip(WS) == needle:
            end = again.start
            while end > 0 and text[end - 1] in WS + "\n":
                end -= 1
            previous = text[text.rfind("\n", 0, end) + 1:end].strip(WS)
            if is_page_number(previous) or (previous.isdigit() and len(previous) <= 4):
                return True
        pos = text.find(needle, again.end)
    return False


# what a portal's headline adds to the speech's title (`……工作报告（全文）`, `……讲话【实录】`)
_HEADLINE_NOTE = lazy(r"[（(【\[〔](?:全文|实录|摘要|摘登|摘编|节选|图文实录|文字实录)[）)】\]〕]$")


# a WeChat-style post's head: the account's name, then (a line or a few apart) the post's
# time stamp and its headline: `远拓党建` / `2025-03-07 18:20 发表于澜州` / `……——在……上的讲话`
POST_STAMP = lazy(r"^(?:[^\s:：—\-－]{1,16}[ \u3000]+)?\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?[ \u3000]+\d{1,2}:\d{2}"
                  r"(?:[ \u3000]+\S{1,12})*$")
POST_BYLINE = lazy(r"^原创[ \u3000]+\S")
ACCOUNT_LINES = 5        # the stamp and the headline come this few lines after the account's name
ACCOUNT_NAME_CHARS = 20


HEADLINE_CHARS = 90  # a post's headline with the speech's title and its `——……的讲话` in one line


def is_long_headline(text: str) -> bool:
    """`开门红｜决战四十天，……——总经理某某在……大会上的动员讲话`: a headline as long as a body
    line, but without a sentence end and ending in what the speech is."""
    return len(text) <= HEADLINE_CHARS and "——" in text and _SPEECH_TITLE.search(_HEADLINE_NOTE.sub("", text)) is not None \
        and not any(ch in text for ch in "。！？；!?;")


def _account_name(text: str, after: list[Line]) -> bool:
    """Is `text` a post's account name: a short name (no genre, no punctuation) with the post's
    time stamp and a headline that names a speech (not a `——在……` subtitle) a few lines below?"""
    if len(text) > ACCOUNT_NAME_CHARS or _SPEECH_TITLE.search(text) or _NOT_A_TITLE.search(text) \
            or any(ch in text for ch in "，。：:“”《》|｜"):
        return False
    stamped = any(POST_STAMP.match(ln.text) for ln in after)
    return stamped and any(not SUBTITLE.match(ln.text) and _SPEECH_TITLE.search(_HEADLINE_NOTE.sub("", ln.text.strip(WS)))
                           for ln in after)


def _site_name(c: Cleanup, line: Line, after: Line, then: Line | None) -> bool:
    """Is `line` a web page's site name: the page's menu or breadcrumb (removed as chrome)
    stands between it and a line that is a speech's title (one that says so, or any title line
    with the `——在……上` subtitle under it)?"""
    name = _HEADLINE_NOTE.sub("", TITLE_SUFFIX.sub("", line.text).strip(WS))  # (`……的讲话VIP免费`: a title all the same)
    after_text = _HEADLINE_NOTE.sub("", after.text.strip(WS))
    titled = _SPEECH_TITLE.search(after_text) is not None or ("关于" in after_text and DOCUMENT_KIND_END.search(after_text)) \
        or (then is not None and SUBTITLE.match(then.text) is not None)
    if _SPEECH_TITLE.search(name) or _NOT_A_TITLE.search(name) or "“" in name or not titled:
        return False  # (a site's name has no quotes, colons or brackets: `【讲话全文】周某：……` is a headline)
    return any(r.reason == "chrome" and line.end < r.span[0] < after.start for r in c.doc.removed)


# a Markdown file's YAML front matter, by its key (the reader hints `front:KEY`); `author` is
# the file's (a blogger, a clipper, an office), kept in meta: the speaker is `speaker:` only
_FRONT_FIELDS = {"title": "title", "subtitle": "subtitle", "date": "date", "speaker": "speaker"}


def _yaml_front_matter(c: Cleanup, head: list[Line]) -> list[Line]:
    """Read the lines a Markdown reader hinted as YAML front matter (`title:` the title,
    `date:` the date, `layout: post` / `tags:` metadata); return the other head lines."""
    hints = c.doc.source.hints
    if not hints:
        return head
    doc, rest, last_key = c.doc, [], None
    for line in head:
        hint = hints.get(c.doc.source.text_line(line.start), "")
        if not hint.startswith("front"):
            rest.append(line)
            continue
        key = hint.partition(":")[2]
        field = _FRONT_FIELDS.get(key)
        if field == "title" and doc.title is None:
            _read_title(c, line)
            continue
        if field is not None and getattr(doc, field) is None:
            setattr(doc, field, line.text)
            c.front((line.start, line.end), field)
            continue
        if key:  # `layout: post`, `tags: [a, b]`, or a key whose list follows
            last_key = key
            value = line.text  # `author:`'s line holds its value alone (the reader took the key)
            if value[:len(key)].lower() == key and value[len(key):].lstrip()[:1] in (":", "="):
                value = value[len(key):].lstrip()[1:]  # (YAML `key: value`, TOML `key = value`)
            doc.meta[key] = value.strip().strip("\"'")
        elif last_key is not None:  # `  - a`: an item of the list under the key before
            item = line.text.lstrip("-").strip().strip("\"'")
            doc.meta[last_key] = f"{doc.meta[last_key]}, {item}" if doc.meta[last_key] else item
        c.front((line.start, line.end), "meta")
    return rest


def _prefaces(c: Cleanup, head: list[Line]) -> None:
    """`写在前面：……` / `导语：……` among the head lines after the title block (a reposter's
    byline and counters between), before the salutation and the outline: kept in `meta`, its
    `一是……二是……` are not the speech's."""
    doc = c.doc
    claimed = {s for (s, _), _ in doc.front_spans}
    label: str | None = None  # a `摘要` heading alone on its line: the paragraph after it is the summary
    for line in head:
        tok = c.line_tokens.get(line.start)
        if (tok is not None and tok.ordinal is not None) or SALUTATION.match(line.text):
            return
        if line.start in claimed:
            continue
        abstract = ABSTRACT.match(line.text)
        if label is not None:
            doc.meta.setdefault(label, line.text)
            c.front((line.start, line.end), "meta")
            label = None
        elif abstract:
            key = abstract.group("bracketed") or abstract.group("plain")
            doc.meta.setdefault(key, abstract.group("text"))
            c.front((line.start, line.end), "meta")
            if not abstract.group("text"):
                # `【编者按】` alone on its line: the paragraphs after it, up to the salutation, are
                # the note (its `一是` are the editor's summary, not the speech's items); they
                # may lie past the head lines
                note = list(forward(c.text, line.end + 1, EDITOR_NOTE_LINES + 1))
                end = next((k for k, ln in enumerate(note) if SALUTATION.match(ln.text)
                            or ln.start in c.line_tokens), None)
                if end:
                    doc.meta[key] = "\n".join(ln.text for ln in note[:end])
                    for ln in note[:end]:
                        c.front((ln.start, ln.end), "meta")
                        claimed.add(ln.start)
        elif (bare := SUMMARY_LABEL.match(line.text)) is not None:
            label = bare.group(1)
            c.front((line.start, line.end), "meta")
            # the summary is a paragraph: the head lines may end before it
            after = next(forward(c.text, line.end + 1, 1), None)
            if after is not None and after.start not in c.line_tokens and after.start not in claimed \
                    and after.start not in c.removed_starts:
                doc.meta.setdefault(label, after.text)
                c.front((after.start, after.end), "meta")
                claimed.add(after.start)
                label = None


# a speech's or a page's title names its genre (`……的讲话`, `工作报告`) or its site (`_某某网`);
# a slogan title (`凝心聚力　提质增效`) does neither, and may go on on the next line
_GENRE_OR_SITE = compile_re(r"讲话|講話|报告|報告|致辞|致辭|发言|發言|讲稿|講稿|纪要|[_|｜\-—]|网$|網$")
SLOGAN_TITLE_CHARS = 20
SLOGAN_LINE_MIN = 3  # a line of a slogan title is a phrase


def _official_title_goes_on(title: str, text: str) -> bool:
    """Is `text` the next line of a 公文's title: `……办公室` then `关于……`, or `关于……` (not yet
    naming its kind) then `……的通知`?"""
    if not is_title_like(text) or len(title) + len(text) > OFFICIAL_TITLE_CHARS or _NOT_A_TITLE.search(text):
        return False
    if OFFICE_END.search(title) and text.startswith("关于"):
        return True
    return "关于" in title and not DOCUMENT_KIND_END.search(title) and DOCUMENT_KIND_END.search(text) is not None


def _title_goes_on(title: str, text: str) -> bool:
    """Is `text` the second line of a slogan title: both short phrases naming no genre or site,
    neither inside the other?"""
    return len(title) <= SLOGAN_TITLE_CHARS and is_title_like(text) and not _NOT_A_TITLE.search(text) \
        and not _GENRE_OR_SITE.search(title) and not _GENRE_OR_SITE.search(text) and not _variant_of(text, title)


_NOT_A_TITLE = compile_re(r"[|｜【】:：]")  # a page's info bar (`发布时间：…　来源：…【字体：大 中 小】`)
VARIANT_CHARS = 6  # a title shown again in other words shares this much with it at least


def _variant_of(text: str, title: str) -> bool:
    """Is `text` the title in other words: one inside the other (`在……大会上的讲话` in
    `许某在……大会上的讲话`)?"""
    return min(len(text), len(title)) >= VARIANT_CHARS and (text in title or title in text)


def _read_title(c: Cleanup, line: Line) -> None:
    """The title line, less a site suffix (`VIP免费`, `（第2/3页）`, removed with its reason),
    split from a subtitle on the same line (`标题 ——在……会议上的讲话`)."""
    doc, text = c.doc, c.text
    raw = text[line.start:line.end]
    end = line.start + len(raw.rstrip(WS))
    suffix = TITLE_SUFFIX.search(text, line.start, end)
    if suffix and suffix.start() > line.start + len(raw) - len(raw.lstrip(WS)) and not c.keep_noise:
        c.remove((suffix.start(), end), "title-suffix", text[suffix.start():end].strip())
        page = PAGE_OF.search(suffix.group())
        if page:
            c.note_page(page, suffix.start())  # (at the title: the page the text is)
        end = suffix.start()
    title = text[line.start:end].strip(WS)
    split = TITLE_WITH_SUBTITLE.match(title)
    if split and len(split.group("title")) >= 4:
        doc.title = split.group("title").strip(WS)
        doc.subtitle = split.group("subtitle")
        date = DATE_IN.search(doc.subtitle)
        if date:
            doc.date = date.group()
    else:
        doc.title = title.lstrip("#").strip(WS)
    c.front((line.start, end), "title")


def remove_duplicate_titles(c: Cleanup) -> None:
    """The title repeated after a TOC or in a page footer is noise (`duplicate-title`); so is
    a book's running head over its later pages (`chrome`: the first was read as `书眉`)."""
    doc = c.doc
    head = doc.meta.get("书眉")
    if head:
        pos = c.text.find(head)
        while pos != -1:
            line = line_at(c.text, pos)
            if line.start not in c.front_starts and line.start not in c.removed_starts \
                    and line.text.strip(WS) == head:
                c.remove(line, "chrome")
            pos = c.text.find(head, line.end)
    title = doc.title
    if not title:
        return
    full = f"{title} {doc.subtitle}" if doc.subtitle else title
    pos = c.text.find(title)
    while pos != -1:
        line = line_at(c.text, pos)
        heading = c.line_tokens.get(line.start)  # a heading that names the page is a heading
        if line.start not in c.front_starts and line.start not in c.removed_starts \
                and (heading is None or heading.ordinal is None) \
                and TITLE_SUFFIX.sub("", line.text).strip(WS) in (title, full):
            c.remove(line, "duplicate-title")
        pos = c.text.find(title, line.end)
    doc.removed.sort(key=lambda r: r.span[0])
