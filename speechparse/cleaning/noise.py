"""Noise rules: lines of web chrome, ads, disclaimers, truncation notices, counters, contacts.

Each rule is a `NoiseRule` with a stable reason code, a pattern, the zone where it applies,
and its documentation with examples (tests check every example). `STRONG` rules are specific
enough to apply anywhere; `EDGE` rules only in the head and tail zones around the speech.
Rules are tried in order; the first match gives the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..lazy_re import lazy
from ..regex_cache import compile as compile_re

REASONS = ("chrome", "ad", "disclaimer", "truncation", "counter", "contact", "title-suffix",
           "duplicate-title", "licence", "markup")


class NoiseRule(NamedTuple):
    name: str
    reason: str
    pattern: re.Pattern[str]
    description: str
    examples: tuple[str, ...]
    max_len: int = 90          # longer lines are speech, not chrome
    edge_only: bool = False    # only in the head/tail zones around the speech


def _rule(name: str, reason: str, pattern: str, description: str, examples: tuple[str, ...],
          max_len: int = 90, edge_only: bool = False) -> NoiseRule:
    return NoiseRule(name, reason, compile_re(pattern), description, examples, max_len, edge_only)


# --- licence text at the end of a page (Wikisource and other libraries) ----------------------
# A block that opens with `本作品…`/`这部作品…` within the last LICENCE_LINES lines and names a
# licence (public domain, copyright law) is the library's licence notice, split over many lines
# by its links; everything from its opener to the end of the text belongs to it.
LICENCE_LINES = 40
LICENCE_OPENER = compile_re(r"^(?:本作品|这部作品|這部作品|此作品)")
LICENCE_WORDS = lazy(r"公有领域|公有領域|Public domain|著作权法|著作權法|版权|版權|许可协议|許可協議|"
                           r"知识共享|Creative Commons|GNU|GFDL")
LICENCE_MAX_CHARS = 1500  # a licence notice is short; a longer block is speech
LICENCE_NEAR = 10  # ... and names its licence within this many lines of its opener (its links split it)
# the template's leftovers on their own lines, and a one-line notice
LICENCE_LINE = lazy(r"^(?:Public domain|公有领域|公有領域|false|true|版权失效模板)$|"
                          r"^(?:本作品|这部作品|這部作品).{0,80}(?:公有领域|公有領域)")


# a page's list of other articles: its label, alone on a line, in the tail zone
RELATED_LABEL = compile_re(r"^[【〔\[［]?(?:猜你喜[欢歡]|相[关關](?:[阅閱][读讀]|推[荐薦]|文章|新[闻聞]|[链鏈]接|[报報][道]|稿件|[专專]题|文[档檔](?:推[荐薦])?)|相[关關]文[献獻](?:推[荐薦])?|推[荐薦]文[献獻]|相[关關]范文(?:推[荐薦])?|更多范文|范文推[荐薦]|延伸阅读|推荐阅读|往期(?:推荐|回顾|精选)"
                           r"|热门(?:文章|推荐|阅读)|精彩推荐|更多(?:精彩|推荐|阅读)"
                           r"|附件下载|相关下载|下载附件|相关附件|附件列表|修改记录|修订记录|版本记录|版本历史|更新记录"
                           r"|下期预告|下期看点|下期内容)[】〕\]］]?[:：]?$")
RELATED_CHARS = 60  # ... and the titles it lists are short lines
# ... or the article's own links to the one before and after it: the page's boxes follow (`典型案例通报`
# over `（一）某公司……问题`), the article is over
PREV_NEXT = compile_re(r"^(?:上一篇|下一篇|上一條|下一條|上一条|下一条)[：:]")


def licence_block(tail: list[str]) -> int | None:
    """Index in `tail` (the last non-blank lines, in order) where a licence notice starts."""
    for i, line in enumerate(tail[-LICENCE_LINES:], start=max(0, len(tail) - LICENCE_LINES)):
        if LICENCE_OPENER.match(line):
            block = tail[i:]
            # the licence is named by the opener or the few lines its links split it into: a
            # header note (`本作品收录于《……》`) is not the notice a licence word further down ends
            if sum(map(len, block)) <= LICENCE_MAX_CHARS and any(LICENCE_WORDS.search(b) for b in block[:LICENCE_NEAR]):
                return i
    return None


def is_inline_number(before: str, after: str) -> bool:
    """A line holding only a number inside a paragraph, between text that goes on around it:
    the subscript of M2, PM10, CO2 (the line before ends in a Latin letter) or a reference
    mark `[` 1 `]` that a web page split over three lines. A page number sits after CJK text."""
    return bool(before) and bool(after) and (before[-1].isascii() and before[-1].isalpha()
                                             or before[-1] in "[［(（〔" and after[0] in "]］)）〕")


# A breadcrumb is the whole line: short link texts joined by `>` (`首页 > 领导讲话 > 经济发展`).
# Anchored and with segments that cannot hold `>` or sentence punctuation, it is matched in
# one pass (the unanchored `(?:\S+\s*>\s*){2,}` retried every start: quadratic), and
# `收入增长>支出增长>物价涨幅，……` in a sentence or `<p>……</p>` is not one.
_CRUMB = r"[^\s>»›，。；！？,;!?<]{1,24}"
BREADCRUMB = rf"^(?:{_CRUMB}[ \t\u3000]*(?:>>?|»|›)[ \t\u3000]*){{2,}}{_CRUMB}?$"  # `>>` `»` too

# the versions and reading modes a portal offers in its top bar
_SITE_MODE = r"(?:无障碍(?:浏览|阅读)?|长者(?:模式|版)|关怀(?:模式|版)|适老化(?:版)?|English|ENGLISH|手机版|移动版|繁體|繁体(?:版)?|简体版|读屏)"

RULES: tuple[NoiseRule, ...] = (
    _rule("stray-number", "counter", r"^\d{1,9}$",
          "A line holding only a number: a view counter or page id.", ("221381", "2817")),
    _rule("page-number", "counter", r"^[-—–－·]\s*\d{1,4}\s*[-—–－·]$|^第\s*\d{1,4}\s*页(?:\s*[/／，,]?\s*共\s*\d{1,4}\s*页)?$",
          "A printed page number carried over from a PDF.", ("— 1 —", "- 12 -", "·2·", "第 3 页", "第 1 页 共 6 页")),
    _rule("running-header", "chrome",
          r"^\S.{1,30}?(?:公报|政报|年鉴|学报|期刊|杂志|通讯)[\s\u3000]+.{0,20}?第\s*\d+\s*期$|"
          r"^\S.{1,30}?[\s\u3000]{2,}·\s*\d{1,4}\s*·$|^·\s*\d{1,4}\s*·[\s\u3000]{2,}\S.{1,30}$",
          "A running header or footer of a gazette or a book carried over from a PDF (title and page).",
          ("青禾县人民政府公报　　　　　2024年第3期", "罗岩文集（第二卷）　　　　　·236·")),
    _rule("truncation-notice", "truncation",
          r"试读结束|未完待续|本章未完|(?:点击|查看|阅读|展开|浏览|下载)(?:完整|全部)?全文|余下全文|"
          r"剩余\d*%?(?:内容)?未读|全文未完|下一页继续|继续阅读|内容已截断|预览结束|试读已结束|"
          r"^[（(]未完[，,、]?(?:接|见|转)?下[篇期页][）)]$",
          "A notice that the page shows only part of the text.",
          ("……试读结束……", "（未完待续）", "本章未完，点击下一页继续阅读", "点击查看全文", "（未完，接下篇）"),
          max_len=60),
    _rule("page-counter", "counter",
          r"第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页|^[（(]?第\s*\d+\s*[/／]\s*\d+\s*页[）)]?$|"
          r"^(?:共\s*\d+\s*页|\d+\s*/\s*\d+\s*页)$|文档页数|页数[:：]\s*\d|^[（(]?本(?:件|文)共\s*\d+\s*[页頁][）)]?$",
          "A page counter.", ("第2页 / 共3页", "（第2/3页）", "文档页数：6页　下载次数：218次", "（本件共15頁）")),
    _rule("reading-stats", "counter",
          r"(?:阅读|浏览|点击|下载)(?:量|数|次数)?\s*[:：]\s*\d|\d+\s*(?:次阅读|人(?:已)?阅读|次浏览|人浏览|次下载)|"
          r"(?:全文)?共(?:计)?\s*\d+\s*个?字|阅读(?:约需|时长|约|需要?)\S{0,4}\d+\s*分钟|预计阅读|"
          r"^(?:阅读|转发|评论|赞|点赞|收藏|分享|在看)[ \t\u3000]*\d[\d.]*[万千wW]?$",
          "Reading time, word counts, view and download counts.",
          ("阅读：3862次　　下载：126次", "全文共5862字，阅读约需18分钟", "阅读量：1024",
           "admin 分享 时间: 加入收藏 共计7729个字,预计阅读时长26分钟", "转发 128", "赞 593")),
    _rule("navigation", "chrome",
          r"^(?:首页|当前位置|您的位置|位置)\s*[:：>]|首页\s*[>|｜/]|[|｜].*[|｜]|" + BREADCRUMB + "|"
          r"^(?:上一篇|下一篇|上一页|下一页|上一章|下一章|上一条|下一条|上一版|下一版)|上一页.*下一页|回到顶部|返回顶部|"
          r"^(?:返回列表|【纠错】|\[纠错\])$|"
          r"^(?:关于我们|联系我们|网站地图|帮助中心)(?:[\s|｜/·:：]|$)|"
          r"^(?:登录|注册|搜索)(?:[\s|｜/]|$)|登录\s*[|｜/]\s*注册|请输入关键词|"
          r"^(?:搜索资料|搜索文档|文档搜索|站内搜索|全站搜索|搜索本站|我的下载|会员中心|在线客服|确认删除)\W*$|"
          r"^(?:栏目导航|网站导航|热门文章|热点文章|最新文章|友情链接|热点排行|点击排行|扫一扫在手机(?:上)?打开当前页)[:：]?$|"
          r"^首页(?:[\s|｜>/]|$)|(?:^|\s)(?:登录|注册|会员中心|我的下载|在线客服)(?:\s|$)|"
          # a portal's top bar: its versions and reading modes (`无障碍　长者模式`, `English　手机版`)
          rf"(?:^|\s){_SITE_MODE}\s(?:.*\s)?{_SITE_MODE}(?:\s|$)|{_SITE_MODE}{_SITE_MODE}|"
          r"^(?:更多|查看更多|更多内容|MORE|More|more)\s*(?:>>|>|»|›|＞)?$|^今天是\s*[:：]?\s*\d{4}\s*年",
          "Site navigation: menus, breadcrumbs, previous/next links, search boxes.",
          ("首页 | 范文大全 | 讲话稿 | 工作总结", "当前位置：首页 > 领导讲话 > 经济发展", "上一篇：在全县安全生产工作会议上的讲话",
           "回到顶部", "返回列表", "【纠错】", "上一页　1　2　3　下一页", "范文大全 > 讲话稿 > 领导讲话", "关于我们 · 联系我们", "登录",
           "东岭网>>理论频道>>理论前沿", "栏目导航", "扫一扫在手机打开当前页", "搜索文档",
           "澄溪县人民政府 2024年12月27日 星期五 无障碍 长者模式", "2025年1月20日　星期一无障碍English登录", "更多",
           "今天是：2026年1月28日")),
    _rule("page-tools", "chrome",
          r"分享(?:到)?\s*[:：]|(?:收藏|举报|打印|打印本页|关闭窗口|字体|字号)\s*[】\]|｜　 ]|【(?:字体|打印|关闭)|字号\s*[:：]|"
          r"加入收藏|收藏本站|^下载本?文|[（(]?Word版[）)]?$|阅读原文|^在看$|扫码分享|微信扫码|电脑桌面|桌面快捷|"
          r"^[（(【\[]?(?:作者(?:单位)?|来源|编辑|责任编辑|发布者|供稿|主办(?:单位)?|承办(?:单位)?|审核|校对|(?:本文)?录入|监制|统筹)\s*[:：]|^[•·]\s*\S|"
          r"^\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]+(?:来源|作者|编辑|发布者|浏览|阅读)\s*[:：]|"
          r"^相关链接\s*[:：]\s*\S|本文档由\S{2,8}导出|^(?:发布时间|发布日期|发稿时间)\s*[:：]\s*\d{4}|"
          r"(?:邮编|邮政编码)\s*[:：]\s*\d{6}|(?:档案|檔案)(?:编号|編號)\s*[:：]\s*[\w\-－]+|主办[ \t\u3000]+\S{2,30}承办$|"
          r"(?:ICP|ＩＣＰ)\s*(?:备|证)|公网安备|建议使用\S{0,12}浏览器|分辨率\S{0,2}浏览|^附件下载[:：]?$|"
          r"^(?:最后)?(?:更新|编辑|修改)(?:于|时间)\s*[:：]?\s*\d{4}|^(?:更新|修改|创建)\s*[:：]\s*\d{4}|"
          r"^(?:原文|原文链接|本文链接|来源链接)\s*[:：]\s*https?://|"
          r"[（(][^（()）\n]{0,30}(?:记者|通讯员)?[^（()）\n]{0,12}摄[）)]$",  # a photo's caption and credit
          "Page tools: share, favourite, print, font size, author/source lines, app banners.",
          ("分享到：微信　微博　QQ空间　　收藏　　举报", "【字体：大　中　小】【打印本页】【关闭窗口】",
           "作者：qj_user0815　　来源：网友投稿　　字号：大 中 小", "（责任编辑：林晓）", "（作者单位：某部党组）", "本文录入：某市档案馆　校对：林某", "电脑桌面", "添加公寻网到电脑桌面",
           "ICP备案号：临ICP备12003456号-1", "最后更新于 2025-07-11 16:42 · 集团办公室 · 阅读 386", "原文: https://www.yuque.com/a/b", "5月26日，大会召开。（澄州日报记者 梁一 摄）", "建议使用IE6.0以上浏览器，1024*768分辨率浏览　备案号：青ICP备05012345号",
           "主办单位：某某市应急管理局　承办单位：某某市应急管理局办公室", "相关链接：1.应急管理部　2.省应急管理厅",
           "本文档由腾讯文档导出 · 最后编辑于 2025-03-02", "发布时间：2020-01-16 10:05　来源：省政府办公厅",
           "2025年01月23日 08:30　来源：沙洲日报　作者：本报记者", "2024-03-02　来源：县政府办",
           "地址：澄江市人民路1号　邮编：650000", "【某縣議會議事資料庫】檔案編號：JP-098-0412", "某某省人民政府办公厅主办　某某省信息中心承办")),
    _rule("disclaimer", "disclaimer",
          r"本站|本网(?:站)?(?:所有|内容|文档|不)|免责声明|版权(?:归|所有|声明)|如有侵权|侵权(?:请|删|必究)|"
          r"侵犯(?:了)?您的|(?:用户|网友|合作方)(?:自发)?(?:上传|贡献)|"
          r"仅代表作者|信息存储空间|如(?:与|與)原(?:件|文|稿|[纸紙]本)不符|付费(?:下载|前)|下载(?:后|文档后)|概不退款|转售|"
          # words a report uses too (`数据仅供参考`, `畅通投诉举报渠道`): only with a site's
          # words, or as a link alone on its line
          r"^(?=.*(?:文档|资料|下载|上传|转载|网站|本文))(?=.*仅供(?:个人)?(?:学习|参考|交流|研究))|"
          r"^(?:违规举报|投诉举报)\W*$",
          "Download, copyright and liability notices of document sites.",
          ("本站文档均由网友上传，仅供学习交流使用，如有侵权请联系删除。",
           "1、当您下载文档后只拥有使用权，不得转售。", "文档资料仅供参考学习", "违规举报",
           "本文件由紙本掃描後以文字辨識建檔，如與原件不符，以存檔紙本為準。"), max_len=260),
    _rule("contact", "contact",
          r"(?:联系|咨询)客服|客服(?:微信|QQ|qq|电话|热线|邮箱)?\s*[:：]|"
          r"(?:微信|QQ|qq|邮箱|E-?mail|电话|热线|手机)(?:号|群)?\s*[:：]\s*[\w\-@.]+|加微信|添加微信|微信号",
          "Contact lines: customer service, WeChat, QQ, e-mail, telephone.",
          ("获取完整版请添加客服微信：mxfw_2024", "售后服务QQ：2865730142", "联系电话：0579-87654321")),
    _rule("ad", "ad",
          r"(?:开通|购买|升级|加入)(?:VIP)?会员|VIP|领取福利|扫码领|关注(?:微信)?公众号|会员(?:专享|免费|立减)|"
          r"新用户专享|立减\d|首月仅需|限时[五六七八九]折|\d+(?:\.\d+)?元\s*/\s*(?:月|年)|免费(?:领取|下载|阅读)|"
          r"(?:打开|下载|安装)\s*(?:APP|App|app|客户端)|(?:APP|App|客户端)\s*[内中]?(?:打开|阅读|查看)|阅读体验更佳",
          "Promotions: membership offers, coupons, follow-us lines, open-the-app bars.",
          ("开通VIP会员，全站文档不限次免费下载，限时五折！", "新用户专享：领取福利，开通会员立减10元",
           "关注公众号“笔杆子驿站”，回复“讲话”领取300篇精选范文", "领取福利", "学习强国 打开APP，阅读体验更佳 打开")),
    _rule("licence", "licence", LICENCE_LINE.pattern,
          "A library's licence notice at the end of the page, or what its template leaves on lines "
          "of their own.", ("Public domain", "false", "本作品在全世界都属于公有领域，因为作者逝世已经超过100年。"),
          max_len=120, edge_only=True),
    _rule("wiki-edit-link", "chrome", r"^[\[［【]?编辑(?:本段|此段)?[\]］】]?$",
          "A wiki's edit link left on a line of its own under a heading.", ("编辑", "[编辑]", "编辑本段"), max_len=8),
    _rule("file-link", "chrome", r"^\S.{0,80}\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|pptx?|wps|ofd|zip|rar|7z)$",
          "A link to a file to download (`1.行政工作报告（审议稿）.pdf`).",
          ("1.行政工作报告（审议稿）.pdf", "2.2024年为职工办实事项目清单.xlsx"), max_len=90),
    _rule("platform-recommendation", "chrome",
          r"(?:资源下载|博客|文章|专栏|问答)\s*(?:积分|阅读|浏览|点赞)\s*[\d.]+\s*[kKwW万]?$|"
          r"^文章知识点与官方知识档案匹配|一键收藏|觉得还不错\?",
          "A blog platform's recommendations and bars after an article (`…… 博客 阅读 2.3k`, `资源下载 积分 20`).",
          ("1. 数字政府建设方案（word可编辑） 资源下载 积分 20", "2. 政务服务“一网通办”技术架构梳理 博客 阅读 2.3k",
           "文章知识点与官方知识档案匹配，可进一步学习相关知识"), max_len=90, edge_only=True),
    _rule("wechat-furniture", "chrome",
          r"^原创\s+\S.{0,40}?\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}日?\s+\d{1,2}:\d{2}|"
          r"^(?:点击)?(?:上方)?蓝字\s*关注我们\W*$|^[-—–\s]*END[-—–\s]*$",
          "A WeChat article's byline (原创, account, date and time), its follow-us prompt and its END mark.",
          ("原创 青溪职院 青溪职业技术学院 2025年09月15日 08:06 澜西", "点击蓝字 关注我们", "- END -"),
          max_len=80, edge_only=True),
    _rule("site-banner", "chrome",
          r"^(?!.*(?:讲话|报告|致辞|发言|讲稿|会议|大会|党课))(?=.*(?:文库|范文|公文|写作|资料|文秘|网))"
          r"(?=.*(?:\s[-—·|｜~]\s|——|[◆~·|｜])).{2,50}$",
          "A site's name and slogan at the top of a copied page.",
          ("笔耕文库——让公文写作更简单", "墨香范文网 - 免费公文写作资料分享平台", "公文云集 · 写材料找公文云集",
           "青笺文库 | 写材料，上青笺"), max_len=50, edge_only=True),
)

# Cheap pre-filter: only lines with one of these go through the rules in the middle of a text.
_WORDS = ("试读 未完 全文 阅读 浏览 下载 页 本站 本网 版权 侵 仅供 上传 自发贡献 作者 存储空间 付费 退款 转售 举报 "
          "客服 微信 QQ qq 邮箱 mail 电话 热线 会员 VIP 福利 扫码 公众号 专享 立减 元/ 元／ 免费 APP App 客户端 首页 当前位 您的位 "
          "上一篇 下一篇 上一页 下一页 上一章 下一章 顶部 关于我们 联系我们 网站地图 帮助中心 登录 注册 搜索 分享 收藏 "
          "打印 关闭窗口 字体 字号 桌面 来源 编辑 主办 承办 确认删除 | ｜ > • .pdf .doc .xls .ppt .wps .ofd .zip .rar").split()
_KEYWORDS = compile_re("|".join(map(re.escape, _WORDS)))
# counters, page numbers and running headers by their shape
_LINE_SHAPES = compile_re(r"\d{1,9}$|[-—–－·][ \t]*\d|第[ \t]*\d+[ \t]*页|在看$|.{0,40}期$|.{0,40}·[ \t]*\d{1,4}[ \t]*·$")
MAX_NOISE_LINE = max(rule.max_len for rule in RULES)


def may_be_noise(text: str) -> list[int]:
    """Start offsets of the lines worth classifying: short enough for some rule, with a noise
    keyword or the shape of a counter. Long paragraphs are skipped unread."""
    starts: list[int] = []
    limit = MAX_NOISE_LINE + 8  # room for indentation
    keyword, shape = _KEYWORDS.search, _LINE_SHAPES.match
    for pos, lines in _line_chunks(text):
        for line in lines:
            n = len(line)
            if n <= limit and (keyword(line) or shape(line.strip(" \t\u3000"))):
                starts.append(pos)
            pos += n + 1
    return starts


def _line_chunks(text: str, size: int = 1 << 16) -> Iterator[tuple[int, list[str]]]:
    """(offset, lines) of `text.split("\n")` a piece at a time: the lines of a huge text
    need not all exist at once (memory: a piece of 64 K characters splits into about 1 MB of
    short lines, one of 1 M into 14 MB), and split is still what finds the newlines."""
    start = 0
    while True:
        end = text.find("\n", start + size) if start + size < len(text) else -1
        if end == -1:
            yield start, text[start:].split("\n")
            return
        yield start, text[start:end].split("\n")
        start = end + 1


TITLE_SUFFIX = compile_re(
    r"(?:\s*(?:VIP|vip)?\s*(?:免费(?:下载|阅读)?|下载)|\s*VIP(?:专享)?|\s*[（(]第\s*\d+\s*[/／]\s*\d+\s*页[）)]|"
    r"\s*[（(\[【](?:Word版|word版|精选|完整版|范文|最新|热门|\d+篇)[）)\]】])+\s*$")
PAGE_OF = compile_re(r"第\s*(\d+)\s*[/／]\s*(\d+)\s*页|第\s*(\d+)\s*页\s*[/／]\s*共\s*(\d+)\s*页")


_FURNITURE = tuple(r for r in RULES if r.name in ("page-number", "running-header", "stray-number"))
_PAGE_NUMBER = next(r.pattern for r in RULES if r.name == "page-number")
# a PDF's running header: the same short line after two or more page numbers, no sentence
# a forum thread's reply header (`2楼 发表于 2024-3-6 22:03`, `沙发 2024-3-6`, `#3 发表于 …`): the
# replies to the first post, and the page after them, are the readers' words, not the speech
REPLY_HEADER = lazy(r"(?m)^[ \t\u3000]*(?:(?:[2-9]|[1-9][0-9]{1,3})[ \t]*[楼#]|#[ \t]*(?:[2-9]|[1-9][0-9]{1,3})|沙发|板凳|地板)"
                    r"[ \t\u3000]*(?:发表于|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})")
THREAD_START = lazy(r"(?m)^[ \t\u3000]*(?:共\d+条(?:转发|评论|回复)|按热度(?:[ \t\u3000]*按时间)?|按时间(?:[ \t\u3000]*按热度)?"
                    r"|热门评论|最新评论|精彩评论|全部评论(?:[ \t\u3000]*\d+)?)[ \t\u3000]*$")
THREAD_AFTER = 0.5  # ... only in the second half of the page (a speech does not say `按时间` alone on a line)
# a draft's review comment typed into the text, at a line's start: `[批注：……]` `【批注：……】`
REVIEW_COMMENT = lazy(r"(?m)^[ \t\u3000]*(?P<open>[\[【［〔])(?:批注|批註|眉批|旁批)[：:]")
COMMENT_CLOSERS = {"[": "]", "【": "】", "［": "］", "〔": "〕"}
REVIEW_COMMENT_LINES = 12  # ... its closing bracket ends one of these lines
# an app page's fold, and the teaser lines above it that the full text after it may repeat
FOLD = lazy(r"[ \t\u3000]*(?:展开全文|展开阅读全文|点击展开全文|展开剩余)")
PREVIEW_LINES = 8
PREVIEW_CHARS = 6  # ... lines this long at least (a repeated `正文。` is no evidence)
RUNNING_HEADER_CHARS = 40
FOOTNOTE_LINES = 2  # a footnote at a page's foot may run on over this many lines before the page number
RUNNING_HEADER_REPEATS = 2
MASTHEAD_LINES = 3   # ... or the line after one repeats one of the text's first lines (a journal's masthead)
MASTHEAD_PREFIX = 4  # ... or the first characters of one, this many at least (`云岫建工　2023年第2期`)
SENTENCE_PUNCTUATION = "。！？；，：!?;,:"


def is_page_number(line: str) -> bool:
    """`— 3 —`, `- 12 -`, `第 3 页`: a printed page number on its own line."""
    return bool(_PAGE_NUMBER.search(line.strip(" \t\u3000")))


# the page number at a contents entry's end, after leader dots or a tab (`总体要求……………1`,
# `主要任务⇥3`, a journal's `……许嘉禾（1）`), or the range of paragraphs it holds (`第一章　引言　…………　1－5`)
PAGE_NUMBER_AT_END = compile_re(r"(?:[.…·．。\-—_ \t\u3000]{2,}|\t)\s*(?:\d{1,4}(?:\s*[－\-–~～]\s*\d{1,4})?|[（(]\d{1,4}[）)])$"
                                r"|[.…·．]{3,}[^.…·．\n]{0,12}[（(]\d{1,4}[）)]$")
_LEADER = compile_re(r"[.…·．]{3,}|…{2,}|\t")  # leader dots (or Word's tab) before the page number


# the label of a site's numbered notice (`温馨提示：` then `1、当您付费下载文档后……`)
NOTICE_LABEL = compile_re(r"^[【\[]?(?:温馨提示|下载提示|下载说明|下载须知|用户须知|特别提示|免责声明|(?:网站|本站|版权|法律|转载)声明)"
                          r"[】\]]?\s*[:：]?$")


def has_page_leader(text: str) -> bool:
    """Does the line end as a contents entry does, with leader dots and its page number?"""
    return PAGE_NUMBER_AT_END.search(text) is not None and _LEADER.search(text) is not None


def is_page_furniture(line: str) -> bool:
    """Page numbers and running headers that a PDF export leaves inside paragraphs."""
    line = line.strip(" \t\u3000")
    return bool(line) and len(line) <= 60 and any(r.pattern.search(line) for r in _FURNITURE)


def classify(line: str, edge: bool) -> str | None:
    """Reason code for a noise line, or None for speech text. `edge`: head or tail zone.
    Every rule keeps its length limit everywhere: a long line is speech."""
    if not line:
        return None
    for rule in RULES:
        if len(line) > rule.max_len or (rule.edge_only and not edge):
            continue
        if rule.pattern.search(line):
            return rule.reason
    return None


DISCLAIMER_WORDS = compile_re(r"文档|下载|付费|本站|上传|退款|侵犯|版权|转售|转载|商业|客服|举报|会员|网站|平台|用户")
