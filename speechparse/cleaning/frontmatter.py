"""Front matter: title (and a subtitle on the same line), subtitle, speaker, date,
salutation and a metadata table, read from the lines before the speech body."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[。！？!?]$")
SALUTATION = re.compile(
    r"^(?:各位|同志们|女士们|尊敬的|亲爱的|老师们|同学们|朋友们|全体)[^。！？!?]{0,40}[：:]$")
SUBTITLE = re.compile(r"^(?:——|—|--|－－)\s*\S")
TITLE_WITH_SUBTITLE = re.compile(r"^(?P<title>.+?)\s*(?P<subtitle>(?:——|－－)\S.*)$")
DATE = re.compile(
    r"^[（(]?\s*(?P<date>(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?)\s*[）)]?$")
DATE_IN = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?")
SPEAKER = re.compile(
    r"^[\u4e00-\u9fff（）()]{1,24}(?:书记|长|主任|总理|主席|委员|部长|局长|代表|同志|总监|经理|院士|教授|校长)"
    r"[ \u3000]+[\u4e00-\u9fff某×X＊*]{2,4}$")
META_KEYS = ("索引号", "主题分类", "发布单位", "发文日期", "成文日期", "发布日期", "文号", "发文机关",
             "有效性", "时效", "公开方式", "公开范围", "信息来源", "主题词", "体裁分类", "组配分类", "生效日期")
META_LINE = re.compile(r"[|｜]")


def parse_meta(line: str) -> dict[str, str] | None:
    """`索引号 | X | 主题分类 | Y |` -> {索引号: X, 主题分类: Y}; None if not a metadata row."""
    if not META_LINE.search(line):
        return None
    cells = [c.strip() for c in re.split(r"[|｜]", line)]
    cells = [c for c in cells if c]
    if not cells or not any(c.rstrip("：:") in META_KEYS for c in cells):
        return None
    out: dict[str, str] = {}
    i = 0
    while i < len(cells):
        key = cells[i].rstrip("：:")
        nxt = cells[i + 1] if i + 1 < len(cells) else ""
        if nxt.rstrip("：:") in META_KEYS or not nxt:
            out[key] = ""
            i += 1
        else:
            out[key] = nxt
            i += 2
    return out


def is_title_like(line: str) -> bool:
    return len(line) <= 80 and not SENTENCE_END.search(line) and not SALUTATION.match(line)
