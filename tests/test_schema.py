"""The JSON output follows the published JSON Schema (speechparse/schema/speechparse-1.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import ROOT, all_fixture_texts, by_folder, each
from support.documents import parsed

import speechparse
from speechparse.render import render

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency")

SCHEMA = json.loads((ROOT / "speechparse" / "schema" / "speechparse-1.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_itself_is_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("paths", by_folder(all_fixture_texts()))
def test_every_fixture_validates(paths: list[Path]):
    each(paths, _validates)


def _validates(path: Path) -> None:
    doc = parsed(path)
    validated: list[object] = []
    for fmt in ("json", "jsonl"):  # the pretty and the streamed compact renderings
        data = json.loads(render(doc, fmt))
        if data in validated:  # validity is a function of the data: the same data, checked once
            continue
        errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
        assert not errors, f"{fmt}: {errors[0].message} at {list(errors[0].path)}"
        validated.append(data)


def test_the_schema_rejects_a_broken_document():
    data = speechparse.parse_file(ROOT / "speechparse" / "data" / "sample_speech.txt").to_dict()
    data["outline"][0]["ordinal"] = "one"
    data["removed"][0]["reason"] = "spam"
    assert len(list(VALIDATOR.iter_errors(data))) == 2
