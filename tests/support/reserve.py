"""Re-serve a clean speech the ways users really have it: inside web chrome with a 提纲 and
numbered disclaimers, GB18030, CRLF with a BOM, half-width punctuation, no blank lines, and
PDF-style hard wraps. Used to check the parser scores the same on every variant."""

from __future__ import annotations

from collections.abc import Callable

from .goldscore import Item

HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?",
                            "“": '"', "”": '"'})


def web(text: str, gold: list[Item]) -> bytes:
    lines = text.splitlines()
    title = lines[0].strip()
    tops = [f"{g.marker}{g.title}" for g in gold if g.parent is None and not g.optional]
    page = [
        "首页 | 讲话稿 | 工作报告 | 心得体会 | 会员中心",
        "当前位置：首页 > 领导讲话 > 工作报告",
        f"{title}VIP免费",
        "分享到：微信　微博　QQ空间　　收藏　　举报",
        "阅读：2481次　　下载：57次",
        "",
        "提纲：",
        *tops,
        "",
        title,
        *lines[1:],
        "",
        "1、本站文档由网友上传，仅供学习交流，下载后请勿用于商业用途。",
        "2、文档属虚拟商品，付费下载后概不退款，请在付费前仔细甄别。",
        "3、如您认为文档侵犯了您的权益，请联系客服微信：kf_2025 处理。",
        "上一篇：在全县安全生产工作会议上的讲话",
        "下一篇：在全县乡村振兴推进会上的讲话",
        "回到顶部",
    ]
    return "\n".join(page).encode("utf-8")


def gb18030(text: str, gold: list[Item]) -> bytes:
    return text.encode("gb18030")


def crlf_bom(text: str, gold: list[Item]) -> bytes:
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


def half_width(text: str, gold: list[Item]) -> bytes:
    return text.translate(HALF_WIDTH).encode("utf-8")


def no_blank_lines(text: str, gold: list[Item]) -> bytes:
    return "\n".join(line for line in text.splitlines() if line.strip()).encode("utf-8")


def pdf_wraps(text: str, gold: list[Item], width: int = 36, indent: str = "\u3000\u3000") -> bytes:
    out = []
    for para in text.splitlines():
        para = para.strip(" \t\u3000")
        if not para:
            continue
        para = indent + para
        out.extend(para[i:i + width] for i in range(0, len(para), width))
    return "\n".join(out).encode("utf-8")


VARIANTS: dict[str, Callable[[str, list[Item]], bytes]] = {
    "web": web, "gb18030": gb18030, "crlf_bom": crlf_bom, "half_width": half_width,
    "no_blank_lines": no_blank_lines, "pdf_wraps": pdf_wraps,
    "pdf_wraps_narrow": lambda text, gold: pdf_wraps(text, gold, width=26),
    "pdf_wraps_no_indent": lambda text, gold: pdf_wraps(text, gold, width=40, indent=""),
}
