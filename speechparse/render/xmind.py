"""XMind (`-f xmind`): a `.xmind` workbook in the current format that XMind opens directly.

A `.xmind` file is a ZIP archive. Since XMind Zen (2018, and XMind 2020-2025) the map is
`content.json`: a list of sheets, each with a `rootTopic`; a topic has an `id`, a `title`,
`children.attached` (its subtopics, in order) and `notes.plain.content` (its note).
`metadata.json` names the creator and `manifest.json` lists the archive's entries. A
`content.xml` is added only to tell XMind 8 (which reads XML, not JSON) that the file needs a
newer version, as XMind's own files do.

The speech's title is the central topic, every outline node a topic (marker and title as
written), and a node's own paragraphs its note; the preamble is the central topic's note.
The archive is reproducible: ids are derived from the position in the tree and every entry
has the same timestamp, so the same speech always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from typing import Any

from .. import __version__
from ..model import Document, Node
from .opml import _xml_safe, document_title

STRUCTURE = "org.xmind.ui.logic.right"  # a tree growing to the right, as outlines are read
ENTRIES = ("content.json", "metadata.json", "manifest.json", "content.xml")
_STAMP = (2020, 1, 1, 0, 0, 0)

XML_NOTICE = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
              '<xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" version="2.0">'
              '<sheet id="notice"><topic id="notice-root"><title>'
              "This map was written for XMind Zen / XMind 2020 or later. "
              "本导图需用 XMind Zen 或 XMind 2020 及以后的版本打开。"
              "</title></topic><title>Sheet 1</title></sheet></xmap-content>")


def _id(seed: str, path: str) -> str:
    return hashlib.sha1(f"{seed}/{path}".encode()).hexdigest()[:26]


def _topic(node: Node, seed: str, path: str) -> dict[str, Any]:
    topic: dict[str, Any] = {"id": _id(seed, path), "class": "topic", "title": _xml_safe(node.heading)}
    note = "\n".join(node.body)
    if note:
        topic["notes"] = {"plain": {"content": _xml_safe(note)}}
    if node.children:
        topic["children"] = {"attached": [_topic(c, seed, f"{path}.{k}") for k, c in enumerate(node.children)]}
    return topic


def content(doc: Document) -> list[dict[str, Any]]:
    """The `content.json` document: one sheet with the speech as its tree."""
    title = document_title(doc)
    seed = hashlib.sha1(title.encode()).hexdigest()
    root: dict[str, Any] = {"id": _id(seed, "root"), "class": "topic", "title": _xml_safe(title),
                            "structureClass": STRUCTURE}
    preamble = "\n".join(([doc.salutation] if doc.salutation else []) + doc.preamble)
    if preamble:
        root["notes"] = {"plain": {"content": _xml_safe(preamble)}}
    if doc.outline:
        root["children"] = {"attached": [_topic(n, seed, str(k)) for k, n in enumerate(doc.outline)]}
    return [{"id": _id(seed, "sheet"), "class": "sheet", "title": _xml_safe(title), "rootTopic": root}]


def render(doc: Document, **_: Any) -> bytes:
    files = {
        "content.json": json.dumps(content(doc), ensure_ascii=False, indent=1),
        "metadata.json": json.dumps({"creator": {"name": "speechparse", "version": __version__}}),
        "manifest.json": json.dumps({"file-entries": {name: {} for name in ENTRIES[:2]}}),
        "content.xml": XML_NOTICE,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ENTRIES:
            archive.writestr(zipfile.ZipInfo(name, _STAMP), files[name].encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
