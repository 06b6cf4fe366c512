"""`-f html`: a self-contained page, everything escaped; and the page in a real headless browser.

The browser tests drive Debian's chromium (support/browser.py; one browser for the session,
conftest.py). They skip when no chromium is installed, and fail when CI says it installed one.
"""

from __future__ import annotations

import base64
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from support import ROOT, all_fixture_texts, by_folder, each
from support.browser import DevTools
from support.documents import parsed

import speechparse
from speechparse.render import render

SAMPLE = ROOT / "speechparse" / "data" / "sample_speech.txt"

HOSTILE = ("<script>window.pwned = 1</script>\n"
           '一、标题<img src=x onerror="window.pwned = 2">与“引号”&amp;\n'
           "正文里有 </details> 和 <b>粗体</b>，还有 http://example.com/x.js 这样的文字。\n"
           "（一）小标题\u2028\"'`\n")


def html_of(path: Path) -> str:
    return render(parsed(path), "html")


class Structure(HTMLParser):
    """Checks that tags nest properly and records every tag and attribute."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def structure(page: str) -> Structure:
    parser = Structure()
    parser.feed(page)
    parser.close()
    assert not parser.errors, parser.errors[:3]
    assert parser.stack == [], parser.stack
    return parser


# The same checks as Structure over every fixture's page, ten times faster than html.parser
# (which was a fifth of the suite): a stricter reading, since every `<` must open a tag of the
# grammar below (the renderer escapes the text's) and attribute values are quoted.
_TAG = re.compile(r"""<(?:!DOCTYPE html|(/?)([a-z][a-z0-9]*)((?:\s+[a-z][-a-z0-9:]*(?:="[^"<]*"|='[^'<]*')?)*)\s*(/?))>|<""",
                  re.I)
_ATTR = re.compile(r"""([a-z][-a-z0-9:]*)(?:="([^"]*)"|='([^']*)')?""", re.I)
_RAW_TEXT = {"script": re.compile("</script>"), "style": re.compile("</style>")}


def tags_of(page: str) -> list[tuple[str, dict[str, str | None]]]:
    """Every start tag of `page` with its attributes (entities decoded), checking that every
    tag is well formed and closed in order."""
    tags: list[tuple[str, dict[str, str | None]]] = []
    stack: list[str] = []
    pos = 0
    while (m := _TAG.search(page, pos)) is not None:
        pos = m.end()
        if m[0] == "<":
            raise AssertionError(f"a `<` that opens no tag at {m.start()}: {page[m.start():m.start() + 40]!r}")
        closing, name, attrs, self_closing = m.groups()
        if name is None:  # the doctype
            continue
        name = name.lower()  # (as html.parser reads names: the SVG's `viewBox`)
        if closing:
            assert stack and stack[-1] == name, f"</{name}> closes {stack[-1:]}"
            stack.pop()
            continue
        values = {a[1].lower(): a[2] if a[2] is not None else a[3] for a in _ATTR.finditer(attrs)}
        tags.append((name, {k: None if v is None else html.unescape(v) for k, v in values.items()}))
        if name in _RAW_TEXT:  # its text runs to its end tag, `<` and all
            end = _RAW_TEXT[name].search(page, pos)
            assert end is not None, f"<{name}> is never closed"
            pos = end.end()
        elif name not in Structure.VOID and not self_closing:
            stack.append(name)
    assert stack == [], stack
    return tags


@pytest.mark.parametrize("page", ["sample", "hostile", "hostile title"])
def test_the_fast_tag_reader_reads_what_html_parser_reads(page: str):
    doc = {"sample": lambda: speechparse.parse_file(SAMPLE), "hostile": lambda: speechparse.parse(HOSTILE),
           "hostile title": lambda: speechparse.parse('<b>"标题"</b>\n一、甲\n')}[page]()
    text = render(doc, "html")
    assert tags_of(text) == structure(text).tags
    with pytest.raises(AssertionError):
        tags_of(text.replace("</main>", "", 1))  # a tag left open
    with pytest.raises(AssertionError):
        tags_of(text.replace("<main>", "<main><p>a < b", 1))  # a raw `<` in the text


@pytest.mark.parametrize("paths", by_folder([SAMPLE, *all_fixture_texts()]))
def test_page_is_well_formed_and_self_contained(paths: list[Path]):
    each(paths, _well_formed_and_self_contained)


def _well_formed_and_self_contained(path: Path) -> None:
    page = html_of(path)
    tags = tags_of(page)
    names = [t for t, _ in tags]
    assert names.count("html") == names.count("body") == names.count("title") == 1
    for tag, attrs in tags:
        assert tag not in {"img", "link", "iframe", "object", "embed", "video", "audio", "source", "base"}
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href  # in-page links only
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
    assert "url(" not in page and "@import" not in page
    csp = next(a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp


def test_sample_page_contents():
    doc = speechparse.parse_file(SAMPLE)
    page = render(doc, "html")
    assert not re.search(r"(?i)https?:|wss?:|ftp:|//", page)  # no address anywhere, not even in text
    text = "".join(structure(page).text)
    for node in doc.walk():
        assert node.title in text
        for para in node.body:
            assert para in text
    # counts per level, warnings and removed noise apart from the outline
    assert re.search(r'<tr><td class="n">1</td><td class="n">3</td>', page)
    assert re.search(r'<tr><td class="n">2</td><td class="n">9</td>', page)
    main, aside = page.split("<main>")[1].split("</main>")
    assert "上一篇" not in main and "上一篇" in aside
    assert "删除的干扰内容（8）" in aside and "警告（0）" in aside  # a Chinese speech: Chinese labels
    # top-level sections start open, deeper ones closed
    assert page.count('<details class="d1" open>') == 3
    assert '<details class="d2" open>' not in page


def test_body_after_children_keeps_its_place():
    page = html_of(SAMPLE)
    assert page.index("三是</span>") < page.index("同时也要清醒看到") < page.index("二、</span>")


def test_everything_is_escaped():
    doc = speechparse.parse(HOSTILE)
    pieces = [doc.title, *(n.title for n in doc.walk()), *(p for n in doc.walk() for p in n.body),
              *(r.text for r in doc.removed)]
    assert any("<img" in p for p in pieces) and any("</details>" in p for p in pieces)
    page = render(doc, "html")
    parsed = structure(page)
    assert [t for t, _ in parsed.tags].count("script") == 1  # only our own
    assert "<img" not in page and "<b>" not in page and "</details> 和" not in page
    text = "".join(parsed.text)
    for piece in pieces:
        assert piece in text, piece
    doc.title = '<title>"标题"</title>'
    assert '<title>"标题"</title>' in "".join(structure(render(doc, "html")).text)


# --- the page in a real browser --------------------------------------------------------------

SUMMARY_BOX = """(() => {
  const s = [...document.querySelectorAll('summary')].find(s => s.textContent.startsWith(%s));
  s.scrollIntoView({block: 'center'});
  const r = s.getBoundingClientRect();
  return {x: r.left + 40, y: r.top + r.height / 2, open: s.parentElement.open};
})()"""

VISIBLE = """(() => {
  const p = [...document.querySelectorAll('p')].find(p => p.textContent.startsWith(%s));
  return p.checkVisibility() && p.getBoundingClientRect().height > 0;
})()"""


def test_page_in_a_real_browser(browser: DevTools, tmp_path: Path):
    page = tmp_path / "sample.html"
    page.write_text(html_of(SAMPLE), encoding="utf-8")
    url = page.as_uri()
    browser.open_page(url)
    assert browser.evaluate("document.title") == "在全县2025年上半年经济运行分析会上的讲话"
    assert browser.evaluate("document.querySelectorAll('main details').length") == 11

    # a closed section: its text is hidden until a real mouse click on its summary opens it
    box = browser.evaluate(SUMMARY_BOX % json.dumps("（一）"))
    assert box["open"] is False
    assert browser.evaluate(VISIBLE % json.dumps("项目是经济发展的生命线")) is False
    browser.click(box["x"], box["y"])
    assert browser.evaluate(SUMMARY_BOX % json.dumps("（一）"))["open"] is True
    assert browser.evaluate(VISIBLE % json.dumps("项目是经济发展的生命线")) is True
    assert browser.evaluate(VISIBLE.replace("'p'", "'summary'") % json.dumps("1.加快")) is True

    shot = tmp_path / "expanded.png"
    browser.evaluate("window.scrollTo(0, 0)")
    data = base64.b64decode(browser.call("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})["data"])
    shot.write_bytes(data)
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000, len(data)
    print(f"screenshot: {shot}")

    # the inline script runs (its hash is allowed by the page's own security policy)
    browser.evaluate("document.querySelector('button[data-open=\"1\"]').click()")
    assert browser.evaluate("[...document.querySelectorAll('main details')].every(d => d.open)")
    browser.evaluate("document.querySelector('button[data-open=\"0\"]').click()")
    assert browser.evaluate("[...document.querySelectorAll('main details')].some(d => d.open)") is False

    assert browser.requests() == [url]  # the page itself, nothing else
    logged = [e["params"]["entry"]["text"] for e in browser.events if e.get("method") == "Log.entryAdded"]
    assert not [t for t in logged if "Content Security Policy" in t], logged


def test_hostile_text_stays_text_in_a_browser(browser: DevTools, tmp_path: Path):
    page = tmp_path / "hostile.html"
    page.write_text(render(speechparse.parse(HOSTILE), "html"), encoding="utf-8")
    browser.open_page(page.as_uri())
    assert browser.evaluate("typeof window.pwned") == "undefined"
    body = browser.evaluate("document.body.innerText")
    assert '标题<img src=x onerror="window' in body and "</details> 和 <b>粗体</b>" in body
    assert browser.requests() == [page.as_uri()]
