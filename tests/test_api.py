"""The Python API: parse / parse_file, the Document outputs, errors, pickling, docstrings."""

from __future__ import annotations

import doctest
import inspect
import json
import pickle
from pathlib import Path

import pytest
from support import ROOT, all_fixture_texts, by_folder, each
from support.documents import parsed

import speechparse
from speechparse import api, model

SAMPLE = ROOT / "speechparse" / "data" / "sample_speech.txt"
TEXT = "一、总体要求\n（一）稳中求进。要把握好节奏。\n（二）以进促稳。\n二、重点任务\n"


def test_parse_text_bytes_and_file_agree(tmp_path: Path):
    from_text = speechparse.parse(TEXT)
    from_bytes = speechparse.parse(TEXT.encode("gb18030"))
    target = tmp_path / "s.txt"
    target.write_bytes(TEXT.encode("utf-16"))
    from_file = speechparse.parse_file(target)
    assert from_text.outline_skeleton() == from_bytes.outline_skeleton() == from_file.outline_skeleton()
    assert from_bytes.source.encoding == "gb18030" and from_file.path == str(target)
    assert speechparse.parse(TEXT, path="x.txt").to_dict()["source"] == "x.txt"


def test_document_outputs():
    doc = speechparse.parse(TEXT)
    assert doc.outline() == "一、总体要求\n  （一）稳中求进\n  （二）以进促稳\n二、重点任务\n"
    assert doc.outline_text() == doc.outline()
    assert [n.heading for n in doc.outline] == ["一、总体要求", "二、重点任务"]  # still the list
    assert doc.outline[0].children[0].body == ["要把握好节奏。"]
    data = doc.to_dict()
    assert data["schema"] == "speechparse/1" and data["stats"]["nodes"] == 4
    assert json.loads(doc.to_json()) == data and "\n" in doc.to_json()
    assert "\n" not in doc.to_json(indent=None) and json.loads(doc.to_json(indent=None)) == data
    md = doc.to_markdown()
    assert md.startswith("## 一、总体要求") and "要把握好节奏" not in md
    assert "要把握好节奏。" in doc.to_markdown(body=True)


def test_outline_assignment_keeps_it_callable():
    doc = speechparse.parse(TEXT)
    doc.outline = doc.outline[:1]
    assert isinstance(doc.outline, model.Outline) and doc.outline().count("\n") == 3


def test_documents_pickle_whole():
    # what the batch workers and Dask send between processes
    doc = speechparse.parse_file(SAMPLE)
    back = pickle.loads(pickle.dumps(doc))
    assert back.to_dict() == doc.to_dict() and back.outline() == doc.outline()
    child = back.outline[0].children[0] if back.outline[0].children else back.outline[1].children[0]
    assert child.parent is not None and child.parent in back.outline


@pytest.mark.parametrize("data,expected", [
    ("", "empty"), ("  \n\t", "empty"), (b"", "empty"), (b"\x00\x01" * 50, "binary"),
])
def test_bad_input_raises_input_error(data, expected: str):
    with pytest.raises(speechparse.InputError, match=expected):
        speechparse.parse(data)
    assert issubclass(speechparse.InputError, speechparse.SpeechparseError)


def test_missing_file_raises_input_error(tmp_path: Path):
    with pytest.raises(speechparse.InputError, match="no such file"):
        speechparse.parse_file(tmp_path / "nope.txt")


def test_public_functions_are_typed_and_documented():
    for func in (api.parse, api.parse_file, model.Document.to_dict, model.Document.to_json,
                 model.Document.to_markdown, model.Document.outline_text, model.Outline.__call__):
        assert func.__doc__ or func is model.Outline.__call__, func
        hints = inspect.signature(func)
        assert hints.return_annotation is not inspect.Signature.empty, func
    assert model.Outline.__doc__ and "doc.outline()" in model.Outline.__doc__


@pytest.mark.parametrize("module", [speechparse, api])
def test_docstring_examples_run(module):
    result = doctest.testmod(module, verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_lazy_import():
    assert set(speechparse.__all__) >= {"parse", "parse_file", "Document", "Node", "InputError"}
    with pytest.raises(AttributeError):
        speechparse.nonexistent  # noqa: B018


def _streamed_is_rendered(doc: speechparse.Document) -> None:
    import io

    from speechparse.render import json_

    for indent in (2, None, 4):
        out = io.StringIO()
        json_.write(doc, out, indent=indent)
        assert out.getvalue() == json_.render(doc, indent=indent), (doc.path, indent)
    line = io.StringIO()  # one line per document: no indent
    json_.write_line(doc, line)
    assert line.getvalue() == json_.render_line(doc)


@pytest.mark.parametrize("paths", by_folder(all_fixture_texts()))
def test_streamed_json_is_the_rendered_json(paths: list[Path]):
    # the CLI streams -f json / jsonl node by node; it must be the very same text
    each(paths, lambda path: _streamed_is_rendered(parsed(path)))


def test_streamed_json_of_a_speech_without_markers():
    _streamed_is_rendered(speechparse.parse("没有标记的一段话。\n"))
