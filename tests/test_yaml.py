"""YAML goes through libyaml's emitter when it writes the same text as PyYAML's own; a string
holding a line break other than \\n (NEL, LS, PS) is written double-quoted, since PyYAML's own
emitter writes it where a reader folds it to a space (so the text is PyYAML's but the data is
kept)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import SAMPLE

import speechparse
from speechparse.errors import InputError
from speechparse.render import render, yaml_

if not getattr(yaml, "__with_libyaml__", False):
    pytest.skip("PyYAML without libyaml: its own emitter is the only one", allow_module_level=True)


def pure(data: Any) -> str:
    return yaml.dump(data, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False, width=yaml_.WIDTH)


def expected(data: Any, written: str) -> str:
    """PyYAML's text, or, where that would lose a NEL/LS/PS, text that reads back to the data."""
    if any(ch in text for text in yaml_._strings(data) for ch in "\x85\u2028\u2029"):
        assert yaml.safe_load(written) == data
        return written
    return pure(data)


def test_a_speech_goes_through_libyaml_with_the_same_text(monkeypatch: pytest.MonkeyPatch):
    used = []

    class Spy(yaml.CSafeDumper):  # type: ignore[misc, name-defined]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            used.append(True)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(yaml, "CSafeDumper", Spy)
    doc = speechparse.parse_file(SAMPLE)
    assert render(doc, "yaml") == pure(doc.to_dict()) and used


# what the two emitters treat differently, mixed with speech text
HARD = list(" \t\r\n\u3000、，。：；“”‘’'\"#:-?[]{}!&*%@`|>~=+,一二三abc123（）()①") + [
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\xa0", "\u2028", "\ue000", "\ufeff", "\ufffe",
    "\uffff", "𩷁", "🏻"]
TEXT = st.one_of(st.text(st.sampled_from(HARD), max_size=60),
                 st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
                 st.text(st.sampled_from(HARD), min_size=880, max_size=2000))


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_the_text_is_pyyamls_whatever_the_strings(strings: list[str]):
    data = {"title": strings[0], "outline": [{"title": s, "children": [{"body": s}]} for s in strings]}

    class Doc:
        def to_dict(self) -> dict[str, Any]:
            return data

    written = yaml_.render(Doc())  # type: ignore[arg-type]
    assert written == expected(data, written)


@settings(max_examples=40, deadline=None)
@given(st.text(st.sampled_from(HARD), max_size=300))
def test_a_parsed_document_is_pyyamls(text: str):
    try:
        doc = speechparse.parse("一、总体要求\n" + text)
    except InputError:
        return
    written = render(doc, "yaml")
    assert written == expected(doc.to_dict(), written)
