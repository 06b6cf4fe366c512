"""JSON encoding, as bytes: orjson where it gives exactly the bytes of
`json.dumps(ensure_ascii=False)` (indent 2, or compact separators), json otherwise.

A module of its own (it imports nothing of speechparse), so that the Document and the JSON
renderer can both use it without importing each other.
"""

from __future__ import annotations

import json
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

    if orjson is None or indent not in (None, 2):
        return slow
    option = orjson.OPT_INDENT_2 if indent == 2 else 0
    fast = orjson.dumps

    def dumps(obj: Any) -> bytes:
        try:
            return fast(obj, option=option)
        except (orjson.JSONEncodeError, TypeError):
            return slow(obj)

    return dumps
