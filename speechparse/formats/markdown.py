"""Markdown (`.md`, `.markdown`) via markdown-it-py: the text of each source line, markup removed.

The produced text has one line per line of the Markdown file, so line numbers are the file's
own. Emphasis, links, images (their alt text) and inline code are unwrapped, so `**1. 稳增长。**`
reads as `1. 稳增长。`; an ordered list item keeps its number as written (`1.`), a bullet loses
its `-`. Evidence beyond the words goes into hints: `heading:N` for `#` headings (as for Word
heading styles), `quote` for block quotes (quoted text, not the speaker's outline), `code` for
code blocks (kept verbatim), `table` for table rows (data, not paragraphs), `markup` for HTML
comments and a line that is only a picture (its alt text is no line of the speech: the
clean-up removes them), `chrome` for a list item that is only a link (`1. [往期文章](https://…)`,
as on web pages). Ordered list items are numbered as a renderer draws them (`1.` `1.` `1.` is
1, 2, 3), and `==highlight==` is markup like `**`. The lines after a soft break in a paragraph
are hinted `cont` when the file is hard-wrapped, or the line before stops at a comma, or the
file's paragraph lines mostly stop mid-sentence and the line before does too: they open no item,
a title runs on into them, and they are no paragraph of their own. A list item's first line is
hinted `list:N`, N the depth its list nests at (a `1.` list inside a `1.` item holds its
children). Pandoc's `[]{#_Toc1 .anchor}` spans are markup. YAML front matter gives its title, subtitle, date and author
lines as plain lines; other keys stay as `key: value`; each line is hinted `front:KEY` (`front`
for a list's lines under a key), and the front-matter pass reads them as such. A line no block claims (a link
reference definition) is kept as written: every line of the file lands somewhere.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Any

from ..errors import InputError, MissingDependency
from ..punct import EDIT_LINK_WORD, EDIT_LINK_WORDS, LINE_END, SALUTATION, SENTENCE_END
from ..regex_cache import compile as compile_re

FRONT_MATTER_KEYS = ("title", "subtitle", "date", "author", "speaker")
WRAP_LINES = 5         # a hard-wrapped file has this many wrapped lines of one width at least
WRAP_SLACK = 4         # ... within this many columns
MIN_WRAP_COLUMNS = 40  # ... and they are this wide
_FENCE = compile_re(r"^(?:---|\.\.\.)\s*$")
# CommonMark leaves `**` unpaired next to CJK punctuation (`**（一）稳中求进。**项目…`): such
# delimiter runs are markup all the same
# (`**（二）****项目…**`: two bold runs that touch leave four); `==…==` is the highlight of
# Obsidian, Typora and Yuque
_CALLOUT = compile_re(r"^:::\s*[\w-]*\s*$")
_FENCED_DIV = compile_re(r"^:{3,}\s*(?:\{[^{}\n]*\}|[\w-]+)?\s*$")
# a static site's shortcode (Hugo `{{< note >}}` … `{{< /note >}}`, Hexo/Jekyll `{% note %}` …
# `{% endnote %}`): a one-line one is markup, a pair is a box like `:::tips`
_SHORTCODE = compile_re(r"^\s*\{(?:\{[<%]\s*(?P<close>/)?\s*(?P<name>[\w-]+)[^{}\n]*[>%]\}|"
                        r"%\s*(?P<end>end)?(?P<tag>[\w-]+)[^{}\n]*%)\}\s*$")
# an admonition of Python-Markdown / mkdocs-material (`!!! note "说明"`, collapsible `??? info`):
# its body is the lines indented below it
_ADMONITION = compile_re(r"^(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+(?:\"[^\"\n]*\"|[\w-]+))*[ \t]*$")
_ASIDE_OPEN = compile_re(r"^\s*<aside\b[^>]*>", re.I)
_ASIDE_CLOSE = compile_re(r"</aside\s*>", re.I)
_BREAK = compile_re(r"<br\s*/?>", re.I)
_MORE = compile_re(r"\s*<!--\s*more\s*-->\s*", re.I)
_TABLE_OPEN = compile_re(r"<table\b", re.I)
_TABLE_CLOSE = compile_re(r"</table\s*>", re.I)
_LEFTOVER_EMPHASIS = compile_re(r"\*{2,}|_{2,3}|~~|==")
# pandoc's bracketed spans: `[]{#_Toc123 .anchor}` (a Word bookmark), `[要点]{.underline}`
_FOOTNOTE_CALL = compile_re(r"\^[\w-]{1,12}")
_FOOTNOTE_DEFINITION = compile_re(r"(?m)^[ \t]{0,3}\[\^([\w-]{1,12})\]:")
_FOOTNOTE_REF = compile_re(r"(?<=\S)\[\^([\w-]{1,12})\]")  # a call after a word (a definition opens its line)
_PANDOC_SPAN = compile_re(r"\[([^\[\]\n]*)\]\{[#.][^{}\n]*\}")
# a paragraph's line with no text: quote marks, indent and a list item's marker, then only
# white space of the kind markdown-it trims (Unicode's, full-width spaces included)
_BLANK_IN_BLOCK = compile_re(r"[\s>]*(?:(?:[-*+]|\d{1,9}[.)])[\s>]*)?")  # (one class: linear; a list item's own marker too)


def _parser() -> Any:
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        raise MissingDependency("markdown-it-py") from None
    # without text_join, backslash escapes stay `text_special` tokens: `\*\*` is text, not markup
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


def _front_matter(lines: list[str]) -> int:
    """Number of lines of a YAML (`---`) or TOML (`+++`, Hugo's) front matter block at the top
    (0 if none)."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0
    toml = lines[0].strip() == "+++"
    for i in range(1, min(len(lines), 200)):
        if (lines[i].strip() == "+++") if toml else _FENCE.match(lines[i]):
            return i + 1
    return 0


class _BoldItems:
    """The items of a top-level list that are a bold heading only (`1. **总体要求**`): a
    converter's numbered headings, unless the list is a list to its reader, its other items
    running on after their bold words or holding a list (`1. **全力冲刺……。**` then `    1. ……`):
    then they are its items too, `list:1` as the others."""

    def __init__(self) -> None:
        self.lines: list[int] = []
        self.listed = False

    def close(self, hints: dict[int, str]) -> None:
        if self.listed:
            for line in self.lines:
                hints.setdefault(line, "list:1")
        self.lines, self.listed = [], False


def _bold_only(token: Any) -> bool:
    """Is the inline token's text all inside one `**……**`?"""
    kinds = [c.type for c in token.children or () if not (c.type == "text" and not c.content.strip())]
    return len(kinds) >= 3 and kinds[0] == "strong_open" and kinds[-1] == "strong_close" \
        and "strong_open" not in kinds[1:-1]


def _inline_lines(token: Any, hard: set[int], first: int) -> list[str]:
    """The plain text of an inline token, one string per source line it spans (from line
    `first`); the lines that follow a hard break (`  ` or `\\` at the end) go into `hard`."""
    out = [""]
    children = token.children or []
    skip: set[int] = set()
    for k, child in enumerate(children):
        # `[^2]` with a `[^2]: ……` below: a footnote's call, read as a link to it (no footnote
        # plugin): markup, as the rendered page shows a superscript, not the words `^2`
        if child.type == "link_open" and k + 2 < len(children) and children[k + 2].type == "link_close" \
                and children[k + 1].type == "text" and _FOOTNOTE_CALL.fullmatch(children[k + 1].content):
            skip.update((k, k + 1, k + 2))
    for k, child in enumerate(children):
        if k in skip:
            continue
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            if kind == "hardbreak":
                hard.add(first + len(out))
            out.append("")
        elif kind == "text":
            out[-1] += _LEFTOVER_EMPHASIS.sub("", child.content)
        elif kind == "html_inline" and _BREAK.fullmatch(child.content):
            out[-1] += "\n"  # `<br />`: a line break of the rendered page (a line of its own)
        elif kind in ("text_special", "code_inline"):
            out[-1] += child.content
        elif kind == "image":
            out[-1] += child.content  # the alt text
    return [_PANDOC_SPAN.sub(r"\1", line) if "]{" in line else line for line in out]


def _first_content_line(token: Any, lines: list[str]) -> int:
    """The file line of an inline token's first line of text. markdown-it trims a paragraph's
    leading whitespace, full-width spaces included, so a first line of `　　` alone is gone
    from its content, and the text's lines start below it (reading them from the paragraph's
    first line would shift each up one and leave the last to be read again from the file)."""
    start, end = token.map
    trimmed = end - start - (token.content.count("\n") + 1)  # lines the content lost
    while trimmed > 0 and start < len(lines) and _BLANK_IN_BLOCK.fullmatch(lines[start]):
        start, trimmed = start + 1, trimmed - 1
    return start


WRAPPED_HEADING_LINES = 2
_SENTENCE_END = compile_re("[" + re.escape(SENTENCE_END) + "：:]")
_TRAILING_LINK_TEXT = compile_re(r"\[[^\[\]\n]*\]\s*$")


def _wrapped_heading(tokens: list[Any], index: int) -> bool:
    """Is the heading at `index` an empty `###` with a paragraph right on the next line? A
    converter that wraps at a width (html2text's 78 columns) broke `### ` + a long title (a wiki
    heading with its edit link's address) after the hashes: the words below are the heading's."""
    if index + 4 >= len(tokens) or tokens[index + 1].content.strip() or not tokens[index].map:
        return False
    after = tokens[index + 3]
    if after.type != "paragraph_open" or not after.map or after.map[0] != tokens[index].map[1]:
        return False
    # (the heading's words: a line or two that a 78-column wrap left, no sentence before their end,
    # its edit link's `[编辑]` aside)
    words = _TRAILING_LINK_TEXT.sub("", "".join(_inline_lines(tokens[index + 4], set(), 0))).rstrip("。；; \t")
    return after.map[1] - after.map[0] <= WRAPPED_HEADING_LINES and _SENTENCE_END.search(words) is None


def read_markdown(source: str) -> tuple[str, dict[int, str]]:
    """(text, hints keyed by its 1-based lines): `read_markdown_lines` without the line map."""
    text, hints, _ = read_markdown_lines(source)
    return text, hints


def read_markdown_lines(source: str) -> tuple[str, dict[int, str], list[int] | None]:
    """(text with one line per source line, hints keyed by 1-based line, None) — or, when an
    inline `<br />` breaks a line in two, the text's line of each file line as a line map
    (text line -> file line), the hints keyed by the text's lines."""
    md = _parser()
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if any(word in source for word in EDIT_LINK_WORDS):
        # a wiki heading's edit link, as pandoc writes it (`## 一、……[编辑](…&action=edit…)`,
        # `[\[[编辑](…)\]]{.mw-editsection}`): the page's button, no word of the heading
        lines = [_EDIT_LINK.sub("", line) if line.startswith("#") else line for line in lines]
    if "^" in source:  # pandoc's superscript citation of a wiki page (`……公司^[1]^`): as the page's `<sup>`, skipped
        lines = [_SUPERSCRIPT_CITATION.sub("", line) if "^" in line else line for line in lines]
    if "\\" in source:  # `一\、` `\（一\）`: a converter escaped full-width punctuation, which Markdown
        # keeps as a backslash (it escapes ASCII only): the marker is what the writer typed
        lines = [_CJK_ESCAPE.sub("", line) if "\\" in line else line for line in lines]
    out: list[str | None] = [None] * len(lines)  # None: no text from the line (yet)
    claimed: set[int] = set()  # lines of markup only: rules, fences, table delimiter rows
    hints: dict[int, str] = {}
    front = _front_matter(lines)
    for i in range(front):
        out[i] = _front_line(lines[i]) if 0 < i < front - 1 else ""
        if 0 < i < front - 1 and lines[i].strip():
            key = _FRONT_KEY.match(lines[i])
            hints[i + 1] = f"front:{key.group(1).lower()}" if key else "front"
    body = "\n".join([""] * front + lines[front:])  # blanks keep the line numbers
    try:
        tokens = md.parse(body)
    except Exception as exc:  # markdown-it is total on text; this guards a plugin bug
        raise InputError(f"cannot read this Markdown ({exc.__class__.__name__})") from None
    numbered_sections = any(_DECIMAL_HEADING.match(line) for line in lines if line.startswith("#"))
    containers = _container_lists(tokens)
    quote_depth = 0
    quoted: list[int] = []  # the lines of text inside block quotes, and outside them
    unquoted: list[int] = []
    listed_quote = 0  # the quote_depth of a blockquote that is the speaker's own list (0: none)
    heading = 0
    carried = 0  # the level of an empty `###` whose words a converter wrapped onto the next line
    in_item = 0
    open_items: list[tuple[int, int]] = []  # the open list items: (first line, depth as a reader counts it)
    bold_items = _BoldItems()
    paragraphs: list[range] = []  # the lines of each paragraph of more than one line
    hard_breaks: set[int] = set()  # the lines after a hard break: a line of their own on the page
    # the labels of the footnotes the file defines (`[^1]: ……`, which markdown-it reads only as text)
    footnotes = set(_FOOTNOTE_DEFINITION.findall(source)) if "[^" in source else set()
    tool_numbers: dict[int, int] = {}  # heading level -> the last number a tool put before a speech's marker
    numbers: list[int] = []  # the next number of each open ordered list
    lists = 0  # open lists
    after_list = False  # an outermost list just closed: the next paragraph is after it
    prefix = ""
    item_depth = 0  # the list depth of the item whose first line comes next (0: none)
    for index, tok in enumerate(tokens):
        kind = tok.type
        if tok.map and kind in ("hr", "fence", "table_open", "heading_open"):
            claimed.update(range(tok.map[0], tok.map[1]))
        if kind == "hr" and tok.map:
            hints[tok.map[0] + 1] = "rule"  # (a blank line in the text: the builder still sees the rule)
        if kind == "table_open" and tok.map:
            hints.update((line + 1, "table") for line in range(tok.map[0], tok.map[1]))
        if kind == "blockquote_open":
            quote_depth += 1
            if not listed_quote and _listed_quote(tokens, index, lines):
                listed_quote = quote_depth
        elif kind == "blockquote_close":
            if listed_quote == quote_depth:
                listed_quote = 0
            quote_depth -= 1
        elif kind == "heading_open":
            heading = int(tok.tag[1])
            if _wrapped_heading(tokens, index):
                carried, heading = heading, 0  # (the empty `###` line itself is no heading)
        elif kind == "heading_close":
            heading = 0
        elif kind == "paragraph_open" and carried:
            heading, carried = carried, 0  # the wrapped heading's words: its first line is the heading
        elif kind == "paragraph_close" and heading:
            heading = 0
        elif kind in ("ordered_list_open", "bullet_list_open"):
            lists += 1
            after_list = False
            if kind == "ordered_list_open":
                # (-1: a list that only holds the text's paragraphs, `1. 一、……` `2. 同志们：`: its
                # numbers are a container's, not the speech's)
                numbers.append(-1 if index in containers else int(tok.attrs.get("start", 1) or 1))
        elif kind in ("ordered_list_close", "bullet_list_close"):
            lists -= 1
            if not lists:
                bold_items.close(hints)
            after_list = lists == 0 and not quote_depth
            if kind == "ordered_list_close":
                numbers.pop()
        elif kind == "list_item_open":
            in_item += 1
            # `1.` is the item's text too, numbered as a renderer draws it (`1.` `1.` `1.` is
            # 1, 2, 3: the lazy numbering Markdown allows)
            prefix = ""
            # `- 2. ……`: an ordered list opened on its bullet's own line is one item to a
            # reader, one level (the bullets nested below it are its children)
            same_line = bool(open_items) and tok.map is not None and open_items[-1][0] == tok.map[0]
            parent = open_items[-1][1] if open_items else 0
            item_depth = parent if same_line else parent + 1
            if item_depth == 2:
                bold_items.listed = True
            open_items.append((tok.map[0] if tok.map else -1, item_depth))
            if tok.info and numbers and numbers[-1] >= 0:
                prefix = f"{numbers[-1]}{tok.markup}"
                numbers[-1] += 1
        elif kind == "list_item_close":
            in_item -= 1
            open_items.pop()
        elif kind == "inline" and tok.map:
            start = _first_content_line(tok, lines)
            claimed.update(range(tok.map[0], start))  # (its lines of no text: a list item's bare marker is markup)
            if after_list and not quote_depth:
                # the paragraph after a list: its last item's text is over (a lazy line without
                # the blank line before it is still the item's, and no paragraph of its own)
                hints.setdefault(start + 1, "after-list")
                after_list = False
            page_section = False
            for k, text in enumerate(_inline_lines(tok, hard_breaks, start)):
                line = start + k
                if line >= len(lines):
                    break
                if footnotes and "[^" in text:  # (`……“温差”[^1]` with its `[^1]: ……` below: the call is markup)
                    text = _FOOTNOTE_REF.sub(lambda m: "" if m.group(1) in footnotes else m.group(), text)
                if k == 0 and prefix:  # (`1. 9月底前` as drawn, not the decimal `1.9`)
                    text, prefix = prefix + (" " if text[:1].isdigit() else "") + text, ""
                if k == 0 and heading:  # `## 1.2. （二）……`: a notes tool's number before the speech's
                    # (a page whose headings are numbered `2.1 ……`: every heading numbered so is the
                    # page's own section, `## 1 报告背景` too)
                    page_section = numbered_sections and not _SECTION_NUMBER.match(text) \
                        and _ANY_SECTION_NUMBER.match(text) is not None
                    tool = _SECTION_NUMBER.match(text)
                    number = _ANY_SECTION_NUMBER.match(text)
                    if tool is not None:
                        tool_numbers[heading] = int(tool.group().split(".")[0].strip())
                    elif number is not None and tool_numbers.get(heading) == int(number.group().split(".")[0].strip()) - 1:
                        # (`## 3. 三、……` then `## 4. 会后工作分工`: the tool's count goes on, over a
                        # heading of its own that the speech does not number)
                        text = text[number.end():]
                        tool_numbers[heading] += 1
                    text = _SECTION_NUMBER.sub("", text, count=1)
                    text = _HEADING_ATTRIBUTES.sub("", text)  # pandoc's `## 一、…… {#_Toc123 .unnumbered}`
                if k == 0 and item_depth:  # a list item's first line: how deep its list nests
                    # (a top-level item that is a bold heading only, `1. **总体要求**`: a converter's
                    # numbered heading, ranked by its style as a typed one, not below the `#` headings)
                    if not (item_depth == 1 and _bold_only(tok)):
                        hints.setdefault(line + 1, f"list:{item_depth}")
                        bold_items.listed = bold_items.listed or item_depth == 1
                    else:
                        bold_items.lines.append(line + 1)
                    item_depth = 0
                elif k == 0 and in_item and open_items:
                    # a later paragraph of a list item (`1) 危化品领域。` then, indented below it,
                    # `(1) 储罐区……`): inside the item, one level below it
                    hints.setdefault(line + 1, f"list:{open_items[-1][1] + 1}")
                # full-width indentation is the text's own (not Markdown syntax): keep it, it
                # tells paragraphs from flush headings
                lead = len(lines[line]) - len(lines[line].lstrip("\u3000"))
                if lead and not text.startswith("\u3000"):
                    text = lines[line][:lead] + text
                out[line] = text if out[line] is None else f"{out[line]} | {text}"  # table cells
                # (the page's own numbered section, `### 2.3 政府自身建设`, is no heading of the speech:
                # the speech's parts run on through it)
                _hint(hints, line, heading if not (k or page_section) else 0, 0 if listed_quote else quote_depth)
                if page_section and not k and not quote_depth:
                    hints[line + 1] = f"section:{heading}"
                (quoted if quote_depth and not listed_quote else unquoted).append(line)
                if k and heading and not quote_depth:
                    hints[line + 1] = "cont"  # a setext heading's second line: its title goes on
            if tok.map[1] - start > 1:
                paragraphs.append(range(start, min(tok.map[1], len(lines))))
            if in_item and _only_a_link(tok):
                hints[start + 1] = "chrome"
            elif _only_an_image(tok):
                hints[start + 1] = "markup"  # `![1.jpg](…)`: a picture's alt text, not a line of the speech
            elif _image_then_caption(tok) and tok.map[1] - start == 2:
                # `![会场](…)` / `*1. 1992年3月，会场（翻拍自原刊）*`: the picture and its caption, the page's
                hints[start + 1] = "markup"
                hints[start + 2] = "chrome"
        elif kind in ("fence", "code_block") and tok.map:
            first = tok.map[0] + (1 if kind == "fence" else 0)
            for k, text in enumerate(tok.content.split("\n")[:-1]):
                if first + k < len(lines):
                    out[first + k] = text
                    hints[first + k + 1] = "code"
        elif kind == "html_block" and tok.map:
            comment = tok.content.lstrip().startswith("<!--")
            tables = 0  # `<table>` elements open: their rows are data, as a pipe table's
            for k, text in enumerate(tok.content.split("\n")[:-1]):
                tables += len(_TABLE_OPEN.findall(text))
                if tables and tok.map[0] + k < len(lines):
                    hints[tok.map[0] + k + 1] = "table"
                tables = max(0, tables - len(_TABLE_CLOSE.findall(text)))
                after = _AFTER_COMMENT.match(text) if comment else None
                if after and tok.map[0] + k < len(lines):
                    # `<!-- 批注 -->1、……`: the comment is markup, the words after it the speech's
                    # (a line of its own each, on the same file line)
                    out[tok.map[0] + k] = f"{after.group(1)}\n{after.group(2)}"
                    hints[tok.map[0] + k + 1] = "markup"
                    continue
                if tok.map[0] + k < len(lines):
                    # a raw HTML line (a note app's `<div>**一、……**&nbsp;</div>`): tags out,
                    # entities decoded, leftover emphasis markup out, as in Markdown text
                    out[tok.map[0] + k] = text if comment else \
                        _LEFTOVER_EMPHASIS.sub("", html.unescape(re.sub(r"<[^>]*>", "", text)))
                    if comment:
                        # (a blog's `<!-- more -->`: the post's excerpt, the blogger's, is above it)
                        hints[tok.map[0] + k + 1] = "more" if _MORE.fullmatch(text) else "markup"
    if _quotes_a_speech(out, quoted):
        # a post that quotes a whole speech (`> 同志们：` … `> **一、……**`) between its own
        # comments: the quoted speech is the text, the comments around it are the poster's
        seen: set[str] = set()
        for line in quoted:
            said = (out[line] or "").strip()
            if hints.get(line + 1) == "quote" and (said not in seen or not said):
                del hints[line + 1]  # (a passage quoted again further on stays a quotation)
            seen.add(said)
        for line in unquoted:
            hints[line + 1] = "quote"
    text_lines = [got if got is not None else "" if i in claimed else lines[i] for i, got in enumerate(out)]
    _hint_wraps(hints, text_lines, paragraphs)
    _hint_clause_breaks(hints, text_lines, paragraphs, hard_breaks)
    _mend_split_markers(text_lines, hints)
    _hint_callouts(hints, lines)
    if not any("\n" in line for line in text_lines):
        return "\n".join(text_lines), hints, None
    line_map: list[int] = []
    mapped: dict[int, str] = {}
    for i, text_line in enumerate(text_lines):
        hint = hints.get(i + 1)
        for k in range(text_line.count("\n") + 1):
            line_map.append(i + 1)
            if hint is not None and (k == 0 or hint in ("quote", "code", "table")):
                mapped[len(line_map)] = hint
    return "\n".join(text_lines), mapped, line_map


def _hint_callouts(hints: dict[int, str], lines: list[str]) -> None:
    """`:::tips` … `:::` (Yuque, VuePress, Docusaurus) and `<aside>` … `</aside>` (Notion):
    an editor's box beside the speech, read as quoted text (no items); its fence lines are
    markup. So is an admonition (`!!! tip "数据链接"` and the indented lines below it).
    `%% … %%` (an Obsidian comment, hidden when the note is read) is markup whole."""
    _hint_shortcodes(hints, lines)
    for i, line in enumerate(lines):
        if _ADMONITION.match(line):
            last = i
            for k in range(i + 1, len(lines)):
                if lines[k].startswith(("    ", "\t")):
                    last = k
                elif lines[k].strip():
                    break
            hints[i + 1] = "markup"
            for k in range(i + 1, last + 1):
                hints[k + 1] = "quote"
    opened: int | None = None
    for i, line in enumerate(lines):
        if _CALLOUT.match(line):
            if opened is None and line.strip() != ":::":
                opened = i
            elif opened is not None:
                _hint_box(hints, opened, i)
                opened = None
    opened = None
    for i, line in enumerate(lines):
        if opened is None and _ASIDE_OPEN.match(line):
            opened = i
        if opened is not None and _ASIDE_CLOSE.search(line):
            if opened == i:
                hints[i + 1] = "quote"
            else:
                _hint_box(hints, opened, i)
            opened = None
    _hint_comments(hints, lines)
    if any(line.startswith(":::") for line in lines):
        for i, line in enumerate(lines):  # pandoc's fenced divs (`::: {.reflist}` … `:::`): markup
            if _FENCED_DIV.match(line):
                hints.setdefault(i + 1, "markup")


def _hint_shortcodes(hints: dict[int, str], lines: list[str]) -> None:
    """A shortcode line is markup; the lines between `{{< note >}}` and its `{{< /note >}}`
    are a box (quoted text, no items)."""
    if not any(line.lstrip().startswith(("{{", "{%")) for line in lines):
        return
    opened: dict[str, int] = {}
    for i, line in enumerate(lines):
        m = _SHORTCODE.match(line)
        if m is None:
            continue
        hints[i + 1] = "markup"
        name = m.group("name") or m.group("tag")
        if m.group("close") or m.group("end"):
            start = opened.pop(name, None)
            if start is not None:
                _hint_box(hints, start, i)
        else:
            opened[name] = i


def _hint_box(hints: dict[int, str], opened: int, closed: int) -> None:
    hints[opened + 1] = hints[closed + 1] = "markup"
    for k in range(opened + 1, closed):
        hints[k + 1] = "quote"


def _hint_comments(hints: dict[int, str], lines: list[str]) -> None:
    """Lines of an Obsidian `%% … %%` comment that starts a line: markup."""
    opened: int | None = None
    for i, line in enumerate(lines):
        if opened is None:
            if line.lstrip().startswith("%%"):
                if line.count("%%") % 2 == 0:
                    hints[i + 1] = "markup"  # `%% 一行的批注 %%`
                else:
                    opened = i
        elif "%%" in line:
            for k in range(opened, i + 1):
                hints[k + 1] = "markup"
            opened = None


_CLAUSE_COMMAS = ("，", ",", "、")
_DANGLING = tuple("的和与及把将对向从被让")  # a line that stops at one of these stops mid-phrase
_COUNT_GOES_ON = compile_re(r"[0-9０-９][0-9０-９.,]* ?(?:个|万|亿|元|家|项|人|名|吨|公里|亩|户|座|所|条|次|倍|%|％)")
_MID_WORD = compile_re(r"[\u3400-\u9fffA-Za-z0-9]")  # a line's last character that ends no sentence or title
_ENDS = tuple(LINE_END)  # a line that stops at one of these may end its paragraph
_CLOSERS = tuple("”’）)》」』】]")
WRAPPED_PARAGRAPH_LINES = 12  # a paragraph wrapped by hand has this many lines at most
FULL_LINE_SHARE = 0.9  # a paragraph's line this share of its widest line's characters is a full one
MAX_ENDED_SHARE = 0.4  # ... fewer of a file's inner paragraph lines than this do: it is wrapped


def _hint_wraps(hints: dict[int, str], lines: list[str], paragraphs: list[range]) -> None:
    """Hint `cont` on the lines after the first of each hard-wrapped paragraph. A file is
    hard-wrapped when the lines that go on in the next one share one width (within
    WRAP_SLACK columns, WRAP_LINES of them at least); its paragraphs of such lines are. A
    copy with one paragraph per line and no blank lines between is one long Markdown
    paragraph of lines of every width: nothing in it is hinted."""
    from ..reflow import display_width

    widths = {i: display_width(lines[i].strip()) for para in paragraphs for i in para[:-1]}
    if len(widths) < WRAP_LINES:
        return
    wrap, _ = Counter(widths.values()).most_common(1)[0]
    near = sum(1 for w in widths.values() if abs(w - wrap) <= WRAP_SLACK)
    if wrap < MIN_WRAP_COLUMNS or near < WRAP_LINES or near < 0.6 * len(widths):
        return
    for para in paragraphs:
        if all(abs(widths[i] - wrap) <= WRAP_SLACK for i in para[:-1]):
            for i in para[1:]:
                hints.setdefault(i + 1, "cont")


_BULLET_GLYPHS = "●○■□◆◇▶►•·★☆◎❖➢✦"  # a point's mark a writer types at a line's start
# `……主导产业；二` / `是现代农业……`: a wrap that split an inline `二是` / `三要` after its numeral
_SPLIT_MARKER_HEAD = re.compile(r"(?:^|[；;，,。：:、])[一二三四五六七八九十]{1,3}$")


def _mend_split_markers(lines: list[str], hints: dict[int, str]) -> None:
    """In a hard-wrapped paragraph, the `是`/`要` a wrap put at the start of a continuation line
    goes back to the numeral it follows at the end of the line before, so that the inline
    marker is whole (`；二是` / `现代农业……`); the characters stay, one moves a line up."""
    for k in range(1, len(lines)):
        if hints.get(k + 1) == "cont" and lines[k][:1] in ("是", "要") \
                and _SPLIT_MARKER_HEAD.search(lines[k - 1].rstrip()):
            lines[k - 1] = lines[k - 1].rstrip() + lines[k][0]
            lines[k] = lines[k][1:]


def _hint_clause_breaks(hints: dict[int, str], lines: list[str], paragraphs: list[range],
                        hard: set[int]) -> None:
    """Hint `cont` on a line of a Markdown paragraph whose line before stops at a comma: the
    soft break wrapped a sentence (`……户办的形式，` / `三、五户联办一个小厂`), whatever the
    widths; no item starts after a comma. In a file whose paragraphs' lines mostly stop
    mid-sentence (wrapped by hand, at no one width), a line after one that stops mid-word
    goes on it too, unless it opens with a marker (`……全县养猪` / `四十二万头`). Not after a hard
    break (the page shows a new line there), nor in a paragraph of more lines than a hand
    wraps one (a file without blank lines: each line is a paragraph as written)."""
    from ..tokenizer import continues_inline_run, starts_with_marker

    inner = [lines[i].rstrip() for para in paragraphs for i in para[:-1]]
    ended = sum(1 for line in inner if line.endswith(_ENDS))
    wrapped = len(inner) >= WRAP_LINES and ended < MAX_ENDED_SHARE * len(inner)
    for para in paragraphs:
        if len(para) > WRAPPED_PARAGRAPH_LINES:
            continue  # lines without blank lines between: a paragraph each, as written
        # a list item's first line that stops mid-word (`1. 从产品经理转向` / `方案经理。……`): the
        # clipper or the writer wrapped the item, whose title runs on (a bold-only item is a heading)
        first = lines[para[0]].rstrip()
        if hints.get(para[0] + 1, "").startswith("list:") and first and _MID_WORD.match(first[-1]) \
                and para[0] + 1 not in hard and not starts_with_marker(lines[para[0] + 1].strip()):
            hints.setdefault(para[0] + 2, "cont")
        widths = [len(lines[i].strip()) for i in para]
        full_width = FULL_LINE_SHARE * max(widths) if sum(w >= FULL_LINE_SHARE * max(widths) for w in widths) > 1 \
            else float("inf")  # (one full line among short ones: no wrapped paragraph)
        for i in para[1:]:
            before, line = lines[i - 1].rstrip(), lines[i].strip()
            if not line or not before or i in hard or line[:1] in _BULLET_GLYPHS:
                continue  # (`● ……` on the next line: a point of its own, as the page shows it)
            # (... or a full line that stops mid-word, `……每乡镇设中心` / `学校一所；……`, in a paragraph
            # of two full lines at least: wrapped by hand; a short one, `一、总体要求`, heads its text)
            full = len(before.strip()) >= full_width and _MID_WORD.match(before[-1]) is not None
            # (... or a number and its unit after a line that stops mid-word, `……亿元以上项目` /
            # `50 个以上；`: no sentence starts with a count's number)
            counted = _MID_WORD.match(before[-1]) is not None and _COUNT_GOES_ON.match(line) is not None
            # (... or a line that stops at a word no phrase ends with, `……省里的` / `各个厅局……`)
            # (... or a line that opens with the next item of a run the line before holds inline,
            # `……：（1）……；` / `（2）……`: the wrap went on inside the paragraph)
            if before.endswith(_CLAUSE_COMMAS) or before.endswith(_DANGLING) or counted \
                    or continues_inline_run(before, line) or ((wrapped or full) and not before.endswith(_ENDS + _CLOSERS)
                                                              and not starts_with_marker(line)):
                hints.setdefault(i + 1, "cont")


_SALUTATION_LINE = compile_re(SALUTATION)
_PART_HEADING = compile_re(r"^[一二三四五六七八九十]{1,3}、\S")
QUOTED_SPEECH_PARTS = 2  # the part headings a quoted speech shows at least


def _quotes_a_speech(out: list[str | None], quoted: list[int]) -> bool:
    """Do the block quotes hold a speech: its salutation, and part headings `一、` `二、`?"""
    if not quoted:
        return False
    texts = [(out[line] or "").strip(" \t\u3000*") for line in quoted]
    return any(_SALUTATION_LINE.match(t) for t in texts) \
        and sum(1 for t in texts if _PART_HEADING.match(t)) >= QUOTED_SPEECH_PARTS


def _container_lists(tokens: list[Any]) -> set[int]:
    """The ordered lists (their open tokens' indexes) that number the text's paragraphs rather
    than points: items that open with the speech's own markers (`1. 一、……` `2. （一）……`: two
    of them, or all of a list's items). Where two lists do, every list written `1.` `1.` (a
    collection that puts each paragraph in a lazy `1.`) or holding a marked item does too."""
    stats = {index: _list_items(tokens, index) for index, tok in enumerate(tokens) if tok.type == "ordered_list_open"}
    found = {index for index, (items, marked, _) in stats.items() if marked >= 2 or 0 < marked == items}
    if len(found) >= 2:
        found |= {index for index, (_, marked, lazy_ones) in stats.items() if marked or lazy_ones}
    return found


def _list_items(tokens: list[Any], index: int) -> tuple[int, int, bool]:
    """(items, items that open with a speech's marker, every item numbered `1`) of the ordered
    list opened at `tokens[index]` (its own items, not those of lists nested in them)."""
    from ..tokenizer import starts_with_marker

    depth, items, marked, ones = 0, 0, 0, True
    first_inline = False
    for k in range(index, len(tokens)):  # (no slice: a copy of the rest for every list)
        tok = tokens[k]
        if tok.type in ("ordered_list_open", "bullet_list_open"):
            depth += 1
        elif tok.type in ("ordered_list_close", "bullet_list_close"):
            depth -= 1
            if depth == 0:
                break
        elif tok.type == "list_item_open" and depth == 1:
            items += 1
            ones = ones and tok.info == "1"
            first_inline = True
        elif tok.type == "inline" and first_inline:
            first_inline = False
            if starts_with_marker(_LEFTOVER_EMPHASIS.sub("", tok.content.lstrip("*_ \t\u3000"))):
                marked += 1
    return items, marked, ones


def _listed_quote(tokens: list[Any], index: int, lines: list[str]) -> bool:
    """Is the blockquote opened at `tokens[index]` the speaker's own list set off as a box
    (`……具体要求如下：` then `> 1. ……` `> 2. ……`)? A numbered list from 1 right after a line of
    the text that ends with a colon: the speech's items, not quoted text."""
    tok = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if tok.map is None or following is None or following.type != "ordered_list_open" \
            or int(following.attrs.get("start", 1) or 1) != 1:
        return False
    before = tok.map[0] - 1
    while before >= 0 and not lines[before].strip():
        before -= 1
    return before >= 0 and not lines[before].lstrip().startswith(">") and lines[before].rstrip().endswith(("：", ":"))


def _kinds(token: Any) -> list[str]:
    """The kinds of an inline token's children, white-space text left out."""
    return [c.type for c in token.children or () if c.type != "text" or c.content.strip()]


def _only_a_link(token: Any) -> bool:
    """Is the inline token one link and nothing else (white space aside)?"""
    kinds = _kinds(token)
    return len(kinds) >= 3 and kinds[0] == "link_open" and kinds[-1] == "link_close" \
        and "link_open" not in kinds[1:]


def _only_an_image(token: Any) -> bool:
    return _kinds(token) == ["image"]


def _image_then_caption(token: Any) -> bool:
    """A picture, a soft break, then one emphasised line (its caption) and nothing else?"""
    kinds = _kinds(token)
    return kinds[:2] == ["image", "softbreak"] and len(kinds) >= 5 and kinds[2] in ("em_open", "strong_open") \
        and kinds[-1] == kinds[2].replace("open", "close") and "softbreak" not in kinds[2:]


def _hint(hints: dict[int, str], line: int, heading: int, quote_depth: int) -> None:
    if quote_depth:
        hints[line + 1] = "quote"
    elif heading:
        hints[line + 1] = f"heading:{heading}"


# a heading's section number (`1.` `2.3.` `1.1`) that a notes tool or an author put before the
# speech's own marker (`## 1. 一、……`, `### 2.1. （一）……`, `## 3 第三部分……`): markup
_SECTION_NUMBER = compile_re(r"^[0-9]{1,2}(?:\.[0-9]{1,2})*\.?[ \t]+(?=[一二三四五六七八九十]{1,3}[、.．]|"
                             r"[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3})")
_EDIT_LINK = compile_re(rf"\[?(?:\\?\[)?\[{EDIT_LINK_WORD}\]\([^()\s]*\)(?:\\?\])?\]?(?:\{{\.mw-editsection\}})?")
_SUPERSCRIPT_CITATION = compile_re(r"\^(?:\[\\?\[?[0-9]{1,3}\\?\]?\](?:\([^()\s]*\))?)\^")
_CJK_ESCAPE = compile_re(r"\\(?=[\u3000-\u303f\uff00-\uffef])")
# an encyclopedia's or a manual's numbered sections: `### 2.1 2023年工作回顾` (then `## 1 报告背景` is one too)
_DECIMAL_HEADING = compile_re(r"^#{1,6}[ \t]+[0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9]{1,2})*\.?[ \t]+\S")
_ANY_SECTION_NUMBER = compile_re(r"^[0-9]{1,2}(?:\.[0-9]{1,2})*\.?[ \t]+(?=\S)")
_HEADING_ATTRIBUTES = compile_re(r"[ \t]*\{[#.][^{}\n]*\}[ \t]*$")
_AFTER_COMMENT = compile_re(r"^(\s*<!--.*?-->)\s*(\S.*)$")  # a comment, then text on its line
_FRONT_KEY = compile_re(r"\s*([A-Za-z_][\w-]*)\s*[:=]")  # (YAML `key:`, TOML `key =`)


def _front_line(line: str) -> str:
    key = _FRONT_KEY.match(line)
    if key and key.group(1).lower() in FRONT_MATTER_KEYS:
        return line[key.end():].strip().strip("\"'")
    return line
