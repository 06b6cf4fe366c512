"""FreeMind / Freeplane (`-f mm`): the `.mm` XML mind map.

`<map version="1.0.1">` holds one `<node TEXT=…>` for the speech's title; every outline node
is a nested `<node>` (marker and title as written), its own paragraphs a note
(`<richcontent TYPE="NOTE">` with an HTML body, as FreeMind writes notes). First-level
topics alternate right and left around the centre, as FreeMind places them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from ..model import Document, Node
from .opml import _xml_safe, document_title


def _note(parent: ET.Element, paragraphs: list[str]) -> None:
    if not paragraphs:
        return
    rich = ET.SubElement(parent, "richcontent", {"TYPE": "NOTE"})
    html = ET.SubElement(rich, "html")
    ET.SubElement(html, "head")
    body = ET.SubElement(html, "body")
    for para in paragraphs:
        ET.SubElement(body, "p").text = _xml_safe(para)


def _node(parent: ET.Element, node: Node, ids: list[int], position: str | None = None) -> None:
    ids[0] += 1
    attrs = {"ID": f"ID_{ids[0]}", "TEXT": _xml_safe(node.heading)}
    if position:
        attrs["POSITION"] = position
    if node.children and node.depth > 1:
        attrs["FOLDED"] = "true"
    element = ET.SubElement(parent, "node", attrs)
    _note(element, node.body)
    for child in node.children:
        _node(element, child, ids)


def render(doc: Document, **_: Any) -> str:
    root = ET.Element("map", {"version": "1.0.1"})
    centre = ET.SubElement(root, "node", {"ID": "ID_0", "TEXT": _xml_safe(document_title(doc))})
    _note(centre, ([doc.salutation] if doc.salutation else []) + doc.preamble)
    ids = [0]
    for k, node in enumerate(doc.outline):
        _node(centre, node, ids, "right" if k % 2 == 0 else "left")
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode") + "\n"
