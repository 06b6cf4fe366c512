"""`-f opml`: valid OPML 2.0 read back with XML parsers, one outline per node, notes kept."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from xml.dom import minidom

import pytest
from hypothesis import given
from support import ROOT, SHARED_SEEDS, all_fixture_texts, by_folder, each
from support.cli import invoke
from support.documents import parsed
from test_properties import SETTINGS, TEXTS

import speechparse
from speechparse.errors import InputError
from speechparse.model import Document
from speechparse.render import render

SAMPLE = ROOT / "speechparse" / "data" / "sample_speech.txt"
SEEDS = sorted(SHARED_SEEDS.glob("*.txt")) if SHARED_SEEDS.is_dir() else []


def outlines(element: ET.Element, depth: int = 1) -> list[tuple[int, str, str | None]]:
    out = []
    for child in element:
        assert child.tag == "outline", child.tag
        assert set(child.attrib) <= {"text", "_note"}, child.attrib
        out.append((depth, child.attrib["text"], child.attrib.get("_note")))
        out.extend(outlines(child, depth + 1))
    return out


def xml_chars(text: str) -> str:
    """What survives XML 1.0: characters it forbids outright become U+FFFD."""
    return "".join("\ufffd" if ch in "\ufffe\uffff" or 0xD800 <= ord(ch) <= 0xDFFF
                   or (ord(ch) < 32 and ch not in "\t\n\r") else ch for ch in text)


def check(doc: Document) -> ET.Element:
    xml = render(doc, "opml")
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(xml.encode("utf-8"))
    minidom.parseString(xml.encode("utf-8"))  # a second parser agrees it is well-formed
    assert root.tag == "opml" and root.attrib == {"version": "2.0"}
    assert [c.tag for c in root] == ["head", "body"]
    title = root.find("head/title")
    assert title is not None and title.text
    expected = [(d, xml_chars(f"{m}{t}"), xml_chars("\n".join(n.body)) or None)
                for (d, m, t), n in zip(doc.outline_skeleton(), doc.walk(), strict=True)]
    assert outlines(root.find("body")) == expected
    return root


def test_sample_opml():
    doc = speechparse.parse_file(SAMPLE)
    root = check(doc)
    assert root.find("head/title").text == "在全县2025年上半年经济运行分析会上的讲话"
    top = root.findall("body/outline")
    assert [o.get("text") for o in top] == ["一、正确看待上半年经济运行态势", "二、聚焦重点抓好下半年各项工作",
                                            "三、压紧压实责任确保目标完成"]
    # a note of two paragraphs keeps its line break through the XML attribute
    assert top[0].get("_note").split("\n")[1].startswith("同时也要清醒看到")
    assert "&#10;" in render(doc, "opml")
    assert [o.get("text") for o in top[1]] == ["（一）全力以赴抓项目扩投资", "（二）千方百计稳工业促转型",
                                               "（三）持之以恒优环境惠民生"]
    assert top[2].find("outline").get("_note") is None  # a leaf with no body has no note


def test_special_characters_survive():
    doc = speechparse.parse('<讲话 & "标题">\n一、甲<乙>&丙"丁"\n正文\'<b>\'\ufffe。\n')
    root = check(doc)
    assert root.find("head/title").text == '<讲话 & "标题">'
    node = root.find("body/outline")
    assert node.get("text") == '一、甲<乙>&丙"丁"'
    assert node.get("_note") == "正文'<b>'\ufffd。"  # U+FFFE is not allowed in XML at all


def test_title_falls_back_to_the_file_name(tmp_path: Path):
    path = tmp_path / "无题.txt"
    path.write_text("一、甲\n二、乙\n", encoding="utf-8")
    assert check(speechparse.parse_file(path)).find("head/title").text == "无题"


@pytest.mark.parametrize("paths", by_folder(all_fixture_texts() + SEEDS))
def test_opml_on_every_fixture(paths: list[Path]):
    each(paths, lambda path: check(parsed(path)))


@SETTINGS
@given(TEXTS)
def test_opml_is_valid_for_arbitrary_text(text: str):
    try:
        doc = speechparse.parse(text)
    except InputError:
        return
    check(doc)


def test_cli_opml():
    proc = invoke("parse", str(SAMPLE), "-f", "opml")
    assert proc.returncode == 0, proc.stderr
    assert len(ET.fromstring(proc.stdout).findall(".//outline")) == 14
