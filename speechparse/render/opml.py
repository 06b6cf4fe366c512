"""OPML 2.0 (`-f opml`) for outliners and mind maps (OmniOutliner, MindNode, XMind, Workflowy…).

One `<outline>` per node, nested as in the tree, `text` = marker and title as written. The
node's own body paragraphs go in the `_note` attribute, one paragraph per line: not part of
the OPML 2.0 spec, but the convention OmniOutliner introduced and other outliners and mind
maps read as the item's note. Line breaks are written as `&#10;` so XML parsers keep them.
The preamble and closing are not nodes and are left out; `<head><title>` is the speech's title.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePath
from typing import Any

from ..model import Document, Node

# characters XML 1.0 forbids even as references (U+FFFE, U+FFFF, lone surrogates, controls)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def document_title(doc: Document) -> str:
    if doc.title:
        return doc.title
    if doc.path and doc.path != "-":
        return PurePath(doc.path).stem
    return "speechparse outline"


def _outline(parent: ET.Element, node: Node) -> None:
    attrs = {"text": _xml_safe(node.heading)}
    note = "\n".join(node.body)
    if note:
        attrs["_note"] = _xml_safe(note)
    element = ET.SubElement(parent, "outline", attrs)
    for child in node.children:
        _outline(element, child)


def render(doc: Document, **_: Any) -> str:
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = _xml_safe(document_title(doc))
    body = ET.SubElement(root, "body")
    for node in doc.outline:
        _outline(body, node)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
