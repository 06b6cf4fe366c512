"""Word .docx files via python-docx: paragraphs and tables in document order.

Word's automatic numbering (`一、` made by a numbering definition, not typed) is not in the
paragraph text, so it is rendered here from numbering.xml; heading styles and outline levels
become `heading:N` hints."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ..errors import InputError
from ..numerals import int_to_cn
from ..tokenizer import line_item, tokenize

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*(\d)", re.I)


def _val(el: Any, tag: str) -> str | None:
    child = el.find(_W + tag) if el is not None else None
    return child.get(_W + "val") if child is not None else None


def _format_number(fmt: str, n: int) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return int_to_cn(n) if n < 100 else str(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        ch = chr(ord("a") + (n - 1) % 26)
        return ch.upper() if fmt == "upperLetter" else ch
    if fmt in ("lowerRoman", "upperRoman"):
        vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, k = "", n
        for v, s in vals:
            while k >= v:
                out, k = out + s, k - v
        return out.upper() if fmt == "upperRoman" else out
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Styles:
    """Each paragraph's style, looked up once per style id: python-docx's `Paragraph.style`
    searches every style of the document for the default one on each call."""

    def __init__(self, document: Any) -> None:
        self.part = document.part
        self.found: dict[str | None, Any] = {}

    def of(self, paragraph: Any) -> Any:
        from docx.enum.style import WD_STYLE_TYPE

        style_id = paragraph._p.style
        if style_id not in self.found:
            self.found[style_id] = self.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
        return self.found[style_id]


class _Level(NamedTuple):
    """A numbering level (`w:lvl`): its number format, its text with what follows the number,
    its start, and the level after which it starts again (`w:lvlRestart`, 1-based; 0 never)."""

    fmt: str
    text: str
    start: int
    restart: int | None


def _level(lvl: Any) -> _Level:
    start, restart = _val(lvl, "start"), _val(lvl, "lvlRestart")
    # what Word puts after the number (`w:suff`): a tab unless it says a space or nothing
    after = "" if _val(lvl, "suff") == "nothing" else " "
    return _Level(_val(lvl, "numFmt") or "decimal", (_val(lvl, "lvlText") or "") + after,
                  int(start) if start is not None and start.lstrip("-").isdigit() else 1,
                  int(restart) if restart is not None and restart.isdigit() else None)


class _Numbering:
    """Renders the automatic number of a paragraph (`%1、` with chineseCounting -> `一、`) as Word
    counts it: the lists (`w:num`) of one definition (`w:abstractNum`, or the one its list style
    links to: `w:numStyleLink`) share its count, which a list's `w:startOverride` sets anew at its
    first paragraph of that level; a level starts again after a higher one, or after the one its
    `w:lvlRestart` names."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.definition: dict[str, str] = {}  # numId -> the abstractNumId whose count it shares
        self.overrides: dict[str, dict[int, int]] = {}  # numId -> level -> startOverride not yet used
        self.counters: dict[str, list[int | None]] = {}  # abstractNumId -> the number shown last, per level
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, _Level]] = {}
        links: dict[str, str] = {}  # abstractNumId -> the list style it takes its levels from
        styled: dict[str, str] = {}  # list style -> the abstractNumId that defines it
        for an in root.findall(_W + "abstractNum"):
            aid = an.get(_W + "abstractNumId")
            abstract[aid] = {int(lvl.get(_W + "ilvl", "0")): _level(lvl) for lvl in an.findall(_W + "lvl")}
            if (link := _val(an, "numStyleLink")) is not None:
                links[aid] = link
            if (style := _val(an, "styleLink")) is not None:
                styled[style] = aid
        for aid, link in links.items():
            if styled.get(link) in abstract:
                abstract[aid] = abstract[styled[link]]
        for num in root.findall(_W + "num"):
            aid, num_id = _val(num, "abstractNumId"), num.get(_W + "numId")
            if aid in abstract and num_id is not None:  # w:numId is required on w:num
                aid = styled.get(links.get(aid, ""), aid)  # (a list style's lists count as one)
                levels = dict(abstract[aid])
                own = False
                # the list's own overrides (Word's 设置编号值: `w:startOverride w:val="3"`, or a level
                # of its own): this list counts from there
                for override in num.findall(_W + "lvlOverride"):
                    ilvl = int(override.get(_W + "ilvl", "0"))
                    lvl = override.find(_W + "lvl")
                    if lvl is not None:
                        levels[ilvl] = _level(lvl)
                        own = True
                    start = _val(override, "startOverride")
                    if start is not None and start.lstrip("-").isdigit() and ilvl in levels:
                        self.overrides.setdefault(num_id, {})[ilvl] = int(start)
                self.levels[num_id] = levels
                # (a list that redefines a level counts apart, as Word shows it)
                self.definition[num_id] = f"{aid}/{num_id}" if own else aid

    @staticmethod
    def _num_pr(paragraph: Any, styles: _Styles) -> tuple[str | None, int] | None:
        """(numId, level) from the paragraph, else from its style chain (`List Number`)."""
        ppr = paragraph._p.pPr
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        if numpr is not None:
            return _val(numpr, "numId"), int(_val(numpr, "ilvl") or 0)
        style = styles.of(paragraph)
        while style is not None:
            sppr = style.element.find(_W + "pPr")
            numpr = sppr.find(_W + "numPr") if sppr is not None else None
            if numpr is not None:
                return _val(numpr, "numId"), int(_val(numpr, "ilvl") or 0)
            style = style.base_style
        return None

    def label(self, paragraph: Any, styles: _Styles) -> str:
        ppr = paragraph._p.pPr
        mark = ppr.find(_W + "rPr") if ppr is not None else None
        if mark is not None and (mark.find(_W + "del") is not None or mark.find(_W + "moveFrom") is not None):
            return ""  # a tracked deletion (or move) of the paragraph: gone once accepted, its number too
        found = self._num_pr(paragraph, styles)
        if found is None:
            return ""
        num_id, ilvl = found
        if num_id is None:  # a w:numPr without w:numId names no numbering
            return ""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(self.definition[num_id], [None] * 9)
        restart = self.overrides.get(num_id, {}).pop(ilvl, None)
        shown = counters[ilvl]
        # (the list's first paragraph at a level it overrides shows its own start)
        counters[ilvl] = restart if restart is not None else levels[ilvl].start if shown is None else shown + 1
        for deeper in range(ilvl + 1, 9):
            after = levels[deeper].restart if deeper in levels else None
            if after is None or ilvl < after:  # (lvlRestart 0: it never starts again)
                counters[deeper] = None
        text = levels[ilvl].text
        for k in range(ilvl + 1):
            fmt, start = (levels[k].fmt, levels[k].start) if k in levels else ("decimal", 1)
            number = counters[k]
            text = text.replace(f"%{k + 1}", _format_number(fmt, start if number is None else number))
        return text


class _OpenRuns:
    """The number of the last line item of each marker style in the body so far."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {}

    def note(self, line: str) -> None:
        item = line_item(line.lstrip(" \t\u3000"))
        if item is not None:
            self.last[item[0]] = item[1]

    def goes_on(self, line: str) -> bool:
        item = line_item(line.lstrip(" \t\u3000"))
        return item is not None and self.last.get(item[0]) == item[1] - 1


_PROSE = re.compile(r"[，。；：！？]")  # a cell that holds sentences


def _layout_table(rows: list[list[str]]) -> bool:
    """A table used for layout, not data: its rows' first cells number one run (`1.……` `2.……`
    `3.……`, each row's text in the cell beside), so each row is a line of the text."""
    items = [line_item(cells[0]) for cells in rows if cells and cells[0]]
    if len(items) < 2 or len(items) < len(rows) - 1 or any(i is None for i in items):
        return False
    # (two columns, the right one prose: a data table's `1.指标 | 3260亩 | 102%` rows are data)
    if any(len(cells) > 2 or (len(cells) == 2 and not _PROSE.search(cells[1])) for cells in rows):
        return False
    return all(b is not None and a is not None and b[0] == a[0] and b[1] == a[1] + 1
               for a, b in zip(items, items[1:], strict=False))


def _bare_marker(cell: str) -> bool:
    """`1.` alone in its cell (the item's words are in the next one)."""
    text = cell.strip()
    tokens = tokenize(text + "\n")
    return bool(tokens) and not tokens[0].inline and tokens[0].mend >= len(text)


def _first_line_indented(p: Any, paragraph: Any, styles: _Styles) -> bool:
    """Does the paragraph's first line start indented (`w:ind w:firstLine` or `w:firstLineChars`
    above 0, its own or its style's)? Word indents by format what a text indents with `　　`."""
    own = p.find(_W + "pPr")
    style = styles.of(paragraph)
    for ppr in (own, style.element.find(_W + "pPr") if style is not None else None):
        ind = ppr.find(_W + "ind") if ppr is not None else None
        if ind is None:
            continue
        values = [ind.get(_W + name) for name in ("firstLineChars", "firstLine")]
        if any(v is not None for v in values):
            return any(v is not None and v.isdigit() and int(v) > 0 for v in values)
    return False


def _outline_level(paragraph: Any, styles: _Styles) -> int | None:
    style = styles.of(paragraph)
    name = style.name if style is not None else ""
    m = _HEADING_STYLE.search(name or "")
    if m:
        return int(m.group(1))
    ppr = paragraph._p.pPr
    level = _val(ppr, "outlineLvl") if ppr is not None else None
    if level is not None and level.isdigit() and int(level) < 9:
        return int(level) + 1
    return None


# Caps on what a .docx may inflate to: a zip bomb (a few MB that inflate to GBs) is refused from
# the sizes in the archive's directory before anything is decompressed; Python's zipfile never
# inflates a member past the size its directory states, so a lying entry cannot get round them.
MAX_XML_PART = 32 * 1024 * 1024  # one XML part (document.xml): parsed into memory whole
MAX_MEMBERS = 10_000


def check_package(data: bytes, max_bytes: int) -> None:
    """A one-line InputError unless `data` is a ZIP holding a Word document of bounded size
    (python-docx loads every part into memory, so all of them count)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InputError("not a readable .docx file: the ZIP archive is damaged or incomplete") from None
    names = {m.filename for m in members}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise InputError("not a Word document: the archive has no word/document.xml "
                         "(an .xlsx, .pptx, .epub or other ZIP file?)")
    if len(members) > MAX_MEMBERS:
        raise InputError(f"refused: the .docx holds {len(members)} parts (more than {MAX_MEMBERS})")
    total = 0
    for m in members:
        total += m.file_size
        if m.filename.endswith((".xml", ".rels")) and m.file_size > MAX_XML_PART:
            raise InputError(f"refused: {m.filename} would inflate to {_mb(m.file_size)} "
                             f"(more than {_mb(MAX_XML_PART)}; a zip bomb?)")
    limit = 4 * max_bytes
    if total > limit:
        raise InputError(f"refused: the .docx would inflate to {_mb(total)} "
                         f"(more than {_mb(limit)}; a zip bomb?)")


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


def _describe(exc: Exception) -> str:
    """A reason a user can act on, never an exception's class name."""
    import zipfile

    if isinstance(exc, KeyError):
        return "a part it refers to is missing from the archive"
    if isinstance(exc, zipfile.BadZipFile):
        return "the ZIP archive is damaged (a bad checksum or a truncated part)"
    if type(exc).__name__ == "XMLSyntaxError":
        return f"a part is not well-formed XML ({str(exc).splitlines()[0][:80]})"
    if isinstance(exc, ValueError) and "content type" in str(exc):
        return "it is not a Word document (" + str(exc).split("content type is", 1)[-1].strip(" '") + ")"
    return "its structure is damaged"


def read_docx(data: bytes, max_bytes: int = 64 * 1024 * 1024) -> tuple[str, dict[int, str]]:
    """(text, hints) of the .docx file held in `data`."""
    import io

    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise InputError("reading .docx files needs python-docx: pip install 'speechparse[docx]'") from None
    check_package(data, max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise InputError(f"not a readable .docx file: {_describe(exc)}") from None
    try:
        return _text_of(document, Paragraph, Table)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:  # bad numbering, styles
        raise InputError(f"not a readable .docx file: {_describe(exc)}") from None


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# inline containers whose runs are the paragraph's text (a tracked insertion, a content control,
# a smart tag, a simple field); a tracked deletion's text is not
_RUN_CONTAINERS = frozenset(_W + t for t in ("ins", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent",
                                             "moveTo", "dir", "bdo"))
_NOTE_REFERENCE = {_W + "footnoteReference": "footnotes", _W + "endnoteReference": "endnotes"}


class _Notes:
    """Footnotes and endnotes, numbered as Word shows them (1, 2, 3 in the order the text
    refers to them): `[n]` at the reference, `[n] 注文` lines after the body."""

    def __init__(self, document: Any) -> None:
        self.parts: dict[str, dict[str, Any]] = {"footnotes": {}, "endnotes": {}}
        self.order: list[tuple[str, str]] = []  # (kind, id) in the order referred to
        from docx.oxml import parse_xml

        for rel in document.part.rels.values():
            kind = rel.reltype.rsplit("/", 1)[-1]
            if kind in self.parts and not rel.is_external:
                root = parse_xml(rel.target_part.blob)
                for note in root:
                    if note.get(_W + "type") in (None, "normal") and note.get(_W + "id") is not None:
                        self.parts[kind][note.get(_W + "id")] = note

    def mark(self, kind: str, note_id: str | None) -> str:
        if note_id is None or note_id not in self.parts[kind]:
            return ""
        self.order.append((kind, note_id))
        return f"[{len(self.order)}]"

    def lines(self) -> list[str]:
        out = []
        for n, (kind, note_id) in enumerate(self.order, 1):
            text = " ".join(_paragraph_text(p, self)[0].strip() for p in self.parts[kind][note_id].iter(_W + "p"))
            out.append(f"[{n}] {text.strip()}")
        return out


def _paragraph_text(p: Any, notes: _Notes | None) -> tuple[str, list[Any]]:
    """The text of a `w:p` as Word shows it, and the text boxes anchored in it. python-docx's
    `Paragraph.text` reads direct runs and links only: a tracked insertion, a content control
    or a field would be lost, and nothing may be."""
    out: list[str] = []
    boxes: list[Any] = []

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag == _W + "r":
                for part in child:
                    kind = _NOTE_REFERENCE.get(part.tag)
                    if kind is not None and notes is not None:
                        out.append(notes.mark(kind, part.get(_W + "id")))
                    elif part.tag in _RUN_TEXT:
                        out.append(str(part))
                # a text box: in the drawing's first choice (its fallback repeats it)
                boxes.extend(b for b in child.iter(_W + "txbxContent")
                             if not any(a.tag == _MC + "Fallback" for a in b.iterancestors()))
            elif tag == _W + "hyperlink" or tag in _RUN_CONTAINERS:
                walk(child)

    walk(p)
    return "".join(out), boxes


_RUN_TEXT = frozenset(_W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab"))


def _one_cell(table: Any) -> Any | None:
    """The cell (`w:tc`) of a table of one row and one cell, or None."""
    rows = table.findall(_W + "tr")
    if len(rows) != 1:
        return None
    cells = rows[0].findall(_W + "tc")
    return cells[0] if len(cells) == 1 else None


def _text_of(document: Any, Paragraph: Any, Table: Any) -> tuple[str, dict[int, str]]:
    numbering = _Numbering(document)
    styles = _Styles(document)
    notes = _Notes(document)
    runs = _OpenRuns()
    lines: list[str] = []
    hints: dict[int, str] = {}

    def add(text: str, hint: str | None = None) -> None:
        if hint is not None:
            hints[len(lines) + 1] = hint  # keyed by the text's line (a paragraph may hold several)
        lines.extend(text.split("\n"))

    def blocks(parent: Any) -> None:
        for child in parent.iterchildren():
            if child.tag == _W + "p":
                para = Paragraph(child, document)
                own, boxes = _paragraph_text(child, notes)
                text = numbering.label(para, styles) + own
                if text.strip() and text[:1] not in " \t\u3000" and _first_line_indented(child, para, styles):
                    text = "\u3000\u3000" + text  # indented as a text's `　　` paragraphs are
                level = _outline_level(para, styles)
                add(text, f"heading:{level}" if level is not None and text.strip() else None)
                runs.note(text)
                for box in boxes:
                    inner = [_paragraph_text(p, notes)[0] for p in box.iter(_W + "p")]
                    # a text box beside the text is an aside (no items in it), unless it opens
                    # with the next item of a run the body opened (`二、` after the body's `一、`:
                    # a section laid out in a box)
                    first = next((t for t in inner if t.strip()), "")
                    body = runs.goes_on(first)
                    for line in inner:
                        add(line, None if body else "quote")
                        if body:
                            runs.note(line)
            elif child.tag == _W + "tbl" and _one_cell(child) is not None:
                # a table of one cell frames its paragraphs (the whole speech, or a box beside it):
                # they are read as the body's are, numbering, insertions and text boxes included
                blocks(_one_cell(child))
            elif child.tag == _W + "tbl":
                rows: list[list[str]] = []
                for row in Table(child, document).rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        value = cell.text.strip()
                        if not cells or cells[-1] != value:  # merged cells repeat their text
                            cells.append(value)
                    rows.append(cells)
                if _layout_table(rows):
                    for cells in rows:  # the heading (or its number) on the left, its text on the right
                        head, rest = cells[0], [c for c in cells[1:] if c]
                        if _bare_marker(head) and rest:
                            head, rest = head + rest[0], rest[1:]
                        add(head)
                        runs.note(head)
                        for value in rest:
                            add(value)
                    continue
                # a table of two or more columns is data, as in an HTML table: no items in it,
                # its rows merged across every column (`一、城市更新（3项）`) included
                data = any(len(cells) >= 2 for cells in rows)
                for cells in rows:
                    add(" | ".join(cells) + " |", "table" if data else None)
            elif child.tag in (_W + "sdt", _W + "customXml"):  # a content control (Word's TOC) holds blocks
                content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
                if content is not None:
                    blocks(content)

    blocks(document.element.body)
    notes_lines = notes.lines()
    if notes_lines:
        lines.append("")
        for line in notes_lines:  # (Word's footnotes and endnotes: notes by where they are kept)
            add(line, "footnote")
    return "\n".join(lines), hints
