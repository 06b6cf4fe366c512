"""YAML: the same tree as the JSON output."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import Document

WIDTH = 1000  # lines are folded (at a space) beyond this

# libyaml's emitter (yaml.CSafeDumper) writes the same text as PyYAML's own several times
# faster, except where the two escape or fold differently: characters outside the printable
# Basic Multilingual Plane (a tab, U+0085, U+2028, a BOM, CJK Extension B, emoji …) and long
# strings that can be folded at a space. A document holding such a string takes PyYAML's.
_ESCAPED_DIFFERENTLY = re.compile("[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
_FOLDABLE = WIDTH - 100  # indentation and the key come before the string on its line


def render(doc: Document, **_: Any) -> str:
    import yaml  # imported only for this format (start-up time)

    data = doc.to_dict()
    dumper = getattr(yaml, "CSafeDumper", None)
    if dumper is None or not all(_same_in_both(s) for s in _strings(data)):
        dumper = yaml.SafeDumper
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=WIDTH)


def _same_in_both(text: str) -> bool:
    return not _ESCAPED_DIFFERENTLY.search(text) and (len(text) <= _FOLDABLE or " " not in text)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
