"""Saved web pages: the page's text with block boundaries kept, via the standard library's
HTML parser (tolerant of broken markup). Text inside nav/header/footer/aside/form elements
is kept but hinted as chrome, so the clean-up removes it with a reason instead of losing it;
so is the text of elements whose class or id names furniture (`related`, `share`, `breadcrumb`).
The items of an `<ol>` get the numbers a browser draws (`1.`, from its `start`), so they are
seen as the numbered points they are on the page. A table row of two or more cells is hinted
`table`: data, never outline items (a layout table's paragraphs are rows of one cell)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from ..punct import HAN

if TYPE_CHECKING:
    from ..source import SourceWarning

BLOCK = frozenset("address article aside blockquote body dd details div dl dt fieldset figcaption figure "
                  "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
                  "tbody thead tfoot tr ul br title".split())
SKIP = frozenset("script style noscript template svg head iframe object canvas select option".split())
CHROME = frozenset("nav header footer aside form button menu marquee".split())  # marquee: a notice ticker
CELL = frozenset(("td", "th"))
# a wiki's editing controls inside and beside its headings (`[编辑]`, `[编辑源代码]`): the page's
# buttons, not its text, so skipped as a script is (in a heading they would end its title)
# an editor's box beside the speech (`<div class="editor-note">录入说明 1．…</div>`, a 专栏 box
# `<div class="zhuanlan">`): its lines are quoted text, read but holding no items, as a Word
# text box beside the text (the run it interrupts goes on after it)
# ... and a photo's caption (`<p class="pic-note">①　6月12日，……</p>`): a newspaper numbers the
# captions of its photos `①` `②`, no points of the speech
# (... and a document tool's callout, `<div class="callout">` / 语雀's `ne-alert`, and its check list,
# `<ul class="checklist">` / `to-do-list`: an aside beside the speech, its list no points of it)
_EDITOR_BOX = re.compile(r"(?:^|[-_\s])(?:editor[-_]?(?:notes?|box|comments?)|bianzhe(?:an)?|zhuanlan"
                         r"|callout|ne-alert|checklist|to-do-list|task-list"
                         r"|(?:pic|img|image|photo)[-_]?(?:note|txt|text|desc|caption|info)s?|caption|tuzhu|tushuo)"
                         r"(?:$|[-_\s\d])", re.I)
# (... and a Word page's comment anchor, `<a class=msocomanchor>[z1]</a>`: a reviewer's mark in the text)
# (... and a heading's permalink, `<a class="heading-anchor">#</a>` `<a class="headerlink">¶</a>`)
# a wiki's panel (Confluence's info/note/warning macros): the page's words about the speech, unless
# the speech's sentence before it announces its list
_WIKI_PANEL = re.compile(r"(?:^|\s)(?:confluence-information-macro|panel|aui-message)(?:$|\s)")
_CONTROLS = re.compile(r"(?:^|\s)(?:mw-editsection|editsection|msocomanchor|heading-anchor|headerlink|header-anchor"
                       r"|anchor-link)(?:$|\s)")
# a wiki's citation mark, `<sup class="reference">[2]</sup>`: its notes' apparatus, no word of the
# heading it follows (skipped as a control is)
_CITATION = re.compile(r"(?:^|\s)reference(?:$|\s)")
# a Word page's notes and comments at its end: `<div style='mso-element:footnote' id=ftn1>`,
# a filtered page's `<div id=ftn1>` / `<div id=edn1>`; `<div style='mso-element:comment-list'>`
_MSO_NOTES = re.compile(r"mso-element:\s*(?:footnote|endnote)")
_MSO_COMMENTS = re.compile(r"mso-element:\s*comment")
_NOTE_CALL = re.compile(r"[\[［(（〔]?\d{1,3}[\]］)）〕]|[①-⑳]")
_NOTE_ID = re.compile(r"^(?:ftn|edn)\d+$|^_?com_\d+$")
# elements a page's class or id names as furniture (`<div class="related">`, `id="share"`)
_CHROME_NAME = re.compile(r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|related|recommend|"
                          r"tools|prevnext|pager|pagination|sidebar|comments?|tags|copyright|"
                          r"footer|header|banner|ad|ads|login|side|rank|hot|path|position|location|curpos|qrcode|audio|player|"
                          r"rec|duplicate)(?:$|[-_\s\d])", re.I)  # (`rec-card`; a carousel's loop clone `swiper-slide-duplicate`)
# ... but the article's own header, with its title, is no furniture (`article-header`, `post-header`),
# nor is a layout's main column (`side-main`: the main one beside the side bar)
_CONTENT_HEADER = re.compile(r"(?:^|[-_\s])(?:(?:article|post|entry|content|news|detail|main|doc|text)[-_]?header"
                             r"|side[-_](?:main|content|body|article))(?:$|[-_\s\d])", re.I)
# a picture's alt text is a heading's title only after a lone marker, and only if it says something
ALT_TITLE_MIN = 4
LONE_MARKER_CHARS = 6
GENERIC_ALTS = frozenset("图片 图 配图 分割线 分隔线 插图 image img picture photo banner logo 二维码".split())
_PRE_STYLE = re.compile(r"white-space\s*:\s*pre(?:-wrap|-line)?\b", re.I)
# the page's own containers: a class on them names the page (`<body class="share-page">`), not a widget
PAGE_CONTAINERS = frozenset("html body main article".split())
# ... and in camelCase (`pageShare`, `topNav`, `articleFooter`)
_CHROME_CAMEL = re.compile(r"[a-z0-9](?:Share|Nav|Navbar|Menu|Footer|Header|Crumbs?|Breadcrumbs?|Related|Recommend|"
                           r"Comments?|Tools|Sidebar|Pager|Banner|Qrcode)(?:$|[-_\s\dA-Z])")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)


_BARE_NUMBER = re.compile(r"[0-9０-９]{1,2}[.．、]?|[（(][0-9０-９]{1,2}[)）]|[·•]")


# An element that opens a region (chrome by its class, `<pre>`-like by its style) closes it at its
# own end tag, not at the end of an inner element of the same tag: each region is kept as
# (tag, elements of that tag open inside it).
def _opens(regions: list[tuple[str, int]], tag: str) -> None:
    """Count an element of the innermost region's own tag opening inside it."""
    if regions and regions[-1][0] == tag:
        regions[-1] = (tag, regions[-1][1] + 1)


def _closes(regions: list[tuple[str, int]], tag: str) -> bool:
    """Does this end tag close the innermost region (and not an inner element of its tag)?"""
    if not regions or regions[-1][0] != tag:
        return False
    inner = regions[-1][1]
    if inner:
        regions[-1] = (tag, inner - 1)
        return False
    regions.pop()
    return True


_TWO_HAN_AT_END = re.compile(rf"{HAN}{{2}}$")
_LIST_STRUCTURE = frozenset(("ol", "ul", "li", "table", "tr"))  # blocks that end an item's number
_TYPED_NUMBER = re.compile(r"([0-9]{1,3})[.．、]")  # an <ol> item's own typed number
_SPACES = " \t\r\n"  # the white space a paragraph's text makes one space of
_WHITE_RUN = re.compile(r"[ \t\r\n]+")
# a line break inside one run of text between two CJK characters is no space (CSS Text's segment
# break transformation: `聚焦重点攻坚突破，` / `奋力完成……` in one `<p>` reads as one run of words;
# a break between two elements, `<a>首页</a>` / `<a>上一页</a>`, stays a space)
_CJK_BREAK = re.compile(r"(?<=[\u3001-\u303f\u3400-\u9fff\uff00-\uffef])[ \t\r]*\n[ \t\r\n]*"
                        r"(?=[\u3001-\u303f\u3400-\u9fff\uff00-\uffef])")


# a first line indented by the element's style (`text-indent:2em` `TEXT-INDENT: 21pt`), not hanging
_TEXT_INDENT = re.compile(r"(?i)text-indent\s*:\s*\+?0*[1-9]|text-indent\s*:\s*0*\.\d*[1-9]")


def _indent(joined: str) -> str:
    """The full-width spaces a paragraph opens with (`<p>　　各位代表：`): text, not markup's white
    space, and what tells a document's indented paragraphs from its flush headings."""
    lead = joined[:len(joined) - len(joined.lstrip())]
    return "\u3000" * lead.count("\u3000")


def _collapse(pieces: list[str]) -> str:
    """The text of the pieces (each a run of text between tags) with its white space as a browser
    shows it: runs made one space, a piece's line breaks between CJK characters none."""
    return _WHITE_RUN.sub(" ", "".join(_CJK_BREAK.sub("", piece) if "\n" in piece else piece for piece in pieces))


# a part's, a chapter's or a lecture's number alone in an element at a line's start
_UNIT_ALONE = re.compile(r"\s*第[一二三四五六七八九十百零〇两]{1,4}(?:部分|章|节|節|篇|讲|講)\s*$")
UNIT_PIECES = 3


LINK_CELL_ROWS = 2  # a table's lines that are a cell's links only, this many at least: navigation
DATA_CELL_CHARS = 30  # a table cell's paragraph this short at most: a figure, a name, a label


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.origin: list[int] = []  # HTML source line of each text line
        # text line (0-based) -> (column, HTML line) where a paragraph of several HTML lines
        # goes on to the next (`<p><span>一是……</span>⏎<span>二是……</span></p>`)
        self.inner: dict[int, tuple[tuple[int, int], ...]] = {}
        self._data_lines: list[tuple[int, int]] = []  # (piece of _buf, its HTML line) of the text
        self.hints: dict[int, str] = {}
        self._first_line = 0
        self._buf: list[str] = []
        self._skip = 0
        self._chrome = 0
        self._buf_chrome = False
        self._cells = 0
        # open elements that are chrome by their class or id: (tag, elements of that tag open inside)
        self._named: list[tuple[str, int]] = []
        self._controls: list[tuple[str, int]] = []  # the open editing control, if any (skipped whole)
        self._boxes: list[tuple[str, int]] = []  # the open editor's box, if any (its lines quoted)
        self._word_notes: list[tuple[str, int]] = []  # the open Word footnote or endnote, if any
        self._tables: list[int] = []  # the open tables: how many lines came before each
        self._rows: list[list[int]] = []  # the open table rows: [lines before it, its cells so far]
        self._lists: list[list[int]] = []  # open lists: [next number] for <ol>, [] for <ul>
        # open `<pre>`-like elements (their line breaks are the text's), as regions (see _opens)
        self._pre_open: list[tuple[str, int]] = []
        self._pre_cont = False     # the line being gathered goes on a <pre> paragraph
        self._links = 0            # open <a> elements
        self._in_item = False      # the text being gathered is a list item's
        self._plain = False        # ... and some of it is not inside a link
        self._linked = False       # some of the text being gathered is inside a link
        self._unlinked = ""        # ... and this is the part outside links
        self._numbered_at = -1     # where the <ol>'s number of the item being read ends in _buf
        self._item_depth = 0       # how deep the lists nest at the item whose first line is read
        # the first lines of the items of the outermost open list, with how deep each nests
        self._item_lines: list[tuple[int, int]] = []
        self._after_list = False   # an outermost list just closed: the next line is after it
        self._css_indent = False   # the paragraph being gathered is indented by its style
        self._cell_depth = 0       # open table cells
        self._away = 0             # open links to another page (`<a href="/zwgk/">`, not `#t1` or a name)
        self._linked_away = False  # some of the text being gathered is inside one ...
        self._off_link = False     # ... and some is not
        self._link_cells: list[list[int]] = []  # per open table, its lines that are a cell's links only

    def _flush(self) -> None:
        joined = _collapse(self._buf)
        text = joined.strip()
        indent = _indent(joined) or ("\u3000\u3000" if self._css_indent and text else "")
        if self._cells and not text.replace("|", "").strip():
            text = ""  # a row of empty cells (a layout table's spacer `<td>&nbsp;</td>`)
        if text and self._word_notes and self.lines and self.hints.get(len(self.lines)) == "footnote" \
                and not _NOTE_CALL.match(text):
            # a footnote's later paragraphs (`[2] 本报告数据说明：` / `1.……` / `2.……`) are its text
            self.lines[-1] += " " + text
            text = ""
        if text:
            self.lines.append(indent + text)
            self.origin.append(self._first_line)
            self._css_indent = False
            if self._item_depth:
                self._item_lines.append((len(self.lines), self._item_depth))
            elif self._after_list and not self._lists:
                self.hints[len(self.lines)] = "after-list"
            self._item_depth = 0
            self._after_list = False
            # (its pieces start on two lines or more, or one runs on over a line break)
            if len({line for _, line in self._data_lines}) > 1 \
                    or any("\n" in self._buf[k].strip() for k, _ in self._data_lines if k < len(self._buf)):
                self._inner_lines(len(indent))
            # a list item that is nothing but a link is navigation (menus, related articles)
            # ... and so is a line that is a number and a link (`1.<a>……</a><br>2.<a>……</a>`:
            # a box of links in a table cell)
            if self._cell_depth and self._link_cells and self._linked_away and not self._off_link:
                self._link_cells[-1].append(len(self.lines))  # (judged when its table closes)
            if self._pre_cont:
                self.hints[len(self.lines)] = "cont"
            elif self._buf_chrome or (self._in_item and not self._plain) or \
                    (self._linked and _BARE_NUMBER.fullmatch(self._unlinked.strip())):
                self.hints[len(self.lines)] = "chrome"
            elif self._word_notes:
                self.hints[len(self.lines)] = "footnote"  # (a Word page's footnotes: notes by where they are)
            elif self._cells >= 2 and " | " in text:
                self.hints[len(self.lines)] = "table"  # a row of data cells: no items in it
            elif self._boxes:
                self.hints[len(self.lines)] = "quote"
        self._buf = []
        self._buf_chrome = False
        self._in_item = self._plain = self._linked = self._pre_cont = False
        self._linked_away = self._off_link = False
        self._unlinked = ""
        self._cells = 0
        self._first_line = 0
        self._data_lines = []

    def _announced(self) -> bool:
        """Does the text before end with the colon that announces a list (`我再强调三条纪律：`)?"""
        gathered = "".join(self._buf).strip() or (self.lines[-1] if self.lines else "")
        return gathered.endswith(("：", ":"))

    def _data_row(self, before: int, cells: int) -> None:
        """A row of two or more cells whose paragraphs are all short is data, however many
        paragraphs its cells hold (Word puts a `<p class=MsoNormal>` in every cell: `1.` then
        `地区生产总值增长` then `6%左右`, a line each). A layout table's row, whose cell holds the
        speech's paragraphs, is no data."""
        rows = range(before + 1, len(self.lines) + 1)
        if cells >= 2 and len(rows) > 1 and all(len(self.lines[k - 1]) <= DATA_CELL_CHARS for k in rows):
            for k in rows:
                self.hints.setdefault(k, "table")

    def _data_table(self, before: int) -> None:
        """A table of rows of data cells is data whole: its one-cell rows too (`<td colspan="3">
        一、经济发展</td>` labels a group of rows; it is no heading of the speech)."""
        rows = range(before + 1, len(self.lines) + 1)
        # (mostly rows of cells: a page laid out in a table, a speech in one cell, is no data)
        if 2 * sum(1 for k in rows if self.hints.get(k) == "table") >= len(rows):
            for k in rows:
                self.hints.setdefault(k, "table")

    def _inner_lines(self, indent: int) -> None:
        """Where in the text line (the gathered pieces, runs of white space made one space,
        stripped, after the paragraph's `indent`) each HTML line after the paragraph's first
        begins: at its first character that is not white space."""
        piece_line = dict(self._data_lines)
        starts: list[tuple[int, int]] = []  # (characters not white space before it, HTML line)
        count = 0
        for k, piece in enumerate(self._buf):
            line = piece_line.get(k)
            for n, segment in enumerate(piece.split("\n") if line is not None else (piece,)):
                if line is not None and segment.strip(_SPACES):
                    starts.append((count, line + n))
                count += len(segment) - sum(segment.count(c) for c in _SPACES)
        joined = _collapse(self._buf)
        lead = len(joined) - len(joined.lstrip())  # (`.strip()` takes `\u3000` too)
        marks: list[tuple[int, int]] = []
        k, seen = 0, 0
        for column, ch in enumerate(joined):
            while k < len(starts) and starts[k][0] == seen:
                if not marks or marks[-1][1] != starts[k][1]:
                    marks.append((max(0, column - lead) + (indent if marks else 0), starts[k][1]))
                k += 1
            if ch not in _SPACES:
                seen += 1
        if len(marks) > 1:
            self.inner[len(self.lines) - 1] = tuple(marks)

    def _pre_lines(self, data: str) -> None:
        """Text of a `<pre>` block, one text line per line: a hard-wrapped report. A line that
        opens with white space (`　　`) or follows a blank line starts a paragraph; any other
        goes on the one before (hinted `cont`, as a Markdown soft break: it opens no item, and
        a title runs on into it)."""
        line = self.getpos()[0]
        for k, piece in enumerate(data.split("\n")):
            if k:
                line += 1
                goes_on = bool(self._buf) and "".join(self._buf).strip() != ""
                self._flush()
                self._pre_cont = goes_on
            if not piece.strip():
                self._pre_cont = False
                continue
            if piece[:1] in " \t\u3000":
                self._pre_cont = False
            if not self._buf:
                self._first_line = line
            self._buf_chrome = self._buf_chrome or self._chrome > 0
            self._plain = True
            self._buf.append(piece.rstrip(" \t"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self._skip += 1
            return
        if self._controls:
            _opens(self._controls, tag)
        elif any(name == "class" and value and (_CONTROLS.search(value) or (tag == "sup" and _CITATION.search(value)))
                 for name, value in attrs):
            self._controls.append((tag, 0))
            self._skip += 1
            return
        if self._word_notes:
            _opens(self._word_notes, tag)
        else:
            style, ident = dict(attrs).get("style") or "", dict(attrs).get("id") or ""
            if _MSO_NOTES.search(style) or (_NOTE_ID.match(ident) and not ident.lstrip("_").startswith("com")):
                self._flush()
                self._word_notes.append((tag, 0))
            elif _MSO_COMMENTS.search(style) or ident.lstrip("_").startswith("com_"):
                self._named.append((tag, 0))  # a reviewer's comments: chrome (see below)
                self._chrome += 1
        if tag == "pre" or _PRE_STYLE.search(dict(attrs).get("style") or ""):
            # `<pre>`, or any element styled to keep its line breaks (`white-space:pre-wrap`)
            self._flush()
            self._pre_open.append((tag, 0))
        else:
            _opens(self._pre_open, tag)
        if tag in BLOCK and not (self._numbered_at == len(self._buf) and tag not in _LIST_STRUCTURE):
            self._flush()  # (`<li><p>……</p></li>`: the list's number goes on the item's first paragraph)
        if tag in BLOCK and _TEXT_INDENT.search(dict(attrs).get("style") or ""):
            self._css_indent = True  # `<p style="text-indent:2em">`: indented as `　　` would be
        if self._boxes:
            _opens(self._boxes, tag)
        elif any((name == "class" and value and (_EDITOR_BOX.search(value) or (
                     _WIKI_PANEL.search(value) and not self._announced())))
                 or (name == "data-type" and value in ("todo", "task-list")) for name, value in attrs):
            self._boxes.append((tag, 0))
        if tag in CHROME:
            self._chrome += 1
        elif tag not in PAGE_CONTAINERS and any(
                (name in ("class", "id") and value and (_CHROME_NAME.search(value) or _CHROME_CAMEL.search(value))
                 and not _CONTENT_HEADER.search(value))
                or (name == "role" and value == "navigation")  # (a wiki's generated contents box)
                for name, value in attrs):
            self._named.append((tag, 0))
            self._chrome += 1
        else:
            _opens(self._named, tag)
        if tag == "img" and not self._skip and not self._chrome:
            self._alt_title(dict(attrs).get("alt") or "")
        if tag == "a":
            self._links += 1
            href = dict(attrs).get("href") or ""
            if href and not href.startswith("#"):
                self._away += 1
        elif tag == "li":
            self._in_item = True
            self._item_depth = len(self._lists)
        if tag in ("ol", "ul"):
            self._lists.append([_start(attrs)] if tag == "ol" and _decimal(attrs) else [])
        elif tag == "li" and self._lists and self._lists[-1]:
            # a browser numbers the items of an <ol>: the number is part of what a reader sees
            # (an item whose text types its number already, `<li>1. 我院……`, keeps only that:
            # see handle_data)
            self._buf.append(f"{self._lists[-1][0]}.")
            self._numbered_at = len(self._buf)
            self._lists[-1][0] += 1
        if tag in CELL:
            self._cell_depth += 1
            if self._cells:
                self._buf.append(" | ")
            self._cells += 1
            if self._rows:
                self._rows[-1][1] += 1
        elif tag == "table":
            self._tables.append(len(self.lines))
            self._link_cells.append([])
        elif tag == "tr":
            self._rows.append([len(self.lines), 0])

    def _list_closed(self) -> None:
        """An outermost list ended. Its items' depths are hinted where lists nest (`list:2`
        under `list:1`: the same drawn `1.` one level down, as a Markdown list's indentation);
        the line after it is hinted `after-list`: it is no longer its last item's text."""
        if any(depth > 1 for _, depth in self._item_lines):
            for line, depth in self._item_lines:
                self.hints.setdefault(line, f"list:{depth}")
        self._item_lines = []
        self._after_list = True

    def _alt_title(self, alt: str) -> None:
        """A heading drawn as a picture after its typed marker (`<strong>一、</strong>` then
        `<img alt="清醒认识当前形势">`): the picture's text is the title a reader sees."""
        alt = alt.strip()
        if len(alt) < ALT_TITLE_MIN or alt in GENERIC_ALTS or re.search(r"\.(?:jpe?g|png|gif|webp)$", alt, re.I):
            return
        from ..tokenizer import starts_with_marker

        gathered = "".join(self._buf).strip()
        lone = gathered or (self.lines[-1] if self.lines else "")
        if len(lone) <= LONE_MARKER_CHARS and starts_with_marker(lone + "标题") and not _TWO_HAN_AT_END.search(lone):
            self._buf.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._controls:
            if _closes(self._controls, tag):
                self._skip = max(0, self._skip - 1)
            return
        if _closes(self._pre_open, tag):
            self._flush()
        if tag in ("ol", "ul") and self._lists:
            self._flush()
            self._lists.pop()
            if not self._lists:
                self._list_closed()
        elif tag == "a":
            self._links = max(0, self._links - 1)
            self._away = max(0, self._away - 1)  # (a close of a link that went nowhere lowers nothing below 0)
        elif tag in CELL:
            self._cell_depth = max(0, self._cell_depth - 1)
        if tag in BLOCK:
            self._flush()
        if self._boxes and _closes(self._boxes, tag):
            self._flush()
        if self._word_notes and _closes(self._word_notes, tag):
            self._flush()
        if tag == "tr" and self._rows:
            self._data_row(*self._rows.pop())
        if tag == "table" and self._tables:
            self._data_table(self._tables.pop())
            cells = self._link_cells.pop() if self._link_cells else []
            if len(cells) >= LINK_CELL_ROWS:  # a table of a link a line: a menu, a box of other pages
                for k in cells:
                    self.hints.setdefault(k, "chrome")
        if tag in CHROME or _closes(self._named, tag):
            self._chrome = max(0, self._chrome - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre_open and "\n" in data:
            self._pre_lines(data)
            return
        if data.strip():
            self._buf_chrome = self._buf_chrome or self._chrome > 0
            self._plain = self._plain or not self._links
            if self._away:
                self._linked_away = True
            else:
                self._off_link = True
            if self._links:
                self._linked = True
            elif len(self._unlinked) < 8:
                self._unlinked += data
            else:
                self._unlinked = "more than a number"
            if not self._first_line:
                lead = data[: len(data) - len(data.lstrip())]
                self._first_line = self.getpos()[0] + lead.count("\n")
            self._data_lines.append((len(self._buf), self.getpos()[0]))
            numbered = self._numbered_at == len(self._buf)
            typed = _TYPED_NUMBER.match(data.lstrip()) if numbered else None
            if typed is not None and typed.group(1) == self._buf[-1][:-1]:
                self._buf.pop()  # `<li>1. ……` in an <ol>: the typed number is the one shown once
                self._data_lines[-1] = (len(self._buf), self._data_lines[-1][1])
            elif numbered and data.lstrip()[:1].isdigit():
                self._buf[-1] += " "  # `4.` then `6月16日……`: the list's number, not the decimal 4.6
            self._numbered_at = -1
            if 0 < len(self._buf) <= UNIT_PIECES and _UNIT_ALONE.match("".join(self._buf)) \
                    and not data[:1].isspace() and data[:1] not in "　：:、，,.．":
                # `<span class="num">第一部分</span><span class="tit">……</span>`: the page sets the
                # unit apart from its words with its own element, as a space would
                self._buf[-1] += "　"  # (on the unit's own piece: the pieces' HTML lines stay theirs)
        self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _start(attrs: list[tuple[str, str | None]]) -> int:
    value = dict(attrs).get("start")
    return int(value) if value is not None and value.strip().isdigit() else 1


def _decimal(attrs: list[tuple[str, str | None]]) -> bool:
    """A numbered list as a browser draws it: decimal numbers (not a, i), and not a list whose
    class says it is styled without them (a breadcrumb)."""
    values = dict(attrs)
    return values.get("type") in (None, "1") and not _CHROME_NAME.search(values.get("class") or "")


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def read_html(data: bytes, encoding: str | None = None
              ) -> tuple[str, dict[int, str], str, list[int], dict[int, tuple[tuple[int, int], ...]],
                         list[SourceWarning]]:
    """(text, hints, encoding, HTML line of each text line, the HTML lines inside the text lines
    that span several, decoding warnings) of a saved page.
    The page's declared charset is used unless `encoding` is given or a BOM says otherwise."""
    from ..source import Decoded, decode_text

    charset = encoding or declared_charset(data)
    decoded: Decoded | None = None
    if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        if charset in ("gb2312", "gbk"):
            charset = "gb18030"  # superset: pages declared GB2312 often hold GBK characters
        try:
            decoded = Decoded(data.decode(charset), charset, [])
        except (LookupError, UnicodeDecodeError):
            pass
    if decoded is None:
        decoded = decode_text(data, encoding)
    text, used, warnings = decoded
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    return "\n".join(parser.lines), parser.hints, used, parser.origin, parser.inner, warnings
