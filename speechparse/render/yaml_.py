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
    strings = list(_strings(data))
    dumper: Any = getattr(yaml, "CSafeDumper", None)
    if any(_BREAKS.search(s) for s in strings):
        dumper = _breaks_dumper()
    elif dumper is None or not all(_same_in_both(s) for s in strings):
        dumper = yaml.SafeDumper
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=WIDTH)


# Line breaks YAML knows besides \n (NEL, LS, PS): in a plain or single-quoted scalar a reader
# folds them to spaces, so a string holding one is written double-quoted, where they are escaped.
_BREAKS = re.compile("[\x85\u2028\u2029]")


def _breaks_dumper() -> Any:
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def represent_str(dumper: yaml.SafeDumper, value: str) -> Any:
        style = '"' if _BREAKS.search(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


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
