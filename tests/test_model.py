"""The compact Node (see its memory comment): what it packs must read back as given."""

from __future__ import annotations

import pickle

import pytest

import speechparse
from speechparse.model import LEAF, Node

TEXT = "一、总体要求\n要稳中求进。\n（一）以进促稳。\n先立后破。\n"


def test_a_leaf_shares_the_empty_children_and_a_parent_keeps_a_list() -> None:
    doc = speechparse.parse(TEXT)
    section = doc.outline[0]
    leaf = section.children[0]
    assert isinstance(section.children, list) and leaf.children is LEAF
    assert leaf.to_dict()["children"] == [] and repr(leaf).endswith("0 children)")


def test_body_spans_read_back_as_added_and_are_a_copy() -> None:
    node = Node("一、", "cn-dun", "cn", 1, "总体要求", 1, (0, 6), TEXT)
    assert node.body_spans == [] and node.body == []
    node.add_body([(7, 13)])
    assert node.body_spans == [(7, 13)] and node.body == ["要稳中求进。"]
    node.body_spans.append((0, 1))  # a copy: the node is unchanged
    assert node.body_spans == [(7, 13)]
    node.add_body([(23, 26), (26, 28)])
    assert node.body_spans == [(7, 13), (23, 26), (26, 28)]
    node.body_spans = [(23, 28)]
    assert node.body_spans == [(23, 28)] and node.body == ["先立后破。"]


def test_titles_lines_and_offsets_pack_and_unpack() -> None:
    big = 2**40 - 1  # the largest offset or line a field holds
    text = "x" * 8 + "一、总体要求"
    node = Node("一、", "cn-dun", "cn", 1, "总体要求", 3, (8, 14), text)
    assert (node.title, node.line, node.end_line, node.head) == ("总体要求", 3, 3, (8, 14))
    assert node._title is None  # the text's own: kept as offsets
    node.title = "总体的要求"  # not in the text (joined over a wrap): kept as a string
    assert node.title == "总体的要求"
    node.title = "要求"
    assert node.title == "要求" and node._title is None
    node.head = (8, 12)  # the title moves with the head as long as the head holds it
    assert node.head == (8, 12) and node.title == "要求"
    node.line, node.end_line = big, big
    assert (node.line, node.end_line, node.head) == (big, big, (8, 12))
    with pytest.raises(ValueError):
        node.end_line = big + 1
    with pytest.raises(ValueError):
        node.line = -1


def test_a_document_pickles_with_its_packed_nodes() -> None:
    doc = speechparse.parse(TEXT)
    again = pickle.loads(pickle.dumps(doc))
    assert again.to_dict() == doc.to_dict()
