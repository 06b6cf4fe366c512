"""Mind maps: `-f xmind` read back and checked against XMind's published content model,
`-f mm` (FreeMind), `-f svg` laid out and drawn in a real browser, and the map in `-f html`.

What could not be checked without the XMind application: that XMind itself opens the file
and draws it (the archive follows the model of XMind's own SDK, xmind-sdk-js: content.json
as a list of sheets with `rootTopic`, `children.attached`, `notes.plain`; manifest.json with
`file-entries`), and how XMind lays out and styles the map.
"""

from __future__ import annotations

import base64
import io
import json
import os
import pty
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import jsonschema
import pytest
from support import ROOT
from support.browser import DevTools
from support.cli import EXE, child_env, invoke

import speechparse
from speechparse.model import Node
from speechparse.render import render
from speechparse.render.svg import BOX_H, FONT, LEVEL_COLOURS, layout

SAMPLE = ROOT / "speechparse" / "data" / "sample_speech.txt"

# XMind's content model (xmind-sdk-js src/common/model.ts: Sheet, Topic, Notes) for what we write
TOPIC = {
    "type": "object",
    "required": ["id", "class", "title"],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "class": {"const": "topic"},
        "title": {"type": "string"},
        "structureClass": {"type": "string", "pattern": "^org\\.xmind\\.ui\\."},
        "notes": {"type": "object", "required": ["plain"],
                  "properties": {"plain": {"type": "object", "required": ["content"],
                                           "properties": {"content": {"type": "string"}}}}},
        "children": {"type": "object", "required": ["attached"], "additionalProperties": False,
                     "properties": {"attached": {"type": "array", "minItems": 1,
                                                 "items": {"$ref": "#/$defs/topic"}}}},
    },
    "additionalProperties": False,
}
CONTENT_SCHEMA = {
    "$defs": {"topic": TOPIC},
    "type": "array", "minItems": 1,
    "items": {"type": "object", "required": ["id", "class", "title", "rootTopic"],
              "properties": {"id": {"type": "string"}, "class": {"const": "sheet"},
                             "title": {"type": "string"}, "rootTopic": {"$ref": "#/$defs/topic"}},
              "additionalProperties": False},
}
MANIFEST_SCHEMA = {"type": "object", "required": ["file-entries"],
                   "properties": {"file-entries": {"type": "object",
                                                   "required": ["content.json", "metadata.json"]}}}


def sixty_node_speech() -> str:
    """Our own speech with 5 sections × 3 subsections × 3 points: 65 nodes."""
    cn = "一二三四五"
    lines = ["在全市重点项目推进会上的讲话", "同志们："]
    for i in range(5):
        lines.append(f"{cn[i]}、第{cn[i]}方面的工作要抓紧抓实抓出成效")
        for j in range(3):
            lines.append(f"（{cn[j]}）推进第{cn[i]}类项目的第{cn[j]}项任务。要按期完成。")
            for k in range(3):
                lines.append(f"{k + 1}.落实第{k + 1}条措施，明确责任单位和完成时限。")
    return "\n".join(lines) + "\n"


def tree_of(nodes: list[Node]) -> list:
    return [[n.heading, "\n".join(n.body), tree_of(n.children)] for n in nodes]


def xmind_tree(topics: list[dict]) -> list:
    return [[t["title"], t.get("notes", {}).get("plain", {}).get("content", ""),
             xmind_tree(t.get("children", {}).get("attached", []))] for t in topics]


# --- XMind ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [SAMPLE.read_text(encoding="utf-8"), sixty_node_speech()],
                         ids=["sample", "sixty"])
def test_xmind_archive_reads_back(text: str):
    doc = speechparse.parse(text)
    data = render(doc, "xmind")
    assert isinstance(data, bytes) and data.startswith(b"PK\x03\x04")
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    assert archive.namelist() == ["content.json", "metadata.json", "manifest.json", "content.xml"]
    content = json.loads(archive.read("content.json").decode("utf-8"))
    jsonschema.validate(content, CONTENT_SCHEMA)
    manifest = json.loads(archive.read("manifest.json"))
    jsonschema.validate(manifest, MANIFEST_SCHEMA)
    assert set(manifest["file-entries"]) <= set(archive.namelist())
    assert json.loads(archive.read("metadata.json"))["creator"]["name"] == "speechparse"
    ET.fromstring(archive.read("content.xml"))  # the notice for XMind 8 is well-formed XML
    root = content[0]["rootTopic"]
    assert root["title"] == doc.title and root["structureClass"] == "org.xmind.ui.logic.right"
    assert xmind_tree(root["children"]["attached"]) == tree_of(list(doc.outline))
    ids = []

    def collect(topic: dict) -> None:
        ids.append(topic["id"])
        for child in topic.get("children", {}).get("attached", []):
            collect(child)

    collect(root)
    assert len(ids) == len(set(ids)) == doc.node_count() + 1
    assert render(speechparse.parse(text), "xmind") == data  # reproducible


def test_xmind_preamble_is_the_central_note():
    doc = speechparse.parse_file(SAMPLE)
    content = json.loads(zipfile.ZipFile(io.BytesIO(render(doc, "xmind"))).read("content.json"))
    assert content[0]["rootTopic"]["notes"]["plain"]["content"].startswith("同志们：\n今天召开这次会议")


def test_xmind_goes_to_a_file_or_a_pipe_never_a_terminal(tmp_path: Path):
    out = tmp_path / "map.xmind"
    assert invoke("parse", str(SAMPLE), "-f", "xmind", "-o", str(out)).returncode == 0
    piped = invoke("parse", str(SAMPLE), "-f", "xmind")
    assert piped.returncode == 0 and piped.stdout == out.read_bytes()
    folder = tmp_path / "maps"
    folder.mkdir()
    batch = invoke("parse", str(SAMPLE), str(ROOT / "fixtures" / "diff" / "base.txt"), "-f", "xmind",
                   "-o", str(folder))
    assert batch.returncode == 0, batch.stderr
    written = {p.name: p for p in folder.rglob("*.xmind")}  # the batch mirrors the input folders
    assert sorted(written) == ["base.xmind", "sample_speech.xmind"]
    assert written["sample_speech.xmind"].read_bytes() == out.read_bytes()
    # stdout a terminal: refused with one line, nothing written to it
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run([*EXE, "parse", str(SAMPLE), "-f", "xmind"], stdout=follower,
                              stderr=subprocess.PIPE, env=child_env(), timeout=60)
        os.close(follower)
        written = b""
        try:
            while chunk := os.read(leader, 4096):
                written += chunk
        except OSError:
            pass
    finally:
        os.close(leader)
    assert proc.returncode == 2 and written == b""
    assert proc.stderr.decode().splitlines() == [
        "speechparse: -f xmind is a binary format: write it to a file with -o, or redirect stdout"]


# --- FreeMind -------------------------------------------------------------------------------------
def test_freemind_map():
    doc = speechparse.parse_file(SAMPLE)
    root = ET.fromstring(render(doc, "mm"))
    assert root.tag == "map" and root.get("version") == "1.0.1"
    (centre,) = root.findall("node")
    assert centre.get("TEXT") == doc.title

    def note(element: ET.Element) -> str:
        rich = element.find("richcontent[@TYPE='NOTE']")
        return "\n".join(p.text or "" for p in rich.iter("p")) if rich is not None else ""

    def tree(element: ET.Element) -> list:
        return [[n.get("TEXT"), note(n), tree(n)] for n in element.findall("node")]

    assert tree(centre) == tree_of(list(doc.outline))
    assert note(centre).startswith("同志们：")
    assert [n.get("POSITION") for n in centre.findall("node")] == ["right", "left", "right"]
    ids = [n.get("ID") for n in root.iter("node")]
    assert len(ids) == len(set(ids))


# --- SVG ------------------------------------------------------------------------------------------
SVG = "{http://www.w3.org/2000/svg}"


def test_svg_is_self_contained_and_complete():
    doc = speechparse.parse(sixty_node_speech())
    page = render(doc, "svg")
    root = ET.fromstring(page.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    for element in root.iter():
        assert element.tag.removeprefix(SVG) in {"svg", "rect", "path", "g", "text", "title"}, element.tag
        assert not any("href" in k for k in element.attrib)
    assert "url(" not in page and "<image" not in page and "<style" not in page
    groups = [g for g in root.iter(f"{SVG}g") if "node" in g.get("class", "")]
    assert len(groups) == doc.node_count() + 1 == 66
    tips = [g.find(f"{SVG}title").text for g in groups]
    assert tips == [doc.title, *(n.heading for n in doc.walk())]  # whole headings as tooltips


def test_sixty_nodes_are_readable():
    """Text at 14 px, every box on a row of its own, no two boxes overlapping."""
    centre, width, height = layout(speechparse.parse(sixty_node_speech()))
    boxes = [centre]
    stack = list(centre.children)
    while stack:
        box = stack.pop()
        boxes.append(box)
        stack += box.children
    assert FONT >= 14 and len(boxes) == 66
    for k, a in enumerate(boxes):
        assert 0 <= a.x and a.x + a.w <= width and 0 <= a.y - BOX_H / 2 and a.y + BOX_H / 2 <= height
        for b in boxes[k + 1:]:
            apart_x = a.x + a.w <= b.x or b.x + b.w <= a.x
            apart_y = a.y + BOX_H / 2 <= b.y - BOX_H / 2 or b.y + BOX_H / 2 <= a.y - BOX_H / 2
            assert apart_x or apart_y, (a.text, b.text)
    assert height < 45 * 30 + 40  # two sides: about half the leaves' rows each


# --- in a browser ---------------------------------------------------------------------------------
def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB bytes) of a PNG screenshot, decoded by Pillow (in C: the
    suite's own Python decoder took seconds for one screenshot)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.mode in ("RGB", "RGBA"), (image.format, image.mode)
        rgb = image.convert("RGB")  # RGBA: the alpha channel dropped, not composited
    width, height = rgb.size
    raw, stride = rgb.tobytes(), 3 * width
    return width, height, [raw[y * stride:(y + 1) * stride] for y in range(height)]


_ONLY = {v: bytes(int(i == v) for i in range(256)) for v in range(256)}  # byte v -> 1, others -> 0


def colour_counts(rows: list[bytes], colours: list[str], x0: int = 0, x1: int | None = None) -> dict[str, int]:
    """How many pixels of columns x0..x1 are exactly each colour (`#rrggbb`)."""
    wanted = {c: bytes.fromhex(c[1:]) for c in colours}
    counts = dict.fromkeys(colours, 0)
    for row in rows:
        part = row[3 * x0:None if x1 is None else 3 * x1]
        planes = part[0::3], part[1::3], part[2::3]  # the red, green and blue bytes of each pixel
        for colour, rgb in wanted.items():
            # one byte per pixel, 1 where its channel has the colour's value; all three: a match
            r, g, b = (int.from_bytes(plane.translate(_ONLY[v]), "big") for plane, v in zip(planes, rgb, strict=True))
            counts[colour] += (r & g & b).bit_count()
    return counts


def screenshot(devtools: DevTools) -> bytes:
    # optimizeForSpeed: a faster, larger PNG of the same pixels
    shot = devtools.call("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})
    return base64.b64decode(shot["data"])


def test_svg_map_in_a_browser(browser: DevTools, cjk_font: None, tmp_path: Path):
    doc = speechparse.parse(sixty_node_speech())
    centre, width, height = layout(doc)
    path = tmp_path / "map.svg"
    path.write_text(render(doc, "svg"), encoding="utf-8")
    browser.open_page(path.as_uri(), width=int(width) + 1, height=int(height) + 1)
    assert browser.requests() == [path.as_uri()]
    shot = screenshot(browser)
    (tmp_path / "map.png").write_bytes(shot)
    w, h, rows = png_pixels(shot)
    fills = [fill for fill, _ in LEVEL_COLOURS[:3]]
    counts = colour_counts(rows, fills)
    expected = {1: 0.0, 2: 0.0, 3: 0.0}
    stack = list(centre.children)
    while stack:
        box = stack.pop()
        expected[box.level] += (box.w - 3) * (BOX_H - 3)  # inside the 1.5 px border
        stack += box.children
    for level, fill in enumerate(fills, 1):
        # each level's boxes are painted in its colour: most of their area (text and rounded
        # corners take the rest), and nowhere else
        assert 0.6 * expected[level] < counts[fill] <= 1.02 * expected[level], (level, counts, expected)
    # the text is drawn: dark ink inside the first-level boxes (CJK glyphs, not empty boxes)
    ink = 0
    for box in centre.children:
        for y in range(int(box.y - 6), int(box.y + 6)):
            row = rows[y]
            ink += sum(1 for x in range(int(box.x + 8), int(box.x + box.w - 8))
                       if max(row[3 * x:3 * x + 3]) < 110)
    assert ink > 5 * 12 * 10, ink  # five boxes, twelve rows, at least ten dark pixels each


def test_html_page_shows_the_map_beside_the_outline(browser: DevTools, tmp_path: Path):
    doc = speechparse.parse_file(SAMPLE)
    page = tmp_path / "page.html"
    page.write_text(render(doc, "html"), encoding="utf-8")
    browser.open_page(page.as_uri(), width=1800, height=900)
    figure = browser.evaluate("""(() => { const r = document.querySelector('figure.map').getBoundingClientRect();
        const m = document.querySelector('main').getBoundingClientRect();
        return {map: r.left, main: m.right, top: r.top, caption: document.querySelector('figcaption').textContent}; })()""")
    assert figure["map"] > figure["main"] and figure["caption"] == "结构图"
    browser.evaluate(f"window.scrollTo(0, {figure['top']} - 10)")
    w, h, rows = png_pixels(screenshot(browser))
    fills = [fill for fill, _ in LEVEL_COLOURS[:2]]
    left = colour_counts(rows, fills, 0, int(figure["main"]))
    right = colour_counts(rows, fills, int(figure["map"]), w)
    assert right[fills[0]] > 1500, right            # the map's first-level boxes, beside …
    assert all(n < 50 for n in left.values()), left  # … not in the outline's column
    # the map opens centred on the title; scrolled to its left edge it shows the second level
    browser.evaluate("document.querySelector('figure.map .scroll').scrollLeft = 0")
    w, h, rows = png_pixels(screenshot(browser))
    assert colour_counts(rows, fills, int(figure["map"]), w)[fills[1]] > 1500
    labels = browser.evaluate("document.querySelector('.tools').innerText + document.querySelector('aside').innerText")
    assert "全部展开" in labels and "警告（0）" in labels and "删除的干扰内容（8）" in labels


def test_an_english_document_keeps_english_labels():
    doc = speechparse.parse("Annual review\n一、Growth\nThe economy grew steadily this year.\n二、Jobs\n"
                            "Employment rose in every district of the city.\n")
    page = render(doc, "html")
    assert "Expand all" in page and "Warnings (" in page and "全部展开" not in page
