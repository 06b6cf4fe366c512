"""A visual outline (`-f html`): one self-contained HTML page to look at the structure.

Everything is inline (CSS, a few lines of script, no images or fonts), and a
Content-Security-Policy forbids the page to load anything, so opening it makes no network
request. Every piece of the speech is escaped. Sections are `<details>` elements: top-level
sections start open, deeper ones closed, and each holds its own text in document order
between its children. Warnings and removed noise are shown apart, after the outline. Beside the outline (below it
on a narrow screen) the same tree is drawn as a mind map (`render/svg.py`). The page's own
labels are in Chinese for a Chinese speech, in English otherwise.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from html import escape
from typing import Any

from .. import __version__
from ..model import Document, Node, paragraphs
from .opml import document_title
from .svg import svg_element

LABELS = {
    "en": {"Speaker": "Speaker", "Date": "Date", "Source": "Source", "counts": "Items per level",
           "Level": "Level", "Items": "Items", "Markers": "Markers", "All": "All",
           "warnings": "{} warning(s)", "removed": "{} removed line(s)",
           "truncated": "The text stops at a truncation notice.",
           "partial": "The text looks like part of a longer document.",
           "expand": "Expand all", "collapse": "Collapse all", "Preamble": "Preamble",
           "Closing": "Closing", "Notes": "Notes", "Warnings": "Warnings ({})", "None": "None.",
           "Removed": "Removed noise ({})", "Line": "Line", "Reason": "Reason", "Text": "Text",
           "Outline": "Outline", "Map": "Mind map",
           "footer": "Made by speechparse {} from {} ({})."},
    "zh": {"Speaker": "讲话人", "Date": "日期", "Source": "来源", "counts": "各级条目数",
           "Level": "层级", "Items": "条目", "Markers": "编号", "All": "合计",
           "warnings": "{} 条警告", "removed": "删除 {} 行干扰内容",
           "truncated": "正文在一处截断提示处结束。", "partial": "这段文字像是一篇长文的一部分。",
           "expand": "全部展开", "collapse": "全部折叠", "Preamble": "开头", "Closing": "结尾",
           "Notes": "注释", "Warnings": "警告（{}）", "None": "无。", "Removed": "删除的干扰内容（{}）",
           "Line": "行", "Reason": "原因", "Text": "文字", "Outline": "提纲", "Map": "结构图",
           "footer": "由 speechparse {} 据 {}（{}）生成。"},
}


def language(doc: Document) -> str:
    """'zh' when most letters of the speech's opening are Chinese characters, else 'en'."""
    sample = doc.text[:4000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in sample if ch.isalpha())
    return "zh" if letters and cjk * 2 >= letters else "en"

STYLE = """
:root { --ink: #1f2328; --muted: #6e7781; --line: #d0d7de; --accent: #0b5cad; --warn: #9a6700;
        --warn-bg: #fff8c5; --removed-bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 120rem; padding: 1.5rem 1.25rem 4rem; color: var(--ink);
       font: 16px/1.75 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
       "PingFang SC", "Microsoft YaHei", sans-serif; }
header.doc { border-bottom: 2px solid var(--ink); padding-bottom: .75rem; margin-bottom: 1rem; }
header.doc h1 { font-size: 1.6rem; line-height: 1.4; margin: 0; }
header.doc .subtitle { font-size: 1.15rem; margin: .25rem 0 0; }
dl.meta { display: flex; flex-wrap: wrap; gap: .15rem 1.25rem; margin: .5rem 0 0; color: var(--muted);
          font-size: .9rem; }
dl.meta div { display: flex; gap: .4rem; } dl.meta dt::after { content: ":"; } dl.meta dd { margin: 0; }
.overview { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; margin: 1rem 0; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .2rem .6rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.flags { margin: 0; padding: 0; list-style: none; font-size: .9rem; }
.flags a { color: var(--accent); }
.tools button { font: inherit; font-size: .85rem; padding: .1rem .6rem; margin-right: .4rem; }
main h2, aside h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
details, .leaf { margin: .25rem 0; padding-left: .9rem; border-left: 3px solid var(--c, var(--line)); }
details > summary { cursor: pointer; list-style-position: outside; margin-left: .9rem; }
.leaf { padding-left: 1.8rem; }
.d1 { --c: #0b5cad; } .d2 { --c: #1a7f37; } .d3 { --c: #bf8700; } .d4 { --c: #8250df; }
.d5 { --c: #cf222e; } .d6 { --c: #57606a; }
.d1 > summary, .d1.leaf { font-size: 1.15rem; font-weight: 600; }
.marker { color: var(--c, var(--accent)); font-weight: 700; }
.line { color: var(--muted); font-size: .75rem; font-weight: 400; margin-left: .5rem; }
.text p, section.part p { margin: .3rem 0 .3rem .9rem; }
section.part { border-left: 3px dashed var(--line); padding-left: .9rem; }
section.part h2 { color: var(--muted); font-size: .95rem; }
aside.problems { margin-top: 2rem; border-top: 2px solid var(--ink); }
aside .warnings { background: var(--warn-bg); border: 1px solid #d4a72c; padding: .25rem 1rem .75rem; }
aside .warnings h2 { color: var(--warn); }
aside .warnings.none { background: var(--removed-bg); border-color: var(--line); }
aside .warnings.none h2 { color: var(--ink); }
aside .removed { background: var(--removed-bg); border: 1px solid var(--line); padding: .25rem 1rem .75rem;
                 margin-top: 1rem; }
aside .removed td.text { color: var(--muted); text-decoration: line-through; }
code { font-size: .85em; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
.columns { display: grid; grid-template-columns: minmax(0, 62rem) minmax(0, 1fr); gap: 2rem;
           align-items: start; }
figure.map { margin: 1.5rem 0 0; position: sticky; top: .5rem; border: 1px solid var(--line);
             border-radius: 6px; }
figure.map .scroll { overflow: auto; max-height: calc(100vh - 3.5rem); }
figure.map figcaption { font-size: 1.1rem; font-weight: 600; padding: .25rem .75rem; }
figure.map svg { display: block; }
@media (max-width: 90rem) { .columns { grid-template-columns: minmax(0, 1fr); }
                            figure.map { position: static; } figure.map .scroll { max-height: none; } }
@media print { .tools { display: none; } }
"""

# expand / collapse all; allowed by its hash in the Content-Security-Policy
SCRIPT = (
    "document.querySelectorAll('.tools button').forEach(function (b) {"
    " b.addEventListener('click', function () {"
    " var open = b.dataset.open === '1';"
    " document.querySelectorAll('main details').forEach(function (d) { d.open = open; });"
    " }); });"
    # the map is wider than its column: start with its centre (the speech's title) in view
    " var map = document.querySelector('figure.map .scroll');"
    " if (map) { map.scrollLeft = (map.scrollWidth - map.clientWidth) / 2; }"
)
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
CSP = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'; "
       "img-src 'none'; base-uri 'none'; form-action 'none'")


def e(text: object) -> str:
    return escape(str(text), quote=True)


def render(doc: Document, **_: Any) -> str:
    title = document_title(doc)
    t = LABELS[language(doc)]
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="speechparse {e(__version__)}">',
        f"<title>{e(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        *_title_block(doc, title, t),
        *_overview(doc, t),
        '<div class="columns">',
        "<main>",
        *_part("preamble", t["Preamble"], ([doc.salutation] if doc.salutation else []) + doc.preamble),
        '<div class="outline">',
    ]
    for node in doc.outline:
        out.extend(_node(doc, node, 1))
    out += ["</div>", *_part("closing", t["Closing"], doc.closing)]
    if doc.notes:
        out += _part("notes", t["Notes"], [f"{n.marker}{n.text}" for n in doc.notes])
    out += ["</main>"]
    if doc.outline:
        out += ['<figure class="map" id="map">', f"<figcaption>{e(t['Map'])}</figcaption>",
                '<div class="scroll">', svg_element(doc, standalone=False), "</div>", "</figure>"]
    out += ["</div>", *_problems(doc, t),
            "<footer>" + e(t["footer"].format(__version__, doc.path or "text", doc.source.encoding))
            + "</footer>",
            f"<script>{SCRIPT}</script>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _title_block(doc: Document, title: str, t: dict[str, str]) -> list[str]:
    out = ['<header class="doc">', f"<h1>{e(title)}</h1>"]
    if doc.subtitle:
        out.append(f'<p class="subtitle">{e(doc.subtitle)}</p>')
    meta = [(t["Speaker"], doc.speaker), (t["Date"], doc.date), *doc.meta.items(), (t["Source"], doc.path)]
    items = [f"<div><dt>{e(k)}</dt><dd>{e(v)}</dd></div>" for k, v in meta if v]
    if items:
        out += ['<dl class="meta">', *items, "</dl>"]
    return [*out, "</header>"]


def level_counts(doc: Document) -> list[tuple[int, int, Counter[str]]]:
    """(depth, nodes, markers-as-written per style) for each depth, top first."""
    per_depth: dict[int, Counter[str]] = {}
    examples: dict[tuple[int, str], str] = {}
    for node in doc.walk():
        depth = node.depth
        per_depth.setdefault(depth, Counter())[node.style] += 1
        examples.setdefault((depth, node.style), node.marker)
    return [(d, sum(c.values()), Counter({f"{examples[d, s]} ({s})": n for s, n in c.items()}))
            for d, c in sorted(per_depth.items())]


def _overview(doc: Document, t: dict[str, str]) -> list[str]:
    rows = [f'<tr><td class="n">{depth}</td><td class="n">{count}</td><td>'
            + e(", ".join(f"{style} ×{n}" for style, n in styles.most_common())) + "</td></tr>"
            for depth, count, styles in level_counts(doc)]
    total = sum(1 for _ in doc.walk())
    out = ['<section class="overview">', '<table class="counts">',
           f"<caption>{e(t['counts'])}</caption>",
           f"<thead><tr><th>{e(t['Level'])}</th><th>{e(t['Items'])}</th><th>{e(t['Markers'])}</th></tr>"
           "</thead><tbody>",
           *rows, f'<tr><th>{e(t["All"])}</th><td class="n">{total}</td><td></td></tr>', "</tbody></table>",
           '<ul class="flags">',
           f'<li><a href="#warnings">{e(t["warnings"].format(len(doc.warnings)))}</a></li>',
           f'<li><a href="#removed">{e(t["removed"].format(len(doc.removed)))}</a></li>']
    if doc.outline:
        out.append(f'<li><a href="#map">{e(t["Map"])}</a></li>')
    if doc.truncated:
        out.append(f"<li>{e(t['truncated'])}</li>")
    if doc.partial:
        out.append(f"<li>{e(t['partial'])}</li>")
    out += ["</ul>", f'<div class="tools"><button type="button" data-open="1">{e(t["expand"])}</button>'
            f'<button type="button" data-open="0">{e(t["collapse"])}</button></div>', "</section>"]
    return out


def _part(cls: str, heading: str, paras: list[str]) -> list[str]:
    if not paras:
        return []
    return [f'<section class="part {cls}">', f"<h2>{e(heading)}</h2>",
            *(f"<p>{e(p)}</p>" for p in paras), "</section>"]


def _node(doc: Document, node: Node, depth: int) -> list[str]:
    cls = f"d{min(depth, 6)}"
    label = (f'<span class="marker">{e(node.marker)}</span><span class="title">{e(node.title)}</span>'
             f'<span class="line">L{node.line}</span>')
    # own paragraphs and children in document order (some text comes after the children)
    items: list[tuple[int, str | Node]] = [(c.head[0], c) for c in node.children]
    for start, end in node.body_spans:
        items.extend((start, p) for p in paragraphs(doc.text, [(start, end)]))
    if not items:
        return [f'<div class="leaf {cls}">{label}</div>']
    out = [f'<details class="{cls}"{" open" if depth == 1 else ""}>', f"<summary>{label}</summary>"]
    text: list[str] = []
    for _, item in sorted(items, key=lambda i: i[0]):
        if isinstance(item, Node):
            out.extend(_text(text))
            text = []
            out.extend(_node(doc, item, depth + 1))
        else:
            text.append(item)
    return [*out, *_text(text), "</details>"]


def _text(paras: list[str]) -> list[str]:
    if not paras:
        return []
    return ['<div class="text">', *(f"<p>{e(p)}</p>" for p in paras), "</div>"]


def _problems(doc: Document, t: dict[str, str]) -> list[str]:
    none = "" if doc.warnings else " none"
    out = ['<aside class="problems">', f'<section class="warnings{none}" id="warnings">',
           f"<h2>{e(t['Warnings'].format(len(doc.warnings)))}</h2>"]
    if doc.warnings:
        out.append("<ul>")
        out += [f"<li><code>{e(w.code)}</code> {'L' + e(w.line) + ' ' if w.line else ''}{e(w.message)}</li>"
                for w in doc.warnings]
        out.append("</ul>")
    else:
        out.append(f"<p>{e(t['None'])}</p>")
    out += ["</section>", '<section class="removed" id="removed">',
            f"<h2>{e(t['Removed'].format(len(doc.removed)))}</h2>"]
    if doc.removed:
        out.append(f"<table><thead><tr><th>{e(t['Line'])}</th><th>{e(t['Reason'])}</th>"
                   f"<th>{e(t['Text'])}</th></tr></thead><tbody>")
        out += [f'<tr><td class="n">{e(r.line)}</td><td><code>{e(r.reason)}</code></td>'
                f'<td class="text">{e(r.text)}</td></tr>' for r in doc.removed]
        out.append("</tbody></table>")
    else:
        out.append(f"<p>{e(t['None'])}</p>")
    return [*out, "</section>", "</aside>"]
