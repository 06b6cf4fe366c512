"""The suite's own helpers (tests/support/), where a mistake would hide failures elsewhere."""

from __future__ import annotations

from support import SAMPLE
from support.documents import changed, parsed


def test_a_changed_shared_document_is_noticed() -> None:
    doc = parsed(SAMPLE)
    assert parsed(SAMPLE) is doc and SAMPLE not in changed()
    title = doc.title
    doc.title = "改过的标题"
    try:
        assert SAMPLE in changed()
    finally:
        doc.title = title
    assert SAMPLE not in changed()
    section = doc.outline[0]
    last = section.children.pop()
    try:
        assert SAMPLE in changed()  # a change deep in the tree too
    finally:
        section.children.append(last)
    assert SAMPLE not in changed()
