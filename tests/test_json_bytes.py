"""JSON goes through orjson: it must be byte for byte what `json.dumps(ensure_ascii=False)`
gives (indent 2, and compact for JSON Lines), on every fixture and on text with every kind
of character JSON escapes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from support import SHARED_DEVSET, SHARED_SEEDS, all_fixture_texts, by_folder, each
from support.documents import parsed

import speechparse
from speechparse.jsonenc import encoder
from speechparse.render import json_

DEVSET = SHARED_DEVSET
SHARED = sorted(SHARED_SEEDS.glob("*.txt")) + sorted(DEVSET.glob("*.txt"))


def _reference(doc: speechparse.Document, indent: int | None) -> bytes:
    if indent is None:
        return json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent).encode() + b"\n"


def _check(doc: speechparse.Document) -> None:
    for indent in (2, None):
        want = _reference(doc, indent)
        assert json_.render_bytes(doc, indent) == want, doc.path
        streamed = io.BytesIO()
        json_.write(doc, streamed, indent=indent)
        assert streamed.getvalue() == want, doc.path


@pytest.mark.parametrize("paths", by_folder(all_fixture_texts()))
def test_fixtures_encode_as_json_does(paths: list[Path]):
    each(paths, lambda path: _check(parsed(path)))


@pytest.mark.skipif(not SHARED, reason="../shared/seeds and devset are not present")
def test_seeds_and_devset_encode_as_json_does():
    for path in SHARED:
        _check(parsed(path))


def test_escapes_and_deep_nesting_encode_as_json_does():
    text = ("标题\"引号\\反斜杠\t制表\u2028分隔\x7f\n"
            + "".join(f"{'（' + str(k) + '）' if k % 2 else str(k) + '.'}第{k}项\"\\\t\n" for k in range(1, 40))
            + "一、总体要求\n（一）稳中求进。\n1.第一项。\n（1）细项。\n①再细。\n（2）又一项。\n2.第二项。\n")
    _check(speechparse.parse(text))


def test_a_lone_surrogate_falls_back_to_json():
    doc = speechparse.parse("一、总体\ud800要求\n二、再来\n")
    assert json_.render(doc) == json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("indent", [0, 1, 3, 4, 8, -1])
def test_other_indents_are_orjsons_reindented_as_json_does(indent: int):
    # the API's to_json(indent=N): orjson's indent 2, each level's two spaces made N; a string
    # holding what looks like indentation after an escaped newline must not move
    docs = [parsed(p) for p in all_fixture_texts()[::40]]
    docs.append(speechparse.parse("一、总体\\n  要求“\n  ”\n（一）再来\n  1.  细项\n"))
    for doc in docs:
        want = _reference(doc, indent)
        assert json_.render_bytes(doc, indent) == want, (doc.path, indent)
        # streamed (`-f json -o`, one item at a time): indent 0 once lost its new lines
        assert b"".join(json_.iter_bytes(doc, indent)) == want, (doc.path, indent)
    for obj in ({"a": [1, {"b": []}, {}, "x\n  y"], "c": {"d": None}}, [], {}, [[[]]], "s", 1.5):
        assert encoder(indent)(obj) == json.dumps(obj, ensure_ascii=False, indent=indent).encode()
