"""JSON encoding, as bytes: orjson where it gives exactly the bytes of
`json.dumps(ensure_ascii=False)` (indent 2, or compact separators), json otherwise.

A module of its own (it imports nothing of speechparse), so that the Document and the JSON
renderer can both use it without importing each other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; json gives the same bytes
    orjson = None  # type: ignore[assignment]

Dumps = Callable[[Any], bytes]
_COMPACT = (",", ":")


def encoder(indent: int | None) -> Dumps:
    """obj -> UTF-8 JSON: `json.dumps(obj, ensure_ascii=False, indent=indent)` (compact
    separators when indent is None), through orjson where it gives the same bytes."""
    def slow(obj: Any) -> bytes:
        if indent is None:
            return json.dumps(obj, ensure_ascii=False, separators=_COMPACT).encode("utf-8", "surrogatepass")
        return json.dumps(obj, ensure_ascii=False, indent=indent).encode("utf-8", "surrogatepass")

    if orjson is None or (indent is not None and not isinstance(indent, int)):
        return slow
    option = 0 if indent is None else orjson.OPT_INDENT_2
    fast = orjson.dumps
    reindent = None if indent in (None, 2) else _reindenter(max(indent or 0, 0))

    def dumps(obj: Any) -> bytes:
        try:
            data = fast(obj, option=option)
        except (orjson.JSONEncodeError, TypeError):
            return slow(obj)
        return data if reindent is None else reindent(data)

    return dumps


def _reindenter(indent: int) -> Callable[[bytes], bytes]:
    """Indent-2 JSON -> the same JSON indented by `indent` spaces a level (json.dumps's bytes
    for that indent): an encoded string holds no raw newline, so every run of spaces after
    one is indentation, two a level."""
    pad = re.compile(rb"\n( +)")
    return lambda data: pad.sub(lambda m: b"\n" + b" " * (len(m[1]) // 2 * indent), data)
